"""verify on small hand-made SQLite dumps: what is judged anywhere, what per row,
how rows are matched, what counts as chance or design, and the report's shape."""

from __future__ import annotations

import io
import json

from dumpscrub import parse_rules
from dumpscrub.checks.verify import _forms, _tokens, mask, verify

HEAD = "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
USERS = "CREATE TABLE users(id INTEGER PRIMARY KEY, first_name TEXT, city TEXT, email TEXT, note TEXT);\n"
NOKEY = "CREATE TABLE guests(first_name TEXT, city TEXT);\n"
RULES = """
version: 1
tables:
  users:
    columns: {first_name: first_name, city: city, email: email, note: {strategy: constant, value: redacted}}
  guests:
    columns: {first_name: first_name, city: city}
"""


def dump(*rows: str, schema: str = USERS) -> bytes:
    return (HEAD + schema + "".join(r + "\n" for r in rows) + "COMMIT;\n").encode()


def users(*rows: tuple) -> bytes:
    return dump(*(f"INSERT INTO users VALUES({i},'{f}','{c}','{e}','{n}');" for i, f, c, e, n in rows))


ORIGINAL = users(
    (1, "Alice", "Paris", "alice.martin@gmail.com", "call me on +33 6 12 34 56 78"),
    (2, "Bob", "Lyon", "bob.durand@yahoo.fr", "ok"),
    (3, "Carol", "Nice", "carol99@free.fr", "redacted"),
)


def check(original: bytes, scrubbed: bytes, rules: str = RULES):
    return verify(io.BytesIO(original), io.BytesIO(scrubbed), parse_rules(rules))


def test_a_clean_scrub_passes_and_says_what_it_checked() -> None:
    scrubbed = users(
        (1, "Zoe", "Lyon", "zoe.smith@example.com", "redacted"),  # Lyon: row 2's original, here a fake
        (2, "Alice", "Nice", "a.b@example.org", "redacted"),  # Alice: row 1's original, here row 2's fake
        (3, "Dan", "Paris", "dan42@example.net", "redacted"),
    )
    result = check(ORIGINAL, scrubbed)
    assert result.ok, result.as_json()
    checked = result.checked
    assert checked["columns"] == 4
    assert checked["per_row"] == 7  # first names, cities, and the short note "ok"
    # 3 emails (each as a value and an email) and the phone quoted in the note, as a value and a phone
    assert checked["distinctive"] >= 3 + 1
    assert [r.ok for r in result.row_counts] == [True]


def test_the_original_itself_fails() -> None:
    result = check(ORIGINAL, ORIGINAL)
    assert not result.ok
    found = {(leak.column, leak.found_column, leak.check) for leak in result.leaks}
    assert ("email", "email", "anywhere") in found
    assert ("city", "city", "per_row") in found  # city fakes never equal their original
    assert ("note", "note", "anywhere") in found  # the phone the note quotes


def test_a_distinctive_original_is_found_in_any_table_and_inside_text() -> None:
    scrubbed = users(
        (1, "Zoe", "Lyon", "zoe.smith@example.com", "redacted"),
        (2, "Eve", "Nice", "a.b@example.org", "write to Carol99@FREE.fr please"),
        (3, "Dan", "Paris", "dan42@example.net", "phone: 06.12.34.56.78"),
    )
    result = check(ORIGINAL, scrubbed, RULES.replace("users:", "users:\n    # en_US reads no French number\n", 1))
    leaks = {(leak.column, leak.found_column, leak.example) for leak in result.leaks}
    assert ("email", "note", "c***@F***.fr") in leaks or ("email", "note", "c***@f***.fr") in leaks
    # +33 6 12 34 56 78 written in another layout: the same E.164 key with locale fr_FR
    fr = check(ORIGINAL, scrubbed, RULES.replace("version: 1", "version: 1\nlocale: fr_FR"))
    assert ("note", "note") in {(leak.column, leak.found_column) for leak in fr.leaks}


def test_per_row_matching_by_key_ignores_row_order() -> None:
    scrubbed = users(
        (3, "Dan", "Paris", "dan42@example.net", "redacted"),
        (1, "Zoe", "Nice", "zoe.smith@example.com", "redacted"),
        (2, "Eve", "Lyon", "a.b@example.org", "redacted"),  # row 2 kept its city
    )
    result = check(ORIGINAL, scrubbed)
    assert [(leak.column, leak.check, leak.values) for leak in result.leaks] == [("city", "per_row", 1)]


def test_without_a_key_rows_are_matched_by_order_or_not_at_all() -> None:
    def guests(*rows):
        return dump(*(f"INSERT INTO guests VALUES('{f}','{c}');" for f, c in rows), schema=NOKEY)

    original = guests(("Alice", "Paris"), ("Bob", "Lyon"))
    assert check(original, guests(("Bob", "Lyon"), ("Carol", "Nice"))).ok
    kept = check(original, guests(("Bob", "Paris"), ("Carol", "Nice")))
    assert [(leak.column, leak.check) for leak in kept.leaks] == [("city", "per_row")]
    # A row missing: the order says nothing, the count is the failure, and the summary says so
    short = check(original, guests(("Alice", "Paris")))
    assert not short.ok and not short.leaks
    assert [(r.table, r.original, r.scrubbed, r.expected) for r in short.row_counts] == [("guests", 2, 1, 2)]
    assert any("only for distinctive values" in note and "guests" in note for note in short.notes)


def test_a_name_given_back_by_chance_is_no_leak_but_a_column_left_as_it_was_is() -> None:
    rows = [(i, f"Name{chr(65 + i)}x", f"City{i}", f"user{i}@mail.test", "ok") for i in range(1, 41)]
    original = users(*rows)
    faked = [(i, f, f"Town{i}", f"fake{i}@example.com", "redacted") for i, f, _, _, _ in rows]
    once = [(i, f if i == 1 else "Zed", c, e, n) for i, f, c, e, n in faked]
    result = check(original, users(*once))
    assert result.ok and result.checked["chance_matches"] == 1
    assert not check(original, users(*faked)).ok  # every first name kept: no chance


def test_values_the_fake_keeps_by_design_are_ignored() -> None:
    rules = """
version: 1
tables:
  people:
    columns:
      born: {strategy: date, generalize: year}
      zip: {strategy: postcode, generalize: 2}
      status: {strategy: constant, value: gone}
"""
    schema = "CREATE TABLE people(id INTEGER PRIMARY KEY, born TEXT, zip TEXT, status TEXT);\n"
    original = dump("INSERT INTO people VALUES(1,'1980-01-01','75000','gone');",
                    "INSERT INTO people VALUES(2,'1985-03-12','69003','active');", schema=schema)
    scrubbed = dump("INSERT INTO people VALUES(1,'1980-01-01','75000','gone');",
                    "INSERT INTO people VALUES(2,'1985-01-01','69000','gone');", schema=schema)
    assert check(original, scrubbed, rules).ok
    unscrubbed = check(original, original, rules)
    assert {leak.column for leak in unscrubbed.leaks} == {"born", "zip", "status"}  # status: "active" per row
    assert unscrubbed.checked["values"] == 3  # row 1: all three are their own fakes


def test_masks_and_tokens() -> None:
    assert mask("jane.doe@gmail.com") == "j***@g***.com"
    assert mask("Jean-Pierre Dupont") == "J**n-P****e D****t"
    assert "jane" not in mask("{\"email\": \"jane@x.org\"}") and mask("ab") == "**"
    regions = ("FR",)
    assert set(_forms("+33 6 12 34 56 78", "phone", regions)) & set(_tokens("tel 06 12 34 56 78.", regions))
    assert "e:jane@x.org" in set(_tokens('{"who": "Jane@X.org"}', regions))
    assert "v:12 rue de la paix" in set(_tokens('{"street": "12 rue de la Paix"}', regions))
    assert "i:2001:db8::1" in set(_tokens("from 2001:0db8:0:0::1 at noon", regions))


def test_the_report_never_holds_an_original() -> None:
    report = json.dumps(check(ORIGINAL, ORIGINAL).as_json())
    for value in ("alice.martin@gmail.com", "bob.durand@yahoo.fr", "12 34 56 78", "Paris", "Alice"):
        assert value not in report
    assert set(json.loads(report)) == {"ok", "leaks", "row_counts", "checked", "notes"}


# -- values that identify nobody ---------------------------------------------------

AGENCY = (
    "CREATE TABLE companies(id INTEGER PRIMARY KEY, name TEXT, hr_email TEXT, switchboard TEXT);\n"
    "CREATE TABLE postings(id INTEGER PRIMARY KEY, company_id INTEGER, description TEXT);\n"
    "CREATE TABLE candidates(id INTEGER PRIMARY KEY, email TEXT, ethnicity TEXT, disability TEXT, state TEXT);\n"
)
AGENCY_RULES = """
version: 1
locale: de_DE
tables:
  companies:
    columns: {id: keep, name: keep, hr_email: keep, switchboard: keep}
  postings:
    columns: {id: keep, company_id: keep, description: scrub_text}
  candidates:
    columns:
      id: keep
      email: email
      ethnicity: text
      disability: keep
      state: {strategy: faker, provider: state}
"""


def agency(companies=(), postings=(), candidates=()) -> bytes:
    def row(table, values):
        return f"INSERT INTO {table} VALUES(" + ",".join(
            "NULL" if v is None else str(v) if isinstance(v, int) else "'" + v.replace("'", "''") + "'"
            for v in values
        ) + ");"

    rows = [row("companies", c) for c in companies] + [row("postings", p) for p in postings]
    return dump(*rows, *(row("candidates", c) for c in candidates), schema=AGENCY)


def test_placeholders_in_several_languages_are_no_originals() -> None:
    from dumpscrub.checks.verify import is_placeholder

    for text in ("Prefer not to say", "prefer not to say.", "N/A", "Keine Angabe", "Non renseigné",
                 "sin especificar", "  Not  specified ", "(none)", "Declined"):
        assert is_placeholder(text), text
    for text in ("Caucasian", "Paris", "jane@example.org", "Not Jane"):
        assert not is_placeholder(text), text
    # Three candidates declined to say, in the column scrubbed and in the one kept
    people = [(i, f"p{i}@mail.test", "Prefer not to say", "Prefer not to say", "BY") for i in range(1, 4)]
    scrubbed = [(i, f"fake{i}@example.com", "Lorem ipsum", "Prefer not to say", "BE") for i in range(1, 4)]
    result = check(agency(candidates=people), agency(candidates=scrubbed), AGENCY_RULES)
    assert result.ok, result.as_json()


def test_a_value_many_rows_share_is_judged_per_row_only() -> None:
    # "Mixed background" in 6 of 8 rows: found in the kept column of other rows, it says
    # nothing of anyone; left in its own row, it is a leak; a rare value is looked for anywhere.
    people = [(i, f"p{i}@mail.test", "Mixed background" if i <= 6 else f"Rare origin {i}", None, "BY")
              for i in range(1, 9)]
    clean = [(i, f"fake{i}@example.com", "Lorem ipsum", "Mixed background", "BE") for i in range(1, 9)]
    result = check(agency(candidates=people), agency(candidates=clean), AGENCY_RULES)
    assert result.ok, result.as_json()
    assert result.checked["frequent"] == 1
    assert any("identify nobody" in note for note in result.notes)

    kept_in_row = [(i, e, "Mixed background" if i == 2 else x, d, s) for i, e, x, d, s in clean]
    leaks = check(agency(candidates=people), agency(candidates=kept_in_row), AGENCY_RULES).leaks
    assert [(leak.column, leak.found_column, leak.values, leak.check) for leak in leaks] == [
        ("ethnicity", "ethnicity", 1, "per_row")
    ]
    rare_elsewhere = [(i, e, x, "Rare origin 7" if i == 1 else d, s) for i, e, x, d, s in clean]
    leaks = check(agency(candidates=people), agency(candidates=rare_elsewhere), AGENCY_RULES).leaks
    assert [(leak.column, leak.found_column, leak.check) for leak in leaks] == [
        ("ethnicity", "disability", "anywhere")
    ]


def test_an_email_many_rows_repeat_is_still_one_persons() -> None:
    # The same candidate's e-mail on 6 rows (a customer on each order): never demoted.
    people = [(i, "jane.roe@mail.test", "x1", None, "BY") for i in range(1, 7)]
    copied = [(i, f"fake{i}@example.com", "Lorem", "jane.roe@mail.test" if i == 3 else None, "BE")
              for i in range(1, 7)]
    leaks = check(agency(candidates=people), agency(candidates=copied), AGENCY_RULES).leaks
    assert [(leak.column, leak.found_column, leak.check) for leak in leaks] == [("email", "disability", "anywhere")]


COMPANY = (1, "Brandt Logistik GmbH", "jobs@brandt.de", "089 489364394")
POSTING = (1, 1, "Bewerbungen an jobs@brandt.de oder 089 489364394, Ansprechpartner Jan Kurz (jan.kurz@gmx.de)")


def test_company_data_quoted_in_free_text_is_a_note_when_found_in_its_kept_column() -> None:
    from dumpscrub.checks.verify import is_role_mailbox

    assert is_role_mailbox("jobs@brandt.de") and is_role_mailbox("No-Reply@x.org")
    assert is_role_mailbox("karriere.berlin@x.de") and is_role_mailbox("rrhh@iberia.es")
    assert not is_role_mailbox("jan.kurz@gmx.de") and not is_role_mailbox("jobsworth@x.org")
    original = agency([COMPANY], [POSTING])
    scrubbed = agency([COMPANY], [(1, 1, "Bewerbungen an anna@example.com oder 030 1234567, Herr X (x@example.org)")])
    result = check(original, scrubbed, AGENCY_RULES)
    assert result.ok, result.as_json()
    # the switchboard (a phone: no role to tell by its shape) is found in the kept column
    assert result.checked["kept_matches"] == 1
    assert any("companies.switchboard" in note and "not counted as leaks" in note for note in result.notes)
    assert check(original, original, AGENCY_RULES).leaks  # the posting left as it was fails


def test_a_personal_item_found_in_a_scrubbed_column_or_a_whole_value_in_a_kept_one_is_a_leak() -> None:
    # jan.kurz@gmx.de, quoted in the posting, copied to a scrubbed column: a leak
    original = agency([COMPANY], [POSTING], [(1, "mia@web.de", "x1", None, "BY")])
    copied = agency([COMPANY], [(1, 1, "Lorem")], [(1, "Jan.Kurz@gmx.de", "Lorem", None, "BE")])
    leaks = check(original, copied, AGENCY_RULES).leaks
    assert [(leak.column, leak.found_table, leak.found_column) for leak in leaks] == [
        ("description", "candidates", "email")
    ]
    # a candidate's e-mail (a whole value of a scrubbed column) in the company's kept column: a leak
    moved = agency([(1, "Brandt", "mia@web.de", "089 489364394")], [(1, 1, "Lorem")],
                   [(1, "fake@example.com", "Lorem", None, "BE")])
    leaks = check(original, moved, AGENCY_RULES).leaks
    assert [(leak.column, leak.found_table, leak.found_column) for leak in leaks] == [
        ("email", "companies", "hr_email")
    ]
    # the same item in a kept column of a table the rules also scrub (candidates): a leak
    noted = agency([COMPANY], [(1, 1, "Lorem")], [(1, "fake@example.com", "Lorem", "jan.kurz@gmx.de", "BE")])
    leaks = check(original, noted, AGENCY_RULES).leaks
    assert [(leak.column, leak.found_column) for leak in leaks] == [("description", "disability")]


def test_a_companys_own_contact_among_scrubbed_values_stays_where_the_rules_keep_it() -> None:
    # the company's own mailbox (no role word in it) is also a candidate's e-mail (a test
    # account): faked among the candidates, kept as it was in the company's table
    company = (1, "Brandt Logistik GmbH", "personalabteilung@brandt.de", "089 489364394")
    original = agency([company], [(1, 1, "Lorem")], [(1, "personalabteilung@brandt.de", "x1", None, "BY")])
    scrubbed = agency([company], [(1, 1, "Lorem")], [(1, "fake@example.com", "Lorem", None, "BE")])
    result = check(original, scrubbed, AGENCY_RULES)
    assert result.ok, result.as_json()
    assert result.checked["kept_matches"] == 1 and any("company data" in n for n in result.notes)
    # kept as it was, but in a table of people (no company's): a leak, as the copy of a
    # staff member's street in a pupils' table the rules keep is
    kept = STREETS.replace("  pupils:\n    columns: {street: street}\n", "  pupils:\n    columns: {street: keep}\n")
    before = dump("INSERT INTO pupils VALUES(1,'Storgatan 12');", "INSERT INTO staff VALUES(1,'Storgatan 12');",
                  schema=PEOPLE)
    after = dump("INSERT INTO pupils VALUES(1,'Storgatan 12');", "INSERT INTO staff VALUES(1,'Torggatan 9');",
                 schema=PEOPLE)
    assert not check(before, after, kept).ok


def test_chance_is_counted_in_distinct_values_not_rows() -> None:
    # 40 candidates over 20 states; the fake of "ME" happens to be "Me" (Mecklenburg...): all
    # 6 rows of Maine match, one chance event. A state column left as it was is a leak.
    states = ["ME"] * 6 + [f"S{i}" for i in range(34)]
    people = [(i, f"p{i}@mail.test", "x1", None, s) for i, s in enumerate(states, 1)]
    faked = [(i, f"f{i}@example.com", "Lorem", None, "Me" if s == "ME" else "Bayern") for i, s in enumerate(states, 1)]
    result = check(agency(candidates=people), agency(candidates=faked), AGENCY_RULES)
    assert result.ok and result.checked["chance_matches"] == 6, result.as_json()
    kept = [(i, f"f{i}@example.com", "Lorem", None, s) for i, s in enumerate(states, 1)]
    leaks = check(agency(candidates=people), agency(candidates=kept), AGENCY_RULES).leaks
    assert [(leak.column, leak.values, leak.check) for leak in leaks] == [("state", 40, "per_row")]


PEOPLE = ("CREATE TABLE pupils(id INTEGER PRIMARY KEY, street TEXT);\n"
          "CREATE TABLE staff(id INTEGER PRIMARY KEY, street TEXT);\n")
STREETS = "version: 1\ntables:\n  pupils:\n    columns: {street: street}\n  staff:\n    columns: {street: street}\n"


def test_a_street_drawn_among_the_fakes_is_chance_but_not_in_a_kept_column() -> None:
    original = dump("INSERT INTO pupils VALUES(1,'Storgatan 12');", "INSERT INTO pupils VALUES(2,'Kungsvägen 3');",
                    "INSERT INTO staff VALUES(1,'Sveavägen 44');", schema=PEOPLE)
    # pupil 2's fake happens to be the teacher's real street: drawn from the same lists
    scrubbed = dump("INSERT INTO pupils VALUES(1,'Ringvägen 7');", "INSERT INTO pupils VALUES(2,'Sveavägen 44');",
                    "INSERT INTO staff VALUES(1,'Torggatan 9');", schema=PEOPLE)
    result = check(original, scrubbed, STREETS)
    assert result.ok and any("taken for chance" in n for n in result.notes), result.as_json()
    kept = STREETS.replace("  pupils:\n    columns: {street: street}\n", "  pupils:\n    columns: {street: keep}\n")
    copied = dump("INSERT INTO pupils VALUES(1,'Storgatan 12');", "INSERT INTO pupils VALUES(2,'Sveavägen 44');",
                  "INSERT INTO staff VALUES(1,'Torggatan 9');", schema=PEOPLE)
    assert not check(original, copied, kept).ok  # copied into a column nobody scrubs: a leak


def test_the_digits_of_a_number_are_no_phone_found_in_another_number() -> None:
    # SQLite writes 4441.67 as 4441.6700000000000729: its decimals are no phone number,
    # and another amount ending the same way is no leak of it
    schema = "CREATE TABLE loans(id INTEGER PRIMARY KEY, income REAL, balance REAL);\n"
    rules = "version: 1\ntables:\n  loans:\n    columns: {income: {strategy: number, noise: 0.1}, balance: keep}\n"
    incomes = ["4441.6700000000000729", "3900.2500000000000011", "5120.8899999999999181", "2875.1300000000001091",
               "6310.4200000000000728"]
    original = dump(*(f"INSERT INTO loans VALUES({i},{v},{i}00.5);" for i, v in enumerate(incomes, 1)), schema=schema)
    scrubbed = dump(*(f"INSERT INTO loans VALUES({i},{i}234.5,{i}3{v[4:]});" for i, v in enumerate(incomes, 1)),
                    schema=schema)
    assert check(original, scrubbed, rules).ok, check(original, scrubbed, rules).as_json()
    kept = dump(*(f"INSERT INTO loans VALUES({i},{v},{i}00.5);" for i, v in enumerate(incomes, 1)), schema=schema)
    assert not check(original, kept, rules).ok  # the incomes left in their rows (an amount is judged per row)


def test_a_login_that_is_a_name_found_among_name_fakes_is_chance_and_a_flat_is_judged_per_row() -> None:
    # "danielle" as a login; "Danielle" drawn as another user's fake first name, twice: chance
    schema = ("CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, first_name TEXT, flat TEXT);\n")
    rules = ("version: 1\ntables:\n  users:\n    columns: {login: username, first_name: first_name, "
             "flat: address}\n")
    original = dump("INSERT INTO users VALUES(1,'danielle','Danielle','Flat 3');",
                    "INSERT INTO users VALUES(2,'mhely','Mary','Flat 3');",
                    "INSERT INTO users VALUES(3,'sean77','Sean','Flat 9');", schema=schema)
    scrubbed = dump("INSERT INTO users VALUES(1,'kx81','Ruth','Unit 4');",
                    "INSERT INTO users VALUES(2,'pq22','Danielle','Flat 3');",
                    "INSERT INTO users VALUES(3,'zz90','Danielle','Apt 2');", schema=schema)
    result = check(original, scrubbed, rules)
    assert result.ok, result.as_json()
    moved = dump("INSERT INTO users VALUES(1,'kx81','Ruth','Unit 4');",
                 "INSERT INTO users VALUES(2,'danielle','Ann','Apt 1');",
                 "INSERT INTO users VALUES(3,'zz90','Bob','Apt 2');", schema=schema)
    assert check(original, moved, rules).ok  # another row's fake login that is this row's original: chance
    kept = dump("INSERT INTO users VALUES(1,'danielle','Ruth','Unit 4');",
                "INSERT INTO users VALUES(2,'pq22','Ann','Apt 1');",
                "INSERT INTO users VALUES(3,'zz90','Bob','Apt 2');", schema=schema)
    assert not check(original, kept, rules).ok  # the login left in its own row: a leak, judged per row


def test_a_login_found_as_the_local_part_of_a_fake_email_is_chance() -> None:
    # "fsilva" as a staff login; "fbatista@example.org" drawn as a customer's fake e-mail: chance
    schema = "CREATE TABLE staff(id INTEGER PRIMARY KEY, login TEXT);\nCREATE TABLE clients(id INTEGER PRIMARY KEY, email TEXT);\n"
    rules = "version: 1\ntables:\n  staff:\n    columns: {login: username}\n  clients:\n    columns: {email: email}\n"
    original = dump("INSERT INTO staff VALUES(1,'fbatista');", "INSERT INTO staff VALUES(2,'mcosta');",
                    "INSERT INTO clients VALUES(1,'rui.alves@gmail.com');", schema=schema)
    scrubbed = dump("INSERT INTO staff VALUES(1,'kx81');", "INSERT INTO staff VALUES(2,'pq22');",
                    "INSERT INTO clients VALUES(1,'fbatista@example.org');", schema=schema)
    result = check(original, scrubbed, rules)
    assert result.ok, result.as_json()
    assert any("local part of a fake e-mail" in note for note in result.notes)
    kept = dump("INSERT INTO staff VALUES(1,'fbatista');", "INSERT INTO staff VALUES(2,'pq22');",
                "INSERT INTO clients VALUES(1,'ana@example.org');", schema=schema)
    assert not check(original, kept, rules).ok  # the login left in its own column: a leak


def test_an_address_a_scrubbed_json_quotes_drawn_like_an_original_is_chance() -> None:
    # a rider's saved place, faked by scrub_text from the street lists, equals another ride's drop-off
    schema = ("CREATE TABLE rides(id INTEGER PRIMARY KEY, dropoff TEXT);\n"
              "CREATE TABLE riders(id INTEGER PRIMARY KEY, places TEXT);\n")
    rules = ("version: 1\ntables:\n  rides:\n    columns: {dropoff: address}\n"
             "  riders:\n    columns: {places: scrub_text}\n")
    drops = ["Strada Barbu 182, Bucuresti", "Calea Dobre 24, Bucuresti", "Aleea Stan 17, Iasi", "Strada Popa 3, Cluj"]

    def riders(*quoted: str) -> list[str]:
        return [f"INSERT INTO riders VALUES({i},'{{\"home\": {{\"address\": \"{q}\"}}}}');" for i, q in enumerate(quoted)]

    original = dump(*(f"INSERT INTO rides VALUES({i},'{d}');" for i, d in enumerate(drops)),
                    *riders("Strada Lupu 9, Bucuresti", "Strada Vlad 2, Iasi", "Calea Noua 5, Cluj"), schema=schema)

    def scrubbed(*quoted: str) -> bytes:
        return dump(*(f"INSERT INTO rides VALUES({i},'Bulevardul Nou {i}, Arad');" for i in range(len(drops))),
                    *riders(*quoted), schema=schema)

    result = check(original, scrubbed("Strada Barbu 182, Bucuresti", "Strada Mare 1, Iasi", "Calea Mica 2, Cluj"),
                   rules)
    assert result.ok, result.as_json()
    assert any("an address a scrubbed text quotes" in note for note in result.notes)
    assert not check(original, scrubbed(*drops[:3]), rules).ok  # in three rows: more than chance


def test_a_login_drawn_as_another_columns_login_is_chance() -> None:
    # an affiliate's coupon (rafaela15) drawn as a user's fake login: the same name lists
    schema = ("CREATE TABLE affiliates(id INTEGER PRIMARY KEY, coupon TEXT);\n"
              "CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT);\n")
    rules = "version: 1\ntables:\n  affiliates:\n    columns: {coupon: username}\n  users:\n    columns: {login: username}\n"
    original = dump("INSERT INTO affiliates VALUES(1,'rafaela15');", "INSERT INTO users VALUES(1,'bruno.lima');",
                    schema=schema)
    scrubbed = dump("INSERT INTO affiliates VALUES(1,'kx81');", "INSERT INTO users VALUES(1,'rafaela15');",
                    schema=schema)
    assert check(original, scrubbed, rules).ok
    kept = dump("INSERT INTO affiliates VALUES(1,'rafaela15');", "INSERT INTO users VALUES(1,'zz');", schema=schema)
    assert not check(original, kept, rules).ok  # in its own column: a leak


def test_a_companys_kept_address_is_a_note_when_its_contact_person_is_scrubbed() -> None:
    # a fisher lives at the same street and number as a fish buyer's office; the buyers'
    # table (a company's: its name and company number) keeps its address and has its
    # contact person scrubbed
    schema = ("CREATE TABLE fisker(id INTEGER PRIMARY KEY, adresse TEXT);\n"
              "CREATE TABLE kjoper(id INTEGER PRIMARY KEY, firmanavn TEXT, orgnr TEXT, adresse TEXT,"
              " kontaktperson TEXT);\n")
    rules = """
version: 1
tables:
  fisker:
    columns: {adresse: address}
  kjoper:
    columns: {firmanavn: keep, orgnr: keep, adresse: keep, kontaktperson: name}
"""
    buyer = "INSERT INTO kjoper VALUES(1,'Fisk AS','966231502','Havnegata 12','{}');"
    before = dump("INSERT INTO fisker VALUES(1,'Havnegata 12');", buyer.format("Hilde Pettersen"), schema=schema)
    after = dump("INSERT INTO fisker VALUES(1,'Storgata 7');", buyer.format("Kari Nordmann"), schema=schema)
    result = check(before, after, rules)
    assert result.ok, result.as_json()
    # the same address kept in a people table (no company's) is a leak
    people = schema.replace("kjoper(id INTEGER PRIMARY KEY, firmanavn TEXT, orgnr TEXT",
                            "kunde(id INTEGER PRIMARY KEY, fornavn TEXT, etternavn TEXT")
    people_rules = rules.replace("kjoper:\n    columns: {firmanavn: keep, orgnr: keep,",
                                 "kunde:\n    columns: {fornavn: first_name, etternavn: last_name,")
    customer = "INSERT INTO kunde VALUES(1,'{}','{}','Havnegata 12','{}');"
    before = dump("INSERT INTO fisker VALUES(1,'Havnegata 12');", customer.format("Ola", "Hansen", "x"),
                  schema=people)
    after = dump("INSERT INTO fisker VALUES(1,'Storgata 7');", customer.format("Per", "Olsen", "y"), schema=people)
    result = check(before, after, people_rules)
    assert [(leak.table, leak.found_table) for leak in result.leaks] == [("fisker", "kunde")], result.as_json()
