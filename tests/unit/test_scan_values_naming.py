"""Scan round 3: personal data told by its values and by its table's values, whatever a
team calls its columns (Oracle-style abbreviations, table prefixes, Hungarian notation),
with the look-alikes each rule must leave alone."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import (
    NameBook,
    Sample,
    TableContext,
    ValueEvidence,
    column_prefix,
    detect_column,
    has_legal_form,
    is_iccid,
    is_imei,
    is_imsi,
    is_msisdn,
    match_column,
    name_column,
    says_health,
    table_context,
    table_evidence,
)
from dumpscrub.checks.dump import DumpFile
from dumpscrub.checks.scan import scan
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True, has_names=True)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()

FIRST = ["Maria", "Jan", "Pieter", "Sophie", "Lucas", "Emma", "Thomas", "Anna", "Daan", "Julia", "Sem", "Lotte",
         "Ana", "João", "Carlos", "Lucía"]
LAST = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
        "Dekker", "García", "López", "Martínez", "Sánchez", "Silva", "Santos"]
# Spanish cities, seven of them also surnames (Toledo, Valencia...): no column of names
CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Zaragoza", "Toledo", "Getafe",
          "Cartagena", "Murcia", "Cádiz"]
STREETS = ["Oudegracht", "Biltstraat", "Kanaalstraat", "Overtoom", "Javastraat", "Stratumseind", "Herestraat",
           "Molenstraat", "Breestraat", "Spoorlaan", "Vondelstraat", "Koningsweg"]


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


def sample(*values: str | None) -> Sample:
    s = Sample()
    for v in values:
        s.add(v)
    return s


def detect(name: str, values, ctx: TableContext = PEOPLE, kind: str = model.TEXT, table: str = "t",
           book: NameBook | None = None):
    return detect_column(table, name, Column(name, kind, kind), sample(*values), ctx, TODAY, book)


def category(name: str, values=(), ctx: TableContext = PEOPLE, kind: str = model.TEXT, book=None) -> str | None:
    found = detect(name, values, ctx, kind, book=book)
    return found.category if found is not None else None


# --- names by dictionary -------------------------------------------------------------


def test_the_name_book_holds_many_locales_and_no_placeholders(book: NameBook) -> None:
    assert {"maria", "jan", "joão", "lucía", "søren"} <= book.first
    assert {"jansen", "vries", "de vries", "garcía", "silva"} <= book.last
    assert len(book.first) > 3000 and len(book.last) > 3000


def test_a_column_of_known_first_names_last_names_or_full_names(book: NameBook) -> None:
    assert category("col_a", FIRST * 3, PLAIN, book=book) == "first_name"
    assert category("col_b", LAST * 3, PLAIN, book=book) == "last_name"
    full = [f"{f} {l}" for f, l in zip(FIRST, LAST)] * 2
    assert category("CTR_X", full, LINKED, book=book) == "name"
    assert category("nome", FIRST * 3, PLAIN, book=book) == "first_name"  # a bare name outside a people table


@pytest.mark.parametrize(
    "values",
    [
        CITIES * 5,  # cities that are also surnames: a dozen distinct, not a column of names
        STREETS * 5,
        ["Van Dijk Makelaardij B.V.", "Turia Móviles S.L.", "Domstad Verhuur", "Giralda Telecom S.L."] * 5,
        [f.lower() for f in FIRST] * 3,  # lower-case words (statuses, tags) are no names
        ["Prepago Básico 5 GB", "Contrato S 15 GB", "Familia 2 líneas", "Router 4G en casa"] * 5,
        FIRST[:5] * 6,  # five names repeated: too few distinct ones to say a column of names
    ],
    ids=["cities", "streets", "companies", "lower-case", "tariffs", "few-names"],
)
def test_look_alikes_of_a_column_of_names(book: NameBook, values: list[str]) -> None:
    assert name_column(values, book) is None
    assert category("col", values, LINKED, book=book) is None


def test_initials_count_in_a_table_of_people_with_a_name_column() -> None:
    initials = ["J.", "M.A.C.", "P.J.", "A.", "H.W.", "C.M.", "J.H.", "W."] * 2
    assert category("strVoorletters", initials, PEOPLE) == "name"
    assert category("strVoorletters", initials, TableContext(is_people=True, is_linked=True)) is None  # no names
    assert category("grade", initials, LINKED) is None
    assert category("energy_label", ["A", "B", "C", "D", "E"] * 3, PEOPLE) is None  # no dot: labels, not initials


# --- company tables by their values --------------------------------------------------


AGENTS = ["Van Dijk Makelaardij B.V.", "Grachtengordel Wonen B.V.", "Domstad Verhuur", "Maasstad Vastgoed B.V.",
          "Hofstad Makelaars", "Lichtstad Huurwoningen B.V.", "Acme GmbH", "Foo Ltd", "Turia Móviles S.L."]


@pytest.mark.parametrize("name", ["Acme GmbH", "Foo Bar Ltd", "Turia Móviles S.L.", "Rossi S.p.A.",
                                  "Kowalski sp. z o.o.", "Novak s.r.o.", "Nordic Oy", "Dansk A/S", "Widget Inc."])
def test_legal_forms(name: str) -> None:
    assert has_legal_form(name)


@pytest.mark.parametrize("name", ["Jan de Vries", "Maria Sá", "Gmbh", "Inc", "Ana Sal", "Calle Mayor 3"])
def test_names_without_a_legal_form(name: str) -> None:
    assert not has_legal_form(name)


def test_a_column_of_company_names_makes_a_company_table_whatever_it_is_called(book: NameBook) -> None:
    columns = ["MKL_ID", "MKL_NAAM", "MKL_TEL", "MKL_EMAIL", "MKL_ADRES", "MKL_IBAN", "MKL_SINDS"]
    samples = {"MKL_NAAM": sample(*AGENTS), "MKL_EMAIL": sample(*(f"info@agent{i}.nl" for i in range(9)))}
    evidence = table_evidence(columns, samples, book, "mkl")
    assert evidence.is_company
    ctx = table_context("makelaars", columns, evidence=evidence)
    assert ctx.is_company and not ctx.is_people
    assert category("MKL_TEL", ["020-6241234", "030 234 5678"] * 3, ctx) is None
    # ... but not a table whose rows are people, or that references people
    people_columns = ["id", "voornaam", "achternaam", "bedrijfsnaam"]
    assert not table_context("verhuurders", people_columns, evidence=evidence).is_company
    assert not table_context("makelaars", columns, references_people=True, evidence=evidence).is_company
    assert not table_context("employees", ["id", "employer"], evidence=evidence).is_company


def test_a_landlords_own_holding_in_a_few_rows_makes_no_company_table(book: NameBook) -> None:
    s = sample(*(["Jansen Vastgoed B.V."] * 3 + [None] * 17))
    assert not table_evidence(["holding"], {"holding": s}, book).is_company


# --- telecom and device identifiers ---------------------------------------------------


def luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


IMEIS = [luhn(f"35{n:012d}") for n in range(123456, 123456 + 40 * 7919, 7919)]
IMSIS = [f"21403{n:010d}" for n in range(5550001, 5550001 + 40 * 337, 337)]
ICCIDS = [luhn(f"893403{n:012d}") for n in range(1000, 1000 + 40 * 131, 131)]
MSISDNS = [f"3461{n:07d}" for n in range(2345678, 2345678 + 40 * 9973, 9973)]


def test_telecom_value_checks() -> None:
    assert all(is_imei(v) for v in IMEIS) and all(is_iccid(v) for v in ICCIDS) and all(is_imsi(v) for v in IMSIS)
    assert all(is_msisdn(v) for v in MSISDNS)
    assert not any(is_msisdn(v) for v in IMSIS + IMEIS + ICCIDS)
    assert not is_msisdn("612345678")  # national digits: no country code
    assert not is_msisdn("1700000000")  # a Unix timestamp
    assert not is_msisdn("1004") and not is_msisdn("0612345678")
    assert not is_iccid(ICCIDS[0][:-1] + str((int(ICCIDS[0][-1]) + 1) % 10))  # a wrong check digit


def test_line_numbers_without_a_plus_are_phones_whatever_the_column_is_called() -> None:
    assert category("calling_nbr", MSISDNS, PLAIN) == "phone"
    assert category("a_party", MSISDNS[:30] + ["1004", "112"], LINKED) == "phone"
    assert category("kenmerk", [f"{n:016d}" for n in range(10**15, 10**15 + 40)], LINKED) is None


def test_device_and_sim_identities_in_tables_linked_to_people() -> None:
    assert category("col", IMEIS, LINKED) == "identifier"
    assert category("col", IMSIS, LINKED) == "identifier"
    assert category("col", ICCIDS, LINKED) == "identifier"
    assert category("IMEI", IMEIS, LINKED) == "identifier"
    # not in a table about no one, nor in a catalogue of handset models (8-digit TACs)
    assert category("col", IMEIS, PLAIN) is None
    assert category("col", IMSIS, TableContext(is_linked=True, is_catalogue=True)) is None
    assert category("TAC", [v[:8] for v in IMEIS], LINKED) is None


# --- coordinates ---------------------------------------------------------------------


def test_coordinates_are_a_persons_only_in_tables_about_people_or_linked_to_them() -> None:
    lats = ["40.416800", "41.387400", "39.469900", "37.389100", "36.721300"]
    assert category("lat", lats, LINKED, kind=model.NUMBER) == "geo_location"  # a subscriber's location ping
    cell_site = table_context("CELL_SITE", ["CELL_ID", "LAT", "LON", "SITE_ADDR", "PROV_NM"])
    assert cell_site.is_place and not cell_site.has_location
    assert category("LAT", lats, cell_site, kind=model.NUMBER) is None
    assert category("SITE_ADDR", ["Calle Mayor 3 (azotea), Madrid"] * 5, cell_site) is None
    assert category("latitude", lats, PLAIN, kind=model.NUMBER) is None
    flats = table_context("woningen", ["WON_ID", "WON_STRAAT", "WON_OMSCHRIJVING"], references_people=True)
    adverts = ["Licht appartement in Utrecht. Bel 030-2345678 of mail info@domstadverhuur.nl"] * 6
    assert category("WON_OMSCHRIJVING", adverts, flats) is None  # the agent's contact, quoted in an advert


# --- quasi-identifiers by value in tables about people ---------------------------------


def test_genders_and_country_codes_by_value_in_a_people_table() -> None:
    assert category("col", ["H", "M", "M", "H", "H", "M"], PEOPLE) == "gender"
    assert category("col", ["man", "vrouw", "vrouw", "man", "man"], PEOPLE) == "gender"
    assert category("col", ["ES", "ES", "RO", "MA", "CO", "ES", "IT"], PEOPLE) == "nationality"
    # look-alikes: statuses, document types, the same values outside a table about people
    assert category("col", ["ACT", "SUSP", "BAJA", "ACT", "ACT"], PEOPLE) is None
    assert category("col", ["DNI", "NIE", "PAS", "DNI", "DNI"], PEOPLE) is None
    assert category("col", ["H", "M", "M", "H", "H", "M"], LINKED) is None
    assert category("col", ["ES", "ES", "RO", "MA", "CO", "ES", "IT"], LINKED) is None


@pytest.mark.parametrize(
    "name,expected",
    [
        ("CUST_NM", "name"), ("CUST_SRNM1", "last_name"), ("CUST_SURNM", "last_name"), ("FST_NM", "first_name"),
        ("LST_NM", "last_name"), ("POST_CD", "postal_code"), ("GNDR_CD", "gender"), ("NATL_CD", "nationality"),
        ("BRTH_DT", "birthdate"), ("DOC_NBR", "id_number"), ("ADDR_LN1", "address"), ("ADDR_LN2", "address"),
        ("CITY_NM", "city"), ("CR_SCORE", "financial"), ("PHONE_NBR", "phone"), ("CNTCT_TEL", "phone"),
    ],
)
def test_oracle_style_abbreviations(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize("name", ["PLAN_NM", "MODEL_NM", "MANUF_NM", "INV_NBR", "SITE_CD", "BATCH_NBR", "DUE_DT",
                                  "CUST_STS", "DOC_TYP", "OS_NM"])
def test_abbreviated_names_that_are_no_personal_data(name: str) -> None:
    assert category(name) is None


def test_a_table_prefix_is_stripped_before_matching() -> None:
    columns = ["HRD_ID", "HRD_VOORNAAM", "HRD_EMAIL", "HRD_WOONPLAATS", "HRD_ZORGBEHOEFTE", "HRD_WERKGEVER",
               "HRD_STATUS"]
    ctx = table_context("huurders", columns)  # tenants in Dutch: a first name and an e-mail say people
    assert ctx.prefix == "hrd" and ctx.is_people
    assert category("HRD_WOONPLAATS", ctx=ctx) == "city"
    assert category("HRD_ZORGBEHOEFTE", ctx=ctx) == "health"
    assert category("HRD_WERKGEVER", ctx=ctx) == "employment"
    assert category("HRD_STATUS", ctx=ctx) is None
    assert column_prefix("CUST_MSTR", ["CUST_ID", "CUST_NM", "DOC_NBR", "EMAIL_ADDR", "CITY_NM"]) == "cust"
    # a word shared by a table's columns is no prefix: an order's state is no person's region
    assert column_prefix("orders", ["order_id", "order_date", "order_state", "order_total"]) == ""
    assert match_column("order_state", PEOPLE.applies, "") is None


def test_hungarian_notation() -> None:
    assert category("strWoonplaats") == "city"
    assert category("strVoornaam") == "first_name"
    assert category("intMakelaarID") is None
    assert category("strasse") == "address"  # a word that starts like a prefix stays a word


# --- words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        ("werkgever", "employment"), ("arbeitgeber", "employment"), ("empleador", "employment"),
        ("credit_score", "financial"), ("score_credit", "financial"), ("bonitaet", "financial"),
        ("medehuurder", "name"), ("co_tenant", "name"), ("co_titular", "name"), ("zorgbehoefte", "health"),
        ("zorg", "health"), ("cuidados", "health"), ("necesidad", "health"), ("tarifa_hora", "financial"),
        ("uurtarief", "financial"), ("morada", "address"), ("imei", "identifier"), ("imsi", "identifier"),
        ("fecha_alta", "employment"),
    ],
)
def test_words_in_a_people_table(name: str, expected: str) -> None:
    assert category(name) == expected


def test_words_that_need_a_people_table() -> None:
    # a complaint's fecha_alta is when it was opened; cuidados of a product are no health
    assert category("fecha_alta", ["2024-03-01 10:00:00"] * 5, LINKED, kind=model.TEMPORAL) is None
    assert category("cuidados", ["lavar a 30 grados"] * 5, PLAIN) is None
    assert category("imei", IMEIS, PLAIN) is None


# --- health by value -------------------------------------------------------------------


def test_care_needs_and_social_tariff_reasons_are_health_in_a_people_table() -> None:
    reasons = ["discapacidad reconocida del 45%", "pensionista por incapacidad permanente",
               "perceptor del ingreso mínimo vital", "persona con hipoacusia: solo contacto por SMS",
               "tratamiento de diálisis: línea prioritaria", "desempleado de larga duración"]
    assert category("SOC_TRF_RSN", reasons * 2, PEOPLE) == "health"
    # in a table linked to people, several distinct texts naming a condition are health too
    assert category("SOC_TRF_RSN", reasons * 2, LINKED) == "health"
    assert category("SOC_TRF_RSN", reasons * 2, TableContext()) is None  # in no one's table
    assert says_health("rolstoelgebruiker: gelijkvloers nodig") and says_health("astma: geen huisdieren")
    jobs = ["verpleegkundige", "software engineer", "kok", "jurist", "kapper", "data analyst"]
    assert category("col", jobs * 2, PEOPLE) is None
    assert not says_health("Licht appartement met balkon")


# --- table context from values ------------------------------------------------------------


def test_a_table_of_people_by_its_values_whatever_it_is_called(book: NameBook) -> None:
    columns = ["id_tecnico", "col_a", "col_b", "especialidade"]
    samples = {"col_a": sample(*FIRST * 2), "col_b": sample(*(f"{f.lower()}@example.pt" for f in FIRST * 2))}
    evidence = table_evidence(columns, samples, book)
    assert evidence.has_names and evidence.has_contacts and not evidence.is_company
    assert table_context("tecnicos", columns, evidence=evidence).is_people
    assert not table_context("tecnicos", columns, evidence=ValueEvidence(has_names=True)).is_people
    assert not table_context("genres", columns, evidence=evidence).is_people  # a catalogue stays one
    # a column named for a city holding cities that are surnames says no names
    city = {"CITY_NM": sample(*(CITIES * 4 + ["Jaén", "Soria", "Ávila", "Teruel"]))}
    assert not table_evidence(["CITY_NM"], city, book).has_names


SQL = """\
CREATE TABLE customers (id integer PRIMARY KEY, full_name varchar(60), email varchar(120));
CREATE TABLE tac_cat (tac char(8) PRIMARY KEY, model varchar(40));
CREATE TABLE sims (iccid char(19) PRIMARY KEY, imsi char(15) NOT NULL);
CREATE TABLE subs (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id),
  iccid char(19) NOT NULL UNIQUE REFERENCES sims(iccid));
CREATE TABLE devices (id integer PRIMARY KEY, sub_id integer REFERENCES subs(id), imei_no char(15),
  tac char(8) REFERENCES tac_cat(tac));
"""


def test_a_sim_card_referenced_one_to_one_by_a_subscription_is_about_its_subscriber() -> None:
    rows = ["BEGIN TRANSACTION;", *SQL.splitlines()]
    for i in range(20):
        rows.append(f"INSERT INTO customers VALUES({i},'{FIRST[i % 16]} {LAST[i % 18]}','p{i}@example.com');")
        rows.append(f"INSERT INTO sims VALUES('{ICCIDS[i]}','{IMSIS[i]}');")
        rows.append(f"INSERT INTO subs VALUES({i},{i},'{ICCIDS[i]}');")
        rows.append(f"INSERT INTO tac_cat VALUES('{IMEIS[i][:8]}','Model {i}');")
        rows.append(f"INSERT INTO devices VALUES({i},{i},'{IMEIS[i]}','{IMEIS[i][:8]}');")
    rows.append("COMMIT;")
    data = io.BytesIO("\n".join(rows).encode() + b"\n")
    with DumpFile(data, "telecom.sql", dialect="sqlite") as dump:
        found = {(f.table, f.column): f.category for f in scan(dump, today=TODAY).findings}
    assert found[("sims", "imsi")] == "identifier"
    assert found[("devices", "imei_no")] == "identifier"
    assert ("tac_cat", "tac") not in found and ("devices", "tac") not in found


def test_coordinate_pairs_postcodes_and_bigint_line_numbers_by_value() -> None:
    pairs = ["40.416800,-3.703800", "(41.3874, 2.1686)", "39.469900, -0.376300", "37.3891,-5.9845"] * 2
    assert category("pos", pairs, LINKED) == "geo_location"
    assert category("pos", pairs, PLAIN) is None  # a place's, or no one's
    assert category("pos", ["1.5,2.5", "3.25,4.75"] * 3, LINKED) is None  # too few decimals: no coordinates
    postcodes = ["3511 GC", "1012AB", "2514 JK", "9711 LM", "1234-567"] * 2
    assert category("col", postcodes, PEOPLE) == "postal_code"
    # postcodes by value only in a table about people that keeps an address
    assert category("col", postcodes, TableContext(is_people=True, is_linked=True)) != "postal_code"
    assert category("col", postcodes, LINKED) != "postal_code"
    assert category("col", ["HC-2024-00001", "HC-2024-00002", "OS-2024-00003"] * 3, PEOPLE) is None
    assert category("a_number", MSISDNS, PLAIN, kind=model.INTEGER) == "phone"
    assert category("imei_no", IMEIS, LINKED, kind=model.INTEGER) == "identifier"
    assert category("amount", [str(n) for n in range(1000, 1040)], LINKED, kind=model.INTEGER) is None
    assert category("created_ms", [str(1700000000000 + n * 977) for n in range(40)], LINKED,
                    kind=model.INTEGER) is None
