"""scrub_text and phone keys: each item quoted in a text gets exactly the fake that its
own strategy gives it in a column, and nothing else in the text changes."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub import parse_rules, strategies
from dumpscrub.errors import RulesError
from dumpscrub.fakes import FakeEngine
from dumpscrub.model import Column
from dumpscrub.strategies.contact import phone_key
from dumpscrub.strategies.freetext import ScrubTextParams
from dumpscrub.strategies.generic import HashParams


def make(name: str, params=None):
    return strategies.get(name)(params)


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(b"k", ("fr_FR",))


def scrub(engine: FakeEngine, text: str, **params) -> str:
    return engine.fake(make("scrub_text", ScrubTextParams(**params) if params else None), text)


# -- phone keys ---------------------------------------------------------------


@pytest.mark.parametrize(
    "written", ["+33 6 12 34 56 78", "06 12 34 56 78", "0033612345678", "06.12.34.56.78", "+33 (0)6 12 34 56 78"]
)
def test_a_number_written_any_way_is_keyed_on_its_e164_form(written: str) -> None:
    assert phone_key(written, ("FR",)) == "+33612345678"
    engine = FakeEngine(b"k", ("fr_FR",))
    assert engine.fake(make("phone"), written) == engine.fake(make("phone"), "+33612345678")


def test_the_first_region_where_a_number_is_valid_wins() -> None:
    assert phone_key("06 12 34 56 78", ("US", "FR")) == "+33612345678"
    assert phone_key("(202) 555-0143", ("FR", "US")) == "+12025550143"


def test_what_reads_as_no_number_is_keyed_on_its_digits() -> None:
    assert phone_key(" ext. 12 ", ("US",)) == "12"
    assert phone_key(" unknown ", ("US",)) == "unknown"


def test_the_phone_fake_does_not_depend_on_the_column_length() -> None:
    engine = FakeEngine(b"k", ("en_US",))
    phone = make("phone")
    same = 0
    for i in range(300):
        value = f"+1 202 555 {i:04d}"
        free = engine.fake(phone, value)
        if len(free) <= 20:
            assert engine.fake(phone, value, 20) == free
            same += 1
        else:
            assert len(engine.fake(phone, value, 20)) <= 20
    assert same > 100  # most en_US formats fit 20 characters


# -- each item kind -----------------------------------------------------------


def test_an_email_gets_the_email_strategys_fake(engine: FakeEngine) -> None:
    text = "Écrivez à Marie.Dupont@Gmail.com, merci."
    fake = engine.fake(make("email"), "Marie.Dupont@Gmail.com")
    assert scrub(engine, text) == f"Écrivez à {fake}, merci."
    quoted = engine.fake(make("email"), "zoe@mail.test")
    assert scrub(engine, "(dit 'zoe@mail.test')") == f"(dit '{quoted}')"  # the quotes are not part of it


def test_an_email_on_an_internationalized_domain_is_found(engine: FakeEngine) -> None:
    fake = engine.fake(make("email"), "anne-marie.hernandez194@bücher.example")
    assert scrub(engine, "from anne-marie.hernandez194@bücher.example.") == f"from {fake}."
    assert scrub(engine, "not_an_address@_host.example") == "not_an_address@_host.example"


def test_a_phone_written_otherwise_in_a_post_gets_the_columns_fake(engine: FakeEngine) -> None:
    column_fake = engine.fake(make("phone"), "+33 6 12 34 56 78", 20)  # users.phone varchar(20)
    for written in ("06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "06.12.34.56.78"):
        assert scrub(engine, f"Appelez le {written} demain.") == f"Appelez le {column_fake} demain."


@pytest.mark.parametrize("text", [
    "Expedia: new message from Nils (itinerary 03856881)", "Messaggio per la prenotazione n. 0612345678",
    "Rechnung Nr. 0301234567 bezahlt", "Your booking #: 0612345678 is confirmed", "Commande n° 0612345678",
])
def test_a_number_after_the_word_for_a_reference_is_that_reference(text: str) -> None:
    engine = FakeEngine(b"k", ("it_IT", "de_DE", "fr_FR"))
    assert scrub(engine, text) == text  # the booking still reads as the booking in its own table


def test_a_national_number_without_its_trunk_zero_is_no_phone() -> None:
    # 5974014578 is a valid German number only without its 0: no one writes one so
    engine = FakeEngine(b"k", ("it_IT", "de_DE"))
    assert scrub(engine, "Messaggio da Maria per la richiesta 5974014578") == (
        "Messaggio da Maria per la richiesta 5974014578")
    assert scrub(engine, "Rufen Sie 030 1234567 an") != "Rufen Sie 030 1234567 an"  # with its 0: a phone


def test_ips_of_both_families_get_the_ip_strategys_fake(engine: FakeEngine) -> None:
    text = "Connexion depuis 82.65.12.201 puis 2a01:cb19:8a2:5e00::1f."
    v4 = engine.fake(make("ip"), "82.65.12.201")
    v6 = engine.fake(make("ip"), "2a01:cb19:8a2:5e00::1f")
    assert scrub(engine, text) == f"Connexion depuis {v4} puis {v6}."


def test_an_iban_gets_the_iban_strategys_fake(engine: FakeEngine) -> None:
    for iban in ("FR76 3000 6000 0112 3456 7890 189", "GB82WEST12345698765432"):
        fake = engine.fake(make("iban"), iban)
        assert scrub(engine, f"Virement sur {iban} SVP") == f"Virement sur {fake} SVP"
    # Capital words after it look like more groups: the IBAN is the longest prefix that checks.
    fake = engine.fake(make("iban"), "BE68 5390 0754 7034")
    assert scrub(engine, "IBAN BE68 5390 0754 7034 CODE BIC") == f"IBAN {fake} CODE BIC"


def test_a_card_number_gets_the_credit_card_strategys_fake(engine: FakeEngine) -> None:
    for card in ("4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"):
        fake = engine.fake(make("credit_card"), card)
        assert scrub(engine, f"carte {card}.") == f"carte {fake}."


def test_urls_keep_scheme_host_path_and_keys(engine: FakeEngine) -> None:
    short_hash = make("hash", HashParams(length=12))
    username = make("username")
    text = (
        "Voir https://bob:s3cret@files.example.org/share/doc?id=42&token=abc%20d#top, "
        "https://www.linkedin.com/in/marie-dupont/ et (https://x.com/mdupont)."
    )
    assert scrub(engine, text) == (
        f"Voir https://{engine.fake(username, 'bob')}:{engine.fake(short_hash, 's3cret')}@files.example.org/share/doc"
        f"?id={engine.fake(short_hash, '42')}&token={engine.fake(short_hash, 'abc d')}#top, "
        f"https://www.linkedin.com/in/{engine.fake(username, 'marie-dupont')}/ "
        f"et (https://x.com/{engine.fake(username, 'mdupont')})."
    )


def test_a_url_without_personal_parts_stays_but_an_email_in_its_path_does_not(engine: FakeEngine) -> None:
    assert scrub(engine, "Doc: https://docs.python.org/3/library/re.html.") == "Doc: https://docs.python.org/3/library/re.html."
    assert scrub(engine, "https://x.com/explore/tabs") == "https://x.com/explore/tabs"  # a page of the site
    fake = engine.fake(make("email"), "zoe@mail.test")
    assert scrub(engine, "https://crm.example.com/users/zoe@mail.test/edit") == f"https://crm.example.com/users/{fake}/edit"


def test_find_limits_the_item_kinds(engine: FakeEngine) -> None:
    text = "zoe@mail.test 06 12 34 56 78"
    fake = engine.fake(make("email"), "zoe@mail.test")
    assert scrub(engine, text, find=("email",)) == f"{fake} 06 12 34 56 78"


def test_find_is_validated_when_the_rules_load() -> None:
    with pytest.raises(ValueError, match="unknown item kind 'mail'"):
        ScrubTextParams(find=("mail",))
    with pytest.raises(RulesError) as raised:
        parse_rules("version: 1\ntables:\n  posts:\n    columns:\n      body: {strategy: scrub_text, find: [phone, emails]}\n")
    location, message = raised.value.problems[0]
    assert location.line == 5
    assert "unknown item kind 'emails'" in message


# -- what stays -------------------------------------------------------------

NOT_PERSONAL = [
    "Commande #100234 du 15/01/2024, livrée le 2024-01-17 à 10:30:00.",
    "Order 2024-000123 shipped; ticket 1234567890123 (Luhn-valid, but no card starts with 1).",
    "Prix : 1 299,00 € ou $1,299.00, remise 12.5 %.",
    "Version 1.2.3, puis 10.0, build 10.0.19045 et std::vector<int>.",
    "Carte 4111 1111 1111 1112 (fausse clé de Luhn), IBAN FR76 3000 6000 0112 3456 7890 188 (mauvaise clé).",
    "MAC 00:1a:2b:3c:4d:5e, heure 12:30:45.",
    "Mail @marie, pas d'adresse : marie@ ou @example.com.",
]


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_no_false_positives(engine: FakeEngine, text: str) -> None:
    assert scrub(engine, text) == text


FILLER = st.text(alphabet=st.sampled_from("abcdeé XYZ,;!?'\n\t\"\\()-_"), max_size=30)
EMAILS = ["zoe@mail.test", "Marie.Dupont@Gmail.com", "j.o'brien@corp.example"]


@given(st.lists(st.tuples(FILLER, st.sampled_from(EMAILS)), max_size=5), FILLER)
def test_only_the_items_change_byte_for_byte(parts: list[tuple[str, str]], tail: str) -> None:
    engine = FakeEngine(b"k", ("fr_FR",))
    email = make("email")
    # A space on each side: the filler's letters would otherwise join the address.
    text = "".join(f"{filler} {address} " for filler, address in parts) + tail
    expected = "".join(f"{filler} {engine.fake(email, address)} " for filler, address in parts) + tail
    assert scrub(engine, text) == expected


# -- JSON ---------------------------------------------------------------------


def test_a_json_column_stays_valid_json_with_escaped_items(engine: FakeEngine) -> None:
    strategy = make("scrub_text").adapt(Column("profile", "json", "json"))
    doc = '{"note": "Ecrire\\nzoe@mail.test ou \\"zoe\\u0040mail.test\\" \\u00e9t\\u00e9", "n": 5, "zoe@mail.test": []}'
    out = engine.fake(strategy, doc)
    fake = engine.fake(make("email"), "zoe@mail.test")
    parsed = json.loads(out)
    assert parsed == {"note": f'Ecrire\n{fake} ou "{fake}" été', "n": 5, fake: []}
    assert '"n": 5' in out and "\\u00e9" in out  # untouched parts, escape style kept


def test_plain_mode_never_splits_a_json_escape(engine: FakeEngine) -> None:
    # A JSON document in a column of unknown type: items are spliced into the raw text.
    doc = '{"a": "\\nzoe@mail.test\\tbob@corp.example"}'
    out = scrub(engine, doc)
    email = make("email")
    assert json.loads(out) == {"a": f"\n{engine.fake(email, 'zoe@mail.test')}\t{engine.fake(email, 'bob@corp.example')}"}


def test_fakes_hold_nothing_json_would_escape(engine: FakeEngine) -> None:
    text = " ".join(f"user{i}@corp.example 06 12 34 {i:02d} {i:02d} 82.65.{i}.201" for i in range(40))
    out = scrub(engine, text)
    assert out != text
    assert not re.search(r'["\\\x00-\x1f]', out)


# -- names of the dump's people ---------------------------------------------------


def people(*entries: tuple[str, str]):
    from dumpscrub.people import KnownNames

    known = KnownNames()
    for kind, value in entries:
        known.add(kind, value)
    return known


def test_a_persons_name_in_text_gets_the_fakes_of_their_columns(engine: FakeEngine) -> None:
    engine.people = people(("first", "Marie"), ("last", "Dupont"), ("full", "Jean-Pierre Martin"))
    first, last = make("first_name"), make("last_name")
    text = "Merci Marie Dupont ! Marie's cat met DUPONT and Jean-Pierre Martin."
    expected = (
        f"Merci {engine.fake(first, 'Marie')} {engine.fake(last, 'Dupont')} ! {engine.fake(first, 'Marie')}'s cat met "
        f"{engine.fake(last, 'DUPONT')} and {engine.fake(first, 'Jean-Pierre')} {engine.fake(last, 'Martin')}."
    )
    assert scrub(engine, text) == expected
    assert engine.fake(last, "DUPONT").isupper()
    # The name strategy of a full-name column gives the same person.
    assert engine.fake(make("name"), "Marie Dupont") == f"{engine.fake(first, 'Marie')} {engine.fake(last, 'Dupont')}"


def test_only_the_dump_peoples_capitalized_names_are_names(engine: FakeEngine) -> None:
    engine.people = people(("first", "Rose"), ("last", "Rose"), ("last", "Martin"))
    first, last = make("first_name"), make("last_name")
    # A word that is both a first and a last name is a first name before a last name.
    assert scrub(engine, "Rose Martin") == f"{engine.fake(first, 'Rose')} {engine.fake(last, 'Martin')}"
    assert scrub(engine, "Ask Rose.") == f"Ask {engine.fake(last, 'Rose')}."
    for untouched in ("a rose in the garden", "Paris is nice", "Martins and Martinez"):
        assert scrub(engine, untouched) == untouched
    assert scrub(engine, "Martin", find=["email"]) == "Martin"  # find without name


def test_without_known_names_text_is_left_as_it_was(engine: FakeEngine) -> None:
    assert engine.people is None
    assert scrub(engine, "Marie Dupont wrote") == "Marie Dupont wrote"


def test_an_account_number_written_without_its_country_code_is_an_iban_of_the_locale() -> None:
    # A Polish NRB is the IBAN without "PL"; read as such only where a locale says Poland.
    polish = FakeEngine(b"k", ("pl_PL",))
    text = "Proszę o przelew na konto 51 2490 0005 2158 8029 0106 8180, zamówienie 12345678901234567890123456."
    fake = polish.fake(make("iban"), "51 2490 0005 2158 8029 0106 8180")
    assert scrub(polish, text) == text.replace("51 2490 0005 2158 8029 0106 8180", fake)
    assert fake == polish.fake(make("iban"), "PL51 2490 0005 2158 8029 0106 8180")[2:]  # one account, one fake
    assert scrub(FakeEngine(b"k", ("en_US",)), text) == text
