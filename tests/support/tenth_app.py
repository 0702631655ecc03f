"""The tenth held-out application: a Danish veterinary clinic chain's ERP, clinical records and booking app.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the nine other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/tenth/labels.yml) before any detector ran on it.

"VetNord Dyreklinikker A/S", a (fictional) chain of seven small-animal clinics in
Aarhus, Risskov, Aalborg, Odense, Vejle, Frederiksberg and Roskilde, keeps one
PostgreSQL database that three systems share, and the names show it. Accounting,
contacts and HR run on Odoo 17, with Odoo's own tables and columns: `res_partner`
holds the pet owners, the suppliers (pet food, pharmaceuticals, the pet crematorium,
pet insurers), the suppliers' contact people and the staff's work contacts in one
table, told apart by `is_company`, `parent_id` and `type`, as Odoo does (`name`,
`complete_name`, `street`, `zip`, `city`, `email`, `phone`, `mobile`, `comment` in
HTML, and the fields the office added with Odoo Studio, in Danish with the `x_studio_`
prefix: `x_studio_cpr_nr`, the CPR number of owners who pay in instalments, and
`x_studio_betalingsaftale`); `res_partner_bank` the refund, salary and supplier
accounts (`acc_number`, `sanitized_acc_number`, `acc_holder_name`); `res_users` the
logins (`login`, a passlib `password` in pbkdf2-sha512, `signature`, `totp_secret`);
`hr_employee` the staff (`private_street`, `birthday`, `place_of_birth`, `marital`,
`children`, `identification_id` the CPR number, `passport_id`, `emergency_contact`,
an attendance `pin`, `x_studio_fagforening` the trade union whose dues payroll
deducts); `account_move` the invoices (`invoice_partner_display_name`, `narration`,
FIK payment references with their Luhn digit); `mail_message` the chatter and
e-mails (`email_from`, `subject`, `body`, RFC 5322 `message_id`s); `ir_attachment`
with the files in the database (`db_datas`: invoice PDFs, consent forms, scans of
driving licences, X-rays, employees' photos); `ir_config_parameter`; `res_company`;
`product_template` (a JSON `name` with its translations, EAN-13 barcodes, veterinary
ATC codes). The clinical records come from a Danish vendor's Java product whose
Hibernate entities became PascalCase Danish tables with camelCase Danish columns,
written without æ/ø/å (`Klinik`, `Dyr` the animals with `ejerPartnerId`, `chipNr`,
`koen`, `foedselsdato`, `assistancehund`; `Konsultation` with `journalnotat`,
`ledsagerNavn`, `ledsagerTlf`, a PNG `samtykkeSignatur`, the animal's `temperatur` and
`diagnose`; Hibernate's `version` column and its `hibernate_sequence`). The owners'
app and online booking is a Go service with terse snake_case and singular tables
(`app_user` with `phone_e164`, an argon2id `pw_hash`, the MitID login's `mitid_uuid`
and `last_login_ip`; `app_session.token_sha256`; `push_device.push_token`; `booking`
with the owner's `reason` in free text, a JSON `form_json` of the booking form, the
`client_ip`, and `owner_email`, a foreign key to `app_user.email`). Next to the
people are the clinics (switchboards, clinic mailboxes, P-numbers, coordinates, JSON
opening hours), the company (CVR number, VAT number, its own IBAN in the invoice
footer), the settings, the catalogue and the animals' own data: their names, sex,
birth dates, weights, temperatures and diagnoses.

Everything here is the original side: the rows (`make_vet_chain`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the DDL
(built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so
camelCase and `key`, `type` or `date` survive every server), `create`, and the personal
e-mails and IBANs a leak check looks for (the chain's and its suppliers' mailboxes and
accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
import struct
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import b64, dump, grouped, iban_check_digits, luhn_digit, pdf_bytes, png_bytes
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "VetChain", "create", "dump", "load_labels", "make_vet_chain"]

SEED = 20260207
LABELS = Path(__file__).resolve().parents[1] / "tenth" / "labels.yml"
OWNER_COUNT = 200
STAFF_COUNT = 52
SESSION_COUNT = 240
BOOKING_COUNT = 320
TODAY = dt.date(2025, 11, 20)
OWN_DOMAIN = "vetnord.dk"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "text",
                "dbl": "double"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text",
                   "dbl": "double precision"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text",
               "dbl": "double precision"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- Odoo 17 --
    "res_partner": (
        "id integer PRIMARY KEY", "name varchar(255)", "complete_name varchar(255)", "company_id integer",
        "type varchar(16)", "parent_id integer", "is_company {bool}", "ref varchar(32)", "lang varchar(8)",
        "tz varchar(64)", "vat varchar(32)", "company_registry varchar(32)", "street varchar(255)",
        "street2 varchar(255)", "zip varchar(16)", "city varchar(64)", "country_id integer", "email varchar(255)",
        "phone varchar(32)", "mobile varchar(32)", "function varchar(128)", "comment {text}", "active {bool}",
        "customer_rank integer", "supplier_rank integer", "x_studio_cpr_nr varchar(16)",
        "x_studio_betalingsaftale varchar(255)", "create_date {ts}", "write_date {ts}"),
    "res_company": (
        "id integer PRIMARY KEY", "name varchar(255) NOT NULL", "partner_id integer NOT NULL",
        "currency_id integer NOT NULL", "email varchar(255)", "phone varchar(32)", "company_registry varchar(32)",
        "vat varchar(32)", "street varchar(255)", "zip varchar(16)", "city varchar(64)", "country_id integer",
        "report_footer {text}", "create_date {ts}", "write_date {ts}"),
    "res_partner_bank": (
        "id integer PRIMARY KEY", "acc_number varchar(64) NOT NULL", "sanitized_acc_number varchar(64)",
        "acc_holder_name varchar(255)", "partner_id integer NOT NULL", "bank_id integer", "company_id integer",
        "active {bool}", "allow_out_payment {bool}", "create_date {ts}"),
    "res_users": (
        "id integer PRIMARY KEY", "login varchar(64) NOT NULL UNIQUE", "password varchar(255)",
        "partner_id integer NOT NULL", "company_id integer NOT NULL", "active {bool}", "share {bool}",
        "signature {text}", "totp_secret varchar(64)", "notification_type varchar(16) NOT NULL", "create_date {ts}",
        "write_date {ts}"),
    "hr_employee": (
        "id integer PRIMARY KEY", "name varchar(255)", "user_id integer", "company_id integer NOT NULL",
        "department_id integer", "job_title varchar(128)", "work_email varchar(255)", "work_phone varchar(32)",
        "mobile_phone varchar(32)", "private_street varchar(255)", "private_zip varchar(16)",
        "private_city varchar(64)", "private_email varchar(255)", "private_phone varchar(32)", "birthday date",
        "place_of_birth varchar(64)", "country_of_birth integer", "country_id integer", "gender varchar(16)",
        "marital varchar(16) NOT NULL", "children integer", "identification_id varchar(32)",
        "passport_id varchar(32)", "bank_account_id integer", "emergency_contact varchar(255)",
        "emergency_phone varchar(32)", "km_home_work integer", "barcode varchar(32)", "pin varchar(16)",
        "certificate varchar(16)", "study_field varchar(128)", "notes {text}", "x_studio_fagforening varchar(64)",
        "x_studio_autorisations_id varchar(16)", "active {bool}", "create_date {ts}", "write_date {ts}"),
    "product_template": (
        "id integer PRIMARY KEY", "name {json} NOT NULL", "default_code varchar(32)", "barcode varchar(32)",
        "type varchar(16) NOT NULL", "categ_id integer NOT NULL", "list_price decimal(12,2)", "sale_ok {bool}",
        "purchase_ok {bool}", "x_studio_atc_vet varchar(16)", "active {bool}", "create_date {ts}",
        "write_date {ts}"),
    "account_move": (
        "id integer PRIMARY KEY", "name varchar(64)", "move_type varchar(16) NOT NULL", "state varchar(16) NOT NULL",
        "partner_id integer", "invoice_partner_display_name varchar(255)", "date date NOT NULL",
        "invoice_date date", "invoice_date_due date", "amount_untaxed decimal(12,2)", "amount_tax decimal(12,2)",
        "amount_total decimal(12,2)", "amount_residual decimal(12,2)", "currency_id integer NOT NULL",
        "payment_state varchar(16)", "payment_reference varchar(64)", "invoice_origin varchar(64)",
        "narration {text}", "ref varchar(64)", "company_id integer NOT NULL", "create_date {ts}", "write_date {ts}"),
    "mail_message": (
        "id integer PRIMARY KEY", "model varchar(64)", "res_id integer", "record_name varchar(255)",
        "message_type varchar(16) NOT NULL", "subtype_id integer", "author_id integer", "email_from varchar(255)",
        "subject varchar(255)", "body {text}", "date {ts}", "message_id varchar(255)", "create_date {ts}"),
    "ir_attachment": (
        "id integer PRIMARY KEY", "name varchar(255) NOT NULL", "res_model varchar(64)", "res_field varchar(64)",
        "res_id integer", "type varchar(16) NOT NULL", "mimetype varchar(64)", "file_size integer",
        "checksum varchar(40)", "db_datas {blob}", "public {bool}", "company_id integer", "create_uid integer",
        "create_date {ts}"),
    "ir_config_parameter": (
        "id integer PRIMARY KEY", "key varchar(255) NOT NULL UNIQUE", "value {text} NOT NULL", "create_date {ts}",
        "write_date {ts}"),
    # -- the clinical records (a Java product, Hibernate entities as PascalCase Danish tables) --
    "Klinik": (
        "id bigint PRIMARY KEY", "navn varchar(80) NOT NULL", "adresse varchar(120)", "postnr varchar(4)",
        "bynavn varchar(60)", "telefon varchar(20)", "akutTelefon varchar(20)", "email varchar(120)",
        "pNummer varchar(10)", "breddegrad {dbl}", "laengdegrad {dbl}", "aabningstider {json}", "oprettet {ts}",
        "version integer NOT NULL"),
    "Dyr": (
        "id bigint PRIMARY KEY", "ejerPartnerId integer NOT NULL", "navn varchar(60) NOT NULL",
        "art varchar(30) NOT NULL", "race varchar(60)", "koen varchar(20)", "foedselsdato date",
        "chipNr varchar(15)", "farve varchar(40)", "vaegtKg decimal(5,2)", "kastreret {bool}",
        "assistancehund {bool}", "forsikringSelskab varchar(40)", "forsikringPolicenr varchar(20)",
        "bemaerkning varchar(500)", "afdoedDato date", "oprettet {ts}", "version integer NOT NULL"),
    "Konsultation": (
        "id bigint PRIMARY KEY", "dyrId bigint NOT NULL", "klinikId bigint NOT NULL", "dyrlaegeId integer",
        "starttid {ts} NOT NULL", "aarsag varchar(120)", "diagnose varchar(200)", "diagnoseKode integer",
        "temperatur decimal(3,1)", "vaegtKg decimal(5,2)", "journalnotat {text}", "ledsagerNavn varchar(120)",
        "ledsagerTlf varchar(20)", "samtykkeSignatur {blob}", "faktureret {bool}", "version integer NOT NULL"),
    "hibernate_sequence": ("next_val bigint",),
    # -- the owners' app and online booking (a Go service) --
    "app_user": (
        "id varchar(36) PRIMARY KEY", "partner_id integer", "email varchar(254) NOT NULL UNIQUE",
        "phone_e164 varchar(16)", "full_name varchar(200)", "pw_hash varchar(128)", "mitid_uuid varchar(36)",
        "marketing_ok {bool} NOT NULL", "locale varchar(5)", "last_login_at {ts}", "last_login_ip varchar(45)",
        "created_at {ts} NOT NULL", "deleted_at {ts}"),
    "app_session": (
        "id bigint PRIMARY KEY", "user_id varchar(36) NOT NULL", "token_sha256 char(64) NOT NULL UNIQUE",
        "ip varchar(45)", "ua varchar(255)", "created_at {ts} NOT NULL", "expires_at {ts} NOT NULL",
        "revoked_at {ts}"),
    "push_device": (
        "id bigint PRIMARY KEY", "user_id varchar(36) NOT NULL", "platform varchar(8) NOT NULL",
        "push_token varchar(255) NOT NULL", "app_ver varchar(16)", "os_ver varchar(16)", "last_seen_at {ts}"),
    "booking": (
        "id bigint PRIMARY KEY", "ref varchar(12) NOT NULL UNIQUE", "clinic_id bigint NOT NULL",
        "user_id varchar(36)", "owner_email varchar(254)", "owner_name varchar(200) NOT NULL",
        "owner_phone varchar(20)", "pet_name varchar(60)", "species varchar(20)", "reason {text}",
        "slot_start {ts} NOT NULL", "slot_min integer NOT NULL", "status varchar(12) NOT NULL",
        "channel varchar(8) NOT NULL", "form_json {json}", "client_ip varchar(45)", "created_at {ts} NOT NULL",
        "cancelled_at {ts}"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("res_partner", ["parent_id"], "res_partner", ["id"]),
    _fk("res_company", ["partner_id"], "res_partner", ["id"]),
    _fk("res_partner_bank", ["partner_id"], "res_partner", ["id"]),
    _fk("res_users", ["partner_id"], "res_partner", ["id"]),
    _fk("hr_employee", ["user_id"], "res_users", ["id"]),
    _fk("hr_employee", ["bank_account_id"], "res_partner_bank", ["id"]),
    _fk("account_move", ["partner_id"], "res_partner", ["id"]),
    _fk("mail_message", ["author_id"], "res_partner", ["id"]),
    _fk("Dyr", ["ejerPartnerId"], "res_partner", ["id"]),
    _fk("Konsultation", ["dyrId"], "Dyr", ["id"]),
    _fk("Konsultation", ["klinikId"], "Klinik", ["id"]),
    _fk("Konsultation", ["dyrlaegeId"], "hr_employee", ["id"]),
    _fk("app_user", ["partner_id"], "res_partner", ["id"]),
    _fk("app_session", ["user_id"], "app_user", ["id"]),
    _fk("push_device", ["user_id"], "app_user", ["id"]),
    _fk("booking", ["clinic_id"], "Klinik", ["id"]),
    _fk("booking", ["user_id"], "app_user", ["id"]),
    _fk("booking", ["owner_email"], "app_user", ["email"]),
)

# The clinics: region, name, street, postcode, town, switchboard, latitude, longitude, opened.
CLINICS = (
    ("AAR", "VetNord Aarhus C", "Frederiks Allé 104", "8000", "Aarhus C", "86 19 42 00", 56.150120, 10.197310,
     "2014-03-01"),
    ("AAR", "VetNord Risskov", "Vestre Strandallé 2", "8240", "Risskov", "86 17 55 10", 56.189640, 10.222350,
     "2019-08-15"),
    ("AAL", "VetNord Aalborg", "Hobrovej 88", "9000", "Aalborg", "98 12 30 44", 57.036180, 9.913650, "2016-01-11"),
    ("ODE", "VetNord Odense", "Middelfartvej 155", "5200", "Odense V", "66 11 27 90", 55.397810, 10.344920,
     "2017-05-02"),
    ("VEJ", "VetNord Vejle", "Vestergade 80", "7100", "Vejle", "75 82 14 60", 55.708920, 9.524430, "2018-09-03"),
    ("KBH", "VetNord Frederiksberg", "Gammel Kongevej 140", "1850", "Frederiksberg C", "33 21 08 70", 55.676460,
     12.540990, "2015-10-05"),
    ("ROS", "VetNord Roskilde", "Københavnsvej 52", "4000", "Roskilde", "46 35 12 88", 55.641340, 12.098750,
     "2021-02-01"),
)
REGION_WEIGHTS = {"AAR": 30, "AAL": 14, "ODE": 16, "VEJ": 12, "KBH": 18, "ROS": 10}
TOWNS = {
    "AAR": (("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
            ("8230", "Åbyhøj"), ("8240", "Risskov"), ("8260", "Viby J"), ("8270", "Højbjerg"), ("8300", "Odder"),
            ("8361", "Hasselager"), ("8520", "Lystrup"), ("8541", "Skødstrup")),
    "AAL": (("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9210", "Aalborg SØ"), ("9220", "Aalborg Øst"),
            ("9400", "Nørresundby"), ("9260", "Gistrup"), ("9230", "Svenstrup J"), ("9310", "Vodskov")),
    "ODE": (("5000", "Odense C"), ("5200", "Odense V"), ("5210", "Odense NV"), ("5220", "Odense SØ"),
            ("5230", "Odense M"), ("5250", "Odense SV"), ("5260", "Odense S"), ("5270", "Odense N"),
            ("5500", "Middelfart")),
    "VEJ": (("7100", "Vejle"), ("7120", "Vejle Øst"), ("7080", "Børkop"), ("7000", "Fredericia"), ("7300", "Jelling"),
            ("6000", "Kolding")),
    "KBH": (("1850", "Frederiksberg C"), ("2000", "Frederiksberg"), ("1620", "København V"), ("2450", "København SV"),
            ("2500", "Valby"), ("2200", "København N"), ("2100", "København Ø"), ("2300", "København S"),
            ("2720", "Vanløse"), ("2400", "København NV")),
    "ROS": (("4000", "Roskilde"), ("4040", "Jyllinge"), ("4030", "Tune"), ("4130", "Viby Sjælland"), ("4320", "Lejre"),
            ("2640", "Hedehusene")),
}
LANDLINE_ZONES = {"AAR": ("86", "87", "89"), "AAL": ("98", "96"), "ODE": ("65", "66", "63"), "VEJ": ("75", "76"),
                  "KBH": ("33", "35", "38", "32"), "ROS": ("46",)}
MOBILE_PREFIXES = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
                   "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
# Owner origins: Faker locale (None: the names below), weight, Odoo language, phone country, IBAN country.
ORIGINS = {"da": ("da_DK", 82, "da_DK", None, "DK"), "sv": ("sv_SE", 3, "sv_SE", "SE", "SE"),
           "de": ("de_DE", 3, "de_DE", "DE", "DE"), "en": ("en_GB", 2, "en_GB", "GB", "GB"),
           "pl": ("pl_PL", 4, "pl_PL", "PL", "PL"), "tr": (None, 3, "da_DK", None, "DK"),
           "ar": (None, 3, "da_DK", None, "DK")}
NAMES = {
    "tr": (("Emre", "Mehmet", "Ali", "Burak", "Hasan", "Murat"), ("Ayşe", "Elif", "Zeynep", "Fatma", "Esra", "Merve"),
           ("Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk", "Aydın", "Çelik")),
    "ar": (("Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Karim"), ("Fatima", "Amira", "Layla", "Nour", "Sara",
                                                                          "Rania"),
           ("Hassan", "Ali", "Abdallah", "Haddad", "Khalil", "Mansour", "Saleh")),
}
FOREIGN_MOBILE = {"SE": ("+46 70", 7), "DE": ("+49 151", 8), "GB": ("+44 7700", 6), "PL": ("+48 50", 7),
                  "NO": ("+47 4", 7), "UA": ("+380 67", 7), "NL": ("+31 6", 8)}
MAIL_DOMAINS = {
    "da": ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "yahoo.dk", "outlook.dk",
           "mail.dk", "jubii.dk", "youmail.dk", "icloud.com", "stofanet.dk", "webspeed.dk", "privat.dk", "mail.tele.dk"),
    "xx": ("gmail.com", "gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com", "proton.me", "gmx.de",
           "wp.pl", "telia.com"),
}
# Danish banks: registration numbers and Odoo's res_bank id.
BANKS = (("3001", 1), ("3409", 1), ("4180", 1), ("2200", 2), ("2191", 2), ("7040", 3), ("7321", 3), ("5470", 4),
         ("9070", 5), ("9280", 5), ("5301", 6), ("6695", 7), ("8117", 8))
COUNTRY_IDS = {"DK": 59, "SE": 205, "DE": 57, "GB": 233, "PL": 179, "NO": 165, "UA": 232, "NL": 166, "TR": 222,
               "SY": 210, "IQ": 104}
# The chain's own mailboxes: the company's, the clinics' (as Klinik.email spells them) and the settings'.
MAILBOXES = tuple(f"{local}@{OWN_DOMAIN}" for local in (
    "info", "it", "persondata", "notifications", "catchall", "bounce",
    *(c[4].split()[0].lower().replace("å", "aa").replace("ø", "oe") for c in CLINICS)))
SIDES = ("th.", "tv.", "mf.")
RELATIONS = ("datter", "søn", "mand", "kone", "kæreste", "nabo", "mor", "far", "svigermor", "bror", "søster")
SUPPLIERS = (  # name, street, postcode, town, switchboard, mailbox, website, supplier or insurer, contact person
    ("Royal Canin Danmark A/S", "Lyskær 3C", "2730", "Herlev", "+45 44 85 06 00", "ordre@royalcanin.dk",
     "www.royalcanin.com/dk", True),
    ("Hill's Pet Nutrition Danmark", "Rued Langgaards Vej 8", "2300", "København S", "+45 70 15 51 50",
     "kundeservice.dk@hillspet.com", "www.hillspet.dk", True),
    ("Intervet Danmark A/S (MSD Animal Health)", "Havneholmen 25", "1561", "København V", "+45 44 82 40 00",
     "vet.dk@msd.com", "www.msd-animal-health.dk", False),
    ("Boehringer Ingelheim Danmark A/S", "Weidekampsgade 14", "2300", "København S", "+45 39 15 88 88",
     "info.cop@boehringer-ingelheim.com", "www.boehringer-ingelheim.dk", False),
    ("Zoetis Danmark ApS", "Øster Allé 48", "2100", "København Ø", "+45 70 20 73 05", "ordre.dk@zoetis.com",
     "www.zoetis.dk", False),
    ("ScanVet Animal Health A/S", "Kongevejen 66", "3480", "Fredensborg", "+45 48 48 43 17", "ordre@scanvet.dk",
     "www.scanvet.dk", True),
    ("VetLab Skandinavien ApS", "Agro Food Park 15", "8200", "Aarhus N", "+45 87 40 11 00", "svar@vetlab.dk",
     "www.vetlab.dk", True),
    ("Dyrekrematoriet Danmark ApS", "Industrivej 21", "8660", "Skanderborg", "+45 86 52 33 10",
     "booking@dyrekrematoriet.dk", "www.dyrekrematoriet.dk", False),
    ("Agria Dyreforsikring", "Lautrupvang 3", "2750", "Ballerup", "+45 70 28 00 56", "skade@agria.dk",
     "www.agria.dk", True),
    ("Tryg Forsikring A/S", "Klausdalsbrovej 601", "2750", "Ballerup", "+45 70 11 20 20", "dyreforsikring@tryg.dk",
     "www.tryg.dk", False),
    ("Kruuse Danmark A/S", "Havretoften 4", "5550", "Langeskov", "+45 63 31 66 00", "ordre@kruuse.com",
     "www.kruuse.com", True),
    ("Securitas A/S", "Sydvestvej 98", "2600", "Glostrup", "+45 70 12 34 56", "kundeservice@securitas.dk",
     "www.securitas.dk", False),
    ("NRGi Elsalg A/S", "Dusager 22", "8200", "Aarhus N", "+45 70 29 26 92", "erhverv@nrgi.dk", "www.nrgi.dk", False),
    ("Ejendomsselskabet Frederiks Allé ApS", "Frederiks Allé 100", "8000", "Aarhus C", "+45 86 12 00 33",
     "udlejning@fa-ejendomme.dk", None, False),
)
SUPPLIER_ROLES = ("Key Account Manager", "Salgskonsulent", "Teknisk rådgiver", "Kundeservice", "Regional Manager",
                  "Dyrlægekonsulent")
JOBS = (  # job title, department id, certificate, study field, weight
    ("Dyrlæge", 2, "master", "Veterinærmedicin", 18), ("Veterinærsygeplejerske", 3, "bachelor",
                                                       "Veterinærsygepleje", 15),
    ("Klinikassistent", 4, "other", None, 6), ("Veterinærsygeplejerske-elev", 3, "other", "Veterinærsygepleje", 3),
    ("Klinikchef", 1, "master", "Veterinærmedicin", 4), ("Bogholder", 5, "bachelor", "Økonomi", 1),
    ("HR-partner", 5, "master", "Cand.merc.HRM", 1), ("IT-ansvarlig", 5, "bachelor", "Datamatiker", 1),
    ("Rengøring", 6, "other", None, 2),
)
UNIONS = {"Dyrlæge": ("Den Danske Dyrlægeforening", "Den Danske Dyrlægeforening", None),
          "Klinikchef": ("Den Danske Dyrlægeforening", "Lederne", None),
          "Veterinærsygeplejerske": ("HK Privat", "HK Privat", "Krifa", None),
          "Veterinærsygeplejerske-elev": ("HK Privat", None), "Klinikassistent": ("HK Privat", "Krifa", "3F", None),
          "Rengøring": ("3F", "3F", None), "Bogholder": ("HK Privat", None), "HR-partner": ("DJØF", None),
          "IT-ansvarlig": ("Prosa", None)}
STAFF_ORIGINS = {  # country: weight, Faker locale or names, place of birth
    "DK": (80, "da", ("Aarhus", "Aalborg", "Odense", "København", "Vejle", "Randers", "Esbjerg", "Horsens",
                      "Roskilde", "Silkeborg", "Herning", "Viborg", "Svendborg", "Frederikshavn", "Næstved")),
    "SE": (5, "sv", ("Malmö", "Göteborg", "Lund", "Stockholm", "Helsingborg")),
    "DE": (4, "de", ("Flensburg", "Kiel", "Hamburg", "Berlin", "Hannover")),
    "PL": (4, "pl", ("Kraków", "Wrocław", "Poznań", "Gdańsk")),
    "UA": (4, (("Oleksandr", "Andrii", "Dmytro"), ("Olena", "Iryna", "Kateryna", "Yuliia"),
               ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk")), ("Kyiv", "Lviv", "Kharkiv",
                                                                                   "Odesa")),
    "NL": (3, None, ("Utrecht", "Groningen", "Rotterdam")),
}
NON_EU = ("UA",)
HR_NOTES = (None, None, None, None, None, "Barsel fra 01-03-2025 til 31-12-2025",
            "Fleksjob 25 t/uge efter diskusprolaps", "Gravid – må ikke deltage ved røntgen og inhalationsanæstesi",
            "Lønindeholdelse via Gældsstyrelsen (afdrag 1.850 kr./md.)", "Sygemeldt med stress 14/04–30/06, "
            "delvis raskmelding fra 01/07", "Elev 2. år, skoleperiode på Roskilde Tekniske Skole i marts",
            "Allergi over for katte (astma), placeres ikke på kattestuen", "Nedsat tid (30 t) pga. pasning af "
            "handicappet barn", "Tillidsrepræsentant for HK-klubben", "Advarsel 2024 for gentagne udeblivelser",
            "Kørekort frataget, kan ikke køre hjemmebesøg")
PARTNER_NOTES = (
    "<p>Ejer er blind – {pet} er førerhund. Ring altid, send ikke SMS.</p>",
    "<p>Betalingsaftale: 4 rater à {amount} kr. Kontakt {relative} ({relation}) på {phone} ved udeblivelse.</p>",
    "<p>Sag sendt til inkasso (Intrum, sagsnr. {case}).</p>",
    "<p>Foretrækker engelsk. Skriv til {email}.</p>",
    "<p>Ejer gravid – ikke håndtere kattebakke, rådgivet om toxoplasmose.</p>",
    "<p>Refusion af forudbetaling til konto {iban}.</p>",
    "<p>Ejer sidder i kørestol, brug indgangen ved rampen.</p>",
    "<p>Dårlig betaler – kræv forudbetaling ved tandrens og operationer.</p>",
    "<p>Kontanthjælpsmodtager, får rabat via Dyrenes Beskyttelse.</p>",
    "<p>Faktura til arbejdsgiver? Nej. Send til {email} i stedet for papir.</p>",
    "<p>Har klaget over behandlingen af {pet} (Dyrlægenævnet orienteret).</p>",
    "<p>Datteren {relative} henter og bringer {pet}, tlf. {phone}.</p>",
    "<p>Hørehæmmet – kommunikation på skrift eller sms.</p>",
)
PET_NOTES = (None, None, None, None, "Bider – brug mundkurv", "Nervøs, giv gabapentin 2 timer før besøg",
             "Allergi over for kylling", "Ejer ønsker SMS-påmindelse på {phone}", "Aggressiv over for andre hunde",
             "Betaler: {relative} ({relation}) – faktura til {email}", "Må ikke få NSAID (nyresvigt)",
             "Ejer ({owner}) ringer altid selv for prøvesvar", "Diabetiker, insulin 2x dgl.", "Blodgiver-hund",
             "Hentes af hundepasser {relative}, {phone}")
VISITS = (  # reason, diagnosis, VeNom code, share of visits
    ("Vaccination", "Rask – vaccineret", 1001, 22), ("Årligt sundhedstjek", "Rask", 1002, 12),
    ("Øreproblemer", "Otitis externa", 2125, 8), ("Halthed", "Korsbåndsruptur", 3310, 4),
    ("Halthed", "Hofteledsdysplasi", 3312, 3), ("Opkast/diarré", "Akut gastroenteritis", 2410, 8),
    ("Tandrens", "Parodontitis grad 2", 2520, 6), ("Kastration", "Elektiv kastration", 5001, 5),
    ("Hudkløe", "Atopisk dermatitis", 2210, 6), ("Tørst og vægttab", "Diabetes mellitus", 2610, 2),
    ("Vægttab", "Hyperthyreose", 2615, 2), ("Kontrol", "Kronisk nyresvigt (IRIS 2)", 2710, 3),
    ("Knude på siden", "Lipom", 2810, 3), ("Akut: påkørt", "Bækkenfraktur", 3320, 1),
    ("Hoste", "Kennelhoste", 2310, 3), ("Aflivning", "Aflivning efter aftale", 9001, 3),
    ("Klipning af klør", "Rask", 1003, 5), ("Øjenbetændelse", "Konjunktivitis", 2130, 4),
)
CLINICAL_NOTES = (
    "AP: Renset begge ører, Surolan 2x dgl. i 10 dage. Kontrol om 14 dage.",
    "Obj: T {temp}, slimhinder lyserøde, KFT < 2 sek. Abdomen blød, ingen smerte.",
    "Blodprøve sendt til VetLab, svar om 2-3 dage.",
    "Rtg. af bækken, 3 projektioner. Henvist til ortopædkirurg.",
    "Vaccineret DHP + L4. Næste vaccination om 1 år.",
    "Ejer ({owner}) ønsker opringning på {phone} når prøvesvar foreligger.",
    "Aflivet efter aftale med ejer. Kremering via Dyrekrematoriet, urnen hentes af {relative}.",
    "Ejer gravid (uge 20) – informeret om toxoplasmose, anbefalet handsker ved kattebakken.",
    "Hunden bed ejer i hånden under undersøgelsen, ejer henvist til skadestuen.",
    "Ejer oplyser at hun selv er i kemobehandling; naboen {relative} ({phone}) kommer til kontrol med dyret.",
    "Faktura sendes til {email}.",
    "Betaler over MobilePay fra {phone}.",
    "Ejer har ikke råd til operation – forsikring i {insurer} afviste. Smertebehandling i stedet.",
    "Tandrens i fuld bedøvelse, ekstraheret 104 og 204. Bløddiæt 1 uge.",
    "Ejer virkede beruset ved afhentning, hunden udleveret til {relative} i stedet.",
    "Insulin justeret til 6 IE 2x dgl. Glukosekurve om 1 uge.",
)
BOOKING_REASONS = (
    "Hun har kastet op siden i går og vil ikke spise.",
    "Vaccination og chip. Ring gerne på {phone} hvis tiden skal rykkes.",
    "Klippe klør. Jeg sidder i kørestol – er der handicapparkering?",
    "Katten halter på højre bagben.",
    "Second opinion, min mail er {email} hvis I skal have journalen fra den anden dyrlæge.",
    "Tandrens. Regningen betales af min {relation} {relative}.",
    "Kontrol efter operation.",
    "Han klør sig meget i ørerne.",
    "Vi skal flytte til Sverige og skal have pas og rabiesvaccine.",
    "Jeg er gravid, kan I hjælpe med at tjekke katten for toxoplasmose?",
    "Knude på maven, lidt bekymret.",
    None, None,
)
MESSAGE_SUBJECTS_OWNER = ("Spørgsmål til regning", "Re: Faktura {invoice}", "Betalingsaftale – {name}",
                          "{pet} – prøvesvar", "Aflysning af tid", "Forsikringsskade {pet}", "Tak for hjælpen")
MESSAGE_BODIES_OWNER = (
    "<p>Hej, jeg har overført {amount} kr. fra konto {iban}. Mvh {name}</p>",
    "<p>Vedhæftet kørekort til betalingsaftalen. Mit CPR-nr. er {cpr}. Mvh {name}</p>",
    "<p>Hej. Kan I ringe mig op på {phone} angående {pet}? Mvh {first}</p>",
    "<p>Jeg kan desværre ikke komme på torsdag, jeg er indlagt på {hospital}. Hilsen {name}</p>",
    "<p>Tak for jeres omsorg da vi måtte sige farvel til {pet}. Kærlig hilsen {name}</p>",
    "<p>Fakturaen skal sendes til Agria, policenr. {policy}. Min mail er {email}.</p>",
    "<p>Hvorfor koster det {amount} kr.? Det var ikke det jeg fik at vide i telefonen. {first}</p>",
)
MESSAGE_BODIES_CLINIC = (
    "<p>Kære {first}<br>Tak for dit besøg med {pet}. Prøvesvarene er normale.<br>Venlig hilsen {staff}</p>",
    "<p>Kære {first}<br>Vi har modtaget din betaling. Venlig hilsen {staff}, VetNord</p>",
    "<p>Hej {first}, husk kontrol af {pet} om 14 dage. Ring på {clinic_phone}. Hilsen {staff}</p>",
)
HR_MESSAGES = ("<p>Sygemelding: {first} er sygemeldt (stress), forventet tilbage {date}.</p>",
               "<p>Lønforhøjelse pr. 1/4 godkendt: ny løn {amount} kr./md.</p>",
               "<p>{first} har ønsket at melde sig ud af fagforeningen.</p>",
               "<p>Samtale vedr. fravær afholdt, referat i personalemappen.</p>",
               "<p>Graviditet meddelt, terminsdato {date}.</p>")
SUPPLIER_MESSAGES = ("<p>Ordrebekræftelse {order} – levering tirsdag.</p>",
                     "<p>Kreditnota vedhæftet for returvarer.</p>",
                     "<p>Prisstigning pr. 1. januar på 4,5%.</p>",
                     "<p>Vi har opdateret vores betalingsbetingelser til netto 30 dage.</p>")
HOSPITALS = ("Aarhus Universitetshospital", "OUH", "Aalborg Universitetshospital", "Rigshospitalet",
             "Sjællands Universitetshospital", "Vejle Sygehus")
INSURERS = ("Agria", "Agria", "Tryg", "Alm. Brand", "Topdanmark", "Sveland", "If", None, None, None)
DOG_BREEDS = ("Labrador retriever", "Golden retriever", "Fransk bulldog", "Cavalier King Charles spaniel",
              "Schæferhund", "Border collie", "Chihuahua", "Dansk-svensk gårdhund", "Gravhund", "Blanding",
              "Cocker spaniel", "Grand danois", "Boxer", "Jack russell terrier", "Bichon frisé", "Labradoodle",
              "Australian shepherd", "Pomeranian")
CAT_BREEDS = ("Europæisk korthår", "Huskat", "Huskat", "Maine coon", "Norsk skovkat", "Ragdoll", "Britisk korthår",
              "Bengal", "Hellig birma", "Sphynx")
SMALL = {"Kanin": ("Dværgvædder", "Løvehoved", "Blanding"), "Marsvin": ("Glathåret", "Rosethåret"),
         "Fugl": ("Undulat", "Nymfeparakit"), "Fritte": (None,)}
PET_NAMES = ("Bella", "Molly", "Max", "Charlie", "Luna", "Rocky", "Frida", "Oscar", "Kaj", "Bamse", "Milo",
             "Nala", "Simba", "Kira", "Felix", "Mille", "Lady", "Buster", "Sofus", "Tiger", "Misser", "Otto",
             "Ronja", "Balder", "Trofast", "Sheila", "Coco", "Leo", "Aske", "Pjuske", "Viggo", "Freja", "Emil",
             "Lucky", "Stella", "Sally", "Thor", "Zenja", "Mina", "Pelle")
COLOURS = ("sort", "gul", "brun", "hvid", "rød/hvid", "sort/hvid", "grå", "tabby", "trefarvet", "brindle", "creme",
           "sølv", "blå")
USER_AGENTS = (
    "VetNordApp/4.2.1 (iPhone; iOS 18.1; Scale/3.00)", "VetNordApp/4.2.0 (iPhone; iOS 17.6.1; Scale/3.00)",
    "VetNordApp/4.2.1 (Android 14; SM-S918B) okhttp/4.12.0", "VetNordApp/4.1.9 (Android 13; Pixel 7) okhttp/4.12.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
)
PRODUCTS = (  # Danish name, English name, code, type, category, price, ATC vet, with a barcode
    ("Vaccination DHP + L4", "Vaccination DHP + L4", "YD-VAC1", "service", 2, "495.00", None, False),
    ("Konsultation", "Consultation", "YD-KONS", "service", 2, "425.00", None, False),
    ("Akut konsultation aften/weekend", "Emergency consultation", "YD-AKUT", "service", 2, "895.00", None, False),
    ("Tandrens inkl. bedøvelse", "Dental cleaning incl. anaesthesia", "YD-TAND", "service", 2, "2450.00", None,
     False),
    ("Kastration han, kat", "Castration, male cat", "YD-KAST1", "service", 2, "1095.00", None, False),
    ("Aflivning", "Euthanasia", "YD-AFL", "service", 2, "895.00", None, False),
    ("Røntgen, 2 projektioner", "X-ray, 2 views", "YD-RTG2", "service", 2, "950.00", None, False),
    ("Blodprøve, stor profil", "Blood test, full profile", "YD-BLOD", "service", 2, "1150.00", None, False),
    ("Mikrochip inkl. registrering", "Microchip incl. registration", "YD-CHIP", "service", 2, "395.00", None, False),
    ("Metacam 1,5 mg/ml oral susp. 32 ml", "Metacam 1.5 mg/ml oral susp. 32 ml", "MED-0101", "product", 3, "289.00",
     "QM01AC06", True),
    ("Surolan øredråber 15 ml", "Surolan ear drops 15 ml", "MED-0102", "product", 3, "219.00", "QS02CA01", True),
    ("Vetmedin 5 mg 50 tabl.", "Vetmedin 5 mg 50 tabl.", "MED-0103", "product", 3, "698.00", "QC01CE90", True),
    ("Bravecto 1000 mg tyggetablet", "Bravecto 1000 mg chewable", "MED-0104", "product", 3, "385.00", "QP53BE02",
     True),
    ("Caninsulin 40 IE/ml 10 ml", "Caninsulin 40 IU/ml 10 ml", "MED-0105", "product", 3, "465.00", "QA10AC03", True),
    ("Felimazole 2,5 mg 100 tabl.", "Felimazole 2.5 mg 100 tabl.", "MED-0106", "product", 3, "342.00", "QH03BB02",
     True),
    ("Royal Canin Renal Cat 2 kg", "Royal Canin Renal Cat 2 kg", "FOD-2001", "product", 4, "329.00", None, True),
    ("Hill's Prescription Diet i/d 4 kg", "Hill's Prescription Diet i/d 4 kg", "FOD-2002", "product", 4, "449.00",
     None, True),
    ("Royal Canin Gastrointestinal Dog 7,5 kg", "Royal Canin Gastrointestinal Dog 7.5 kg", "FOD-2003", "product", 4,
     "689.00", None, True),
    ("Kruuse Buster krave 25 cm", "Kruuse Buster collar 25 cm", "UDS-3001", "product", 5, "119.00", None, True),
    ("Urne, lille (keramik)", "Urn, small (ceramic)", "KREM-01", "product", 6, "595.00", None, False),
    ("Individuel kremering", "Individual cremation", "KREM-02", "service", 6, "1495.00", None, False),
    ("Receptgebyr", "Prescription fee", "YD-REC", "service", 2, "45.00", None, False),
)


@dataclass
class VetChain:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the chain's or its suppliers' mailboxes)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def cpr_number(born: str, sex: str, rng: random.Random, checked: bool = True) -> str:
    """A Danish CPR number: DDMMYY, a century digit, two digits and a last digit odd for
    men and even for women; numbers given before 2007 pass the modulus 11 check (weights
    4 3 2 7 6 5 4 3 2 1), later ones need not."""
    head = f"{born[8:10]}{born[5:7]}{born[2:4]}"
    while True:
        century = "4" if born[:4] >= "2000" else rng.choice("0123")
        middle = f"{rng.randint(0, 99):02d}"
        last = str(rng.choice((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8)))
        digits = head + century + middle + last
        total = sum(int(d) * w for d, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)))
        if total % 11 == 0 or not checked:
            return digits


def cvr_number(rng: random.Random) -> str:
    """A Danish CVR (company) number: eight digits, weights 2 7 6 5 4 3 2 1, sum divisible by 11."""
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choices(string.digits, k=6))
        check = -sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) % 11
        if check < 10:
            return body + str(check)


def ean13(twelve: str) -> str:
    """An EAN-13: twelve digits and their check digit (weights 1 and 3)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve))
    return twelve + str(-total % 10)


def fik(payment_id: str, creditor: str) -> str:
    """A Danish FIK payment line (card type 71): a 15-digit payment id whose last digit is
    its Luhn digit, and the creditor number."""
    return f"+71<{payment_id + luhn_digit(payment_id)}+{creditor}<"


def _fold(text: str) -> str:
    """The letters of an e-mail local part, as Danes write them without æ, ø and å."""
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa"), ("ı", "i"),
                 ("ł", "l"), ("Ł", "L"), ("ß", "ss")):
        text = text.replace(a, b)
    return apps.ascii_fold(text).replace("-", "")


class _Maker(apps.Unique):
    """Draws the chain's values; every phone, e-mail, IBAN and identifier it gives is new."""

    def __init__(self, rng: random.Random, m: VetChain) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def phone(self, country: str | None = None, region: str | None = None) -> tuple[str, str]:
        """A phone number as the person typed it, and its E.164 form. Danish numbers have eight
        digits and no trunk prefix; a region gives a landline."""
        rng = self.rng
        if country in FOREIGN_MOBILE:
            head, k = FOREIGN_MOBILE[country]
            tail = self.unique(lambda: self.digits(k))
            e164 = (head + tail).replace(" ", "")
            return (f"{head}{tail[:3]} {tail[3:]}" if rng.random() < 0.6 else e164), e164
        first = rng.choice(LANDLINE_ZONES[region]) if region else rng.choice(MOBILE_PREFIXES)
        d = self.unique(lambda: first + self.digits(6))
        spaced = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        typed = rng.choice((spaced, spaced, f"+45 {spaced}", d, d, f"+45{d}", f"0045 {d}", f"{d[:4]} {d[4:]}",
                            f"+45 {d[:4]} {d[4:]}", f"(+45) {spaced}"))
        return typed, "+45" + d

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = _fold(first), _fold(last)
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{given}_{family}",
                           f"{given}.{family[0]}", f"{given}{rng.randint(60, 99)}", f"{family}.{given}",
                           f"{given[:2]}{family[:2]}{rng.randint(1, 99)}"))
        while True:
            local = base if rng.random() < 0.6 else base + str(rng.randint(1, 99))
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.m.emails:
                self.m.emails.add(address.casefold())
                return address

    def initials(self, first: str, last: str) -> str:
        """The initials a Danish company gives an employee for mail and login (mha, mha2)."""
        base = (_fold(first)[:1] + _fold(last)[:2]).lower()
        local, n = base, 1
        # Not the tail of a mailbox of the chain's (kov@ would be the end of risskov@).
        while f"{local}@{OWN_DOMAIN}" in self.m.emails or any(box.endswith(f"{local}@{OWN_DOMAIN}")
                                                                for box in MAILBOXES):
            n += 1
            local = f"{base}{n}"
        self.m.emails.add(f"{local}@{OWN_DOMAIN}")
        return local

    def iban(self, country: str = "DK", personal: bool = True) -> tuple[str, int]:
        """An IBAN (compact) and Odoo's res_bank id."""
        rng = self.rng
        bank = 9

        def draw() -> str:
            nonlocal bank
            if country == "DK":
                reg, bank = rng.choice(BANKS)
                bban = reg + self.digits(10)
            elif country == "SE":
                bban = rng.choice(("500", "800", "300", "600")) + self.digits(17)
            elif country == "DE":
                bban = rng.choice(("10070000", "20050550", "21750000")) + self.digits(10)
            elif country == "GB":
                bban = rng.choice(("NWBK", "BARC", "MONZ")) + self.digits(14)
            elif country == "PL":
                bban = rng.choice(("10205561", "11402004", "24900005")) + self.digits(16)
            elif country == "NO":
                bban = rng.choice(("1503", "1206", "9710")) + self.digits(7)
            elif country == "UA":
                bban = "305299" + self.digits(19)
            else:  # NL
                bban = rng.choice(("INGB", "ABNA", "RABO")) + self.digits(10)
            return country + iban_check_digits(country, bban) + bban

        compact = self.unique(draw)
        if personal:
            self.m.ibans.add(compact)
        return compact, bank


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (8, 18)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (8, 18)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _after(rng: random.Random, when: str, within: int = 400) -> str:
    """A moment after `when` and not after the day of the dump."""
    start = dt.date.fromisoformat(when[:10])
    if start >= TODAY:
        return when
    later = _at(start + dt.timedelta(days=rng.randint(0, min(within, (TODAY - start).days))), rng, (0, 23))
    return later if later > when else when


def _day(rng: random.Random, first: int, last: int) -> str:
    return apps.day(rng, first, last)


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        prefix = rng.choice(("2a05:f6c7:", "2a01:4f9:", "2001:dc8:", "2a02:aa7:"))
        return prefix + f"{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    return apps.ipv4(rng, (2, 5, 62, 77, 80, 87, 93, 130, 185, 188, 212))


def _pbkdf2(rng: random.Random) -> str:
    """passlib's pbkdf2_sha512 as Odoo stores it: rounds, salt and hash in adapted base64."""
    return (f"$pbkdf2-sha512$600000${b64(rng.randbytes(16)).replace('+', '.')}"
            f"${b64(rng.randbytes(64)).replace('+', '.')}")


def _argon2(rng: random.Random) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(rng.randbytes(16))}${b64(rng.randbytes(32))}"


def _jpeg(rng: random.Random, comment: bytes) -> bytes:
    """A JFIF file's framing (SOI, APP0, a comment, the scan's bytes, EOI)."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(400, 1200))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fcm_token(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(rng.choices(alphabet, k=22)) + ":APA91b" + b64(rng.randbytes(100), url=True)[:134]


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with its fields filled; a field's maker is called only when the template
    has the field, so no value is drawn for nothing."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _kroner(value: Decimal) -> str:
    """An amount as Danes write it: 1.245,00."""
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + cents


def _address(rng: random.Random, fake: Faker, region: str) -> tuple[str, str, str]:
    """A Danish street address (with floor and side in the cities), postcode and town."""
    zipcode, city = rng.choice(TOWNS[region])
    street = f"{fake.street_name()} {rng.randint(1, 160)}{rng.choice(('', '', '', '', 'A', 'B'))}"
    if region in ("KBH", "AAR", "ODE", "AAL") and rng.random() < 0.45:
        street += rng.choice((f", {rng.randint(1, 5)}. {rng.choice(SIDES)}", f", st. {rng.choice(SIDES)}",
                              f", {rng.randint(1, 4)}. sal"))
    return street, zipcode, city


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakes: dict[str, Faker] = {}
        for n, locale in enumerate(("da_DK", "sv_SE", "de_DE", "en_GB", "pl_PL", "nl_NL")):
            self.fakes[locale[:2]] = Faker(locale)
            self.fakes[locale[:2]].seed_instance(seed + n)
        self.m = VetChain()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.creditor = "8" + self.make.digits(7)
        self.owners: list[dict] = []
        self.staff: list[dict] = []
        self.suppliers: list[dict] = []
        self.pets: list[dict] = []
        self.invoices: list[dict] = []
        self.users: list[dict] = []
        self.own_cvr = ""
        self.own_iban = ""

    def person(self, origin: str, sex: str | None = None) -> tuple[str, str, str]:
        rng = self.rng
        sex = sex or rng.choice("MF")
        if origin in NAMES:
            men, women, lasts = NAMES[origin]
            return rng.choice(men if sex == "M" else women), rng.choice(lasts), sex
        fake = self.fakes[origin]
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        return first, fake.last_name(), sex

    def relative(self) -> str:
        first, last, _ = self.person("da")
        return f"{first} {last}"

    def partner(self, **values: Any) -> int:
        """Append a res_partner row; returns its id."""
        rows = self.m.rows["res_partner"]
        pid = len(rows) + 1
        created = values.get("created") or _moment(self.rng, 2014, 2025)
        rows.append((
            pid, values["name"], values.get("complete_name", values["name"]), values.get("company_id", 1),
            values.get("type", "contact"), values.get("parent_id"), values.get("is_company", False),
            values.get("ref"), values.get("lang", "da_DK"), "Europe/Copenhagen", values.get("vat"),
            values.get("registry"), values.get("street"), values.get("street2"), values.get("zip"),
            values.get("city"), values.get("country_id", COUNTRY_IDS["DK"]), values.get("email"), values.get("phone"),
            values.get("mobile"), values.get("function"), values.get("comment"), values.get("active", True),
            values.get("customer_rank", 0), values.get("supplier_rank", 0), values.get("cpr"),
            values.get("plan"), created, _after(self.rng, created)))
        return pid

    def bank(self, partner_id: int, country: str, holder: str | None, personal: bool = True) -> tuple[int, str]:
        compact, bank_id = self.make.iban(country, personal)
        typed = grouped(compact) if self.rng.random() < 0.4 else compact
        rows = self.m.rows["res_partner_bank"]
        bid = len(rows) + 1
        rows.append((bid, typed, compact, holder, partner_id, bank_id if country == "DK" else None, 1, True,
                     personal or self.rng.random() < 0.5, _moment(self.rng, 2016, 2025)))
        return bid, compact


def _company(w: _World) -> None:
    """VetNord's own partner, OdooBot, the suppliers with their contact people, the company,
    its bank accounts and the settings."""
    rng, make = w.rng, w.make
    own_cvr = cvr_number(rng)
    w.own_cvr = own_cvr
    own = w.partner(name="VetNord Dyreklinikker A/S", is_company=True, vat=f"DK{own_cvr}", registry=own_cvr,
                    street="Søren Frichs Vej 38", zip="8230", city="Åbyhøj", email=f"info@{OWN_DOMAIN}",
                    phone="+45 86 19 40 00", created="2014-02-03 10:12:44", company_id=None)
    w.partner(name="OdooBot", email="odoobot@example.com", active=False, created="2014-02-03 10:12:44",
              company_id=None)
    w.partner(name="Administrator", email=f"it@{OWN_DOMAIN}", created="2014-02-03 10:12:44")
    for name, street, zipcode, city, phone, mailbox, site, has_contact in SUPPLIERS:
        cvr = cvr_number(rng)
        sid = w.partner(name=name, is_company=True, vat=f"DK{cvr}", registry=cvr, street=street, zip=zipcode,
                        city=city, phone=phone, email=mailbox, supplier_rank=rng.randint(1, 40), ref=f"L{rng.randint(100, 999)}",
                        created=_moment(rng, 2014, 2022))
        w.suppliers.append({"id": sid, "name": name, "mailbox": mailbox, "contacts": []})
        w.bank(sid, "DK", None, personal=False)
        if has_contact:
            for _ in range(rng.choice((1, 1, 2))):
                first, last, _sex = w.person("da")
                domain = mailbox.split("@")[1]
                email = f"{_fold(first).lower()}.{_fold(last).lower()}@{domain}"
                while email in w.m.emails:
                    email = email.replace("@", f"{rng.randint(2, 9)}@")
                w.m.emails.add(email)
                mobile, _ = make.phone()
                cid = w.partner(name=f"{first} {last}", complete_name=f"{name}, {first} {last}", parent_id=sid,
                                email=email, mobile=mobile, phone=phone, function=rng.choice(SUPPLIER_ROLES),
                                street=street, zip=zipcode, city=city, created=_moment(rng, 2018, 2025))
                w.suppliers[-1]["contacts"].append({"id": cid, "name": f"{first} {last}", "email": email})
    own_iban, _ = w.make.iban("DK", personal=False)
    w.own_iban = own_iban
    w.bank(own, "DK", None, personal=False)
    footer = (f"VetNord Dyreklinikker A/S · Søren Frichs Vej 38 · 8230 Åbyhøj · CVR {own_cvr} · "
              f"Danske Bank {grouped(own_iban)} · info@{OWN_DOMAIN} · +45 86 19 40 00")
    w.m.rows["res_company"].append((1, "VetNord Dyreklinikker A/S", own, 19, f"info@{OWN_DOMAIN}", "+45 86 19 40 00",
                                    own_cvr, f"DK{own_cvr}", "Søren Frichs Vej 38", "8230", "Åbyhøj",
                                    COUNTRY_IDS["DK"], footer, "2014-02-03 10:12:44", _moment(rng, 2024, 2025)))
    params = (
        ("database.uuid", str(uuid.UUID(int=rng.getrandbits(128), version=4))),
        ("database.secret", str(uuid.UUID(int=rng.getrandbits(128), version=4))),
        ("database.create_date", "2014-02-03 10:12:44"),
        ("web.base.url", f"https://erp.{OWN_DOMAIN}"),
        ("web.base.url.freeze", "True"),
        ("mail.catchall.domain", OWN_DOMAIN),
        ("mail.catchall.alias", "catchall"),
        ("mail.bounce.alias", "bounce"),
        ("mail.default.from", "notifications"),
        ("base_setup.default_user_rights", "False"),
        ("auth_signup.reset_password", "True"),
        ("auth_signup.invitation_scope", "b2b"),
        ("account.use_invoice_terms", "True"),
        ("vetnord.fik_creditor", w.creditor),
        ("vetnord.mobilepay_myshop", "2" + make.digits(4)),
        ("vetnord.booking_api_url", "https://booking-svc.internal:8443/v1"),
        ("vetnord.booking_api_key", "vnk_live_" + b64(rng.randbytes(24), url=True)),
        ("vetnord.company_iban", grouped(own_iban)),
        ("vetnord.journal_sync_interval_min", "15"),
        ("vetnord.support_phone", "+45 86 19 40 00"),
        ("vetnord.privacy_email", f"persondata@{OWN_DOMAIN}"),
        ("digest.default_digest_emails", "False"),
    )
    w.m.rows["ir_config_parameter"] = [(i, key, value, "2014-02-03 10:12:44", _moment(rng, 2023, 2025))
                                       for i, (key, value) in enumerate(params, 1)]
    for i, (da, en, code, kind, categ, price, atc, barcode) in enumerate(PRODUCTS, 1):
        created = _moment(rng, 2014, 2024)
        w.m.rows["product_template"].append((
            i, json.dumps({"en_US": en, "da_DK": da}, ensure_ascii=False), code,
            ean13("57" + make.digits(10)) if barcode else None, kind, categ, Decimal(price), True, kind == "product",
            atc, True, created, _after(rng, created)))
    for i, (region, name, street, zipcode, city, phone, lat, lon, opened) in enumerate(CLINICS, 1):
        hours = {"man-tor": "08:00-18:00", "fre": "08:00-16:00", "lør": "09:00-12:00" if i % 2 else None,
                 "søn": None, "akut": "+45 70 20 10 00"}
        w.m.rows["Klinik"].append((
            i, name, street, zipcode, city, phone, "70 20 10 00",
            MAILBOXES[6 + i - 1], "10" + make.digits(8),
            lat, lon, json.dumps(hours, ensure_ascii=False), f"{opened} 08:00:00", rng.randint(1, 9)))


def _staff(w: _World) -> None:
    """The staff: a work contact and a login each in Odoo, and the employee record."""
    rng, make = w.rng, w.make
    origins = list(STAFF_ORIGINS)
    jobs = [j for j in JOBS for _ in range(j[4])]
    w.m.rows["res_users"].append((1, "__system__", None, 2, 1, False, False, None, None, "email",
                                  "2014-02-03 10:12:44", "2014-02-03 10:12:44"))
    w.m.rows["res_users"].append((2, "admin", _pbkdf2(rng), 3, 1, True, False,
                                  "<p>IT-support, VetNord</p>", None, "email", "2014-02-03 10:12:44",
                                  _moment(rng, 2025, 2025)))
    for i in range(1, STAFF_COUNT + 1):
        origin = rng.choices(origins, [STAFF_ORIGINS[o][0] for o in origins])[0]
        _, names, births = STAFF_ORIGINS[origin]
        sex = rng.choice("MF")
        if isinstance(names, tuple):
            first = rng.choice(names[0] if sex == "M" else names[1])
            last = rng.choice(names[2])
        else:
            first, last, _ = w.person(names or "nl", sex)
        job, dept, certificate, study, _ = jobs[rng.randrange(len(jobs))]
        clinic = rng.randrange(len(CLINICS))
        region = CLINICS[clinic][0]
        initials = make.initials(first, last)
        work_email = f"{initials}@{OWN_DOMAIN}"
        switchboard = "+45 86 19 40 00" if dept == 5 else "+45 " + CLINICS[clinic][5]
        started = _moment(rng, 2014, 2025)
        pid = w.partner(name=f"{first} {last}", complete_name=f"VetNord Dyreklinikker A/S, {first} {last}",
                        email=work_email, phone=switchboard, created=started,
                        street="Søren Frichs Vej 38" if dept == 5 else CLINICS[clinic][2],
                        zip="8230" if dept == 5 else CLINICS[clinic][3],
                        city="Åbyhøj" if dept == 5 else CLINICS[clinic][4], parent_id=1)
        uid = len(w.m.rows["res_users"]) + 1
        mobile, _ = make.phone()
        signature = (f"<p>Med venlig hilsen<br>{first} {last}<br>{job}, {CLINICS[clinic][1] if dept != 5 else 'VetNord'}"
                     f"<br>Tlf. {switchboard}" + (f" · Mobil {mobile}" if rng.random() < 0.3 else "") +
                     f"<br>{work_email}</p>")
        active = rng.random() < 0.9
        w.m.rows["res_users"].append((
            uid, work_email, _pbkdf2(rng), pid, 1, active, False, signature,
            "".join(rng.choices(string.ascii_uppercase + "234567", k=32)) if rng.random() < 0.3 else None,
            rng.choice(("email", "inbox")), started, _after(rng, started)))
        born = _day(rng, 1961, 2005)
        street, zipcode, city = _address(rng, w.fakes["da"], region)
        private = make.email(first, last, MAIL_DOMAINS["da"] if origin == "DK" else MAIL_DOMAINS["xx"])
        country = COUNTRY_IDS[origin] if origin != "DK" or rng.random() < 0.97 else COUNTRY_IDS["DK"]
        holder = f"{first} {last}" if rng.random() < 0.6 else None
        bank_id, _ = w.bank(pid, "DK" if rng.random() < 0.9 else origin if origin in ("SE", "DE", "PL", "NL")
                            else "DK", holder)
        relative = w.relative()
        cpr = cpr_number(born, sex, rng, checked=rng.random() < 0.85)
        kids = rng.choice((0, 0, 1, 2, 2, 3)) if born < "1997" else 0
        w.m.rows["hr_employee"].append((
            i, f"{first} {last}", uid, 1, dept, job, work_email, switchboard,
            mobile if rng.random() < 0.85 else None, street, zipcode, city, private,
            make.phone()[0] if rng.random() < 0.25 else None, born, rng.choice(births),
            COUNTRY_IDS[origin], country, "male" if sex == "M" else "female" if rng.random() < 0.98 else "other",
            rng.choice(("single", "married", "married", "cohabitant", "divorced", "widower")), kids,
            cpr if rng.random() < 0.3 else f"{cpr[:6]}-{cpr[6:]}",
            make.unique(lambda: rng.choice(("FE", "FK", "FT")) + make.digits(6)) if origin in NON_EU else None,
            bank_id, f"{relative} ({rng.choice(RELATIONS)})" if rng.random() < 0.8 else None,
            make.phone()[0] if rng.random() < 0.8 else None, rng.randint(1, 45) if rng.random() < 0.7 else None,
            f"041{i:05d}" if rng.random() < 0.9 else None, make.digits(4) if rng.random() < 0.6 else None,
            certificate, study, rng.choice(HR_NOTES), rng.choice(UNIONS[job]),
            make.unique(lambda: make.digits(5)) if job in ("Dyrlæge", "Klinikchef") and study == "Veterinærmedicin"
            else None, active, started, _after(rng, started)))
        w.staff.append({"id": i, "partner": pid, "first": first, "last": last, "job": job, "clinic": clinic + 1,
                        "email": work_email, "initials": initials})


def _owners(w: _World) -> None:
    """The pet owners: a res_partner each, some with a refund account, their animals."""
    rng, make = w.rng, w.make
    origins = list(ORIGINS)
    regions = list(REGION_WEIGHTS)
    for n in range(1, OWNER_COUNT + 1):
        origin = rng.choices(origins, [ORIGINS[o][1] for o in origins])[0]
        _locale, _, lang, phone_country, iban_country = ORIGINS[origin]
        first, last, sex = w.person(origin)
        region = rng.choices(regions, REGION_WEIGHTS.values())[0]
        street, zipcode, city = _address(rng, w.fakes["da"], region)
        email = make.email(first, last, MAIL_DOMAINS["da"] if origin in ("da", "tr", "ar") else MAIL_DOMAINS["xx"]) \
            if rng.random() < 0.92 else None
        mobile, e164 = make.phone(phone_country if phone_country and rng.random() < 0.5 else None)
        if rng.random() < 0.08:
            mobile, e164 = None, None
        born = _day(rng, 1940, 2005)
        plan = rng.random() < 0.12
        p = {"first": first, "last": last, "sex": sex, "email": email, "mobile": mobile, "e164": e164,
             "region": region, "lang": lang, "born": born, "name": f"{first} {last}", "street": street,
             "zip": zipcode, "city": city, "iban_country": iban_country, "pets": [],
             "landline": make.phone(region=region)[0] if rng.random() < 0.12 else None,
             "cpr": cpr_number(born, sex, rng) if plan or rng.random() < 0.03 else None,
             "clinic": rng.choice([i for i, c in enumerate(CLINICS, 1) if c[0] == region])}
        p["cpr_shown"] = (f"{p['cpr'][:6]}-{p['cpr'][6:]}" if p["cpr"] and rng.random() < 0.6 else p["cpr"])
        w.owners.append(p)
    # The pets are drawn first, so that the owners' notes can name them.
    for p in w.owners:
        for _ in range(rng.choice((1, 1, 1, 1, 2, 2, 3))):
            species = rng.choices(("Hund", "Kat", "Kanin", "Marsvin", "Fugl", "Fritte"), (50, 38, 6, 2, 2, 2))[0]
            p["pets"].append({"name": rng.choice(PET_NAMES), "species": species})
    for p in w.owners:
        couple = f"{p['first']} og {w.person('da')[0]} {p['last']}" if rng.random() < 0.15 else None
        comment = None
        if rng.random() < 0.3:
            comment = _fill(rng.choice(PARTNER_NOTES), pet=lambda: p["pets"][0]["name"],
                            amount=lambda: _kroner(Decimal(rng.randint(400, 2500))), relative=w.relative,
                            relation=lambda: rng.choice(RELATIONS), phone=lambda: make.phone()[0],
                            case=lambda: f"{rng.randint(2023, 2025)}-{make.digits(7)}",
                            email=lambda: p["email"] or make.email(p["first"], p["last"], MAIL_DOMAINS["da"]),
                            iban=lambda: grouped(make.iban(p["iban_country"])[0]))
        plan = None
        if p["cpr"] and rng.random() < 0.9:
            plan = (f"{rng.choice((3, 4, 6, 10, 12))} x {rng.randint(3, 15) * 100} kr., aftalt "
                    f"{_day(rng, 2023, 2025)}" + rng.choice(("", "", " – 1 rate overskredet", " (via Sparxpres)")))
        p["id"] = w.partner(
            name=couple or p["name"], email=p["email"], mobile=p["mobile"], phone=p.get("landline"),
            street=p["street"], street2=f"c/o {w.relative()}" if rng.random() < 0.03 else None, zip=p["zip"],
            city=p["city"], lang=p["lang"], ref=f"K{10000 + len(w.m.rows['res_partner'])}", comment=comment,
            customer_rank=rng.randint(1, 30), cpr=p["cpr_shown"] if p["cpr"] else None, plan=plan,
            country_id=COUNTRY_IDS["DK"] if rng.random() < 0.97 else COUNTRY_IDS[rng.choice(("SE", "DE", "NO"))],
            active=rng.random() < 0.95)
        p["holder"] = couple
        if rng.random() < 0.33:
            country = p["iban_country"] if rng.random() < 0.7 else "DK"
            _, p["iban"] = w.bank(p["id"], country, (couple or p["name"]) if rng.random() < 0.6 else None)


def _pets(w: _World) -> None:
    """The animals (Dyr) and their consultations, sorted by time, and the invoices for them."""
    rng, make = w.rng, w.make
    vets = [s for s in w.staff if s["job"] in ("Dyrlæge", "Klinikchef")]
    for p in w.owners:
        for pet in p["pets"]:
            did = len(w.m.rows["Dyr"]) + 1
            species = pet["species"]
            race = (rng.choice(DOG_BREEDS) if species == "Hund" else rng.choice(CAT_BREEDS) if species == "Kat"
                    else rng.choice(SMALL[species]))
            born = _day(rng, 2008, 2025)
            chip = None
            if species in ("Hund", "Kat", "Fritte") and rng.random() < (0.97 if species == "Hund" else 0.6):
                chip = make.unique(lambda: rng.choice(("208", "208", "208", "900")) + make.digits(12))
            weight = {"Hund": (3, 60), "Kat": (2, 8), "Kanin": (1, 4)}.get(species, (0, 1))
            kg = Decimal(rng.randint(weight[0] * 100 + 30, weight[1] * 100)) / 100
            insurer = rng.choice(INSURERS) if species in ("Hund", "Kat") else None
            policy = None
            if insurer:
                policy = make.unique(lambda: {"Agria": "DK" + make.digits(8), "Tryg": "6" + make.digits(9)}
                                     .get(insurer, make.digits(10)))
            note = _fill(rng.choice(PET_NOTES), phone=lambda: p["mobile"] or make.phone()[0], relative=w.relative,
                         relation=lambda: rng.choice(RELATIONS), owner=lambda: p["name"],
                         email=lambda: p["email"] or make.email(p["first"], p["last"], MAIL_DOMAINS["da"]))
            assistance = species == "Hund" and rng.random() < 0.03
            dead = _day(rng, 2023, 2025) if rng.random() < 0.06 else None
            created = _moment(rng, max(2014, int(born[:4])), 2025)
            w.m.rows["Dyr"].append((
                did, p["id"], pet["name"], species, race, rng.choice(("Han", "Hun")), born, chip,
                rng.choice(COLOURS), kg, rng.random() < 0.6, assistance, insurer, policy, note, dead, created,
                rng.randint(0, 12)))
            pet.update({"id": did, "owner": p, "created": created, "kg": kg, "insurer": insurer, "policy": policy})
            w.pets.append(pet)
    visits = []
    for pet in w.pets:
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5))):
            day = _after(rng, pet["created"], 4000)[:10]
            visits.append((_at(dt.date.fromisoformat(day), rng, (8, 17)), pet))
    visits.sort(key=lambda v: v[0])
    for when, pet in visits:
        kid = len(w.m.rows["Konsultation"]) + 1
        p = pet["owner"]
        clinic = p["clinic"] if rng.random() < 0.9 else rng.randint(1, len(CLINICS))
        here = [v for v in vets if v["clinic"] == clinic] or vets
        reason, diagnosis, code, _ = rng.choices(VISITS, [v[3] for v in VISITS])[0]
        temp = Decimal(rng.randint(375, 400)) / 10 if pet["species"] in ("Hund", "Kat") else None
        note = None
        if rng.random() < 0.7:
            note = _fill(rng.choice(CLINICAL_NOTES), temp=lambda: str(temp or "38.5"), owner=lambda: p["name"],
                         phone=lambda: p["mobile"] or make.phone()[0], relative=w.relative,
                         email=lambda: p["email"] or make.email(p["first"], p["last"], MAIL_DOMAINS["da"]),
                         insurer=lambda: pet["insurer"] or "Agria")
        companion = w.relative() if rng.random() < 0.12 else None
        signed = reason in ("Aflivning", "Tandrens", "Kastration") or rng.random() < 0.04
        billed = reason != "Aflivning" or rng.random() < 0.8
        w.m.rows["Konsultation"].append((
            kid, pet["id"], clinic, rng.choice(here)["id"], when, reason, diagnosis, code, temp, pet["kg"], note, companion,
            make.phone()[0] if companion and rng.random() < 0.8 else None,
            png_bytes(rng) if signed else None, billed and rng.random() < 0.85, rng.randint(0, 3)))
        if billed and rng.random() < 0.7:
            w.invoices.append({"visit": kid, "when": when, "owner": p, "pet": pet, "reason": reason})
    w.m.rows["hibernate_sequence"].append((len(w.m.rows["Konsultation"]) + len(w.m.rows["Dyr"]) + 1000,))


def _invoices(w: _World) -> None:
    rng = w.rng
    counters: dict[str, int] = {}
    for inv in w.invoices:
        year = inv["when"][:4]
        counters[year] = counters.get(year, 0) + 1
        name = f"INV/{year}/{counters[year]:05d}"
        inv["name"] = name
        untaxed = Decimal(rng.randint(300, 6000)) + Decimal(rng.choice((0, 0, 50)))
        tax = (untaxed * Decimal("0.25")).quantize(Decimal("0.01"))
        total = untaxed + tax
        inv["total"] = total
        paid = rng.random() < 0.88
        day = inv["when"][:10]
        due = (dt.date.fromisoformat(day) + dt.timedelta(days=8)).isoformat()
        narration = "<p>Betalingsbetingelser: netto 8 dage. Ved for sen betaling opkræves rykkergebyr på 100 kr.</p>"
        p = inv["owner"]
        if rng.random() < 0.1:
            narration = rng.choice((
                f"<p>Betales i 3 rater via MobilePay fra {p['mobile'] or '—'}.</p>",
                f"<p>Faktura sendt til {inv['pet'].get('insurer') or 'Agria'} (police {inv['pet'].get('policy')}) "
                f"på vegne af {p['name']}.</p>",
                f"<p>Refunderes til {p['name']}s konto {grouped(p['iban']) if p.get('iban') else 'efter aftale'}.</p>",
                f"<p>Kopi sendt til {p['email'] or 'ejer pr. brev'}.</p>"))
        w.m.rows["account_move"].append((
            len(w.m.rows["account_move"]) + 1, name, "out_invoice", "posted", p["id"],
            p["holder"] or p["name"], day, day, due, untaxed, tax, total, Decimal(0) if paid else total, 19,
            "paid" if paid else rng.choice(("not_paid", "partial")),
            fik(f"{int(year) % 100:02d}{counters[year]:06d}" + w.make.digits(6), w.creditor),
            f"KONS-{inv['visit']:06d}", narration, None, 1, inv["when"], _after(rng, inv["when"], 30)))
    for _ in range(45):
        s = rng.choice(w.suppliers)
        when = _moment(rng, 2023, 2025)
        untaxed = Decimal(rng.randint(800, 90000)) + Decimal(rng.randint(0, 99)) / 100
        tax = (untaxed * Decimal("0.25")).quantize(Decimal("0.01"))
        w.m.rows["account_move"].append((
            len(w.m.rows["account_move"]) + 1, f"BILL/{when[:4]}/{rng.randint(1, 900):05d}", "in_invoice", "posted",
            s["id"], s["name"], when[:10], when[:10], when[:10], untaxed, tax, untaxed + tax, Decimal(0), 19,
            "paid", None, None, None, f"{rng.randint(100000, 999999)}", 1, when, when))


def _messages(w: _World) -> None:
    """Odoo's chatter: owners' e-mails and the clinics' answers, invoices, HR notes, suppliers."""
    rng, make = w.rng, w.make
    rows = w.m.rows["mail_message"]

    def add(model: str, res_id: int, record: str, kind: str, author: int | None, sender: str | None,
            subject: str | None, body: str, incoming: bool) -> None:
        when = _moment(rng, 2023, 2025, (7, 22))
        stamp = int(dt.datetime.fromisoformat(when).timestamp())
        if incoming:
            mid = rng.choice((f"<CA{b64(rng.randbytes(30), url=True)}@mail.gmail.com>",
                              f"<AM0PR{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}"
                              f"{b64(rng.randbytes(9), url=True)}@AM0PR07MB.eurprd07.prod.outlook.com>",
                              f"<{uuid.UUID(int=rng.getrandbits(128), version=4)}@icloud.com>"))
        else:
            mid = f"<{rng.randint(10 ** 8, 10 ** 9)}.{stamp}.{rng.randint(1000, 9999)}-openerp-{res_id}-{model}@erp.{OWN_DOMAIN}>"
        rows.append((len(rows) + 1, model, res_id, record, kind, rng.choice((1, 2, 7)), author, sender, subject, body,
                     when, mid, when))

    with_mail = [p for p in w.owners if p["email"]]
    for _ in range(130):
        p = rng.choice(with_mail)
        pet = rng.choice(p["pets"])
        invoice = next((i for i in w.invoices if i["owner"] is p), None)
        subject = _fill(rng.choice(MESSAGE_SUBJECTS_OWNER), invoice=lambda: invoice["name"] if invoice else "INV/2025/00001",
                        name=lambda: p["name"], pet=lambda: pet["name"])
        body = _fill(rng.choice(MESSAGE_BODIES_OWNER), amount=lambda: _kroner(invoice["total"] if invoice else
                                                                              Decimal(rng.randint(300, 3000))),
                     iban=lambda: (grouped(p["iban"]) if p.get("iban") and rng.random() < 0.5 else p.get("iban"))
                     or grouped(make.iban(p["iban_country"])[0]),
                     name=lambda: p["name"], cpr=lambda: p["cpr_shown"] or cpr_number(p["born"], p["sex"], rng),
                     phone=lambda: p["mobile"] or make.phone()[0], pet=lambda: pet["name"], first=lambda: p["first"],
                     hospital=lambda: rng.choice(HOSPITALS), policy=lambda: pet.get("policy") or "DK" + make.digits(8),
                     email=lambda: p["email"])
        sender = rng.choice((f'"{p["name"]}" <{p["email"]}>', p["email"], f"{p['name']} <{p['email']}>"))
        add("res.partner", p["id"], p["holder"] or p["name"], "email", p["id"], sender, subject, body, True)
        if rng.random() < 0.6:
            s = rng.choice(w.staff)
            reply = _fill(rng.choice(MESSAGE_BODIES_CLINIC), first=lambda: p["first"], pet=lambda: pet["name"],
                          staff=lambda: f"{s['first']} {s['last']}", clinic_phone=lambda: CLINICS[p["clinic"] - 1][5])
            add("res.partner", p["id"], p["holder"] or p["name"], "comment", s["partner"],
                f'"{s["first"]} {s["last"]}" <{s["email"]}>', f"Re: {subject}", reply, False)
    for inv in rng.sample(w.invoices, 40):
        add("account.move", w.invoices.index(inv) + 1, inv["name"], "notification", 2,
            f'"VetNord Dyreklinikker" <info@{OWN_DOMAIN}>', None,
            rng.choice((f"<p>Faktura {inv['name']} er sendt.</p>", f"<p>Betaling registreret: {_kroner(inv['total'])} kr.</p>",
                        "<p>Rykker 1 sendt.</p>")), False)
    hr = [s for s in w.staff if s["job"] == "HR-partner"] or w.staff[:1]
    for _ in range(25):
        s = rng.choice(w.staff)
        author = rng.choice(hr)
        add("hr.employee", s["id"], f"{s['first']} {s['last']}", "comment", author["partner"],
            f'"{author["first"]} {author["last"]}" <{author["email"]}>', None,
            _fill(rng.choice(HR_MESSAGES), first=lambda: s["first"], date=lambda: _day(rng, 2025, 2026),
                  amount=lambda: _kroner(Decimal(rng.randint(28000, 62000)))), False)
    for _ in range(35):
        s = rng.choice(w.suppliers)
        who = rng.choice(s["contacts"]) if s["contacts"] and rng.random() < 0.7 else None
        sender = f'"{who["name"]}" <{who["email"]}>' if who else f'"{s["name"]}" <{s["mailbox"]}>'
        add("res.partner", s["id"], s["name"], "email", who["id"] if who else s["id"], sender,
            rng.choice(("Ordrebekræftelse", "Kreditnota", "Prisliste 2026", "Betalingsbetingelser")),
            _fill(rng.choice(SUPPLIER_MESSAGES), order=lambda: "45" + make.digits(8)), True)


def _attachments(w: _World) -> None:
    rng = w.rng
    rows = w.m.rows["ir_attachment"]

    def add(name: str, model: str, res_id: int, mimetype: str, data: bytes, res_field: str | None = None,
            uid: int = 2) -> None:
        rows.append((len(rows) + 1, name, model, res_field, res_id, "binary", mimetype, len(data),
                     hashlib.sha1(data).hexdigest(), data, False, 1, uid, _moment(rng, 2023, 2025)))

    add("logo", "res.company", 1, "image/png", png_bytes(rng), "logo")
    for inv in rng.sample(w.invoices, 70):
        p = inv["owner"]
        pdf = pdf_bytes([f"VetNord Dyreklinikker A/S - Faktura {inv['name']}", p["holder"] or p["name"], p["street"],
                         f"{p['zip']} {p['city']}", f"Dyr: {inv['pet']['name']} ({inv['pet']['species']})",
                         f"Ydelse: {inv['reason']}", f"I alt: {_kroner(inv['total'])} kr. inkl. moms",
                         f"Betal med FIK {w.creditor} eller MobilePay", f"CVR {w.own_cvr}"])
        add(f"{inv['name'].replace('/', '_')}.pdf", "account.move", w.invoices.index(inv) + 1, "application/pdf", pdf)
    for p in [p for p in w.owners if p["cpr"]]:
        add(rng.choice((f"Kørekort {p['name']}.jpg", f"sygesikringskort_{_fold(p['first']).lower()}.jpg",
                        f"IMG_{rng.randint(1000, 9999)}.jpg")), "res.partner", p["id"], "image/jpeg",
            _jpeg(rng, b"Scanned with Adobe Scan"))
    for pet in rng.sample(w.pets, 30):
        add(f"{pet['name']}_rtg_{_day(rng, 2023, 2025)}.jpg", "res.partner", pet["owner"]["id"], "image/jpeg",
            _jpeg(rng, b"DR system VetDR-1417"))
    for pet in rng.sample(w.pets, 15):
        p = pet["owner"]
        pdf = pdf_bytes(["Samtykkeerklæring - bedøvelse / aflivning", f"Ejer: {p['name']}",
                         f"Adresse: {p['street']}, {p['zip']} {p['city']}", f"Telefon: {p['mobile'] or ''}",
                         f"Dyr: {pet['name']}, {pet['species']}", "Underskrift: ______________"])
        add(rng.choice((f"Samtykke - {p['name']}.pdf", f"samtykke_{pet['id']}.pdf")), "res.partner", p["id"],
            "application/pdf", pdf)
    for s in w.staff:
        if rng.random() < 0.7:
            add("image_1920", "hr.employee", s["id"], "image/png", png_bytes(rng), "image_1920")
    for s in rng.sample(w.suppliers, 6):
        add(f"Prisliste {s['name'].split()[0]} 2026.pdf", "res.partner", s["id"], "application/pdf",
            pdf_bytes([f"{s['name']} - prisliste 2026", "Alle priser ekskl. moms", s["mailbox"]]))


def _app(w: _World) -> None:
    """The Go service: app users (owners), sessions, push devices and online bookings."""
    rng, make = w.rng, w.make
    for p in w.owners:
        if not p["email"] or rng.random() > 0.85:
            continue
        created = _moment(rng, 2021, 2025, (6, 23))
        email = p["email"] if rng.random() < 0.85 else make.email(p["first"], p["last"], MAIL_DOMAINS["da"])
        mitid = rng.random() < 0.55
        seen = _after(rng, created) if rng.random() < 0.9 else None
        u = {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "email": email, "owner": p}
        w.m.rows["app_user"].append((
            u["id"], p["id"], email, p["e164"], p["name"] if rng.random() < 0.9 else p["name"].upper(),
            None if mitid and rng.random() < 0.7 else _argon2(rng),
            str(uuid.UUID(int=rng.getrandbits(128), version=4)) if mitid else None, rng.random() < 0.35,
            {"da_DK": "da", "sv_SE": "sv", "de_DE": "de", "pl_PL": "en", "en_GB": "en"}[p["lang"]], seen,
            _ip(rng) if seen else None, created, _after(rng, created) if rng.random() < 0.03 else None))
        w.users.append(u)
    for n in range(1, SESSION_COUNT + 1):
        u = rng.choice(w.users)
        created = _moment(rng, 2025, 2025, (0, 23))
        start = dt.datetime.fromisoformat(created)
        w.m.rows["app_session"].append((
            n, u["id"], make.unique(lambda: hashlib.sha256(rng.randbytes(32)).hexdigest()), _ip(rng),
            rng.choice(USER_AGENTS), created, (start + dt.timedelta(days=30)).isoformat(sep=" "),
            _after(rng, created, 30) if rng.random() < 0.2 else None))
    for u in w.users:
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            ios = rng.random() < 0.55
            w.m.rows["push_device"].append((
                len(w.m.rows["push_device"]) + 1, u["id"], "ios" if ios else "android",
                make.unique(lambda: rng.randbytes(32).hex() if ios else _fcm_token(rng)),
                rng.choice(("4.2.1", "4.2.0", "4.1.9")),
                rng.choice(("18.1", "17.6.1", "18.0.1")) if ios else rng.choice(("14", "13", "15")),
                _moment(rng, 2025, 2025, (0, 23))))
    for n in range(1, BOOKING_COUNT + 1):
        channel = rng.choices(("app", "web", "phone"), (55, 25, 20))[0]
        if channel == "phone":
            p, u = rng.choice(w.owners), None
        else:
            u = rng.choice(w.users)
            p = u["owner"]
        pet = rng.choice(p["pets"])
        created = _moment(rng, 2024, 2025, (0, 23))
        slot = _after(rng, created, 21)[:11] + f"{rng.randint(8, 17):02d}:{rng.choice(('00', '15', '30', '45'))}:00"
        status = rng.choices(("booked", "done", "cancelled", "no_show"), (20, 60, 15, 5))[0]
        reason = _fill(rng.choice(BOOKING_REASONS), phone=lambda: p["mobile"] or make.phone()[0],
                       email=lambda: u["email"] if u else p["email"] or "",
                       relation=lambda: rng.choice(RELATIONS), relative=w.relative)
        phone = p["mobile"] if channel == "phone" or rng.random() < 0.5 else p["e164"]
        if channel == "phone":
            form = {"created_by": "reception", "staff": rng.choice(w.staff)["initials"], "pet_id": pet["id"]}
        else:
            form = {"owner": {"name": p["name"], "email": u["email"], "phone": p["e164"]},
                    "pet": {"name": pet["name"], "species": pet["species"]},
                    "first_visit": rng.random() < 0.2, "consent": {"sms_reminder": rng.random() < 0.8,
                                                                  "terms": "2024-05"}}
            if rng.random() < 0.3:
                form["address"] = {"street": p["street"], "zip": p["zip"], "city": p["city"]}
            if rng.random() < 0.2:
                form["utm"] = {"source": rng.choice(("google", "facebook", "newsletter")), "medium": "cpc"}
        ref = make.unique(lambda: make.digits(7))
        w.m.rows["booking"].append((
            n, f"VN{ref}{luhn_digit(ref)}", p["clinic"], u["id"] if u else None, u["email"] if u else None,
            p["holder"] or p["name"], phone, pet["name"], pet["species"], reason, slot,
            rng.choice((15, 20, 30, 30, 45, 60)), status, channel, json.dumps(form, ensure_ascii=False),
            _ip(rng) if channel != "phone" else None, created,
            _after(rng, created, 10) if status == "cancelled" else None))


def make_vet_chain(seed: int = SEED) -> VetChain:
    """The whole chain, the same for the same seed."""
    w = _World(seed)
    _company(w)
    _staff(w)
    _owners(w)
    _pets(w)
    _invoices(w)
    _messages(w)
    _attachments(w)
    _app(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: VetChain) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/tenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
