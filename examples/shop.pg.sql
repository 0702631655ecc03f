--
-- PostgreSQL database dump
--

\restrict KOaRNq7cokDHexCJV0vxY5yLVULjuR8SHS6sNLP9MRcjOQOMjpG75XeiPRAfSs1

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    user_id integer NOT NULL,
    customer_email character varying(254) NOT NULL,
    ship_name character varying(120) NOT NULL,
    ship_address text NOT NULL,
    product_id integer NOT NULL,
    total numeric(10,2) NOT NULL,
    placed_at timestamp without time zone NOT NULL
);


ALTER TABLE public.orders OWNER TO root;

--
-- Name: products; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.products (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    price numeric(10,2) NOT NULL
);


ALTER TABLE public.products OWNER TO root;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.sessions (
    id character(32) NOT NULL,
    user_id integer NOT NULL,
    ip inet NOT NULL,
    expires_at timestamp without time zone NOT NULL
);


ALTER TABLE public.sessions OWNER TO root;

--
-- Name: users; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(254) NOT NULL,
    first_name character varying(50) NOT NULL,
    last_name character varying(50) NOT NULL,
    phone character varying(32),
    postal_address text,
    last_login_ip inet,
    password_hash character varying(255) NOT NULL,
    avatar bytea,
    notes text,
    created_at timestamp without time zone NOT NULL
);


ALTER TABLE public.users OWNER TO root;

--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.orders (id, user_id, customer_email, ship_name, ship_address, product_id, total, placed_at) FROM stdin;
1001	1	marie.dupont@gmail.com	Marie Dupont	12 rue de l'Église\n75004 Paris\nFrance	1	249.00	2023-01-10 12:00:00
1002	2	John.Smith@Example.COM	John Smith	742 Evergreen Terrace\nSpringfield, OR 97403	2	37.00	2023-02-11 09:15:00
1003	1	marie.dupont@gmail.com	M. Dupont	12 rue de l'Église\n75004 Paris\nFrance	3	39.90	2023-03-12 18:20:00
1004	3	zoe.obrien@mail.test	Zoë O'Brien	"The Old Mill", Main St\nKinsale, Co. Cork	2	18.50	2023-04-01 07:05:00
\.


--
-- Data for Name: products; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.products (id, name, price) FROM stdin;
1	Espresso machine	249.00
2	Coffee beans 1kg	18.50
3	Milk frother	39.90
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.sessions (id, user_id, ip, expires_at) FROM stdin;
5e884898da28047151d0e56f8dc62927	3	198.51.100.7	2023-06-02 00:00:00
9f86d081884c7d659a2feaa0c55ad015	1	82.65.12.201	2023-06-01 00:00:00
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.users (id, email, first_name, last_name, phone, postal_address, last_login_ip, password_hash, avatar, notes, created_at) FROM stdin;
1	marie.dupont@gmail.com	Marie	Dupont	+33 6 12 34 56 78	12 rue de l'Église\n75004 Paris\nFrance	82.65.12.201	$2b$12$8Jq3dV1s0uB3mZ9mJH4E3e9v8C0xJmJfD6s3Qy1FQm7qkq7CkVb7u	\N	VIP customer, prefers calls after 6pm	2021-03-04 10:12:00
2	John.Smith@Example.COM	John	Smith	(555) 010-0199	742 Evergreen Terrace\nSpringfield, OR 97403	2a01:cb19:8a2:5e00::1f	$2b$12$0b3Y1e7kFqSx0w6mH9yC2eW5J0q9S1uUe3E8Qp0H0bq3nA2a5lZ9W	\N	\N	2021-07-19 08:45:31
3	zoe.obrien@mail.test	Zoë	O'Brien	+353 1 555 0199	"The Old Mill", Main St\nKinsale, Co. Cork	198.51.100.7	$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$WnR3a0pQd2VyR2hsM2l6	\\x89504e470d0a1a0a0000000d49484452	Said: "call me back" \\ urgent	2022-01-02 17:00:00
4	li.wei@example.cn	伟	李	\N	\N	\N	$2b$12$abcdefghijklmnopqrstuvCdefghijklmnopqrstuvwxyz0123456	\N	emoji 😀 and tab\there	2023-05-06 09:30:00
\.


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: orders orders_customer_email_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_email_fkey FOREIGN KEY (customer_email) REFERENCES public.users(email) ON UPDATE CASCADE;


--
-- Name: orders orders_product_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);


--
-- Name: orders orders_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- PostgreSQL database dump complete
--

\unrestrict KOaRNq7cokDHexCJV0vxY5yLVULjuR8SHS6sNLP9MRcjOQOMjpG75XeiPRAfSs1

