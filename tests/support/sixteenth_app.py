"""The sixteenth held-out application: a Greek ferry operator's IBM i ticketing, Java EE crew register and Kotlin loyalty app.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the fifteen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/sixteenth/labels.yml) before any detector ran on it.

"Kyma Aktoploia" (fictional), a ferry company in Piraeus, sails six ships from Piraeus
and Rafina to Crete, the Cyclades and the Dodecanese. Three systems share one database,
and the names show it. Ticketing is the 1990s RPG application of an IBM i (AS/400),
its DB2 for i physical files moved to SQL as they were: six-letter file names
(`PRTMST` the ports, `VSLMST` the vessels, `AGNMST` the travel agencies, `SLGSCH` the
sailings, `BKGHDR` the bookings, `BKGPSG` the passengers of the manifest, `BKGVEH` the
vehicles on board), six-letter column names whose first two letters repeat the file
(`BPSURN`, `BPNAME`, `BPSEX`, `BPBDAT`, `BPNATN`, `BPDOCN`), fixed-width `char` columns,
names in upper-case Latin as the passport spells them (Greek names transliterated),
dates as `decimal(8,0)` YYYYMMDD and times as HHMMSS, and the manifest that EU
Directive 98/41 asks for: sex, birth date, nationality, the ID or passport number, the
fare code that tells a disability (`AMEA`), a large family (`POLY`) or a seaman, the
discount card's number, special needs (`BPSPND`: a wheelchair, a pregnancy, dialysis)
and an emergency phone (`BPEMTL`); `BKGHDR` keeps the booking's contact (`BHCNAM`,
`BHCTEL`, `BHCEML`), the IBM i user who keyed it and the ticket office's remarks
(`BHRMKS`: refund IBANs, phones, names); `VSLMST.VSMAST` the current master of each ship;
`BKGVEH` the plates of passengers' cars. The crew register is a Java EE application (JPA
on WildFly) that a Piraeus software house wrote with transliterated Greek names in lower
snake case (`naftikoi.eponymo`, `onoma`, `patronymo`, `mitronymo` as on every Greek
form, `fylo` as Α or Γ, `imerominia_gennisis`, `topos_gennisis`, `ypikootita`, `afm` the
tax number with its check digit, `doy` the tax office, `amka` the social security
number with its Luhn digit, `ar_taftotitas` the ID card in Greek letters,
`ar_naftikou_fylladiou` the seaman's book, `odos`, `tk`, `poli`, `kinito`, `stathero`,
`oikogeniaki_katastasi`, `arithmos_teknon`, `simeioseis` with a union membership, a
garnishment and a diabetes, `fotografia`; `misthodosia` the monthly pay with the
`dikaiouchos` and the `iban`), values in Greek script. The "Kyma Club" loyalty and
booking app is a Kotlin service on JetBrains Exposed (`club_members` with a UUID key,
Spring Security's `{bcrypt}` password hash, E.164 phones, a 16-digit loyalty card number
with a Luhn digit, a JSON `profile` of companions, a car plate and a pet, an avatar;
`club_sessions` with opaque refresh tokens, device labels and IPs; `web_payments` whose
`member_email` is a foreign key to `club_members.email`, with the card holder, the payer's
IP, a refund IBAN, Viva Wallet's order codes and transaction UUIDs and the tax
authority's myDATA mark and 40-hex invoice UID; `support_tickets` whose `body` asks for
refunds to an IBAN and tells disabilities, with a PDF or JPEG attachment; `app_settings`
key and value). Next to the people are the company (its AFM, GEMI number, switchboard,
mailboxes and IBAN in the settings), the ports (UN/LOCODEs, port authorities' phones,
coordinates), the vessels (IMO numbers with their check digit, MMSIs, call signs, a ship
called after the founder's mother), the travel agencies (AFMs with their check digit,
tax offices, office phones, mailboxes, IBANs), sailings, booking numbers and ticket
numbers with a Luhn digit.

Everything here is the original side: the rows (`make_ferry`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the
DDL (built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so
upper-case names survive PostgreSQL), `create`, and the personal e-mails and IBANs a
leak check looks for (the company's and the agencies' mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import unicodedata
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, luhn_digit
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Ferry", "create", "dump", "load_labels", "make_ferry"]

SEED = 20260611
LABELS = Path(__file__).resolve().parents[1] / "sixteenth" / "labels.yml"
MEMBER_COUNT = 170
CREW_COUNT = 64
BOOKING_COUNT = 165
MAX_PASSENGERS = 295
TICKET_COUNT = 80
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "kymalines.gr"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "longblob", "text": "text", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "text": "text", "bool": "boolean"},
    "sqlite": {"ts": "datetime", "json": "json", "blob": "blob", "text": "text", "bool": "boolean"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the IBM i ticketing (RPG, DB2 for i files moved to SQL as they were) --
    "PRTMST": (
        "PRCODE char(3) PRIMARY KEY", "PRNAME char(30) NOT NULL", "PRNAMG varchar(40) NOT NULL",
        "PRLOCD char(5) NOT NULL", "PRPAUT char(40)", "PRTELN char(20)", "PRLATD decimal(9,6)",
        "PRLONG decimal(9,6)", "PRACTV char(1) NOT NULL"),
    "VSLMST": (
        "VSCODE char(3) PRIMARY KEY", "VSNAME char(30) NOT NULL", "VSIMON char(7) NOT NULL",
        "VSMMSI char(9) NOT NULL", "VSCALL char(6) NOT NULL", "VSFLAG char(2) NOT NULL",
        "VSGRTN decimal(7,0) NOT NULL", "VSPAXC decimal(5,0) NOT NULL", "VSCARC decimal(4,0) NOT NULL",
        "VSBLTY decimal(4,0) NOT NULL", "VSMAST char(30)", "VSACTV char(1) NOT NULL"),
    "AGNMST": (
        "AGCODE char(6) PRIMARY KEY", "AGNAME char(40) NOT NULL", "AGAFM char(9) NOT NULL", "AGDOY char(25)",
        "AGADR1 char(40)", "AGPSTC char(5)", "AGCITY char(25)", "AGTELN char(20)", "AGEMAL char(60)",
        "AGIBAN char(27)", "AGCOMM decimal(4,2) NOT NULL", "AGCRLM decimal(9,2) NOT NULL", "AGSTAT char(1) NOT NULL"),
    "SLGSCH": (
        "SLSLNO decimal(7,0) PRIMARY KEY", "SLVSCD char(3) NOT NULL", "SLFRPT char(3) NOT NULL",
        "SLTOPT char(3) NOT NULL", "SLDPDT decimal(8,0) NOT NULL", "SLDPTM decimal(4,0) NOT NULL",
        "SLARDT decimal(8,0) NOT NULL", "SLARTM decimal(4,0) NOT NULL", "SLPXBK decimal(5,0) NOT NULL",
        "SLSTAT char(1) NOT NULL"),
    "BKGHDR": (
        "BHBKNO char(10) PRIMARY KEY", "BHSLNO decimal(7,0) NOT NULL", "BHRTSL decimal(7,0)", "BHAGCD char(6)",
        "BHCHNL char(3) NOT NULL", "BHCNAM char(40) NOT NULL", "BHCTEL char(20)", "BHCEML char(60)",
        "BHTOTA decimal(9,2) NOT NULL", "BHCURR char(3) NOT NULL", "BHSTAT char(1) NOT NULL",
        "BHCRDT decimal(8,0) NOT NULL", "BHCRTM decimal(6,0) NOT NULL", "BHUSER char(10) NOT NULL",
        "BHRMKS varchar(256)"),
    "BKGPSG": (
        "BPTKNO char(12) PRIMARY KEY", "BPBKNO char(10) NOT NULL", "BPSEQN decimal(3,0) NOT NULL",
        "BPSURN char(30) NOT NULL", "BPNAME char(30) NOT NULL", "BPSEX char(1) NOT NULL", "BPBDAT decimal(8,0)",
        "BPNATN char(2) NOT NULL", "BPDOCT char(2)", "BPDOCN char(15)", "BPFARE char(4) NOT NULL",
        "BPDCRD char(20)", "BPACCM char(4) NOT NULL", "BPCABN char(5)", "BPSPND varchar(120)", "BPEMTL char(20)",
        "BPAMNT decimal(7,2) NOT NULL", "BPSTAT char(1) NOT NULL"),
    "BKGVEH": (
        "BVTKNO char(12) PRIMARY KEY", "BVBKNO char(10) NOT NULL", "BVTYPE char(4) NOT NULL",
        "BVPLAT char(12) NOT NULL", "BVMAKE char(20)", "BVLENG decimal(3,1) NOT NULL",
        "BVAMNT decimal(7,2) NOT NULL"),
    # -- the crew register (Java EE, JPA) --
    "naftikoi": (
        "id bigint PRIMARY KEY", "ar_mitroou varchar(10) NOT NULL UNIQUE", "eponymo varchar(60) NOT NULL",
        "onoma varchar(40) NOT NULL", "patronymo varchar(40)", "mitronymo varchar(40)", "fylo char(1) NOT NULL",
        "imerominia_gennisis date NOT NULL", "topos_gennisis varchar(60)", "ypikootita char(2) NOT NULL",
        "afm char(9)", "doy varchar(40)", "amka char(11)", "ar_taftotitas varchar(12)",
        "ar_naftikou_fylladiou varchar(16) NOT NULL", "odos varchar(80)", "tk varchar(6)", "poli varchar(40)",
        "kinito varchar(20)", "stathero varchar(20)", "email varchar(120)", "oikogeniaki_katastasi varchar(16)",
        "arithmos_teknon smallint NOT NULL", "eidikotita varchar(30) NOT NULL", "ploio char(3)",
        "iatriko_lixi date", "simeioseis {text}", "fotografia {blob}", "energos {bool} NOT NULL",
        "dimiourgia {ts} NOT NULL", "enimerosi {ts}"),
    "misthodosia": (
        "id bigint PRIMARY KEY", "naftikos_id bigint NOT NULL", "periodos char(7) NOT NULL",
        "meres_ergasias smallint NOT NULL", "akatharistes decimal(10,2) NOT NULL",
        "kratiseis_nat decimal(10,2) NOT NULL", "forologia decimal(10,2) NOT NULL", "kathara decimal(10,2) NOT NULL",
        "dikaiouchos varchar(80) NOT NULL", "iban varchar(34) NOT NULL", "bic varchar(11)",
        "imerominia_pliromis date", "dimiourgia {ts} NOT NULL"),
    # -- the Kyma Club app (Kotlin, Exposed) --
    "club_members": (
        "id char(36) PRIMARY KEY", "email varchar(160) NOT NULL UNIQUE", "password_hash varchar(100) NOT NULL",
        "first_name varchar(60) NOT NULL", "last_name varchar(60) NOT NULL", "phone varchar(20)",
        "birth_date date", "gender varchar(8)", "country_code char(2) NOT NULL", "postal_code varchar(10)",
        "city varchar(60)", "language char(2) NOT NULL", "card_number char(16) NOT NULL UNIQUE",
        "tier varchar(8) NOT NULL", "points_balance integer NOT NULL", "marketing_consent {bool} NOT NULL",
        "profile {json}", "avatar {blob}", "created_at {ts} NOT NULL", "last_login_at {ts}",
        "last_login_ip varchar(45)"),
    "club_sessions": (
        "id bigint PRIMARY KEY", "member_id char(36) NOT NULL", "refresh_token varchar(100) NOT NULL UNIQUE",
        "device_label varchar(80)", "ip_address varchar(45)", "user_agent varchar(255)",
        "created_at {ts} NOT NULL", "expires_at {ts} NOT NULL", "revoked {bool} NOT NULL"),
    "web_payments": (
        "id bigint PRIMARY KEY", "member_email varchar(160)", "booking_no char(10) NOT NULL",
        "amount_cents integer NOT NULL", "currency char(3) NOT NULL", "viva_order_code varchar(16) NOT NULL UNIQUE",
        "viva_transaction_id char(36)", "card_holder varchar(80)", "card_mask varchar(19)", "payer_ip varchar(45)",
        "refund_iban varchar(34)", "status varchar(12) NOT NULL", "mydata_mark varchar(15)", "mydata_uid char(40)",
        "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "support_tickets": (
        "id bigint PRIMARY KEY", "member_id char(36)", "booking_no char(10)", "contact_email varchar(160) NOT NULL",
        "subject varchar(160) NOT NULL", "body {text} NOT NULL", "attachment {blob}", "attachment_name varchar(120)",
        "status varchar(12) NOT NULL", "assigned_team varchar(20) NOT NULL", "created_at {ts} NOT NULL",
        "closed_at {ts}"),
    "app_settings": (
        "setting_key varchar(80) PRIMARY KEY", "setting_value {text} NOT NULL", "updated_at {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

# The IBM i files were given their keys when they moved to SQL (the RPG programs checked
# them before); JPA and Exposed declare their own. web_payments.member_email is the
# Exposed `reference(...)` to the member's e-mail that the app joins on.
FOREIGN_KEYS = (
    _fk("SLGSCH", ["SLVSCD"], "VSLMST", ["VSCODE"]),
    _fk("SLGSCH", ["SLFRPT"], "PRTMST", ["PRCODE"]),
    _fk("SLGSCH", ["SLTOPT"], "PRTMST", ["PRCODE"]),
    _fk("BKGHDR", ["BHSLNO"], "SLGSCH", ["SLSLNO"]),
    _fk("BKGHDR", ["BHRTSL"], "SLGSCH", ["SLSLNO"]),
    _fk("BKGHDR", ["BHAGCD"], "AGNMST", ["AGCODE"]),
    _fk("BKGPSG", ["BPBKNO"], "BKGHDR", ["BHBKNO"]),
    _fk("BKGVEH", ["BVBKNO"], "BKGHDR", ["BHBKNO"]),
    _fk("naftikoi", ["ploio"], "VSLMST", ["VSCODE"]),
    _fk("misthodosia", ["naftikos_id"], "naftikoi", ["id"]),
    _fk("club_sessions", ["member_id"], "club_members", ["id"]),
    _fk("web_payments", ["member_email"], "club_members", ["email"]),
    _fk("web_payments", ["booking_no"], "BKGHDR", ["BHBKNO"]),
    _fk("support_tickets", ["member_id"], "club_members", ["id"]),
    _fk("support_tickets", ["booking_no"], "BKGHDR", ["BHBKNO"]),
)

PORTS = (  # code, name, Greek name, UN/LOCODE, port authority, phone, lat, lng
    ("PIR", "PIRAEUS", "Πειραιάς", "GRPIR", "KENTRIKO LIMENARCHEIO PEIRAIA", "+30 210 4172657", "37.942000",
     "23.646000"),
    ("RAF", "RAFINA", "Ραφήνα", "GRRAF", "LIMENARCHEIO RAFINAS", "+30 22940 28888", "38.021800", "24.010600"),
    ("HER", "HERAKLION", "Ηράκλειο", "GRHER", "LIMENARCHEIO IRAKLEIOU", "+30 2810 244912", "35.343500",
     "25.140000"),
    ("SOU", "SOUDA (CHANIA)", "Σούδα", "GRSUD", "LIMENARCHEIO CHANION", "+30 28210 98888", "35.488400",
     "24.075800"),
    ("JTR", "SANTORINI (ATHINIOS)", "Σαντορίνη", "GRJTR", "LIMENARCHEIO THIRAS", "+30 22860 22239",
     "36.386700", "25.430100"),
    ("JMK", "MYKONOS", "Μύκονος", "GRJMK", "LIMENARCHEIO MYKONOU", "+30 22890 22218", "37.453800", "25.326900"),
    ("PAS", "PAROS", "Πάρος", "GRPAS", "LIMENARCHEIO PAROU", "+30 22840 21240", "37.085300", "25.148800"),
    ("NAX", "NAXOS", "Νάξος", "GRJNX", "LIMENARCHEIO NAXOU", "+30 22850 22300", "37.107300", "25.373700"),
    ("RHO", "RHODES", "Ρόδος", "GRRHO", "KENTRIKO LIMENARCHEIO RODOU", "+30 22410 22220", "36.449400",
     "28.228700"),
    ("KOS", "KOS", "Κως", "GRKGS", "LIMENARCHEIO KO", "+30 22420 26594", "36.896400", "27.289600"),
)
ROUTES = (("PIR", "HER", 540), ("PIR", "SOU", 540), ("PIR", "JTR", 470), ("RAF", "JMK", 270), ("PIR", "PAS", 300),
          ("PIR", "NAX", 330), ("PIR", "RHO", 900), ("PIR", "KOS", 780))  # from, to, minutes
VESSELS = (  # code, name, built, gross tonnage, passengers, cars, route
    ("KY1", "KYMA ARIADNE", 1996, 37482, 1850, 620, 0), ("KY2", "KYMA FESTOS", 2001, 30010, 1600, 540, 1),
    ("KY3", "SANTORINI STAR", 2005, 12300, 1100, 210, 2), ("KY4", "ELENI K.", 1999, 9870, 980, 160, 3),
    ("KY5", "NISSOS NAXOS", 2009, 14500, 1300, 250, 5), ("KY6", "KYMA DODEKANISSOS", 1993, 26800, 1500, 420, 6),
)
AGENCIES = (  # code, name, tax office, street, postcode, city, phone, mailbox, domain
    ("AG0101", "PIRAEUS TRAVEL SERVICES ΙΚΕ", "Δ.Ο.Υ. Α' ΠΕΙΡΑΙΑ", "AKTI MIAOULI 59", "18536", "PIRAEUS",
     "+30 210 4110 220", "tickets", "piraeustravel.gr"),
    ("AG0114", "AEGEAN HOLIDAYS Α.Ε.", "Δ.Ο.Υ. ΦΑΕ ΑΘΗΝΩΝ", "LEOF. SYNGROU 112", "11741", "ATHINA",
     "+30 210 9245 600", "booking", "aegeanholidays.gr"),
    ("AG0137", "MINOAN TOURS Ο.Ε.", "Δ.Ο.Υ. ΗΡΑΚΛΕΙΟΥ", "25IS AVGOUSTOU 23", "71202", "IRAKLEIO",
     "+30 2810 226 300", "info", "minoantours.gr"),
    ("AG0142", "CHANIA SEA LINES AGENCY", "Δ.Ο.Υ. ΧΑΝΙΩΝ", "PLATEIA 1866 7", "73135", "CHANIA", "+30 28210 45 111",
     "office", "chaniasealines.gr"),
    ("AG0158", "CYCLADES ISLAND HOPPING ΜΟΝ. ΙΚΕ", "Δ.Ο.Υ. ΝΑΞΟΥ", "PARALIA NAXOU", "84300", "NAXOS",
     "+30 22850 24 000", "hop", "islandhopping.gr"),
    ("AG0163", "RHODOS VOYAGES Α.Ε.", "Δ.Ο.Υ. ΡΟΔΟΥ", "AMERIKIS 41", "85100", "RODOS", "+30 22410 33 901",
     "res", "rhodosvoyages.gr"),
    ("AG0170", "FERRYHOPPER Α.Ε.", "Δ.Ο.Υ. ΦΑΕ ΑΘΗΝΩΝ", "VASILISSIS SOFIAS 8", "10674", "ATHINA",
     "+30 210 3001 500", "partners", "ferryhopper.com"),
    ("AG0188", "RAFINA PORT TICKETS Ε.Ε.", "Δ.Ο.Υ. ΠΑΛΛΗΝΗΣ", "PLATEIA PLASTIRA 2", "19009", "RAFINA",
     "+30 22940 23 400", "rafina", "rafinaport-tickets.gr"),
    ("AG0192", "TUI HELLAS TRAVEL Α.Ε.", "Δ.Ο.Υ. ΦΑΕ ΑΘΗΝΩΝ", "LEOF. KIFISIAS 44", "15125", "MAROUSI",
     "+30 210 6180 700", "ferries", "tui.gr"),
    ("AG0205", "KOS TRAVEL CENTER", "Δ.Ο.Υ. ΚΩ", "AKTI KOUNTOURIOTI 7", "85300", "KOS", "+30 22420 28 330",
     "kostravel", "kostravelcenter.gr"),
)
GR_BANKS = (("011", "ETHNGRAA"), ("026", "ERBKGRAA"), ("017", "PIRBGRAA"), ("014", "CRBAGRAA"))
DE_BANKS = (("10010010", "PBNKDEFFXXX"), ("70150000", "SSKMDEMMXXX"), ("50070010", "DEUTDEFFXXX"))
GR_PLACES = (  # postcode prefixes, Greek town, Latin town, tax office
    (("104", "106", "112", "113", "114", "115", "117"), "Αθήνα", "ATHINA", "Δ.Ο.Υ. Α' ΑΘΗΝΩΝ"),
    (("185",), "Πειραιάς", "PIRAEUS", "Δ.Ο.Υ. Α' ΠΕΙΡΑΙΑ"), (("186", "187"), "Νίκαια", "NIKAIA", "Δ.Ο.Υ. ΝΙΚΑΙΑΣ"),
    (("175",), "Παλαιό Φάληρο", "PALAIO FALIRO", "Δ.Ο.Υ. Π. ΦΑΛΗΡΟΥ"), (("151",), "Μαρούσι", "MAROUSI",
                                                                         "Δ.Ο.Υ. ΑΜΑΡΟΥΣΙΟΥ"),
    (("190",), "Ραφήνα", "RAFINA", "Δ.Ο.Υ. ΠΑΛΛΗΝΗΣ"), (("546", "551"), "Θεσσαλονίκη", "THESSALONIKI",
                                                         "Δ.Ο.Υ. Δ' ΘΕΣΣΑΛΟΝΙΚΗΣ"),
    (("712", "713"), "Ηράκλειο", "IRAKLEIO", "Δ.Ο.Υ. ΗΡΑΚΛΕΙΟΥ"), (("731",), "Χανιά", "CHANIA", "Δ.Ο.Υ. ΧΑΝΙΩΝ"),
    (("851",), "Ρόδος", "RODOS", "Δ.Ο.Υ. ΡΟΔΟΥ"), (("841",), "Σύρος", "SYROS", "Δ.Ο.Υ. ΣΥΡΟΥ"),
    (("262",), "Πάτρα", "PATRA", "Δ.Ο.Υ. Α' ΠΑΤΡΩΝ"), (("821",), "Χίος", "CHIOS", "Δ.Ο.Υ. ΧΙΟΥ"),
)
BIRTH_PLACES = ("Πειραιάς", "Σύρος", "Χίος", "Άνδρος", "Κεφαλονιά", "Σάμος", "Κάσος", "Ηράκλειο", "Αθήνα",
                "Καλαμάτα", "Λέσβος", "Θεσσαλονίκη", "Τήνος", "Κρήτη")
FOREIGN = {  # country: faker locale, mail domains, phone prefix, IP firsts
    "DE": ("de_DE", ("gmx.de", "web.de", "gmail.com", "t-online.de"), "+49", (87, 91, 93, 79, 217)),
    "IT": ("it_IT", ("libero.it", "gmail.com", "virgilio.it", "hotmail.it"), "+39", (79, 93, 151, 2)),
    "FR": ("fr_FR", ("orange.fr", "gmail.com", "free.fr", "laposte.net"), "+33", (90, 86, 109, 176)),
    "GB": ("en_GB", ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"), "+44", (81, 86, 92, 109)),
}
GR_MAIL = ("gmail.com", "gmail.com", "gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "hotmail.gr",
           "windowslive.com", "yahoo.com", "outlook.com.gr")
GR_IP = (2, 5, 46, 79, 94, 176, 188, 212)
GR_MOBILE = ("690", "693", "694", "695", "697", "698", "699", "693", "694", "697")
ID_LETTERS = "ABEZHIKMNOPTYX"  # the Latin look-alikes of the Greek capitals an ID card uses
LATIN_TO_GREEK = dict(zip("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"))
FARES = {"ADLT": 1.0, "CHLD": 0.5, "INFT": 0.0, "STUD": 0.5, "AMEA": 0.5, "POLY": 0.5, "NAFT": 0.5, "SNR": 0.75}
ACCOMMODATIONS = (("DECK", 1.0, 50), ("AIRS", 1.25, 25), ("4BIN", 1.9, 12), ("2BOU", 2.8, 8), ("4OUT", 2.3, 5))
SPECIAL_NEEDS = (
    "WHEELCHAIR USER - ASSIST AT RAMP", "PREGNANT 32 WEEKS", "BLIND, TRAVELS WITH GUIDE DOG",
    "DIALYSIS PATIENT, RETURNS FROM TREATMENT IN ATHENS", "OXYGEN CONCENTRATOR ON BOARD", "CRUTCHES, LOWER DECK CABIN",
    "AUTISTIC CHILD - QUIET AREA PLEASE", "UNACCOMPANIED MINOR 15Y, FATHER TEL {phone}", "DEAF - WRITTEN ANNOUNCEMENTS",
)
REMARKS = (
    "PAX REQUESTS CABIN NEAR ELEVATOR - USES CRUTCHES", "REFUND TO IBAN {iban} PER CUSTOMER REQUEST",
    "CALL {name} {phone} IF DELAY", "NAME CHANGE {old} -> {new} PER AGENT", "PAID CASH AT PORT OFFICE",
    "OPEN RETURN", "SEND INVOICE TO {email}", "SCHOOL GROUP 2ND GYMNASIO CHANIA, TEACHER {name}",
    "VIP - FRIEND OF THE MD, UPGRADE IF FREE", "DOG IN KENNEL, OWNER TEL {phone}", None, None, None, None, None, None,
    None, None, None, None, None, None,
)
CAR_MAKES = ("VW POLO", "TOYOTA YARIS", "FIAT PANDA", "PEUGEOT 208", "OPEL CORSA", "HYUNDAI I20", "SKODA OCTAVIA",
             "NISSAN QASHQAI", "SUZUKI VITARA", "BMW X1", "VW T6 CALIFORNIA", "FIAT DUCATO CAMPER", "HONDA SH150",
             "PIAGGIO BEVERLY")
RANKS = (("Πλοίαρχος", 6800), ("Ύπαρχος", 5200), ("Ανθυποπλοίαρχος", 3600), ("Α' Μηχανικός", 5600),
         ("Β' Μηχανικός", 4100), ("Ναύκληρος", 2700), ("Ναύτης", 2100), ("Λοστρόμος", 2500), ("Μάγειρας", 2300),
         ("Καμαρότος", 1900), ("Ρεσεψιονίστ", 2000), ("Ηλεκτρολόγος", 3100), ("Ναύτης", 2100), ("Καμαρότος", 1900))
CREW_NOTES = (
    "Μέλος ΠΕΝΕΝ, ζητά παρακράτηση συνδρομής.", "Κατάσχεση μισθού υπέρ Eurobank, 180 € μηνιαίως.",
    "Διαβητικός τύπου 1, φέρει ινσουλίνη - ενημερώθηκε ο ιατρός του πλοίου.",
    "Σε περίπτωση ανάγκης: σύζυγος {name}, {phone}.", "Γονική άδεια από {date}.",
    "Πειθαρχική ποινή (μέθη εν ώρα υπηρεσίας), 2023.", "Νέο κινητό {phone} - ενημέρωση από λογιστήριο.",
    None, None, None, None, None, None, None, None,
)
TICKET_SUBJECTS = ("Επιστροφή χρημάτων", "Refund for cancelled sailing", "Έκπτωση ΑμεΑ", "Lost item on board",
                   "Αλλαγή ονόματος επιβάτη", "Invoice request", "Πόντοι Kyma Club", "Accessibility assistance")
TICKET_BODIES = (
    "Καλησπέρα, το δρομολόγιο ακυρώθηκε λόγω απαγορευτικού. Παρακαλώ επιστρέψτε τα χρήματα στον λογαριασμό "
    "{iban} (δικαιούχος {name}). Ευχαριστώ.",
    "Hello, our sailing was cancelled (strike). Please refund to IBAN {iban}, account holder {name}. Phone {phone}.",
    "Είμαι ΑμεΑ με ποσοστό αναπηρίας 80% (σκλήρυνση κατά πλάκας). Επισυνάπτω τη γνωμάτευση ΚΕΠΑ για την έκπτωση.",
    "I left my daughter's tablet under seat 7C. Please call me at {phone} or write to {email}.",
    "Παρακαλώ αλλάξτε το όνομα του επιβάτη σε {name}, γεν. {dob}, ΑΔΤ {doc}.",
    "Please issue the invoice to my company, my colleague {name} ({email}) handles it.",
    "Δεν μου πιστώθηκαν οι πόντοι για την κράτηση. Κάρτα μέλους {card}.",
    "My father uses a wheelchair and needs oxygen during the trip. Can the crew help him at the ramp? "
    "Contact me on {phone}.",
)
TEAMS = ("callcenter", "refunds", "accessibility", "loyalty", "lost_found")
AGENTS = ("KymaClub/2.7.0 (iPhone14,2; iOS 18.1)", "KymaClub/2.7.0 (SM-A546B; Android 14)",
          "KymaClub/2.6.3 (iPhone12,1; iOS 17.6)",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
          "Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/18.1 Mobile/15E148 Safari/604.1")

_GREEK = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", ("A", "V", "G", "D", "E", "Z", "I", "TH", "I", "K", "L", "M", "N",
                                              "X", "O", "P", "R", "S", "T", "Y", "F", "CH", "PS", "O")))
_DIGRAPHS = {"ΟΥ": "OU", "ΑΥ": "AV", "ΕΥ": "EV", "ΜΠ": "MP", "ΝΤ": "NT", "ΓΚ": "GK", "ΓΓ": "NG"}


@dataclass
class Ferry:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the company's or agencies')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def latin(greek: str) -> str:
    """A Greek name in the upper-case Latin of a passport (ELOT 743, simplified)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", greek) if not unicodedata.combining(ch)).upper()
    out, i = [], 0
    while i < len(bare):
        if bare[i:i + 2] in _DIGRAPHS:
            out.append(_DIGRAPHS[bare[i:i + 2]])
            i += 2
            continue
        out.append(_GREEK.get(bare[i], bare[i]))
        i += 1
    return "".join(out)


def upper_latin(name: str) -> str:
    """A foreign name as a manifest writes it: capitals, accents dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch)).upper()


def afm_digit(eight: str) -> str:
    """The check digit of a Greek tax number (AFM): powers of two, mod 11, mod 10."""
    return str(sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight)) % 11 % 10)


def imo_digit(six: str) -> str:
    """The check digit of an IMO ship number."""
    return str(sum(int(d) * (7 - i) for i, d in enumerate(six)) % 10)


def _ymd(day: str) -> int:
    return int(day[:10].replace("-", ""))


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (7, 22)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (7, 22)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _plus(when: str, days: int, rng: random.Random, hours: tuple[int, int] = (7, 22)) -> str:
    return _at(dt.date.fromisoformat(when[:10]) + dt.timedelta(days=days), rng, hours)


def _gr_date(day: str) -> str:
    d = dt.date.fromisoformat(day[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Greek and foreign values: phones, e-mails, accounts, documents, numbers with check digits."""

    def __init__(self, rng: random.Random, m: Ferry) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def mobile(self, country: str = "GR", e164: bool = False) -> str:
        """A mobile number as typed into a form (or as the app stores it, E.164)."""
        rng = self.rng
        if country == "GR":
            n = self.unique(lambda: rng.choice(GR_MOBILE) + self.digits(7))
            if e164:
                return f"+30{n}"
            return rng.choice((n, n, f"{n[:3]} {n[3:6]} {n[6:]}", f"+30{n}", f"+30 {n[:3]} {n[3:6]} {n[6:]}",
                               f"0030 {n}", f"{n[:4]}-{n[4:]}"))
        prefix = FOREIGN[country][2]
        n = self.unique(lambda: {"DE": rng.choice(("151", "160", "170", "176")) + self.digits(7),
                                 "IT": rng.choice(("320", "333", "347", "380")) + self.digits(7),
                                 "FR": rng.choice("67") + self.digits(8),
                                 "GB": "7" + rng.choice(("4", "5", "7", "8", "9")) + self.digits(8)}[country])
        if e164:
            return prefix + n
        return rng.choice((f"{prefix} {n[:3]} {n[3:]}", f"{prefix}{n}", f"00{prefix[1:]} {n}"))

    def landline(self) -> str:
        rng = self.rng
        return self.unique(lambda: (lambda area: f"{area} {self.digits(10 - len(area))}")(
            rng.choice(("210", "210", "210", "2310", "2810", "22410"))))

    def email(self, first: str, last: str, country: str = "GR", year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{s}.{f}", f"{f}{s}", f"{f}_{s}{yy}", f"{f[0]}{s}",
                            f"{s}{yy}", f"{f}{yy}", f"{f[0]}.{s}"))
        domains = GR_MAIL if country == "GR" else FOREIGN[country][1]
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.8 else rng.randint(2, 99)}"
                                      f"@{rng.choice(domains)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, country: str = "GR", personal: bool = True) -> tuple[str, str]:
        """An IBAN (compact) and its bank's BIC."""
        rng = self.rng
        if country == "DE":
            blz, bic = rng.choice(DE_BANKS)
            bban = self.unique(lambda: blz + self.digits(10))
        else:
            code, bic = rng.choice(GR_BANKS)
            bban = self.unique(lambda: code + self.digits(4) + self.digits(16))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact, bic

    def afm(self, company: bool = False) -> str:
        rng = self.rng
        return self.unique(lambda: (lambda e: e + afm_digit(e))(
            (rng.choice(("09", "99", "80")) if company else rng.choice(("0", "1", "1", "1"))
             + rng.choice("0123456789")) + self.digits(6)))

    def amka(self, born: str) -> str:
        body = lambda: born[8:10] + born[5:7] + born[2:4] + self.digits(4)  # noqa: E731
        return self.unique(lambda: (lambda b: b + luhn_digit(b))(body()))

    def id_card(self, greek: bool = False) -> str:
        """A Greek police ID card: two capitals and six digits (Greek letters in the HR system)."""
        rng = self.rng
        value = self.unique(lambda: "".join(rng.choices(ID_LETTERS, k=2)) + self.digits(6))
        if greek:
            return f"{LATIN_TO_GREEK[value[0]]}{LATIN_TO_GREEK[value[1]]} {value[2:]}"
        return value

    def passport(self, country: str) -> str:
        rng = self.rng
        if country == "GR":
            return self.unique(lambda: "".join(rng.choices(ID_LETTERS, k=2)) + self.digits(7))
        if country == "DE":
            return self.unique(lambda: "C" + "".join(rng.choices("CFGHJKLMNPRTVWXYZ0123456789", k=8)))
        if country == "IT":
            return self.unique(lambda: "Y" + rng.choice("ABCD") + self.digits(7))
        if country == "FR":
            return self.unique(lambda: self.digits(2) + "".join(rng.choices(string.ascii_uppercase, k=2))
                               + self.digits(5))
        return self.unique(lambda: "5" + self.digits(8))

    def luhn_code(self, prefix: str, k: int) -> str:
        return self.unique(lambda: (lambda body: body + luhn_digit(body))(prefix + self.digits(k)))

    def plate(self, country: str) -> str:
        rng = self.rng
        if country == "GR":
            return self.unique(lambda: "".join(rng.choices(ID_LETTERS, k=3)) + "-" + self.digits(4).lstrip("0")
                               .rjust(4, str(rng.randint(1, 9))))
        letters = string.ascii_uppercase
        return self.unique(lambda: {
            "DE": f"{rng.choice(('M', 'B', 'S', 'K', 'F', 'HH'))}-{''.join(rng.choices(letters, k=2))} "
                  f"{rng.randint(1, 9999)}",
            "IT": f"{''.join(rng.choices(letters, k=2))}{self.digits(3)}{''.join(rng.choices(letters, k=2))}",
            "FR": f"{''.join(rng.choices(letters, k=2))}-{self.digits(3)}-{''.join(rng.choices(letters, k=2))}",
            "GB": f"{''.join(rng.choices(letters, k=2))}{self.digits(2)} {''.join(rng.choices(letters, k=3))}",
        }[country])

    def token(self, k: int) -> str:
        return apps.b64(self.rng.randbytes(k), url=True)


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for n, (country, locale) in enumerate((("GR", "el_GR"), *((c, v[0]) for c, v in FOREIGN.items()))):
            self.fakers[country] = Faker(locale)
            self.fakers[country].seed_instance(seed + n)
        self.m = Ferry()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.sailings: list[dict] = []
        self.members: list[dict] = []
        self.bookings: list[dict] = []
        self.crew: list[dict] = []

    def person(self, country: str, sex: str | None = None, first_year: int = 1940, last_year: int = 2007) -> dict:
        """A person: names (Greek script and Latin for Greeks), sex, birth date, home."""
        rng = self.rng
        sex = sex or rng.choice("MF")
        faker = self.fakers[country]
        born = apps.day(rng, first_year, last_year)
        if country == "GR":
            first = faker.first_name_female() if sex == "F" else faker.first_name_male()
            last = faker.last_name_female() if sex == "F" else faker.last_name_male()
            prefixes, town, town_latin, doy = rng.choice(GR_PLACES)
            zip_code = rng.choice(prefixes) + f"{rng.randint(0, 99):02d}"
            return {"country": "GR", "sex": sex, "born": born, "first_gr": first, "last_gr": last,
                    "first": latin(first).title(), "last": latin(last).title(), "FIRST": latin(first),
                    "LAST": latin(last), "zip": zip_code, "city": town, "city_latin": town_latin, "doy": doy,
                    "street": f"{faker.street_name()} {rng.randint(1, 140)}"}
        first = faker.first_name_female() if sex == "F" else faker.first_name_male()
        last = faker.last_name()
        return {"country": country, "sex": sex, "born": born, "first": first, "last": last,
                "FIRST": upper_latin(first), "LAST": upper_latin(last), "zip": faker.postcode(), "city": faker.city(),
                "city_latin": upper_latin(faker.city()), "street": faker.street_address()}

    def any_country(self) -> str:
        return self.rng.choices(("GR", "DE", "IT", "FR", "GB"), (70, 9, 8, 6, 7))[0]


def _ports(w: _World) -> None:
    for code, name, greek, locode, authority, phone, lat, lng in PORTS:
        w.m.rows["PRTMST"].append((code, name, greek, locode, authority, phone, Decimal(lat), Decimal(lng), "Y"))


def _vessels(w: _World) -> None:
    rng, make = w.rng, w.make
    for code, name, built, tonnage, pax, cars, _ in VESSELS:
        six = make.unique(lambda: str(rng.randint(7, 9)) + make.digits(5))
        master = w.person("GR", "M", 1958, 1978)
        w.m.rows["VSLMST"].append((
            code, name, six + imo_digit(six), make.unique(lambda: rng.choice(("239", "240", "241")) + make.digits(6)),
            make.unique(lambda: "SV" + "".join(rng.choices(string.ascii_uppercase, k=2)) + str(rng.randint(2, 9))),
            "GR", tonnage, pax, cars, built, f"{master['LAST']} {master['FIRST']}", "Y"))


def _agencies(w: _World) -> None:
    rng, make = w.rng, w.make
    for code, name, doy, street, zip_code, city, phone, box, domain in AGENCIES:
        iban, _ = make.iban("GR", personal=False)
        w.m.rows["AGNMST"].append((
            code, name, make.afm(company=True), doy, street, zip_code, city, phone, f"{box}@{domain}".upper()
            if rng.random() < 0.5 else f"{box}@{domain}", iban, Decimal(rng.choice(("6.00", "8.00", "10.00",
                                                                                   "12.00"))),
            Decimal(rng.choice((5000, 10000, 25000, 50000))), "A" if rng.random() < 0.9 else "S"))


def _sailings(w: _World) -> None:
    rng = w.rng
    no = 4100
    start = dt.date(2025, 5, 30)
    for day in range(0, 200, 2):
        date = start + dt.timedelta(days=day)
        for vcode, *_, route in rng.sample(VESSELS, 2):
            frm, to, minutes = ROUTES[route]
            if rng.random() < 0.5:
                frm, to = to, frm
            hour = rng.choice((7, 8, 15, 17, 21, 22))
            dep = dt.datetime.combine(date, dt.time(hour, rng.choice((0, 15, 30))))
            arr = dep + dt.timedelta(minutes=minutes)
            status = "S" if date > TODAY else rng.choices("DC", (96, 4))[0]
            no += 1
            w.sailings.append({"no": no, "from": frm, "to": to, "date": date, "route": route, "status": status,
                               "booked": 0})
            w.m.rows["SLGSCH"].append([no, vcode, frm, to, int(date.strftime("%Y%m%d")), hour * 100 + dep.minute,
                                       int(arr.strftime("%Y%m%d")), arr.hour * 100 + arr.minute, 0, status])


def _members(w: _World) -> None:
    rng, make = w.rng, w.make
    for _ in range(MEMBER_COUNT):
        country = w.any_country()
        p = w.person(country, None, 1945, 2006)
        year = int(p["born"][:4])
        greek_script = country == "GR" and rng.random() < 0.6
        first = p["first_gr"] if greek_script else p["first"]
        last = p["last_gr"] if greek_script else p["last"]
        p["email"] = make.email(p["first"], p["last"], country, year)
        p["phone"] = make.mobile(country, e164=True) if rng.random() < 0.9 else None
        created = _moment(rng, 2021, 2025)
        profile: dict[str, Any] = {"seat": rng.choice(("window", "aisle", "any")),
                                   "cabin": rng.choice(("inside", "outside", "none"))}
        if rng.random() < 0.4:
            companion = w.person(country, None, max(1930, year - 30), min(2022, year + 40))
            born = int(companion["born"][:4])
            relation = "child" if born >= year + 17 else "parent" if born <= year - 17 else "spouse"
            profile["companions"] = [{"name": f"{companion['first']} {p['last']}", "relation": relation,
                                      "birth_year": born}]
        if rng.random() < 0.3:
            p["plate"] = make.plate(country)
            profile["vehicle"] = {"plate": p["plate"], "make": rng.choice(CAR_MAKES)}
        if rng.random() < 0.1:
            profile["pet"] = {"type": rng.choice(("dog", "cat")), "name": rng.choice(("Rex", "Lucky", "Μπόμπος",
                                                                                    "Luna", "Bella"))}
        if rng.random() < 0.06:
            profile["accessibility"] = rng.choice(("wheelchair", "reduced_mobility", "visually_impaired"))
        points = rng.randint(0, 14000)
        tier = "GOLD" if points > 8000 else "SILVER" if points > 3000 else "BLUE"
        last_login = max(created, _moment(rng, int(created[:4]), 2025, (0, 23))) if rng.random() < 0.9 else None
        ip = None
        if last_login:
            ip = apps.ipv4(rng, GR_IP if country == "GR" else FOREIGN[country][3]) if rng.random() < 0.85 else (
                f"2a02:587:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}")
        p["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        p["card"] = make.luhn_code("6045", 11)
        p["name_typed"] = (first, last)
        w.m.rows["club_members"].append((
            p["id"], p["email"], "{bcrypt}$2a$10$" + "".join(rng.choices("./" + string.ascii_letters + string.digits,
                                                                          k=53)),
            first, last, p["phone"], p["born"] if rng.random() < 0.85 else None,
            {"M": "male", "F": "female"}[p["sex"]] if rng.random() < 0.8 else rng.choice((None, "other")), country,
            p["zip"].replace(" ", "") if rng.random() < 0.8 else None, p["city"] if rng.random() < 0.8 else None,
            {"GR": "el", "DE": "de", "IT": "it", "FR": "fr", "GB": "en"}[country] if rng.random() < 0.85 else "en",
            p["card"], tier, points, rng.random() < 0.4, json.dumps(profile, ensure_ascii=False),
            apps.png_bytes(rng) if rng.random() < 0.3 else None, created, last_login, ip))
        w.members.append(p)


def _passenger_fare(rng: random.Random, born: str, when: dt.date) -> str:
    age = (when - dt.date.fromisoformat(born)).days // 365
    if age < 5:
        return "INFT"
    if age < 11:
        return "CHLD"
    if age >= 65 and rng.random() < 0.6:
        return "SNR"
    return rng.choices(("ADLT", "STUD", "AMEA", "POLY", "NAFT"), (80, 8 if age < 26 else 0, 4, 6, 2))[0]


def _bookings(w: _World) -> None:
    rng, make = w.rng, w.make
    passengers = 0
    for n in range(BOOKING_COUNT):
        past = [s for s in w.sailings if s["status"] != "C"]
        sailing = rng.choice(past)
        channel = rng.choices(("WEB", "APP", "AGT", "PRT", "CCT"), (35, 20, 30, 10, 5))[0]
        member = rng.choice(w.members) if channel in ("WEB", "APP") and rng.random() < 0.75 else None
        lead = member or w.person(w.any_country(), None, 1945, 2005)
        country = lead["country"]
        if member is None and channel in ("WEB", "APP", "CCT"):
            lead["email"] = make.email(lead["first"], lead["last"], country, int(lead["born"][:4]))
        if member is None:
            lead["phone"] = make.mobile(country) if rng.random() < 0.85 else None
        agency = rng.choice(AGENCIES) if channel == "AGT" else None
        ret = None
        if rng.random() < 0.35:
            back = [s for s in w.sailings if s["route"] == sailing["route"] and s["from"] == sailing["to"]
                    and s["date"] > sailing["date"]]
            ret = rng.choice(back)["no"] if back else None
        created_day = sailing["date"] - dt.timedelta(days=rng.randint(0, 60))
        created = _at(min(created_day, TODAY), rng, (0, 23) if channel in ("WEB", "APP") else (8, 21))
        user = {"WEB": "WEBSRV", "APP": "APIKYMA", "CCT": f"CCAGNT{rng.randint(1, 9):02d}",
                "PRT": f"{sailing['from']}TKT{rng.randint(1, 4):02d}"}.get(channel) or f"A{agency[0][2:]}"
        if channel in ("AGT", "PRT", "CCT"):
            contact = f"{lead['LAST']} {lead['FIRST']}"
        else:
            typed = lead.get("name_typed") or (lead["first"], lead["last"])
            contact = f"{typed[0]} {typed[1]}" if rng.random() < 0.5 else f"{lead['LAST']} {lead['FIRST']}"
        phone = lead.get("phone") if rng.random() < 0.9 else None
        email = lead.get("email")
        if channel == "AGT" and rng.random() < 0.25:  # the agent keys the agency's own phone and mailbox
            phone, email = agency[6], f"{agency[7]}@{agency[8]}"
        if email and channel in ("AGT", "PRT", "CCT"):
            email = email.upper()
        number = make.unique(lambda: (lambda b: "K" + b + luhn_digit(b))(make.digits(8)))
        remark = _fill(rng.choice(REMARKS), iban=lambda: grouped(make.iban("GR" if country == "GR" else "DE")[0]),
                       name=lambda: (lambda q: f"{q['LAST']} {q['FIRST']}")(w.person(country)),
                       phone=lambda: make.mobile(country), old=lambda: f"{lead['LAST']} {w.person(country)['FIRST']}",
                       new=lambda: f"{lead['LAST']} {lead['FIRST']}",
                       email=lambda: (lead.get("email") or make.email(lead["first"], lead["last"], country)).upper())
        booking = {"no": number, "sailing": sailing, "ret": ret, "channel": channel, "lead": lead, "member": member,
                   "created": created, "total": Decimal(0), "status": "C" if rng.random() < 0.06 else "T"}
        party = [lead]
        size = rng.choices((1, 2, 3, 4, 5), (35, 35, 12, 13, 5))[0]
        for k in range(1, size):
            relation = rng.random()
            if relation < 0.7:
                q = w.person(country, None, 1945 if k == 1 else 2008, 2005 if k == 1 else 2024)
                if country != "GR" or rng.random() < 0.8:
                    q["LAST"] = lead["LAST"]
            else:
                q = w.person(country, None, 1950, 2006)
            party.append(q)
        if passengers + len(party) > MAX_PASSENGERS:
            party = party[: max(1, MAX_PASSENGERS - passengers)]
        if passengers >= MAX_PASSENGERS:
            break
        booking["party"] = party
        accommodation = rng.choices(ACCOMMODATIONS, [a[2] for a in ACCOMMODATIONS])[0]
        base = Decimal(rng.choice((39, 45, 52, 58, 64, 79, 88)))
        cabin = f"{rng.randint(5, 8)}{rng.randint(10, 99):02d}" if accommodation[0] not in ("DECK", "AIRS") else None
        for seq, q in enumerate(party, 1):
            fare = _passenger_fare(rng, q["born"], sailing["date"])
            card = None
            if fare == "STUD":
                card = make.unique(lambda: make.digits(12))
            elif fare == "AMEA":
                card = f"KEPA {rng.randint(1000, 99999)}/{rng.randint(2019, 2025)}"
            elif fare == "POLY":
                card = make.unique(lambda: "ASPE" + make.digits(6))
            elif fare == "NAFT":
                card = make.unique(lambda: rng.choice(("PIR", "SYR", "CHI")) + " " + make.digits(6))
            doc_type = doc = None
            if fare != "INFT" and rng.random() < 0.75:
                if q["country"] == "GR" and rng.random() < 0.85:
                    doc_type, doc = "ID", make.id_card()
                else:
                    doc_type, doc = "PP", make.passport(q["country"])
            need = _fill(rng.choice(SPECIAL_NEEDS), phone=lambda: make.mobile(country)) if rng.random() < 0.06 \
                else None
            amount = (base * Decimal(str(accommodation[1])) * Decimal(str(FARES[fare]))).quantize(Decimal("0.01"))
            booking["total"] += amount * (2 if ret else 1)
            emergency = None
            if rng.random() < 0.4:
                emergency = lead.get("phone") if seq > 1 and lead.get("phone") else make.mobile(country)
            status = "C" if booking["status"] == "C" else ("E" if sailing["status"] == "D" else "I")
            w.m.rows["BKGPSG"].append((
                make.luhn_code("71", 9), number, seq, q["LAST"], q["FIRST"], q["sex"], _ymd(q["born"])
                if rng.random() < 0.9 else None, q["country"], doc_type, doc, fare, card, accommodation[0],
                cabin, need, emergency, amount, status))
            passengers += 1
        if rng.random() < 0.3:
            make_of = rng.choice(CAR_MAKES)
            kind = "CMPR" if "CAMPER" in make_of or "CALIFORNIA" in make_of else "MOTO" if make_of in (
                "HONDA SH150", "PIAGGIO BEVERLY") else "CAR"
            plate = lead.get("plate") or make.plate(country)
            length = Decimal({"CAR": rng.choice(("4.1", "4.4", "4.7")), "MOTO": "2.1", "CMPR": "6.2"}[kind])
            amount = Decimal({"CAR": rng.choice((78, 92, 104)), "MOTO": 24, "CMPR": 188}[kind])
            booking["total"] += amount * (2 if ret else 1)
            w.m.rows["BKGVEH"].append((make.luhn_code("72", 9), number, kind, plate, make_of if rng.random() < 0.8
                                       else None, length, amount))
        sailing["booked"] += len(party)
        w.m.rows["BKGHDR"].append((
            number, sailing["no"], ret, agency[0] if agency else None, channel, contact[:40], phone, email,
            booking["total"], "EUR", booking["status"], _ymd(created), int(created[11:].replace(":", "")), user,
            remark))
        w.bookings.append(booking)
    for row, s in zip(w.m.rows["SLGSCH"], w.sailings):
        row[8] = s["booked"] + rng.randint(40, 400) if s["status"] != "C" else 0
    w.m.rows["SLGSCH"] = [tuple(row) for row in w.m.rows["SLGSCH"]]


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    pid = 1
    for b in w.bookings:
        if b["channel"] not in ("WEB", "APP"):
            continue
        lead = b["lead"]
        created = b["created"]
        # cancelled bookings, and sailings the weather cancelled (refunded in part, by transfer)
        status = "refunded" if b["status"] == "C" else rng.choices(("captured", "failed", "refunded"), (82, 6, 12))[0]
        refund = None
        if status == "refunded" and rng.random() < 0.75:
            refund = make.iban("GR" if lead["country"] == "GR" else "DE")[0]
        holder = f"{lead['FIRST']} {lead['LAST']}" if rng.random() < 0.85 else \
            f"{w.person(lead['country'])['FIRST']} {lead['LAST']}"
        bin6 = rng.choice(("516732", "545721", "411111", "492910", "535420", "402360"))
        ip = apps.ipv4(rng, GR_IP if lead["country"] == "GR" else FOREIGN[lead["country"]][3])
        captured = status != "failed"
        w.m.rows["web_payments"].append((
            pid, lead["email"] if b["member"] else None, b["no"], int(b["total"] * 100), "EUR",
            make.unique(lambda: str(rng.randint(1, 9)) + make.digits(15)),
            str(uuid.UUID(int=rng.getrandbits(128), version=4)) if captured else None, holder,
            f"{bin6}******{make.digits(4)}", ip, refund, status,
            ("4000" + make.digits(11)) if captured else None,
            rng.randbytes(20).hex().upper() if captured else None, created,
            _plus(created, rng.randint(1, 20), rng) if status == "refunded" else created))
        pid += 1


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    sid = 1
    for p in w.members:
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            first = p["first"]
            device = rng.choice((f"{first}'s iPhone", f"iPhone ({first})", "Galaxy A54 5G", "Redmi Note 13",
                                 f"iPad {first}", None))
            created = _moment(rng, 2025, 2025, (0, 23))
            expires = _plus(created, 30, rng, (0, 23))
            country = p["country"]
            w.m.rows["club_sessions"].append((
                sid, p["id"], make.unique(lambda: make.token(48)), device,
                apps.ipv4(rng, GR_IP if country == "GR" else FOREIGN[country][3]), rng.choice(AGENTS), created,
                expires, expires[:10] < TODAY.isoformat() or rng.random() < 0.1))
            sid += 1


def _tickets(w: _World) -> None:
    rng, make = w.rng, w.make
    for tid in range(1, TICKET_COUNT + 1):
        which = rng.randrange(len(TICKET_BODIES))
        b = rng.choice(w.bookings) if rng.random() < 0.8 else None
        member = (b["member"] if b and b["member"] else rng.choice(w.members) if rng.random() < 0.4 else None)
        p = member or (b["lead"] if b else w.person(w.any_country()))
        country = p["country"]
        email = p.get("email") or make.email(p["first"], p["last"], country)
        body = _fill(TICKET_BODIES[which], iban=lambda: grouped(make.iban("GR" if country == "GR" else "DE")[0])
                     if rng.random() < 0.6 else make.iban("GR" if country == "GR" else "DE")[0],
                     name=lambda: f"{p['first']} {p['last']}", phone=lambda: p.get("phone") or make.mobile(country),
                     email=lambda: email, dob=lambda: _gr_date(p["born"]), doc=lambda: make.id_card(),
                     card=lambda: p.get("card") or make.luhn_code("6045", 11))
        attachment = name = None
        if which == 2 or (which in (0, 1) and rng.random() < 0.3):
            attachment = apps.pdf_bytes([
                "KENTRO PISTOPOIISIS ANAPIRIAS (KEPA)" if which == 2 else "ALPHA BANK - VEVAIOSI LOGARIASMOU",
                f"{p.get('LAST', p['last'])} {p.get('FIRST', p['first'])}", f"Gen. {_gr_date(p['born'])}",
                "Pososto anapirias 80%" if which == 2 else "IBAN " + make.iban("GR")[0]])
            name = rng.choice((f"KEPA_{p['last']}.pdf", "gnomateusi.pdf", f"{p['last'].lower()}_iban.pdf",
                               "scan0001.pdf"))
        elif which == 3 and rng.random() < 0.5:
            attachment = apps.jpeg_bytes(rng)
            name = f"IMG_{rng.randint(1000, 9999)}.jpg"
        created = _moment(rng, 2025, 2025)
        status = rng.choices(("open", "pending", "closed"), (15, 15, 70))[0]
        w.m.rows["support_tickets"].append((
            tid, member["id"] if member else None, b["no"] if b else None, email, TICKET_SUBJECTS[which], body,
            attachment, name, status, TEAMS[[1, 1, 2, 4, 0, 0, 3, 2][which]], created,
            _plus(created, rng.randint(0, 9), rng) if status == "closed" else None))


def _crew(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, CREW_COUNT + 1):
        foreign = rng.random() < 0.08
        sex = "F" if rng.random() < 0.18 else "M"
        if foreign:
            country = rng.choice(("PH", "UA", "RO"))
            faker = w.fakers["GB"]
            first = faker.first_name_female() if sex == "F" else faker.first_name_male()
            last = rng.choice(("Santos", "Reyes", "Dela Cruz", "Kovalenko", "Shevchenko", "Popescu", "Ionescu"))
            father = mother = None
            born = apps.day(rng, 1970, 2001)
            place = {"PH": "Manila", "UA": "Odesa", "RO": "Constanța"}[country]
        else:
            country = "GR"
            p = w.person("GR", sex, 1962, 1984 if n <= 12 else 2003)
            first, last, born = p["first_gr"], p["last_gr"], p["born"]
            father = w.fakers["GR"].first_name_male()
            mother = w.fakers["GR"].first_name_female()
            place = rng.choice(BIRTH_PLACES)
        prefixes, town, _, doy = rng.choice(GR_PLACES[:8])
        zip_code = rng.choice(prefixes) + f" {rng.randint(0, 99):02d}"
        rank, pay = RANKS[0] if n <= 6 else RANKS[3] if n <= 12 else rng.choice(RANKS[1:])
        vessel = VESSELS[(n - 1) % len(VESSELS)][0] if rng.random() < 0.92 else None
        if n <= 6:
            vessel = VESSELS[n - 1][0]
        ascii_first, ascii_last = (latin(first), latin(last)) if country == "GR" else (first, last)
        if rank in ("Πλοίαρχος", "Ύπαρχος", "Α' Μηχανικός") or rng.random() < 0.1:
            f, s = ascii_fold(ascii_first), ascii_fold(ascii_last)
            email = next(e for e in (f"{f[0]}.{s}@{OWN_DOMAIN}", f"{f}.{s}@{OWN_DOMAIN}", f"{f[:2]}.{s}@{OWN_DOMAIN}")
                         if e not in make.used)
            make.used.add(email)
            w.m.emails.add(email.casefold())
        else:
            email = make.email(ascii_first, ascii_last, "GR", int(born[:4])) if rng.random() < 0.8 else None
        married = rng.random() < 0.6
        status = ("Έγγαμη" if sex == "F" else "Έγγαμος") if married else rng.choice(
            ("Άγαμη" if sex == "F" else "Άγαμος", "Διαζευγμένη" if sex == "F" else "Διαζευγμένος"))
        note = _fill(rng.choice(CREW_NOTES), name=lambda: f"{w.fakers['GR'].first_name()} {last}",
                     phone=lambda: make.mobile("GR"), date=lambda: _gr_date(apps.day(rng, 2024, 2025)))
        created = _moment(rng, 2015, 2024, (8, 16))
        iban, bic = make.iban("GR")
        w.crew.append({"id": n, "first": first, "last": last, "ascii": (ascii_first, ascii_last), "pay": pay,
                       "iban": iban, "bic": bic, "active": rng.random() < 0.9})
        w.m.rows["naftikoi"].append((
            n, f"KY{10000 + n * 7:05d}", last, first, father, mother, "Γ" if sex == "F" else "Α", born, place,
            country, make.afm() if not foreign or rng.random() < 0.5 else None, doy if not foreign else None,
            make.amka(born) if not foreign or rng.random() < 0.5 else None,
            make.id_card(greek=True) if not foreign else make.passport("GB"),
            make.unique(lambda: rng.choice(("ΠΕΙ", "ΣΥΡ", "ΧΙΟ", "ΗΡΑ")) + " " + make.digits(6)),
            f"{w.fakers['GR'].street_name()} {rng.randint(1, 120)}", zip_code, town, make.mobile("GR"),
            f"{make.landline()}" if rng.random() < 0.35 else None, email, status,
            rng.choice((0, 0, 1, 2, 2, 3, 4)) if married else 0, rank, vessel,
            apps.day(rng, 2025, 2027) if rng.random() < 0.95 else None, note,
            apps.jpeg_bytes(rng) if rng.random() < 0.7 else None, w.crew[-1]["active"], created,
            max(created, _moment(rng, int(created[:4]), 2025, (8, 16))) if rng.random() < 0.8 else None))


def _payroll(w: _World) -> None:
    rng = w.rng
    pid = 1
    for c in w.crew:
        if not c["active"]:
            continue
        payee = f"{c['ascii'][1]} {c['ascii'][0]}" if rng.random() < 0.5 else f"{c['last']} {c['first']}"
        for month in ("2025-08", "2025-09", "2025-10"):
            days = rng.choice((30, 31, 31, 24, 18))
            gross = (Decimal(c["pay"]) * days / 30 + rng.randint(0, 600)).quantize(Decimal("0.01"))
            nat = (gross * Decimal("0.1950")).quantize(Decimal("0.01"))
            tax = (gross * Decimal(rng.choice(("0.09", "0.12", "0.16")))).quantize(Decimal("0.01"))
            w.m.rows["misthodosia"].append((
                pid, c["id"], month, days, gross, nat, tax, gross - nat - tax, payee, c["iban"], c["bic"],
                f"{month}-28", f"{month}-27 03:00:00"))
            pid += 1


def _settings(w: _World) -> None:
    make = w.make
    afm = make.afm(company=True)
    iban, bic = make.iban("GR", personal=False)
    for key, value in (
        ("company.name", "ΚΥΜΑ ΑΚΤΟΠΛΟΪΑ ΑΝΩΝΥΜΗ ΝΑΥΤΙΛΙΑΚΗ ΕΤΑΙΡΕΙΑ"), ("company.afm", afm),
        ("company.doy", "Δ.Ο.Υ. ΦΑΕ ΠΕΙΡΑΙΑ"), ("company.gemi", "121873607000"),
        ("company.address", "Ακτή Κονδύλη 32, 185 45 Πειραιάς"), ("company.phone", "+30 210 4197 400"),
        ("company.iban", grouped(iban)), ("company.bic", bic), ("mail.from", f"noreply@{OWN_DOMAIN}"),
        ("mail.support", f"support@{OWN_DOMAIN}"), ("mail.dpo", f"dpo@{OWN_DOMAIN}"),
        ("viva.merchant_id", "e6a3c1f2-4b7d-4f0e-9a3b-2c8d5e1f7a90"), ("viva.source_code", "4521"),
        ("mydata.user", "kymalines_erp"), ("loyalty.points_per_euro", "1"), ("loyalty.gold_threshold", "8000"),
        ("app.min_version", "2.5.0"), ("booking.max_passengers", "9"), ("ibmi.host", "kyres01.kymalines.local"),
    ):
        w.m.rows["app_settings"].append((key, value, "2025-09-14 10:22:31"))


def make_ferry(seed: int = SEED) -> Ferry:
    """The whole company, the same for the same seed."""
    w = _World(seed)
    _ports(w)
    _vessels(w)
    _agencies(w)
    _sailings(w)
    _members(w)
    _crew(w)
    _bookings(w)
    _payments(w)
    _sessions(w)
    _tickets(w)
    _payroll(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Ferry) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/sixteenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
