"""The detector's tenth round of generalization, after the US consumer lender: Dynamics'
lower-case names split into two or three known words (familystatuscode, annualincome),
an address word followed by its part (address1_city is a city, address1_latitude a
coordinate), GUIDs in a column named as a key (contactid, "CRM Contact ID") as keys, a
bank word that only qualifies the head noun (bank_link), documents written in base64,
and a lender's words (bankruptcy, hardship, NMLS id, MLA covered). Every rule comes with
look-alikes that must not match."""

from __future__ import annotations

import base64
import datetime as dt
import uuid

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import Sample, TableContext, detect_column, match_column, table_context
from dumpscrub.checks.naming import name_tokens
from dumpscrub.checks.values import is_document, is_image
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
LINKED = TableContext(is_linked=True)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
PLAIN = TableContext()


def detect(name: str, *vals: str | None, ctx: TableContext = LINKED, kind: str = model.TEXT, table: str = "t"):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column(table, name, Column(name, kind, kind), sample, ctx, TODAY, None)


def category(name: str, ctx: TableContext = PEOPLE) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


@pytest.mark.parametrize(("name", "words"), [
    ("familystatuscode", ("family", "status", "code")), ("annualincome", ("annual", "income")),
    ("mobilephone", ("mobile", "phone")), ("homephone", ("home", "phone")),
    ("phonetic", ("phonetic",)), ("headphone", ("headphone",)), ("statusbar", ("statusbar",)),
    ("mellannamn", ("mellannamn",)),  # a Swedish middle name, no mel-lan-namn (three short words)
])
def test_lower_case_names_split_into_known_words(name: str, words: tuple[str, ...]) -> None:
    assert name_tokens(name) == words


@pytest.mark.parametrize(("name", "expected"), [
    ("address1_city", "city"), ("address1_country", "country"), ("address1_latitude", "geo_location"),
    ("address1_stateorprovince", "region"), ("address1_line1", "address"), ("street_address", "address"),
    ("familystatuscode", "family"), ("annualincome", "financial"), ("bsc_creditscore", "financial"),
    ("Bankruptcy", "financial"), ("bsc_hardshipreason", "financial"), ("bsc_nmlsid", "id_number"),
    ("MLA Covered", "employment"),
])
def test_a_lenders_and_dynamics_names_are_read(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize("name", ["address_type", "address_id", "hardware", "statusbar"])
def test_look_alikes_of_the_lenders_names_say_nothing(name: str) -> None:
    assert category(name) not in ("city", "financial", "address", "family")


def test_guids_in_a_column_named_as_a_key_are_keys() -> None:
    guids = [str(uuid.UUID(int=n * 7919 + 1)) for n in range(20)]
    assert detect("contactid", *guids, ctx=PEOPLE) is None
    assert detect("CRM Contact ID", *guids, ctx=PEOPLE) is None
    found = detect("device_token", *guids, ctx=PEOPLE)  # a token, not a key
    assert found is not None and found.category == "identifier"
    random_ids = [f"cus_{n:04d}Xq9Lm2Rt7Vb1Nz8Kp" for n in range(20)]  # a provider's customer ids: one person's
    assert detect("stripe_customer_id", *random_ids, ctx=PEOPLE) is not None


def test_a_bank_word_before_the_head_noun_makes_no_company_table() -> None:
    assert not table_context("BankLink", ["id", "userId", "accessToken", "institution"]).is_company
    assert table_context("banks", ["id", "name", "swift", "city"]).is_company


def test_documents_and_images_written_in_base64_are_read() -> None:
    pdf = base64.b64encode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").decode()
    jpeg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01").decode()
    assert is_document(pdf) and is_image(jpeg)
    assert not is_document("SGVsbG8gd29ybGQsIHRoaXMgaXMgdGV4dA==") and not is_image("Hello world, plain text here")
    attachments = table_context("annotation", ["annotationid", "objectid", "filename", "documentbody"])
    found = detect("documentbody", *([pdf, jpeg] * 5), ctx=attachments, table="annotation")
    assert found is not None and found.category == "document"
