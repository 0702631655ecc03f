--
-- PostgreSQL database dump
--

\restrict k3y

SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(254) NOT NULL,
    full_name text,
    bio text,
    avatar bytea,
    tags text[],
    last_ip inet
);

CREATE TABLE public.keepme (
    id integer,
    note text
);

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, email, full_name, bio, avatar, tags, last_ip) FROM stdin;
1	msullivan9155@example.org	Natalie Mccoy	redacted\tbio\\	\N	{a,"b c",NULL}	195.155.42.30
2	megan_hudson23@example.org	\N	redacted\tbio\\	\N	{}	2001:db8:bf9e:2d25:ebf0:1f0d:fabf:f582
3	msullivan9155@example.org	Natalie Mccoy	\N	\N	\N	\N
\.

COPY public.keepme (id, note) FROM stdin;
1	ann@example.org stays: no rule\ttab
\.

COPY public.users (id, email, full_name, bio, avatar, tags, last_ip) FROM stdin;
\.

\unrestrict k3y
