"""The twenty-third held-out application: a Lithuanian e-scooter rental, a Go/sqlc service with an acquired Lithuanian back office.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentythird/labels.yml) before any detector ran on it.

"Riedis UAB" (fictional) rents dockless e-scooters in Vilnius, Kaunas and Klaipėda. Its
Go team writes the rider API with sqlc over PostgreSQL: plural snake_case tables in
English, `uuid` rider ids, money as `*_cents` integers, `created_at`, and
golang-migrate's `schema_migrations` (`version`, `dirty`). Riders sign in with an SMS
code, so `riders.phone_e164` (+3706xxxxxxx) is UNIQUE and referenced by
`sms_otp_codes.phone_e164` through a foreign key. The tables: `riders` (phone, e-mail,
names, birth date, `personal_code` the 11-digit asmens kodas GYYMMDDNNNC with its
check digit, read from the identity card at KYC, a driving licence number, city, an
LT-xxxxx postcode, an avatar PNG, a JPEG KYC selfie, a referral code, the last IP,
`metadata` a JSON of app preferences, an emergency contact and a business rider's
company), `rider_sessions` (a refresh token, the device's UUID, an FCM push token, the
user agent, the IP), `sms_otp_codes` (the SHA-256 of a six-digit code), `payment_methods`
(Stripe's pm_ ids, card brand and last four digits, a SEPA direct-debit LT IBAN and its
holder's name), `vehicles` the fleet (QR code, the IoT module's IMEI with its Luhn
digit, the parked scooter's GPS position: not a person's), `trips` (a rider's start and
end coordinates and a GeoJSON route), `incidents` (damage and accident reports: free
text in Lithuanian or English quoting e-mails, phones, a refund IBAN, injuries; a third
party's name and phone; a PDF police protocol or medical certificate), `invoices`
(the buyer's name, e-mail and address, a person's or a business rider's company).

In 2024 Riedis bought "Paspirtukų servisas UAB", a Kaunas repair shop, and moved its
back office into the same database as it was: Lithuanian lower-case abbreviations from
a local accounting package (`darbuotojai` the staff with `vardas`, `pavarde`,
`asm_kodas`, `gim_data`, `lytis`, `sodros_nr` the social insurance number, `sask_nr` the
salary IBAN, `slaptazodis` an MD5-crypt of the old system; `tiekejai` the suppliers
with `imones_kodas` the 9-digit company code, `pvm_kodas` the LT VAT code, office
address, switchboard, info@ mailbox, company IBAN, `kontaktinis_asmuo`). `app_settings`
holds the company's own address, support line, mailboxes, VAT code and IBAN.

Everything here is the original side: the rows (`make_rental`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted), `create`,
and the personal e-mails and IBANs a leak check looks for (the suppliers', the business
buyers' and the company's own mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Scooters", "create", "dump", "load_labels", "make_rental"]

SEED = 20261129
LABELS = Path(__file__).resolve().parents[1] / "twentythird" / "labels.yml"
RIDER_COUNT = 260
STAFF_COUNT = 45
TRIP_COUNT = 600
INCIDENT_COUNT = 150
VEHICLE_COUNT = 120
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "riedis.lt"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "longtext", "blob": "longblob", "text": "longtext", "bool": "tinyint(1)",
                "uuid": "char(36)", "float": "double"},
    "postgresql": {"ts": "timestamp(0) with time zone", "json": "jsonb", "blob": "bytea", "text": "text",
                   "bool": "boolean", "uuid": "uuid", "float": "double precision"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "blob", "text": "text", "bool": "boolean",
               "uuid": "text", "float": "real"},
}

# Every table's column definitions, parents before children, as the migrations declare them.
SCHEMA: dict[str, tuple[str, ...]] = {
    "schema_migrations": ("version bigint PRIMARY KEY", "dirty {bool} NOT NULL"),
    "riders": (
        "id {uuid} PRIMARY KEY", "phone_e164 varchar(16) NOT NULL UNIQUE", "email varchar(254)",
        "first_name varchar(80)", "last_name varchar(80)", "birth_date date", "personal_code varchar(11)",
        "driving_licence_no varchar(12)", "city varchar(60)", "postcode varchar(8)", "locale varchar(5) NOT NULL",
        "avatar {blob}", "kyc_selfie {blob}", "kyc_status varchar(12) NOT NULL", "referral_code varchar(8) NOT NULL",
        "wallet_balance_cents bigint NOT NULL", "marketing_opt_in {bool} NOT NULL", "last_ip varchar(45)",
        "metadata {json}", "created_at {ts} NOT NULL", "deleted_at {ts}"),
    "rider_sessions": (
        "id bigint PRIMARY KEY", "rider_id {uuid} NOT NULL", "refresh_token varchar(64) NOT NULL UNIQUE",
        "device_id {uuid}", "push_token varchar(200)", "user_agent varchar(200)", "ip varchar(45)",
        "created_at {ts} NOT NULL", "expires_at {ts} NOT NULL"),
    "sms_otp_codes": (
        "id bigint PRIMARY KEY", "phone_e164 varchar(16) NOT NULL", "code_sha256 char(64) NOT NULL",
        "attempts smallint NOT NULL", "created_at {ts} NOT NULL", "used_at {ts}"),
    "payment_methods": (
        "id bigint PRIMARY KEY", "rider_id {uuid} NOT NULL", "kind varchar(12) NOT NULL",
        "stripe_pm_id varchar(40)", "card_brand varchar(12)", "card_last4 char(4)", "card_exp varchar(5)",
        "iban varchar(34)", "holder_name varchar(120)", "is_default {bool} NOT NULL", "created_at {ts} NOT NULL"),
    "vehicles": (
        "id bigint PRIMARY KEY", "qr_code varchar(8) NOT NULL UNIQUE", "iot_imei varchar(15) NOT NULL UNIQUE",
        "model varchar(30) NOT NULL", "firmware varchar(12) NOT NULL", "battery_pct smallint NOT NULL",
        "status varchar(12) NOT NULL", "zone varchar(30) NOT NULL", "last_lat {float}", "last_lon {float}",
        "updated_at {ts} NOT NULL"),
    "trips": (
        "id bigint PRIMARY KEY", "rider_id {uuid} NOT NULL", "vehicle_id bigint NOT NULL",
        "started_at {ts} NOT NULL", "ended_at {ts}", "start_lat {float} NOT NULL", "start_lon {float} NOT NULL",
        "end_lat {float}", "end_lon {float}", "route {json}", "distance_m integer NOT NULL",
        "price_cents integer NOT NULL", "status varchar(12) NOT NULL"),
    "darbuotojai": (
        "id integer PRIMARY KEY", "tab_nr varchar(6) NOT NULL UNIQUE", "vardas varchar(50) NOT NULL",
        "pavarde varchar(60) NOT NULL", "asm_kodas varchar(11)", "gim_data date", "lytis varchar(1)",
        "adresas varchar(150)", "tel_nr varchar(20)", "el_pastas varchar(120)", "sask_nr varchar(34)",
        "sodros_nr varchar(9)", "pareigos varchar(60) NOT NULL", "idarb_data date NOT NULL",
        "atleist_data date", "prisijungimas varchar(30) NOT NULL", "slaptazodis varchar(60) NOT NULL"),
    "incidents": (
        "id bigint PRIMARY KEY", "trip_id bigint", "rider_id {uuid} NOT NULL", "kind varchar(20) NOT NULL",
        "description {text} NOT NULL", "injury varchar(80)", "third_party_name varchar(120)",
        "third_party_phone varchar(20)", "police_report_no varchar(20)", "attachment {blob}",
        "handled_by integer", "status varchar(12) NOT NULL", "created_at {ts} NOT NULL", "closed_at {ts}"),
    "invoices": (
        "id bigint PRIMARY KEY", "rider_id {uuid} NOT NULL", "number varchar(20) NOT NULL UNIQUE",
        "issued_at {ts} NOT NULL", "net_cents integer NOT NULL", "vat_cents integer NOT NULL",
        "buyer_name varchar(150) NOT NULL", "buyer_email varchar(254)", "buyer_address varchar(200)",
        "buyer_company_code varchar(9)", "buyer_vat_code varchar(14)", "paid {bool} NOT NULL"),
    "tiekejai": (
        "id integer PRIMARY KEY", "pavadinimas varchar(150) NOT NULL", "imones_kodas varchar(9) NOT NULL UNIQUE",
        "pvm_kodas varchar(14)", "adresas varchar(150) NOT NULL", "tel_nr varchar(20) NOT NULL",
        "el_pastas varchar(120) NOT NULL", "sask_nr varchar(34)", "kontaktinis_asmuo varchar(100)",
        "aktyvus {bool} NOT NULL"),
    "app_settings": (
        "key varchar(60) PRIMARY KEY", "value varchar(255) NOT NULL", "updated_at {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("rider_sessions", ["rider_id"], "riders", ["id"]),
    _fk("sms_otp_codes", ["phone_e164"], "riders", ["phone_e164"]),
    _fk("payment_methods", ["rider_id"], "riders", ["id"]),
    _fk("trips", ["rider_id"], "riders", ["id"]),
    _fk("trips", ["vehicle_id"], "vehicles", ["id"]),
    _fk("incidents", ["trip_id"], "trips", ["id"]),
    _fk("incidents", ["rider_id"], "riders", ["id"]),
    _fk("incidents", ["handled_by"], "darbuotojai", ["id"]),
    _fk("invoices", ["rider_id"], "riders", ["id"]),
)

CITIES = (  # name, postcode prefixes, centre lat, lon, weight
    ("Vilnius", ("01", "03", "04", "08", "09", "10"), 54.6872, 25.2797, 55),
    ("Kaunas", ("44", "45", "46", "47", "48", "49"), 54.8985, 23.9036, 30),
    ("Klaipėda", ("91", "92", "93", "94"), 55.7033, 21.1443, 15),
)
STREETS = ("Gedimino pr.", "Konstitucijos pr.", "Savanorių pr.", "Laisvės al.", "Vilniaus g.", "Žirmūnų g.",
           "Kalvarijų g.", "Ukmergės g.", "Taikos pr.", "Pylimo g.", "Basanavičiaus g.", "Maironio g.",
           "Šilutės pl.", "Tilžės g.", "Antakalnio g.", "Pramonės pr.")
BANKS = ("73000", "70440", "40100", "72900", "32500", "35000", "21400")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "inbox.lt", "one.lt", "yahoo.com",
                "outlook.com", "hotmail.com", "icloud.com", "mail.ru")
IP_FIRSTS = (78, 84, 85, 88, 90, 158, 178, 185, 193, 213)
IPV6_PREFIXES = ("2a02:2a60", "2001:1ad8", "2a01:7a0")
SUPPLIERS = (  # pavadinimas, address, mailbox, domain
    ("Segway-Ninebot Europe B.V.", "Oude Apeldoornseweg 41, 7333 NR Apeldoorn", "sales", "segway-ninebot.nl"),
    ("UAB \"Elektros detalės\"", "Pramonės pr. 16, LT-51329 Kaunas", "info", "elektrosdetales.lt"),
    ("UAB \"Baltijos logistika\"", "Minijos g. 180, LT-93269 Klaipėda", "uzsakymai", "baltlog.lt"),
    ("AB \"Ignitis\"", "Laisvės pr. 10, LT-04215 Vilnius", "info", "ignitis.lt"),
    ("UAB \"Telia Lietuva\"", "Saltoniškių g. 7A, LT-03501 Vilnius", "verslas", "telia.lt"),
    ("UAB \"Padangų centras\"", "Ukmergės g. 223, LT-07156 Vilnius", "info", "padanguc.lt"),
    ("UAB \"Sandėliai LT\"", "Savanorių pr. 187, LT-02300 Vilnius", "nuoma", "sandeliai.lt"),
)
BUSINESSES = (  # a business rider's company: name, code, VAT code, address, accounts mailbox
    ("UAB \"Vilniaus kodas\"", "Konstitucijos pr. 7, LT-09308 Vilnius", "buhalterija", "vilniauskodas.lt"),
    ("UAB \"Nordic Fintech LT\"", "Gedimino pr. 20, LT-01103 Vilnius", "invoices", "nordicfintech.lt"),
    ("MB \"Kauno dizainas\"", "Laisvės al. 53, LT-44309 Kaunas", "info", "kaunodizainas.lt"),
)
MODELS = ("Ninebot Max G30", "Ninebot Max G30P", "Okai ES400", "Niu KQi3")
INJURIES = ("riešo lūžis", "sumušimai", "galvos smegenų sukrėtimas", "nubrozdinimai", "kelio raiščių patempimas",
            "broken wrist", "bruised ribs")
INCIDENT_KINDS = ("accident", "damage", "parking_fine", "lost_item", "refund", "complaint")
INCIDENTS = (
    "Nukritau ant {street}, paspirtukas staiga sustojo. Susilaužiau riešą, buvau Santaros klinikose. Tel. {phone}",
    "Prašau grąžinti pinigus į sąskaitą {iban}, kelionė buvo apmokestinta du kartus.",
    "Please refund to {iban} (holder {name}). Contact me at {email}.",
    "Susidūriau su dviratininku {third}, jo telefonas {third_phone}. Policija surašė protokolą.",
    "Palikau kuprinę ant paspirtuko prie {street}. Jei kas ras, skambinkite {phone} arba rašykite {email}.",
    "Scooter brake not working, I fell and hurt my knee. I'm pregnant so I went to the doctor to check.",
    "Gavau baudą už parkavimą, bet paspirtukas buvo zonoje. Mano el. paštas {email}.",
    "The app charged me 14.50 EUR for a 3 minute ride. My name is {name}, phone {phone}.",
    "Paspirtuko vairas buvo sulaužytas, pranešu, kad jo nenaudotų kiti.",
    "Vaikas (14 m.) važiavo su mano paskyra, atsiprašau. {name}",
)
DEVICES = ("Riedis/3.14.2 (iPhone15,3; iOS 17.5.1)", "Riedis/3.14.2 (Pixel 7; Android 14)",
           "Riedis/3.13.0 (SM-S918B; Android 14)", "Riedis/3.14.1 (iPhone13,2; iOS 16.7.8)",
           "Riedis/3.12.5 (Redmi Note 12; Android 13)")


@dataclass
class Scooters:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the suppliers', businesses' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def personal_code_digit(ten: str) -> str:
    """The asmens kodas check digit: weights 1..9,1 mod 11; if 10, weights 3..9,1,2,3; if 10 again, 0."""
    r = sum(int(d) * w for d, w in zip(ten, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))) % 11
    if r != 10:
        return str(r)
    r = sum(int(d) * w for d, w in zip(ten, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))) % 11
    return "0" if r == 10 else str(r)


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (0, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ")


def _fill(template: str, **makers: Any) -> str:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _female(family: str) -> str:
    """A Lithuanian married woman's family name from a man's (Kazlauskas -> Kazlauskienė)."""
    for ending in ("ius", "as", "is", "ys", "us"):
        if family.endswith(ending):
            return family[: -len(ending)] + "ienė"
    return family


class _Maker(apps.Unique):
    """Lithuanian values: personal codes, phones, e-mails, IBANs, company codes, tokens, hashes."""

    def __init__(self, rng: random.Random, m: Scooters) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def personal_code(self, born: str, sex: str) -> str:
        century = 3 if born < "2000" else 5
        first = str(century + (1 if sex == "F" else 0))

        def draw() -> str:
            ten = f"{first}{born[2:4]}{born[5:7]}{born[8:10]}{self.digits(3)}"
            return ten + personal_code_digit(ten)
        return self.unique(draw)

    def msisdn(self) -> str:
        """A mobile number, E.164 (+3706xxxxxxx)."""
        return "+370" + self.unique(lambda: "6" + self.digits(7))

    def phone(self, e164: str | None = None) -> str:
        """A mobile in one of the layouts people type."""
        n = (e164 or self.msisdn())[4:]
        return self.rng.choice((f"+370 {n[:3]} {n[3:]}", f"8 {n[:3]} {n[3:]}", f"8{n}", f"+370{n}",
                                f"00370 {n}", f"8-{n[:3]}-{n[3:]}"))

    def email(self, given: str, family: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(given).replace("-", ""), ascii_fold(family).replace("-", "")
        yy = str(year)[-2:] if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}_{s}{yy}", f"{f}{yy}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 9)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, personal: bool = True) -> str:
        bban = self.unique(lambda: self.rng.choice(BANKS) + self.digits(11))
        compact = "LT" + iban_check_digits("LT", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def company_code(self) -> str:
        return self.unique(lambda: self.rng.choice("123") + self.digits(8))

    def vat_code(self) -> str:
        return "LT" + self.unique(lambda: "1000" + self.digits(8))

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.2:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
        return apps.ipv4(rng, IP_FIRSTS)

    def imei(self) -> str:
        def draw() -> str:
            fourteen = "86" + self.digits(12)
            return fourteen + apps.luhn_digit(fourteen)
        return self.unique(draw)

    def md5crypt(self) -> str:
        alphabet = string.ascii_letters + string.digits + "./"
        return f"$1${''.join(self.rng.choices(alphabet, k=8))}${self.token(22, alphabet)}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("lt_LT")
        self.faker.seed_instance(seed)
        self.m = Scooters(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.riders: list[dict] = []
        self.staff: list[int] = []

    def person(self, first: int, last: int) -> dict:
        given = self.faker.first_name()
        sex = "F" if given.endswith(("a", "ė")) else "M"  # Lithuanian women's given names end in -a or -ė
        family = self.faker.last_name()
        if sex == "F":
            family = _female(family)
        return {"sex": sex, "given": given, "family": family, "born": apps.day(self.rng, first, last)}

    def name(self) -> str:
        p = self.person(1960, 2005)
        return f"{p['given']} {p['family']}"

    def city(self) -> tuple:
        return self.rng.choices(CITIES, [c[4] for c in CITIES])[0]

    def street(self) -> str:
        return f"{self.rng.choice(STREETS)} {self.rng.randint(1, 140)}{self.rng.choice(('', '', '', 'A', 'B'))}"

    def near(self, city: tuple) -> tuple[float, float]:
        return (round(city[2] + self.rng.uniform(-0.04, 0.04), 6), round(city[3] + self.rng.uniform(-0.07, 0.07), 6))


def _migrations(w: _World) -> None:
    when = dt.datetime(2023, 3, 1, 10, 0, 0)
    for _ in range(37):
        when += dt.timedelta(minutes=w.rng.randint(2000, 40000))
        w.m.rows["schema_migrations"].append((int(when.strftime("%Y%m%d%H%M%S")), False))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    posts = ("mechanikas", "mechanikas", "mechanikas", "sandėlininkas", "vairuotojas-ekspeditorius",
             "klientų aptarnavimo specialistas", "buhalterė", "vadovas")
    for n in range(1, STAFF_COUNT + 1):
        p = w.person(1965, 2003)
        given, family, city = p["given"], p["family"], w.city()
        email = make.unique(lambda: f"{ascii_fold(given)}.{ascii_fold(family)}@{OWN_DOMAIN}")
        w.m.emails.add(email.casefold())  # a named person's work mailbox
        hired = apps.day(rng, 2016, 2025)
        w.m.rows["darbuotojai"].append((
            n, f"{n:04d}", given, family, make.personal_code(p["born"], p["sex"]) if rng.random() < 0.9 else None,
            p["born"], "M" if p["sex"] == "F" else "V", f"{w.street()}, LT-{rng.choice(city[1])}{make.digits(3)} "
            f"{city[0]}" if rng.random() < 0.9 else None, make.phone() if rng.random() < 0.9 else None, email,
            make.iban() if rng.random() < 0.85 else None,
            rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + make.digits(7)
            if rng.random() < 0.8 else None, rng.choice(posts), hired,
            apps.day(rng, int(hired[:4]), 2025) if rng.random() < 0.15 else None,
            make.unique(lambda: (ascii_fold(given)[:3] + ascii_fold(family)[:5])), make.md5crypt()))
        w.staff.append(n)


def _suppliers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, address, mailbox, domain) in enumerate(SUPPLIERS, 1):
        w.m.rows["tiekejai"].append((
            n, name, make.company_code(), make.vat_code(), address, f"+370 5 2{make.digits(2)} {make.digits(4)}",
            f"{mailbox}@{domain}", make.iban(personal=False), w.name() if rng.random() < 0.8 else None, True))


def _vehicles(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, VEHICLE_COUNT + 1):
        city = w.city()
        lat, lon = w.near(city)
        w.m.rows["vehicles"].append((
            n, make.unique(lambda: f"R{rng.randint(1000, 9999)}"), make.imei(), rng.choice(MODELS),
            f"v{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}", rng.randint(3, 100),
            rng.choice(("available", "available", "in_use", "charging", "repair")), f"{city[0]}-{rng.randint(1, 6)}",
            lat, lon, _moment(rng, 2025, 2025)))


def _riders(w: _World) -> None:
    rng, make = w.rng, w.make
    for _ in range(RIDER_COUNT):
        p = w.person(1965, 2008)
        given, family, born, city = p["given"], p["family"], p["born"], w.city()
        rid = make.uuid()
        msisdn = make.msisdn()
        kyc = rng.random() < 0.7
        email = make.email(given, family, int(born[:4])) if rng.random() < 0.9 else None
        meta: dict[str, Any] = {"theme": rng.choice(("dark", "light", "system")), "helmet_reminder": rng.random() < 0.5}
        if rng.random() < 0.3:
            meta["emergency_contact"] = {"name": w.name(), "phone": make.phone()}
        business = None
        if rng.random() < 0.1:
            business = rng.choice(BUSINESSES)
            meta["business"] = {"company": business[0], "cost_centre": f"CC-{rng.randint(100, 999)}"}
        if rng.random() < 0.1:
            meta["student_discount"] = {"university": rng.choice(("VU", "KTU", "VGTU")),
                                        "isic": f"S{make.digits(3)} {make.digits(3)} {make.digits(3)} {make.digits(3)}"}
        created = _moment(rng, 2021, 2025)
        w.riders.append({"id": rid, "given": given, "family": family, "email": email, "msisdn": msisdn,
                         "city": city, "business": business, "created": created})
        w.m.rows["riders"].append((
            rid, msisdn, email, given if kyc or rng.random() < 0.5 else None,
            family if kyc or rng.random() < 0.5 else None, born if kyc else None,
            make.personal_code(born, p["sex"]) if kyc and rng.random() < 0.9 else None,
            make.unique(lambda: make.digits(8)) if kyc and rng.random() < 0.6 else None, city[0],
            f"LT-{rng.choice(city[1])}{make.digits(3)}" if rng.random() < 0.6 else None,
            rng.choice(("lt", "lt", "lt", "en", "ru", "pl")), apps.png_bytes(rng) if rng.random() < 0.4 else None,
            apps.jpeg_bytes(rng) if kyc else None, "verified" if kyc else rng.choice(("pending", "none", "rejected")),
            make.unique(lambda: "".join(rng.choices(string.ascii_uppercase + string.digits, k=6))),
            rng.choice((0, 0, 0, 150, 500, 1000, 2000)), rng.random() < 0.35, make.ip() if rng.random() < 0.9 else None,
            json.dumps(meta, ensure_ascii=False), created, _plus(created, rng.randint(1000, 900000))
            if rng.random() < 0.05 else None))


def _sessions_and_codes(w: _World) -> None:
    rng, make = w.rng, w.make
    for r in w.riders:
        for _ in range(rng.choice((0, 1, 1, 2))):
            created = _moment(rng, int(r["created"][:4]), 2025)
            device = rng.choice(DEVICES)
            push = (make.token(22, string.ascii_letters + string.digits + "-_") + ":APA91b"
                    + make.token(134, string.ascii_letters + string.digits + "-_")) if "Android" in device else (
                make.token(64, "0123456789abcdef"))
            w.m.rows["rider_sessions"].append((
                len(w.m.rows["rider_sessions"]) + 1, r["id"], make.token(64, "0123456789abcdef"), make.uuid(),
                push if rng.random() < 0.8 else None, device, make.ip(), created, _plus(created, 60 * 24 * 30)))
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            created = _moment(rng, int(r["created"][:4]), 2025)
            code = f"{rng.randint(0, 999999):06d}"
            w.m.rows["sms_otp_codes"].append((
                len(w.m.rows["sms_otp_codes"]) + 1, r["msisdn"], hashlib.sha256(f"{code}{r['msisdn']}".encode())
                .hexdigest(), rng.choice((1, 1, 1, 2, 3)), created,
                _plus(created, rng.randint(0, 4)) if rng.random() < 0.85 else None))


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    for r in w.riders:
        for k in range(rng.choice((0, 1, 1, 1, 2))):
            created = _moment(rng, int(r["created"][:4]), 2025)
            if rng.random() < 0.75:
                row = ("card", "pm_" + make.token(24), rng.choice(("visa", "mastercard", "amex")), make.digits(4),
                       f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}", None, None)
            else:
                row = ("sepa_debit", "pm_" + make.token(24), None, None, None, make.iban(),
                       f"{r['given']} {r['family']}".upper() if rng.random() < 0.5 else f"{r['given']} {r['family']}")
            w.m.rows["payment_methods"].append((len(w.m.rows["payment_methods"]) + 1, r["id"], *row, k == 0, created))


def _trips(w: _World) -> list[dict]:
    rng = w.rng
    trips = []
    for n in range(1, TRIP_COUNT + 1):
        r = rng.choice(w.riders)
        start = w.near(r["city"])
        end = w.near(r["city"])
        started = _moment(rng, max(2023, int(r["created"][:4])), 2025, (6, 23))
        minutes = rng.randint(2, 45)
        done = rng.random() < 0.97
        points = [[start[1], start[0]]] + [[round(start[1] + (end[1] - start[1]) * k / 4, 6),
                                            round(start[0] + (end[0] - start[0]) * k / 4, 6)] for k in (1, 2, 3)]
        points.append([end[1], end[0]])
        route = json.dumps({"type": "LineString", "coordinates": points}) if done and rng.random() < 0.8 else None
        w.m.rows["trips"].append((
            n, r["id"], rng.randint(1, VEHICLE_COUNT), started, _plus(started, minutes) if done else None,
            start[0], start[1], end[0] if done else None, end[1] if done else None, route,
            rng.randint(300, 9000) if done else 0, 100 + minutes * 25 if done else 0,
            "finished" if done else "cancelled"))
        trips.append({"id": n, "rider": r, "started": started})
    return trips


def _incidents(w: _World, trips: list[dict]) -> None:
    rng, make = w.rng, w.make
    for n in range(1, INCIDENT_COUNT + 1):
        t = rng.choice(trips)
        r = t["rider"]
        template = rng.choice(INCIDENTS)
        third = w.name() if rng.random() < 0.3 or "{third}" in template else None
        third_phone = make.phone() if third and rng.random() < 0.7 else None
        text = _fill(template, street=w.street, phone=lambda: make.phone(r["msisdn"]) if rng.random() < 0.6
                     else make.phone(), iban=lambda: grouped(make.iban()) if rng.random() < 0.5 else make.iban(),
                     name=lambda: f"{r['given']} {r['family']}", email=lambda: r["email"] or make.email(
                         r["given"], r["family"]), third=lambda: third, third_phone=lambda: third_phone or make.phone())
        kind = "accident" if "Nukritau" in template or "fell" in template or "{third}" in template else (
            rng.choice(INCIDENT_KINDS))
        injury = rng.choice(INJURIES) if kind == "accident" and rng.random() < 0.7 else None
        attachment = None
        if injury or "{third}" in template:
            attachment = apps.pdf_bytes([
                rng.choice(("Eismo įvykio deklaracija", "Medicininė pažyma Nr. 027/a", "Policijos protokolas")),
                f"{r['given']} {r['family']}", injury or "materialinė žala"])
        created = _plus(t["started"], rng.randint(10, 3000))
        closed = rng.random() < 0.8
        w.m.rows["incidents"].append((
            n, t["id"] if rng.random() < 0.9 else None, r["id"], kind, text, injury, third, third_phone,
            f"EIS-{rng.randint(2023, 2025)}-{make.digits(6)}" if kind == "accident" and rng.random() < 0.5 else None,
            attachment, rng.choice(w.staff) if rng.random() < 0.8 else None,
            "closed" if closed else rng.choice(("open", "waiting")), created,
            _plus(created, rng.randint(30, 20000)) if closed else None))


def _invoices(w: _World) -> None:
    rng, make = w.rng, w.make
    for r in w.riders:
        if not (r["business"] or rng.random() < 0.25):
            continue
        for _ in range(rng.randint(1, 3)):
            issued = _moment(rng, max(2024, int(r["created"][:4])), 2025)
            net = rng.randint(300, 9000)
            if r["business"]:
                name, address, mailbox, domain = r["business"]
                email, code, vat = f"{mailbox}@{domain}", make.company_code(), make.vat_code()
            else:
                name = f"{r['given']} {r['family']}"
                email = r["email"]
                city = r["city"]
                address = (f"{w.street()}, LT-{rng.choice(city[1])}{make.digits(3)} {city[0]}"
                           if rng.random() < 0.6 else None)
                code = vat = None
            n = len(w.m.rows["invoices"]) + 1
            w.m.rows["invoices"].append((
                n, r["id"], f"RDS{issued[:4]}-{n:06d}", issued, net, round(net * 0.21), name, email, address, code,
                vat, rng.random() < 0.9))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for key, value in (
        ("company.name", "Riedis UAB"),
        ("company.address", "Žalgirio g. 90, LT-09303 Vilnius"),
        ("company.code", "305987123"),
        ("company.vat_code", "LT100014567812"),
        ("company.iban", grouped(make.iban(personal=False))),
        ("support.phone", "+370 5 214 0077"),
        ("support.email", f"pagalba@{OWN_DOMAIN}"),
        ("billing.email", f"saskaitos@{OWN_DOMAIN}"),
        ("pricing.unlock_cents", "100"),
        ("pricing.minute_cents", "25"),
        ("otp.ttl_seconds", "300"),
        ("kyc.min_age", "16"),
    ):
        w.m.rows["app_settings"].append((key, value, _moment(rng, 2024, 2025)))


def make_rental(seed: int = SEED) -> Scooters:
    """The whole scooter rental, the same for the same seed."""
    w = _World(seed)
    _migrations(w)
    _staff(w)
    _suppliers(w)
    _vehicles(w)
    _riders(w)
    _sessions_and_codes(w)
    _payments(w)
    _incidents(w, _trips(w))
    _invoices(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Scooters) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentythird/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
