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
1	ann@example.org	Ann Lee	line one\nline two\ttabbed \\ backslash	\\x89504e47	{a,"b c",NULL}	192.0.2.1
2	Bob.O'Hara@Example.COM	\N	\\.	\N	{}	2001:db8::1
3	ann@example.org	Ann Lee	\N	\\x	\N	\N
\.

COPY public.keepme (id, note) FROM stdin;
1	ann@example.org stays: no rule\ttab
\.

COPY public.users (id, email, full_name, bio, avatar, tags, last_ip) FROM stdin;
\.

\unrestrict k3y
