"""scrub_text and the dump's own distinctive values (people.KnownValues): a phone
number phonenumbers holds invalid, a national id, a login, quoted in free text or in
a JSON document, gets the fake its column gets; a short value, a common word and a
value inside a longer word or number stay as they are."""

from __future__ import annotations

import io
import json

import phonenumbers
import pytest

from dumpscrub import parse_rules, scrub, strategies
from dumpscrub.checks.dump import DumpFile
from dumpscrub.fakes import FakeEngine
from dumpscrub.model import JSON, Catalog, Column
from dumpscrub.people import KnownValues, NameCollector, wanted_kinds, wants_names
from dumpscrub.strategies.freetext import ScrubTextParams

INVALID_PHONE = "(555) 010-0199"  # 555-01xx: fictional, which phonenumbers knows
NATIONAL_ID = "DK-8065686608-218"
DOC_NUMBER = "DK0000218K"
QUOTED_ID = 'DK-"Q"-123456'  # JSON writes it escaped


def make(name: str, params=None):
    return strategies.get(name)(params)


@pytest.fixture
def engine() -> FakeEngine:
    engine = FakeEngine(b"k", ("en_US",))
    known = KnownValues(engine.regions)
    phones = known.source(make("phone"), 20, "phone")
    ids = known.source(make("hash"), 32, "id")
    logins = known.source(make("username"), None, "id")
    for value in (INVALID_PHONE, "+29 429 132 2993-154", "555.010.0142"):
        known.add(value, phones)
    for value in (NATIONAL_ID, DOC_NUMBER, QUOTED_ID, "AB12", "XX-EMPTY"):
        known.add(value, ids)
    for value in ("jdupont77", "anonymous", "mariedupont"):
        known.add(value, logins)
    engine.known = known
    return engine


def scrub_text(engine: FakeEngine, text: str, **params) -> str:
    return engine.fake(make("scrub_text", ScrubTextParams(**params) if params else None), text)


def phone_fake(engine: FakeEngine, value: str = INVALID_PHONE) -> str:
    return engine.fake(make("phone"), value, 20)


def id_fake(engine: FakeEngine, value: str) -> str:
    return engine.fake(make("hash"), value, 32)


def test_a_phone_written_otherwise_and_invalid_for_phonenumbers_gets_its_columns_fake(engine: FakeEngine) -> None:
    assert not phonenumbers.is_valid_number(phonenumbers.parse(INVALID_PHONE, "US"))
    assert scrub_text(FakeEngine(b"k", ("en_US",)), "call 555.010.0199") == "call 555.010.0199"  # no pattern finds it
    fake = phone_fake(engine)
    for written in ("555.010.0199", "555-010-0199", "(555) 010-0199", "5550100199", "+1 555 010 0199"):
        assert scrub_text(engine, f"call {written} today") == f"call {fake} today", written
    # Two numbers in one run of digits are looked up one by one.
    both = scrub_text(engine, "555.010.0199 / 555.010.0142")
    assert both == f"{fake} / {phone_fake(engine, '555.010.0142')}"
    other = "+29 429 132 2993-154"
    assert scrub_text(engine, f"phone={other};") == f"phone={phone_fake(engine, other)};"


def test_an_id_in_text_and_in_json_gets_its_columns_fake(engine: FakeEngine) -> None:
    national, doc = id_fake(engine, NATIONAL_ID), id_fake(engine, DOC_NUMBER)
    text = f"KYC: id {NATIONAL_ID}, document {DOC_NUMBER.lower()}. Login jdupont77!"
    login = engine.fake(make("username"), "jdupont77")
    assert scrub_text(engine, text) == (
        f"KYC: id {national}, document {id_fake(engine, DOC_NUMBER.lower())}. Login {login}!"
    )
    document = json.dumps({"subject": {"national_id": NATIONAL_ID, "doc": DOC_NUMBER, "note": f"seen {NATIONAL_ID}"}})
    json_text = make("scrub_text").adapt(Column("raw_response", "json", JSON, None))
    out = json.loads(engine.fake(json_text, document))
    assert out == {"subject": {"national_id": national, "doc": doc, "note": f"seen {national}"}}
    # The same document in a text column: its strings are text too, escaped ones included.
    escaped = json.dumps({"id": NATIONAL_ID, "quoted": QUOTED_ID, "code": "XX-EMPTY", "raw": "a\\nb"})
    assert json.loads(scrub_text(engine, escaped)) == {
        "id": national, "quoted": id_fake(engine, QUOTED_ID), "code": id_fake(engine, "XX-EMPTY"), "raw": "a\\nb"
    }


def test_short_values_and_common_words_are_not_looked_for(engine: FakeEngine) -> None:
    for text in ("code AB12 sent", "posted by anonymous", "Mariedupont wrote"):  # a word: compared as it is
        assert scrub_text(engine, text) == text, text
    assert engine.known.find("AB12") is None and engine.known.find("anonymous") is None
    login = engine.fake(make("username"), "mariedupont")
    assert scrub_text(engine, "by mariedupont, 2024") == f"by {login}, 2024"


def test_a_value_inside_a_longer_word_or_number_stays(engine: FakeEngine) -> None:
    for text in (
        f"X{NATIONAL_ID}", f"{NATIONAL_ID}9", f"{DOC_NUMBER}_old", f"ref{DOC_NUMBER}", f"{DOC_NUMBER}-2",
        "order 55501001991234", "A5550100199", "555.010.0199.7", "mariedupont42", "jdupont777",
    ):
        assert scrub_text(engine, text) == text, text


def test_find_decides_which_known_values_are_looked_for(engine: FakeEngine) -> None:
    text = f"{NATIONAL_ID} 555.010.0199"
    assert scrub_text(engine, text, find=["phone"]) == f"{NATIONAL_ID} {phone_fake(engine)}"
    assert scrub_text(engine, text, find=["id"]) == f"{id_fake(engine, NATIONAL_ID)} 555.010.0199"
    assert scrub_text(engine, text, find=["email", "ip"]) == text


def test_the_first_pass_collects_only_for_scrub_text() -> None:
    plain = parse_rules("version: 1\ntables:\n  users:\n    columns: {phone: phone, national_id: hash}\n")
    assert not wants_names(plain)
    nested = parse_rules(
        "version: 1\ntables:\n  users:\n    columns:\n      phone: phone\n"
        "      profile: {strategy: json, paths: {'$.bio': {strategy: scrub_text, find: [id]}}}\n"
    )
    assert wants_names(nested) and wanted_kinds(nested) == {"id"}


DUMP = """PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users (id INTEGER PRIMARY KEY, phone VARCHAR(20), national_id VARCHAR(24), login VARCHAR(30), pin VARCHAR(8));
INSERT INTO users VALUES(1,'(555) 010-0199','DK-8065686608-218','jdupont77','4321');
INSERT INTO users VALUES(2,'+29 429 132 2993-154','DK-1234567890-001','mariedupont','9876');
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, doc TEXT);
INSERT INTO notes VALUES(1,'Called 555.010.0199 about DK-8065686608-218 (pin 4321); login jdupont77.','{"national_id": "DK-1234567890-001", "who": "mariedupont"}');
COMMIT;
"""
RULES = """version: 1
locale: en_US
tables:
  users:
    columns: {phone: phone, national_id: hash, login: username, pin: hash}
  notes:
    columns: {body: scrub_text, doc: scrub_text}
"""


def rows(data: bytes, table: str) -> list[dict]:
    with DumpFile(io.BytesIO(data), "out.sql") as d:
        d.survey()
        return [dict(zip(names, values)) for _, names, values in d.rows(lambda t, n: t == table)]


def test_a_scrub_replaces_the_values_a_text_quotes_with_their_columns_fakes() -> None:
    out = io.BytesIO()
    scrub(io.BytesIO(DUMP.encode()), out, parse_rules(RULES), secret=b"s")
    users = rows(out.getvalue(), "users")
    notes = rows(out.getvalue(), "notes")[0]
    first, second = users
    assert first["national_id"] != NATIONAL_ID and len(first["national_id"]) == 24
    assert notes["body"] == (
        f"Called {first['phone']} about {first['national_id']} (pin 4321); login {first['login']}."
    )  # a 4-digit pin is too short to be looked for
    assert json.loads(notes["doc"]) == {"national_id": second["national_id"], "who": second["login"]}


def test_without_scrub_text_the_first_pass_collects_nothing() -> None:
    rules = parse_rules(RULES.replace("scrub_text", "keep"))
    collector = NameCollector(rules, Catalog())
    assert collector.kinds == frozenset() and not wants_names(rules)
    out = io.BytesIO()
    scrub(io.BytesIO(DUMP.encode()), out, rules, secret=b"s")
    assert "DK-8065686608-218 (pin" in out.getvalue().decode()


def test_a_street_quoted_whole_gets_its_columns_fake() -> None:
    # A JSON snapshot of an order keeps the buyer's street as a string of its own: found
    # whole (the text, or a JSON string, with or without escapes), never word by word.
    engine = FakeEngine(b"k", ("pl_PL",))
    known = KnownValues(engine.regions)
    street = make("street")
    known.add("ul. Długa 12/4", known.source(street, 60, "address"))
    known.add("Rynek", known.source(street, 60, "address"))  # no digit: not distinctive
    engine.known = known
    fake = engine.fake(street, "ul. Długa 12/4", 60)
    snapshot = '{"street": "ul. Długa 12/4", "city": "Kraków", "note": "near Rynek"}'
    assert scrub_text(engine, snapshot) == snapshot.replace("ul. Długa 12/4", fake)
    assert scrub_text(engine, "ul. Długa 12/4") == fake
    assert scrub_text(engine, "deliver to ul. Długa 12/4 please") == "deliver to ul. Długa 12/4 please"
    assert scrub_text(engine, snapshot, find=["email"]) == snapshot


def test_a_number_written_with_its_country_code_in_parentheses_is_found_whole() -> None:
    # (+45) 21 01 57 15: invalid for phonenumbers, in a column and in a note after a name
    engine = FakeEngine(b"k", ("da_DK",))
    known = KnownValues(engine.regions)
    phones = known.source(make("phone"), 20, "phone")
    known.add("(+45) 21 01 57 15", phones)
    engine.known = known
    fake = engine.fake(make("phone"), "(+45) 21 01 57 15", 20)
    assert scrub_text(engine, "Hentes af Bruno Bach, (+45) 21 01 57 15") == f"Hentes af Bruno Bach, {fake}"
    assert "21 01 57 15" not in scrub_text(engine, "ring 21 01 57 15")  # its national digits too
