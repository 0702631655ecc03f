--
-- PostgreSQL database dump
--

\restrict k3y
SET standard_conforming_strings = on;
CREATE DATABASE shop WITH TEMPLATE = template0 ENCODING = 'UTF8';
\unrestrict k3y
\connect shop
\restrict k3y

CREATE SCHEMA crm;

CREATE TABLE crm.leads (
    id integer NOT NULL,
    "E-mail Address" character varying(254),
    "Full Name" character varying(200)
);

CREATE TABLE public."newsletter signups" (
    "e-mail" character varying(254) NOT NULL,
    "Name" character varying(200),
    "from" character varying(50)
);

INSERT INTO crm.leads (id, "E-mail Address", "Full Name") VALUES (1, 'chughes4496@example.com', 'Justin Gonzalez');
INSERT INTO crm.leads (id, "E-mail Address", "Full Name") VALUES (2, NULL, 'Diana Alvarez');
INSERT INTO public."newsletter signups" ("e-mail", "Name", "from") VALUES ('chughes4496@example.com', 'Justin Gonzalez', 'web');
INSERT INTO public.keepme (id) VALUES (1);

ALTER TABLE ONLY public."newsletter signups"
    ADD CONSTRAINT "newsletter signups_pkey" PRIMARY KEY ("e-mail");

\unrestrict k3y
