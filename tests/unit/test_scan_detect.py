"""The personal-data detector of `scan`: names (English, French, abbreviations),
value detectors, table context, precision cases and masking."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import (
    CATEGORIES,
    QUASI,
    SENSITIVE,
    Sample,
    TableContext,
    birth_year,
    card_brand_fits,
    company_named,
    detect_column,
    is_card,
    is_code_name,
    is_email,
    is_iban,
    is_image,
    is_ip,
    is_national_id,
    is_password_hash,
    is_phone,
    is_token,
    mask,
    match_name,
    phone_regions,
    quasi_groups,
    quoted_items,
    table_context,
    tokenize,
)
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
PLAIN = TableContext()
COMPANY = TableContext(is_company=True)


def sample(*values: str | None) -> Sample:
    s = Sample()
    for v in values:
        s.add(v)
    return s


def detect(name: str, *values: str | None, ctx: TableContext = PEOPLE, kind: str | None = None, table: str = "t"):
    column = Column(name, kind or "text", kind or model.TEXT) if kind else None
    return detect_column(table, name, column, sample(*values), ctx, TODAY)


@pytest.mark.parametrize(
    "name,tokens",
    [
        ("BillingPostalCode", ("billing", "postal", "code")),
        ("e-mail", ("e", "mail")),
        ("prénom", ("prenom",)),
        ("address2", ("address",)),
        ("last_login_ip", ("last", "login", "ip")),
        ("opted in at", ("opted", "in", "at")),
        ("HTTPStatus", ("http", "status")),
    ],
)
def test_names_split_into_words(name: str, tokens: tuple[str, ...]) -> None:
    assert tokenize(name) == tokens


@pytest.mark.parametrize(
    "name,category",
    [
        ("fname", "first_name"), ("first_name", "first_name"), ("FirstName", "first_name"), ("given_name", "first_name"),
        ("prenom", "first_name"), ("prénom", "first_name"),
        ("lname", "last_name"), ("surname", "last_name"), ("LastName", "last_name"), ("nom_famille", "last_name"),
        ("dob", "birthdate"), ("birth_date", "birthdate"), ("birthday", "birthdate"), ("date_naissance", "birthdate"),
        ("naissance", "birthdate"),
        ("tel", "phone"), ("telephone", "phone"), ("mobile", "phone"), ("portable", "phone"), ("cell", "phone"),
        ("fax", "phone"), ("phone_number", "phone"),
        ("addr", "address"), ("address", "address"), ("adresse", "address"), ("street", "address"), ("rue", "address"),
        ("zip", "postal_code"), ("zip_code", "postal_code"), ("postcode", "postal_code"), ("code_postal", "postal_code"),
        ("cp", "postal_code"), ("BillingPostalCode", "postal_code"),
        ("ip", "ip"), ("ip_addr", "ip"), ("ip_address", "ip"), ("remote_addr", "ip"), ("last_login_ip", "ip"),
        ("courriel", "email"), ("mail", "email"), ("email", "email"), ("e-mail", "email"), ("EmailAddress", "email"),
        ("ssn", "national_id"), ("nir", "national_id"), ("num_secu", "national_id"), ("insee", "national_id"),
        ("passport", "national_id"), ("passeport", "national_id"), ("national_id", "national_id"),
        ("iban", "iban"), ("rib", "iban"),
        ("card_number", "credit_card"), ("pan", "credit_card"), ("cc", "credit_card"),
        ("password", "password"), ("passwd", "password"), ("mot_de_passe", "password"), ("mdp", "password"),
        ("pwd", "password"), ("password_hash", "password"),
        ("session_id", "identifier"), ("token", "identifier"), ("cookie", "identifier"), ("api_key", "identifier"),
        ("salary", "financial"), ("salaire", "financial"),
        ("gender", "gender"), ("sex", "gender"), ("sexe", "gender"),
        ("health", "health"), ("diagnosis", "health"), ("diagnostic", "health"), ("allergies", "health"),
        ("medical_notes", "health"), ("pathologie", "health"), ("traitement", "health"), ("maladie", "health"),
        ("religion", "religion"), ("political_views", "political_opinion"), ("opinion_politique", "political_opinion"),
        ("ethnicity", "ethnic_origin"), ("ethnie", "ethnic_origin"), ("sexual_orientation", "sex_life"),
        ("genetic_profile", "genetic"), ("adn", "genetic"), ("dna_sample", "genetic"),
        ("fingerprint", "biometric"), ("empreinte", "biometric"), ("biometric_hash", "biometric"),
        ("criminal_record", "criminal"), ("casier", "criminal"),
        ("full_name", "name"), ("display_name", "name"), ("ship_name", "name"),
        ("username", "username"), ("login", "username"),
        ("job_title", "employment"), ("hire_date", "employment"),
        ("emp_no", "id_number"), ("doc_number", "id_number"), ("matricule", "id_number"),
        ("license_plate", "license_plate"), ("immatriculation", "license_plate"),
        ("nationality", "nationality"),
    ],
)
def test_names_in_english_and_french_with_abbreviations(name: str, category: str) -> None:
    found = match_name(name)
    assert found is not None, name
    assert found.category == category


@pytest.mark.parametrize(
    "name",
    [
        "description", "tip_amount", "zipper_size", "user_id", "customer_id", "address_id", "email_verified",
        "phone_count", "is_email_confirmed", "created_at", "updated_at", "last_update", "rental_date",
        "payment_date", "amount", "price", "total", "dept_name", "company_name", "product_name", "file_name",
        "status", "film_id", "title_id", "ship_via", "mailbox_size_limit", "telemetry", "celltype", "shipment",
        "address_type", "nb_emails", "stateless",
    ],
)
def test_names_that_only_look_personal(name: str) -> None:
    found = match_name(name)
    assert found is None, (name, found)


def test_a_bare_name_is_personal_only_in_a_table_about_people() -> None:
    assert detect("name", "Alice Martin", "Bob Smith", ctx=PEOPLE).category == "name"
    assert detect("name", "Rock", "Jazz", ctx=PLAIN) is None
    assert detect("nom", "Dupont", "Durand", ctx=PEOPLE).category == "name"


def test_address_parts_need_a_person_or_an_address_around_them() -> None:
    assert detect("city", "Paris", "Lyon", ctx=PEOPLE).category == "city"
    assert detect("city", "Paris", "Lyon", ctx=PLAIN) is None  # sakila's city table: a list of cities
    located = TableContext(has_location=True)
    assert detect("district", "Alberta", "QLD", ctx=located).category == "region"
    assert detect("country", "FR", "DE", ctx=TableContext(is_linked=True)) is None  # kyc_checks.country
    assert detect("order_state", "new", "paid", ctx=PEOPLE) is None
    billing = detect("BillingCountry", "France", "Germany", ctx=TableContext(is_people=True, is_linked=True))
    assert billing.category == "country" and billing.quasi


def test_table_context_from_names() -> None:
    assert table_context("public.users", ["id", "email"]).is_people
    assert table_context("Customer", ["CustomerId"]).is_people
    assert table_context("newsletter signups", ["e-mail"]).is_people
    assert table_context("companies", ["name", "contact_email"]).is_company
    assert table_context("crm.leads", ["email"]).is_people
    assert table_context("address", ["address", "postal_code"]).has_location
    assert not table_context("city", ["city", "country_id"]).has_location
    assert table_context("film", ["title"]).is_catalogue
    assert table_context("orders", ["id"], references_people=True).is_linked


def test_company_contact_data_is_not_personal() -> None:
    assert detect("contact_email", "contact@acme.example", "info@globex.example", ctx=COMPANY) is None
    assert detect("switchboard_phone", "+1 800 555 0100", ctx=COMPANY) is None
    # role mailboxes, even in a table that is not named as a company's
    assert detect("email", "contact@acme.example", "info@globex.example", "sales@x.example", ctx=PLAIN) is None
    assert detect("x1", "contact@acme.example", "info@globex.example", "hello@x.example", ctx=PLAIN) is None


@pytest.mark.parametrize(
    "check,good,bad",
    [
        (is_email, ["alice@example.com", "Zoe.O'Brien@Example.COM", "müller@bücher.example"], ["alice", "a@b", "@x.org"]),
        (is_phone, ["+33 6 12 34 56 78", "(555) 010-0199", "06 12 34 56 78", "+1-202-555-0143", "0612345678"],
         ["12345678", "2023-01-15", "962.58", "123", "192.0.2.10"]),
        (is_ip, ["192.0.2.10", "2001:db8::1", "::ffff:198.51.100.7", "10.0.0.0/8"], ["1.2.3", "12", "hello", "999.1.1.1"]),
        (is_iban, ["FR1420041010050500013M02606", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000"],
         ["FR1420041010050500013M02607", "GB00 WEST", "DE89"]),
        (is_card, ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"], ["4111111111111112", "1234567890123"]),
        (is_national_id, ["1 85 05 78 006 084 91", "185057800608491", "078-05-1121"], ["185057800608436", "000-12-3456", "666-12-3456"]),
        (is_password_hash, ["$2b$12$SlKfwoeg9GS83syTXEtDsRNNgzHo9VhyeNM9fhwDr0rpynxh9MgBO",
                            "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "pbkdf2_sha256$260000$salt$hash=",
                            "$6$rounds=5000$salt$hash"], ["password", "$ 2 dollars", "abc$def"]),
        (is_token, ["a38ed069-0af9-4fd8-fa8a-ec5802549a4e", "5d41402abc4b2a76b9719d911017c592",
                    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                    "Xk9s2LmQpR7tZ3vB8nW4yH6jD1cF0aE5"], ["hello world", "12345", "abcdefabcdef"]),
        (is_image, ["\\x89504e470d0a1a0a0000000d49484452", "\udcff\udcd8\udcff\udce0\x00\x10JFIF", "GIF89a\x01\x00",
                    "data:image/png;base64,iVBORw0KGgo="], ["\\x00275c0a0d1a", "hello", ""]),
    ],
)
def test_value_detectors(check, good: list[str], bad: list[str]) -> None:
    assert [v for v in good if not check(v)] == []
    assert [v for v in bad if check(v)] == []


def test_birth_years_are_dates_without_a_time_of_day_in_a_plausible_range() -> None:
    assert birth_year("1990-05-17", TODAY) == 1990
    assert birth_year("17/05/1990", TODAY) == 1990
    assert birth_year("1990-05-17 00:00:00", TODAY) == 1990
    assert birth_year("1990-05-17 08:13:00", TODAY) is None  # an event, at a time of day
    assert birth_year("2023-01-01", TODAY) is None  # too recent
    assert birth_year("1850-01-01", TODAY) is None


def test_columns_found_by_values_alone() -> None:
    assert detect("contact", "alice@example.com", "bob@example.org", "carol@example.net", ctx=PLAIN).category == "email"
    assert detect("x1", "+33 6 12 34 56 78", "+33 6 98 76 54 32", "(555) 010-0199", ctx=PLAIN).category == "phone"
    assert detect("c", "FR1420041010050500013M02606", "DE89370400440532013000", ctx=PLAIN).category == "iban"
    assert detect("c", "192.0.2.10", "2001:db8::1", "10.1.2.3", ctx=PLAIN).category == "ip"
    assert detect("c", "4111 1111 1111 1111", "5500-0000-0000-0004", ctx=PLAIN).category == "credit_card"
    assert detect("c", "1 85 05 78 006 084 91", "078-05-1121", ctx=PLAIN).category == "national_id"
    assert detect("x2", "$2b$12$SlKfwoeg9GS83syTXEtDsRNNgzHo9VhyeNM9fhwDr0rpynxh9MgBO",
                  "$2b$12$VNAvkbUEbu3xe3vcE36m6eArMDJ81qVm5diAH.cetW5Q/kU7.pbFH", ctx=PLAIN).category == "password"
    births = [f"19{y:02d}-0{1 + y % 9}-1{y % 10}" for y in range(40, 99, 3)]
    assert detect("d", *births, ctx=PEOPLE, kind=model.TEMPORAL).category == "birthdate"
    assert detect("created", *births, ctx=PEOPLE, kind=model.TEMPORAL) is None  # the name says it is an event
    uuids = ["a38ed069-0af9-4fd8-fa8a-ec5802549a4e", "474d3b2c-8cf7-4180-9678-aaedab29f079", "e24dc247-47dc-4447-adce-f67a93a15082"]
    assert detect("ref", *uuids, ctx=PEOPLE).category == "identifier"
    assert detect("ref", *uuids, ctx=PLAIN) is None  # a catalogue's UUIDs identify no one
    assert detect("pic", "\\x89504e470d0a1a0a00", "\\x89504e470d0a1a0a01", ctx=PEOPLE, kind=model.BINARY).category == "blob_image"


def test_free_text_and_json_that_quote_personal_items() -> None:
    texts = ["call me at +33 6 12 34 56 78", "write to alice@example.com", "nothing here", "from 192.0.2.10"]
    found = detect("remarks_2", *texts, ctx=PLAIN)
    assert found.category == "free_text" and "email" in found.reason
    docs = ['{"who": "alice@example.com"}', '{"contact": {"phone": "+33 6 12 34 56 78"}}', '{"x": 1}']
    assert detect("payload", *docs, ctx=PLAIN).category == "json"
    keyed = ['{"email": "x"}', '{"email": "y"}', '{"a": 1}']  # keys that name personal fields
    assert detect("payload", *keyed, ctx=PLAIN).category == "json"
    assert quoted_items("2022-01-24 21:40:19.996577+00") == []  # a timestamp's digits are no phone
    assert quoted_items("1234567.891") == []
    assert detect("description", "A Epic Drama of a Feminist", "A Astounding Reflection", ctx=PLAIN) is None


@pytest.mark.parametrize(
    "name,values,kind",
    [
        ("id", ["1", "2", "3"], model.INTEGER),
        ("customer_id", ["1", "2", "3"], model.INTEGER),
        ("amount", ["9.99", "0.99", "4.99"], model.NUMBER),
        ("created_at", ["2023-01-01 08:00:00", "2023-01-02 09:00:00"], model.TEMPORAL),
        ("last_update", ["2006-02-15 04:34:33", "2006-02-15 04:34:33"], model.TEMPORAL),
        ("rental_date", ["2005-05-24 22:53:30", "2005-05-24 22:54:33"], model.TEMPORAL),
        ("email_verified", ["t", "f"], model.BOOLEAN),
        ("phone_count", ["1", "2", "3", "4", "5"], None),
        ("title", ["ACADEMY DINOSAUR", "ACE GOLDFINGER"], model.TEXT),
        ("release_year", ["2006", "2006"], model.INTEGER),
    ],
)
def test_precision_cases(name: str, values: list[str], kind: str | None) -> None:
    assert detect(name, *values, ctx=TableContext(is_catalogue=True), kind=kind) is None


def test_a_phone_column_of_small_integers_is_not_a_phone() -> None:
    assert detect("phone", "1", "2", "3", "4", "5", ctx=PEOPLE) is None


def test_values_confirm_or_weaken_a_name() -> None:
    strong = detect("email", "alice@example.com", "bob@example.org", ctx=PEOPLE)
    assert strong.confidence >= 0.9 and "agree" in strong.reason
    weak = detect("email", *["n/a"] * 6, ctx=PEOPLE)
    assert weak.confidence < strong.confidence


def test_findings_carry_sensitive_and_quasi_flags() -> None:
    assert detect("diagnosis", "asthma", "diabetes", ctx=PLAIN).sensitive
    assert detect("birth_date", "1990-05-17", ctx=PEOPLE).quasi
    assert not detect("email", "alice@example.com", ctx=PEOPLE).quasi
    assert SENSITIVE <= set(CATEGORIES) and QUASI <= set(CATEGORIES)


def test_quasi_identifiers_are_grouped_per_table() -> None:
    found = [detect("birth_date", "1990-05-17", table="users"), detect("zip", "75002", table="users"),
             detect("gender", "F", table="users"), detect("zip", "75002", table="orders")]
    assert quasi_groups(found) == [
        {"table": "users", "columns": ["birth_date", "zip", "gender"], "reason": "crossing these columns can single a person out"}
    ]


@pytest.mark.parametrize(
    "value,category",
    [
        ("alice.martin@example.com", "email"),
        ("+33 6 12 34 56 78", "phone"),
        ("1990-05-17", "birthdate"),
        ("Alice Martin", "name"),
        ("FR1420041010050500013M02606", "iban"),
        ("$2b$12$SlKfwoeg9GS83syTXEtDsRNNgzHo9VhyeNM9fhwDr0rpynxh9MgBO", "password"),
        ("write to alice.martin@example.com now", "free_text"),
        ("153 Hauptstraße\nApt 0\n75002 Paris", "address"),
    ],
)
def test_examples_are_masked(value: str, category: str) -> None:
    shown = mask(value, category)
    assert shown != value
    for part in ("alice", "martin", "12 34 56", "05-17", "Martin", "2004101005", "SlKfwoeg", "Hauptstra"):
        assert part not in shown


# -- generalization: rules stated generally, checked on names and values of no one app --


def luhn(body: str) -> str:
    """``body`` completed with its Luhn check digit."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


@pytest.mark.parametrize(
    "table",
    ["insurers", "mutuelles", "assureurs", "laboratoires", "labs", "fournisseurs", "suppliers", "partenaires",
     "partners", "etablissements", "organismes", "banques", "bank_branches", "agences", "agencies", "vendors",
     "public.organizations", "clinics"],
)
def test_company_tables_in_french_and_english(table: str) -> None:
    ctx = table_context(table, ["id", "name", "phone", "email", "address"])
    assert ctx.is_company and not ctx.is_people and not ctx.is_linked
    assert detect("phone", "+33 1 40 20 50 50", "+44 20 7946 0018", ctx=ctx) is None
    assert detect("address", "12 rue de la Paix", ctx=ctx) is None


def test_a_company_word_that_only_qualifies_a_record_of_people_is_not_a_company() -> None:
    # lab_results of patients: the head noun is "results", and the table references people
    assert not table_context("lab_results", ["patient_id", "value"], references_people=True).is_company
    assert table_context("lab_results", ["patient_id", "value"], references_people=True).is_linked
    assert table_context("bank_branches", ["manager_id"], references_people=True).is_company
    assert company_named("bank_branches") and not company_named("lab_results")
    assert table_context("company_users", ["email"]).is_people  # a people word wins


@pytest.mark.parametrize(
    "table,columns,is_company",
    [
        ("clients", ["raison_sociale", "siret", "email"], True),  # a B2B client: a company
        ("tenants", ["name", "vat_number", "plan"], True),  # a SaaS tenant
        ("customers", ["company_name", "duns", "phone"], True),
        ("clients", ["prenom", "nom", "siret"], False),  # a sole trader's first name: a person
        ("tenants", ["first_name", "last_name", "lease_start"], False),  # a landlord's tenants
        ("customers", ["email", "phone"], False),  # nothing says company
        ("users", ["username", "vat_number"], False),  # users are never companies
    ],
)
def test_tables_that_may_hold_people_or_companies_are_told_by_their_columns(
    table: str, columns: list[str], is_company: bool
) -> None:
    ctx = table_context(table, columns)
    assert ctx.is_company is is_company
    assert ctx.is_people is not is_company


@pytest.mark.parametrize(
    "name", ["siret", "siren", "vat_number", "num_tva", "tva_intracom", "duns", "ein", "code_ape", "naf", "rcs",
             "company_name", "cip13", "ean13", "gtin", "upc", "isbn", "sku", "barcode", "product_code"],
)
def test_company_identifiers_and_product_codes_are_not_personal(name: str) -> None:
    assert is_code_name(name)
    # even in a table about people, and though their digits pass Luhn like a card's
    assert detect(name, luhn("7328293200007"), luhn("4006381333931"), luhn("5522071000001"), ctx=PEOPLE) is None


def test_code_names_do_not_swallow_personal_names() -> None:
    assert not any(is_code_name(n) for n in ("email", "phone", "first_name", "tax_id", "card_number", "company"))


@pytest.mark.parametrize(
    "number",
    ["4222222222222", "4111111111111111", "4111111111111111003", "5555555555554444", "2223003122003222",
     "378282246310005", "371449635398431", "6011111111111117", "6500000000000002", "6445644564456445",
     "3530111333300000", "30569309025904", "38520000023237", "6200000000000005", "6759649826438453",
     "2200000000000004"],
)
def test_cards_of_every_issuer_range(number: str) -> None:
    assert card_brand_fits(number) and is_card(number)


@pytest.mark.parametrize(
    "body",
    [
        "340093000001",  # 13 digits of a pharmaceutical code (34009...): Amex has 15
        "7328293200007",  # a 14-digit company number (SIRET) starting with 7: no issuer
        "5522071000001",  # 14 digits: Mastercard has 16
        "123456789012345",  # 16 digits starting with 1: no issuer
        "900000000000000",  # 16 digits starting with 9
        "41111111111111",  # Visa prefix, 15 digits
        "378282246310001",  # Amex prefix, 16 digits
        "3700000000000",  # Amex prefix, 14 digits
    ],
)
def test_luhn_alone_makes_no_card(body: str) -> None:
    number = luhn(body)
    assert not is_card(number), number


def test_digits_glued_to_a_code_are_no_phone() -> None:
    for code in ("FAC-2024-00001", "INV-2023-000123", "REF/0612-3456", "CMD_2024_000042", "DE123456789",
                 "BE0123456789", "ORD-20240312-0042"):
        assert quoted_items(code) == [], code
    assert detect("numero", *(f"FAC-2024-{i:05d}" for i in range(1, 30)), ctx=TableContext(is_linked=True)) is None
    # a phone written after a label stays a phone
    for text in ("tel.0612345678", "Tel: 06 12 34 56 78", "call +1 202 555 0143 today", "mobile:+447700900123"):
        assert quoted_items(text) == ["phone"], text


SETTINGS = table_context("settings", ["key", "value", "description"])


@pytest.mark.parametrize(
    "table,columns",
    [("settings", ["key", "value"]), ("parametres", ["cle", "valeur", "description"]),
     ("wp_options", ["option_id", "option_name", "option_value", "autoload"]), ("app_config", ["name", "value"])],
)
def test_key_value_settings_tables(table: str, columns: list[str]) -> None:
    assert table_context(table, columns).is_settings


def test_tables_are_settings_only_with_a_key_and_a_value_column() -> None:
    assert not table_context("settings", ["id", "theme", "language"]).is_settings
    assert not table_context("user_meta", ["meta_key", "meta_value"]).is_settings  # about users, not settings


def test_settings_values_are_personal_only_when_most_look_personal() -> None:
    mixed = ["office@acme.example", "+33 2 99 31 44 20", "14 place Saint-Michel, 35000 Rennes", "smtp.acme.example",
             "587", "dark", "fr", "20", "24", "FAC"]
    assert detect("value", *mixed, ctx=SETTINGS) is None
    assert detect("option_value", *mixed, ctx=table_context("options", ["option_name", "option_value"])) is None
    emails = ["alice@example.com", "bob@example.org", "carol@example.net", "dark"]
    found = detect("value", *emails, ctx=SETTINGS)
    assert found is not None and found.category == "email"
    assert detect("description", "the sender's address", "the switchboard", ctx=SETTINGS) is None


CARE = table_context("consultations", ["id", "appointment_id"], references_people=True)


@pytest.mark.parametrize("table", ["consultations", "appointments", "rendez_vous", "patient_visits", "vitals",
                                   "hospitalisations", "medical_exams"])
def test_care_tables(table: str) -> None:
    assert table_context(table, ["id"]).is_care


@pytest.mark.parametrize(
    "name,values,kind",
    [
        ("poids_kg", ["72.5", "80.1"], model.NUMBER),
        ("weight_lbs", ["160", "181"], model.NUMBER),
        ("taille_cm", ["172", "165"], model.INTEGER),
        ("height", ["1.72", "1.65"], model.NUMBER),
        ("tension", ["13/8", "12/7"], model.TEXT),
        ("bp_systolic", ["120", "135"], model.INTEGER),
        ("temperature_c", ["37.2", "38.5"], model.NUMBER),
        ("pulse", ["72", "88"], model.INTEGER),
    ],
)
def test_body_measurements_and_visit_reasons_are_health_where_care_is_recorded(
    name: str, values: list[str], kind: str
) -> None:
    found = detect(name, *values, ctx=CARE, kind=kind)
    assert found is not None and found.category == "health" and found.sensitive
    people = detect(name, *values, ctx=PEOPLE, kind=kind)  # a person's own row: patients.weight
    assert people is not None and people.category == "health"
    # elsewhere the same words are a parcel's weight, an image's height, a refund's reason
    # (a temperature is health there only when it is a body's: test_a_body_temperature...)
    if name != "temperature_c":
        assert detect(name, *values, ctx=TableContext(is_linked=True), kind=kind) is None


def test_a_body_temperature_is_health_in_a_table_linked_to_people_and_a_fridges_is_not() -> None:
    linked = TableContext(is_linked=True)
    found = detect("tmpr", "36.6", "37.1", "36.9", "38.2", ctx=linked, kind=model.NUMBER)  # a face station's reading
    assert found is not None and found.category == "health"
    assert detect("temperature", "4.1", "3.8", "5.0", "21.5", ctx=linked, kind=model.NUMBER) is None
    assert detect("temperature_f", "98.4", "99.1", "97.9", ctx=linked, kind=model.NUMBER).category == "health"


def test_a_reason_is_health_only_in_a_care_table() -> None:
    assert detect("reason", "spam", "moved away", ctx=PEOPLE) is None  # why a user left
    assert detect("motif", "demenagement", "doublon", ctx=PEOPLE) is None
    assert detect("weight_kg", "72.5", "80.1", ctx=PEOPLE, kind=model.NUMBER).category == "health"


@pytest.mark.parametrize("name", ["motif", "reason", "complaint", "motif_consultation", "reason_for_visit"])
def test_the_reason_for_a_visit_is_health_in_a_care_table(name: str) -> None:
    found = detect(name, "douleur thoracique", "back pain", ctx=CARE)
    assert found is not None and found.category == "health" and found.sensitive


def test_care_words_need_a_unit_or_qualifier_not_another_subject() -> None:
    assert detect("motif_annulation", "patient absent", ctx=CARE) is None
    assert detect("weight_unit", "kg", "lb", ctx=CARE) is None
    assert detect("reason_code", "A1", "B2", ctx=CARE) is None


@pytest.mark.parametrize(
    "name",
    ["reason_for_visit", "chief_complaint", "motif_consultation", "blood_pressure", "heart_rate", "glycemie",
     "bmi", "imc", "symptomes", "antecedents", "vaccinations", "ordonnance", "frequence_cardiaque"],
)
def test_unambiguous_health_names_are_health_anywhere(name: str) -> None:
    found = detect(name, "x", "y", ctx=PLAIN)
    assert found is not None and found.category == "health" and found.sensitive


@pytest.mark.parametrize("name", ["rpps", "adeli", "npi", "npi_number", "numero_ordre", "num_ordre", "license_number",
                                  "dea_number", "gmc_number", "medical_license"])
def test_a_practitioners_professional_number_is_an_id_number(name: str) -> None:
    found = detect(name, luhn("1000345678"), luhn("1000987654"), ctx=PLAIN)
    assert found is not None and found.category == "id_number"


@pytest.mark.parametrize("name", ["adr", "adr1", "adr2", "adr_domicile", "adresse1", "address_line1", "street1",
                                  "line1", "line2", "addr1"])
def test_address_abbreviations_in_a_people_table(name: str) -> None:
    found = detect(name, "12 rue des Lilas", "3 Baker Street", ctx=PEOPLE)
    assert found is not None and found.category == "address"


def test_short_address_abbreviations_need_a_people_or_located_table() -> None:
    assert detect("line1", "Spring collection", "Autumn", ctx=TableContext(is_linked=True)) is None
    assert detect("adr_class", "3", "8", ctx=PLAIN) is None
    assert detect("adr1", "12 rue des Lilas", ctx=TableContext(has_location=True)).category == "address"


def test_phone_regions_count_international_numbers_for_their_region() -> None:
    regions = phone_regions(["+33 6 12 34 56 78", "0033 6 98 76 54 32", "+1 202 555 0143", "+49 30 901820",
                             "n/a", "12"])
    assert regions == {"FR": 2, "DE": 1, "US": 1}


def test_phone_regions_count_national_numbers_for_every_region_they_are_valid_in() -> None:
    assert phone_regions(["(202) 555-0143", "212-555-0143"]) == {"US": 2}  # not German without its trunk 0
    assert phone_regions(["(416) 555-0143"]) == {"CA": 1}
    french = phone_regions(["06 12 34 56 78", "01 40 20 50 50", "07 81 22 33 44"])
    assert french["FR"] == 3 and max(french, key=french.get) == "FR"
    assert set(french) <= {"FR", "US", "GB", "DE", "ES", "IT", "BE", "CH", "CA", "NL"}
    assert phone_regions(["020 7946 0018"], candidates=("GB", "US")) == {"GB": 1}
    assert phone_regions(["(202) 555-0143", "call me", ""]) == {"US": 1}
