--
-- PostgreSQL database dump
--

SET standard_conforming_strings = on;

CREATE FUNCTION public.audit() RETURNS trigger
    LANGUAGE plpgsql
    AS $_$
BEGIN
  -- a comment; with $$ and a 'quote
  INSERT INTO public.users VALUES (99, 'ann@example.org', $$x;y$$);
  RETURN NEW;
END;
$_$;

DO $$ BEGIN RAISE NOTICE 'INSERT INTO users VALUES (1);'; END $$;

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(254) NOT NULL,
    note text
);

INSERT INTO public.users VALUES (1, 'msullivan9155@example.org', 'two
lines; and a ''quote''');
INSERT INTO public.users VALUES (2, E'salexander1482@example.com', E'tab\there');
INSERT INTO public.users VALUES (3, 'msullivan9155@example.org'::character varying, NULL::text);
INSERT INTO public.users VALUES
	(4, 'hollygonzalez2@example.com', 'backslashes are literal'),
	(5, '', '');
INSERT INTO public.keepme VALUES (1, 'ann@example.org');
