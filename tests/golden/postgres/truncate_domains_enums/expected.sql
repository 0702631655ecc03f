SET standard_conforming_strings = on;

CREATE DOMAIN public.email_address AS character varying(254)
	CONSTRAINT email_address_check CHECK (((VALUE)::text ~~ '%@%'::text));

CREATE TYPE public.gender AS ENUM (
    'F',
    'M',
    'X'
);

CREATE TABLE public.users (
    email public.email_address NOT NULL,
    uuid uuid NOT NULL,
    gender public.gender
);

CREATE TABLE public.sessions (
    id text,
    email public.email_address
);

COPY public.users (email, uuid, gender) FROM stdin;
msullivan9155@example.org	3fe054ac-51a5-46fa-acf2-92c5dfb7827d	X
allison_lopez73@example.org	b17f5c3c-b9ef-4cf3-99c3-e3bcdc0906ae	\N
\.


SELECT pg_catalog.setval('public.sessions_id_seq', 2, true);
