"""The ninth held-out application: a Belgian fitness-club chain's members, access control and HR.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the eight other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/ninth/labels.yml) before any detector ran on it.

"VitaPulse Clubs NV", a (fictional) chain of nine gyms in Antwerp, Ghent, Leuven,
Brussels, Liège and Namur, keeps one PostgreSQL database that four systems share, and
the names show it. Sales and membership live in Salesforce and reach the database
through Heroku Connect, which lower-cases every API name and keeps the `__c` suffix of
custom objects and fields (`contact.firstname`, `mailingpostalcode`, `mobilephone`,
`national_register_no__c` - the Belgian rijksregisternummer, mod 97 -, `emergency_contact__c`,
`_hc_lastop`, `_hc_err` with Heroku Connect's sync errors; `membership__c.iban__c`,
`account_holder__c`, `freeze_reason__c`; `health_questionnaire__c` with the PAR-Q's
yes/no answers; `case` with web-to-case's `suppliedname`, `suppliedemail`,
`suppliedphone`), Salesforce ids of 18 characters with their checksum as keys. The
member app's backend is a Laravel application (`users` with a bcrypt `password`,
`remember_token`, Fortify's encrypted `two_factor_secret`, an FCM token and
`last_login_ip`; `users.email` is a foreign key to `contact.email`; `sessions` of the
database driver; Sanctum's `personal_access_tokens`; `body_scans` from the clubs' body
composition analysers with a PDF report; `failed_jobs` whose JSON payloads and
exceptions quote e-mails and IBANs; spatie's `settings`). The door access system is a
Korean biometric vendor's, with short lower-case codes and a `t_` prefix (`t_usr.nm`,
`crdid` the wristband's RFID UID, `fptmpl` a fingerprint template, `photo`; `t_lg`, the
event log, with the body temperature the face stations measure). Finance and HR run SAP
Business One (`OHEM`, the employees: `firstName`, `govID`, `brthCountr`, `martStatus`,
`nChildren`, `bankAcount` as SAP spells it, user-defined `U_` fields; `OCRD`, the
business partners: suppliers and corporate-wellness clients with `LicTradNum`, `E_Mail`,
`DflIBAN`). Next to the people are the clubs (front desks, club mailboxes,
coordinates), membership plans, the access devices (private IPs and MAC addresses),
the company's settings with its own address, VAT number, SEPA creditor id and IBAN,
SEPA mandate references and Belgian structured payment references (mod 97).

Everything here is the original side: the rows (`make_gym_chain`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the DDL
(built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so
`case`, `group` and camelCase survive every server), `create`, and the personal e-mails
and IBANs a leak check looks for (the chain's and its partners' excluded).
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
from support.apps import ascii_fold, b64, dump, grouped, iban_check_digits, pdf_bytes
from support.apps import foreign_key as _fk, day as _day

__all__ = ["COLUMNS", "FOREIGN_KEYS", "GymChain", "create", "dump", "load_labels", "make_gym_chain"]

SEED = 20260118
LABELS = Path(__file__).resolve().parents[1] / "ninth" / "labels.yml"
MEMBER_COUNT = 270
STAFF_COUNT = 72
CASE_COUNT = 140
SESSION_COUNT = 160
EVENT_COUNT = 700
FAILED_JOB_COUNT = 30
TODAY = dt.date(2025, 12, 1)
OWN_DOMAIN = "vitapulse.be"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "text",
                "dbl": "double", "long": "longtext"},
    "postgresql": {"ts": "timestamp", "json": "json", "blob": "bytea", "bool": "boolean", "text": "text",
                   "dbl": "double precision", "long": "text"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text",
               "dbl": "double precision", "long": "text"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- Salesforce through Heroku Connect (lower-cased API names, __c, sfid, _hc_ columns) --
    "club__c": (
        "id integer PRIMARY KEY", "sfid varchar(18) UNIQUE", "name varchar(80)", "club_code__c varchar(6) UNIQUE",
        "street__c varchar(255)", "postal_code__c varchar(20)", "city__c varchar(40)", "phone__c varchar(40)",
        "email__c varchar(80)", "latitude__c {dbl}", "longitude__c {dbl}", "capacity__c {dbl}",
        "opening_date__c date", "has_wellness__c {bool}", "isdeleted {bool}", "createddate {ts}",
        "systemmodstamp {ts}", "_hc_lastop varchar(32)", "_hc_err {text}"),
    "membership_plan__c": (
        "id integer PRIMARY KEY", "sfid varchar(18) UNIQUE", "name varchar(80)", "plan_code__c varchar(12)",
        "monthly_fee__c {dbl}", "joining_fee__c {dbl}", "min_term_months__c {dbl}", "all_clubs__c {bool}",
        "includes_wellness__c {bool}", "active__c {bool}", "isdeleted {bool}", "systemmodstamp {ts}",
        "_hc_lastop varchar(32)", "_hc_err {text}"),
    # -- SAP Business One: business partners --
    "OCRD": (
        "CardCode varchar(15) PRIMARY KEY", "CardName varchar(100) NOT NULL", "CardType char(1) NOT NULL",
        "GroupCode integer NOT NULL", "Address varchar(100)", "ZipCode varchar(20)", "City varchar(100)",
        "Country char(2)", "Phone1 varchar(20)", "E_Mail varchar(100)", "IntrntSite varchar(100)",
        "LicTradNum varchar(32)", "DflIBAN varchar(50)", "DflSwift varchar(50)", "Balance decimal(19,6) NOT NULL",
        "Currency char(3) NOT NULL", "validFor char(1) NOT NULL", "CreateDate date NOT NULL", "UpdateDate date"),
    # -- the member app (Laravel): spatie/laravel-settings --
    "settings": (
        "id bigint PRIMARY KEY", "group varchar(255) NOT NULL", "name varchar(255) NOT NULL",
        "locked {bool} NOT NULL", "payload {json} NOT NULL", "created_at {ts}", "updated_at {ts}"),
    # -- door access (a biometric vendor's schema: t_ prefix, short codes) --
    "t_dev": (
        "devid integer PRIMARY KEY", "devnm varchar(40) NOT NULL", "clubcd varchar(6) NOT NULL",
        "devtyp varchar(10) NOT NULL", "devsn varchar(20) NOT NULL", "ipaddr varchar(15) NOT NULL",
        "macaddr varchar(17) NOT NULL", "fwver varchar(12) NOT NULL", "lstconn {ts}", "enbl {bool} NOT NULL"),
    # -- Salesforce's people --
    "contact": (
        "id integer PRIMARY KEY", "sfid varchar(18) UNIQUE", "salutation varchar(40)", "firstname varchar(40)",
        "lastname varchar(80)", "birthdate date", "gender__c varchar(255)", "email varchar(80) UNIQUE",
        "mobilephone varchar(40)", "homephone varchar(40)", "mailingstreet varchar(255)",
        "mailingpostalcode varchar(20)", "mailingcity varchar(40)", "mailingcountry varchar(80)",
        "preferred_language__c varchar(255)", "national_register_no__c varchar(20)", "member_number__c varchar(20)",
        "home_club__c varchar(18)", "emergency_contact__c varchar(255)", "description {text}",
        "leadsource varchar(255)", "hasoptedoutofemail {bool}", "isdeleted {bool}", "createddate {ts}",
        "systemmodstamp {ts}", "_hc_lastop varchar(32)", "_hc_err {text}"),
    "membership__c": (
        "id integer PRIMARY KEY", "sfid varchar(18) UNIQUE", "name varchar(80)", "contact__c varchar(18)",
        "plan__c varchar(18)", "club__c varchar(18)", "start_date__c date", "end_date__c date",
        "status__c varchar(255)", "monthly_fee__c {dbl}", "payment_method__c varchar(255)", "iban__c varchar(34)",
        "account_holder__c varchar(120)", "bic__c varchar(11)", "mandate_reference__c varchar(35)",
        "mandate_signed__c date", "payment_reference__c varchar(20)", "corporate_partner__c varchar(15)",
        "freeze_reason__c varchar(255)", "cancellation_reason__c varchar(255)", "isdeleted {bool}",
        "createddate {ts}", "systemmodstamp {ts}", "_hc_lastop varchar(32)", "_hc_err {text}"),
    "health_questionnaire__c": (
        "id integer PRIMARY KEY", "sfid varchar(18) UNIQUE", "name varchar(80)", "contact__c varchar(18)",
        "completed__c {ts}", "heart_condition__c {bool}", "chest_pain__c {bool}", "joint_problem__c {bool}",
        "pregnant__c {bool}", "conditions__c varchar(255)", "medication__c varchar(255)",
        "clearance_required__c {bool}", "signed_by__c varchar(120)", "isdeleted {bool}", "systemmodstamp {ts}",
        "_hc_lastop varchar(32)", "_hc_err {text}"),
    "case": (
        "id integer PRIMARY KEY", "sfid varchar(18) UNIQUE", "casenumber varchar(30)", "contactid varchar(18)",
        "club__c varchar(18)", "origin varchar(255)", "type varchar(255)", "subject varchar(255)",
        "description {text}", "suppliedname varchar(80)", "suppliedemail varchar(80)", "suppliedphone varchar(40)",
        "status varchar(255)", "priority varchar(255)", "isclosed {bool}", "createddate {ts}", "closeddate {ts}",
        "isdeleted {bool}", "systemmodstamp {ts}", "_hc_lastop varchar(32)", "_hc_err {text}"),
    # -- the member app (Laravel) --
    "users": (
        "id bigint PRIMARY KEY", "contact_sfid varchar(18)", "name varchar(255) NOT NULL",
        "email varchar(255) NOT NULL UNIQUE", "email_verified_at {ts}", "password varchar(255) NOT NULL",
        "remember_token varchar(100)", "two_factor_secret {text}", "fcm_token varchar(255)", "locale varchar(5)",
        "last_login_at {ts}", "last_login_ip varchar(45)", "created_at {ts}", "updated_at {ts}"),
    "sessions": (
        "id varchar(255) PRIMARY KEY", "user_id bigint", "ip_address varchar(45)", "user_agent {text}",
        "payload {long} NOT NULL", "last_activity integer NOT NULL"),
    "personal_access_tokens": (
        "id bigint PRIMARY KEY", "tokenable_type varchar(255) NOT NULL", "tokenable_id bigint NOT NULL",
        "name varchar(255) NOT NULL", "token varchar(64) NOT NULL UNIQUE", "abilities {text}",
        "last_used_at {ts}", "expires_at {ts}", "created_at {ts}", "updated_at {ts}"),
    "body_scans": (
        "id bigint PRIMARY KEY", "user_id bigint NOT NULL", "club_code varchar(6) NOT NULL",
        "device_serial varchar(20) NOT NULL", "measured_at {ts} NOT NULL", "height_cm decimal(4,1)",
        "weight_kg decimal(5,1) NOT NULL", "body_fat_pct decimal(4,1) NOT NULL", "muscle_mass_kg decimal(4,1)",
        "visceral_fat_level integer", "report_pdf {blob}", "trainer_note {text}", "created_at {ts}",
        "updated_at {ts}"),
    "failed_jobs": (
        "id bigint PRIMARY KEY", "uuid varchar(255) NOT NULL UNIQUE", "connection {text} NOT NULL",
        "queue {text} NOT NULL", "payload {long} NOT NULL", "exception {long} NOT NULL", "failed_at {ts} NOT NULL"),
    # -- SAP Business One: employees --
    "OHEM": (
        "empID integer PRIMARY KEY", "lastName varchar(50)", "firstName varchar(50)", "sex char(1)",
        "jobTitle varchar(20)", "dept integer", "branch integer", "mobile varchar(50)", "email varchar(100)",
        "homeStreet varchar(100)", "homeZip varchar(20)", "homeCity varchar(100)", "homeCountr char(3)",
        "birthDate date", "brthCountr char(3)", "martStatus char(1)", "nChildren integer", "govID varchar(20)",
        "citizenshp char(3)", "passportNo varchar(20)", "startDate date", "termDate date", "termReason integer",
        "salary decimal(19,6)", "salaryUnit char(1)", "bankCode varchar(30)", "bankAcount varchar(50)",
        "remark {text}", "Active char(1) NOT NULL", "U_BadgeNo varchar(16)", "U_Noodcontact varchar(100)",
        "U_Certificaten varchar(200)"),
    # -- door access: credential holders and the event log --
    "t_usr": (
        "usruid integer PRIMARY KEY", "usrid varchar(16) NOT NULL UNIQUE", "nm varchar(48) NOT NULL",
        "usrgrp varchar(10) NOT NULL", "crdid varchar(16)", "fptmpl {blob}", "photo {blob}", "pinhash varchar(64)",
        "strtdt date NOT NULL", "expdt date NOT NULL", "seclvl integer NOT NULL", "sfid varchar(18)",
        "updt {ts} NOT NULL"),
    "t_lg": (
        "lgid bigint PRIMARY KEY", "evtdt {ts} NOT NULL", "devid integer NOT NULL", "usruid integer",
        "evtcd integer NOT NULL", "tmpr decimal(3,1)"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("contact", ["home_club__c"], "club__c", ["sfid"]),
    _fk("membership__c", ["contact__c"], "contact", ["sfid"]),
    _fk("membership__c", ["plan__c"], "membership_plan__c", ["sfid"]),
    _fk("membership__c", ["club__c"], "club__c", ["sfid"]),
    _fk("health_questionnaire__c", ["contact__c"], "contact", ["sfid"]),
    _fk("case", ["contactid"], "contact", ["sfid"]),
    _fk("case", ["club__c"], "club__c", ["sfid"]),
    _fk("users", ["contact_sfid"], "contact", ["sfid"]),
    _fk("users", ["email"], "contact", ["email"]),
    _fk("body_scans", ["user_id"], "users", ["id"]),
    _fk("t_lg", ["devid"], "t_dev", ["devid"]),
    _fk("t_lg", ["usruid"], "t_usr", ["usruid"]),
)

# The clubs: code, name, street, postcode, city, front desk, latitude, longitude, capacity,
# opening day, wellness area, the language most members speak.
CLUBS = (
    ("ANT-C", "VitaPulse Antwerpen Centrum", "Lange Gasthuisstraat 21", "2000", "Antwerpen", "+32 3 231 45 10",
     51.215320, 4.406810, 420, "2016-09-01", True, "nl"),
    ("ANT-Z", "VitaPulse Antwerpen Zuid", "Vlaamsekaai 40", "2000", "Antwerpen", "+32 3 248 77 00", 51.208790,
     4.389950, 350, "2018-03-15", False, "nl"),
    ("GNT-Z", "VitaPulse Gent Zuid", "Woodrow Wilsonplein 4", "9000", "Gent", "+32 9 224 18 80", 51.047880,
     3.729170, 380, "2017-01-09", True, "nl"),
    ("GNT-D", "VitaPulse Gent Dampoort", "Dendermondsesteenweg 112", "9000", "Gent", "+32 9 265 30 12", 51.058410,
     3.745020, 300, "2021-10-04", False, "nl"),
    ("LEU", "VitaPulse Leuven", "Diestsesteenweg 88", "3010", "Kessel-Lo", "+32 16 35 90 40", 50.888420, 4.718010,
     330, "2019-05-06", True, "nl"),
    ("BXL-E", "VitaPulse Bruxelles Etterbeek", "Avenue de la Chasse 150", "1040", "Etterbeek", "+32 2 646 21 30",
     50.831210, 4.389330, 450, "2016-02-01", True, "fr"),
    ("BXL-U", "VitaPulse Bruxelles Uccle", "Chaussée d'Alsemberg 880", "1180", "Uccle", "+32 2 332 18 44",
     50.797750, 4.337840, 360, "2020-09-07", False, "fr"),
    ("LGE", "VitaPulse Liège Sauvenière", "Boulevard de la Sauvenière 62", "4000", "Liège", "+32 4 221 60 70",
     50.642090, 5.568980, 340, "2018-11-12", True, "fr"),
    ("NAM", "VitaPulse Namur", "Rue de Fer 30", "5000", "Namur", "+32 81 22 45 90", 50.466220, 4.864470, 260,
     "2022-04-04", False, "fr"),
)
# The plans: code, name, monthly fee, joining fee, minimum term, all clubs, wellness, active.
PLANS = (("BASIC", "Basic (één club)", "29.99", "25.00", 12, False, False, True),
         ("COMFORT", "Comfort (alle clubs)", "39.99", "25.00", 12, True, False, True),
         ("PREMIUM", "Premium (alle clubs + wellness)", "54.99", "0.00", 12, True, True, True),
         ("STUDENT", "Student (-26, één club)", "24.99", "0.00", 6, False, False, True),
         ("SENIOR", "Senior 65+ (daluren)", "27.99", "0.00", 12, False, False, True),
         ("CORPORATE", "Corporate wellness", "34.99", "0.00", 12, True, False, True),
         ("FLEX", "Flex maandelijks opzegbaar (stopgezet)", "44.99", "49.00", 1, True, False, False))
# Where members live, around each club: postcode and town, and streets in the town's language.
TOWNS = {
    "ANT": (("2000", "Antwerpen"), ("2018", "Antwerpen"), ("2020", "Antwerpen"), ("2060", "Antwerpen"),
            ("2100", "Deurne"), ("2140", "Borgerhout"), ("2600", "Berchem"), ("2610", "Wilrijk"),
            ("2640", "Mortsel"), ("2650", "Edegem"), ("2900", "Schoten"), ("2930", "Brasschaat")),
    "GNT": (("9000", "Gent"), ("9030", "Mariakerke"), ("9040", "Sint-Amandsberg"), ("9050", "Gentbrugge"),
            ("9052", "Zwijnaarde"), ("9820", "Merelbeke"), ("9031", "Drongen")),
    "LEU": (("3000", "Leuven"), ("3001", "Heverlee"), ("3010", "Kessel-Lo"), ("3012", "Wilsele"),
            ("3020", "Herent"), ("3080", "Tervuren")),
    "BXL": (("1000", "Bruxelles"), ("1040", "Etterbeek"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"),
            ("1180", "Uccle"), ("1190", "Forest"), ("1200", "Woluwe-Saint-Lambert"), ("1150", "Woluwe-Saint-Pierre"),
            ("1030", "Schaerbeek"), ("1410", "Waterloo"), ("1050", "Elsene"), ("1040", "Etterbeek")),
    "LGE": (("4000", "Liège"), ("4020", "Liège"), ("4030", "Grivegnée"), ("4100", "Seraing"),
            ("4610", "Beyne-Heusay"), ("4050", "Chaudfontaine")),
    "NAM": (("5000", "Namur"), ("5100", "Jambes"), ("5002", "Saint-Servais"), ("5020", "Flawinne"),
            ("5101", "Erpent")),
}
STREETS_NL = ("Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Kapelstraat",
              "Schoolstraat", "Beukenlaan", "Lindelaan", "Kasteeldreef", "Veldstraat", "Turnhoutsebaan",
              "Grote Steenweg", "Kortrijksesteenweg", "Brusselsesteenweg", "Tiensesteenweg", "Naamsesteenweg",
              "Koningin Astridlaan", "Leopoldlaan", "Vlaanderenstraat", "Lange Leemstraat", "Frankrijklei",
              "Sint-Pietersnieuwstraat", "Overpoortstraat", "Boomsesteenweg", "Jan Van Rijswijcklaan",
              "Vrijheidslaan", "Groenstraat", "Heirbaan", "Diestsestraat")
STREETS_FR = ("Rue de la Station", "Rue de l'Église", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute",
              "Rue du Moulin", "Avenue des Combattants", "Rue Saint-Gilles", "Boulevard d'Avroy",
              "Rue des Guillemins", "Chaussée de Louvain", "Avenue de Tervueren", "Rue Vandenbranden",
              "Rue de Bruxelles", "Rue des Carmes", "Avenue Brugmann", "Rue du Bailli", "Rue Royale",
              "Chaussée de Charleroi", "Rue Saint-Léonard", "Rue de Fer", "Avenue Cardinal Mercier")
# Member origins: Faker locale, weight, language they write in, country code of a foreign phone.
ORIGINS = {"nl": ("nl_BE", 52, "nl", None), "fr": ("fr_BE", 36, "fr", None), "en": ("en_GB", 3, "en", "GB"),
           "es": ("es_ES", 2, "en", "ES"), "it": ("it_IT", 2, "fr", "IT"), "pl": ("pl_PL", 2, "en", "PL"),
           "pt": ("pt_PT", 1, "fr", "PT"), "de": ("de_DE", 1, "en", "DE"), "ro": ("ro_RO", 1, "fr", "RO")}
MAIL_DOMAINS = {
    "nl": ("telenet.be", "telenet.be", "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "skynet.be",
           "outlook.be", "hotmail.be", "icloud.com", "live.be", "proximus.be", "scarlet.be"),
    "fr": ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "skynet.be", "yahoo.fr", "voo.be", "hotmail.be",
           "outlook.com", "icloud.com", "live.be", "scarlet.be"),
    "xx": ("gmail.com", "gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com", "protonmail.com"),
}
STUDENT_DOMAINS = ("student.kuleuven.be", "ugent.be", "student.uantwerpen.be", "student.uliege.be",
                   "student.uclouvain.be", "ulb.be")
# Belgian banks: the first three digits of an account, and the bank's BIC.
BANKS = (("001", "GEBABEBB"), ("230", "GEBABEBB"), ("290", "GEBABEBB"), ("733", "KREDBEBB"), ("737", "KREDBEBB"),
         ("743", "KREDBEBB"), ("310", "BBRUBEBB"), ("363", "BBRUBEBB"), ("063", "GKCCBEBB"), ("068", "GKCCBEBB"),
         ("973", "ARSPBE22"), ("103", "NICABEBB"), ("651", "KEYTBEBB"), ("523", "TRIOBEBB"), ("751", "AXABBE22"))
FOREIGN_IBAN_WEIGHTS = {"BE": 84, "LT": 6, "NL": 4, "FR": 3, "LU": 2, "DE": 1}
MOBILE_PREFIXES = ("460", "465", "466", "467", "468", "470", "471", "472", "473", "474", "475", "476", "477", "478",
                   "479", "483", "484", "485", "486", "487", "488", "489", "490", "491", "492", "493", "494", "495",
                   "496", "497", "498", "499")
ZONES = {"ANT": "3", "GNT": "9", "LEU": "16", "BXL": "2", "LGE": "4", "NAM": "81"}
FOREIGN_MOBILE = {"GB": ("+44 7", 9), "ES": ("+34 6", 8), "IT": ("+39 3", 9), "PL": ("+48 5", 8),
                  "PT": ("+351 9", 8), "DE": ("+49 15", 9), "RO": ("+40 7", 8), "NL": ("+31 6", 8), "FR": ("+33 6", 8)}
SALUTATIONS = {"nl": {"M": "Dhr.", "F": "Mevr."}, "fr": {"M": "M.", "F": "Mme"}, "en": {"M": "Mr.", "F": "Ms."}}
COUNTRY_NAMES = ("Belgium", "Belgium", "Belgium", "België", "Belgique", "BE", None)
RELATIONS = {"nl": ("partner", "echtgenote", "echtgenoot", "moeder", "vader", "zus", "broer"),
             "fr": ("époux", "épouse", "mère", "père", "sœur", "compagne", "compagnon"),
             "en": ("wife", "husband", "partner", "mother", "father", "sister")}
SALES_NOTES = {
    "nl": (None, None, None, None, "Interesse in personal training, doel: 10 kg afvallen voor trouw in juni.",
           "Komt via bedrijfsdeal {company}.", "Wil enkel 's avonds sporten, bel na 18u op {phone}.",
           "Kinesist raadt aquagym aan na hernia-operatie (L5-S1).", "Dagpas gebruikt, opvolgen via {email}.",
           "Vraagt offerte voor dochter {partner} (17 j.)."),
    "fr": (None, None, None, None, "Ancienne membre, veut reprendre après sa grossesse.",
           "Vient via l'accord entreprise {company}.", "A demandé un devis pour son fils {partner}.",
           "Rappeler en soirée au {phone}.", "Essai gratuit le samedi, relance par mail: {email}",
           "Diabétique type 1, a demandé si le coach connaît les hypos."),
    "en": (None, None, None, "Expat, relocated from London, wants all-clubs access. Reach him on {phone}.",
           "Corporate deal via {company}; invoice to HR, not to {email}."),
}
EMERGENCY = "{partner} ({relation}) {phone}"
FREEZE_REASONS = (
    "Zwangerschap - bevalling verwacht in maart", "Knieoperatie (kruisband), 3 maanden rust",
    "Studies in het buitenland (Erasmus Lissabon)", "Burn-out, op advies van huisarts",
    "Grossesse, reprise prévue en septembre", "Fracture du poignet (chute à vélo)",
    "Chimiothérapie jusqu'en avril", "Long COVID, kiné en cours", "Werk in het buitenland (3 maanden Dubai)",
    "Hernia, rugschool in UZ Leuven")
CANCEL_REASONS = (
    "Verhuisd naar {city}", "Te duur geworden", "Medisch: hartritmestoornis, cardioloog verbiedt intensief sporten",
    "Overgestapt naar Basic-Fit", "Zwangerschap, komt misschien terug", "Déménagement à {city}",
    "Raisons financières (chômage)", "Opgezegd via mail ({email}), bevestiging verstuurd",
    "Overleden - gemeld door {partner}", "Décès - signalé par sa fille {partner}", "Geen tijd meer (nieuwe job)",
    "Moved back to the UK", "Trop de monde le soir", "Résiliation par courrier recommandé, nouvelle adresse: {address}",
    "Einde studies", "Ne vient plus depuis son opération de la hanche")
CONDITIONS = ("Astma", "Diabetes type 1 (insulinepomp)", "Hoge bloeddruk", "Hernia L4-L5", "Epilepsie, onder controle",
              "Asthme d'effort", "Diabète type 2", "Prothèse de hanche (2021)", "Scoliose", "Long COVID",
              "Migraine met aura", "Hartinfarct 2019, stent", "Artrose beide knieën", "Fibromyalgie")
MEDICATIONS = ("Ventolin", "Bisoprolol 5 mg", "Metformine", "Insuline (NovoRapid)", "Levetiracetam (Keppra)",
               "Sertraline 50 mg", "Pil", "Asaflow, Atorvastatine", "L-Thyroxine", "Methylfenidaat (Rilatine)")
# Support cases: type, origin, subject, description, in the member's language.
CASE_TEMPLATES = {
    "nl": (
        ("Billing", "Dubbele domiciliëring", "Beste, in oktober is er twee keer {amount} euro van mijn rekening {iban} "
         "gedomicilieerd. Graag terugstorten. Mvg, {name}"),
        ("Injury", "Ongeval kleedkamer {club_name}", "Ik ben uitgegleden in de douche van {club_name} en heb mijn pols "
         "verstuikt. Kan dit via jullie verzekering? Bel me op {phone}."),
        ("Mutuality form", "Attest ziekenfonds - {name}", "Mag ik het formulier van de CM voor de terugbetaling van "
         "mijn abonnement? Mijn rijksregisternummer is {nrn}. Groeten, {name}"),
        ("Access", "Polsbandje defect", "Mijn polsbandje werkt niet meer aan de inkom van {club_name}. Gelieve een "
         "nieuw te voorzien, ik kom donderdag."),
        ("Freeze", "Abonnement pauzeren", "Ik ben zwanger en wil mijn abonnement pauzeren vanaf volgende maand. Mijn "
         "gynaecoloog raadt intensief sporten af. {name}"),
        ("Account", "Nieuw e-mailadres", "Gelieve voortaan mijn nieuwe e-mailadres te gebruiken: {email}. Het oude "
         "werkt niet meer."),
        ("Lost and found", "Portefeuille verloren", "Bruine lederen portefeuille verloren in de kleedkamer, met "
         "identiteitskaart op naam van {name}. Tel {phone}."),
        ("Complaint", "Airco groepsles", "De airco in de groepslesruimte van {club_name} werkt al twee weken niet."),
    ),
    "fr": (
        ("Billing", "Double prélèvement", "Bonjour, j'ai été prélevé deux fois ce mois-ci sur le compte {iban}. "
         "Merci de me rembourser. {name}"),
        ("Cancellation", "Résiliation", "Je souhaite résilier mon abonnement, je déménage. Vous pouvez me joindre au "
         "{phone} ou à {email}."),
        ("GDPR", "Demande RGPD - {name}", "Je voudrais une copie de toutes mes données, y compris les photos de la "
         "borne d'entrée. {name}, né(e) le {birth}."),
        ("Injury", "Blessure pendant le cours", "Mon fils {partner} (16 ans) s'est blessé au genou pendant le cours de "
         "body pump, le coach n'a rien fait. {name}, {phone}"),
        ("Mutuality form", "Attestation mutualité", "Attestation pour la mutualité (Solidaris) svp. Numéro national: "
         "{nrn}."),
        ("Complaint", "Vestiaires sales", "Les vestiaires de {club_name} sont sales le dimanche matin."),
    ),
    "en": (
        ("Billing", "Charged twice", "Hi, I was charged twice in October. Please refund to {iban}. Thanks, {name}"),
        ("Access", "Temperature scanner", "The temperature scanner at the entrance of {club_name} refused me twice "
         "(37.9) but I'm not sick, I just cycled there. Please call {phone}."),
        ("GDPR", "Delete my data", "Please delete my account and all my data (GDPR). My e-mail is {email}. {name}"),
        ("Complaint", "Music too loud", "The music in the free weights area is far too loud in the evening."),
    ),
}
TRAINER_NOTES = (None, None, None, "Doel: -5 kg voor de zomer", "Knieklachten, geen squats met gewicht",
                 "Objectif: prise de masse, 4x/semaine", "Type 2 diabetes, check glucose before HIIT",
                 "Na bevalling (6 mnd), core opbouwen, geen crunches (diastase)",
                 "Hypertensie - hartslag onder 150 houden", "Prépare les 20 km de Bruxelles",
                 "Schouderprothese rechts, max 5 kg boven het hoofd",
                 "Anorexie in het verleden: niet focussen op gewicht")
HR_REMARKS = (None, None, None, None, "Ziekteverlof 12/03-30/04 (rugoperatie)", "Zwangerschapsverlof vanaf 01/09",
              "Tijdskrediet 4/5 tot eind 2026", "Arbeidsongeval 2023: val van ladder, pols gebroken",
              "Burn-out, re-integratietraject via arbeidsgeneesheer", "Loonbeslag: gerechtsdeurwaarder, ref. 2024/0123",
              "Congé parental 1/5 jusqu'en juin", "Incapacité de travail (dépression) depuis le 15/10",
              "Rijbewijs ingetrokken, geen bedrijfswagen meer", "Vakbondsafgevaardigde ACV")
CERTIFICATES = (None, "EREPS level 3", "EREPS level 4; EHBO 2024", "Les Mills BodyPump, RPM", "Bachelor LO (KU Leuven)",
                "Kinésithérapeute (INAMI)", "BLS/AED 2025", "Zumba B1, Aquagym", "Personal trainer NASM")
JOBS = (("Receptionist", 1), ("Receptionist", 1), ("Personal trainer", 1), ("Personal trainer", 1),
        ("Groepsles instr.", 1), ("Clubmanager", 1), ("Schoonmaak", 5), ("Schoonmaak", 5), ("Technieker", 5),
        ("Sales consultant", 2), ("Boekhouder", 3), ("HR medewerker", 4))
STAFF_ORIGINS = {  # citizenship: weight, first names, last names, country of birth, passport draw
    "BE": (78, None, None, "BE"),
    "MA": (9, ("Yassine", "Fatima", "Mohamed", "Samira", "Karim", "Nadia", "Ilias", "Soukaina"),
           ("El Amrani", "Benali", "Bouzid", "El Idrissi", "Azzouzi", "Haddouchi"), "MA"),
    "TR": (6, ("Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe"), ("Yılmaz", "Demir", "Kaya", "Çelik", "Şahin"),
           "TR"),
    "PL": (4, ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena"), ("Nowak", "Kowalski", "Wiśniewska",
                                                                             "Zieliński", "Kamińska"), "PL"),
    "RO": (4, ("Ioana", "Andrei", "Elena", "Mihai"), ("Popescu", "Ionescu", "Dumitru", "Stan"), "RO"),
    "CD": (6, ("Grâce", "Patrick", "Christelle", "Jean-Pierre", "Merveille"), ("Mbuyi", "Kabila", "Tshibanda",
                                                                               "Lukusa", "Ilunga"), "CD"),
}
NON_EU = ("MA", "TR", "CD")
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "VitaPulse/3.6.2 (iPhone; iOS 18.1; Scale/3.00)", "VitaPulse/3.6.1 (Android 14; SM-S911B)",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
)
SUPPLIERS = (  # code, name, type, street, zip, city, country, phone, mailbox, site, VAT country
    ("S10001", "FitTech Benelux BV", "S", "Industrieweg 14", "3001", "Heverlee", "BE", "+32 16 40 22 10",
     "orders@fittech-benelux.be", "www.fittech-benelux.be", "BE"),
    ("S10002", "CleanPro Facility Services NV", "S", "Noorderlaan 301", "2030", "Antwerpen", "BE", "+32 3 541 20 00",
     "facturatie@cleanpro.be", "www.cleanpro.be", "BE"),
    ("S10003", "Vastgoed Meir NV", "S", "Meir 78", "2000", "Antwerpen", "BE", "+32 3 226 90 90",
     "huur@vastgoedmeir.be", "www.vastgoedmeir.be", "BE"),
    ("S10004", "SecurAccess Systems SRL", "S", "Rue de l'Industrie 22", "1400", "Nivelles", "BE", "+32 67 21 43 00",
     "support@securaccess.be", "www.securaccess.be", "BE"),
    ("S10005", "BodyScan Benelux BV", "S", "Stationsplein 45", "3511", "Utrecht", "NL", "+31 30 230 44 00",
     "service@bodyscan-benelux.nl", "www.bodyscan-benelux.nl", "NL"),
    ("S10006", "GroupMoves Europe GmbH", "S", "Theresienstraße 6", "80333", "München", "DE", "+49 89 2190 3300",
     "licensing@groupmoves.eu", "www.groupmoves.eu", "DE"),
    ("S10007", "Immobilière Sauvenière SA", "S", "Place Saint-Lambert 9", "4000", "Liège", "BE", "+32 4 232 11 11",
     "gestion@sauveniere-immo.be", None, "BE"),
    ("S10008", "AquaTherm Wellness Techniek BV", "S", "Ambachtenlaan 3", "9080", "Lochristi", "BE",
     "+32 9 355 60 60", "service@aquatherm.be", "www.aquatherm.be", "BE"),
    ("S10009", "Italia Fitness Forniture S.r.l.", "S", "Via Emilia Ovest 1180", "41123", "Modena", "IT",
     "+39 059 822 1100", "export@italiafitness.it", "www.italiafitness.it", "IT"),
    ("S10010", "Drukkerij De Schelde BV", "S", "Kapelsesteenweg 500", "2180", "Ekeren", "BE", "+32 3 664 12 12",
     "info@drukkerijdeschelde.be", "www.drukkerijdeschelde.be", "BE"),
    ("C20001", "Scheldt Port Logistics NV", "C", "Haven 1025", "2030", "Antwerpen", "BE", "+32 3 205 20 20",
     "hr@scheldtlogistics.be", "www.scheldtlogistics.be", "BE"),
    ("C20002", "Brabo Consulting BV", "C", "Frankrijklei 115", "2000", "Antwerpen", "BE", "+32 3 202 44 00",
     "welzijn@braboconsulting.be", "www.braboconsulting.be", "BE"),
    ("C20003", "Mosane Ingénierie SA", "C", "Quai de la Boverie 2", "4020", "Liège", "BE", "+32 4 349 90 00",
     "rh@mosane-ingenierie.be", "www.mosane-ingenierie.be", "BE"),
    ("C20004", "Leuven BioTech Partners NV", "C", "Kapeldreef 60", "3001", "Heverlee", "BE", "+32 16 28 11 00",
     "people@lbtp.be", "www.lbtp.be", "BE"),
    ("C20005", "Ganda Software BV", "C", "Ottergemsesteenweg-Zuid 808", "9000", "Gent", "BE", "+32 9 330 70 70",
     "hr@gandasoftware.be", "www.gandasoftware.be", "BE"),
    ("C20006", "Fédération des Mutualités Namuroises ASBL", "C", "Rue des Tanneries 7", "5000", "Namur", "BE",
     "+32 81 24 70 00", "comptabilite@fmn.be", None, "BE"),
    ("C20007", "EuroLex Brussels SRL", "C", "Avenue Louise 326", "1050", "Ixelles", "BE", "+32 2 640 11 00",
     "office@eurolex.brussels", "www.eurolex.brussels", "BE"),
)
CORPORATE = ("C20001", "C20002", "C20003", "C20004", "C20005", "C20006", "C20007")
_SF_ALPHABET = string.digits + string.ascii_uppercase + string.ascii_lowercase


@dataclass
class GymChain:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the chain's or its partners')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def sf_id(prefix: str, body: str) -> str:
    """A Salesforce id: 15 case-sensitive characters and the 3-character suffix that spells
    which of them are upper case, so that the id survives case-insensitive systems."""
    short = (prefix + "5J" + "0" * 10)[: 15 - len(body)] + body
    suffix = ""
    for start in (0, 5, 10):
        bits = sum(1 << i for i, ch in enumerate(short[start : start + 5]) if ch.isupper())
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return short + suffix


def national_number(born: str, serial: int, bis: bool = False) -> str:
    """A Belgian national register number (rijksregisternummer): YYMMDD, a serial (odd for
    men, even for women) and 97 minus the first nine digits mod 97 (with a 2 before them
    for people born from 2000). A BIS number adds 40 to the month."""
    month = int(born[5:7]) + (40 if bis else 0)
    body = f"{born[2:4]}{month:02d}{born[8:10]}{serial:03d}"
    base = int(("2" if born[:4] >= "2000" else "") + body)
    return body + f"{97 - base % 97:02d}"


def enterprise_number(seven: str) -> str:
    """A Belgian enterprise (and VAT) number: 0, seven digits, 97 minus the eight mod 97."""
    body = "0" + seven
    return body + f"{97 - int(body) % 97:02d}"


def structured_reference(ten: str) -> str:
    """A Belgian structured communication (OGM/VCS): ten digits and their mod 97 (97 for 0)."""
    check = int(ten) % 97 or 97
    digits = ten + f"{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def php_serialize(value: Any) -> str:
    """PHP's serialize() for the strings, ints, lists and dicts a Laravel session holds."""
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if value is None:
        return "N;"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    items = value.items() if isinstance(value, dict) else enumerate(value)
    inner = "".join(php_serialize(k) + php_serialize(v) for k, v in items)
    return f"a:{len(value)}:{{{inner}}}"


class _Maker(apps.Unique):
    """Draws the chain's values; every phone, e-mail, IBAN and identifier it gives is new."""

    def __init__(self, rng: random.Random, m: GymChain) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def sfid(self, prefix: str) -> str:
        return self.unique(lambda: sf_id(prefix, "".join(self.rng.choices(_SF_ALPHABET, k=6))))

    def mobile(self, country: str | None = None) -> str:
        """A mobile number as the person typed it: Belgian in many layouts, or foreign with +."""
        rng = self.rng
        if country in FOREIGN_MOBILE:
            head, k = FOREIGN_MOBILE[country]
            tail = self.unique(lambda: self.digits(k))
            return f"{head}{tail[:2]} {tail[2:5]} {tail[5:]}" if rng.random() < 0.7 else f"{head}{tail}"
        d = self.unique(lambda: rng.choice(MOBILE_PREFIXES) + self.digits(6))
        return rng.choice((f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0{d}",
                           f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32{d}", f"0032 {d[:3]} {d[3:]}",
                           f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}/{d[3:]}"))

    def landline(self, region: str) -> str:
        zone = ZONES[region]
        d = self.unique(lambda: zone + self.digits(8 - len(zone)))
        rest = d[len(zone):]
        if len(zone) == 1:
            return self.rng.choice((f"0{zone} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+32 {zone} {rest[:3]} {rest[3:5]} "
                                    f"{rest[5:]}", f"0{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}"))
        return self.rng.choice((f"0{zone} {rest[:2]} {rest[2:4]} {rest[4:]}", f"+32 {zone} {rest[:2]} {rest[2:4]} "
                                f"{rest[4:]}"))

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{family}.{given}",
                           f"{given}_{family}", f"{given}.{family}{rng.randint(70, 99)}",
                           f"{given}{rng.randint(1, 99)}"))
        while True:
            local = base if rng.random() < 0.6 else base + str(rng.randint(1, 99))
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.m.emails:
                self.m.emails.add(address.casefold())
                return address

    def work_email(self, first: str, last: str) -> str:
        """first.last@ of the chain, as IT creates them (a digit when the name is taken)."""
        given, family = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        address, n = f"{given}.{family}@{OWN_DOMAIN}", 1
        while address.casefold() in self.m.emails:
            n += 1
            address = f"{given}.{family}{n}@{OWN_DOMAIN}"
        self.m.emails.add(address.casefold())
        return address

    def iban(self, country: str = "BE", personal: bool = True) -> tuple[str, str]:
        """An IBAN (compact) and its bank's BIC."""
        rng = self.rng
        bic = ""

        def draw() -> str:
            nonlocal bic
            if country == "BE":
                bank, bic = rng.choice(BANKS)
                first = bank + self.digits(7)
                bban = first + f"{int(first) % 97 or 97:02d}"
            elif country == "NL":
                code = rng.choice(("INGB", "ABNA", "RABO", "SNSB", "TRIO", "BUNQ"))
                bic, bban = code + "NL2A", code + self.digits(10)
            elif country == "FR":
                bank = rng.choice(("30004", "30003", "20041", "10278"))
                branch, account = self.digits(5), self.digits(11)
                key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
                bic, bban = "BNPAFRPP", f"{bank}{branch}{account}{key:02d}"
            elif country == "LU":
                bic, bban = "BCEELULL", rng.choice(("001", "002", "003")) + self.digits(13)
            elif country == "LT":  # Revolut
                bic, bban = "REVOLT21", "32500" + self.digits(11)
            else:
                bic, bban = "COBADEFF", rng.choice(("10070000", "37040044", "50010517")) + self.digits(10)
            return country + iban_check_digits(country, bban) + bban

        compact = self.unique(draw)
        if personal:
            self.m.ibans.add(compact)
        return compact, bic

    def personal_iban(self) -> tuple[str, str]:
        countries = list(FOREIGN_IBAN_WEIGHTS)
        return self.iban(self.rng.choices(countries, [FOREIGN_IBAN_WEIGHTS[c] for c in countries])[0])


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (6, 22)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng)


def _after(rng: random.Random, when: str, within: int = 400) -> str:
    """A moment after `when` and not after the day of the dump."""
    start = dt.date.fromisoformat(when[:10])
    if start >= TODAY:
        return when
    later = _at(start + dt.timedelta(days=rng.randint(0, min(within, (TODAY - start).days))), rng, (0, 23))
    return later if later > when else when


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.12:
        prefix = rng.choice(("2a02:1811:", "2a02:a03f:", "2a02:2788:"))  # Telenet, Proximus, Orange Belgium
        return prefix + f"{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    return apps.ipv4(rng, (78, 81, 84, 91, 94, 109, 178, 188, 212))


def _bcrypt(rng: random.Random) -> str:
    alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return "$2y$12$" + "".join(rng.choices(alphabet, k=53))


def _laravel_encrypted(rng: random.Random) -> str:
    """An Illuminate\\Encryption payload: base64 of the JSON of iv, value and mac."""
    inner = {"iv": b64(rng.randbytes(16)) + "==", "value": b64(rng.randbytes(48)),
             "mac": rng.randbytes(32).hex(), "tag": ""}
    raw = json.dumps(inner, separators=(",", ":")).replace("/", "\\/").encode()
    return b64(raw) + "=" * (-len(b64(raw)) % 4)


def _random_str(rng: random.Random, k: int) -> str:
    """Laravel's Str::random."""
    return "".join(rng.choices(string.ascii_letters + string.digits, k=k))


def _fcm_token(rng: random.Random) -> str:
    """A Firebase Cloud Messaging registration token: an instance id, :APA91b and 134 characters."""
    return _random_str(rng, 22) + ":APA91b" + b64(rng.randbytes(100), url=True)[:134]


def _jpeg(rng: random.Random) -> bytes:
    """A JFIF file's framing with the enrolment station's comment: a face photo."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    comment = b"BioStation 3 enrol"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(300, 800))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with its fields filled; a field's maker is called only when the template
    has the field, so no value is drawn for nothing."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _region(code: str) -> str:
    return code.split("-")[0]


def _reference(rng: random.Random, m: GymChain, make: _Maker) -> dict[str, str]:
    """Clubs, plans, business partners, settings and devices; returns the clubs' sfids by code."""
    club_ids: dict[str, str] = {}
    m.rows["club__c"] = []
    for i, (code, name, street, zipcode, city, phone, lat, lon, cap, opened, wellness, _) in enumerate(CLUBS, 1):
        club_ids[code] = make.sfid("a01")
        created = f"{opened} 09:00:00"
        m.rows["club__c"].append((
            i, club_ids[code], name, code, street, zipcode, city, phone,
            f"{code.lower().replace('-', '.')}@{OWN_DOMAIN}", lat, lon, float(cap), opened, wellness, False, created,
            _moment(rng, 2024, 2025), "SYNCED", None))
    m.rows["membership_plan__c"] = []
    for i, (code, name, fee, joining, term, everywhere, wellness, active) in enumerate(PLANS, 1):
        m.rows["membership_plan__c"].append((
            i, make.sfid("a02"), name, code, float(fee), float(joining), float(term), everywhere, wellness, active,
            False, _moment(rng, 2023, 2025), "SYNCED", None))
    m.rows["OCRD"] = []
    for code, name, kind, street, zipcode, city, country, phone, mailbox, site, vat_country in SUPPLIERS:
        if vat_country == "BE":
            number = enterprise_number(str(rng.randint(4000000, 8999999)))
            vat = rng.choice((f"BE{number}", f"BE {number[:4]}.{number[4:7]}.{number[7:]}"))
            iban, bic = make.iban("BE", personal=False)
        elif vat_country == "NL":
            vat, (iban, bic) = f"NL{make.digits(9)}B01", make.iban("NL", personal=False)
        elif vat_country == "DE":
            vat, (iban, bic) = f"DE{make.digits(9)}", make.iban("DE", personal=False)
        else:
            vat, iban, bic = f"IT{make.digits(11)}", "IT60X0542811101000000123456", "BPMOIT22"
        created = _day(rng, 2016, 2023)
        m.rows["OCRD"].append((
            code, name, kind, 100 if kind == "S" else 101, street, zipcode, city, country, phone, mailbox, site, vat,
            grouped(iban) if rng.random() < 0.5 else iban, bic,
            Decimal(rng.randint(-2500000, 4000000)) / 100, "EUR", "Y", created, _day(rng, 2024, 2025)))
    own = enterprise_number("7123456")
    own_iban, own_bic = make.iban("BE", personal=False)
    creditor = "BE" + iban_check_digits("BE", own) + "ZZZ" + own
    settings = (
        ("general", "company_name", "VitaPulse Clubs NV"),
        ("general", "vat_number", f"BE {own[:4]}.{own[4:7]}.{own[7:]}"),
        ("general", "address", "Noorderlaan 133, 2030 Antwerpen"),
        ("general", "phone", "+32 3 290 12 00"),
        ("general", "support_email", f"support@{OWN_DOMAIN}"),
        ("general", "privacy_email", f"privacy@{OWN_DOMAIN}"),
        ("sepa", "creditor_id", creditor),
        ("sepa", "iban", grouped(own_iban)),
        ("sepa", "bic", own_bic),
        ("sepa", "collection_day", 5),
        ("mollie", "profile_id", "pfl_" + _random_str(rng, 10)),
        ("mollie", "webhook_url", "https://app.vitapulse.be/webhooks/mollie"),
        ("access", "tailgating_alarm_seconds", 8),
        ("access", "temperature_threshold", 37.8),
        ("app", "min_ios_version", "3.4.0"),
        ("app", "min_android_version", "3.4.0"),
        ("gdpr", "retention_months_after_cancellation", 24),
        ("gdpr", "access_log_retention_days", 365),
        ("classes", "max_bookings_per_week", 10),
        ("firebase", "project_id", "vitapulse-app-prod"),
        ("notifications", "payment_failed_subject", {"nl": "Je betaling is mislukt", "fr": "Votre paiement a échoué"}),
    )
    m.rows["settings"] = [(i, group, name, group in ("sepa", "gdpr"), json.dumps(value, ensure_ascii=False),
                           "2023-02-14 10:00:00", _moment(rng, 2023, 2025))
                          for i, (group, name, value) in enumerate(settings, 1)]
    m.rows["t_dev"] = []
    for n, (code, *_rest) in enumerate(CLUBS, 1):
        kinds = [("IN 1", "BS3"), ("IN 2", "FSF2"), ("TURNSTILE", "BEW3")]
        if _rest[9]:
            kinds.append(("WELLNESS", "BEW3"))
        for label, kind in kinds:
            devid = len(m.rows["t_dev"]) + 1
            m.rows["t_dev"].append((
                devid, f"{code} {label}", code, kind, make.unique(lambda: f"{kind[:3]}{make.digits(9)}"),
                f"10.{20 + n}.40.{10 + devid}", "00:17:FC:" + ":".join(f"{rng.randint(0, 255):02X}" for _ in range(3)),
                rng.choice(("1.2.1", "1.3.0", "2.1.4")),
                _at(TODAY - dt.timedelta(days=rng.randint(0, 2)), rng, (0, 23)), rng.random() < 0.95))
    return club_ids


def _members(rng: random.Random, m: GymChain, make: _Maker, fakes: dict[str, Faker],
             club_ids: dict[str, str]) -> list[dict]:
    origins = list(ORIGINS)
    people = []
    m.rows["contact"] = []
    for i in range(1, MEMBER_COUNT + 1):
        origin = rng.choices(origins, [ORIGINS[o][1] for o in origins])[0]
        locale, _, lang, foreign = ORIGINS[origin]
        fake = fakes[origin]
        sex = rng.choice("MF")
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        last = fake.last_name()
        if origin == "nl":
            club = rng.choices([c for c in CLUBS if c[11] == "nl"] + [CLUBS[5]], (22, 14, 22, 12, 18, 6))[0]
        elif origin == "fr":
            club = rng.choice([c for c in CLUBS if c[11] == "fr"])
        else:
            club = rng.choices(CLUBS, (10, 2, 3, 1, 8, 30, 20, 6, 2))[0]
        region = _region(club[0])
        zipcode, city = rng.choice(TOWNS[region])
        writes = lang if lang != "fr" or region in ("BXL", "LGE", "NAM") else "en"
        streets = STREETS_NL if region in ("ANT", "GNT", "LEU") else STREETS_FR
        box = rng.choice((" bus 3", " bus 12", "A", "/2")) if rng.random() < 0.2 else ""
        number = f"{rng.randint(1, 240)}" + (box.replace("bus", "bte") if streets is STREETS_FR else box)
        born = _day(rng, 1956, 2008)
        student = born >= "1999" and rng.random() < 0.5
        email = None
        if rng.random() < 0.97:
            domains = MAIL_DOMAINS.get(origin, MAIL_DOMAINS["xx"])
            email = make.email(first, last, STUDENT_DOMAINS if student and rng.random() < 0.3 else domains)
        phone = make.mobile(foreign if foreign and rng.random() < 0.5 else None) if rng.random() < 0.96 else None
        nrn = None
        if rng.random() < 0.42:
            digits = make.unique(lambda: national_number(born, rng.randrange(1 if sex == "M" else 2, 998, 2)))
            nrn = rng.choice((digits, f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}",
                              f"{digits[:6]} {digits[6:9]} {digits[9:]}", f"{digits[:6]}-{digits[6:9]}-{digits[9:]}"))
        partner_fake = fakes[origin]
        partner = f"{partner_fake.first_name()} {rng.choice((last, partner_fake.last_name()))}"
        created = _moment(rng, 2016, 2025)
        person = {"id": i, "sfid": make.sfid("003"), "first": first, "last": last, "sex": sex, "born": born,
                  "email": email, "phone": phone, "lang": writes, "origin": origin, "club": club, "region": region,
                  "street": f"{rng.choice(streets)} {number}", "zip": zipcode, "city": city, "nrn": nrn,
                  "partner": partner, "created": created, "student": student,
                  "member_no": make.unique(lambda: "VP" + make.digits(8)), "lead": rng.random() < 0.08}
        note_lang = writes if writes in SALES_NOTES else "en"
        company = rng.choice(SUPPLIERS[10:])[1]
        description = _fill(rng.choice(SALES_NOTES[note_lang]), company=lambda: company,
                            phone=lambda: phone or make.mobile(), partner=lambda: partner,
                            email=lambda: email or make.email(first, last, MAIL_DOMAINS["xx"]))
        emergency = None
        if rng.random() < 0.6:
            rel_lang = writes if writes in RELATIONS else "en"
            emergency = EMERGENCY.format(partner=partner, relation=rng.choice(RELATIONS[rel_lang]),
                                         phone=make.mobile())
        lastop, error = rng.choices((("SYNCED", None), ("UPDATED", None), ("FAILED", "err")), (88, 6, 6))[0]
        if error:
            if email and rng.random() < 0.5:
                error = json.dumps({"op": "UPDATE", "src": "HC", "count": 1,
                                    "sf_message": f"DUPLICATES_DETECTED: You're creating a duplicate record: Email "
                                                  f"{email} already exists on contact {make.sfid('003')}"})
            else:
                error = json.dumps({"op": "UPDATE", "src": "HC", "count": 1,
                                    "sf_message": "FIELD_CUSTOM_VALIDATION_EXCEPTION: MobilePhone must start with +32 "
                                                  f"or 04: {phone or make.mobile()}"})
        salutation = SALUTATIONS.get(writes, SALUTATIONS["en"])[sex] if rng.random() < 0.7 else None
        gender = {"M": "Male", "F": "Female"}[sex] if rng.random() < 0.85 else rng.choice(("Non-binary", None))
        m.rows["contact"].append((
            i, person["sfid"], salutation, first, last.upper() if rng.random() < 0.05 else last,
            born if rng.random() < 0.97 else None, gender, email, phone,
            make.landline(region) if rng.random() < 0.14 else None, person["street"], zipcode, city,
            rng.choice(COUNTRY_NAMES), {"nl": "Nederlands", "fr": "Français"}.get(writes, "English"), nrn,
            person["member_no"], club_ids[club[0]], emergency, description,
            rng.choice(("Web", "Web", "Walk-in", "Referral", "Corporate", "Facebook", "Instagram")),
            rng.random() < 0.3, False, created, _after(rng, created), lastop, error))
        people.append(person)
    return people


def _memberships(rng: random.Random, m: GymChain, make: _Maker, people: list[dict], club_ids: dict[str, str]) -> None:
    m.rows["membership__c"] = []
    m.rows["health_questionnaire__c"] = []
    plan_ids = {row[3]: row[1] for row in m.rows["membership_plan__c"]}
    fees = {p[0]: Decimal(p[2]) for p in PLANS}
    for p in people:
        if p["lead"]:
            continue
        terms = ["current"] + (["earlier"] if rng.random() < 0.15 else [])
        p["status"] = None
        for term in reversed(terms):
            if p["student"]:
                plan = rng.choice(("STUDENT", "STUDENT", "BASIC"))
            elif p["born"] < "1960":
                plan = rng.choice(("SENIOR", "BASIC", "COMFORT"))
            else:
                plan = rng.choices(("BASIC", "COMFORT", "PREMIUM", "CORPORATE", "FLEX"), (30, 30, 20, 12, 8))[0]
            if term == "earlier":
                status = "Cancelled"
                start = _day(rng, 2016, 2021)
                end = (dt.date.fromisoformat(start) + dt.timedelta(days=rng.randint(200, 900))).isoformat()
            else:
                status = rng.choices(("Active", "Frozen", "Cancelled", "Pending"), (70, 5, 20, 5))[0]
                start = max(p["created"][:10], _day(rng, 2018, 2025))
                start = min(start, TODAY.isoformat())
                end = None
                if status == "Cancelled":
                    later = dt.date.fromisoformat(start) + dt.timedelta(days=rng.randint(180, 900))
                    end = min(later, TODAY).isoformat()
                p["status"] = status
            corporate = rng.choice(CORPORATE) if plan == "CORPORATE" else None
            method = ("Corporate" if corporate and rng.random() < 0.6 else
                      rng.choices(("SEPA Direct Debit", "Bancontact", "Bank transfer"), (86, 8, 6))[0])
            iban = bic = holder = mandate = signed = None
            if method == "SEPA Direct Debit":
                compact, bic = make.personal_iban()
                iban = grouped(compact) if rng.random() < 0.45 else compact
                holder = f"{p['first']} {p['last']}"
                if p["student"] and rng.random() < 0.4:
                    holder = p["partner"]  # a parent pays
                elif rng.random() < 0.15:
                    holder = holder.upper()
                mandate = make.unique(lambda: f"VP{make.digits(7)}-01")
                signed = start
            reference = structured_reference(make.unique(lambda: make.digits(10)))
            freeze = rng.choice(FREEZE_REASONS) if status == "Frozen" else None
            cancel = None
            if status == "Cancelled" and rng.random() < 0.8:
                cancel = _fill(rng.choice(CANCEL_REASONS), city=lambda: rng.choice(("Brugge", "Lyon", "Hasselt",
                                                                                    "Mons", "Rotterdam")),
                               email=lambda: p["email"] or make.email(p["first"], p["last"], MAIL_DOMAINS["xx"]),
                               partner=lambda: p["partner"], address=lambda: f"{p['street']}, {p['zip']} {p['city']}")
            fee = fees[plan] * (Decimal("0.85") if corporate else 1)
            created = _at(dt.date.fromisoformat(start), rng)
            m.rows["membership__c"].append((
                len(m.rows["membership__c"]) + 1, make.sfid("a03"), f"MS-{len(m.rows['membership__c']) + 10231:06d}",
                p["sfid"], plan_ids[plan], club_ids[p["club"][0]], start, end, status,
                float(fee.quantize(Decimal("0.01"))),
                method, iban, holder, bic, mandate, signed, reference, corporate, freeze, cancel, False, created,
                _after(rng, created), rng.choices(("SYNCED", "UPDATED"), (95, 5))[0], None))
        # the PAR-Q, signed at the first visit (and again after a freeze, now and then)
        for _ in range(rng.choices((0, 1, 2), (10, 82, 8))[0]):
            pregnant = p["sex"] == "F" and "1980" < p["born"] < "2002" and rng.random() < 0.06
            heart, chest = rng.random() < 0.04, rng.random() < 0.03
            completed = _after(rng, p["created"], 30)
            signer = f"{p['first']} {p['last']}" if p["born"] < "2008" or rng.random() < 0.5 else p["partner"]
            m.rows["health_questionnaire__c"].append((
                len(m.rows["health_questionnaire__c"]) + 1, make.sfid("a04"),
                f"HQ-{len(m.rows['health_questionnaire__c']) + 5001:06d}", p["sfid"], completed, heart, chest,
                rng.random() < 0.15, pregnant, rng.choice(CONDITIONS) if rng.random() < 0.3 else None,
                rng.choice(MEDICATIONS) if rng.random() < 0.2 else None, heart or chest, signer, False,
                _after(rng, completed), "SYNCED", None))


def _cases(rng: random.Random, m: GymChain, make: _Maker, people: list[dict], club_ids: dict[str, str],
           fakes: dict[str, Faker]) -> None:
    m.rows["case"] = []
    for n in range(1, CASE_COUNT + 1):
        known = rng.random() < 0.85
        if known:
            p = rng.choice(people)
        else:  # web-to-case from someone who is not (yet) a member
            origin = rng.choice(("nl", "fr", "en"))
            fake = fakes[origin]
            sex = rng.choice("MF")
            first = fake.first_name_male() if sex == "M" else fake.first_name_female()
            last = fake.last_name()
            p = {"sfid": None, "first": first, "last": last, "email": make.email(first, last, MAIL_DOMAINS["xx"]),
                 "phone": make.mobile(), "lang": origin if origin in CASE_TEMPLATES else "en",
                 "club": rng.choice(CLUBS),
                 "born": _day(rng, 1960, 2006), "partner": f"{fake.first_name()} {last}", "nrn": None, "sex": sex}
        lang = p["lang"] if p["lang"] in CASE_TEMPLATES else "en"
        kind, subject, body = rng.choice(CASE_TEMPLATES[lang])
        name = f"{p['first']} {p['last']}"

        def nrn() -> str:
            if p["nrn"]:
                return p["nrn"]
            digits = national_number(p["born"], rng.randrange(1 if p["sex"] == "M" else 2, 998, 2))
            return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}"

        def iban() -> str:
            compact = make.personal_iban()[0]
            return grouped(compact) if rng.random() < 0.6 else compact

        fields = dict(name=lambda: name, phone=lambda: p["phone"] or make.mobile(), club_name=lambda: p["club"][1],
                      email=lambda: make.email(p["first"], p["last"], MAIL_DOMAINS["xx"]), iban=iban, nrn=nrn,
                      amount=lambda: rng.choice(("29,99", "39,99", "54,99")), birth=lambda: p["born"],
                      partner=lambda: p["partner"])
        origin = rng.choice(("Web", "Email", "Phone", "Front Desk", "App"))
        supplied = origin in ("Web", "Email") or not known
        created = _moment(rng, 2023, 2025)
        status = rng.choices(("Closed", "New", "Working", "Escalated"), (70, 12, 13, 5))[0]
        closed = _after(rng, created, 20) if status == "Closed" else None
        m.rows["case"].append((
            n, make.sfid("500"), f"{n + 40213:08d}", p["sfid"], club_ids[p["club"][0]], origin, kind,
            _fill(subject, **fields), _fill(body, **fields), name if supplied else None,
            (p["email"] or make.email(p["first"], p["last"], MAIL_DOMAINS["xx"])) if supplied else None,
            (p["phone"] if rng.random() < 0.7 else None) if supplied else None, status,
            rng.choices(("Low", "Medium", "High"), (30, 55, 15))[0], status == "Closed", created, closed, False,
            _after(rng, created), "SYNCED", None))


def _app(rng: random.Random, m: GymChain, make: _Maker, people: list[dict]) -> list[dict]:
    for table in ("users", "sessions", "personal_access_tokens", "body_scans", "failed_jobs"):
        m.rows[table] = []
    users = [p for p in people if p.get("status") in ("Active", "Frozen", "Pending") and p["email"]
             and rng.random() < 0.85]
    for n, p in enumerate(users, 1):
        p["user"] = n
        created = _after(rng, p["created"], 60)
        signed = _after(rng, created) if rng.random() < 0.92 else None
        m.rows["users"].append((
            n, p["sfid"], f"{p['first']} {p['last']}", p["email"],
            _after(rng, created, 3) if rng.random() < 0.9 else None,
            _bcrypt(rng), _random_str(rng, 60) if rng.random() < 0.4 else None,
            _laravel_encrypted(rng) if rng.random() < 0.1 else None,
            _fcm_token(rng) if rng.random() < 0.6 else None,
            {"nl": "nl", "fr": "fr"}.get(p["lang"], "en"), signed, _ip(rng) if signed else None, created,
            _after(rng, created)))
    for n in range(1, SESSION_COUNT + 1):
        user = rng.choice(users) if rng.random() < 0.6 else None
        seen = _at(TODAY - dt.timedelta(days=rng.randint(0, 14)), rng, (0, 23))
        data: dict[str, Any] = {"_token": _random_str(rng, 40),
                                "_previous": {"url": "https://app.vitapulse.be/" + rng.choice(
                                    ("dashboard", "classes", "login", "account/membership", "scans"))},
                                "_flash": {"old": [], "new": []}}
        if user:
            data["login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d"] = user["user"]
        payload = b64(php_serialize(data).encode())
        m.rows["sessions"].append((
            make.unique(lambda: _random_str(rng, 40)), user["user"] if user else None, _ip(rng),
            rng.choice(USER_AGENTS), payload + "=" * (-len(payload) % 4),
            int(dt.datetime.fromisoformat(seen).replace(tzinfo=dt.timezone.utc).timestamp())))
    for p in users:
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            created = _after(rng, p["created"])
            m.rows["personal_access_tokens"].append((
                len(m.rows["personal_access_tokens"]) + 1, "App\\Models\\User", p["user"],
                rng.choice(("vitapulse-ios", "vitapulse-android", "vitapulse-android", "kiosk")),
                make.unique(lambda: hashlib.sha256(rng.randbytes(40)).hexdigest()),
                rng.choice(('["*"]', '["classes:book","checkin"]', '["checkin"]')),
                _after(rng, created, 60) if rng.random() < 0.8 else None, None, created, created))
    for p in users:
        if rng.random() < 0.45:
            continue
        height = Decimal(rng.randint(1550, 1780) if p["sex"] == "F" else rng.randint(1650, 1980)) / 10
        weight = Decimal(rng.randint(520, 900) if p["sex"] == "F" else rng.randint(640, 1150)) / 10
        for _ in range(rng.choice((1, 1, 2, 3))):
            weight = max(Decimal("45.0"), weight + Decimal(rng.randint(-40, 25)) / 10)
            fat = Decimal(rng.randint(120, 380)) / 10
            muscle = (weight * (1 - fat / 100) * Decimal("0.55")).quantize(Decimal("0.1"))
            visceral = rng.randint(2, 16)
            measured = _after(rng, p["created"])
            club = p["club"][0]
            age = int(measured[:4]) - int(p["born"][:4])
            report = pdf_bytes([
                "VitaPulse Body Composition - InBody 570", f"Naam / Nom: {p['first']} {p['last']}",
                f"Leeftijd / Age: {age}   Geslacht / Sexe: {p['sex']}", f"Datum: {measured[:10]}  Club: {club}",
                f"Lengte: {height} cm   Gewicht: {weight} kg", f"Vetpercentage: {fat} %   Spiermassa: {muscle} kg",
                f"Visceraal vet: {visceral}"]) if rng.random() < 0.8 else None
            m.rows["body_scans"].append((
                len(m.rows["body_scans"]) + 1, p["user"], club, f"IB570-{CLUBS.index(p['club']) + 101}",
                measured, height if rng.random() < 0.9 else None, weight, fat, muscle, visceral, report,
                rng.choice(TRAINER_NOTES), measured, measured))
    return users


def _failed_jobs(rng: random.Random, m: GymChain, make: _Maker, users: list[dict], people: list[dict]) -> None:
    for n in range(1, FAILED_JOB_COUNT + 1):
        job_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        kind = rng.choices(("mail", "mollie", "push"), (55, 25, 20))[0]
        p = rng.choice(users if kind == "push" else [q for q in people if q["email"]])
        name = f"{p['first']} {p['last']}"
        failed = _moment(rng, 2025, 2025)
        if kind == "mail":
            mailable = rng.choice(("PaymentFailedMail", "WelcomeMemberMail", "ClassReminderMail",
                                   "FreezeConfirmedMail"))
            command = php_serialize({"mailable": mailable, "to": [{"name": name, "address": p["email"]}],
                                     "locale": {"nl": "nl", "fr": "fr"}.get(p["lang"], "en")})
            display = f"App\\Mail\\{mailable}"
            exception = (f"Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code \"250\" "
                         f"but got code \"550\", with message \"550 5.1.1 <{p['email']}>: Recipient address rejected: "
                         f"User unknown in virtual mailbox table\". in "
                         f"/var/www/app/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342\nStack trace:\n"
                         f"#0 /var/www/app/vendor/symfony/mailer/Transport/Smtp/"
                         f"SmtpTransport.php(198): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->"
                         f"assertResponseCode()\n#1 {{main}}")
        elif kind == "mollie":
            compact = make.personal_iban()[0]
            shown = grouped(compact) if rng.random() < 0.5 else compact
            command = php_serialize({"job": "CreateMandate", "customer": "cst_" + _random_str(rng, 10),
                                     "consumerName": name, "consumerAccount": compact})
            display = "App\\Jobs\\CreateMollieMandate"
            exception = (f"Mollie\\Api\\Exceptions\\ApiException: [{failed.replace(' ', 'T')}+0000] Error executing "
                         f"API call (422: Unprocessable Entity): The consumer account is invalid: {shown}. Field: "
                         f"consumerAccount. in /var/www/app/vendor/mollie/mollie-api-php/src/Exceptions/"
                         f"ApiException.php:132\nStack trace:\n#0 {{main}}")
        else:
            token = _fcm_token(rng)
            command = php_serialize({"notification": "ClassCancelledNotification", "notifiable": p["user"],
                                     "fcm_token": token, "title": f"Hoi {p['first']}, je les is geannuleerd"})
            display = "App\\Notifications\\ClassCancelledNotification"
            exception = ("Kreait\\Firebase\\Exception\\Messaging\\NotFound: Requested entity was not found. in "
                         "/var/www/app/vendor/kreait/firebase-php/src/Firebase/Exception/Messaging/NotFound.php:38\n"
                         "Stack trace:\n#0 {main}")
        payload = {"uuid": job_uuid, "displayName": display, "job": "Illuminate\\Queue\\CallQueuedHandler@call",
                   "maxTries": 3, "maxExceptions": None, "failOnTimeout": False, "backoff": "60,300",
                   "timeout": 120, "retryUntil": None,
                   "data": {"commandName": display, "command": command}}
        m.rows["failed_jobs"].append((n, job_uuid, "redis", rng.choice(("default", "mail", "notifications")),
                                      json.dumps(payload, ensure_ascii=False), exception, failed))


def _staff(rng: random.Random, m: GymChain, make: _Maker, fakes: dict[str, Faker]) -> list[dict]:
    m.rows["OHEM"] = []
    staff = []
    origins = list(STAFF_ORIGINS)
    for i in range(1, STAFF_COUNT + 1):
        origin = rng.choices(origins, [STAFF_ORIGINS[o][0] for o in origins])[0]
        sex = rng.choice("MF")
        if origin == "BE":
            fake = fakes[rng.choice(("nl", "nl", "fr"))]
            first = fake.first_name_male() if sex == "M" else fake.first_name_female()
            last = fake.last_name()
        else:
            first, last = rng.choice(STAFF_ORIGINS[origin][1]), rng.choice(STAFF_ORIGINS[origin][2])
        job, dept = rng.choice(JOBS)
        branch = 0 if dept in (2, 3, 4) else rng.randint(1, len(CLUBS))
        region = _region(CLUBS[branch - 1][0]) if branch else "ANT"
        zipcode, city = rng.choice(TOWNS[region])
        streets = STREETS_NL if region in ("ANT", "GNT", "LEU") else STREETS_FR
        born = _day(rng, 1962, 2004)
        citizen = origin if origin != "BE" and rng.random() < 0.7 else "BE"
        birth_country = STAFF_ORIGINS[origin][3] if rng.random() < 0.8 else "BE"
        digits = national_number(born, rng.randrange(1 if sex == "M" else 2, 998, 2),
                                 bis=citizen != "BE" and rng.random() < 0.3)
        gov = rng.choice((f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}", digits))
        passport = None
        if citizen in NON_EU and rng.random() < 0.9:
            passport = make.unique(lambda: {"MA": "".join(rng.choices(string.ascii_uppercase, k=2)) + make.digits(7),
                                            "TR": "U" + make.digits(8), "CD": "OB" + make.digits(7)}[citizen])
        started = _day(rng, 2014, 2025)
        ended = None
        if rng.random() < 0.15:
            ended = min(dt.date.fromisoformat(started) + dt.timedelta(days=rng.randint(120, 2000)), TODAY).isoformat()
        work = dept in (1, 2, 3, 4) and job != "Schoonmaak"
        if work and rng.random() < 0.85:
            email = make.work_email(first, last)
        elif rng.random() < 0.7:
            email = make.email(first, last, MAIL_DOMAINS["xx"] + MAIL_DOMAINS["nl"][:3])
        else:
            email = None
        compact, bic = make.iban("BE") if rng.random() < 0.9 else make.personal_iban()
        salary = Decimal(rng.randint(2150, 5200)) + Decimal(rng.randint(0, 99)) / 100
        badge = f"E{1000 + i * 7:04d}"
        relation = rng.choice(RELATIONS["nl"] + RELATIONS["fr"])
        partner_fake = fakes[rng.choice(("nl", "fr"))]
        contact = f"{partner_fake.first_name()} {last} ({relation}) {make.mobile()}" if rng.random() < 0.7 else None
        m.rows["OHEM"].append((
            i, last, first, sex, job, dept, branch, make.mobile(citizen if citizen in FOREIGN_MOBILE and
                                                                rng.random() < 0.2 else None),
            email, f"{rng.choice(streets)} {rng.randint(1, 180)}", zipcode, city, "BE" if rng.random() < 0.95 else "NL",
            born, birth_country, rng.choice("SSMMMDWC"), 0 if born > "1998" else rng.choice((0, 0, 1, 2, 2, 3, 4)),
            gov, citizen, passport,
            started, ended, rng.randint(1, 4) if ended else None, salary.quantize(Decimal("0.000001")), "M", bic,
            grouped(compact) if rng.random() < 0.5 else compact, rng.choice(HR_REMARKS), "N" if ended else "Y", badge,
            contact, rng.choice(CERTIFICATES) if dept == 1 else None))
        staff.append({"first": first, "last": last, "badge": badge, "started": started, "ended": ended,
                      "job": job})
    return staff


def _access(rng: random.Random, m: GymChain, make: _Maker, people: list[dict], staff: list[dict]) -> None:
    m.rows["t_usr"], m.rows["t_lg"] = [], []
    holders = []
    for p in people:
        if p.get("status") not in ("Active", "Frozen", "Pending"):
            continue
        holders.append(("MEMBER", p["member_no"], f"{p['first']} {p['last']}", p["created"][:10], "2037-12-31",
                        p["sfid"], 1))
    for s in staff:
        group = "CLEANING" if s["job"] == "Schoonmaak" else "PT" if s["job"] == "Personal trainer" else "STAFF"
        holders.append((group, s["badge"], f"{s['first']} {s['last']}", s["started"], s["ended"] or "2037-12-31",
                        None, 3 if group == "STAFF" else 2))
    for n, (group, usrid, name, start, end, sfid, level) in enumerate(holders, 1):
        card = None
        if rng.random() < 0.9:
            card = make.unique(lambda: rng.randbytes(rng.choice((4, 7))).hex().upper())
        m.rows["t_usr"].append((
            n, usrid, name.upper() if rng.random() < 0.1 else name[:48], group, card,
            (b"SUPR" + rng.randbytes(380)) if rng.random() < 0.45 else None, _jpeg(rng) if rng.random() < 0.6 else None,
            hashlib.sha256(make.digits(4).encode() + rng.randbytes(8)).hexdigest() if group != "MEMBER" and
            rng.random() < 0.6 else None, start, end, level, sfid, _moment(rng, 2024, 2025)))
    devices = m.rows["t_dev"]
    for n in range(1, EVENT_COUNT + 1):
        device = rng.choice(devices)
        user = rng.randint(1, len(holders)) if rng.random() < 0.95 else None
        kind = device[3]
        code = rng.choices((4865, 4867, 4102, 6401, 6145), (30, 30, 30, 5, 5))[0] if user else 6145
        temperature = None
        if kind == "FSF2" and user:
            temperature = Decimal(rng.randint(358, 373)) / 10 if rng.random() < 0.97 else Decimal("37.9")
        m.rows["t_lg"].append((
            n, _at(TODAY - dt.timedelta(days=rng.randint(0, 60)), rng, (6, 23)), device[0], user, code, temperature))
    m.rows["t_lg"].sort(key=lambda row: row[1])
    m.rows["t_lg"] = [(i, *row[1:]) for i, row in enumerate(m.rows["t_lg"], 1)]


def make_gym_chain(seed: int = SEED) -> GymChain:
    """The whole chain, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {}
    for n, (origin, spec) in enumerate(ORIGINS.items()):
        fakes[origin] = Faker(spec[0])
        fakes[origin].seed_instance(seed + n)
    m = GymChain()
    make = _Maker(rng, m)
    club_ids = _reference(rng, m, make)
    people = _members(rng, m, make, fakes, club_ids)
    _memberships(rng, m, make, people, club_ids)
    _cases(rng, m, make, people, club_ids, fakes)
    users = _app(rng, m, make, people)
    _failed_jobs(rng, m, make, users, people)
    staff = _staff(rng, m, make, fakes)
    _access(rng, m, make, people, staff)
    return m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: GymChain) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/ninth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
