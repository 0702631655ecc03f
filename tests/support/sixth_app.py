"""The sixth held-out application: a Swedish municipality's school administration system.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the clinic (support/heldout.py), the
staffing agency (support/blind_app.py), the rental platform (support/third_app.py), the
mobile operator (support/fourth_app.py) and the marketplace (support/fifth_app.py). It
was written blind: without reading the detector (checks/detect.py, vocabulary.py,
values.py, scan.py, starter.py) or any scan test, and labelled (tests/sixth/labels.yml)
before any detector ran on it.

"Sjöviks kommun", a (fictional) municipality in Västernorrland, keeps its schools'
records in one database that three parties wrote, and the names show it. The core
school register is Swedish, lower case, without å/ä/ö (`elev.personnummer`, `fornamn`,
`efternamn`, `kon` as F/P for flicka/pojke, `folkbokforingsadress`, `modersmal`,
`vardnadshavare.mobilnr`, `franvaro.anmalan_text`, `elevhalsa_journal.anteckning`,
`specialkost.kosttyp`, `skolskjuts.hamtadress`), and it keys absences and school
transport on the pupil's personal identity number (`franvaro.elev_pnr` is a foreign key
to `elev.personnummer`), as Swedish systems do. The HR and payroll module comes from a
vendor that writes UPPER_CASE Swedish abbreviations (`PERSONAL.PNR` as YYMMDD-NNNN,
`FNAMN`, `ENAMN`, `EPOST_TJ`, `MOBIL_PRIV`, `GATUADR`, `LONEKONTO_IBAN`,
`NARMASTE_ANHORIG`), with a four-letter signature per teacher that grades and classes
point to. The e-service portal has its own `usr_`/`sess_` prefixes (`usr_login`,
`usr_pnr` as BankID's twelve digits, `usr_pwd_hash` in PHP's bcrypt, `usr_totp_secret`,
`usr_last_ip`, `sess_id`). Guardians and staff write to each other in Swedish
(`meddelande.brodtext`: phones, e-mails, IBANs for refunds, new addresses, diagnoses);
after-school care invoices keep the household's income and a JSON of its basis.
Sensitive data is where a school has it: student health records with ICD-10 codes,
heights and weights, special diets that tell a religion or an allergy, the reason for
school transport, a mother tongue. Next to the people are the schools (switchboards,
expedition@ addresses, Skolverket's unit codes, coordinates, PNG logos), subjects,
taxi companies (organisation numbers and bankgiro numbers with a Luhn digit), the
municipality's settings with its own contact data and IBAN, invoice numbers and OCR
references with a Luhn digit.

Everything here is the original side: the rows (`make_municipality`, drawn from a
seeded `random.Random` and seeded Faker instances, so every run and every server gets
the same ones), the DDL of each server (built from `SCHEMA` and `FOREIGN_KEYS`, every
identifier quoted, so UPPER_CASE names survive PostgreSQL), `create`, and the personal
e-mails and IBANs a leak check looks for (the municipality's and companies' excluded).
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, jpeg_bytes, luhn_digit, pdf_bytes, png_bytes
from support.apps import foreign_key as _fk, day as _day

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Municipality", "create", "dump", "load_labels", "make_municipality"]

SEED = 20251207
LABELS = Path(__file__).resolve().parents[1] / "sixth" / "labels.yml"
PUPIL_COUNT = 260
STAFF_COUNT = 90
SESSION_COUNT = 220
MESSAGE_COUNT = 260
ABSENCE_COUNT = 300
OWN_DOMAIN = "sjovik.se"
PRIVATE_MAIL = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se",
                "telia.com", "icloud.com", "yahoo.se", "bredband.net")
SWEDISH_BANKS = ("500", "600", "800", "300", "120", "957", "923")  # SEB, Handelsbanken, Swedbank, Nordea...

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "text"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text"},
}

# Every table's column definitions ("name type constraints"), parents before children:
# the order the tables are created and filled in. The name is quoted when the DDL is built.
SCHEMA: dict[str, tuple[str, ...]] = {
    "skolenhet": (
        "skolenhet_id integer PRIMARY KEY", "skolenhetskod char(8) NOT NULL UNIQUE", "namn varchar(120) NOT NULL",
        "skolform varchar(4) NOT NULL", "besoksadress varchar(120) NOT NULL", "postnr varchar(6) NOT NULL",
        "postort varchar(40) NOT NULL", "telefon_exp varchar(20) NOT NULL", "epost_exp varchar(120) NOT NULL",
        "latitud decimal(9,6) NOT NULL", "longitud decimal(9,6) NOT NULL", "logotyp {blob}", "aktiv {bool} NOT NULL"),
    "amne": (
        "amneskod varchar(6) PRIMARY KEY", "amnesnamn varchar(80) NOT NULL", "karnamne {bool} NOT NULL",
        "timplan_timmar integer NOT NULL", "sortering integer NOT NULL"),
    "kommun_installning": (
        "nyckel varchar(60) PRIMARY KEY", "varde {text} NOT NULL", "andrad {ts} NOT NULL"),
    "taxibolag": (
        "tb_id integer PRIMARY KEY", "foretagsnamn varchar(120) NOT NULL", "orgnr varchar(11) NOT NULL UNIQUE",
        "telefon varchar(20) NOT NULL", "epost varchar(120) NOT NULL", "bankgiro varchar(9) NOT NULL",
        "avtal_till date NOT NULL", "aktiv {bool} NOT NULL"),
    "PERSONAL": (
        "PERS_ID integer PRIMARY KEY", "SIGN char(4) NOT NULL UNIQUE", "PNR varchar(11) NOT NULL UNIQUE",
        "FNAMN varchar(60) NOT NULL", "ENAMN varchar(80) NOT NULL", "BEFATTNING varchar(40) NOT NULL",
        "SKOLENHET_ID integer", "EPOST_TJ varchar(120) NOT NULL UNIQUE", "MOBIL_TJ varchar(20)",
        "MOBIL_PRIV varchar(20)", "GATUADR varchar(120) NOT NULL", "POSTNR varchar(6) NOT NULL",
        "ORT varchar(40) NOT NULL", "LONEKONTO_IBAN varchar(34)", "MANADSLON decimal(9,2) NOT NULL",
        "SYSS_GRAD integer NOT NULL", "ANST_DAT date NOT NULL", "NARMASTE_ANHORIG varchar(200)",
        "UPPD_TID {ts} NOT NULL"),
    "klass": (
        "klass_id integer PRIMARY KEY", "skolenhet_id integer NOT NULL", "klassnamn varchar(10) NOT NULL",
        "arskurs integer NOT NULL", "lasar char(7) NOT NULL", "mentor_sign char(4)"),
    "elev": (
        "elev_id integer PRIMARY KEY", "personnummer varchar(13) NOT NULL UNIQUE", "fornamn varchar(60) NOT NULL",
        "mellannamn varchar(60)", "efternamn varchar(80) NOT NULL", "kon char(1) NOT NULL",
        "folkbokforingsadress varchar(120)", "postnr varchar(6)", "postort varchar(40)", "kommunkod char(4) NOT NULL",
        "modersmal varchar(30)", "skyddad_identitet {bool} NOT NULL", "skolenhet_id integer NOT NULL",
        "klass_id integer", "foto {blob}", "inskriven date NOT NULL"),
    "vardnadshavare": (
        "vh_id integer PRIMARY KEY", "personnummer varchar(13) UNIQUE", "fornamn varchar(60) NOT NULL",
        "efternamn varchar(80) NOT NULL", "epost varchar(120)", "mobilnr varchar(20)", "telefon_arbete varchar(20)",
        "adress varchar(120)", "postnr varchar(6)", "postort varchar(40)", "sprak char(2) NOT NULL",
        "tolkbehov {bool} NOT NULL", "skapad {ts} NOT NULL"),
    "elev_vardnadshavare": (
        "ev_id integer PRIMARY KEY", "elev_id integer NOT NULL", "vh_id integer NOT NULL",
        "relation varchar(20) NOT NULL", "har_vardnad {bool} NOT NULL", "far_info {bool} NOT NULL"),
    "betyg": (
        "betyg_id integer PRIMARY KEY", "elev_id integer NOT NULL", "amneskod varchar(6) NOT NULL",
        "termin char(4) NOT NULL", "betyg char(1) NOT NULL", "satt_av_sign char(4) NOT NULL",
        "satt_datum date NOT NULL"),
    "franvaro": (
        "franvaro_id integer PRIMARY KEY", "elev_pnr varchar(13) NOT NULL", "datum date NOT NULL",
        "minuter integer NOT NULL", "giltig {bool} NOT NULL", "anmald_av varchar(15) NOT NULL",
        "anmalan_text varchar(500)", "registrerad {ts} NOT NULL"),
    "elevhalsa_journal": (
        "journal_id integer PRIMARY KEY", "elev_id integer NOT NULL", "upprattad_av integer NOT NULL",
        "kontakttyp varchar(30) NOT NULL", "datum date NOT NULL", "langd_cm integer", "vikt_kg decimal(4,1)",
        "diagnoskod varchar(8)", "anteckning {text} NOT NULL", "sekretess {bool} NOT NULL"),
    "specialkost": (
        "elev_id integer PRIMARY KEY", "kosttyp varchar(30) NOT NULL", "lakarintyg {bool} NOT NULL",
        "kommentar varchar(300)", "giltig_from date NOT NULL"),
    "skolskjuts": (
        "skjuts_id integer PRIMARY KEY", "elev_pnr varchar(13) NOT NULL", "tb_id integer NOT NULL",
        "hamtadress varchar(120) NOT NULL", "hamt_lat decimal(9,6) NOT NULL", "hamt_lon decimal(9,6) NOT NULL",
        "avstand_km decimal(5,1) NOT NULL", "skal varchar(30) NOT NULL", "hamtningstid char(5) NOT NULL",
        "beviljad_till date NOT NULL"),
    "anvandare": (
        "usr_id integer PRIMARY KEY", "usr_login varchar(120) NOT NULL UNIQUE", "usr_pnr char(12)",
        "usr_vh_id integer", "usr_pers_id integer", "usr_pwd_hash varchar(60)", "usr_totp_secret varchar(32)",
        "usr_last_ip varchar(45)", "usr_last_login {ts}", "usr_locale varchar(5) NOT NULL",
        "usr_created {ts} NOT NULL", "usr_locked {bool} NOT NULL"),
    "usr_session": (
        "sess_id char(64) PRIMARY KEY", "sess_usr_id integer NOT NULL", "sess_ip varchar(45) NOT NULL",
        "sess_user_agent varchar(255)", "sess_started {ts} NOT NULL", "sess_expires {ts} NOT NULL",
        "sess_auth_method varchar(10) NOT NULL"),
    "meddelande": (
        "medd_id integer PRIMARY KEY", "fran_usr_id integer NOT NULL", "till_usr_id integer NOT NULL",
        "elev_id integer", "rubrik varchar(150) NOT NULL", "brodtext {text} NOT NULL", "bilaga {blob}",
        "skickat {ts} NOT NULL", "last {ts}"),
    "barnomsorg_faktura": (
        "fakt_id integer PRIMARY KEY", "fakturanr varchar(12) NOT NULL UNIQUE", "ocr varchar(20) NOT NULL UNIQUE",
        "vh_id integer NOT NULL", "elev_id integer NOT NULL", "period char(7) NOT NULL", "hushallsinkomst integer",
        "inkomstunderlag {json}", "belopp decimal(8,2) NOT NULL", "forfallodatum date NOT NULL",
        "status varchar(12) NOT NULL", "aterbetalning_iban varchar(34)", "faktura_pdf {blob}"),
}
COLUMNS: dict[str, tuple[str, ...]] = apps.columns_of(SCHEMA)


FOREIGN_KEYS = (
    _fk("PERSONAL", ["SKOLENHET_ID"], "skolenhet", ["skolenhet_id"]),
    _fk("klass", ["skolenhet_id"], "skolenhet", ["skolenhet_id"]),
    # A class's mentor by the teacher's signature, as the HR vendor's module exports it.
    _fk("klass", ["mentor_sign"], "PERSONAL", ["SIGN"]),
    _fk("elev", ["skolenhet_id"], "skolenhet", ["skolenhet_id"]),
    _fk("elev", ["klass_id"], "klass", ["klass_id"]),
    _fk("elev_vardnadshavare", ["elev_id"], "elev", ["elev_id"]),
    _fk("elev_vardnadshavare", ["vh_id"], "vardnadshavare", ["vh_id"]),
    _fk("betyg", ["elev_id"], "elev", ["elev_id"]),
    _fk("betyg", ["amneskod"], "amne", ["amneskod"]),
    _fk("betyg", ["satt_av_sign"], "PERSONAL", ["SIGN"]),
    # Absences and school transport are keyed on the pupil's personal identity number.
    _fk("franvaro", ["elev_pnr"], "elev", ["personnummer"]),
    _fk("elevhalsa_journal", ["elev_id"], "elev", ["elev_id"]),
    _fk("elevhalsa_journal", ["upprattad_av"], "PERSONAL", ["PERS_ID"]),
    _fk("specialkost", ["elev_id"], "elev", ["elev_id"]),
    _fk("skolskjuts", ["elev_pnr"], "elev", ["personnummer"]),
    _fk("skolskjuts", ["tb_id"], "taxibolag", ["tb_id"]),
    _fk("anvandare", ["usr_vh_id"], "vardnadshavare", ["vh_id"]),
    _fk("anvandare", ["usr_pers_id"], "PERSONAL", ["PERS_ID"]),
    _fk("usr_session", ["sess_usr_id"], "anvandare", ["usr_id"]),
    _fk("meddelande", ["fran_usr_id"], "anvandare", ["usr_id"]),
    _fk("meddelande", ["till_usr_id"], "anvandare", ["usr_id"]),
    _fk("meddelande", ["elev_id"], "elev", ["elev_id"]),
    _fk("barnomsorg_faktura", ["vh_id"], "vardnadshavare", ["vh_id"]),
    _fk("barnomsorg_faktura", ["elev_id"], "elev", ["elev_id"]),
)

# (postort, postcode lead, latitude, longitude); the municipality's villages.
PLACES = (("Sjövik", "852", 62.3908, 17.3069), ("Sjövik", "853", 62.3908, 17.3069), ("Sjövik", "856", 62.3908, 17.3069),
          ("Kovik", "861", 62.4930, 17.3320), ("Stöde", "860", 62.4170, 16.5770), ("Matfors", "864", 62.3480, 17.0170),
          ("Njurunda", "862", 62.2720, 17.3700), ("Alnö", "865", 62.4330, 17.4330))
# (name, school form, grades low..high, postort, street)
SCHOOLS = (
    ("Björkskolan", "GR", (0, 6), "Sjövik", "Skolgatan 4"),
    ("Ekbackens skola", "GR", (0, 9), "Sjövik", "Ekbacksvägen 12"),
    ("Hagaskolan", "GR", (7, 9), "Sjövik", "Hagagatan 30"),
    ("Kovikskolan", "GR", (0, 6), "Kovik", "Byvägen 3"),
    ("Stöde skola", "GR", (0, 9), "Stöde", "Skolvägen 1"),
    ("Matfors skola", "GR", (0, 9), "Matfors", "Centrumvägen 8"),
    ("Njurunda skola", "GR", (0, 6), "Njurunda", "Kyrkvägen 21"),
    ("Sjöviks gymnasium", "GY", (10, 12), "Sjövik", "Storgatan 70"),
    ("Alnö skola", "GR", (0, 6), "Alnö", "Vindarnas väg 2"),
)
SUBJECTS = (("SV", "Svenska", True, 1490), ("SVA", "Svenska som andraspråk", True, 1490),
            ("MA", "Matematik", True, 1230), ("EN", "Engelska", True, 570), ("BI", "Biologi", False, 200),
            ("FY", "Fysik", False, 200), ("KE", "Kemi", False, 200), ("HI", "Historia", False, 220),
            ("SH", "Samhällskunskap", False, 220), ("IDH", "Idrott och hälsa", False, 600),
            ("BL", "Bild", False, 230), ("MU", "Musik", False, 230), ("SL", "Slöjd", False, 330),
            ("TK", "Teknik", False, 200), ("M2", "Moderna språk", False, 320), ("MOD", "Modersmål", False, 0))
TAXI = (("Sjöviks Taxi AB", "060-12 12 12", "bokning@sjoviktaxi.se"),
        ("Norrlandsbuss i Sjövik AB", "060-55 31 00", "trafikledning@norrlandsbuss.se"),
        ("Stöde Bil & Buss HB", "0691-100 20", "info@stodebilbuss.se"),
        ("Medelpads Skolskjuts AB", "060-61 40 40", "skolskjuts@medelpadsskolskjuts.se"))
ROLES = (("Lärare", 0.55), ("Förskollärare", 0.12), ("Fritidspedagog", 0.1), ("Elevassistent", 0.07),
         ("Skolsköterska", 0.05), ("Kurator", 0.04), ("Specialpedagog", 0.04), ("Rektor", 0.03))
# Pupils of families that came to Sweden, as the population register spells their names.
IMMIGRANT_NAMES = {
    "first_f": ("Amina", "Fatima", "Hodan", "Yasmin", "Sara", "Nour", "Ayaan", "Hana", "Rahel", "Leyla", "Zeynep",
                "Maryam", "Samira", "Lina"),
    "first_m": ("Mohammed", "Ahmed", "Abdi", "Omar", "Yusuf", "Ali", "Hassan", "Mustafa", "Ibrahim", "Samuel",
                "Daniel", "Adam", "Karim", "Elias"),
    "last": ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdullahi", "Warsame", "Al-Hassan", "Haddad", "Yilmaz", "Kaya",
             "Tesfaye", "Gebremedhin", "Hussein", "Osman", "Nasser", "Rahimi"),
    "tongue": ("arabiska", "somaliska", "tigrinja", "dari", "turkiska", "kurdiska", "persiska"),
}
TONGUE_LANGUAGE = {"arabiska": "ar", "somaliska": "so", "tigrinja": "ti", "dari": "fa", "turkiska": "tr",
                   "kurdiska": "ku", "persiska": "fa", "finska": "fi", "svenska": "sv"}
ICD10 = (("J45.9", "astma"), ("F90.0", "ADHD"), ("F84.0", "autism"), ("E10.9", "diabetes typ 1"),
         ("G40.9", "epilepsi"), ("H52.1", "närsynthet"), ("L20.9", "atopiskt eksem"), ("F41.1", "ångest"))
JOURNAL = (
    ("hälsosamtal", "Hälsosamtal åk {grade}. Längd {height} cm, vikt {weight} kg. Mår bra, sover cirka 9 timmar. "
                    "Inget att anmärka."),
    ("hälsosamtal", "Hälsosamtal åk {grade}. Berättar om huvudvärk efter skolan, äter dålig frukost. Samtal med "
                    "{parent} per telefon {phone}."),
    ("besök", "Besök: ont i magen sedan två veckor, oro hemma. Kontakt med vårdnadshavare {parent} ({phone}). "
              "Remiss till kurator."),
    ("vaccination", "Vaccination MPR dos 2 given. Ingen reaktion."),
    ("vaccination", "HPV dos 1 given i vänster överarm. Pappa informerad via {email}."),
    ("kuratorssamtal", "Kuratorssamtal: {first} berättar om kränkningar i omklädningsrummet. Anmält till rektor, "
                       "uppföljning om två veckor."),
    ("besök", "{diagnosis} ({code}). Handlingsplan uppdaterad tillsammans med {parent}."),
    ("besök", "Astma, Bricanyl vid behov. Förvaras i klassrummet, inhalator även hos skolsköterskan."),
)
ABSENCE_TEXTS = (
    None, None, None, None, "Sjuk, feber.", "Magsjuka.",
    "Hej! {first} är sjuk idag, feber. Mvh {parent}",
    "{first} har tandläkartid kl 10, kommer efter lunch. /{parent} {phone}",
    "Vi är bortresta till och med fredag. Ring {phone} vid frågor.",
    "Hej, {first} stannar hemma, migrän igen. Kontakta mig på {email} om ni behöver intyg. {parent}",
    "Sjukhusbesök på BUP i Sundsvall, åter imorgon.",
)
MESSAGES = (
    ("Utvecklingssamtal", "Hej {to}! Påminnelse om utvecklingssamtal torsdag kl 15.20 i klassrummet. "
                          "Hälsningar {sender}"),
    ("Frånvaro nästa vecka", "Hej, {child} kommer att vara borta nästa vecka. Jag nås på {phone} eller {email}. "
                             "/{sender}"),
    ("Återbetalning fritids", "Hej! Vi har betalat fritidsavgiften två gånger i mars. Kan återbetalningen göras till "
                              "mitt konto {iban}? Tack, {sender}"),
    ("Intyg", "Hej, {child} har fått diagnosen ADHD efter utredning på BUP. Bifogar intyget. Vänliga hälsningar "
              "{sender}"),
    ("Ny adress", "Vi har flyttat! Ny adress från 1 mars: {street}, {postcode} {postort}. Mvh {sender}, {phone}"),
    ("Utflykt fredag", "Hej alla! På fredag åker vi till Norra berget. Ta med matsäck och oömma kläder."),
    ("Sv: Utflykt fredag", "Tack för informationen!"),
    ("Skolfoto", "Skolfotograferingen är flyttad till den 12 oktober."),
    ("Kontakt", "Hej {to}, ring mig gärna på {phone} efter kl 16. {sender}"),
    ("Fråga om läxa", "Hej! {child} förstår inte matteläxan, kan ni skicka den till {email}? /{sender}"),
)
DIETS = (("laktosfri", "Laktosintolerant.", False), ("glutenfri", "Celiaki, läkarintyg finns.", True),
         ("halal", "Äter inte fläskkött, halal.", False), ("fläskfri", None, False),
         ("vegetarisk", "Familjens val.", False), ("nötallergi", "Svår nötallergi, EpiPen finns hos skolsköterskan.",
                                                   True),
         ("koscher", None, False), ("ägg- och mjölkallergi", "Reagerar med nässelutslag.", True),
         ("diabeteskost", "Diabetes typ 1, räknar kolhydrater med mentor.", True))
TRANSPORT_REASONS = ("avstånd", "avstånd", "avstånd", "avstånd", "trafikfarlig väg", "funktionsnedsättning",
                     "växelvis boende")
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Skolappen/3.8.1 (Android 13; Pixel 6a)",
)
RELATIONS = ("mor", "far", "mor", "far", "annan vårdnadshavare", "familjehem")
SETTINGS = (
    ("KOMMUN_NAMN", "Sjöviks kommun"),
    ("KOMMUNKOD", "2299"),
    ("LASAR", "2024/25"),
    ("KONTAKTCENTER_EPOST", f"kontaktcenter@{OWN_DOMAIN}"),
    ("KONTAKTCENTER_TELEFON", "060-19 00 00"),
    ("DATASKYDDSOMBUD_EPOST", f"dataskyddsombud@{OWN_DOMAIN}"),
    ("BESOKSADRESS", "Stadshuset, Norrmalmsgatan 4, 852 30 Sjövik"),
    ("MAXTAXA_TAK_KR", "1645"),
    ("MAXTAXA_INKOMSTTAK_KR", "58330"),
    ("SMS_AVSANDARE", "SjovikSkol"),
    ("SKOLSKJUTS_MIN_AVSTAND_KM", "2.0"),
    ("BANKID_RP", "Sjöviks kommun e-tjänster"),
)


@dataclass
class Municipality:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's addresses, casefolded (the municipality's excluded)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case
    pupils: list[dict[str, Any]] = field(default_factory=list)
    guardians: list[dict[str, Any]] = field(default_factory=list)
    staff: list[dict[str, Any]] = field(default_factory=list)


class _Maker(apps.Unique):
    """Draws the municipality's values; every phone, e-mail, IBAN and identity number it gives is new."""

    def __init__(self, rng: random.Random, m: Municipality) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def _national(self, kind: str) -> str:
        rng = self.rng
        while True:
            if kind == "mobile":
                digits = "07" + rng.choice("02369") + "".join(rng.choices(string.digits, k=7))
            else:
                digits = rng.choice(("060", "060", "060", "0691", "0620")) + rng.choice("123456") + "".join(
                    rng.choices(string.digits, k=5))
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "SE")) and digits not in self.used:
                self.used.add(digits)
                return digits

    def phone(self, kind: str = "mobile") -> str:
        """A Swedish number as people type it."""
        d = self._national(kind)
        if kind == "mobile":
            return self.rng.choice((f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}", f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}", d, d,
                                    f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"+46 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}",
                                    f"+46{d[1:]}"))
        area = 4 if d.startswith(("0691", "0620")) else 3
        rest = d[area:]
        return f"{d[:area]}-{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"

    def email(self, first: str, last: str, domains: tuple[str, ...] = PRIVATE_MAIL) -> str:
        rng = self.rng
        given, family = ascii_fold(first), ascii_fold(last)
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{given}_{family}",
                           f"{given}{rng.randint(70, 99)}", f"{family}.{given}"))
        while True:
            local = base if rng.random() < 0.5 else f"{base}{rng.randint(1, 99)}"
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.m.emails:
                self.m.emails.add(address.casefold())
                return address

    def work_email(self, first: str, last: str) -> str:
        given, family = ascii_fold(first), ascii_fold(last)
        for n in ("", "2", "3", "4", "5"):
            address = f"{given}.{family}{n}@{OWN_DOMAIN}"
            if address not in self.m.emails:
                self.m.emails.add(address)
                return address
        raise AssertionError(f"no free work address for {given}.{family}")

    def iban(self, personal: bool = True) -> str:
        """A Swedish IBAN, compact: SE, check digits, a 3-digit bank code and 17 digits."""
        def draw() -> str:
            bban = self.rng.choice(SWEDISH_BANKS) + "".join(self.rng.choices(string.digits, k=17))
            return "SE" + iban_check_digits("SE", bban) + bban

        compact = self.unique(draw)
        if personal:
            self.m.ibans.add(compact)
        return compact

    def personnummer(self, born: str, sex: str, style: str = "long", coordination: bool = False) -> str:
        """A Swedish personal identity number (or, with `coordination`, a samordningsnummer:
        the day plus 60): Luhn over YYMMDDNNN. Styles: long YYYYMMDD-NNNN, short
        YYMMDD-NNNN, bankid YYYYMMDDNNNN."""
        year, month, day = born[:4], born[5:7], int(born[8:10]) + (60 if coordination else 0)

        def draw() -> str:
            serial = f"{self.rng.randint(0, 99):02d}" + self.rng.choice("13579" if sex == "M" else "02468")
            nine = f"{year[2:]}{month}{day:02d}{serial}"
            return nine + luhn_digit(nine)

        ten = self.unique(draw)
        if style == "short":
            return f"{ten[:6]}-{ten[6:]}"
        if style == "bankid":
            return year[:2] + ten
        return f"{year[:2]}{ten[:6]}-{ten[6:]}"

    def orgnr(self, lead: str = "556") -> str:
        """A Swedish organisation number (NNNNNN-NNNN, Luhn)."""
        nine = self.unique(lambda: lead + "".join(self.rng.choices(string.digits, k=9 - len(lead))))
        ten = nine + luhn_digit(nine)
        return f"{ten[:6]}-{ten[6:]}"

    def bankgiro(self) -> str:
        seven = self.unique(lambda: self.rng.choice("2345678") + "".join(self.rng.choices(string.digits, k=6)))
        eight = seven + luhn_digit(seven)
        return f"{eight[:4]}-{eight[4:]}"


def _moment(rng: random.Random, first_year: int, last_year: int) -> str:
    clock = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"{_day(rng, first_year, last_year)} {clock}"


def _after(rng: random.Random, moment: str, last_year: int = 2025) -> str:
    return apps.after(lambda first, last: _moment(rng, first, last), moment, last_year)


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return apps.ipv4(rng, (78, 81, 83, 90, 94, 155, 185, 193, 213))  # Swedish access networks' ranges
    return f"2001:9b1:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(12):x}"


def _bcrypt(rng: random.Random) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return "$2y$10$" + "".join(rng.choices(alphabet, k=53))


def _postcode(rng: random.Random, lead: str) -> str:
    return f"{lead} {rng.randint(30, 99):02d}"


def _street(fake: Faker, rng: random.Random) -> str:
    number = f"{rng.randint(1, 90)}{rng.choice(('', '', '', ' A', ' B'))}"
    flat = f", lgh {rng.randint(11, 16)}{rng.randint(1, 4):02d}" if rng.random() < 0.35 else ""
    return f"{fake.street_name()} {number}{flat}"


def _near(rng: random.Random, centre: float, spread: float) -> Decimal:
    return Decimal(f"{centre + rng.uniform(-spread, spread):.6f}")


def _fill(template: str, **values: Any) -> str:
    return template.format(**{k: v for k, v in values.items() if "{" + k + "}" in template})


def _reference(rng: random.Random, m: Municipality, make: _Maker) -> None:
    m.rows["skolenhet"] = []
    for i, (name, form, _, town, street) in enumerate(SCHOOLS, 1):
        place = next(p for p in PLACES if p[0] == town)
        mailbox = ascii_fold(name.split()[0])
        m.rows["skolenhet"].append((
            i, make.unique(lambda: f"{rng.randint(10000000, 99999999)}"), name, form, street,
            _postcode(rng, place[1]), town, f"060-19 {10 + i * 3:02d} 00", f"{mailbox}@{OWN_DOMAIN}",
            _near(rng, place[2], 0.01), _near(rng, place[3], 0.02), png_bytes(rng) if rng.random() < 0.8 else None,
            True))
    m.rows["amne"] = [(code, name, core, hours, i * 10) for i, (code, name, core, hours) in enumerate(SUBJECTS, 1)]
    m.rows["kommun_installning"] = [(key, value, _moment(rng, 2022, 2024)) for key, value in SETTINGS] + [
        ("KOMMUN_ORGNR", make.orgnr("212"), _moment(rng, 2020, 2021)),
        ("BANKGIRO_BARNOMSORG", make.bankgiro(), _moment(rng, 2020, 2021)),
        ("IBAN_KOMMUN", grouped(make.iban(personal=False)), _moment(rng, 2020, 2021)),
    ]
    m.rows["taxibolag"] = [
        (i, name, make.orgnr("556" if name.endswith("AB") else "969"), phone, mail, make.bankgiro(),
         _day(rng, 2025, 2027), i != 4)
        for i, (name, phone, mail) in enumerate(TAXI, 1)
    ]


def _staff(rng: random.Random, m: Municipality, make: _Maker, sv: Faker) -> None:
    m.rows["PERSONAL"] = []
    signs: set[str] = set()
    for i in range(1, STAFF_COUNT + 1):
        sex = rng.choice("MK")
        first = sv.first_name_male() if sex == "M" else sv.first_name_female()
        last = sv.last_name()
        born = _day(rng, 1960, 1998)
        sign = (ascii_fold(first)[:2] + ascii_fold(last)[:2]).upper()
        while sign in signs:
            sign = sign[:3] + rng.choice(string.ascii_uppercase)
        signs.add(sign)
        role = rng.choices([r for r, _ in ROLES], weights=[w for _, w in ROLES])[0]
        place = rng.choice(PLACES)
        work_email = make.work_email(first, last)
        private = make.phone("mobile")
        kin_first = sv.first_name_female() if sex == "M" else sv.first_name_male()
        kin = None
        if rng.random() < 0.75:
            kin = rng.choice((f"{kin_first} {last} (make/maka) {make.phone()}", f"{kin_first} {sv.last_name()}, sambo, "
                              f"{make.phone()}", f"Mamma {sv.first_name_female()} {last} {make.phone('fixed')}"))
        iban = make.iban() if rng.random() < 0.9 else None
        school = rng.randint(1, len(SCHOOLS)) if role != "Elevassistent" or rng.random() < 0.8 else None
        pnr = make.personnummer(born, sex, "short")
        m.staff.append({"id": i, "sign": sign, "first": first, "last": last, "role": role, "school": school,
                        "email": work_email, "phone": private, "pnr": pnr})
        m.rows["PERSONAL"].append((
            i, sign, pnr, first.upper() if rng.random() < 0.3 else first,
            last.upper() if rng.random() < 0.3 else last, role, school, work_email,
            make.phone("mobile") if rng.random() < 0.6 else None, private, _street(sv, rng),
            _postcode(rng, place[1]), place[0].upper(),
            (grouped(iban) if rng.random() < 0.4 else iban) if iban else None,
            Decimal(rng.randrange(2900000, 5200000, 50000)) / 100, rng.choice((100, 100, 100, 75, 80, 50)),
            _day(rng, 1995, 2024), kin, _moment(rng, 2023, 2025)))


def _person(rng: random.Random, fakes: dict[str, Faker], origin: str, sex: str, family: str | None) -> tuple[str, str]:
    if origin == "immigrant":
        first = rng.choice(IMMIGRANT_NAMES["first_m" if sex == "M" else "first_f"])
        return first, family or rng.choice(IMMIGRANT_NAMES["last"])
    fake = fakes["fi" if origin == "finnish" else "sv"]
    first = fake.first_name_male() if sex == "M" else fake.first_name_female()
    return first, family or fake.last_name()


def _families(rng: random.Random, m: Municipality, make: _Maker, fakes: dict[str, Faker]) -> None:
    for name in ("elev", "vardnadshavare", "elev_vardnadshavare"):
        m.rows[name] = []
    sv = fakes["sv"]
    classes: dict[tuple[int, int], int] = {}
    m.rows["klass"] = []
    teachers = [s for s in m.staff if s["role"] in ("Lärare", "Förskollärare")]
    while len(m.rows["elev"]) < PUPIL_COUNT:
        origin = rng.choices(("swedish", "immigrant", "finnish"), weights=(80, 15, 5))[0]
        family = _person(rng, fakes, origin, "M", None)[1]
        place = rng.choice(PLACES)
        street = _street(sv, rng)
        postcode = _postcode(rng, place[1])
        tongue = rng.choice(IMMIGRANT_NAMES["tongue"]) if origin == "immigrant" else (
            "finska" if origin == "finnish" else None)
        guardians = []
        for sex in rng.choice(("KM", "KM", "KM", "K", "M", "KK")):
            first, last = _person(rng, fakes, origin, sex, family if rng.random() < 0.7 else None)
            born = _day(rng, 1970, 1994)
            separate = len(guardians) == 1 and rng.random() < 0.2  # divorced: the other parent lives elsewhere
            home = (_street(sv, rng), _postcode(rng, rng.choice(PLACES)[1])) if separate else (street, postcode)
            vh_id = len(m.rows["vardnadshavare"]) + 1
            email = make.email(first, last) if rng.random() < 0.92 else None
            mobile = make.phone("mobile") if rng.random() < 0.95 else None
            g = {"id": vh_id, "first": first, "last": last, "email": email, "phone": mobile or make.phone("fixed"),
                 "street": home[0], "postcode": home[1], "postort": place[0],
                 "pnr": make.personnummer(born, sex, "long", coordination=origin == "immigrant" and rng.random() < 0.1),
                 "language": TONGUE_LANGUAGE[tongue] if tongue and tongue != "finska" else "sv"}
            guardians.append(g)
            m.guardians.append(g)
            m.rows["vardnadshavare"].append((
                vh_id, g["pnr"] if rng.random() < 0.97 else None, first, last, email, mobile,
                make.phone("fixed") if rng.random() < 0.3 else None, home[0], home[1], place[0], g["language"],
                origin == "immigrant" and rng.random() < 0.4, _moment(rng, 2014, 2024)))
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if len(m.rows["elev"]) >= PUPIL_COUNT:
                break
            sex = rng.choice("MK")
            first, _ = _person(rng, fakes, origin, sex, family)
            grade = rng.randint(0, 12)
            born = _day(rng, 2018 - grade, 2018 - grade)
            school = rng.choice([i for i, s in enumerate(SCHOOLS, 1) if s[2][0] <= grade <= s[2][1]])
            key = (school, grade)
            if key not in classes:
                classes[key] = len(m.rows["klass"]) + 1
                mentor = rng.choice([t for t in teachers if t["school"] == school] or teachers)
                label = "F" if grade == 0 else str(grade) if grade < 10 else f"NA{grade - 9}"
                m.rows["klass"].append((classes[key], school, f"{label}{rng.choice('ABC')}", grade, "2024/25",
                                        mentor["sign"] if rng.random() < 0.95 else None))
            protected = rng.random() < 0.02
            elev_id = len(m.rows["elev"]) + 1
            newly_arrived = origin == "immigrant" and rng.random() < 0.2
            pupil = {"id": elev_id, "first": first, "last": family, "grade": grade, "school": school,
                     "pnr": make.personnummer(born, sex, "long", coordination=newly_arrived), "street": street,
                     "postcode": postcode, "postort": place[0], "guardians": guardians, "place": place, "born": born}
            m.pupils.append(pupil)
            m.rows["elev"].append((
                elev_id, pupil["pnr"], first,
                (sv.first_name_male() if sex == "M" else sv.first_name_female())
                if origin == "swedish" and rng.random() < 0.4 else None,
                family, "P" if sex == "M" else "F", None if protected else street, None if protected else postcode,
                None if protected else place[0], "2299" if rng.random() < 0.96 else rng.choice(("2281", "2283")),
                tongue, protected, school, classes[key], jpeg_bytes(rng) if rng.random() < 0.75 else None,
                f"{2024 - max(grade - rng.randint(0, 2), 0)}-08-{rng.randint(15, 22)}"))
            for k, g in enumerate(guardians):
                relation = ("far" if k else "mor") if len(guardians) == 2 else rng.choice(RELATIONS)
                m.rows["elev_vardnadshavare"].append((
                    len(m.rows["elev_vardnadshavare"]) + 1, elev_id, g["id"], relation,
                    relation != "familjehem", rng.random() < 0.95))


def _school_year(rng: random.Random, m: Municipality, make: _Maker) -> None:
    m.rows["betyg"], m.rows["franvaro"], m.rows["elevhalsa_journal"] = [], [], []
    m.rows["specialkost"], m.rows["skolskjuts"] = [], []
    graded = [p for p in m.pupils if p["grade"] >= 6]
    teachers = [s["sign"] for s in m.staff if s["role"] == "Lärare"]
    for pupil in graded:
        for code in rng.sample([s[0] for s in SUBJECTS if s[0] not in ("MOD",)], 2):
            if len(m.rows["betyg"]) >= 300:
                break
            m.rows["betyg"].append((
                len(m.rows["betyg"]) + 1, pupil["id"], code, rng.choice(("HT24", "VT24")),
                rng.choice("AABCCCDDEEEF"), rng.choice(teachers), _day(rng, 2024, 2024)))
    for i in range(1, ABSENCE_COUNT + 1):
        pupil = rng.choice(m.pupils)
        g = rng.choice(pupil["guardians"])
        day = _day(rng, 2024, 2025)
        text = rng.choice(ABSENCE_TEXTS)
        reporter = "vårdnadshavare" if text and "{" in text else rng.choice(("vårdnadshavare", "SMS", "personal",
                                                                            "elev"))
        m.rows["franvaro"].append((
            i, pupil["pnr"], day, rng.choice((40, 60, 80, 120, 240, 360)), rng.random() < 0.85, reporter,
            _fill(text, first=pupil["first"], parent=g["first"], phone=g["phone"],
                  email=g["email"] or g["phone"]) if text else None,
            f"{day} 0{rng.randint(6, 9)}:{rng.randint(10, 59)}:00"))
    nurses = [s for s in m.staff if s["role"] in ("Skolsköterska", "Kurator")] or m.staff[:3]
    for i in range(1, 141):
        pupil = rng.choice(m.pupils)
        g = rng.choice(pupil["guardians"])
        kind, template = rng.choice(JOURNAL)
        code, diagnosis = rng.choice(ICD10)
        height = 115 + pupil["grade"] * 6 + rng.randint(-8, 8)
        weight = Decimal(f"{height * 0.28 + rng.uniform(-6, 8):.1f}") if kind == "hälsosamtal" else None
        m.rows["elevhalsa_journal"].append((
            i, pupil["id"], rng.choice(nurses)["id"], kind, _day(rng, 2022, 2025),
            height if kind == "hälsosamtal" else None, weight, code if "{code}" in template or rng.random() < 0.15
            else None,
            _fill(template, grade=pupil["grade"], height=height, weight=weight, parent=f"{g['first']} {g['last']}",
                  phone=g["phone"], email=g["email"] or g["phone"], first=pupil["first"], diagnosis=diagnosis,
                  code=code), rng.random() < 0.3))
    for pupil in rng.sample(m.pupils, 70):
        diet, comment, certified = rng.choice(DIETS)
        m.rows["specialkost"].append((pupil["id"], diet, certified, comment, _day(rng, 2020, 2024)))
    m.rows["specialkost"].sort()
    rural = [p for p in m.pupils if p["postort"] != "Sjövik" or rng.random() < 0.08]
    for i, pupil in enumerate(rng.sample(rural, min(80, len(rural))), 1):
        reason = rng.choice(TRANSPORT_REASONS)
        g = pupil["guardians"][-1]
        street = g["street"] if reason == "växelvis boende" else pupil["street"]
        place = pupil["place"]
        m.rows["skolskjuts"].append((
            i, pupil["pnr"], rng.randint(1, len(TAXI)), f"{street}, {pupil['postort']}",
            _near(rng, place[2], 0.04), _near(rng, place[3], 0.06), Decimal(f"{rng.uniform(2.1, 28):.1f}"), reason,
            f"0{rng.randint(6, 8)}:{rng.choice(('05', '15', '20', '35', '45'))}", "2025-06-13"))


def _portal(rng: random.Random, m: Municipality, make: _Maker, sv: Faker) -> None:
    m.rows["anvandare"], m.rows["usr_session"], m.rows["meddelande"] = [], [], []
    accounts: list[dict[str, Any]] = []
    for g in m.guardians:
        if g["email"] and rng.random() < 0.7:
            accounts.append({"kind": "vh", "who": g})
    for s in m.staff:
        accounts.append({"kind": "pers", "who": s})
    for usr_id, account in enumerate(accounts, 1):
        account["id"] = usr_id
        who = account["who"]
        staff = account["kind"] == "pers"
        bankid = not staff or rng.random() < 0.3
        created = _moment(rng, 2019, 2024)
        last = _after(rng, created) if rng.random() < 0.9 else None
        pnr = who["pnr"].replace("-", "") if not staff else None
        if staff and bankid:
            pnr = "19" + who["pnr"].replace("-", "")  # BankID's twelve digits of the PNR on file
        m.rows["anvandare"].append((
            usr_id, who["email"], pnr, None if staff else who["id"], who["id"] if staff else None,
            _bcrypt(rng) if staff and not bankid else None,
            "".join(rng.choices(string.ascii_uppercase + "234567", k=32)) if staff and rng.random() < 0.7 else None,
            _ip(rng) if last else None, last, rng.choice(("sv_SE", "sv_SE", "sv_SE", "en_GB")) if staff or
            who.get("language") == "sv" else rng.choice(("ar", "so", "en_GB", "sv_SE")), created,
            rng.random() < 0.03))
    for _ in range(SESSION_COUNT):
        account = rng.choice(accounts)
        started = _moment(rng, 2025, 2025)
        method = "bankid" if account["kind"] == "vh" else rng.choice(("bankid", "losenord", "saml"))
        m.rows["usr_session"].append((
            make.unique(lambda: rng.randbytes(32).hex()), account["id"], _ip(rng),
            rng.choice(USER_AGENTS) if rng.random() < 0.95 else None, started,
            started[:11] + f"{min(int(started[11:13]) + 8, 23):02d}" + started[13:], method))
    m.rows["usr_session"].sort()
    guardian_accounts = [a for a in accounts if a["kind"] == "vh"]
    staff_accounts = {a["who"]["id"]: a for a in accounts if a["kind"] == "pers"}
    children = {g["id"]: [p for p in m.pupils if g in p["guardians"]] for g in m.guardians}
    for i in range(1, MESSAGE_COUNT + 1):
        parent = rng.choice(guardian_accounts)
        g = parent["who"]
        child = rng.choice(children[g["id"]])
        school_staff = [s for s in m.staff if s["school"] == child["school"]] or m.staff
        teacher = staff_accounts[rng.choice(school_staff)["id"]]
        subject, template = rng.choice(MESSAGES)
        from_parent = subject not in ("Utvecklingssamtal", "Utflykt fredag", "Skolfoto", "Kontakt")
        sender, recipient = (parent, teacher) if from_parent else (teacher, parent)
        iban = make.iban() if "{iban}" in template else ""
        sent = _moment(rng, 2024, 2025)
        attachment = None
        if subject == "Intyg":
            attachment = jpeg_bytes(rng) if rng.random() < 0.5 else pdf_bytes(
                ["Barn- och ungdomspsykiatrin, Sundsvall", f"Intyg för {child['first']} {child['last']}",
                 f"Personnummer {child['pnr']}", "Diagnos F90.0 (ADHD) fastställd efter utredning."])
        text = _fill(template, to=recipient["who"]["first"], sender=f"{sender['who']['first']} {sender['who']['last']}",
                     child=child["first"], phone=sender["who"]["phone"], email=sender["who"]["email"],
                     iban=grouped(iban) if rng.random() < 0.6 else iban, street=_street(sv, rng),
                     postcode=_postcode(rng, child["place"][1]), postort=child["postort"])
        m.rows["meddelande"].append((
            i, sender["id"], recipient["id"], child["id"] if rng.random() < 0.8 else None, subject, text, attachment,
            sent, _after(rng, sent) if rng.random() < 0.8 else None))


def _ocr(serial: int) -> str:
    """An OCR reference as Swedish invoices carry it: the number, a length digit, a Luhn digit."""
    body = f"{serial}"
    body += str((len(body) + 2) % 10)
    return body + luhn_digit(body)


def _fees(rng: random.Random, m: Municipality, make: _Maker) -> None:
    m.rows["barnomsorg_faktura"] = []
    young = [p for p in m.pupils if 0 <= p["grade"] <= 5]
    serial = 4_120_031
    for i in range(1, 211):
        pupil = rng.choice(young)
        g = pupil["guardians"][0]
        period = f"2024-{rng.randint(1, 12):02d}"
        serial += rng.randint(1, 40)
        income = rng.randrange(18000, 98000, 100) if rng.random() < 0.9 else None
        basis = None
        if income is not None and rng.random() < 0.85:
            basis = {"inlamnad": _day(rng, 2023, 2024), "adress": f"{pupil['street']}, {pupil['postcode']} "
                                                                    f"{pupil['postort']}",
                     "hushall": [{"namn": f"{h['first']} {h['last']}", "personnummer": h["pnr"],
                                  "inkomst": income // len(pupil["guardians"])} for h in pupil["guardians"]]}
            if g["email"]:
                basis["epost"] = g["email"]
        fee = Decimal(min(1645, round((income or 58330) * 0.02))) if pupil["grade"] else Decimal(1645)
        status = rng.choice(("betald", "betald", "betald", "obetald", "påminnelse", "kredit"))
        refund = make.iban() if status == "kredit" or rng.random() < 0.05 else None
        pdf = pdf_bytes([f"Faktura BF{serial}", f"{g['first']} {g['last']}", g["street"],
                         f"{g['postcode']} {g['postort']}", f"Avgift fritidshem {period}: {fee} kr",
                         f"OCR {_ocr(serial)}"]) if rng.random() < 0.8 else None
        m.rows["barnomsorg_faktura"].append((
            i, f"BF{serial}", _ocr(serial), g["id"], pupil["id"], period, income,
            json.dumps(basis, ensure_ascii=False) if basis else None, fee, f"{period}-28", status,
            (grouped(refund) if rng.random() < 0.5 else refund) if refund else None, pdf))


def make_municipality(seed: int = SEED) -> Municipality:
    """The whole school administration, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {"sv": Faker("sv_SE"), "fi": Faker("fi_FI")}
    for offset, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + offset)
    m = Municipality()
    make = _Maker(rng, m)
    _reference(rng, m, make)
    _staff(rng, m, make, fakes["sv"])
    _families(rng, m, make, fakes)
    _school_year(rng, m, make)
    _portal(rng, m, make, fakes["sv"])
    _fees(rng, m, make)
    return m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Municipality) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/sixth/labels.yml's section for `tool`: columns, quasi_identifiers,
    not_personal, clearly_not_personal."""
    return apps.load_labels(LABELS, tool)
