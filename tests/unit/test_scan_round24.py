"""The detector's twenty-fourth round of generalization, after the Bulgarian parcel
courier: transliterated Bulgarian names (familiya, egn, grad, pol, lichna_karta), the
ЕГН read by its check digit, Cyrillic full names whose surname is made from a name
(Емил Димитров), a PHP session's id and its serialized data quoting a phone, and
verify reading a PostgreSQL bytea's text. Every rule comes with look-alikes that must
not match."""

from __future__ import annotations

from dumpscrub import model
from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.national_ids import is_egn
from dumpscrub.checks.originals import _tokens
from dumpscrub.checks.values import is_national_id, is_session_key, quotes_personal_in_bytes
from dumpscrub.strategies.contact import phone_key
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
PHP_SESSION = ('__flash|a:0:{}__id|i:163;__authKey|s:32:"N4Uk1DhloIU1e2hq0SGAMtMI6wl3rWzh";'
               '__returnUrl|s:34:"/pratki/tarsene?telefon=0977654638";')
PHP_SESSION_PLAIN = '__flash|a:0:{}__id|i:1;__authKey|s:32:"poZkhEcIJXUSTuDwIKQ3QqZfECAuowOS";__returnUrl|s:11:"/pratki/moi";'


def test_an_egn_passes_its_check_digit() -> None:
    assert is_egn("9703202959")  # born 20 March 1997
    assert is_egn("0146243401")  # born 24 June 2001 (the month + 40)
    assert is_national_id("9703202959")
    assert not is_egn("9703202958")  # the check digit wrong
    assert not is_egn("9713202959")  # month 13


def test_bulgarian_names_of_people() -> None:
    assert category("familiya", PLAIN) == "last_name"
    assert category("egn", PLAIN) == "national_id"
    assert category("lichna_karta", PLAIN) == "national_id"
    assert category("shofyorska_knizhka", PLAIN) == "id_number"
    assert category("poshtenski_kod", PLAIN) == "postal_code"
    assert category("grad", PEOPLE) == "city"
    assert category("grad_year", PEOPLE) is None  # a graduate's year
    assert category("pol", PEOPLE) == "gender"
    assert category("pol", LINKED) is None
    assert category("telk_reshenie", PLAIN) == "health"
    assert category("pk", PEOPLE) is None  # a primary key
    assert table_context("kurier", ["id", "ime", "familiya", "egn"]).is_people
    assert table_context("partnor", ["id", "ime", "eik", "telefon"]).is_company
    assert table_context("nastroyka", ["klyuch", "stoynost"]).is_settings


def test_a_slavic_surname_after_a_known_first_name() -> None:
    names = ["Катерина Илиева", "Емил Димитров", "Иван Василев", "Боряна Колева"]
    found = detect("litse_za_kontakt", *names, ctx=table_context("partnor", ["id", "ime", "eik"]), book=BOOK)
    assert found is not None and found.category == "name"
    cities = ["Ростов", "Саратов", "Тамбов", "Псков", "Киров"] * 3  # one word: a city, no surname
    assert detect("gorod_x", *cities, ctx=LINKED, book=BOOK) is None


def test_a_php_sessions_id_and_serialized_data() -> None:
    assert is_session_key("at3xn4574bnboxtshg349xbj4qcc4yrg")
    assert not is_session_key("abcdefghijklmnopqrstuvwxyz")  # no digits
    assert not is_session_key("pratki-tarsene-2024")
    ids = [f"{i:02d}xn4574bnboxtshg349xbj4qcc4yr" for i in range(12)]
    found = detect("id", *ids, ctx=PLAIN, table="session")
    assert found is not None and found.category == "identifier"
    assert detect("id", *ids, ctx=PLAIN, table="shipment") is None
    assert quotes_personal_in_bytes(PHP_SESSION)
    assert quotes_personal_in_bytes("\\x" + PHP_SESSION.encode().hex())  # PostgreSQL's bytea
    assert not quotes_personal_in_bytes(PHP_SESSION_PLAIN)
    blobs = [PHP_SESSION] * 3 + [PHP_SESSION_PLAIN] * 3
    found = detect("data", *blobs, ctx=PLAIN, table="session", kind=model.BINARY)
    assert found is not None and found.category == "identifier"
    assert detect("data", *[PHP_SESSION_PLAIN] * 6, ctx=PLAIN, table="session", kind=model.BINARY) is None


def test_verify_reads_the_text_of_a_bytea() -> None:
    key = "p:" + phone_key("0977654638", ("BG",))
    assert key in set(_tokens("\\x" + PHP_SESSION.encode().hex(), ("BG",)))
    assert key in set(_tokens(PHP_SESSION, ("BG",)))
    raw = "\\x" + PHP_SESSION_PLAIN.encode().hex()
    assert "v:" + raw.casefold() in set(_tokens(raw, ("BG",)))  # a blob left whole is still found whole
