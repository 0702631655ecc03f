"""The seventh held-out application: a British motor insurer's policy and claims system.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the six other applications. It was written
blind: without reading the detector (checks/detect.py, vocabulary.py, values.py,
scan.py, starter.py) or any scan test, and labelled (tests/seventh/labels.yml) before
any detector ran on it.

"Harbour Mutual Motor", a (fictional) insurer in Bristol, runs three generations of
software, and the names show it. The policy administration came off a mainframe and
writes UPPER_CASE abbreviations with a table prefix (`POLICY_HOLDER.PH_FORENAME`,
`PH_SURNAME`, `PH_DOB`, `PH_NINO`, `PH_EMAIL`, `PH_TEL_MOB`, `PH_ADDR_L1`, `PH_PCODE`,
`PH_BANK_IBAN`, `PH_OCCUPATION`; `POLICY.POL_NO` with a Luhn digit; `NAMED_DRIVER` with
the DVLA licence number and declared medical conditions and convictions). The claims
module is a Java product with camelCase columns (`clmClaim.lossDescription`,
`thirdPartyName`, `thirdPartyPhone`, `thirdPartyReg`, a JSON `fnolPayload` of the first
call, `clmHandler.directLine`, `clmPayment.payeeIban`, `clmDocument.fileBlob` with
photos of the damage and medical reports); the customer portal has `tbl_`/`usr_`
prefixes (`tbl_web_user.usr_login`, a foreign key to the policyholder's e-mail,
`usr_pwd_hash` in argon2, `usr_last_ip`; `tbl_web_session.sess_token`). A claim is keyed
on the car's registration (`clmClaim.vehicleReg` is a foreign key to
`VEHICLE.VEH_REG`). Next to the people are branches, cover products, body-shop partners
with their own contacts, VAT numbers and IBANs, and settings with the insurer's own
address, phone, e-mail and IBAN.

Everything here is the original side: the rows (`make_insurer`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps), `create`, and the personal e-mails and
IBANs a leak check looks for (the insurer's and partners' excluded).
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, b64, dump, grouped, iban_check_digits, jpeg_bytes, luhn_digit, pdf_bytes
from support.apps import foreign_key as _fk, day as _day, moment as _moment_of

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Insurer", "create", "dump", "load_labels", "make_insurer"]

SEED = 20251214
LABELS = Path(__file__).resolve().parents[1] / "seventh" / "labels.yml"
HOLDER_COUNT = 140
HANDLER_COUNT = 24
CLAIM_COUNT = 120
OWN_DOMAIN = "harbourmutual.co.uk"
PRIVATE_MAIL = ("gmail.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
                "sky.com", "icloud.com", "live.co.uk")
BANKS = ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA")

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "text"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "BRANCH": (
        "BR_CODE char(4) PRIMARY KEY", "BR_NAME varchar(60) NOT NULL", "BR_ADDR_L1 varchar(100) NOT NULL",
        "BR_TOWN varchar(40) NOT NULL", "BR_PCODE varchar(8) NOT NULL", "BR_TEL varchar(20) NOT NULL",
        "BR_EMAIL varchar(100) NOT NULL"),
    "COVER_PRODUCT": (
        "PROD_CODE varchar(6) PRIMARY KEY", "PROD_DESC varchar(80) NOT NULL", "BASE_RATE decimal(6,4) NOT NULL",
        "EXCESS_GBP integer NOT NULL", "ACTIVE_FLG char(1) NOT NULL"),
    "sys_config": (
        "cfg_key varchar(60) PRIMARY KEY", "cfg_value {text} NOT NULL", "cfg_updated {ts} NOT NULL"),
    "garagePartner": (
        "garageId integer PRIMARY KEY", "tradingName varchar(100) NOT NULL", "vatNumber varchar(14) NOT NULL UNIQUE",
        "bookingPhone varchar(20) NOT NULL", "bookingEmail varchar(100) NOT NULL", "town varchar(40) NOT NULL",
        "postcode varchar(8) NOT NULL", "settlementIban varchar(34) NOT NULL", "labourRate decimal(6,2) NOT NULL",
        "approved {bool} NOT NULL"),
    "clmHandler": (
        "handlerId integer PRIMARY KEY", "staffNo varchar(8) NOT NULL UNIQUE", "firstName varchar(40) NOT NULL",
        "lastName varchar(60) NOT NULL", "workEmail varchar(100) NOT NULL UNIQUE", "directLine varchar(20)",
        "teamCode varchar(6) NOT NULL", "authorityLimit integer NOT NULL", "branchCode char(4) NOT NULL"),
    "POLICY_HOLDER": (
        "PH_ID integer PRIMARY KEY", "PH_TITLE varchar(6)", "PH_FORENAME varchar(40) NOT NULL",
        "PH_SURNAME varchar(60) NOT NULL", "PH_DOB date NOT NULL", "PH_GENDER char(1)",
        "PH_NINO varchar(13)", "PH_EMAIL varchar(100) UNIQUE", "PH_TEL_MOB varchar(20)",
        "PH_TEL_HOME varchar(20)", "PH_ADDR_L1 varchar(100) NOT NULL", "PH_TOWN varchar(40) NOT NULL",
        "PH_PCODE varchar(8) NOT NULL", "PH_BANK_IBAN varchar(34)", "PH_OCCUPATION varchar(50)",
        "PH_NCD_YRS integer NOT NULL", "PH_BR_CODE char(4) NOT NULL", "PH_CREATED_TS {ts} NOT NULL"),
    "POLICY": (
        "POL_NO varchar(12) PRIMARY KEY", "PH_ID integer NOT NULL", "PROD_CODE varchar(6) NOT NULL",
        "POL_START_DT date NOT NULL", "POL_END_DT date NOT NULL", "PREMIUM_GBP decimal(8,2) NOT NULL",
        "POL_STATUS char(2) NOT NULL"),
    "VEHICLE": (
        "VEH_ID integer PRIMARY KEY", "POL_NO varchar(12) NOT NULL", "VEH_REG varchar(10) NOT NULL UNIQUE",
        "VEH_VIN char(17) NOT NULL", "VEH_MAKE varchar(30) NOT NULL", "VEH_MODEL varchar(30) NOT NULL",
        "VEH_YEAR integer NOT NULL", "VEH_VALUE_GBP integer NOT NULL", "OVERNIGHT_PCODE varchar(8)"),
    "NAMED_DRIVER": (
        "ND_ID integer PRIMARY KEY", "POL_NO varchar(12) NOT NULL", "ND_FULL_NAME varchar(100) NOT NULL",
        "ND_DOB date NOT NULL", "ND_LICENCE_NO varchar(16)", "ND_REL_TO_PH varchar(20) NOT NULL",
        "ND_CONVICTIONS varchar(80)", "ND_MEDICAL_COND varchar(120)"),
    "clmClaim": (
        "claimId integer PRIMARY KEY", "claimRef varchar(12) NOT NULL UNIQUE", "policyNo varchar(12) NOT NULL",
        "vehicleReg varchar(10) NOT NULL", "incidentDate date NOT NULL", "incidentLocation varchar(150)",
        "lossDescription {text}", "thirdPartyName varchar(100)", "thirdPartyPhone varchar(20)",
        "thirdPartyReg varchar(10)", "thirdPartyInsurer varchar(60)", "fnolPayload {json}",
        "reserveGbp decimal(10,2) NOT NULL", "claimStatus varchar(12) NOT NULL", "handlerId integer",
        "garageId integer", "createdAt {ts} NOT NULL"),
    "clmDocument": (
        "docId integer PRIMARY KEY", "claimId integer NOT NULL", "docType varchar(20) NOT NULL",
        "mimeType varchar(40) NOT NULL", "fileBlob {blob}", "uploadedAt {ts} NOT NULL"),
    "clmPayment": (
        "paymentId integer PRIMARY KEY", "claimId integer NOT NULL", "payeeName varchar(100) NOT NULL",
        "payeeIban varchar(34) NOT NULL", "amountGbp decimal(10,2) NOT NULL", "paymentRef varchar(14) NOT NULL",
        "paidAt {ts} NOT NULL"),
    "claim_note": (
        "note_id integer PRIMARY KEY", "claim_id integer NOT NULL", "handler_id integer", "note_text {text} NOT NULL",
        "channel varchar(10) NOT NULL", "created_at {ts} NOT NULL"),
    "tbl_web_user": (
        "usr_id integer PRIMARY KEY", "usr_login varchar(100) NOT NULL UNIQUE", "usr_pwd_hash varchar(120) NOT NULL",
        "usr_mfa_phone varchar(20)", "usr_last_ip varchar(45)", "usr_last_login {ts}",
        "usr_failed_logins integer NOT NULL",
        "usr_created {ts} NOT NULL"),
    "tbl_web_session": (
        "sess_token char(64) PRIMARY KEY", "sess_usr_id integer NOT NULL", "sess_ip varchar(45) NOT NULL",
        "sess_user_agent varchar(200)", "sess_created {ts} NOT NULL", "sess_expires {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("clmHandler", ["branchCode"], "BRANCH", ["BR_CODE"]),
    _fk("POLICY_HOLDER", ["PH_BR_CODE"], "BRANCH", ["BR_CODE"]),
    _fk("POLICY", ["PH_ID"], "POLICY_HOLDER", ["PH_ID"]),
    _fk("POLICY", ["PROD_CODE"], "COVER_PRODUCT", ["PROD_CODE"]),
    _fk("VEHICLE", ["POL_NO"], "POLICY", ["POL_NO"]),
    _fk("NAMED_DRIVER", ["POL_NO"], "POLICY", ["POL_NO"]),
    _fk("clmClaim", ["policyNo"], "POLICY", ["POL_NO"]),
    _fk("clmClaim", ["vehicleReg"], "VEHICLE", ["VEH_REG"]),
    _fk("clmClaim", ["handlerId"], "clmHandler", ["handlerId"]),
    _fk("clmClaim", ["garageId"], "garagePartner", ["garageId"]),
    _fk("clmDocument", ["claimId"], "clmClaim", ["claimId"]),
    _fk("clmPayment", ["claimId"], "clmClaim", ["claimId"]),
    _fk("claim_note", ["claim_id"], "clmClaim", ["claimId"]),
    _fk("claim_note", ["handler_id"], "clmHandler", ["handlerId"]),
    _fk("tbl_web_user", ["usr_login"], "POLICY_HOLDER", ["PH_EMAIL"]),
    _fk("tbl_web_session", ["sess_usr_id"], "tbl_web_user", ["usr_id"]),
)

BRANCHES = (("BRS1", "Bristol Head Office", "Temple Quay House, 2 The Square", "Bristol", "BS1 6PN", "0117 496 0100",
             "claims@harbourmutual.co.uk"),
            ("CDF1", "Cardiff", "3 Callaghan Square", "Cardiff", "CF10 5BT", "029 2018 0400",
             "cardiff@harbourmutual.co.uk"),
            ("EXE1", "Exeter", "Southernhay Gardens 14", "Exeter", "EX1 1NT", "01392 496 300",
             "exeter@harbourmutual.co.uk"))
PRODUCTS = (("COMP", "Comprehensive", "0.0412", 250), ("TPFT", "Third party, fire and theft", "0.0297", 350),
            ("TPO", "Third party only", "0.0211", 500), ("COMPYD", "Comprehensive young driver", "0.0688", 600))
GARAGES = (("Avonside Accident Repair Ltd", "Bristol", "BS3 4HN", "bookings@avonside-repair.co.uk"),
           ("Severn Bodyworks", "Gloucester", "GL2 5JX", "jobs@severnbodyworks.co.uk"),
           ("Taff Vale Motor Engineers", "Cardiff", "CF11 8AW", "workshop@taffvalemotors.co.uk"),
           ("Exe Paint & Panel", "Exeter", "EX2 8PW", "info@exepaintpanel.co.uk"),
           ("M5 Crash Centre", "Weston-super-Mare", "BS24 9AY", "service@m5crash.co.uk"))
CARS = (("Ford", "Fiesta"), ("Vauxhall", "Corsa"), ("Volkswagen", "Golf"), ("Nissan", "Qashqai"), ("BMW", "320d"),
        ("Toyota", "Yaris"), ("Kia", "Sportage"), ("Audi", "A3"), ("Mini", "Cooper"), ("Tesla", "Model 3"))
OCCUPATIONS = ("Teacher", "Nurse", "Electrician", "Accountant", "Retired", "Student", "Sales Assistant",
               "Software Developer", "Plumber", "Care Worker", "Police Officer", "Solicitor", None)
CONDITIONS = (None, None, None, None, None, None, "Type 1 diabetes (insulin), DVLA notified",
              "Epilepsy, seizure free 3 yrs",
              "Glaucoma - both eyes", "Sleep apnoea (CPAP)", "Heart pacemaker fitted 2021")
CONVICTIONS = (None, None, None, None, None, "SP30 x1 (2023)", "SP30 x2", "CU80 (2022)", "DR10 (2019) - 12m ban",
               "IN10 (2020)")
INSURERS = ("Admiral", "Direct Line", "Aviva", "LV=", "Churchill", "Hastings Direct", "AXA", None)
LOSSES = (
    "Rear-ended at lights on {street}. TP admitted fault at scene. Our insured {name} reports whiplash, seen at A&E.",
    "Vehicle keyed overnight outside home address {street}. Crime ref given by Avon & Somerset Police.",
    "Insured reversed into bollard in Tesco car park. No TP. Rear bumper + sensor.",
    "Windscreen chip from lorry on M5 J19. Repair only.",
    "Collision at mini roundabout, liability disputed. Insured's passenger {name} (age {age}) has broken wrist.",
    "Car stolen from driveway, keyless relay theft suspected. Tracker co. contacted. Call insured on {phone}.",
    "Hit deer on A38. Front end damage, airbags deployed. Insured shaken, no injury.",
    "Flooded in ford near Chew Magna, engine hydrolocked. Possible write-off.",
)
NOTES = (
    "Spoke to {name} on {phone}, confirmed garage {garage} to collect Tue.",
    "PH emailed from {email}: wants settlement paid to {iban} (new account, old one closed).",
    "Medical report received from GP. Diagnosis: soft tissue injury neck, 6 sessions physio. Claimant {name}.",
    "TP solicitor chasing. Claimant {name}, {street}. Do not call before 10am - night shifts.",
    "Insured says she is pregnant and cannot attend inspection, please call {phone} or email {email}.",
    "Hire car extended 7 days. Total loss offer £{amount} declined by insured.",
    "Left voicemail. Sent SMS to {phone}.",
    "Fraud check clear. Payment authorised to {iban}.",
    "Engineer report uploaded. Cat S, salvage to Copart.",
)
CHANNELS = ("phone", "email", "portal", "letter", "sms")
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
)


@dataclass
class Insurer:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the insurer's or garages')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


class _Maker(apps.Unique):
    """Draws the insurer's values; every phone, e-mail, IBAN and identifier it gives is new."""

    def __init__(self, rng: random.Random, m: Insurer) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def phone(self, mobile: bool = True) -> str:
        rng = self.rng
        if mobile:
            d = self.unique(lambda: "07" + rng.choice("4579") + "".join(rng.choices(string.digits, k=8)))
            return rng.choice((f"{d[:5]} {d[5:]}", d, f"+44 {d[1:5]} {d[5:]}", f"+44{d[1:]}",
                               f"{d[:5]} {d[5:8]} {d[8:]}"))
        areas = ("0117", "0117", "01392", "029", "01454")
        d = self.unique(lambda: rng.choice(areas) + "".join(rng.choices(string.digits, k=7)))
        return f"{d[:-7]} {d[-7:-4]} {d[-4:]}"

    def email(self, first: str, last: str) -> str:
        rng = self.rng
        given, family = ascii_fold(first), ascii_fold(last)
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{family}{given[0]}",
                           f"{given}_{family}{rng.randint(60, 99)}"))
        while True:
            address = f"{base if rng.random() < 0.5 else base + str(rng.randint(1, 99))}@{rng.choice(PRIVATE_MAIL)}"
            if address.casefold() not in self.m.emails:
                self.m.emails.add(address.casefold())
                return address

    def iban(self, personal: bool = True) -> str:
        def draw() -> str:
            bban = self.rng.choice(BANKS) + "".join(self.rng.choices(string.digits, k=14))
            return "GB" + iban_check_digits("GB", bban) + bban

        compact = self.unique(draw)
        if personal:
            self.m.ibans.add(compact)
        return compact

    def nino(self) -> str:
        rng = self.rng
        letters = "ABCEGHJKLMNPRSTWXYZ"
        value = self.unique(lambda: rng.choice(letters) + rng.choice(letters) + "".join(rng.choices(string.digits, k=6))
                            + rng.choice("ABCD"))
        return rng.choice((value, f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"))

    def licence(self, last: str, first: str, born: str, sex: str) -> str:
        """A DVLA driving licence number: surname (5, padded 9), decade, month (+50 if
        female), day, year, initial, 9, 2."""
        family = (ascii_fold(last).upper().replace("-", "") + "99999")[:5]
        month = int(born[5:7]) + (50 if sex == "F" else 0)
        core = f"{family}{born[2]}{month:02d}{born[8:10]}{born[3]}{ascii_fold(first)[:1].upper()}9"
        tail = string.ascii_uppercase[:10] + string.digits
        return self.unique(lambda: core + "9" + "".join(self.rng.choices(tail, k=2)))

    def reg(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        ages = ("15", "16", "18", "19", "20", "21", "66", "68", "70", "71", "72", "23")
        return self.unique(lambda: "".join(rng.choices(letters, k=2)) + rng.choice(ages) + " "
                           + "".join(rng.choices(letters, k=3)))

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.unique(lambda: self.rng.choice(("WF0", "W0L", "WVW", "SJN", "WBA", "SB1", "KNA", "WAU", "WMW",
                                                    "5YJ")) + "".join(self.rng.choices(chars, k=14)))


def _moment(rng: random.Random, first: int, last: int) -> str:
    return _moment_of(rng, first, last)


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return "2a00:23c" + f"{rng.randint(0, 15):x}:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::" \
            f"{rng.randint(1, 65535):x}"
    return apps.ipv4(rng, (81, 86, 90, 92, 109, 151, 176, 212))


def _argon2(rng: random.Random) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(rng.randbytes(16))}${b64(rng.randbytes(32))}"


def _policy_no(serial: int) -> str:
    body = f"{serial:08d}"
    return "HM" + body + luhn_digit(body)


def _reference(rng: random.Random, m: Insurer, make: _Maker) -> None:
    m.rows["BRANCH"] = list(BRANCHES)
    m.rows["COVER_PRODUCT"] = [(c, d, Decimal(r), e, "Y") for c, d, r, e in PRODUCTS]
    own_iban = make.iban(personal=False)
    m.rows["sys_config"] = [
        ("company.name", "Harbour Mutual Motor Insurance Ltd", "2023-01-04 09:12:00"),
        ("company.fca_frn", "482917", "2023-01-04 09:12:00"),
        ("company.address", "Temple Quay House, 2 The Square, Bristol BS1 6PN", "2023-01-04 09:12:00"),
        ("claims.phone", "0117 496 0100", "2024-03-11 14:02:00"),
        ("claims.email", "claims@harbourmutual.co.uk", "2024-03-11 14:02:00"),
        ("dpo.email", "dpo@harbourmutual.co.uk", "2024-05-20 10:40:00"),
        ("premium.collection_iban", grouped(own_iban), "2023-06-30 16:00:00"),
        ("portal.session_minutes", "30", "2024-09-02 08:00:00"),
        ("claims.auto_approve_limit_gbp", "750", "2025-01-15 11:30:00"),
        ("sms.sender_id", "HarbourMM", "2023-01-04 09:12:00"),
    ]
    m.rows["garagePartner"] = []
    for i, (name, town, pcode, mail) in enumerate(GARAGES, 1):
        vat = "GB" + "".join(rng.choices(string.digits, k=9))
        m.rows["garagePartner"].append((i, name, vat, make.phone(mobile=False), mail, town, pcode,
                                        make.iban(personal=False), Decimal(rng.randrange(4500, 7200)) / 100,
                                        rng.random() < 0.9))


def _handlers(rng: random.Random, m: Insurer, make: _Maker, fake: Faker) -> None:
    m.rows["clmHandler"] = []
    for i in range(1, HANDLER_COUNT + 1):
        first, last = fake.first_name(), fake.last_name()
        mail = f"{ascii_fold(first)}.{ascii_fold(last)}{i}@{OWN_DOMAIN}"
        m.emails.add(mail)
        m.rows["clmHandler"].append((i, f"HM{4100 + i * 7:05d}", first, last, mail,
                                     make.phone(mobile=False) if rng.random() < 0.8 else None,
                                     rng.choice(("MOT01", "MOT02", "INJ01", "TPU", "FRAUD")),
                                     rng.choice((5000, 10000, 25000, 100000)), rng.choice(BRANCHES)[0]))


def _holders(rng: random.Random, m: Insurer, make: _Maker, fake: Faker) -> list[dict]:
    m.rows["POLICY_HOLDER"], m.rows["POLICY"], m.rows["VEHICLE"], m.rows["NAMED_DRIVER"] = [], [], [], []
    holders = []
    serial = 3_170_000
    for i in range(1, HOLDER_COUNT + 1):
        sex = rng.choice("MF")
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        last = fake.last_name()
        born = _day(rng, 1948, 2005)
        title = ({"M": "Mr", "F": rng.choice(("Mrs", "Ms", "Miss"))}[sex] if rng.random() < 0.9
                 else rng.choice(("Dr", None)))
        mail = make.email(first, last) if rng.random() < 0.92 else None
        street = fake.street_address().replace("\n", ", ")
        town, pcode = fake.city(), fake.postcode()
        h = {"id": i, "first": first, "last": last, "email": mail, "phone": make.phone(), "street": street,
             "iban": make.iban() if rng.random() < 0.7 else None, "sex": sex}
        holders.append(h)
        m.rows["POLICY_HOLDER"].append((
            i, title, first.upper() if rng.random() < 0.2 else first, last.upper() if rng.random() < 0.2 else last,
            born, sex if rng.random() < 0.95 else None, make.nino() if rng.random() < 0.6 else None, mail, h["phone"],
            make.phone(mobile=False) if rng.random() < 0.3 else None, street, town, pcode,
            (grouped(h["iban"]) if rng.random() < 0.5 else h["iban"]) if h["iban"] else None,
            rng.choice(OCCUPATIONS), rng.randint(0, 15), rng.choice(BRANCHES)[0], _moment(rng, 2016, 2024)))
        serial += rng.randint(1, 90)
        pol = _policy_no(serial)
        h["policy"] = pol
        start = _day(rng, 2024, 2025)
        end = f"{int(start[:4]) + 1}{start[4:]}"
        m.rows["POLICY"].append((pol, i, rng.choice(PRODUCTS)[0], start, end,
                                 Decimal(rng.randrange(29000, 260000)) / 100,
                                 rng.choice(("LV", "LV", "LV", "LP", "CX"))))
        make_, model = rng.choice(CARS)
        h["reg"] = make.reg()
        m.rows["VEHICLE"].append((i, pol, h["reg"], make.vin(), make_, model, rng.randint(2008, 2024),
                                  rng.randrange(1500, 48000, 250), pcode if rng.random() < 0.8 else fake.postcode()))
        drivers = [(first, last, born, sex, "Policyholder")]
        if rng.random() < 0.45:
            dsex = "F" if sex == "M" else "M"
            dfirst = fake.first_name_female() if dsex == "F" else fake.first_name_male()
            drivers.append((dfirst, last, _day(rng, 1950, 2005), dsex, rng.choice(("Spouse", "Partner"))))
        if rng.random() < 0.2:
            drivers.append((fake.first_name(), last, _day(rng, 2003, 2007), rng.choice("MF"), "Child"))
        for dfirst, dlast, dborn, dsex, rel in drivers:
            nd_id = len(m.rows["NAMED_DRIVER"]) + 1
            m.rows["NAMED_DRIVER"].append((
                nd_id, pol, f"{dfirst} {dlast}", dborn, make.licence(dlast, dfirst, dborn, dsex) if rng.random() < 0.9
                else None, rel, rng.choice(CONVICTIONS), rng.choice(CONDITIONS)))
    return holders


def _claims(rng: random.Random, m: Insurer, make: _Maker, fake: Faker, holders: list[dict]) -> None:
    m.rows["clmClaim"], m.rows["clmDocument"], m.rows["clmPayment"], m.rows["claim_note"] = [], [], [], []
    for i in range(1, CLAIM_COUNT + 1):
        h = rng.choice(holders)
        incident = _day(rng, 2024, 2025)
        tp = rng.random() < 0.5
        tp_name = f"{fake.first_name()} {fake.last_name()}" if tp else None
        tp_phone = make.phone() if tp and rng.random() < 0.8 else None
        tp_reg = make.reg() if tp else None
        template = rng.choice(LOSSES)
        loss = template.format(street=fake.street_address().replace("\n", ", "), name=f"{h['first']} {h['last']}",
                               age=rng.randint(6, 80), phone=h["phone"])
        location = rng.choice((f"{fake.street_name()}, {fake.city()}", "M5 southbound J19-J20", "A38 near Bridgwater",
                               f"outside {fake.street_address()}".replace("\n", ", ")))
        fnol = {"caller": {"name": f"{h['first']} {h['last']}", "phone": h["phone"], "email": h["email"]},
                "policy": h["policy"], "injuries": rng.random() < 0.3, "police_attended": rng.random() < 0.2,
                "location": location}
        if tp:
            fnol["third_party"] = {"name": tp_name, "phone": tp_phone, "reg": tp_reg}
        created = f"{incident} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        m.rows["clmClaim"].append((
            i, f"CLM{250000 + i * 13:07d}", h["policy"], h["reg"], incident, location, loss, tp_name, tp_phone, tp_reg,
            rng.choice(INSURERS) if tp else None, json.dumps(fnol) if rng.random() < 0.9 else None,
            Decimal(rng.randrange(25000, 1800000)) / 100,
            rng.choice(("OPEN", "OPEN", "SETTLED", "CLOSED", "REPUDIATED")),
            rng.randint(1, HANDLER_COUNT) if rng.random() < 0.95 else None,
            rng.randint(1, len(GARAGES)) if rng.random() < 0.7 else None, created))
        for _ in range(rng.randint(0, 2)):
            kind = rng.choice(("DAMAGE_PHOTO", "DAMAGE_PHOTO", "MEDICAL_REPORT", "DRIVING_LICENCE"))
            blob = jpeg_bytes(rng) if kind != "MEDICAL_REPORT" else pdf_bytes(
                ["Southmead Hospital, Emergency Department", f"Patient: {h['first']} {h['last']}",
                 f"Claim {h['policy']}", "Whiplash associated disorder grade II. Analgesia, physiotherapy."])
            m.rows["clmDocument"].append((len(m.rows["clmDocument"]) + 1, i, kind,
                                          "application/pdf" if kind == "MEDICAL_REPORT" else "image/jpeg", blob,
                                          apps.after(lambda a, b: _moment(rng, a, b), created, 2025)))
        if rng.random() < 0.5:
            to_holder = h["iban"] and rng.random() < 0.7
            payee, iban = (f"{h['first']} {h['last']}", h["iban"]) if to_holder else (
                f"{fake.first_name()} {fake.last_name()}", make.iban())
            m.rows["clmPayment"].append((
                len(m.rows["clmPayment"]) + 1, i, payee, grouped(iban) if rng.random() < 0.4 else iban,
                Decimal(rng.randrange(15000, 1200000)) / 100, f"PAY{rng.randint(10**9, 10**10 - 1)}",
                apps.after(lambda a, b: _moment(rng, a, b), created, 2025)))
        for _ in range(rng.randint(1, 3)):
            template = rng.choice(NOTES)
            iban = make.iban() if "{iban}" in template else ""
            text = template.format(
                name=tp_name or f"{h['first']} {h['last']}", phone=tp_phone or h["phone"],
                email=h["email"] or "no e-mail on file", iban=grouped(iban) if rng.random() < 0.5 else iban,
                street=fake.street_address().replace("\n", ", "), garage=rng.choice(GARAGES)[0],
                amount=rng.randrange(1500, 22000, 50))
            m.rows["claim_note"].append((len(m.rows["claim_note"]) + 1, i,
                                         rng.randint(1, HANDLER_COUNT) if rng.random() < 0.85 else None, text,
                                         rng.choice(CHANNELS),
                                         apps.after(lambda a, b: _moment(rng, a, b), created, 2025)))


def _portal(rng: random.Random, m: Insurer, make: _Maker, holders: list[dict]) -> None:
    m.rows["tbl_web_user"], m.rows["tbl_web_session"] = [], []
    users = [h for h in holders if h["email"] and rng.random() < 0.75]
    for n, h in enumerate(users, 1):
        created = _moment(rng, 2019, 2024)
        last = apps.after(lambda a, b: _moment(rng, a, b), created, 2025) if rng.random() < 0.9 else None
        m.rows["tbl_web_user"].append((n, h["email"], _argon2(rng), h["phone"] if rng.random() < 0.6 else None,
                                       _ip(rng) if last else None, last, rng.choice((0, 0, 0, 1, 2, 5)), created))
    for _ in range(150):
        started = _moment(rng, 2025, 2025)
        m.rows["tbl_web_session"].append((make.unique(lambda: rng.randbytes(32).hex()), rng.randint(1, len(users)),
                                          _ip(rng), rng.choice(USER_AGENTS) if rng.random() < 0.95 else None, started,
                                          started[:11] + f"{min(int(started[11:13]) + 1, 23):02d}" + started[13:]))
    m.rows["tbl_web_session"].sort()


def make_insurer(seed: int = SEED) -> Insurer:
    """The whole insurer, the same for the same seed."""
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    m = Insurer()
    make = _Maker(rng, m)
    _reference(rng, m, make)
    _handlers(rng, m, make, fake)
    holders = _holders(rng, m, make, fake)
    _claims(rng, m, make, fake, holders)
    _portal(rng, m, make, holders)
    return m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Insurer) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/seventh/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
