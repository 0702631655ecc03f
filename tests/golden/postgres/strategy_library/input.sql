--
-- PostgreSQL database dump
--

SET standard_conforming_strings = on;

CREATE TABLE public.keepme (id integer NOT NULL);

COPY public.keepme (id) FROM stdin;
1
2
\.

CREATE TABLE public.people (
    id integer NOT NULL,
    kind character varying(10),
    first_name character varying(50),
    last_name character varying(50),
    login character varying(50),
    email character varying(254),
    birth date,
    seen_at timestamp without time zone,
    iban character varying(34),
    card character varying(25),
    token character varying(38),
    company character varying(100),
    street character varying(100),
    city character varying(50),
    zip character varying(10),
    country character varying(50),
    pass character varying(255),
    bio text,
    prefs jsonb,
    salary numeric(10,2),
    ssn character varying(30),
    plate character varying(15),
    job character varying(100),
    notes text,
    deleted_at timestamp without time zone
);

COPY public.people (id, kind, first_name, last_name, login, email, birth, seen_at, iban, card, token, company, street, city, zip, country, pass, bio, prefs, salary, ssn, plate, job, notes, deleted_at) FROM stdin;
1	person	Marie	Dupont	mdupont	marie.dupont@gmail.com	1987-06-14	2024-03-01 10:20:30	FR7630006000011234567890189	4970 1012 3456 7899	6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f	Acme SARL	12 rue de la Paix	Paris	75011	France	pbkdf2_sha256$600000$abc$ZmFrZWhhc2g=	Call me at 06 12 34 56 78 or marie.dupont@gmail.com	{"contact": {"email": "marie.dupont@gmail.com", "name": "Marie Dupont"}, "theme": "dark"}	45210.50	1 87 06 75 123 456 78	AB-123-CD	Nurse	Likes hiking.	\N
2	company	Jean	Martin	jmartin	contact@acme.example	1990-01-31	2023-12-31 23:59:59	DE89370400440532013000	5555555555554444	0b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9	Acme GmbH	5 Hauptstrasse	Berlin	10115	DE	$2y$10$abcdefghijklmnopqrstuuJ0yG8nG1Q5Q5Q5Q5Q5Q5Q5Q5Q5Q5Q5a	Support line +49 30 1234567	{"contact": {"email": "contact@acme.example", "name": "Jean Martin"}}	99999	123-45-6789	B-XY 123	Engineer		\N
3	person	Zoé	Leroy	zleroy	zoe.leroy@free.fr	2001-02-28	2022-07-04 08:00:00	FR1420041010050500013M02606	378282246310005	{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}	Leroy & fils	3 place du Marché	Lyon	69003	FR	$P$B12345678abcdefghijklmnopqrstuv	Wrote to marie.dupont@gmail.com	{"contact": {"email": "zoe.leroy@free.fr"}}	31000	2 01 02 69 123 456 00	AA-001-AA	Teacher	Reads a lot.	2024-01-02 00:00:00
\.

CREATE TABLE public.posts (
    id integer NOT NULL,
    author_id integer NOT NULL,
    body text
);

COPY public.posts (id, author_id, body) FROM stdin;
1	1	See marie.dupont@gmail.com, phone 06 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189
2	3	Zoé here (zoe.leroy@free.fr)
3	2	Nothing personal, says Jean Martin to Marie
\.

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_email_key UNIQUE (email);

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.people(id);
