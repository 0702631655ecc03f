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
ann@example.org	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	F
bob@example.org	b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12	\N
\.

COPY public.sessions (id, email) FROM stdin;
s1	ann@example.org
\.

INSERT INTO public.sessions VALUES ('s2', 'bob@example.org');
SELECT pg_catalog.setval('public.sessions_id_seq', 2, true);
