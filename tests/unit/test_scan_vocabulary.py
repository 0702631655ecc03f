"""The detector's second round of generalization: names in German, Spanish, Italian,
Portuguese and Dutch, camelCase, short abbreviations only about people, sensitive
words with a status suffix, pay and offer tables, per-request ids, values over an
ambiguous name, versions that look like IPs, and documents in blobs. Every rule comes
with look-alikes that must not match."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import (
    CATEGORIES,
    SENSITIVE,
    Sample,
    TableContext,
    detect_column,
    is_national_id,
    mask,
    match_name,
    quoted_items,
    table_context,
    tokenize,
)
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()
ABOUT_PEOPLE = PEOPLE.applies
PDF = "%PDF-1.7\n%\udce2\udce3\udccf\udcd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
DOCX = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"


def detect(name: str, *values: str | None, ctx: TableContext = PEOPLE, kind: str = model.TEXT, table: str = "t"):
    sample = Sample()
    for value in values:
        sample.add(value)
    return detect_column(table, name, Column(name, kind, kind), sample, ctx, TODAY)


def category(name: str, where=ABOUT_PEOPLE) -> str | None:
    found = match_name(name, where)
    return found.category if found is not None else None


# -- tokens ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,tokens",
    [
        ("firstName", ("first", "name")),
        ("dateOfBirth", ("date", "of", "birth")),
        ("mobileNo", ("mobile", "no")),
        ("linkedinUrl", ("linkedin", "url")),
        ("backgroundCheck", ("background", "check")),
        ("DisabilityStatus", ("disability", "status")),
        ("IPAddress", ("ip", "address")),
        ("Straße", ("strasse",)),
        ("STRASSE_HAUSNR", ("strasse", "hausnr")),
        ("icd10", ("icd",)),
    ],
)
def test_camel_case_pascal_case_and_eszett_split_into_words(name: str, tokens: tuple[str, ...]) -> None:
    assert tokenize(name) == tokens


@pytest.mark.parametrize(
    "name,expected",
    [
        ("firstName", "first_name"), ("dateOfBirth", "birthdate"), ("mobileNo", "phone"), ("phone_no", "phone"),
        ("MobileNumber", "phone"), ("backgroundCheck", "criminal"), ("disabilityStatus", "health"),
        ("streetAddress", "address"), ("postalCode", "postal_code"),
    ],
)
def test_camel_case_names_are_read_like_snake_case(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize(
    "name,expected",
    [("homephone", "phone"), ("mobilephone", "phone"), ("phoneno", "phone"), ("handynr", "phone"),
     ("workemail", "email"), ("emailaddr", "email"), ("privatadresse", "address"), ("homeaddress", "address"),
     ("streetname", "address"), ("housenumber", "address"), ("HOMEPHONE", "phone"), ("strEmail", "email")],
)
def test_names_written_as_one_word_split_into_known_words(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize(
    "name", ["phonetic", "headphone", "microphone", "emailverified", "emailconfirmed", "passwordless",
             "filename", "hostname", "kundenname", "userid"],
)
def test_one_word_names_split_only_into_two_known_words(name: str) -> None:
    assert category(name) is None  # phone+tic, head+phone: unknown halves; email+verified: a stop word


# -- names in German, Spanish, Italian, Portuguese and Dutch ------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        # names
        ("vorname", "first_name"), ("voornaam", "first_name"), ("primer_nombre", "first_name"),
        ("nachname", "last_name"), ("geburtsname", "last_name"), ("apellidos", "last_name"),
        ("primer_apellido", "last_name"), ("cognome", "last_name"), ("sobrenome", "last_name"),
        ("achternaam", "last_name"),
        ("nombre_completo", "name"), ("nome_completo", "name"), ("volledige_naam", "name"), ("nombre", "name"),
        ("nome", "name"), ("naam", "name"),
        # address
        ("strasse", "address"), ("straße", "address"), ("hausnummer", "address"), ("calle", "address"),
        ("direccion", "address"), ("dirección", "address"), ("indirizzo", "address"), ("rua", "address"),
        ("endereco", "address"), ("endereço", "address"), ("straat", "address"), ("adres", "address"),
        ("plz", "postal_code"), ("postleitzahl", "postal_code"), ("codigo_postal", "postal_code"),
        ("cap", "postal_code"), ("cep", "postal_code"), ("postcode", "postal_code"),
        ("ort", "city"), ("wohnort", "city"), ("ciudad", "city"), ("citta", "city"), ("città", "city"),
        ("cidade", "city"), ("woonplaats", "city"), ("provincia", "region"), ("bundesland", "region"),
        # birth, gender, nationality
        ("geburtsdatum", "birthdate"), ("fecha_nacimiento", "birthdate"), ("data_nascita", "birthdate"),
        ("data_nascimento", "birthdate"), ("geboortedatum", "birthdate"),
        ("geschlecht", "gender"), ("sexo", "gender"), ("sesso", "gender"), ("genero", "gender"),
        ("geslacht", "gender"), ("staatsangehoerigkeit", "nationality"), ("nacionalidad", "nationality"),
        # phone and e-mail
        ("telefon", "phone"), ("handy", "phone"), ("mobil", "phone"), ("telefono", "phone"), ("movil", "phone"),
        ("cellulare", "phone"), ("telemovel", "phone"), ("celular", "phone"), ("telefoon", "phone"),
        ("msisdn", "phone"), ("correo", "email"), ("correo_electronico", "email"), ("e_mail", "email"),
        ("posta_elettronica", "email"), ("posta", "email"),
        # national ids and employee numbers
        ("steuer_id", "national_id"), ("steuernummer", "national_id"), ("sv_nummer", "national_id"),
        ("sozialversicherungsnummer", "national_id"), ("personalausweis", "national_id"), ("dni", "national_id"),
        ("nie", "national_id"), ("nif", "national_id"), ("nss", "national_id"), ("curp", "national_id"),
        ("rfc", "national_id"), ("codice_fiscale", "national_id"), ("cpf", "national_id"), ("bsn", "national_id"),
        ("personalnummer", "id_number"), ("numero_empleado", "id_number"), ("matricola", "id_number"),
        ("matricule", "id_number"), ("employee_no", "id_number"),
        # sensitive
        ("konfession", "religion"), ("confesion", "religion"), ("religione", "religion"),
        ("gewerkschaft", "trade_union"), ("sindicato", "trade_union"), ("sindacato", "trade_union"),
        ("union_membership", "trade_union"), ("trade_union", "trade_union"),
        ("behinderung", "health"), ("discapacidad", "health"), ("disability", "health"), ("icd10", "health"),
        ("icd_code", "health"), ("diagnosis_code", "health"),
        ("background_check", "criminal"), ("fuehrungszeugnis", "criminal"), ("führungszeugnis", "criminal"),
        ("casier", "criminal"), ("criminal_record", "criminal"),
        # pay, work, bank
        ("gehalt", "financial"), ("lohn", "financial"), ("sueldo", "financial"), ("salario", "financial"),
        ("stipendio", "financial"), ("day_rate", "financial"), ("hourly_rate", "financial"), ("wage", "financial"),
        ("eintrittsdatum", "employment"), ("austrittsdatum", "employment"), ("fecha_alta", "employment"),
        ("fecha_baja", "employment"), ("data_assunzione", "employment"), ("hire_date", "employment"),
        ("termination_date", "employment"),
        ("acct_no", "iban"), ("account_number", "iban"), ("kontonummer", "iban"), ("numero_cuenta", "iban"),
        # the person's own pages and documents
        ("linkedinUrl", "identifier"), ("xing_profile", "identifier"), ("github", "identifier"),
        ("website", "identifier"), ("cvFile", "document"), ("resume", "document"), ("lebenslauf", "document"),
        ("curriculum", "document"),
        # other categories: where one was born is a place, not a date; age, plates, cards, passwords...
        ("geburtsort", "city"), ("lugar_nacimiento", "city"), ("place_of_birth", "city"), ("birthplace", "city"),
        ("alter", "age"), ("edad", "age"), ("leeftijd", "age"), ("kennzeichen", "license_plate"),
        ("targa", "license_plate"), ("kenteken", "license_plate"), ("kreditkartennummer", "credit_card"),
        ("numero_tarjeta", "credit_card"), ("passwort", "password"), ("contraseña", "password"),
        ("senha", "password"), ("wachtwoord", "password"), ("versichertennummer", "national_id"),
        ("emailadresse", "email"), ("rufnummer", "phone"), ("breitengrad", "geo_location"),
        ("sexuelle_orientierung", "sex_life"), ("orientacion_sexual", "sex_life"), ("fingerabdruck", "biometric"),
        ("etnia", "ethnic_origin"), ("herkunft", "ethnic_origin"), ("partido_politico", "political_opinion"),
        ("nachricht", "free_text"), ("comentarios", "free_text"), ("bemerkung", "free_text"),
    ],
)
def test_names_in_six_languages_in_a_table_about_people(name: str, expected: str) -> None:
    assert category(name) == expected, name


@pytest.mark.parametrize(
    "name",
    [
        "konto",  # an account (Benutzerkonto), not a bank account number
        "credit_cap", "spending_cap",  # a limit: cap is a postcode only alone in a people table
        "shipped_via", "land_line_count", "cargo_weight", "resume_at", "net_promoter_score_count",
        "routing_no",  # the bank's number, not the person's
        "cvv",  # a card's security code: a word of its own, not "cv"
        "email_status", "phone_type",  # stop suffixes still hold outside sensitive categories
    ],
)
def test_look_alikes_of_the_new_words_do_not_match(name: str) -> None:
    found = match_name(name, ABOUT_PEOPLE)
    assert found is None or found.category not in ("iban", "postal_code", "address", "country", "employment",
                                                    "document", "email", "phone"), (name, found)


def test_a_sensitive_word_with_a_status_or_type_suffix_still_says_the_data() -> None:
    assert category("disability_status") == "health"
    assert category("religion_type") == "religion"
    assert category("union_member_flag") == "trade_union"
    assert category("email_status") is None  # not sensitive: about the address, not the address


# -- short abbreviations ------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [("fn", "first_name"), ("ln", "last_name"), ("dob", "birthdate"), ("patient_dob", "birthdate"),
     ("ssn", "national_id"), ("ssn_last4", "national_id"), ("sin", "national_id"), ("tin", "national_id"),
     ("nin", "national_id"), ("mi", "name")],
)
def test_short_abbreviations_count_in_tables_about_people(name: str, expected: str) -> None:
    assert category(name, ABOUT_PEOPLE) == expected
    assert category(name, PLAIN.applies) is None  # a plain table: fn, dob, sin are anything


@pytest.mark.parametrize("name", ["precio_sin_iva", "total_sin_descuento", "distance_mi", "tin_can_count"])
def test_a_short_word_inside_a_name_is_no_abbreviation(name: str) -> None:
    found = match_name(name, ABOUT_PEOPLE)
    assert found is None or found.category != "national_id", (name, found)
    assert found is None or found.category != "name", (name, found)


def test_short_abbreviations_count_in_a_table_linked_to_people_only_by_a_key() -> None:
    assert detect("dob", "1980-01-02", "1975-03-04", ctx=LINKED) is not None
    assert detect("dob", "1980-01-02", "1975-03-04", ctx=PLAIN) is None


# -- tables ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table", ["mitarbeiter", "kunden", "bewerber", "empleados", "clientes", "dipendenti", "pazienti",
              "funcionarios", "medewerkers", "klanten", "contractors", "public.freelancers", "kontakte",
              "contactos", "aerzte"],
)
def test_people_tables_in_six_languages(table: str) -> None:
    ctx = table_context(table, ["id", "vorname"])
    assert ctx.is_people and ctx.is_linked and not ctx.is_company


@pytest.mark.parametrize("table", ["lieferanten", "empresas", "aziende", "bedrijven", "client_companies"])
def test_company_tables_in_six_languages(table: str) -> None:
    assert table_context(table, ["id", "name"]).is_company


def test_a_contractors_table_with_a_trading_name_is_people_when_it_has_their_names() -> None:
    assert table_context("contractors", ["fn", "ln", "dob", "company_name"]).is_people
    assert table_context("contractors", ["company_name", "vat_number", "phone"]).is_company


@pytest.mark.parametrize("table", ["job_postings", "vacancies", "product_listings", "plans", "courses",
                                   "stellenangebote", "ofertas"])
def test_catalogues_of_offers_are_about_no_one_even_with_a_key_to_people(table: str) -> None:
    ctx = table_context(table, ["id", "title", "salary_min", "description"], references_people=True)
    assert ctx.is_offer and ctx.is_catalogue and not ctx.is_linked and not ctx.is_people


def test_a_table_named_after_its_people_is_no_offer_table() -> None:
    assert not table_context("posting_candidates", ["id"]).is_offer  # the head noun decides


def test_salary_ranges_and_descriptions_of_an_offer_are_not_personal() -> None:
    ctx = table_context("job_postings", ["id", "salary_min", "description"], references_people=True)
    assert detect("salary_min", "42000.00", "55000.00", ctx=ctx, kind=model.NUMBER) is None
    quoting = [f"Apply to jobs@firm{i}.example or call +49 30 1234567{i}" for i in range(10)]
    assert detect("description", *quoting, ctx=ctx) is None
    # the same text about a person is reported
    assert detect("notes_text", *quoting, ctx=PEOPLE) is not None


def test_pay_amounts_are_financial_in_tables_about_people_or_their_pay() -> None:
    payslips = table_context("payslips", ["id", "personalnummer", "brutto", "netto"])
    assert payslips.is_pay and payslips.is_linked
    assert detect("brutto", "3500.00", "4100.50", ctx=payslips, kind=model.NUMBER).category == "financial"
    assert detect("gehalt", "52000.00", ctx=PEOPLE, kind=model.NUMBER).category == "financial"
    # an invoice linked to a customer: its gross and net are the invoice's, not anyone's pay
    invoices = table_context("invoices", ["id", "brutto", "netto"], references_people=True)
    assert detect("brutto", "119.00", "59.50", ctx=invoices, kind=model.NUMBER) is None
    assert detect("salary", "50000", ctx=PLAIN, kind=model.NUMBER) is None  # a grade's range: not a person's


# -- per-request ids ------------------------------------------------------------------

UUIDS = [f"{i:08x}-1c2d-4e5f-8a9b-{i:012x}" for i in range(1, 21)]


@pytest.mark.parametrize("name", ["request_id", "trace_id", "correlation_id", "idempotency_key", "event_uuid"])
def test_per_request_ids_are_not_a_persons_identifier(name: str) -> None:
    assert detect(name, *UUIDS, ctx=LINKED) is None


def test_a_uuid_column_named_for_nothing_per_event_is_still_an_identifier() -> None:
    found = detect("external_ref", *UUIDS, ctx=LINKED)
    assert found is not None and found.category == "identifier"


# -- values over an ambiguous name ------------------------------------------------------

EMAILS = [f"person{i}@mail{i}.example" for i in range(12)]


def test_values_say_the_category_when_the_name_is_ambiguous() -> None:
    found = detect("from_addr", *EMAILS, ctx=LINKED)
    assert found.category == "email" and "addr" in found.reason
    found = detect("contact", *[f"+49 151 2345 67{i:02d}" for i in range(12)], ctx=PEOPLE)
    assert found is not None and found.category == "phone"


def test_the_name_stays_when_values_confirm_it_or_say_nothing_clear() -> None:
    assert detect("from_addr", *[f"{i} Main Street" for i in range(12)], ctx=LINKED).category == "address"
    half = EMAILS[:5] + [f"{i} Main Street" for i in range(6)]
    assert detect("from_addr", *half, ctx=LINKED).category == "address"  # no clear majority
    # ids and amounts can look like phone numbers: their name wins
    numbers = [f"0{i}12345678{i}" for i in range(1, 10)]
    assert detect("personalnummer", *numbers, ctx=PEOPLE).category == "id_number"


def test_an_account_number_is_an_iban_only_when_its_values_are() -> None:
    ibans = ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "FR1420041010050500013M02606"]
    assert detect("acct_no", *ibans, ctx=PEOPLE).category == "iban"
    local = [f"{4000123450 + 7 * i}" for i in range(10)]  # a US account number: init's iban strategy cannot read it
    found = detect("acct_no", *local, ctx=PEOPLE)
    assert found.category == "financial" and "bank account" in found.reason
    assert detect("kontonummer", ctx=PEOPLE).category == "iban"  # no rows: the name alone


# -- versions are no IPs ------------------------------------------------------------------


def test_a_dotted_quad_after_a_product_and_a_slash_is_a_version() -> None:
    agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36"
    assert "ip" not in quoted_items(agent)
    assert "ip" in quoted_items("login from 203.0.113.7 refused")
    assert "ip" in quoted_items("see http://203.0.113.7/admin")  # a host in a URL is an address
    assert "ip" in quoted_items("client=203.0.113.7")


# -- national id numbers by their check ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["12345678Z", "12345678-Z", "X1234567L", "Y1234567X",  # Spanish DNI and NIE: control letter
     "RSSMRA85T10A562S",  # Italian codice fiscale: control character
     "529.982.247-25", "52998224725",  # Brazilian CPF: two check digits
     "AB123456C", "AB 12 34 56 C",  # UK National Insurance number
     "123-45-6789", "1 85 05 78 006 084 91"],  # US SSN, French NIR (as before)
)
def test_national_ids_of_other_countries_by_their_check(value: str) -> None:
    assert is_national_id(value)


@pytest.mark.parametrize(
    "value",
    ["12345678A", "X1234567A", "RSSMRA85T10A562T", "529.982.247-26", "111.111.111-11", "GB123456C",
     "AB123456E", "01512345678", "12345678", "ABCDEF12G34H567I"],
)
def test_look_alikes_of_national_ids_fail_their_check(value: str) -> None:
    assert not is_national_id(value)


def test_a_column_of_valid_dni_is_a_national_id_whatever_its_name() -> None:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    values = [f"{n:08d}{letters[n % 23]}" for n in range(40123456, 40123476)]
    found = detect("documento", *values, ctx=PEOPLE)
    assert found is not None and found.category == "national_id"


# -- documents -----------------------------------------------------------------------------


def test_documents_in_blobs_of_a_table_about_people_are_personal() -> None:
    found = detect("attachment", PDF, PDF, DOCX, ctx=LINKED, kind=model.BINARY)
    assert found.category == "document" and found.example == "<PDF document>"
    assert detect("attachment", PDF, PDF, ctx=PLAIN, kind=model.BINARY) is None  # a product's data sheet
    named = detect("cvFile", PDF, PDF, ctx=PEOPLE, kind=model.BINARY)
    assert named.category == "document" and named.confidence >= 0.9


def test_a_document_is_masked_by_its_format() -> None:
    assert mask(PDF, "document") == "<PDF document>"
    assert mask(DOCX, "document") == "<ZIP document>"


def test_new_categories_are_listed_and_trade_union_is_sensitive() -> None:
    assert "document" in CATEGORIES and "trade_union" in CATEGORIES
    assert "trade_union" in SENSITIVE


# -- JSON keys -----------------------------------------------------------------------------


def test_short_json_keys_count_in_documents_about_people_only() -> None:
    docs = [json.dumps({"dob": f"19{60 + i}-01-01", "pref": "x"}) for i in range(10)]
    found = detect("profile", *docs, ctx=LINKED, kind=model.JSON)
    assert found is not None and found.category == "json"
    assert detect("profile", *docs, ctx=PLAIN, kind=model.JSON) is None
