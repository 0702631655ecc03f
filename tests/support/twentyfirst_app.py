"""The twenty-first held-out application: a Zurich private bank's wealth CRM, a Spring Boot/JPA service in Swiss German.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the twenty other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/twentyfirst/labels.yml) before any detector ran on it.

"Bank Limmatquai AG" (fictional), a private bank in Zurich, keeps its relationship
managers' client book in a CRM its own Java team wrote on Spring Boot 3: JPA entities
with Swiss German field names (no ß, umlauts spelled out: `geburts_datum`,
`nationalitaet`, `gespraechsnotiz`), which Hibernate's default naming strategy turns into
snake_case columns, `bigint` ids, `erstellt_am`/`geaendert_am` and JPA's `version`;
Flyway's own `flyway_schema_history`; and Spring Session JDBC's `spring_session`
(`session_id` a UUID, `principal_name` the e-banking login's e-mail, epoch milliseconds)
and `spring_session_attributes` (`attribute_bytes` the Java-serialized security context
holding the login's e-mail, and a CSRF token). The tables: `mitarbeiter` the staff
(`personal_nr`, `kuerzel` the three-letter initials, names, birth date, `ahv_nr` the
social security number 756.1234.5678.97 with its EAN-13 check digit, `konfession` for
the withholding tax, a mobile, the named work mailbox, `benutzername`, a Spring Security
`{bcrypt}` hash, `lohn_iban` the salary account at another bank), `gegenpartei` the
external asset managers, custodians and brokers (`uid_nr` CHE-123.456.789 MWST with its
mod-11 check digit, the LEI with its mod-97 check, office address, switchboard, info@
mailbox, company IBAN, `kontakt_person`), `produkt` the investment products (valor
number, ISIN with its check digit), `kunde` the clients (`stamm_nr` 100.234.567,
`anrede` Herr/Frau, `titel`, names, birth date, nationality, civil status, AHV number,
e-mail UNIQUE and referenced by `portal_login.email`, mobile and home phones in every
Swiss layout, street, 4-digit PLZ, place, `kyc_daten` a JSON of the know-your-customer
file: profession, employer, source of wealth, wealth, a politically exposed person's
office and party, the spouse's name and birth date, the children, a US TIN for FATCA,
an emergency contact), `kunden_dokument` (passports, identity cards and residence
permits: number, JPEG scans or PDFs, a file name made of the client's name), `konto` the
accounts (the clients' CH IBANs, balances), `depot_position` the holdings,
`zahlungsauftrag` the payment orders (the recipient's name and IBAN, a person's or a
company's, the QR reference with its mod-10 recursive check digit, `mitteilung` the
message to the recipient), `gespraechsnotiz` the relationship managers' notes on calls
and meetings (e-mails, phones, an IBAN, a divorce, an illness, a party office),
`portal_login` the e-banking logins (argon2id hash, TOTP secret, last IP) and
`einstellung` the settings (the bank's address, switchboard, mailboxes, BIC, UID, own
IBAN).

Everything here is the original side: the rows (`make_bank`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and
the personal e-mails and IBANs a leak check looks for (the counterparties', the
companies paid and the bank's own mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Bank", "create", "dump", "load_labels", "make_bank"]

SEED = 20260905
LABELS = Path(__file__).resolve().parents[1] / "twentyfirst" / "labels.yml"
STAFF_COUNT = 45
CLIENT_COUNT = 190
PAYMENT_COUNT = 280
NOTE_COUNT = 220
SESSION_COUNT = 130
TODAY = dt.date(2025, 11, 20)
OWN_DOMAIN = "limmatquai-bank.ch"
OWN_IID = "08791"  # the bank's clearing number in its clients' IBANs

TYPES = {
    "mariadb": {"ts": "datetime(6)", "json": "longtext", "blob": "longblob", "text": "longtext", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp(6) without time zone", "json": "jsonb", "blob": "bytea", "text": "text",
                   "bool": "boolean"},
    "sqlite": {"ts": "timestamp", "json": "text", "blob": "blob", "text": "text", "bool": "boolean"},
}

# Every table's column definitions ("name type constraints"), parents before children, in
# the order Hibernate's schema export writes an entity's fields (id first, then by name
# as the team declared them).
SCHEMA: dict[str, tuple[str, ...]] = {
    "flyway_schema_history": (
        "installed_rank integer PRIMARY KEY", "version varchar(50)", "description varchar(200) NOT NULL",
        "type varchar(20) NOT NULL", "script varchar(1000) NOT NULL", "checksum integer",
        "installed_by varchar(100) NOT NULL", "installed_on {ts} NOT NULL", "execution_time integer NOT NULL",
        "success {bool} NOT NULL"),
    "mitarbeiter": (
        "id bigint PRIMARY KEY", "personal_nr varchar(8) NOT NULL UNIQUE", "kuerzel varchar(4) NOT NULL UNIQUE",
        "vorname varchar(60) NOT NULL", "nachname varchar(60) NOT NULL", "geburts_datum date",
        "ahv_nr varchar(16)", "konfession varchar(12)", "mobil_nr varchar(20)", "email varchar(254) NOT NULL",
        "benutzername varchar(30) NOT NULL UNIQUE", "passwort_hash varchar(100) NOT NULL", "lohn_iban varchar(34)",
        "abteilung varchar(40) NOT NULL", "rolle varchar(20) NOT NULL", "aktiv {bool} NOT NULL",
        "eintritt_datum date NOT NULL"),
    "gegenpartei": (
        "id bigint PRIMARY KEY", "firma varchar(120) NOT NULL", "uid_nr varchar(20) NOT NULL UNIQUE",
        "lei varchar(20)", "art varchar(30) NOT NULL", "strasse varchar(80) NOT NULL", "plz varchar(6) NOT NULL",
        "ort varchar(40) NOT NULL", "land varchar(2) NOT NULL", "telefon varchar(20) NOT NULL",
        "email varchar(254) NOT NULL", "iban varchar(34)", "kontakt_person varchar(80)", "aktiv {bool} NOT NULL"),
    "produkt": (
        "id bigint PRIMARY KEY", "valor_nr varchar(12) NOT NULL UNIQUE", "isin varchar(12) NOT NULL UNIQUE",
        "bezeichnung varchar(120) NOT NULL", "produkt_typ varchar(20) NOT NULL", "waehrung varchar(3) NOT NULL",
        "risiko_klasse smallint NOT NULL", "emittent_id bigint", "ter_prozent decimal(5,3)",
        "aktiv {bool} NOT NULL"),
    "kunde": (
        "id bigint PRIMARY KEY", "stamm_nr varchar(11) NOT NULL UNIQUE", "berater_id bigint NOT NULL",
        "anrede varchar(10)", "titel varchar(20)", "vorname varchar(60) NOT NULL", "nachname varchar(60) NOT NULL",
        "geburts_datum date", "nationalitaet varchar(2)", "zivilstand varchar(30)", "ahv_nr varchar(16)",
        "email varchar(254) UNIQUE", "telefon_mobil varchar(20)", "telefon_privat varchar(20)",
        "strasse varchar(80)", "plz varchar(6)", "ort varchar(40)", "land varchar(2) NOT NULL",
        "sprache varchar(2) NOT NULL", "risiko_profil varchar(20) NOT NULL", "kyc_daten {json}",
        "eroeffnet_am date NOT NULL", "erstellt_am {ts} NOT NULL", "geaendert_am {ts} NOT NULL",
        "version integer NOT NULL"),
    "kunden_dokument": (
        "id bigint PRIMARY KEY", "kunde_id bigint NOT NULL", "dok_typ varchar(20) NOT NULL",
        "dok_nummer varchar(20) NOT NULL", "ausstellungs_land varchar(2) NOT NULL", "gueltig_bis date",
        "datei {blob}", "dateiname varchar(120)", "mime_type varchar(40)", "hochgeladen_am {ts} NOT NULL",
        "hochgeladen_von bigint NOT NULL"),
    "konto": (
        "id bigint PRIMARY KEY", "kunde_id bigint NOT NULL", "iban varchar(34) NOT NULL UNIQUE",
        "konto_art varchar(20) NOT NULL", "waehrung varchar(3) NOT NULL", "saldo decimal(15,2) NOT NULL",
        "eroeffnet_am date NOT NULL", "status varchar(12) NOT NULL"),
    "depot_position": (
        "id bigint PRIMARY KEY", "konto_id bigint NOT NULL", "produkt_id bigint NOT NULL",
        "anzahl decimal(15,4) NOT NULL", "einstandskurs decimal(15,4) NOT NULL", "bewertet_am date NOT NULL"),
    "zahlungsauftrag": (
        "id bigint PRIMARY KEY", "konto_id bigint NOT NULL", "auftrags_nr varchar(20) NOT NULL UNIQUE",
        "empfaenger_name varchar(80) NOT NULL", "empfaenger_iban varchar(34) NOT NULL",
        "betrag decimal(15,2) NOT NULL", "waehrung varchar(3) NOT NULL", "qr_referenz varchar(27)",
        "mitteilung varchar(140)", "ausfuehrung_datum date NOT NULL", "status varchar(12) NOT NULL",
        "erfasst_am {ts} NOT NULL"),
    "gespraechsnotiz": (
        "id bigint PRIMARY KEY", "kunde_id bigint NOT NULL", "mitarbeiter_id bigint NOT NULL",
        "kontakt_am {ts} NOT NULL", "kanal varchar(10) NOT NULL", "betreff varchar(80) NOT NULL",
        "notiz {text} NOT NULL", "vertraulich {bool} NOT NULL"),
    "portal_login": (
        "id bigint PRIMARY KEY", "kunde_id bigint NOT NULL UNIQUE", "email varchar(254) NOT NULL UNIQUE",
        "passwort_hash varchar(120) NOT NULL", "totp_secret varchar(32)", "letzter_login {ts}",
        "letzte_ip varchar(45)", "fehlversuche smallint NOT NULL", "gesperrt {bool} NOT NULL",
        "erstellt_am {ts} NOT NULL"),
    "spring_session": (
        "primary_id char(36) PRIMARY KEY", "session_id char(36) NOT NULL UNIQUE", "creation_time bigint NOT NULL",
        "last_access_time bigint NOT NULL", "max_inactive_interval integer NOT NULL",
        "expiry_time bigint NOT NULL", "principal_name varchar(100)"),
    "spring_session_attributes": (
        "session_primary_id char(36) NOT NULL", "attribute_name varchar(200) NOT NULL",
        "attribute_bytes {blob} NOT NULL"),
    "einstellung": (
        "id bigint PRIMARY KEY", "schluessel varchar(80) NOT NULL UNIQUE", "wert varchar(500) NOT NULL",
        "geaendert_am {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("produkt", ["emittent_id"], "gegenpartei", ["id"]),
    _fk("kunde", ["berater_id"], "mitarbeiter", ["id"]),
    _fk("kunden_dokument", ["kunde_id"], "kunde", ["id"]),
    _fk("kunden_dokument", ["hochgeladen_von"], "mitarbeiter", ["id"]),
    _fk("konto", ["kunde_id"], "kunde", ["id"]),
    _fk("depot_position", ["konto_id"], "konto", ["id"]),
    _fk("depot_position", ["produkt_id"], "produkt", ["id"]),
    _fk("zahlungsauftrag", ["konto_id"], "konto", ["id"]),
    _fk("gespraechsnotiz", ["kunde_id"], "kunde", ["id"]),
    _fk("gespraechsnotiz", ["mitarbeiter_id"], "mitarbeiter", ["id"]),
    _fk("portal_login", ["kunde_id"], "kunde", ["id"]),
    _fk("portal_login", ["email"], "kunde", ["email"]),
    _fk("spring_session_attributes", ["session_primary_id"], "spring_session", ["primary_id"]),
)

PLACES = (  # PLZ range, place, canton, area code, weight
    ((8001, 8008), "Zürich", "ZH", "044", 30), ((8700, 8700), "Küsnacht", "ZH", "044", 8),
    ((8802, 8802), "Kilchberg", "ZH", "044", 5), ((8810, 8810), "Horgen", "ZH", "044", 4),
    ((6300, 6300), "Zug", "ZG", "041", 10), ((8832, 8832), "Wollerau", "SZ", "044", 5),
    ((8400, 8411), "Winterthur", "ZH", "052", 6), ((6900, 6900), "Lugano", "TI", "091", 4),
    ((4051, 4059), "Basel", "BS", "061", 6), ((3005, 3013), "Bern", "BE", "031", 5),
    ((1204, 1209), "Genève", "GE", "022", 4), ((7500, 7500), "St. Moritz", "GR", "081", 3),
)
FOREIGN_PLACES = (("DE", "80331", "München"), ("DE", "60311", "Frankfurt am Main"), ("AT", "1010", "Wien"),
                  ("GB", "SW1A 1AA", "London"), ("IT", "20121", "Milano"))
MAIL_DOMAINS = ("bluewin.ch", "bluewin.ch", "gmail.com", "gmail.com", "gmx.ch", "hispeed.ch", "sunrise.ch",
                "outlook.com", "icloud.com", "proton.me", "gmx.de", "yahoo.com")
OTHER_BANKS = ("00700", "00235", "00230", "09000", "00762", "06300", "80808", "00483")  # ZKB, UBS, PostFinance...
NATIONS = ("CH",) * 14 + ("DE", "DE", "DE", "IT", "AT", "FR", "GB", "US", "NL", "RU")
TITLES = (None,) * 8 + ("Dr.", "Dr.", "Prof. Dr.", "lic. iur.", "Dr. med.")
PROFESSIONS = ("Unternehmer", "Ärztin", "Zahnarzt", "Rechtsanwältin", "Treuhänder", "Architekt", "Pilot",
               "Pensioniert", "Hausfrau", "CFO", "Investmentbanker", "Professorin", "Hotelier", "Landwirt")
EMPLOYERS = ("Roche Holding AG", "Novartis AG", "Glencore", "eigene Praxis", "Swiss International Air Lines",
             "ETH Zürich", "Universitätsspital Zürich", "selbständig", "Zurich Insurance Group", None)
WEALTH_SOURCES = ("Erbschaft", "Unternehmensverkauf", "Erwerbseinkommen", "Immobilien", "Lotteriegewinn",
                  "Scheidungsvergleich", "Bonuszahlungen")
PEP_OFFICES = ("Kantonsrat (FDP)", "Nationalrat (SVP)", "Gemeinderat (SP)", "Ständerat (Die Mitte)",
               "Botschafter a. D.", "Regierungsrat (GLP)")
COUNTERPARTIES = (  # firma, kind, place index or foreign, street, mailbox, domain
    ("Albis Vermögensverwaltung AG", "Vermögensverwalter", 0, "Bahnhofstrasse 42", "info", "albis-vv.ch"),
    ("Pfannenstiel Family Office GmbH", "Vermögensverwalter", 1, "Seestrasse 118", "office", "pfannenstiel-fo.ch"),
    ("Zuger Trust Partners AG", "Treuhand", 4, "Baarerstrasse 21", "kontakt", "zugertrust.ch"),
    ("SIX SIS AG", "Depotbank", 0, "Pfingstweidstrasse 110", "sis.operations", "six-group.com"),
    ("Helvetia Brokerage SA", "Broker", 10, "Rue du Rhône 65", "desk", "helvetia-brokerage.ch"),
    ("Ticino Wealth Advisors SA", "Vermögensverwalter", 7, "Via Nassa 5", "info", "ticinowealth.ch"),
    ("Basler Fondsleitung AG", "Fondsleitung", 8, "Aeschenvorstadt 48", "fonds", "basler-fonds.ch"),
    ("Bank Limmatquai Fonds AG", "Emittent", 0, "Limmatquai 62", "fonds", OWN_DOMAIN),
)
PRODUCTS = (  # bezeichnung, typ, currency, risk class, issuer index or None, TER
    ("Limmatquai Strategie Ertrag CHF", "Fonds", "CHF", 2, 7, "0.850"),
    ("Limmatquai Strategie Wachstum CHF", "Fonds", "CHF", 4, 7, "0.950"),
    ("Limmatquai Obligationen Schweiz", "Fonds", "CHF", 2, 7, "0.450"),
    ("Basler Immobilienfonds Schweiz", "Fonds", "CHF", 3, 6, "0.720"),
    ("Nestlé SA Namenaktie", "Aktie", "CHF", 4, None, None), ("Novartis AG Namenaktie", "Aktie", "CHF", 4, None, None),
    ("Roche Holding AG Genussschein", "Aktie", "CHF", 4, None, None),
    ("UBS Group AG Namenaktie", "Aktie", "CHF", 5, None, None), ("ABB Ltd Namenaktie", "Aktie", "CHF", 4, None, None),
    ("Apple Inc.", "Aktie", "USD", 5, None, None), ("Microsoft Corp.", "Aktie", "USD", 5, None, None),
    ("iShares Core SPI ETF", "ETF", "CHF", 4, None, "0.100"), ("Eidgenossenschaft 0.5% 2032", "Obligation", "CHF", 1,
                                                                 None, None),
    ("Gold physisch 1 kg", "Edelmetall", "USD", 4, None, None),
    ("Barrier Reverse Convertible Nestlé/Roche 7%", "Strukturiert", "CHF", 5, 4, None),
    ("Money Market Fund EUR", "Fonds", "EUR", 1, 3, "0.150"),
)
COMPANY_PAYEES = (  # name, IID, with a QR reference
    ("Steueramt des Kantons Zürich", "00700", True), ("Swisscom (Schweiz) AG", "09000", True),
    ("ewz Elektrizitätswerk der Stadt Zürich", "00700", True), ("CSS Kranken-Versicherung AG", "09000", True),
    ("Galerie Henze & Ketterer AG", "00235", False), ("Baur au Lac Zürich", "00700", False),
    ("Internationale Schule Zürich", "00762", True), ("Garage Weltrennen Porsche Zentrum", "00483", False),
)
PAYMENT_MESSAGES = (
    "Miete {month}", "Geburtstagsgeschenk für {given}", "Darlehen zurück, Gruss {given}", "Unterhalt {month}",
    "Rechnung Praxis Dr. med. {family} Psychiatrie", "Anzahlung Wohnung Engadin", None, None, None,
    "Schulgeld {given}, Semester 2", "Honorar Scheidungsanwältin {family}",
)
NOTE_SUBJECTS = ("Jahresgespräch", "Anlagevorschlag", "Adressänderung", "KYC-Aktualisierung", "Erbschaft",
                 "Hypothek", "Beschwerde", "Zahlungsauftrag telefonisch")
NOTES = (
    "Kunde ruft an: neue Handynummer {phone}, bitte im System ändern.",
    "Kundin wünscht Korrespondenz neu an {email}, die alte Adresse wird nicht mehr gelesen.",
    "Ehemann ({spouse}) an Parkinson erkrankt, Kundin möchte Liquidität erhöhen. Vertraulich.",
    "Scheidung läuft, Anwältin der Gegenpartei hat angerufen. Keine Auskunft erteilt.",
    "Zahlung von CHF 250'000 an Tochter {given}, Konto {iban}, bitte bis Freitag ausführen.",
    "Jahresgespräch in Küsnacht, Strategie unverändert. Kunde zufrieden mit Performance.",
    "Kunde neu in den Kantonsrat gewählt (Partei: {party}), PEP-Abklärung durch Compliance nötig.",
    "Sohn {given} ({email}) soll Vollmacht erhalten, Formular per Post an {street}.",
    "Rückruf erbeten unter {phone}, ab 18 Uhr.",
    "Anlagevorschlag besprochen, Risikoprofil bleibt ausgewogen.",
    "Kundin nach Burnout in Reha-Klinik Kilchberg, Kontakt nur über Schwester {spouse}, Tel. {phone}.",
)
AGENTS = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
          "Safari/605.1.15",)
IP_FIRSTS = (31, 46, 62, 77, 83, 85, 178, 188, 195, 212, 213)
IPV6_PREFIXES = ("2a02:1210", "2a02:aa10", "2001:1711", "2a04:ee41")


@dataclass
class Bank:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the companies' or the bank's)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def ean13_digit(twelve: str) -> str:
    """An EAN-13 check digit (the AHV number's thirteenth digit)."""
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve)) % 10) % 10)


def uid_digit(eight: str) -> str | None:
    """The Swiss UID's mod-11 check digit (None when the number is not valid, 10)."""
    r = 11 - sum(int(d) * w for d, w in zip(eight, (5, 4, 3, 2, 7, 6, 5, 4))) % 11
    return None if r == 10 else str(r % 11)


def mod10_recursive(digits: str) -> str:
    """The QR reference's (and ESR's) check digit."""
    table, carry = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5), 0
    for d in digits:
        carry = table[(carry + int(d)) % 10]
    return str((10 - carry) % 10)


def isin_digit(eleven: str) -> str:
    """An ISIN's check digit (Luhn on the letters' two-digit values)."""
    return apps.luhn_digit("".join(str(int(c, 36)) for c in eleven))


def lei_digits(eighteen: str) -> str:
    """An LEI's two check digits (ISO 7064 mod 97-10)."""
    return f"{98 - int(''.join(str(int(c, 36)) for c in eighteen + '00')) % 97:02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (0, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}000"


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ", timespec="microseconds")


def _millis(when: str) -> int:
    return int(dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Swiss values: AHV numbers, phones, e-mails, IBANs, tokens, hashes."""

    def __init__(self, rng: random.Random, m: Bank) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def ahv(self) -> str:
        twelve = "756" + self.unique(lambda: self.digits(9))
        c = twelve + ean13_digit(twelve)
        return f"{c[:3]}.{c[3:7]}.{c[7:11]}.{c[11:]}"

    def mobile(self) -> str:
        n = self.unique(lambda: self.rng.choice(("76", "77", "78", "79")) + self.digits(7))
        return self.rng.choice((f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+41 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                                f"+41{n}", f"0{n}", f"0041 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"))

    def landline(self, area: str) -> str:
        n = self.digits(7)
        return f"{area} {n[:3]} {n[3:5]} {n[5:]}"

    def email(self, given: str, family: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(given).replace("-", ""), ascii_fold(family.split()[-1]).replace("-", "")
        yy = str(year)[-2:] if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}.{s}{yy}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 9)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban_ch(self, iid: str, personal: bool = True) -> str:
        bban = iid + self.unique(lambda: self.digits(12))
        compact = "CH" + iban_check_digits("CH", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def iban_foreign(self) -> str:
        rng = self.rng
        country = rng.choice(("DE", "DE", "AT"))
        bban = self.unique(lambda: self.digits(8) + self.digits(10) if country == "DE" else self.digits(16))
        compact = country + iban_check_digits(country, bban) + bban
        self.m.ibans.add(compact)
        return compact

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
        return apps.ipv4(rng, IP_FIRSTS)

    def bcrypt(self) -> str:
        return "{bcrypt}$2a$10$" + self.token(53, string.ascii_letters + string.digits + "./")

    def argon2(self) -> str:
        salt = apps.b64(self.rng.randbytes(16))
        digest = apps.b64(hashlib.blake2b(salt.encode(), digest_size=32).digest())
        return f"$argon2id$v=19$m=16384,t=2,p=1${salt}${digest}"


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("de_CH")
        self.faker.seed_instance(seed)
        self.m = Bank(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.staff: list[int] = []
        self.clients: list[dict] = []
        self.accounts: list[dict] = []

    def place(self) -> tuple:
        return self.rng.choices(PLACES, [p[4] for p in PLACES])[0]

    def street(self) -> str:
        return f"{self.faker.street_name()} {self.rng.randint(1, 180)}{self.rng.choice(('', '', '', 'a', 'b'))}"

    def person(self, first: int, last: int) -> dict:
        sex = self.rng.choice("FM")
        given = self.faker.first_name_female() if sex == "F" else self.faker.first_name_male()
        return {"sex": sex, "given": given, "family": self.faker.last_name(), "born": apps.day(self.rng, first, last)}


def _migrations(w: _World) -> None:
    rng = w.rng
    scripts = ("init schema", "kunde und konto", "gegenpartei", "produkt und depot", "zahlungsauftrag",
               "gespraechsnotiz", "kunden dokument", "portal login", "spring session", "kyc daten json",
               "mitarbeiter lohn iban", "einstellung")
    when = "2021-03-01 09:12:00.000000"
    for n, text in enumerate(scripts, 1):
        when = _plus(when, rng.randint(20000, 90000))
        w.m.rows["flyway_schema_history"].append((
            n, f"1.{n - 1}", text, "SQL", f"V1_{n - 1}__{text.replace(' ', '_')}.sql",
            rng.randint(-2**31, 2**31 - 1), "crm_owner", when, rng.randint(8, 2400), True))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    departments = (("Private Banking Zürich", "BERATER"), ("Private Banking Zug", "BERATER"),
                   ("Compliance", "COMPLIANCE"), ("Operations", "BACKOFFICE"), ("IT", "ADMIN"))
    for n in range(1, STAFF_COUNT + 1):
        p = w.person(1962, 2000)
        given, family = p["given"], p["family"]
        initials = make.unique(lambda: (given[0] + family[:2]).upper() if rng.random() < 0.7
                               else (given[0] + family[0] + rng.choice(string.ascii_uppercase)).upper())
        email = make.unique(lambda: f"{ascii_fold(given)}.{ascii_fold(family)}@{OWN_DOMAIN}")
        w.m.emails.add(email.casefold())  # a named person's work mailbox
        dept = departments[0] if n <= 20 else rng.choice(departments)
        w.m.rows["mitarbeiter"].append((
            n, f"P{10230 + n * 7:05d}", initials, given, family, p["born"], make.ahv(),
            rng.choice(("röm.-kath.", "ev.-ref.", "christkath.", "keine", "keine", None)),
            make.mobile() if rng.random() < 0.8 else None, email,
            make.unique(lambda: (ascii_fold(given)[0] + ascii_fold(family))[:12]), make.bcrypt(),
            make.iban_ch(rng.choice(OTHER_BANKS)) if rng.random() < 0.85 else None, dept[0], dept[1],
            rng.random() < 0.92, apps.day(rng, 2004, 2025)))
        if dept[1] == "BERATER":
            w.staff.append(n)


def _companies(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (firma, kind, place, street, mailbox, domain) in enumerate(COUNTERPARTIES, 1):
        pl = PLACES[place]
        eight = make.unique(lambda: next(d for d in iter(lambda: make.digits(8), None) if uid_digit(d)))
        uid = f"CHE-{eight[:3]}.{eight[3:6]}.{eight[6:]}{uid_digit(eight)} MWST"
        eighteen = "5067" + "00" + make.token(12, string.ascii_uppercase + string.digits)
        w.m.rows["gegenpartei"].append((
            n, firma, uid, eighteen + lei_digits(eighteen), kind, street, str(pl[0][0]), pl[1], "CH",
            make.landline(pl[3]), f"{mailbox}@{domain}", make.iban_ch(rng.choice(OTHER_BANKS), personal=False),
            f"{w.faker.first_name()} {w.faker.last_name()}" if rng.random() < 0.8 else None, True))
    for n, (name, kind, currency, risk, issuer, ter) in enumerate(PRODUCTS, 1):
        country = "CH" if currency == "CHF" else rng.choice(("US", "LU", "IE"))
        nine = make.unique(lambda: make.digits(9))
        eleven = country + nine
        w.m.rows["produkt"].append((
            n, str(int(nine[2:]) + 1000000), eleven + isin_digit(eleven), name, kind, currency, risk,
            issuer + 1 if issuer is not None else None, Decimal(ter) if ter else None, rng.random() < 0.95))


def _clients(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, CLIENT_COUNT + 1):
        p = w.person(1938, 1998)
        given, family = p["given"], p["family"]
        nation = rng.choice(NATIONS)
        abroad = rng.random() < 0.1
        if abroad:
            country, plz, place = rng.choice(FOREIGN_PLACES)
            area = "044"
        else:
            pl = w.place()
            country, plz, place, area = "CH", str(rng.randint(*pl[0])), pl[1], pl[3]
        email = make.email(given, family, int(p["born"][:4])) if rng.random() < 0.88 else None
        mobile = make.mobile() if rng.random() < 0.9 else None
        spouse = None
        married = rng.random() < 0.6
        if married:
            spouse = {"name": f"{faker.first_name_male() if p['sex'] == 'F' else faker.first_name_female()} {family}",
                      "geburtsdatum": apps.day(rng, 1938, 1998)}
        kids = [{"vorname": faker.first_name(), "jahrgang": rng.randint(1965, 2020)}
                for _ in range(rng.choice((0, 0, 1, 2, 2, 3)))]
        pep = rng.random() < 0.06
        kyc = {"beruf": rng.choice(PROFESSIONS), "arbeitgeber": rng.choice(EMPLOYERS),
               "herkunft_vermoegen": rng.choice(WEALTH_SOURCES),
               "gesamtvermoegen_chf": rng.randrange(500000, 40000000, 50000),
               "jahreseinkommen_chf": rng.randrange(80000, 3000000, 10000),
               "pep": pep, "pep_funktion": rng.choice(PEP_OFFICES) if pep else None,
               "ehepartner": spouse, "kinder": kids,
               "steuerdomizil": country if country != "GB" else "GB"}
        if nation == "US":
            kyc["fatca_us_tin"] = f"{make.digits(3)}-{make.digits(2)}-{make.digits(4)}"
        if rng.random() < 0.35:
            kyc["notfallkontakt"] = {"name": f"{faker.first_name()} {faker.last_name()}", "telefon": make.mobile()}
        opened = apps.day(rng, 1995, 2025)
        created = _moment(rng, max(2021, int(opened[:4])), 2025)
        street = w.street()
        client = {"id": n, "given": given, "family": family, "email": email, "mobile": mobile, "sex": p["sex"],
                  "street": f"{street}, {plz} {place}", "spouse": spouse, "kids": kids}
        w.clients.append(client)
        w.m.rows["kunde"].append((
            n, f"{100 + n // 1000}.{rng.randint(100, 999)}.{n:03d}"[:11], rng.choice(w.staff),
            ("Frau" if p["sex"] == "F" else "Herr") if rng.random() < 0.95 else None, rng.choice(TITLES),
            given, family, p["born"] if rng.random() < 0.95 else None, nation,
            rng.choice(("verheiratet", "eingetragene Partnerschaft")) if married
            else rng.choice(("ledig", "geschieden", "verwitwet")),
            make.ahv() if country == "CH" and rng.random() < 0.8 else None, email, mobile,
            make.landline(area) if rng.random() < 0.4 else None, street, plz, place, country,
            rng.choice(("de", "de", "de", "en", "fr", "it")),
            rng.choice(("konservativ", "ausgewogen", "ausgewogen", "wachstum", "dynamisch")),
            json.dumps(kyc, ensure_ascii=False) if rng.random() < 0.92 else None, opened, created,
            _plus(created, rng.randint(0, 200000)), rng.randint(0, 14)))


def _documents(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.clients:
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            kind = rng.choice(("PASS", "ID", "ID", "AUSLAENDERAUSWEIS", "WOHNSITZNACHWEIS"))
            number = make.unique(lambda: rng.choice("XSCEF") + make.digits(7)) if kind != "WOHNSITZNACHWEIS" \
                else f"EWK-{make.digits(6)}"
            if kind == "WOHNSITZNACHWEIS":
                blob = apps.pdf_bytes([f"Wohnsitzbestätigung {c['given']} {c['family']}", c["street"]])
                mime, ext = "application/pdf", "pdf"
            else:
                blob, mime, ext = apps.jpeg_bytes(rng), "image/jpeg", "jpg"
            n = len(w.m.rows["kunden_dokument"]) + 1
            w.m.rows["kunden_dokument"].append((
                n, c["id"], kind, number, "CH" if kind != "PASS" or rng.random() < 0.6 else rng.choice(("DE", "IT")),
                apps.day(rng, 2026, 2035) if kind != "WOHNSITZNACHWEIS" else None,
                blob if rng.random() < 0.9 else None,
                f"{kind.lower()}_{ascii_fold(c['family'])}_{ascii_fold(c['given'])}.{ext}",
                mime, _moment(rng, 2021, 2025), rng.choice(w.staff)))


def _accounts(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.clients:
        for k in range(rng.choice((1, 1, 2, 2, 3))):
            n = len(w.m.rows["konto"]) + 1
            kind = ("Privatkonto", "Depotkonto", "Sparkonto", "Fremdwährungskonto")[min(k, 3) if k else 0]
            currency = "CHF" if kind != "Fremdwährungskonto" else rng.choice(("EUR", "USD"))
            iban = make.iban_ch(OWN_IID)
            w.accounts.append({"id": n, "client": c, "iban": iban})
            w.m.rows["konto"].append((
                n, c["id"], iban, kind, currency, Decimal(rng.randint(-50000, 500000000)) / 100,
                apps.day(rng, 1995, 2025), rng.choice(("aktiv", "aktiv", "aktiv", "gesperrt", "saldiert"))))
            if kind == "Depotkonto":
                for _ in range(rng.randint(1, 4)):
                    w.m.rows["depot_position"].append((
                        len(w.m.rows["depot_position"]) + 1, n, rng.randint(1, len(PRODUCTS)),
                        Decimal(rng.randint(1, 50000)), Decimal(rng.randint(1000, 9000000)) / 100,
                        apps.day(rng, 2025, 2025)))


def _payments(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober")
    for n in range(1, PAYMENT_COUNT + 1):
        a = rng.choice(w.accounts)
        c = a["client"]
        when = _moment(rng, 2023, 2025)
        qr = None
        if rng.random() < 0.45:
            payee, iid, has_qr = rng.choice(COMPANY_PAYEES)
            iban = make.iban_ch(iid, personal=False)
            if has_qr:
                qr = make.digits(26)
                qr += mod10_recursive(qr)
            message = None if qr else rng.choice(("Rechnung 2025-114", "Anzahlung", None))
        else:
            if c["kids"] and rng.random() < 0.4:
                payee = f"{c['kids'][0]['vorname']} {c['family']}"
            else:
                payee = f"{faker.first_name()} {faker.last_name()}"
            iban = make.iban_foreign() if rng.random() < 0.2 else make.iban_ch(rng.choice(OTHER_BANKS))
            message = _fill(rng.choice(PAYMENT_MESSAGES), month=lambda: rng.choice(months),
                            given=lambda: payee.split()[0], family=faker.last_name)
        w.m.rows["zahlungsauftrag"].append((
            n, a["id"], f"ZA-{when[:4]}-{n:06d}", payee, iban,
            Decimal(rng.randint(5000, 25000000)) / 100, "CHF", qr, message, when[:10],
            rng.choice(("ausgefuehrt", "ausgefuehrt", "ausgefuehrt", "offen", "abgelehnt")), when))


def _notes(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, NOTE_COUNT + 1):
        c = rng.choice(w.clients)
        when = _moment(rng, 2022, 2025, (7, 20))
        template = rng.choice(NOTES)
        text = _fill(template, phone=make.mobile, email=lambda: make.email(c["given"], c["family"]),
                     spouse=lambda: (c["spouse"] or {"name": f"{faker.first_name()} {c['family']}"})["name"],
                     given=lambda: c["kids"][0]["vorname"] if c["kids"] else faker.first_name(),
                     iban=lambda: grouped(make.iban_ch(rng.choice(OTHER_BANKS))),
                     party=lambda: rng.choice(("FDP", "SVP", "SP", "Die Mitte", "Grüne")),
                     street=lambda: c["street"])
        w.m.rows["gespraechsnotiz"].append((
            n, c["id"], rng.choice(w.staff), when, rng.choice(("Telefon", "Meeting", "E-Mail", "Video")),
            rng.choice(NOTE_SUBJECTS), text, any(k in template for k in ("Vertraulich", "Parkinson", "Burnout",
                                                                         "Scheidung", "Kantonsrat"))))


def _logins(w: _World) -> list[dict]:
    rng, make = w.rng, w.make
    logins = []
    for c in w.clients:
        if not c["email"] or rng.random() < 0.25:
            continue
        n = len(w.m.rows["portal_login"]) + 1
        created = _moment(rng, 2021, 2025)
        last = _plus(created, rng.randint(60, 400000)) if rng.random() < 0.9 else None
        logins.append({"email": c["email"]})
        w.m.rows["portal_login"].append((
            n, c["id"], c["email"], make.argon2(),
            make.token(32, string.ascii_uppercase + "234567") if rng.random() < 0.8 else None, last,
            make.ip() if last else None, rng.choice((0, 0, 0, 0, 1, 2, 5)), rng.random() < 0.04, created))
    return logins


def _sessions(w: _World, logins: list[dict]) -> None:
    rng, make = w.rng, w.make
    for _ in range(SESSION_COUNT):
        login = rng.choice(logins) if rng.random() < 0.9 else None
        primary, session = make.uuid(), make.uuid()
        created = _millis(_moment(rng, 2025, 2025))
        last = created + rng.randint(1000, 1700000)
        w.m.rows["spring_session"].append((primary, session, created, last, 1800, last + 1800000,
                                           login["email"] if login else None))
        csrf = make.uuid().encode()
        w.m.rows["spring_session_attributes"].append((
            primary, "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN",
            b"\xac\xed\x00\x05sr\x006org.springframework.security.web.csrf.DefaultCsrfToken\x00\x00\x00\x00"
            b"\x00\x00\x02l\x02\x00\x03L\x00\rheaderNamet\x00\x12Ljava/lang/String;xpt\x00\x0cX-CSRF-TOKENt\x00"
            + bytes([len(csrf)]) + csrf))
        if login:
            name = login["email"].encode()
            w.m.rows["spring_session_attributes"].append((
                primary, "SPRING_SECURITY_CONTEXT",
                b"\xac\xed\x00\x05sr\x00=org.springframework.security.core.context.SecurityContextImpl\x00\x00"
                b"\x00\x00\x00\x00\x02l\x02\x00\x01L\x00\x0eauthenticationt\x002Lorg/springframework/security/"
                b"core/Authentication;xpsr\x00Oorg.springframework.security.authentication."
                b"UsernamePasswordAuthenticationTokent\x00" + bytes([len(name)]) + name
                + b"sr\x00Borg.springframework.security.core.authority.SimpleGrantedAuthorityt\x00\x0bROLE_KUNDE"))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (key, value) in enumerate((
        ("bank.name", "Bank Limmatquai AG"),
        ("bank.adresse", "Limmatquai 62, 8001 Zürich"),
        ("bank.telefon", "+41 44 250 71 00"),
        ("bank.email.info", f"info@{OWN_DOMAIN}"),
        ("bank.email.compliance", f"compliance@{OWN_DOMAIN}"),
        ("bank.email.datenschutz", f"datenschutz@{OWN_DOMAIN}"),
        ("bank.bic", "LIMQCHZZXXX"),
        ("bank.clearing_nr", OWN_IID),
        ("bank.uid", "CHE-109.874.562 MWST"),
        ("bank.iban.eigen", make.iban_ch(OWN_IID, personal=False)),
        ("portal.session.timeout_minuten", "30"),
        ("portal.totp.pflicht", "true"),
        ("zahlung.limite_ohne_rueckruf_chf", "50000"),
        ("kyc.pruefintervall_monate", "24"),
    ), 1):
        w.m.rows["einstellung"].append((n, key, value, _moment(rng, 2024, 2025)))


def make_bank(seed: int = SEED) -> Bank:
    """The whole bank, the same for the same seed."""
    w = _World(seed)
    _migrations(w)
    _staff(w)
    _companies(w)
    _clients(w)
    _documents(w)
    _accounts(w)
    _payments(w)
    _notes(w)
    _sessions(w, _logins(w))
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Bank) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentyfirst/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
