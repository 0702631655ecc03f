"""The third held-out application: a Dutch rental platform's back office.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the medical practice of support/heldout.py
and the staffing agency of support/blind_app.py. It was written blind: without reading
the detector (checks/detect.py, vocabulary.py, scan.py, starter.py) or any scan test, and
labelled (tests/third/labels.yml) before any detector ran on it.

"Woonplek B.V." in Utrecht matches tenants (huurders) with private landlords
(verhuurders) and the letting agents (makelaars) who manage their flats. Three teams
wrote it, and the names show it: the 2009 core is Dutch in UPPER_CASE with a table
prefix (`huurders.HRD_VOORNAAM`, `HRD_GEBDATUM`, `HRD_BSN`, `HRD_ZORGBEHOEFTE`,
`huurcontracten.CTR_MEDEHUURDER`, `betalingen.BET_IBAN_BETALER`); the landlord portal,
written by a VB.NET contractor, uses Hungarian notation (`verhuurders.strVoorletters`,
`dtGeboorte`, `strBSN`, `intMakelaarID`); the mobile app's backend is English snake case
(`gebruikers.login_email`, `mfa_secret`, `app_devices.push_token`), and the maintenance
module came from a Lisbon software house in Portuguese (`tecnicos.nome`, `apelido`,
`nif`, `telemovel`, `correio_eletronico`, `ordens_servico.descricao`). Next to the people
are the letting agents (companies: office phones, info@ addresses, KvK and VAT numbers,
client-money IBANs), the flats (BAG ids, asking rents, adverts quoting the agent's
phone), municipalities and energy labels, settings, payment references with a check
digit, and an audit log.

Everything here is the original side: the rows (`make_platform`, drawn from a seeded
`random.Random` and seeded Faker instances, so every run and every server gets the same
ones), the DDL of each server (built from `SCHEMA` and `FOREIGN_KEYS`, every identifier
quoted, so UPPER_CASE and camelCase names survive PostgreSQL), `create`, and the
personal e-mails and IBANs a leak check looks for (companies' excluded).
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, jpeg_bytes, png_bytes
from support.apps import foreign_key as _fk, b64 as _b64, day as _day

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Platform", "create", "dump", "load_labels", "make_platform"]

SEED = 20250918
LABELS = Path(__file__).resolve().parents[1] / "third" / "labels.yml"
TENANT_COUNT = 220
LANDLORD_COUNT = 80
TECHNICIAN_COUNT = 50
FLAT_COUNT = 140
OWN_DOMAIN = "woonplek.nl"
DUTCH_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl",
              "icloud.com", "planet.nl")
EXPAT_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "protonmail.com", "icloud.com")
PORTUGUESE_MAIL = ("gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "iol.pt")

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "inet": "varchar(45)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "inet": "inet"},
    "sqlite": {"ts": "DATETIME", "json": "TEXT", "blob": "BLOB", "bool": "BOOLEAN", "inet": "varchar(45)"},
}

# Every table's column definitions ("name type constraints"), parents before children:
# the order the tables are created and filled in. The name is quoted when the DDL is built.
SCHEMA: dict[str, tuple[str, ...]] = {
    "energielabels": ("label varchar(5) PRIMARY KEY", "omschrijving varchar(80) NOT NULL",
                      "max_kwh_m2 integer NOT NULL"),
    "gemeenten": ("GEM_CODE char(6) PRIMARY KEY", "GEM_NAAM varchar(60) NOT NULL", "PROVINCIE varchar(30) NOT NULL",
                  "INWONERS integer NOT NULL"),
    "makelaars": (
        "MKL_ID integer PRIMARY KEY", "MKL_NAAM varchar(120) NOT NULL", "MKL_KVK char(8) NOT NULL UNIQUE",
        "MKL_BTW varchar(14) NOT NULL", "MKL_TEL varchar(20) NOT NULL", "MKL_EMAIL varchar(120) NOT NULL",
        "MKL_ADRES varchar(120) NOT NULL", "MKL_POSTCODE varchar(7) NOT NULL", "MKL_PLAATS varchar(60) NOT NULL",
        "MKL_IBAN varchar(34) NOT NULL", "MKL_WEBSITE varchar(120)", "MKL_SINDS date NOT NULL"),
    "verhuurders": (
        "intVerhuurderID integer PRIMARY KEY", "strVoorletters varchar(10) NOT NULL", "strVoornaam varchar(60)",
        "strTussenvoegsel varchar(10)", "strAchternaam varchar(60) NOT NULL", "dtGeboorte date",
        "strEmail varchar(120) NOT NULL UNIQUE", "strTelefoon varchar(20)", "strAdres varchar(120) NOT NULL",
        "strPostcode varchar(7) NOT NULL", "strWoonplaats varchar(60) NOT NULL", "strBSN char(9)",
        "strIBAN varchar(34) NOT NULL", "strBedrijfsnaam varchar(120)", "intMakelaarID integer",
        "decCommissie decimal(4,2)", "dtAangemaakt {ts} NOT NULL"),
    "woningen": (
        "WON_ID integer PRIMARY KEY", "WON_BAG_ID char(16) NOT NULL UNIQUE", "VERHUURDER_ID integer NOT NULL",
        "WON_STRAAT varchar(120) NOT NULL", "WON_HUISNR varchar(8) NOT NULL", "WON_POSTCODE varchar(7) NOT NULL",
        "WON_PLAATS varchar(60) NOT NULL", "GEM_CODE char(6) NOT NULL", "WON_TYPE varchar(16) NOT NULL",
        "WON_M2 integer NOT NULL", "WON_KAMERS integer NOT NULL", "WON_HUURPRIJS decimal(8,2) NOT NULL",
        "WON_LABEL varchar(5) NOT NULL", "WON_OMSCHRIJVING text NOT NULL", "WON_BESCHIKBAAR {bool} NOT NULL",
        "WON_AANGEMAAKT {ts} NOT NULL"),
    "huurders": (
        "HRD_ID integer PRIMARY KEY", "HRD_VOORNAAM varchar(60) NOT NULL", "HRD_TUSSENVOEGSEL varchar(10)",
        "HRD_ACHTERNAAM varchar(60) NOT NULL", "HRD_GEBDATUM date NOT NULL", "HRD_GESLACHT char(1) NOT NULL",
        "HRD_EMAIL varchar(120) NOT NULL UNIQUE", "HRD_MOBIEL varchar(20)", "HRD_BSN char(9) NOT NULL UNIQUE",
        "HRD_IBAN varchar(34)", "HRD_NATIONALITEIT char(2) NOT NULL", "HRD_BEROEP varchar(60)",
        "HRD_WERKGEVER varchar(120)", "HRD_INKOMEN decimal(9,2)", "HRD_POSTCODE varchar(7)",
        "HRD_WOONPLAATS varchar(60)", "HRD_ZORGBEHOEFTE varchar(80)", "HRD_PASFOTO {blob}",
        "HRD_STATUS varchar(12) NOT NULL", "HRD_AANGEMAAKT {ts} NOT NULL", "HRD_GEWIJZIGD {ts} NOT NULL"),
    "huurcontracten": (
        "CTR_ID integer PRIMARY KEY", "CTR_NUMMER varchar(16) NOT NULL UNIQUE", "WON_ID integer NOT NULL",
        "HRD_ID integer NOT NULL", "CTR_START date NOT NULL", "CTR_EIND date", "CTR_HUUR decimal(8,2) NOT NULL",
        "CTR_BORG decimal(8,2) NOT NULL", "CTR_MEDEHUURDER varchar(120)", "CTR_OPMERKING text",
        "CTR_GETEKEND {ts}"),
    "betalingen": (
        "BET_ID integer PRIMARY KEY", "CTR_ID integer NOT NULL", "BET_PERIODE char(7) NOT NULL",
        "BET_BEDRAG decimal(8,2) NOT NULL", "BET_KENMERK char(16) NOT NULL UNIQUE", "BET_IBAN_BETALER varchar(34)",
        "BET_OMSCHRIJVING varchar(140) NOT NULL", "BET_STATUS varchar(12) NOT NULL", "BET_ONTVANGEN {ts}"),
    "gebruikers": (
        "user_id integer PRIMARY KEY", "login_email varchar(120) NOT NULL UNIQUE", "display_name varchar(60) NOT NULL",
        "password_hash varchar(128) NOT NULL", "mfa_secret char(32)", "last_ip {inet}", "last_seen_at {ts}",
        "locale varchar(5) NOT NULL", "is_verified {bool} NOT NULL", "created_at {ts} NOT NULL"),
    "app_devices": (
        "id integer PRIMARY KEY", "user_id integer NOT NULL", "device_uuid char(36) NOT NULL UNIQUE",
        "push_token varchar(200) NOT NULL", "platform varchar(8) NOT NULL", "os_version varchar(12) NOT NULL",
        "app_version varchar(10) NOT NULL", "ip_address {inet}", "registered_at {ts} NOT NULL"),
    "huuraanvragen": (
        "aanvraag_id integer PRIMARY KEY", "woning_id integer NOT NULL", "huurder_id integer NOT NULL",
        "ingediend_op {ts} NOT NULL", "aanvraag_data {json}", "punten integer", "status varchar(16) NOT NULL"),
    "bezichtigingen": (
        "BZ_ID integer PRIMARY KEY", "WON_ID integer NOT NULL", "HRD_ID integer NOT NULL",
        "BZ_TIJDSTIP {ts} NOT NULL", "BZ_STATUS varchar(12) NOT NULL", "BZ_NOTITIE varchar(255)"),
    "berichten": (
        "msg_id integer PRIMARY KEY", "thread_ref char(12) NOT NULL", "afzender_type varchar(10) NOT NULL",
        "afzender_id integer NOT NULL", "body text NOT NULL", "sent_at {ts} NOT NULL", "read_at {ts}"),
    "tecnicos": (
        "id_tecnico integer PRIMARY KEY", "nome varchar(60) NOT NULL", "apelido varchar(60) NOT NULL",
        "nif char(9) NOT NULL UNIQUE", "telemovel varchar(20) NOT NULL", "correio_eletronico varchar(120)",
        "especialidade varchar(30) NOT NULL", "tarifa_hora decimal(6,2) NOT NULL", "data_nascimento date",
        "morada varchar(120)", "codigo_postal varchar(8)", "ativo {bool} NOT NULL", "criado_em {ts} NOT NULL"),
    "ordens_servico": (
        "id_ordem integer PRIMARY KEY", "referencia varchar(14) NOT NULL UNIQUE", "id_imovel integer NOT NULL",
        "nif_tecnico char(9)", "descricao text NOT NULL", "estado varchar(12) NOT NULL", "custo decimal(8,2)",
        "criado_em {ts} NOT NULL", "concluido_em {ts}"),
    "instellingen": ("sleutel varchar(60) PRIMARY KEY", "waarde varchar(255) NOT NULL",
                     "gewijzigd_op {ts} NOT NULL"),
    "audit_log": (
        "log_id integer PRIMARY KEY", "user_id integer", "actie varchar(40) NOT NULL", "entiteit varchar(30) NOT NULL",
        "entiteit_id integer NOT NULL", "ip_adres varchar(45)", "request_uuid char(36) NOT NULL",
        "tijdstip {ts} NOT NULL"),
}
COLUMNS: dict[str, tuple[str, ...]] = apps.columns_of(SCHEMA)


FOREIGN_KEYS = (
    _fk("verhuurders", ["intMakelaarID"], "makelaars", ["MKL_ID"]),
    _fk("woningen", ["VERHUURDER_ID"], "verhuurders", ["intVerhuurderID"]),
    _fk("woningen", ["GEM_CODE"], "gemeenten", ["GEM_CODE"]),
    _fk("woningen", ["WON_LABEL"], "energielabels", ["label"]),
    _fk("huurcontracten", ["WON_ID"], "woningen", ["WON_ID"]),
    _fk("huurcontracten", ["HRD_ID"], "huurders", ["HRD_ID"]),
    _fk("betalingen", ["CTR_ID"], "huurcontracten", ["CTR_ID"]),
    # The app's login is the tenant's e-mail: a foreign key on a personal column.
    _fk("gebruikers", ["login_email"], "huurders", ["HRD_EMAIL"]),
    _fk("app_devices", ["user_id"], "gebruikers", ["user_id"]),
    _fk("huuraanvragen", ["woning_id"], "woningen", ["WON_ID"]),
    _fk("huuraanvragen", ["huurder_id"], "huurders", ["HRD_ID"]),
    _fk("bezichtigingen", ["WON_ID"], "woningen", ["WON_ID"]),
    _fk("bezichtigingen", ["HRD_ID"], "huurders", ["HRD_ID"]),
    _fk("ordens_servico", ["id_imovel"], "woningen", ["WON_ID"]),
    # The Lisbon team keys work orders on the technician's tax number.
    _fk("ordens_servico", ["nif_tecnico"], "tecnicos", ["nif"]),
    _fk("audit_log", ["user_id"], "gebruikers", ["user_id"]),
)

ENERGY_LABELS = (
    ("A++++", "Zeer energiezuinig (nul-op-de-meter)", 0), ("A+++", "Zeer energiezuinig", 50),
    ("A++", "Energiezuinig", 75), ("A+", "Energiezuinig", 105), ("A", "Goed", 160), ("B", "Redelijk", 190),
    ("C", "Matig", 250), ("D", "Onvoldoende", 290), ("E", "Slecht", 335), ("F", "Zeer slecht", 380),
    ("G", "Uiterst slecht", 9999),
)
# (code, name, province, inhabitants, area code, postcode ranges' first two digits)
MUNICIPALITIES = (
    ("GM0363", "Amsterdam", "Noord-Holland", 931298, "20", "10"),
    ("GM0344", "Utrecht", "Utrecht", 374238, "30", "35"),
    ("GM0599", "Rotterdam", "Zuid-Holland", 664311, "10", "30"),
    ("GM0518", "'s-Gravenhage", "Zuid-Holland", 566221, "70", "25"),
    ("GM0772", "Eindhoven", "Noord-Brabant", 246417, "40", "56"),
    ("GM0014", "Groningen", "Groningen", 243768, "50", "97"),
    ("GM0268", "Nijmegen", "Gelderland", 182143, "24", "65"),
    ("GM0546", "Leiden", "Zuid-Holland", 128567, "71", "23"),
    ("GM0855", "Tilburg", "Noord-Brabant", 227069, "13", "50"),
    ("GM0034", "Almere", "Flevoland", 222825, "36", "13"),
)
# (name, domain, mailbox, municipality index)
AGENTS = (
    ("Van Dijk Makelaardij B.V.", "vandijkmakelaardij.nl", "info", 0),
    ("Grachtengordel Wonen B.V.", "grachtengordelwonen.nl", "verhuur", 0),
    ("Domstad Verhuur", "domstadverhuur.nl", "info", 1),
    ("Maasstad Vastgoedbeheer B.V.", "maasstad-vastgoed.nl", "beheer", 2),
    ("Hofstad Makelaars", "hofstadmakelaars.nl", "info", 3),
    ("Lichtstad Huurwoningen B.V.", "lichtstadwonen.nl", "huur", 4),
    ("Noorderzon Vastgoed", "noorderzonvastgoed.nl", "info", 5),
    ("Waalkade Makelaardij", "waalkade-makelaardij.nl", "kantoor", 6),
    ("Sleutelstad Verhuur B.V.", "sleutelstadverhuur.nl", "info", 7),
    ("Brabants Huurbureau", "brabantshuurbureau.nl", "verhuur", 8),
    ("Flevo Wonen Beheer B.V.", "flevowonen.nl", "info", 9),
    ("Randstad Expat Housing B.V.", "randstad-expat-housing.com", "hello", 0),
)
BANKS = ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB")
FLAT_TYPES = ("appartement", "studio", "kamer", "eengezinswoning", "bovenwoning", "benedenwoning", "penthouse")
NATIONALITIES = ("NL",) * 14 + ("DE", "BE", "PL", "ES", "IT", "IN", "TR", "MA", "GB", "US", "CN", "PT", "BR")
EXPAT = {"DE", "PL", "ES", "IT", "IN", "GB", "US", "CN", "PT", "BR"}
PROFESSIONS = ("verpleegkundige", "software engineer", "docent basisonderwijs", "student", "accountmanager",
               "kok", "beleidsmedewerker", "fysiotherapeut", "PhD candidate", "magazijnmedewerker", "jurist",
               "huisarts", "data analyst", "kapper", "buschauffeur")
EMPLOYERS = ("UMC Utrecht", "Booking.com", "Gemeente Utrecht", "Rabobank", "ASML", "Universiteit Leiden",
             "Albert Heijn", "Philips", "NS", "Coolblue", "TU Eindhoven", "ING", "Zelfstandig", "bol.com")
CARE_NEEDS = ("rolstoelgebruiker: gelijkvloers nodig", "WMO-indicatie begeleid wonen", "visueel beperkt",
              "mantelzorg voor inwonende ouder", "astma: geen huisdieren in complex", "herstellende na burn-out",
              "gehoorapparaat: visuele deurbel nodig")
TENANT_STATUSES = ("zoekend", "zoekend", "huurt", "huurt", "huurt", "inactief", "geblokkeerd")
SPECIALITIES = ("canalizador", "eletricista", "serralheiro", "pintor", "carpinteiro", "técnico AVAC", "vidraceiro")
PT_DISTRICTS = ("Lisboa", "Porto", "Setúbal", "Braga", "Amadora", "Almada")
USER_AGENT_PLATFORMS = (("ios", ("17.4", "17.5.1", "16.7.8")), ("android", ("14", "13", "12")))
APP_VERSIONS = ("4.2.0", "4.2.1", "4.3.0", "4.3.2", "5.0.0")
LOCALES = ("nl-NL", "nl-NL", "nl-NL", "en-GB", "en-US", "de-DE")

ADVERTS = (
    "Licht {type} van {m2} m² met {rooms} kamers in {city}. Energielabel {label}. Huur € {rent} excl. "
    "servicekosten. Bezichtigen via {agent}: {phone}.",
    "Gemeubileerd {type} ({m2} m²) in {city}, direct beschikbaar. Geen huisdieren, niet roken. "
    "Interesse? Mail {mail}.",
    "Ruim {type} in {city}, {rooms} kamers, balkon op het zuiden. Inkomenseis 3x de kale huur. "
    "Reageren via {mail} of bel {phone}.",
    "Cosy {type} in {city} ({m2} m²), ideal for expats. Contact {agent} at {mail}.",
)
LEASE_NOTES = (
    "Borg ontvangen op rekening {iban}.",
    "Medehuurder heeft eigen mobiel: {phone}.",
    "Werkgeversverklaring en loonstroken ontvangen, inkomen akkoord.",
    "Huurtoeslag aangevraagd door huurder.",
    "Sleuteloverdracht met broer van huurder, bereikbaar via {email}.",
    "Indexatie per 1 juli volgens CPI.",
    "Huurder is rolstoelgebruiker: drempels in de badkamer verwijderd.",
)
VIEWING_NOTES = (
    "Kandidaat kwam 10 minuten te laat.",
    "Belde af via {phone}, nieuwe afspraak ingepland.",
    "Heeft een hond, vraagt of huisdieren zijn toegestaan.",
    "Gebruikt een rolstoel: alleen begane grond mogelijk.",
    "Stuurt documenten nog na via {email}.",
    "Zeer geïnteresseerd, wil graag per direct tekenen.",
    "Kwam samen met ouders; vader staat garant (tel. {phone}).",
)
MESSAGES_TENANT = (
    "Hallo, ik ben {first}. Is de woning aan de {street} nog beschikbaar? Bel me gerust: {phone}",
    "Mijn borg graag terugstorten op {iban}. Groet, {first}",
    "Mijn nieuwe e-mailadres is {email}, wilt u dat aanpassen?",
    "Hi, could we reschedule the viewing? My number is {phone}. Thanks, {first}",
    "De verwarming doet het al twee dagen niet, kan er iemand langskomen?",
    "Ik ben zwanger en zoek daarom iets met een lift. Is dat er?",
    "De huur van deze maand komt later, ik wacht op mijn salaris. Excuses!",
)
MESSAGES_LANDLORD = (
    "Beste {first}, de bezichtiging is bevestigd voor dinsdag 19:00.",
    "Beste {first}, de huur van deze maand is nog niet ontvangen. Graag overmaken op {iban}.",
    "Dag {first}, je kan me het beste bereiken op {phone}.",
    "Hoi {first}, de monteur komt donderdag tussen 8 en 12 uur.",
    "Beste {first}, helaas is de woning al verhuurd. Succes met zoeken!",
)
WORK_ORDERS = (
    "Fuga de água na casa de banho. Inquilino disponível depois das 18h: {phone}.",
    "Substituição da caldeira (cv-ketel), modelo Remeha Tzerra.",
    "Pintura da sala após saída do inquilino.",
    "Fechadura avariada; contactar a inquilina {first} pelo {phone}.",
    "Inspeção anual do aquecimento central.",
    "Infiltração no teto; o inquilino enviou fotos para {email}.",
    "Vidro partido na janela da cozinha.",
)
MOTIVATIONS = (
    "Ik werk sinds kort in {city} en zoek een rustige woning dicht bij het station.",
    "Wij verwachten ons eerste kind en hebben meer ruimte nodig.",
    "I am starting a new job in {city} and relocating from abroad.",
    "Na mijn scheiding zoek ik een woning voor mij en mijn twee kinderen.",
    "Student, ouders staan garant.",
)


@dataclass
class Platform:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's addresses, casefolded (companies' excluded)
    ibans: set[str] = field(default_factory=set)  # people's, compact, upper case


def bsn_valid(digits: str) -> bool:
    """The Dutch citizen service number's "elfproef": weights 9..2 and -1, a multiple of 11."""
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0 and total != 0


def nif_digit(first8: str) -> str:
    """The Portuguese tax number's check digit (weights 9..2, modulo 11)."""
    rest = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1), strict=True)) % 11
    return "0" if rest < 2 else str(11 - rest)


def kenmerk_digit(digits15: str) -> str:
    """A Dutch payment reference's (betalingskenmerk) check digit: weights 2,4,8,5,10,9,7,3,6,1
    from the right, 11 minus the sum modulo 11 (10 written 1, 11 written 0)."""
    weights = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
    total = sum(int(d) * weights[i % 10] for i, d in enumerate(reversed(digits15)))
    check = 11 - total % 11
    return "1" if check == 10 else "0" if check == 11 else str(check)


class _Maker(apps.Unique):
    """Draws the platform's values; every phone, e-mail and IBAN it gives is new."""

    def __init__(self, rng: random.Random, platform: Platform) -> None:
        super().__init__()
        self.rng = rng
        self.platform = platform
        self.numbers: set[str] = set()

    def phone(self, country: str = "NL", kind: str = "mobile", area: str = "20") -> str:
        rng = self.rng
        while True:
            if country == "PT":
                digits = "9" + rng.choice("1236") + "".join(rng.choices(string.digits, k=7))
                text = rng.choice((f"+351 {digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits[:3]} {digits[3:6]} "
                                   f"{digits[6:]}", digits, f"00351{digits}"))
            elif kind == "mobile":
                rest = rng.choice("123456") + "".join(rng.choices(string.digits, k=7))
                text = rng.choice((f"06-{rest}", f"06 {rest[:4]} {rest[4:]}", f"+31 6 {rest}", f"+316{rest}",
                                   f"06{rest}", f"(06) {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"))
            else:
                rest = str(rng.randint(2, 8)) + "".join(rng.choices(string.digits, k=8 - len(area)))
                text = rng.choice((f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}",
                                   f"+31 (0){area} {rest}"))
            number = phonenumbers.parse(text, country)
            key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if phonenumbers.is_valid_number(number) and key not in self.numbers:
                self.numbers.add(key)
                return text

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = ascii_fold(first.replace(" ", "")), ascii_fold(last.replace(" ", ""))
        base = rng.choice((f"{given}.{family}", f"{given[0]}.{family}", f"{given}{family}", f"{family}.{given}",
                           f"{given}_{family[:3]}", f"{given}{rng.randint(70, 99)}"))
        while True:
            local = base if rng.random() < 0.5 else f"{base}{rng.randint(1, 999)}"
            address = f"{local}@{rng.choice(domains)}"
            if rng.random() < 0.04:
                address = address[0].upper() + address[1:]  # a capital typed on a phone
            if address.casefold() not in self.platform.emails:
                self.platform.emails.add(address.casefold())
                return address

    def iban(self, country: str = "NL", personal: bool = True) -> str:
        rng = self.rng
        if country == "NL":
            bban = rng.choice(BANKS) + "".join(rng.choices(string.digits, k=10))
        elif country == "BE":
            bban = "".join(rng.choices(string.digits, k=12))
        else:  # DE
            bban = "".join(rng.choices(string.digits, k=18))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.platform.ibans.add(compact)
        return compact

    def bsn(self) -> str:
        rng = self.rng

        def draw() -> str:
            while True:
                digits = str(rng.choice((1, 2, 3, 4, 6))) + "".join(rng.choices(string.digits, k=8))
                if bsn_valid(digits):
                    return digits

        return self.unique(draw)

    def nif(self) -> str:
        rng = self.rng

        def draw() -> str:
            head = rng.choice("123") + "".join(rng.choices(string.digits, k=7))
            return head + nif_digit(head)

        return self.unique(draw)


def _moment(rng: random.Random, first_year: int, last_year: int) -> str:
    return apps.moment(rng, first_year, last_year, (7, 22))


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return apps.ipv4(rng, (77, 83, 84, 86, 145, 213))  # Dutch broadband operators' ranges
    return f"2a02:a4{rng.getrandbits(8):02x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(12):x}"


def _pbkdf2(rng: random.Random) -> str:
    """Django's default password hasher's format."""
    salt = "".join(rng.choices(string.ascii_letters + string.digits, k=22))
    return f"pbkdf2_sha256$600000${salt}${base64.b64encode(rng.randbytes(32)).decode('ascii')}"


def _push_token(rng: random.Random) -> str:
    """A Firebase Cloud Messaging registration token's shape."""
    return f"{_b64(rng.randbytes(16), url=True)}:APA91b{_b64(rng.randbytes(100), url=True)}"


def _postcode(rng: random.Random, lead: str) -> str:
    letters = "".join(rng.choices("ABCEGHJKLMNPRSTVWXZ", k=2))
    return f"{lead}{rng.randint(10, 99)} {letters}" if rng.random() < 0.8 else f"{lead}{rng.randint(10, 99)}{letters}"


def _split_name(last: str) -> tuple[str | None, str]:
    """A Dutch surname's prefix (tussenvoegsel) and the name proper: "van der Berg"."""
    words = last.split(" ")
    prefix = [w for w in words[:-1] if w.islower() or w == "'t"]
    return (" ".join(prefix) or None), " ".join(words[len(prefix):])


def _reference_data(rng: random.Random, p: Platform, make: _Maker, nl: Faker) -> None:
    p.rows["energielabels"] = list(ENERGY_LABELS)
    p.rows["gemeenten"] = [(code, name, province, people) for code, name, province, people, _, _ in MUNICIPALITIES]
    p.rows["makelaars"] = []
    for i, (name, domain, box, town) in enumerate(AGENTS, 1):
        _, city, _, _, area, lead = MUNICIPALITIES[town]
        p.rows["makelaars"].append((
            i, name, f"{rng.randint(10000000, 99999999)}", f"NL{rng.randint(100000000, 999999999)}B01",
            make.phone(kind="fixed", area=area), f"{box}@{domain}", f"{nl.street_name()} {rng.randint(1, 240)}",
            _postcode(rng, lead), city, grouped(make.iban(personal=False)) if rng.random() < 0.5
            else make.iban(personal=False), f"https://www.{domain}" if rng.random() < 0.9 else None,
            _day(rng, 1985, 2019)))
    own_iban = make.iban(personal=False)
    p.rows["instellingen"] = [
        (key, value, _moment(rng, 2019, 2024)) for key, value in (
            ("bedrijf.naam", "Woonplek B.V."),
            ("bedrijf.adres", "Catharijnesingel 53, 3511 GC Utrecht"),
            ("bedrijf.kvk", "71845203"),
            ("bedrijf.btw", "NL859146032B01"),
            ("bedrijf.iban", grouped(own_iban)),
            ("support.email", f"support@{OWN_DOMAIN}"),
            ("support.telefoon", "+31 30 799 4410"),
            ("mail.afzender", f"noreply@{OWN_DOMAIN}"),
            ("mail.smtp_host", f"smtp.{OWN_DOMAIN}"),
            ("huur.max_aanvragen_per_week", "5"),
            ("huur.inkomenseis_factor", "3"),
            ("avg.bewaartermijn_maanden", "24"),
            ("betaling.incassodag", "1"),
            ("app.min_versie", "4.2.0"),
            ("push.fcm_project", "woonplek-prod"),
            ("sms.afzender", "Woonplek"),
        )
    ]


def _landlords(rng: random.Random, p: Platform, make: _Maker, nl: Faker) -> None:
    p.rows["verhuurders"] = []
    for i in range(1, LANDLORD_COUNT + 1):
        first = nl.first_name()
        prefix, last = _split_name(nl.last_name())
        _, city, _, _, area, lead = rng.choice(MUNICIPALITIES)
        initials = "".join(f"{n[0]}." for n in [first, *rng.sample(("J", "M", "H", "A", "W", "C"), rng.randint(0, 2))])
        company = f"{last} Vastgoed B.V." if rng.random() < 0.2 else None
        iban = make.iban()
        p.rows["verhuurders"].append((
            i, initials, first if rng.random() < 0.6 else None, prefix, last,
            _day(rng, 1945, 1992) if rng.random() < 0.85 else None,
            make.email(first, f"{prefix or ''}{last}", DUTCH_MAIL),
            make.phone(kind=rng.choice(("mobile", "mobile", "fixed")), area=area) if rng.random() < 0.9 else None,
            f"{nl.street_name()} {rng.randint(1, 300)}{rng.choice(('', '', 'A', '-2', ' bis'))}",
            _postcode(rng, lead), city, make.bsn() if rng.random() < 0.7 else None,
            grouped(iban) if rng.random() < 0.3 else iban, company,
            rng.randint(1, len(AGENTS)) if rng.random() < 0.6 else None,
            Decimal(rng.choice(("5.00", "7.50", "8.00", "10.00"))) if rng.random() < 0.6 else None,
            _moment(rng, 2012, 2024)))


def _flats(rng: random.Random, p: Platform) -> None:
    p.rows["woningen"] = []
    agents = p.rows["makelaars"]
    for i in range(1, FLAT_COUNT + 1):
        landlord = rng.choice(p.rows["verhuurders"])
        town = rng.randrange(len(MUNICIPALITIES))
        code, city, _, _, _, lead = MUNICIPALITIES[town]
        kind = rng.choice(FLAT_TYPES)
        m2 = rng.randint(18, 40) if kind in ("studio", "kamer") else rng.randint(40, 140)
        rooms = 1 if kind in ("studio", "kamer") else rng.randint(2, 5)
        rent = Decimal(rng.randrange(450, 2600, 25)) if kind != "kamer" else Decimal(rng.randrange(350, 900, 25))
        label = rng.choice(ENERGY_LABELS)[0]
        agent = agents[landlord[14] - 1] if landlord[14] else rng.choice(agents)
        text = rng.choice(ADVERTS).format(type=kind, m2=m2, rooms=rooms, city=city, label=label, rent=rent,
                                          agent=agent[1], phone=agent[4], mail=agent[5])
        p.rows["woningen"].append((
            i, f"{code[2:]}01{rng.randint(0, 10**10 - 1):010d}", landlord[0], rng.choice(STREETS),
            f"{rng.randint(1, 250)}{rng.choice(('', '', '', '-1', '-2', 'A', 'B', ' hs'))}", _postcode(rng, lead),
            city, code, kind, m2, rooms, rent, label, text, rng.random() < 0.3, _moment(rng, 2015, 2024)))


STREETS = ("Oudegracht", "Biltstraat", "Amsterdamsestraatweg", "Kanaalstraat", "Overtoom", "Witte de Withstraat",
           "Javastraat", "Stratumseind", "Herestraat", "Molenstraat", "Breestraat", "Spoorlaan", "Grote Markt",
           "Vondelstraat", "Nieuwe Binnenweg", "Frederik Hendriklaan", "Koningsweg", "Lange Nieuwstraat")


def _tenant(rng: random.Random, make: _Maker, fakes: dict[str, Faker], i: int) -> tuple:
    nationality = rng.choice(NATIONALITIES)
    fake = fakes["EN"] if nationality in EXPAT else fakes["NL"]
    sex = rng.choices("MVX", (48, 49, 3))[0]
    first = fake.first_name_male() if sex == "M" else fake.first_name_female() if sex == "V" else fake.first_name()
    prefix, last = _split_name(fake.last_name())
    email = make.email(first, f"{prefix or ''}{last}", EXPAT_MAIL if nationality in EXPAT else DUTCH_MAIL)
    iban = None
    if rng.random() < 0.9:
        iban = make.iban(rng.choice(("NL",) * 8 + ("BE", "DE")))
        iban = grouped(iban) if rng.random() < 0.35 else iban
    town = rng.choice(MUNICIPALITIES)
    profession = rng.choice(PROFESSIONS)
    income = None if profession == "student" or rng.random() < 0.15 else Decimal(rng.randrange(1900, 9500, 50))
    photo = None
    if rng.random() < 0.45:
        photo = jpeg_bytes(rng) if rng.random() < 0.7 else png_bytes(rng)
    created = _moment(rng, 2016, 2024)
    return (
        i, first, prefix, last, _day(rng, 1950, 2006), sex, email,
        make.phone("NL") if rng.random() < 0.92 else None, make.bsn(), iban, nationality,
        profession if rng.random() < 0.8 else None,
        rng.choice(EMPLOYERS) if profession != "student" and rng.random() < 0.7 else None, income,
        _postcode(rng, town[5]) if rng.random() < 0.85 else None, town[1] if rng.random() < 0.85 else None,
        rng.choice(CARE_NEEDS) if rng.random() < 0.12 else None, photo, rng.choice(TENANT_STATUSES), created,
        created[:4] + "-12-30 23:10:00" if created[:4] < "2024" else created,
    )


def _tenants(rng: random.Random, p: Platform, make: _Maker, fakes: dict[str, Faker]) -> None:
    p.rows["huurders"] = [_tenant(rng, make, fakes, i) for i in range(1, TENANT_COUNT + 1)]


def _fill(template: str, **values: str) -> str:
    return template.format(**{k: v for k, v in values.items() if "{" + k + "}" in template})


def _leases(rng: random.Random, p: Platform, make: _Maker, fakes: dict[str, Faker]) -> None:
    p.rows["huurcontracten"], p.rows["betalingen"] = [], []
    renting = [t for t in p.rows["huurders"] if t[18] in ("huurt", "inactief")]
    flats = rng.sample(p.rows["woningen"], min(len(renting), int(FLAT_COUNT * 0.85)))
    for i, (flat, tenant) in enumerate(zip(flats, renting, strict=False), 1):
        start = _day(rng, 2019, 2024)
        end = None if rng.random() < 0.8 else f"{int(start[:4]) + rng.randint(1, 2)}{start[4:]}"
        rent = flat[11]
        co_tenant = None
        if rng.random() < 0.3:
            co_tenant = f"{fakes['NL'].first_name()} {fakes['NL'].last_name()}"
        note = rng.choice((*LEASE_NOTES, None, None))
        if note:
            note = _fill(note, iban=grouped(make.iban()), phone=make.phone(), email=make.email(
                fakes["NL"].first_name(), tenant[3], DUTCH_MAIL))
        number = f"HC-{start[:4]}-{i:05d}"
        p.rows["huurcontracten"].append((
            i, number, flat[0], tenant[0], start, end, rent, rent * 2, co_tenant, note,
            f"{start} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}:00" if rng.random() < 0.9 else None))
        payer = tenant[9]
        if rng.random() < 0.15:
            payer = make.iban()  # a parent pays the student's rent
        for month in ("2024-01", "2024-02", "2024-03", "2024-04"):
            if start[:7] > month:
                continue
            paid = rng.random() < 0.9
            head = f"{rng.randint(10**14, 10**15 - 1)}"
            reference = make.unique(lambda head=head: kenmerk_digit(head) + head)
            p.rows["betalingen"].append((
                len(p.rows["betalingen"]) + 1, i, month, rent, reference,
                (payer.replace(" ", "") if payer and rng.random() < 0.7 else payer) if paid else None,
                f"Huur {month} {number}", "ontvangen" if paid else rng.choice(("open", "herinnering", "incasso")),
                f"{month}-0{rng.randint(1, 5)} 0{rng.randint(6, 9)}:00:00" if paid else None))


def _accounts(rng: random.Random, p: Platform) -> None:
    p.rows["gebruikers"], p.rows["app_devices"], p.rows["audit_log"] = [], [], []
    tenants = [t for t in p.rows["huurders"] if rng.random() < 0.75]
    for i, tenant in enumerate(tenants, 1):
        name = tenant[1] if rng.random() < 0.6 else f"{tenant[1]} {tenant[3][0]}."
        p.rows["gebruikers"].append((
            i, tenant[6], name, _pbkdf2(rng),
            "".join(rng.choices(string.ascii_uppercase + "234567", k=32)) if rng.random() < 0.35 else None,
            _ip(rng) if rng.random() < 0.9 else None, _moment(rng, 2024, 2024) if rng.random() < 0.9 else None,
            "en-GB" if tenant[10] in EXPAT else rng.choice(LOCALES), rng.random() < 0.8, tenant[19]))
    for user in p.rows["gebruikers"]:
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            platform, versions = rng.choice(USER_AGENT_PLATFORMS)
            p.rows["app_devices"].append((
                len(p.rows["app_devices"]) + 1, user[0], str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
                if platform == "ios" else str(uuid.UUID(int=rng.getrandbits(128), version=4)), _push_token(rng),
                platform, rng.choice(versions), rng.choice(APP_VERSIONS), _ip(rng) if rng.random() < 0.8 else None,
                _moment(rng, 2022, 2024)))
    actions = (("login", "gebruiker"), ("aanvraag.ingediend", "aanvraag"), ("profiel.gewijzigd", "huurder"),
               ("contract.getekend", "contract"), ("export.csv", "rapport"), ("wachtwoord.reset", "gebruiker"))
    for i in range(1, 301):
        action, entity = rng.choice(actions)
        system = action == "export.csv"
        p.rows["audit_log"].append((
            i, None if system else rng.randint(1, len(p.rows["gebruikers"])), action, entity, rng.randint(1, 400),
            None if system else _ip(rng), str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            _moment(rng, 2024, 2024)))


def _applications(rng: random.Random, p: Platform, make: _Maker, fakes: dict[str, Faker]) -> None:
    p.rows["huuraanvragen"], p.rows["bezichtigingen"] = [], []
    for i in range(1, 401):
        tenant = rng.choice(p.rows["huurders"])
        flat = rng.choice(p.rows["woningen"])
        data = None
        if rng.random() < 0.8:
            data = {"aantal_personen": rng.randint(1, 5), "huisdieren": rng.random() < 0.2,
                    "rookt": rng.random() < 0.1, "contract": rng.choice(("vast", "tijdelijk", "zzp", "geen")),
                    "bruto_maandinkomen": rng.randrange(1500, 9000, 50),
                    "motivatie": rng.choice(MOTIVATIONS).format(city=flat[6])}
            if rng.random() < 0.45:
                first, last = fakes["NL"].first_name(), tenant[3]
                data["garantsteller"] = {"naam": f"{first} {last}", "email": make.email(first, last, DUTCH_MAIL),
                                         "telefoon": make.phone()}
            if rng.random() < 0.25:
                data["vorige_verhuurder_tel"] = make.phone(kind="fixed", area=rng.choice(MUNICIPALITIES)[4])
            data = json.dumps(data, ensure_ascii=False)
        p.rows["huuraanvragen"].append((
            i, flat[0], tenant[0], _moment(rng, 2023, 2024), data, rng.randint(0, 120) if rng.random() < 0.7 else None,
            rng.choice(("nieuw", "in_behandeling", "afgewezen", "uitgenodigd", "toegewezen"))))
    for i in range(1, 301):
        tenant = rng.choice(p.rows["huurders"])
        note = rng.choice((*VIEWING_NOTES, None, None, None))
        if note:
            note = _fill(note, phone=tenant[7] or make.phone(), email=make.email(tenant[1], tenant[3], DUTCH_MAIL))
        p.rows["bezichtigingen"].append((
            i, rng.choice(p.rows["woningen"])[0], tenant[0], _moment(rng, 2023, 2024),
            rng.choice(("gepland", "geweest", "afgezegd", "no-show")), note))


def _messages(rng: random.Random, p: Platform, make: _Maker) -> None:
    p.rows["berichten"] = []
    landlords = {row[0]: row for row in p.rows["verhuurders"]}
    for _ in range(120):
        lease = rng.choice(p.rows["huurcontracten"])
        tenant = p.rows["huurders"][lease[3] - 1]
        flat = p.rows["woningen"][lease[2] - 1]
        landlord = landlords[flat[2]]
        thread = f"{rng.getrandbits(48):012x}"
        for _ in range(rng.randint(1, 5)):
            moment = _moment(rng, 2023, 2024)
            from_tenant = rng.random() < 0.55
            if from_tenant:
                template = rng.choice(MESSAGES_TENANT)
                body = _fill(template, first=tenant[1], street=flat[3], phone=tenant[7] or make.phone(),
                             iban=tenant[9] or make.iban(),
                             email=make.email(tenant[1], tenant[3], DUTCH_MAIL))
            else:
                template = rng.choice(MESSAGES_LANDLORD)
                body = _fill(template, first=tenant[1], iban=grouped(landlord[12].replace(" ", "")),
                             phone=landlord[7] or make.phone())
            p.rows["berichten"].append((
                len(p.rows["berichten"]) + 1, thread, "huurder" if from_tenant else "verhuurder",
                tenant[0] if from_tenant else landlord[0], body, moment,
                f"{moment[:11]}23:{rng.randint(0, 59):02d}:00" if rng.random() < 0.8 else None))


def _maintenance(rng: random.Random, p: Platform, make: _Maker, fakes: dict[str, Faker]) -> None:
    pt = fakes["PT"]
    p.rows["tecnicos"], p.rows["ordens_servico"] = [], []
    for i in range(1, TECHNICIAN_COUNT + 1):
        first, last = pt.first_name(), f"{pt.last_name()} {pt.last_name()}" if rng.random() < 0.5 else pt.last_name()
        p.rows["tecnicos"].append((
            i, first, last, make.nif(), make.phone("PT"),
            make.email(first, last.split(" ")[-1], PORTUGUESE_MAIL) if rng.random() < 0.8 else None,
            rng.choice(SPECIALITIES), Decimal(rng.randrange(3500, 7500, 250)) / 100,
            _day(rng, 1962, 2000) if rng.random() < 0.75 else None,
            f"{pt.street_name()}, {rng.randint(1, 200)}, {rng.choice(PT_DISTRICTS)}" if rng.random() < 0.8 else None,
            f"{rng.randint(1000, 4999)}-{rng.randint(0, 999):03d}" if rng.random() < 0.8 else None,
            rng.random() < 0.85, _moment(rng, 2020, 2024)))
    leases = {row[2]: row for row in p.rows["huurcontracten"]}
    for i in range(1, 151):
        flat = rng.choice(p.rows["woningen"])
        tenant = p.rows["huurders"][leases[flat[0]][3] - 1] if flat[0] in leases else None
        template = rng.choice(WORK_ORDERS)
        if tenant is None:
            template = rng.choice([t for t in WORK_ORDERS if "{" not in t])
        text = _fill(template, phone=(tenant[7] if tenant and tenant[7] else make.phone()),
                     first=tenant[1] if tenant else "", email=make.email(tenant[1], tenant[3], DUTCH_MAIL)
                     if tenant else "")
        technician = rng.choice(p.rows["tecnicos"])[3] if rng.random() < 0.9 else None
        created = _moment(rng, 2023, 2024)
        done = rng.random() < 0.6
        p.rows["ordens_servico"].append((
            i, f"OS-{created[:4]}-{i:05d}", flat[0], technician, text,
            "concluida" if done else rng.choice(("aberta", "agendada", "cancelada")),
            Decimal(rng.randrange(4500, 185000, 5)) / 100 if done else None, created,
            f"{created[:5]}{min(12, int(created[5:7]) + 1):02d}{created[7:]}" if done else None))


def make_platform(seed: int = SEED) -> Platform:
    """The whole platform, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {"NL": Faker("nl_NL"), "EN": Faker("en_GB"), "PT": Faker("pt_PT")}
    for offset, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + offset)
    p = Platform()
    make = _Maker(rng, p)
    _reference_data(rng, p, make, fakes["NL"])
    _landlords(rng, p, make, fakes["NL"])
    _flats(rng, p)
    _tenants(rng, p, make, fakes)
    _leases(rng, p, make, fakes)
    _accounts(rng, p)
    _applications(rng, p, make, fakes)
    _messages(rng, p, make)
    _maintenance(rng, p, make, fakes)
    return p


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, p: Platform) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, p.rows)


def load_labels(tool: str) -> dict:
    """tests/third/labels.yml's section for `tool`: columns, quasi_identifiers,
    not_personal, clearly_not_personal."""
    return apps.load_labels(LABELS, tool)
