"""The second held-out application: a staffing agency's HR and recruiting system.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the medical practice of support/heldout.py.
It was written blind: without reading the detector (checks/detect.py, scan.py,
starter.py) or any scan test, and labelled (tests/blind/labels.yml) before any detector
ran on it.

"Talentwerk GmbH" is a Berlin staffing agency (Personaldienstleister). Its system grew in
layers, and the names show it: the payroll and HR module is German (`mitarbeiter` with
`vorname`, `geburtsdatum`, `handy`, `steuer_id`, `sv_nummer`, `konfession`,
`gewerkschaft`, `payslips.brutto`), the newer recruiting module is camelCase English from
an ORM (`candidates.firstName`, `dateOfBirth`, `mobileNo`, `profileData`), the Madrid
office added its candidates' references in Spanish (`referencias.nombre_completo`,
`telefono`, `correo`), and the US freelancer table uses the terse abbreviations of a CSV
import (`fn`, `ln`, `dob`, `msisdn`, `ssn`, `addr_line1`, `acct_no`). Next to the people
are the agency's clients (companies: switchboards, `jobs@` addresses, VAT and register
numbers, a billing IBAN), their job postings, the IT equipment with EAN codes, settings,
an audit log and lookup tables.

Everything here is the original side: the rows (`make_agency`, drawn from a seeded
`random.Random` and seeded Faker instances, so every run and every server gets the same
ones), the DDL of each server (built from `SCHEMA` and `FOREIGN_KEYS`, every identifier
quoted, so camelCase names survive PostgreSQL), `create` and `dump`, and the personal
e-mails and IBANs a leak check looks for (company ones excluded).
"""

from __future__ import annotations

import json
import random
import string
import uuid
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker

from support import apps
from support.apps import ascii_fold, compact_iban, dump, grouped, iban_check_digits, jpeg_bytes, png_bytes
from support.apps import foreign_key as _fk, b64 as _b64, day as _day

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Agency", "compact_iban", "create", "dump", "load_labels", "make_agency"]

SEED = 20250611
LABELS = Path(__file__).resolve().parents[1] / "blind" / "labels.yml"
EMPLOYEE_COUNT = 120
CANDIDATE_COUNT = 260
CONTRACTOR_COUNT = 60
APPLICATION_COUNT = 480
OWN_DOMAIN = "talentwerk.de"
GERMAN_MAIL = ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "yahoo.de", "icloud.com")
SPANISH_MAIL = ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net")
US_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "protonmail.com")

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "inet": "varchar(45)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "inet": "inet"},
    "sqlite": {"ts": "DATETIME", "json": "TEXT", "blob": "BLOB", "bool": "BOOLEAN", "inet": "varchar(45)"},
}

# Every table's column definitions ("name type constraints"), parents before children:
# the order the tables are created and filled in. The name is quoted when the DDL is built.
SCHEMA: dict[str, tuple[str, ...]] = {
    "departments": ("id integer PRIMARY KEY", "name varchar(80) NOT NULL", "cost_center varchar(12) NOT NULL",
                    "created_at {ts} NOT NULL"),
    "job_grades": ("grade_code varchar(4) PRIMARY KEY", "title varchar(80) NOT NULL",
                   "min_salary decimal(9,2) NOT NULL", "max_salary decimal(9,2) NOT NULL"),
    "client_companies": (
        "id integer PRIMARY KEY", "companyName varchar(120) NOT NULL", "legalForm varchar(10) NOT NULL",
        "ustIdNr varchar(14) NOT NULL", "handelsregister varchar(30) NOT NULL", "switchboard varchar(24) NOT NULL",
        "hrEmail varchar(120) NOT NULL", "street varchar(120) NOT NULL", "plz varchar(5) NOT NULL",
        "stadt varchar(60) NOT NULL", "billing_iban varchar(34) NOT NULL", "website varchar(120)",
        "createdAt {ts} NOT NULL"),
    "job_postings": (
        "id integer PRIMARY KEY", "client_id integer NOT NULL", "ref_code varchar(16) NOT NULL UNIQUE",
        "title varchar(120) NOT NULL", "description text NOT NULL", "salary_min decimal(9,2)",
        "salary_max decimal(9,2)", "location_city varchar(60) NOT NULL", "remote_allowed {bool} NOT NULL",
        "published_at {ts} NOT NULL", "status varchar(10) NOT NULL"),
    "mitarbeiter": (
        "id integer PRIMARY KEY", "personalnummer varchar(8) NOT NULL UNIQUE", "vorname varchar(60) NOT NULL",
        "nachname varchar(60) NOT NULL", "geburtsname varchar(60)", "geburtsdatum date NOT NULL",
        "geschlecht char(1) NOT NULL", "email_work varchar(120) NOT NULL UNIQUE", "handy varchar(24)",
        "telefon_privat varchar(24)", "strasse varchar(120) NOT NULL", "plz varchar(5) NOT NULL",
        "ort varchar(60) NOT NULL", "steuer_id char(11) NOT NULL UNIQUE", "sv_nummer varchar(16) NOT NULL UNIQUE",
        "iban varchar(34)", "konfession varchar(3)", "gewerkschaft varchar(20)", "nationality char(2) NOT NULL",
        "department_id integer NOT NULL", "grade_code varchar(4) NOT NULL", "eintrittsdatum date NOT NULL",
        "austrittsdatum date", "gehalt decimal(9,2) NOT NULL", "foto {blob}", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "app_users": (
        "id integer PRIMARY KEY", "login_email varchar(120) NOT NULL UNIQUE", "username varchar(40) NOT NULL UNIQUE",
        "password_digest varchar(120) NOT NULL", "lastLoginIp {inet}", "last_login_at {ts}",
        "role varchar(16) NOT NULL", "isActive {bool} NOT NULL", "createdAt {ts} NOT NULL"),
    "auth_tokens": (
        "id integer PRIMARY KEY", "user_id integer NOT NULL", "access_token varchar(400) NOT NULL",
        "refresh_token char(64) NOT NULL UNIQUE", "client_ip {inet}", "user_agent varchar(255)",
        "issued_at {ts} NOT NULL", "expires_at {ts} NOT NULL"),
    "audit_events": (
        "id integer PRIMARY KEY", "actor_user_id integer NOT NULL", "action varchar(40) NOT NULL",
        "object_type varchar(30) NOT NULL", "object_id integer NOT NULL", "request_id char(36) NOT NULL",
        "details {json}", "occurred_at {ts} NOT NULL"),
    "sick_leaves": (
        "id integer PRIMARY KEY", "mitarbeiter_id integer NOT NULL", "von date NOT NULL", "bis date NOT NULL",
        "icd10 varchar(8)", "au_vorhanden {bool} NOT NULL", "bemerkung varchar(255)", "created_at {ts} NOT NULL"),
    "payslips": (
        "id integer PRIMARY KEY", "personalnummer varchar(8) NOT NULL", "periode char(7) NOT NULL",
        "brutto decimal(9,2) NOT NULL", "netto decimal(9,2) NOT NULL", "auszahlung_iban varchar(34)",
        "reference varchar(24) NOT NULL UNIQUE", "paid_at {ts}"),
    "equipment": (
        "id integer PRIMARY KEY", "asset_tag varchar(16) NOT NULL UNIQUE", "ean char(13) NOT NULL",
        "model varchar(80) NOT NULL", "serial_no varchar(24) NOT NULL", "assigned_to integer",
        "purchased_on date NOT NULL", "price decimal(8,2) NOT NULL"),
    "candidates": (
        "id integer PRIMARY KEY", "firstName varchar(60) NOT NULL", "lastName varchar(60) NOT NULL",
        "email varchar(120) NOT NULL UNIQUE", "mobileNo varchar(24)", "dateOfBirth date", "gender varchar(10)",
        "nationality char(2)", "ethnicity varchar(30)", "disabilityStatus varchar(20)", "streetAddress varchar(120)",
        "postalCode varchar(10)", "city varchar(60)", "countryCode char(2) NOT NULL", "linkedinUrl varchar(160)",
        "salaryExpectation integer", "backgroundCheck varchar(16)", "headshot {blob}", "cvFile {blob}",
        "profileData {json}", "createdAt {ts} NOT NULL", "updatedAt {ts} NOT NULL"),
    "referencias": (
        "id integer PRIMARY KEY", "candidato_email varchar(120) NOT NULL", "nombre_completo varchar(120) NOT NULL",
        "telefono varchar(24) NOT NULL", "correo varchar(120)", "empresa varchar(120)", "cargo varchar(80)",
        "relacion varchar(30) NOT NULL", "creado_en {ts} NOT NULL"),
    "applications": (
        "id integer PRIMARY KEY", "candidateId integer NOT NULL", "postingId integer NOT NULL",
        "recruiterId integer NOT NULL", "appliedAt {ts} NOT NULL", "status varchar(12) NOT NULL",
        "source varchar(20) NOT NULL", "coverLetter text", "score integer", "withdrawn {bool} NOT NULL"),
    "interviews": (
        "id integer PRIMARY KEY", "applicationId integer NOT NULL", "interviewer_id integer NOT NULL",
        "scheduled_at {ts} NOT NULL", "duration_min integer NOT NULL", "room varchar(30)", "feedback text",
        "rating integer"),
    "messages": (
        "id integer PRIMARY KEY", "application_id integer NOT NULL", "direction varchar(3) NOT NULL",
        "from_addr varchar(120) NOT NULL", "subject varchar(160) NOT NULL", "body text NOT NULL",
        "sent_at {ts} NOT NULL", "channel varchar(8) NOT NULL"),
    "contractors": (
        "id integer PRIMARY KEY", "fn varchar(60) NOT NULL", "ln varchar(60) NOT NULL", "dob date",
        "msisdn varchar(15)", "ssn varchar(11) UNIQUE", "addr_line1 varchar(120)", "zipcode varchar(10)",
        "state char(2)", "acct_no varchar(17)", "routing_no char(9)", "day_rate decimal(8,2) NOT NULL",
        "company_name varchar(120)", "client_id integer", "created_at {ts} NOT NULL"),
    "settings": ("setting_key varchar(60) PRIMARY KEY", "setting_value varchar(255) NOT NULL",
                 "updated_at {ts} NOT NULL"),
}
COLUMNS: dict[str, tuple[str, ...]] = apps.columns_of(SCHEMA)


FOREIGN_KEYS = (
    _fk("job_postings", ["client_id"], "client_companies", ["id"]),
    _fk("mitarbeiter", ["department_id"], "departments", ["id"]),
    _fk("mitarbeiter", ["grade_code"], "job_grades", ["grade_code"]),
    # The login is the employee's work e-mail: a foreign key on a personal column.
    _fk("app_users", ["login_email"], "mitarbeiter", ["email_work"]),
    _fk("auth_tokens", ["user_id"], "app_users", ["id"]),
    _fk("audit_events", ["actor_user_id"], "app_users", ["id"]),
    _fk("sick_leaves", ["mitarbeiter_id"], "mitarbeiter", ["id"]),
    # Payroll exports key on the personnel number, not on the id.
    _fk("payslips", ["personalnummer"], "mitarbeiter", ["personalnummer"]),
    _fk("equipment", ["assigned_to"], "mitarbeiter", ["id"]),
    # The Madrid office's references point at the candidate's e-mail.
    _fk("referencias", ["candidato_email"], "candidates", ["email"]),
    _fk("applications", ["candidateId"], "candidates", ["id"]),
    _fk("applications", ["postingId"], "job_postings", ["id"]),
    _fk("applications", ["recruiterId"], "mitarbeiter", ["id"]),
    _fk("interviews", ["applicationId"], "applications", ["id"]),
    _fk("interviews", ["interviewer_id"], "mitarbeiter", ["id"]),
    _fk("messages", ["application_id"], "applications", ["id"]),
    _fk("contractors", ["client_id"], "client_companies", ["id"]),
)

DEPARTMENTS = (
    ("Geschäftsführung", "KST-1000"), ("Recruiting IT", "KST-4100"), ("Recruiting Logistik", "KST-4200"),
    ("Recruiting Office", "KST-4300"), ("Personalabteilung", "KST-2000"), ("Buchhaltung", "KST-2100"),
    ("Vertrieb", "KST-3000"), ("IT-Service", "KST-5000"),
)
GRADES = (
    ("E5", "Sachbearbeitung", "32000.00", "39000.00"), ("E7", "Sachbearbeitung qualifiziert", "37000.00", "45000.00"),
    ("E9", "Recruiter/in", "42000.00", "52000.00"), ("E10", "Senior Recruiter/in", "48000.00", "60000.00"),
    ("E11", "Teamleitung", "55000.00", "70000.00"), ("E12", "Bereichsleitung", "65000.00", "85000.00"),
    ("E13", "Geschäftsführung", "90000.00", "140000.00"), ("AZ1", "Auszubildende/r", "12000.00", "14400.00"),
)
# (name, legal form, domain, HR mailbox, city, postcode, register court)
CLIENTS = (
    ("Brandt Logistik", "GmbH", "brandt-logistik.de", "jobs", "Hamburg", "20457", "HRB 118422"),
    ("Nordlicht Software", "AG", "nordlicht-software.de", "karriere", "Kiel", "24103", "HRB 20931 KI"),
    ("Elbwerk Maschinenbau", "GmbH", "elbwerk.de", "bewerbung", "Dresden", "01067", "HRB 33817"),
    ("Rheinfarben Chemie", "SE", "rheinfarben.com", "hr", "Ludwigshafen", "67059", "HRB 61208"),
    ("Kaiser & Söhne Bau", "KG", "kaiser-soehne-bau.de", "personal", "Köln", "50667", "HRA 29114"),
    ("Mediwell Kliniken", "gGmbH", "mediwell-kliniken.de", "jobs", "München", "80331", "HRB 240517"),
    ("Spreeport Handel", "GmbH", "spreeport.de", "jobs", "Berlin", "10179", "HRB 198344 B"),
    ("Alpina Energie", "AG", "alpina-energie.de", "recruiting", "Stuttgart", "70173", "HRB 740022"),
    ("Weserdata", "GmbH", "weserdata.de", "careers", "Bremen", "28195", "HRB 31877 HB"),
    ("Fahrwerk Mobility", "GmbH", "fahrwerk-mobility.de", "talent", "Wolfsburg", "38440", "HRB 207733"),
    ("Grünhof Lebensmittel", "eG", "gruenhof.de", "bewerbungen", "Hannover", "30159", "GnR 412"),
    ("Transalpin Spedition", "GmbH", "transalpin.eu", "jobs", "Nürnberg", "90402", "HRB 38821"),
    ("Iberia Servicios Logísticos", "S.L.", "iberia-sl.es", "rrhh", "Madrid", "28013", "Hoja M-512870"),
    ("Castellana Consulting", "S.A.", "castellana-consulting.es", "empleo", "Madrid", "28046", "Hoja M-77321"),
    ("Lakeside Analytics", "Inc.", "lakeside-analytics.com", "jobs", "Chicago", "60601", "EIN 36-4417820"),
)
POSTING_TITLES = (
    "Lagerist (m/w/d)", "Staplerfahrer (m/w/d)", "Java-Entwickler (m/w/d)", "Buchhalter (m/w/d)",
    "Pflegefachkraft (m/w/d)", "Elektroniker für Betriebstechnik (m/w/d)", "Sachbearbeiter Einkauf (m/w/d)",
    "Data Engineer (m/w/d)", "Berufskraftfahrer CE (m/w/d)", "Mozo de almacén", "Consultor SAP FI/CO",
    "Senior Data Analyst", "Kundenberater Inbound (m/w/d)", "Produktionshelfer (m/w/d)",
)
POSTING_TEXTS = (
    "Für unseren Kunden {company} suchen wir ab sofort eine/n {title} in {city}. Wir bieten Vollzeit, "
    "Urlaubsgeld und einen unbefristeten Vertrag. Bewerbungen bitte an {mail} oder telefonisch unter {phone}.",
    "{company} wächst! Als {title} in {city} erwarten Sie ein modernes Team und flexible Arbeitszeiten. "
    "Fragen beantwortet die Personalabteilung unter {phone}.",
    "Wir suchen für {company} ({city}) eine/n {title}. Schicht: Früh/Spät. Start: nächsten Monat. "
    "Ansprechpartner: Recruiting-Team, {mail}.",
)
EQUIPMENT = (
    ("Lenovo ThinkPad T14 Gen 4", "1195.00", "4065"), ("Dell Latitude 5440", "1049.00", "5397"),
    ("Apple MacBook Air 13 M2", "1299.00", "1949"), ("Samsung Galaxy A54", "389.00", "8806"),
    ("Apple iPhone 14", "799.00", "0194"), ("Jabra Evolve2 65", "189.00", "5706"), ("Dell P2723DE", "329.00", "5397"),
)
KONFESSION = ("rk", "ev", "--", "--", "--", "ak", "ev", "rk")
UNIONS = ("ver.di", "IG Metall", "IG BCE", "NGG")
NATIONALITIES = ("DE",) * 12 + ("PL", "TR", "ES", "IT", "RO", "HR", "UA", "SY", "GR")
ICD10 = ("J06.9", "M54.5", "A09.9", "F43.2", "J11.1", "K52.9", "S93.4", "F32.1", "R51", "B34.9", "M75.1")
SICK_NOTES = (
    "AU-Bescheinigung per Mail von {email} erhalten.", "Folgebescheinigung liegt vor.",
    "Wiedereingliederung (Hamburger Modell) ab nächster Woche geplant.", "Kind krank (§ 45 SGB V).",
    "Arbeitsunfall, BG informiert.", "Rückfragen an Ehepartner/in unter {phone}.", "Reha-Maßnahme beantragt.",
)
US_STATES = ("CA", "NY", "TX", "WA", "IL", "MA", "CO", "OR", "FL", "GA")
US_AREAS = {"CA": "415", "NY": "212", "TX": "512", "WA": "206", "IL": "312", "MA": "617", "CO": "303",
            "OR": "503", "FL": "305", "GA": "404"}
# Banks' ABA routing numbers (public, one per bank): the bank is not the person.
ROUTING = ("021000021", "026009593", "121000248", "111000025", "322271627", "071000013", "011000138")
ETHNICITIES = ("White", "Black or African", "Asian", "Hispanic or Latino", "Middle Eastern", "Mixed",
               "Prefer not to say")
LANGUAGES = ("de", "en", "es", "fr", "pl", "tr", "it")
SOURCES = ("LinkedIn", "StepStone", "Indeed", "Website", "Empfehlung", "Agentur für Arbeit", "InfoJobs")
APP_STATUSES = ("new", "screening", "interview", "offer", "hired", "rejected")
ROOMS = ("Raum Spree", "Raum Havel", "Teams", "Zoom", "Sala Retiro", None)
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Talentwerk-App/3.2.1 (Android 14; SM-A546B)",
)
# Free text people write; {email}, {phone}, {iban} are the writer's own or a relative's.
COVER_LETTERS = (
    "Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um die Stelle als {title}. Ich habe mehrere Jahre "
    "Erfahrung und bin ab sofort verfügbar. Sie erreichen mich unter {phone} oder per E-Mail an {email}.\n\n"
    "Mit freundlichen Grüßen\n{first} {last}",
    "Dear Hiring Team,\n\nI am applying for the {title} role. I am relocating to Germany next spring. "
    "Please reach me at {email}.\n\nKind regards,\n{first} {last}",
    "Hallo, anbei mein Lebenslauf. Gerne auch telefonisch: {phone}. Gruß {first}",
    "Estimados señores: les envío mi candidatura para el puesto de {title}. Mi teléfono es {phone} y mi correo "
    "{email}. Un saludo, {first} {last}",
    "Bewerbung als {title}. Zeugnisse reiche ich nach.",
)
MESSAGES_IN = (
    "Vielen Dank für die Einladung, der Termin passt mir. Meine neue Handynummer: {phone}",
    "Bitte überweisen Sie die Reisekosten auf mein Konto {iban}. Danke!",
    "Ich ziehe meine Bewerbung leider zurück, ich habe eine andere Stelle angenommen.",
    "Falls ich nicht erreichbar bin, können Sie auch meine Frau kontaktieren: {email}",
    "Could you send the contract to my private address {email}? Thanks, {first}",
    "Hola, adjunto el certificado. Para el reembolso: {iban}. Saludos, {first}",
    "Ich bin ab Montag für zwei Wochen krankgeschrieben, können wir das Gespräch verschieben?",
)
MESSAGES_OUT = (
    "Hallo {first}, vielen Dank für Ihre Bewerbung. Wir melden uns in Kürze.",
    "Hallo {first}, wir möchten Sie gern zu einem Gespräch einladen. Passt Ihnen Dienstag, 10 Uhr?",
    "Dear {first}, thank you for your interest. Unfortunately we have decided to move forward with other candidates.",
    "Guten Tag {first} {last}, anbei der Vertragsentwurf. Bitte unterschrieben zurück an {recruiter}.",
)
FEEDBACK = (
    "Sehr gute Kommunikation, fachlich solide. Gehaltsvorstellung {salary} EUR. Empfehlung: weiter.",
    "Wirkte unsicher, Lücken im Lebenslauf (2019-2021, laut eigener Aussage Pflege der Mutter).",
    "Strong SQL skills, weak on Spark. Mentioned an upcoming back surgery; start date may slip.",
    "Erwähnte Schwangerschaft, Start erst nach Elternzeit möglich.",
    "Passt gut ins Team. Führerschein CE vorhanden. Handy: {phone}.",
    "No-show; rescheduled once.",
    None,
)


def steuer_id_digit(first10: str) -> str:
    """The check digit of a German tax identification number (ISO 7064 MOD 11,10)."""
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def sv_digit(area: str, birth: str, letter: str, serial: str) -> str:
    """The check digit of a German pension insurance number (Rentenversicherungsnummer)."""
    digits = area + birth + f"{ord(letter) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return str(sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True)) % 10)


def ean13_digit(first12: str) -> str:
    """GS1's check digit: weights 1 and 3 from the left."""
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12)) % 10) % 10)


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose content stream (compressed, as PDF writers do) draws `lines`."""
    text = "BT /F1 11 Tf 72 760 Td " + " ".join(f"({line}) Tj 0 -14 Td" for line in lines) + " ET"
    stream = zlib.compress(text.encode("latin-1", "replace"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    for i, body in enumerate(objects, 1):
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    return out + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


@dataclass
class Agency:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's addresses, casefolded (company ones excluded)
    ibans: set[str] = field(default_factory=set)  # people's, compact, upper case


class _Maker(apps.Unique):
    """Draws the agency's values; every phone, e-mail and IBAN it gives is new."""

    def __init__(self, rng: random.Random, agency: Agency) -> None:
        super().__init__()
        self.rng = rng
        self.agency = agency
        self.numbers: set[str] = set()

    def phone(self, country: str = "DE", kind: str = "mobile") -> str:
        rng = self.rng
        while True:
            if country == "ES":
                lead = rng.choice("67") if kind == "mobile" else "91"  # Madrid's landlines start with 91
                digits = lead + "".join(rng.choices(string.digits, k=9 - len(lead)))
                text = rng.choice((f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}",
                                   f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"))
            elif country == "US":
                area = rng.choice(tuple(US_AREAS.values()))
                line = f"{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
                text = rng.choice((f"({area}) {line[:3]}-{line[3:]}", f"{area}-{line[:3]}-{line[3:]}",
                                   f"+1 {area} {line[:3]} {line[3:]}"))
            elif kind == "mobile":
                prefix = rng.choice(("151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176",
                                     "177", "178", "179"))
                rest = "".join(rng.choices(string.digits, k=rng.choice((7, 8) if prefix[0] == "1" else (7,))))
                text = rng.choice((f"0{prefix} {rest}", f"+49 {prefix} {rest}", f"0{prefix}/{rest}",
                                   f"+49{prefix}{rest}", f"0{prefix}-{rest[:3]} {rest[3:]}"))
            else:
                area = rng.choice(("30", "40", "89", "221", "69", "711", "351", "511"))
                rest = str(rng.randint(2, 9)) + "".join(rng.choices(string.digits, k=rng.choice((9, 10)) - len(area)))
                text = rng.choice((f"0{area} {rest}", f"0{area}/{rest}", f"+49 {area} {rest}", f"0{area}-{rest}"))
            number = phonenumbers.parse(text, country)
            key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if phonenumbers.is_valid_number(number) and key not in self.numbers:
                self.numbers.add(key)
                return text

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = ascii_fold(first.replace(" ", "")), ascii_fold(last.replace(" ", ""))
        base = rng.choice((f"{given}.{family}", f"{given[0]}{family}", f"{given}_{family}", f"{family}.{given}",
                           f"{given}{family[0]}"))
        while True:
            local = base if rng.random() < 0.4 else f"{base}{rng.randint(1, 99)}"
            address = f"{local}@{rng.choice(domains)}"
            if rng.random() < 0.05:
                address = address[0].upper() + address[1:]  # typed with a capital
            if address.casefold() not in self.agency.emails:
                self.agency.emails.add(address.casefold())
                return address

    def iban(self, country: str = "DE", personal: bool = True) -> str:
        rng = self.rng
        bban = "".join(rng.choices(string.digits, k=18 if country == "DE" else 20))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.agency.ibans.add(compact)
        return compact


def _moment(rng: random.Random, first_year: int, last_year: int) -> str:
    return apps.moment(rng, first_year, last_year, (6, 21))


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return apps.ipv4(rng, (79, 84, 87, 91, 93, 217))  # German broadband operators' ranges
    return f"2003:e5:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(12):x}"


def _argon2(rng: random.Random) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${_b64(rng.randbytes(16))}${_b64(rng.randbytes(32))}"


def _jwt(rng: random.Random, user_id: int, issued: int) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode(), url=True)
    claims = {"sub": str(user_id), "iat": issued, "exp": issued + 3600, "scope": "ats hr", "tid": "talentwerk"}
    return f"{header}.{_b64(json.dumps(claims).encode(), url=True)}.{_b64(rng.randbytes(32), url=True)}"


def _reference_data(rng: random.Random, a: Agency, make: _Maker, de: Faker) -> None:
    a.rows["departments"] = [(i, name, kst, _moment(rng, 2012, 2016)) for i, (name, kst) in enumerate(DEPARTMENTS, 1)]
    a.rows["job_grades"] = [(code, title, Decimal(lo), Decimal(hi)) for code, title, lo, hi in GRADES]
    a.rows["client_companies"] = []
    for i, (name, form, domain, box, city, plz, register) in enumerate(CLIENTS, 1):
        country = "ES" if form in ("S.L.", "S.A.") else "DE"
        vat = f"DE{rng.randint(100000000, 999999999)}" if country == "DE" else f"ESB{rng.randint(10000000, 99999999)}"
        switchboard = make.phone("US" if form == "Inc." else country, "fixed")
        a.rows["client_companies"].append((
            i, f"{name} {form}", form, vat, register, switchboard, f"{box}@{domain}",
            f"{de.street_name()} {rng.randint(1, 180)}", plz, city, make.iban(country, personal=False),
            f"https://www.{domain}" if rng.random() < 0.9 else None, _moment(rng, 2016, 2023)))
    a.rows["job_postings"] = []
    for i in range(1, 41):
        client = a.rows["client_companies"][rng.randrange(len(CLIENTS))]
        title = rng.choice(POSTING_TITLES)
        low = Decimal(rng.randrange(28000, 70000, 1000)) if rng.random() < 0.7 else None
        text = rng.choice(POSTING_TEXTS).format(company=client[1], title=title, city=client[9], mail=client[6],
                                                phone=client[5])
        published = _moment(rng, 2023, 2024)
        a.rows["job_postings"].append((
            i, client[0], f"JP-{published[:4]}-{i:04d}", title, text, low,
            low + Decimal(rng.randrange(4000, 15000, 1000)) if low else None, client[9], rng.random() < 0.3,
            published, rng.choice(("open", "open", "filled", "closed", "draft"))))
    own_iban = make.iban("DE", personal=False)
    a.rows["settings"] = [
        ("company.name", "Talentwerk GmbH", _moment(rng, 2020, 2024)),
        ("company.address", "Friedrichstraße 112, 10117 Berlin", _moment(rng, 2020, 2024)),
        ("company.phone", "+49 30 2887 6400", _moment(rng, 2020, 2024)),
        ("company.email", f"info@{OWN_DOMAIN}", _moment(rng, 2020, 2024)),
        ("company.ust_id", "DE287766341", _moment(rng, 2020, 2024)),
        ("billing.iban", grouped(own_iban), _moment(rng, 2020, 2024)),
        ("recruiting.reply_to", f"bewerbung@{OWN_DOMAIN}", _moment(rng, 2020, 2024)),
        ("recruiting.autoreply_enabled", "true", _moment(rng, 2020, 2024)),
        ("smtp.host", f"mail.{OWN_DOMAIN}", _moment(rng, 2020, 2024)),
        ("smtp.port", "587", _moment(rng, 2020, 2024)),
        ("dsgvo.loeschfrist_bewerber_monate", "6", _moment(rng, 2020, 2024)),
        ("payroll.export_format", "DATEV-LODAS", _moment(rng, 2020, 2024)),
        ("ui.default_locale", "de-DE", _moment(rng, 2020, 2024)),
        ("sms.sender_id", "TALENTWERK", _moment(rng, 2020, 2024)),
    ]


def _steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample(string.digits, 9)
        digits.append(rng.choice(digits))
        rng.shuffle(digits)
        if digits[0] != "0":
            head = "".join(digits)
            return head + steuer_id_digit(head)


def _sv_nummer(rng: random.Random, dob: str, birth_name: str, sex: str) -> str:
    area = rng.choice(("12", "13", "15", "18", "23", "24", "25", "26", "28", "38", "40", "42", "53", "65", "68"))
    birth = dob[8:10] + dob[5:7] + dob[2:4]
    letter = ascii_fold(birth_name)[:1].upper() or "X"
    serial = f"{rng.randint(0, 49) if sex == 'm' else rng.randint(50, 99):02d}"
    number = area + birth + letter + serial + sv_digit(area, birth, letter, serial)
    return f"{area} {birth} {letter} {serial}{number[-1]}" if rng.random() < 0.3 else number


def _employees(rng: random.Random, a: Agency, make: _Maker, de: Faker) -> None:
    a.rows["mitarbeiter"], a.rows["sick_leaves"], a.rows["payslips"] = [], [], []
    grades = {code: (Decimal(lo), Decimal(hi)) for code, _, lo, hi in GRADES}
    for i in range(1, EMPLOYEE_COUNT + 1):
        sex = rng.choices("mwd", (48, 50, 2))[0]
        first = de.first_name_male() if sex == "m" else de.first_name_female() if sex == "w" else de.first_name()
        last = de.last_name()
        birth_name = de.last_name() if sex == "w" and rng.random() < 0.3 else None
        dob = _day(rng, 1960, 2005)
        grade = "E13" if i == 1 else rng.choice(("E5", "E7", "E9", "E9", "E10", "E10", "E11", "E12", "AZ1"))
        low, high = grades[grade]
        salary = Decimal(rng.randint(int(low), int(high)) // 100 * 100)
        hired = _day(rng, 2013, 2024)
        left = _day(rng, 2024, 2025) if rng.random() < 0.08 else None
        created = hired + f" {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00"
        iban = make.iban() if rng.random() < 0.95 else None
        photo = None
        if rng.random() < 0.4:
            photo = jpeg_bytes(rng) if rng.random() < 0.6 else png_bytes(rng)
        a.rows["mitarbeiter"].append((
            i, f"P{10000 + i * 7:05d}", first, last, birth_name, dob, sex,
            make.email(first, last, (OWN_DOMAIN,)),
            make.phone() if rng.random() < 0.85 else None,
            make.phone(kind="fixed") if rng.random() < 0.3 else None,
            de.street_address(), de.postcode(), de.city(), make.unique(lambda: _steuer_id(rng)),
            make.unique(lambda: _sv_nummer(rng, dob, birth_name or last, sex)),
            grouped(iban) if iban and rng.random() < 0.3 else iban, rng.choice(KONFESSION),
            rng.choice(UNIONS) if rng.random() < 0.2 else None, rng.choice(NATIONALITIES),
            1 if i == 1 else rng.randint(2, len(DEPARTMENTS)), grade, hired, left, salary, photo, created,
            _moment(rng, 2024, 2024)))
    for employee in a.rows["mitarbeiter"]:
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            start = _day(rng, 2023, 2024)
            end = start[:8] + f"{min(28, int(start[8:]) + rng.randint(1, 10)):02d}"
            note = rng.choice((*SICK_NOTES, None, None))
            if note:
                note = note.format(email=make.email(de.first_name(), employee[3], GERMAN_MAIL), phone=make.phone())
            a.rows["sick_leaves"].append((len(a.rows["sick_leaves"]) + 1, employee[0], start, end,
                                          rng.choice(ICD10) if rng.random() < 0.6 else None, rng.random() < 0.9,
                                          note, f"{start} 0{rng.randint(7, 9)}:{rng.randint(10, 59)}:00"))
        for month in ("2024-01", "2024-02", "2024-03"):
            if employee[21] > f"{month}-28":
                continue
            gross = (employee[23] / 12).quantize(Decimal("0.01"))
            net = (gross * Decimal(rng.choice(("0.61", "0.63", "0.66", "0.58")))).quantize(Decimal("0.01"))
            payout = employee[15]
            if payout and rng.random() < 0.7:
                payout = compact_iban(payout)
            payslip = len(a.rows["payslips"]) + 1
            a.rows["payslips"].append((payslip, employee[1], month, gross, net, payout,
                                       f"LA-{month}-{payslip:05d}", f"{month}-28 06:00:00" if payout else None))


def _accounts(rng: random.Random, a: Agency) -> None:
    a.rows["app_users"], a.rows["auth_tokens"], a.rows["audit_events"] = [], [], []
    staff = [row for row in a.rows["mitarbeiter"] if row[20] in ("E9", "E10", "E11", "E12", "E13")][:60]
    usernames: set[str] = set()
    for i, employee in enumerate(staff, 1):
        username = ascii_fold(employee[2])[0] + ascii_fold(employee[3])
        while username in usernames:
            username += str(rng.randint(0, 9))
        usernames.add(username)
        a.rows["app_users"].append((
            i, employee[7], username, _argon2(rng), _ip(rng) if rng.random() < 0.9 else None,
            _moment(rng, 2024, 2024), "admin" if i == 1 else rng.choice(("recruiter", "recruiter", "hr", "payroll")),
            employee[22] is None, employee[25]))
    for i in range(1, 201):
        user = rng.randint(1, len(staff))
        issued = _moment(rng, 2024, 2024)
        stamp = 1704067200 + rng.randint(0, 365 * 86400)
        a.rows["auth_tokens"].append((i, user, _jwt(rng, user, stamp), f"{rng.getrandbits(256):064x}", _ip(rng),
                                      rng.choice(USER_AGENTS), issued, issued.replace("2024", "2025", 1)))


def _audit(rng: random.Random, a: Agency, make: _Maker) -> None:
    candidates = a.rows["candidates"]
    for i in range(1, 301):
        kind = rng.random()
        if kind < 0.35:
            person = rng.choice(candidates)
            action, object_type, object_id = "candidate.update", "candidate", person[0]
            if rng.random() < 0.5:
                details = {"field": "email", "old": make.email(person[1], person[2], GERMAN_MAIL), "new": person[3]}
            else:
                details = {"field": "mobileNo", "old": make.phone(), "new": person[4]}
        elif kind < 0.7:
            action, object_type, object_id = "application.status", "application", rng.randint(1, APPLICATION_COUNT)
            old, new = rng.sample(APP_STATUSES, 2)
            details = {"field": "status", "old": old, "new": new}
        elif kind < 0.9:
            action, object_type, object_id = "user.login", "app_user", rng.randint(1, len(a.rows["app_users"]))
            details = {"ip": _ip(rng), "mfa": rng.random() < 0.5, "result": "ok"}
        else:
            action, object_type, object_id = "export.payroll", "payroll_run", rng.randint(1, 36)
            details = None
        a.rows["audit_events"].append((
            i, rng.randint(1, len(a.rows["app_users"])), action, object_type, object_id,
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            json.dumps(details, ensure_ascii=False) if details is not None else None, _moment(rng, 2024, 2024)))


def _candidate(rng: random.Random, make: _Maker, fakes: dict[str, Faker], i: int) -> tuple:
    origin = rng.choices(("DE", "ES", "US"), (70, 20, 10))[0]
    fake = fakes[origin]
    gender = rng.choice(("female", "male", "female", "male", "diverse", None))
    first = fake.first_name_female() if gender == "female" else fake.first_name_male() if gender else fake.first_name()
    last = fake.last_name()
    email = make.email(first, last, {"DE": GERMAN_MAIL, "ES": SPANISH_MAIL, "US": US_MAIL}[origin])
    nationality = {"DE": rng.choice(NATIONALITIES), "ES": "ES", "US": rng.choice(("US", "US", "CA", "IN"))}[origin]
    headshot = jpeg_bytes(rng) if rng.random() < 0.35 else None
    cv = None
    if rng.random() < 0.5:
        cv = pdf_bytes([f"{first} {last}", "Lebenslauf / Curriculum Vitae", email, fake.street_address()])
    profile = None
    if rng.random() < 0.75:
        profile = {"languages": rng.sample(LANGUAGES, rng.randint(1, 3)), "noticePeriodWeeks": rng.choice((0, 4, 6,
                   12)), "willingToRelocate": rng.random() < 0.4, "drivingLicence": rng.choice(("B", "CE", None))}
        if rng.random() < 0.5:
            profile["emergencyContact"] = {"name": f"{fake.first_name()} {last}", "phone": make.phone(origin)}
        if rng.random() < 0.3:
            profile["altEmail"] = make.email(first, last, {"DE": GERMAN_MAIL, "ES": SPANISH_MAIL,
                                                           "US": US_MAIL}[origin])
        profile = json.dumps(profile, ensure_ascii=False)
    created = _moment(rng, 2022, 2024)
    slug = f"{ascii_fold(first)}-{ascii_fold(last.replace(' ', '-'))}-{rng.getrandbits(24):06x}"
    return (
        i, first, last, email, make.phone(origin) if rng.random() < 0.9 else None,
        _day(rng, 1965, 2006) if rng.random() < 0.7 else None, gender, nationality,
        rng.choice(ETHNICITIES) if rng.random() < 0.4 else None,
        rng.choice(("no", "no", "no", "yes", "prefer not to say")) if rng.random() < 0.6 else None,
        fake.street_address() if rng.random() < 0.8 else None, fake.postcode() if rng.random() < 0.85 else None,
        fake.city() if rng.random() < 0.9 else None, origin,
        f"https://www.linkedin.com/in/{slug}" if rng.random() < 0.5 else None,
        rng.randrange(30000, 95000, 2500) if rng.random() < 0.6 else None,
        rng.choice(("clear", "clear", "pending", "record found", "not required")) if rng.random() < 0.5 else None,
        headshot, cv, profile, created, created,
    )


def _recruiting(rng: random.Random, a: Agency, make: _Maker, fakes: dict[str, Faker]) -> None:
    a.rows["candidates"] = [_candidate(rng, make, fakes, i) for i in range(1, CANDIDATE_COUNT + 1)]
    es = fakes["ES"]
    a.rows["referencias"] = []
    for person in a.rows["candidates"]:
        if person[13] != "ES" and rng.random() > 0.15:
            continue
        for _ in range(rng.randint(1, 2)):
            first, last = es.first_name(), es.last_name()
            a.rows["referencias"].append((
                len(a.rows["referencias"]) + 1, person[3], f"{first} {last} {es.last_name()}", make.phone("ES"),
                make.email(first, last, SPANISH_MAIL) if rng.random() < 0.7 else None,
                rng.choice((CLIENTS[12][0] + " S.L.", "Mercadona", "Grupo Eulen", "Indra", None)),
                rng.choice(("Jefe de almacén", "Directora de RRHH", "Compañero", "Supervisor", None)),
                rng.choice(("jefe directo", "compañero", "cliente", "profesor")), _moment(rng, 2023, 2024)))
    recruiters = [row[0] for row in a.rows["mitarbeiter"] if row[19] in (2, 3, 4)]
    recruiter_mail = {row[0]: row[7] for row in a.rows["mitarbeiter"]}
    a.rows["applications"], a.rows["interviews"], a.rows["messages"] = [], [], []
    for i in range(1, APPLICATION_COUNT + 1):
        person = rng.choice(a.rows["candidates"])
        posting = rng.choice(a.rows["job_postings"])
        recruiter = rng.choice(recruiters)
        status = rng.choices(APP_STATUSES, (2, 3, 3, 1, 1, 4))[0]
        letter = None
        if rng.random() < 0.65:
            letter = rng.choice(COVER_LETTERS).format(
                title=posting[3], first=person[1], last=person[2], email=person[3],
                phone=person[4] or make.phone(person[13]))
        applied = _moment(rng, 2023, 2024)
        a.rows["applications"].append((i, person[0], posting[0], recruiter, applied, status,
                                       rng.choice(SOURCES), letter, rng.randint(1, 100) if rng.random() < 0.5 else None,
                                       status == "rejected" and rng.random() < 0.2))
        if status in ("interview", "offer", "hired", "rejected") and rng.random() < 0.8:
            feedback = rng.choice(FEEDBACK)
            if feedback:
                feedback = feedback.format(salary=person[15] or 48000, phone=person[4] or make.phone())
            a.rows["interviews"].append((len(a.rows["interviews"]) + 1, i, rng.choice(recruiters),
                                         applied[:11] + f"{rng.randint(9, 17):02d}:00:00", rng.choice((30, 45, 60)),
                                         rng.choice(ROOMS), feedback, rng.randint(1, 5) if feedback else None))
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            incoming = rng.random() < 0.5
            template = rng.choice(MESSAGES_IN if incoming else MESSAGES_OUT)
            values = {"first": person[1], "last": person[2], "recruiter": recruiter_mail[recruiter]}
            if "{phone}" in template:
                values["phone"] = make.phone(person[13])
            if "{email}" in template:
                values["email"] = make.email(fakes[person[13]].first_name(), person[2], GERMAN_MAIL)
            if "{iban}" in template:
                iban = make.iban("ES" if person[13] == "ES" else "DE")
                values["iban"] = grouped(iban) if rng.random() < 0.6 else iban
            a.rows["messages"].append((
                len(a.rows["messages"]) + 1, i, "in" if incoming else "out",
                person[3] if incoming else recruiter_mail[recruiter],
                f"Re: Ihre Bewerbung als {posting[3]}" if incoming else f"Ihre Bewerbung bei {posting[1]}",
                template.format(**values), _moment(rng, 2023, 2024), "email" if rng.random() < 0.85 else "sms"))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    number = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return number if rng.random() < 0.7 else number.replace("-", "")


def _contractors(rng: random.Random, a: Agency, make: _Maker, us: Faker) -> None:
    a.rows["contractors"] = []
    for i in range(1, CONTRACTOR_COUNT + 1):
        state = rng.choice(US_STATES)
        first, last = us.first_name(), us.last_name()
        phone = make.phone("US")
        msisdn = phonenumbers.format_number(phonenumbers.parse(phone, "US"), phonenumbers.PhoneNumberFormat.E164)[1:]
        a.rows["contractors"].append((
            i, first, last, _day(rng, 1960, 1999) if rng.random() < 0.8 else None,
            msisdn if rng.random() < 0.9 else None, make.unique(lambda: _ssn(rng)) if rng.random() < 0.85 else None,
            us.street_address() if rng.random() < 0.9 else None, us.zipcode() if rng.random() < 0.9 else None, state,
            make.unique(lambda: str(rng.randint(10**7, 10**12 - 1))) if rng.random() < 0.8 else None,
            rng.choice(ROUTING), Decimal(rng.randrange(400, 1400, 25)),
            f"{last} Consulting LLC" if rng.random() < 0.3 else None,
            rng.choice((15, 15, 7, 9, None)), _moment(rng, 2021, 2024)))


def _equipment(rng: random.Random, a: Agency) -> None:
    a.rows["equipment"] = []
    for i in range(1, 101):
        model, price, prefix = rng.choice(EQUIPMENT)
        ean = prefix + f"{rng.randint(0, 99999999):08d}"
        serial = "".join(rng.choices(string.ascii_uppercase + string.digits, k=rng.choice((8, 10, 12))))
        a.rows["equipment"].append((i, f"TW-{model[:3].upper()}-{i:04d}", ean + ean13_digit(ean), model, serial,
                                    rng.randint(1, EMPLOYEE_COUNT) if rng.random() < 0.85 else None,
                                    _day(rng, 2020, 2024), Decimal(price)))


def make_agency(seed: int = SEED) -> Agency:
    """The whole agency, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {"DE": Faker("de_DE"), "ES": Faker("es_ES"), "US": Faker("en_US")}
    for offset, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + offset)
    a = Agency()
    make = _Maker(rng, a)
    _reference_data(rng, a, make, fakes["DE"])
    _employees(rng, a, make, fakes["DE"])
    _accounts(rng, a)
    _recruiting(rng, a, make, fakes)
    _audit(rng, a, make)
    _contractors(rng, a, make, fakes["US"])
    _equipment(rng, a)
    return a


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, a: Agency) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, a.rows)


def load_labels(tool: str) -> dict:
    """tests/blind/labels.yml's section for `tool`: columns, quasi_identifiers,
    not_personal, clearly_not_personal."""
    return apps.load_labels(LABELS, tool)
