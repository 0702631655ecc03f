"""init's starter rules on small hand-made dumps: names YAML would misread are quoted,
a UNIQUE column gets a collision-free strategy, a key and its copies get one
strategy, partitions are classified through their parent, and every column is listed."""

from __future__ import annotations

import io
import re

import yaml

from dumpscrub.checks.dump import DumpFile
from dumpscrub.checks.starter import write_rules
from dumpscrub.pipeline import scrub
from dumpscrub.rules import parse_rules

PEOPLE = [("Marie", "Dupont", f"marie.dupont{i}@gmail.com", f"+33 6 12 34 {i:02d} 78") for i in range(20)]


def sqlite_dump(*statements: str) -> bytes:
    return ("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n" + "\n".join(statements) + "\nCOMMIT;\n").encode()


def rules_of(data: bytes) -> tuple[str, dict]:
    with DumpFile(io.BytesIO(data), "t.sql") as d:
        text = write_rules(d)
    parse_rules(text, "init.yml")  # valid as written
    return text, yaml.safe_load(text)


def test_every_column_is_listed_and_names_yaml_would_misread_are_quoted() -> None:
    rows = "\n".join(f"INSERT INTO \"on\" VALUES({i},'{e}','x','{i}');" for i, (_, _, e, _) in enumerate(PEOPLE))
    data = sqlite_dump('CREATE TABLE IF NOT EXISTS "on" (id INTEGER PRIMARY KEY, "e-mail" TEXT, "null" TEXT, "1" TEXT);', rows)
    text, parsed = rules_of(data)
    assert '  "on":' in text and '"null":' in text and '"1":' in text
    assert parsed["strict"] is True
    assert parsed["tables"]["on"]["columns"] == {"id": "keep", "e-mail": "email", "null": "keep", "1": "keep"}


def test_a_unique_column_gets_a_collision_free_strategy() -> None:
    rows = "\n".join(f"INSERT INTO people VALUES({i},'{f}','{la}{i}');" for i, (f, la, _, _) in enumerate(PEOPLE))
    data = sqlite_dump("CREATE TABLE people (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT UNIQUE);", rows)
    _, parsed = rules_of(data)
    columns = parsed["tables"]["people"]["columns"]
    assert columns["first_name"] == "first_name"
    assert columns["last_name"] == "hash"  # last_name fakes may collide: the UNIQUE key would break


def test_a_key_and_its_copies_get_one_strategy() -> None:
    # posts.k1 holds copies of users.username under a name and values scan cannot tell.
    users = "\n".join(f"INSERT INTO users VALUES('u{i:04d}','{f}');" for i, (f, _, _, _) in enumerate(PEOPLE))
    posts = "\n".join(f"INSERT INTO posts VALUES({i},'u{i:04d}',{i * 7});" for i in range(len(PEOPLE)))
    data = sqlite_dump(
        "CREATE TABLE users (username TEXT PRIMARY KEY, first_name TEXT);",
        "CREATE TABLE posts (id INTEGER PRIMARY KEY, k1 TEXT REFERENCES users(username), size INTEGER);",
        users, posts,
    )
    text, parsed = rules_of(data)
    assert parsed["tables"]["users"]["columns"]["username"] == "username"
    assert parsed["tables"]["posts"]["columns"] == {"id": "keep", "k1": "username", "size": "keep"}
    assert "# follows users.username through a foreign key" in text


def test_partitions_are_classified_through_their_parent() -> None:
    data = (
        b"--\n-- PostgreSQL database dump\n--\n\nSET standard_conforming_strings = on;\n\n"
        b"CREATE TABLE public.visits (\n    id integer NOT NULL,\n    email text,\n    at date\n)\nPARTITION BY RANGE (at);\n\n"
        b"CREATE TABLE public.visits_2024 (\n    id integer NOT NULL,\n    email text,\n    at date\n);\n\n"
        b"ALTER TABLE ONLY public.visits ATTACH PARTITION public.visits_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n\n"
        b"COPY public.visits_2024 (id, email, at) FROM stdin;\n"
        + b"".join(f"{i}\t{e}\t2024-03-0{i % 9 + 1}\n".encode() for i, (_, _, e, _) in enumerate(PEOPLE))
        + b"\\.\n\n"
    )
    _, parsed = rules_of(data)
    assert list(parsed["tables"]) == ["visits"]
    assert parsed["tables"]["visits"]["columns"] == {"id": "keep", "email": "email", "at": "keep"}


def _phones_dump(numbers: list[str]) -> bytes:
    rows = "\n".join(f"INSERT INTO people VALUES({i},'{n}');" for i, n in enumerate(numbers))
    return sqlite_dump("CREATE TABLE people (id INTEGER PRIMARY KEY, phone TEXT);", rows)


def test_the_locale_is_the_country_of_the_sampled_phone_numbers() -> None:
    french = [f"06 12 34 {i:02d} 78" for i in range(30)]  # also valid in other countries: France reads them all
    text, parsed = rules_of(_phones_dump(french))
    assert parsed["locale"] == "fr_FR"
    assert "fr_FR 30 of 30" in text
    german = [f"0171 23456{i:02d}" for i in range(10)]  # valid in Germany, not in France
    _, parsed = rules_of(_phones_dump(french + german))
    assert parsed["locale"] == ["fr_FR", "de_DE"]


def test_no_phone_numbers_no_locale() -> None:
    _, parsed = rules_of(_phones_dump(["n/a"] * 5))
    assert "locale" not in parsed


def test_a_strategy_is_tried_on_the_sampled_values_before_it_is_chosen() -> None:
    # Named like IBANs and birth dates, but holding values those strategies cannot read:
    # the rules must still scrub the dump rather than stop it.
    rows = "\n".join(f"INSERT INTO people VALUES({i},'Marie','ACCT-{i:06d}','n.c. {i}');" for i in range(20))
    data = sqlite_dump("CREATE TABLE people (id INTEGER PRIMARY KEY, first_name TEXT, iban TEXT, birth_date TEXT);", rows)
    text, parsed = rules_of(data)
    columns = parsed["tables"]["people"]["columns"]
    assert columns["iban"] != "iban" and columns["birth_date"] not in ("date", "datetime"), columns
    out = io.BytesIO()
    scrub(io.BytesIO(data), out, parse_rules(text, "init.yml"), secret=b"s")
    assert b"ACCT-000007" not in out.getvalue() and b"n.c. 7" not in out.getvalue()


def test_a_national_number_valid_in_several_countries_counts_for_those_the_dump_shows() -> None:
    # Polish mobiles (9 digits) are valid Spanish numbers too; the +48 numbers say Poland.
    national = [f"512 345 {i:03d}" for i in range(20)]
    international = [f"+48 601 234 {i:03d}" for i in range(5)]
    _, parsed = rules_of(_phones_dump(national + international))
    assert parsed["locale"] == "pl_PL"


def test_a_number_column_gets_a_number() -> None:
    # An employment rate is employment data, but a job title would not fit the integer column.
    rows = "\n".join(f"INSERT INTO staff VALUES({i},'Marie','Dupont{i}',{50 + i * 2});" for i in range(20))
    data = sqlite_dump("CREATE TABLE staff (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
                       "employment_rate INTEGER);", rows)
    text, parsed = rules_of(data)
    rule = parsed["tables"]["staff"]["columns"]["employment_rate"]
    assert rule == {"strategy": "number", "noise": 0.1}, rule
    out = io.BytesIO()
    scrub(io.BytesIO(data), out, parse_rules(text, "init.yml"), secret=b"s")
    assert re.search(rb"INSERT INTO staff VALUES\(7,'[^']*','[^']*',\d+\);", out.getvalue()), out.getvalue()[-300:]


def test_a_copy_of_an_identifier_without_a_foreign_key_gets_its_strategy() -> None:
    # the door system's user id is the member number, with no key between the two systems
    members = "\n".join(f"INSERT INTO members VALUES({i},'Marie','Dupont{i}','marie{i}@gmail.com','VP{10000000 + i}');"
                        for i in range(20))
    doors = "\n".join(f"INSERT INTO door_users VALUES({i},'VP{10000000 + i}','MEMBER');" for i in range(15))
    codes = "\n".join(f"INSERT INTO plans VALUES({i},'PLAN{i:02d}');" for i in range(10))
    data = sqlite_dump("CREATE TABLE members (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, "
                       "member_number TEXT);", members,
                       "CREATE TABLE door_users (id INTEGER PRIMARY KEY, usrid TEXT, grp TEXT);", doors,
                       "CREATE TABLE plans (id INTEGER PRIMARY KEY, code TEXT);", codes)
    text, parsed = rules_of(data)
    number = parsed["tables"]["members"]["columns"]["member_number"]
    assert number == "hash", text
    assert parsed["tables"]["door_users"]["columns"]["usrid"] == number
    assert "copy without a foreign key" in text
    assert parsed["tables"]["door_users"]["columns"]["grp"] == "keep"  # MEMBER: short, shared by chance
    assert parsed["tables"]["plans"]["columns"]["code"] == "keep"  # values of no identifier
    out = io.BytesIO()
    scrub(io.BytesIO(data), out, parse_rules(text, "init.yml"), secret=b"s")
    scrubbed = out.getvalue().decode()
    number_fake = re.search(r"INSERT INTO members VALUES\(3,'[^']*','[^']*','[^']*','([^']*)'\);", scrubbed)[1]
    assert f"INSERT INTO door_users VALUES(3,'{number_fake}','MEMBER');" in scrubbed  # they still match
    assert "VP10000003" not in scrubbed


def test_small_integer_codes_of_a_person_are_emptied_and_body_measurements_get_noise() -> None:
    rows = "\n".join(f"INSERT INTO staff VALUES({i},'Marie','Dupont{i}',{1 + i % 4},{150.5 + i});" for i in range(20))
    data = sqlite_dump("CREATE TABLE staff (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
                       "termination_reason INTEGER, height_cm NUMERIC);", rows)
    text, parsed = rules_of(data)
    columns = parsed["tables"]["staff"]["columns"]
    assert columns["termination_reason"] is None, text  # `null`: a noisy 3 would mostly stay 3
    assert columns["height_cm"] == {"strategy": "number", "noise": 0.1}, text  # health, a number: a noisy one


def test_an_avatars_url_gets_another_images_url_and_its_json_copy_follows() -> None:
    urls = [f"https://lh3.googleusercontent.com/a/ACg8oc{i:04d}XyZqWvUt=s96-c" for i in range(20)]
    rows = "\n".join(
        f"INSERT INTO users VALUES({i},'Marie','Dupont{i}','marie{i}@gmail.com','{u}',"
        f"'{{\"provider\": \"google\", \"email\": \"marie{i}@gmail.com\", \"photoUrl\": \"{u}\"}}');"
        for i, u in enumerate(urls))
    data = sqlite_dump("CREATE TABLE users (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, "
                       "photo_url TEXT, provider_info TEXT);", rows)
    text, parsed = rules_of(data)
    assert parsed["tables"]["users"]["columns"]["photo_url"] == {"strategy": "faker", "provider": "image_url"}, text
    out = io.BytesIO()
    scrub(io.BytesIO(data), out, parse_rules(text, "init.yml"), secret=b"s")
    scrubbed = out.getvalue().decode()
    assert "googleusercontent" not in scrubbed  # neither in the column nor in the JSON copy
    fake = re.search(r"INSERT INTO users VALUES\(3,'[^']*','[^']*','[^']*','([^']*)'", scrubbed)[1]
    assert fake.startswith("http") and f'"photoUrl": "{fake}"' in scrubbed  # the copy got the column's fake


def test_a_copy_is_followed_only_when_the_strategy_reads_all_its_values() -> None:
    # a library's user id is the card number for half the patrons and a login for the rest:
    # a card number's strategy would stop the scrub on the logins
    cards = [f"26000{1234567 + i * 7919:07d}" for i in range(20)]
    members = "\n".join(f"INSERT INTO borrowers VALUES({i},'Marie','Dupont{i}','{c}');" for i, c in enumerate(cards))
    logins = "\n".join(f"INSERT INTO accounts VALUES({i},'{cards[i] if i % 2 else f'marie.dupont{i}'}');"
                       for i in range(20))
    data = sqlite_dump("CREATE TABLE borrowers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
                       "cardnumber TEXT);", members, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, userid TEXT);",
                       logins)
    text, parsed = rules_of(data)
    card = parsed["tables"]["borrowers"]["columns"]["cardnumber"]
    assert card == "hash", text  # a library card, no payment card: its Luhn-less numbers get a hash
    out = io.BytesIO()
    scrub(io.BytesIO(data), out, parse_rules(text, "init.yml"), secret=b"s")  # does not stop on a value
    assert cards[3] not in out.getvalue().decode()


def test_a_house_number_gets_a_house_number() -> None:
    streets = ["Rua Augusta", "Rua Oscar Freire", "Rua Haddock Lobo", "Alameda Santos", "Avenida Paulista"]
    rows = "\n".join(f"INSERT INTO enderecos VALUES({i},'{streets[i % 5]}','{100 + i * 7}','{f} {la}');"
                     for i, (f, la, _, _) in enumerate(PEOPLE))
    data = sqlite_dump("CREATE TABLE enderecos (id INTEGER PRIMARY KEY, logradouro TEXT, numero TEXT, "
                       "destinatario TEXT);", rows)
    _, parsed = rules_of(data)
    columns = parsed["tables"]["enderecos"]["columns"]
    assert columns["logradouro"] == "address"
    assert columns["numero"] == {"strategy": "faker", "provider": "building_number"}
