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
1	person	Patricia	Barthelemy	pbarthelemy	emmanueldelaunay5768@example.org	1987-01-01	2024-02-07 10:20:30	FR1463874858208262809575616	4121 1195 7331 1366	75e5d3fa-0c49-4a6e-92b2-a149eb7e6b00	Gay	668, boulevard Lombard	Devaux	75000	Heard et McDonald (Îles)	pbkdf2_sha256$600000$qyg$XXFdpYJRzE3awZNp5YhLeUTMAQCRwAXIYw8NneoyDNE=	Call me at 06 32 63 76 76 or emmanueldelaunay5768@example.org	{"contact": {"email": "emmanueldelaunay5768@example.org", "name": "Patricia Barthelemy"}, "theme": "dark"}	45000.00	* ** ** ** *** *56 78	AB-000-CD	sociologue	Action chien	\N
2	company	Alexandre	Navarro	anavarro	aime.hardy22@example.com	1990-01-01	2023-12-22 23:59:59	DE85378123086905380637	5575940314069932	9e8bdcae-bf01-41d7-bc6d-42861b73024c	Acme GmbH	23, rue Suzanne Hubert	Duval	10000	MT	$2y$10$qqRtr5sJ30Lwid2DF8ozTOYFCXdo18T6Cav8W70vXSDSH.OSmE/sG	Support line 0256473679	{"contact": {"email": "aime.hardy22@example.com", "name": "Alexandre Navarro"}}	100000	***-**-6789	B-XY 000	juge des enfants		\N
\.

CREATE TABLE public.posts (
    id integer NOT NULL,
    author_id integer NOT NULL,
    body text
);

COPY public.posts (id, author_id, body) FROM stdin;
1	1	See emmanueldelaunay5768@example.org, phone 06 32 63 76 76, IBAN FR14 6387 4858 2082 6280 9575 616
3	2	Nothing personal, says Alexandre Navarro to Patricia
\.

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_email_key UNIQUE (email);

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.people(id);
