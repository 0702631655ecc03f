"""The eighteenth held-out application: a Romanian ride-hailing app's NestJS/TypeORM service and its accounting ERP.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the seventeen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/eighteenth/labels.yml) before any detector ran on it.

"Rideo" (fictional), a ride-hailing start-up in Bucharest, Cluj-Napoca and Iași, runs
its apps on a NestJS back end with TypeORM's default naming: singular snake_case tables
named after the entity classes and camelCase columns exactly as the TypeScript
properties spell them, `varchar(36)` UUID keys, `<relation>Id` foreign keys:
`rider` (`firstName`, `lastName`, `email` UNIQUE and referenced by
`promo_redemption.riderEmail`, `phoneNumber` +40 7xx, an argon2id `passwordHash`,
`birthDate`, `gender`, `savedPlaces` JSON with the home and work addresses and their
coordinates, `avatar` PNG, `walletBalance`, `referralCode`), `driver` (names, e-mail,
phone, `cnp` the personal numeric code with its check digit, `idCardSeries` "RX 123456",
`licenseNumber`, `atestatNumber` the professional driver certificate, birth date,
gender, address, `postalCode` 6 digits, `city`, `county`, `iban` for the weekly payout,
`criminalRecordClear` and `criminalRecordNote` from the "cazier judiciar", a PDF
`idCardScan`, a JPEG `profilePhoto`, `fleetPartnerId` to the ERP's partners), `vehicle`
(`plateNumber` B-123-ABC, `vin`, make, model, colour, the RCA policy), `ride` (pickup
and drop-off addresses and coordinates, fares, ratings, `noteForDriver` with intercom
codes, names and phones), `payment` (Netopia/Stripe ids, card brand and last four
digits), `auth_session` (refresh tokens, FCM push tokens, IPs, user agents, device ids),
`support_ticket` (the agent's and the person's messages, with e-mails, phones and an
IBAN for a refund), `promo_code`, `promo_redemption` and `app_setting` (the company's
own address, phone, mailboxes, CUI and IBAN). The accounting runs on a Romanian ERP of
the SAGA/WinMentor kind, upper-case Romanian abbreviations with underscores:
`PARTENERI` the fleet partners (SRLs with their COD_FISCAL RO+check digit, NR_REG_COM
J40/1234/2019, company IBANs, PERS_CONTACT the administrator's name), `SALARIATI` the
staff (MARCA, NUME, PRENUME, CNP, SERIE_CI, DATA_NASTERII, SEX, address, phone, work
e-mail, salary IBAN, SALARIU_BAZA, FUNCTIA, GRAD_HANDICAP the disability grade) and
`FACTURI` the partners' invoices.

Everything here is the original side: the rows (`make_rideshare`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so the
camelCase survives PostgreSQL), `create`, and the personal e-mails and IBANs a leak
check looks for (the partners' and the company's mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Rideshare", "create", "dump", "load_labels", "make_rideshare"]

SEED = 20260718
LABELS = Path(__file__).resolve().parents[1] / "eighteenth" / "labels.yml"
RIDER_COUNT = 240
DRIVER_COUNT = 90
STAFF_COUNT = 36
RIDE_COUNT = 300
SESSION_COUNT = 260
TICKET_COUNT = 120
TODAY = dt.date(2025, 12, 3)
OWN_DOMAIN = "rideo.ro"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "longblob", "text": "text", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "text": "text", "bool": "boolean"},
    "sqlite": {"ts": "datetime", "json": "json", "blob": "blob", "text": "text", "bool": "boolean"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the accounting ERP (upper-case Romanian abbreviations) --
    "PARTENERI": (
        "COD integer PRIMARY KEY", "DENUMIRE varchar(100) NOT NULL", "COD_FISCAL varchar(12) NOT NULL",
        "NR_REG_COM varchar(20)", "ADRESA varchar(120)", "LOCALITATE varchar(40)", "JUDET varchar(20)",
        "TELEFON varchar(20)", "EMAIL varchar(80)", "CONT_IBAN varchar(34)", "BANCA varchar(40)",
        "PERS_CONTACT varchar(60)", "COTA_COMISION decimal(4,2) NOT NULL", "ACTIV {bool} NOT NULL"),
    "SALARIATI": (
        "MARCA integer PRIMARY KEY", "NUME varchar(40) NOT NULL", "PRENUME varchar(40) NOT NULL",
        "CNP char(13) NOT NULL UNIQUE", "SERIE_CI varchar(10)", "DATA_NASTERII date NOT NULL", "SEX char(1) NOT NULL",
        "ADRESA varchar(120)", "LOCALITATE varchar(40)", "JUDET varchar(20)", "TELEFON varchar(20)",
        "EMAIL varchar(80)", "IBAN varchar(34) NOT NULL", "SALARIU_BAZA decimal(9,2) NOT NULL",
        "FUNCTIA varchar(40) NOT NULL", "DATA_ANGAJARII date NOT NULL", "GRAD_HANDICAP varchar(10)",
        "ACTIV {bool} NOT NULL"),
    "FACTURI": (
        "ID_FACT integer PRIMARY KEY", "SERIE varchar(6) NOT NULL", "NR_FACT integer NOT NULL",
        "DATA_FACT date NOT NULL", "COD_PARTENER integer NOT NULL", "VALOARE decimal(12,2) NOT NULL",
        "TVA decimal(12,2) NOT NULL", "SCADENTA date NOT NULL", "ACHITAT {bool} NOT NULL"),
    # -- the NestJS/TypeORM service (entity names, camelCase properties) --
    "rider": (
        "id varchar(36) PRIMARY KEY", "firstName varchar(60) NOT NULL", "lastName varchar(60) NOT NULL",
        "email varchar(120) NOT NULL UNIQUE", "phoneNumber varchar(20) NOT NULL", "passwordHash varchar(120)",
        "birthDate date", "gender varchar(10)", "savedPlaces {json}", "avatar {blob}",
        "walletBalance decimal(8,2) NOT NULL", "referralCode varchar(12) NOT NULL UNIQUE", "locale varchar(5) NOT NULL",
        "marketingOptIn {bool} NOT NULL", "isBlocked {bool} NOT NULL", "createdAt {ts} NOT NULL",
        "updatedAt {ts} NOT NULL"),
    "driver": (
        "id varchar(36) PRIMARY KEY", "firstName varchar(60) NOT NULL", "lastName varchar(60) NOT NULL",
        "email varchar(120) NOT NULL", "phoneNumber varchar(20) NOT NULL", "passwordHash varchar(120) NOT NULL",
        "cnp char(13) NOT NULL", "idCardSeries varchar(10)", "licenseNumber varchar(12) NOT NULL",
        "atestatNumber varchar(12)", "birthDate date NOT NULL", "gender varchar(10)", "address varchar(160)",
        "postalCode char(6)", "city varchar(40) NOT NULL", "county varchar(20)", "iban varchar(34)",
        "criminalRecordClear {bool} NOT NULL", "criminalRecordNote {text}", "idCardScan {blob}",
        "profilePhoto {blob}", "fleetPartnerId integer", "status varchar(12) NOT NULL",
        "ratingAvg decimal(3,2)", "createdAt {ts} NOT NULL", "updatedAt {ts} NOT NULL"),
    "vehicle": (
        "id varchar(36) PRIMARY KEY", "driverId varchar(36) NOT NULL", "plateNumber varchar(12) NOT NULL",
        "vin char(17)", "make varchar(30) NOT NULL", "model varchar(30) NOT NULL", "year smallint NOT NULL",
        "color varchar(20)", "seats smallint NOT NULL", "category varchar(12) NOT NULL",
        "rcaPolicyNumber varchar(20)", "itpValidUntil date", "createdAt {ts} NOT NULL"),
    "ride": (
        "id varchar(36) PRIMARY KEY", "riderId varchar(36) NOT NULL", "driverId varchar(36)",
        "vehicleId varchar(36)", "status varchar(12) NOT NULL", "category varchar(12) NOT NULL",
        "pickupAddress varchar(160) NOT NULL", "pickupLat decimal(9,6) NOT NULL", "pickupLng decimal(9,6) NOT NULL",
        "dropoffAddress varchar(160) NOT NULL", "dropoffLat decimal(9,6) NOT NULL",
        "dropoffLng decimal(9,6) NOT NULL", "distanceKm decimal(6,2)", "durationSec integer",
        "fareAmount decimal(8,2)", "surgeMultiplier decimal(3,2) NOT NULL", "noteForDriver varchar(300)",
        "riderRating smallint", "driverRating smallint", "cancelReason varchar(40)", "requestedAt {ts} NOT NULL",
        "completedAt {ts}"),
    "payment": (
        "id varchar(36) PRIMARY KEY", "rideId varchar(36) NOT NULL", "amount decimal(8,2) NOT NULL",
        "currency char(3) NOT NULL", "provider varchar(12) NOT NULL", "providerTransactionId varchar(40)",
        "cardBrand varchar(12)", "cardLast4 char(4)", "status varchar(12) NOT NULL", "createdAt {ts} NOT NULL"),
    "auth_session": (
        "id varchar(36) PRIMARY KEY", "userId varchar(36) NOT NULL", "userType varchar(8) NOT NULL",
        "refreshToken varchar(100) NOT NULL", "fcmToken varchar(200)", "deviceId varchar(40)",
        "ipAddress varchar(45) NOT NULL", "userAgent varchar(200)", "createdAt {ts} NOT NULL",
        "expiresAt {ts} NOT NULL", "revokedAt {ts}"),
    "support_ticket": (
        "id integer PRIMARY KEY", "riderId varchar(36)", "driverId varchar(36)", "rideId varchar(36)",
        "subject varchar(120) NOT NULL", "message {text} NOT NULL", "agentReply {text}", "agentMarca integer",
        "channel varchar(10) NOT NULL", "status varchar(12) NOT NULL", "createdAt {ts} NOT NULL",
        "closedAt {ts}"),
    "promo_code": (
        "code varchar(20) PRIMARY KEY", "description varchar(120) NOT NULL", "discountPercent smallint NOT NULL",
        "maxRedemptions integer NOT NULL", "validFrom date NOT NULL", "validUntil date NOT NULL",
        "isActive {bool} NOT NULL"),
    "promo_redemption": (
        "id integer PRIMARY KEY", "promoCode varchar(20) NOT NULL", "riderEmail varchar(120) NOT NULL",
        "rideId varchar(36)", "discountAmount decimal(8,2) NOT NULL", "redeemedAt {ts} NOT NULL"),
    "app_setting": (
        "key varchar(80) PRIMARY KEY", "value {text} NOT NULL", "updatedAt {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

# TypeORM declared the relations (riders' e-mail is what the promo service keys on,
# since it ran before the rider ids existed); the ERP checks its own.
FOREIGN_KEYS = (
    _fk("FACTURI", ["COD_PARTENER"], "PARTENERI", ["COD"]),
    _fk("driver", ["fleetPartnerId"], "PARTENERI", ["COD"]),
    _fk("vehicle", ["driverId"], "driver", ["id"]),
    _fk("ride", ["riderId"], "rider", ["id"]),
    _fk("ride", ["driverId"], "driver", ["id"]),
    _fk("ride", ["vehicleId"], "vehicle", ["id"]),
    _fk("payment", ["rideId"], "ride", ["id"]),
    _fk("support_ticket", ["riderId"], "rider", ["id"]),
    _fk("support_ticket", ["driverId"], "driver", ["id"]),
    _fk("support_ticket", ["rideId"], "ride", ["id"]),
    _fk("support_ticket", ["agentMarca"], "SALARIATI", ["MARCA"]),
    _fk("promo_redemption", ["promoCode"], "promo_code", ["code"]),
    _fk("promo_redemption", ["riderEmail"], "rider", ["email"]),
    _fk("promo_redemption", ["rideId"], "ride", ["id"]),
)

CITIES = (  # city, county, county code for the CNP, plate prefix, postcode prefix, lat, lng, landline area
    ("București", "București", "41", "B", "0", 44.4268, 26.1025, "021"),
    ("Cluj-Napoca", "Cluj", "12", "CJ", "400", 46.7712, 23.6236, "0264"),
    ("Iași", "Iași", "22", "IS", "700", 47.1585, 27.6014, "0232"),
)
PARTNERS = (  # name, city index, mailbox, domain, bank code, bank name
    ("Fast Fleet Solutions SRL", 0, "office", "fastfleet.ro", "BTRL", "Banca Transilvania"),
    ("Autoclass Transport SRL", 0, "contabilitate", "autoclass-transport.ro", "BRDE", "BRD"),
    ("Nord Mobility SRL", 1, "contact", "nordmobility.ro", "BTRL", "Banca Transilvania"),
    ("Moldova Drive Partener SRL", 2, "office", "moldovadrive.ro", "RNCB", "BCR"),
    ("Urban Cars Leasing SRL", 0, "facturare", "urbancars.ro", "INGB", "ING Bank"),
    ("Transilvania Ride Fleet SRL", 1, "office", "trfleet.ro", "RZBR", "Raiffeisen Bank"),
)
BANKS = ("BTRL", "BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX", "CECE")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.ro", "yahoo.com", "outlook.com",
                "hotmail.com", "icloud.com", "protonmail.com")
IP_FIRSTS = (5, 31, 79, 86, 89, 93, 109, 188)
IPV6_PREFIXES = ("2a02:2f0c", "2a02:2f04", "2a01:4f8", "2a02:586")
MOBILE_PREFIXES = ("72", "72", "73", "74", "75", "76", "77", "78")
STREETS = ("Strada", "Strada", "Bulevardul", "Calea", "Aleea", "Șoseaua")
MAKES = (("Dacia", "Logan"), ("Dacia", "Spring"), ("Toyota", "Corolla"), ("Toyota", "C-HR"), ("Skoda", "Octavia"),
         ("Hyundai", "Ioniq"), ("Kia", "Niro"), ("Renault", "Megane"), ("Volkswagen", "Passat"), ("Tesla", "Model 3"))
COLOURS = ("alb", "negru", "gri", "argintiu", "albastru", "roșu")
JOBS = (("Agent suport clienți", 4200), ("Agent suport clienți", 4200), ("Specialist onboarding șoferi", 5200),
        ("Contabil", 6800), ("Dezvoltator backend", 11500), ("Manager operațiuni", 9800), ("Dispecer", 4600))
RIDE_NOTES = (
    "Interfon 23, etajul 4. Dacă nu răspund sunați-o pe {name} la {phone}.",
    "Sunt la poarta 2 a spitalului, cu un copil în brațe.",
    "Vă rog sunați când ajungeți: {phone}",
    "Am bagaje mari, un cărucior pentru copii.",
    "Merg la dializă, vă rog ajutați-mă cu scaunul cu rotile.",
    "Aștept în fața blocului B3, scara 2.",
    "Comanda este pentru mama mea, {name}, nu are telefon smart.",
    None, None, None, None, None, None, None, None, None, None, None,
)
TICKET_MESSAGES = (
    ("Obiect pierdut", "Am uitat un rucsac negru în mașină (cursa de aseară). Mă puteți contacta la {phone} sau {email}."),
    ("Rambursare", "Am fost taxat de două ori. Vă rog returnați banii în contul {iban}, titular {name}."),
    ("Șofer nepoliticos", "Șoferul a vorbit urât și a fumat în mașină. Numărul mașinii era {plate}."),
    ("Schimbare e-mail", "Vreau să-mi schimb adresa de e-mail din {email} în {email2}."),
    ("Plată șofer", "Nu am primit plata săptămânală în IBAN-ul {iban}. CNP {cnp}."),
    ("Cont blocat", "Contul meu a fost blocat fără motiv, numărul meu este {phone}."),
    ("Accident", "Am avut un accident ușor, pasagerul {name} s-a lovit la genunchi. Am anunțat poliția."),
    ("Facturare", "Doresc factură pe firmă: Vertex Consulting SRL, CUI RO28741155."),
    ("Tarif greșit", "Traseul a fost lungit intenționat, am plătit 78 lei în loc de 35."),
)
REPLIES = (
    "Bună ziua, am verificat cursa și am inițiat rambursarea. O zi bună, {agent}",
    "Vă mulțumim, am transmis șoferului. Echipa Rideo",
    "Vă rugăm trimiteți o copie a buletinului la documente@rideo.ro.",
    None, None,
)
CRIMINAL_NOTES = ("Cazier fără înscrieri, eliberat {day}.", "Condamnare 2016 conducere fără permis, reabilitat.",
                  "Amendă penală 2019 (art. 336 C.pen.), aprobat cu excepție de manager.", None, None, None, None)
AGENTS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) RideoApp/4.{v}.0",
          "RideoApp/4.{v}.0 (Android 14; Samsung SM-A546B)", "RideoDriver/2.{v}.1 (Android 13; Xiaomi 23021RAA2Y)",
          "okhttp/4.12.0 RideoApp/4.{v}.2")


@dataclass
class Rideshare:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the partners' or the company's)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def cnp_digit(twelve: str) -> str:
    """The check digit of a Romanian personal numeric code (CNP): key 279146358279, mod 11."""
    r = sum(int(d) * int(k) for d, k in zip(twelve, "279146358279")) % 11
    return "1" if r == 10 else str(r)


def cui_digit(body: str) -> str:
    """The check digit of a Romanian company tax code (CUI): key 753217532, times 10, mod 11."""
    padded = body.rjust(9, "0")
    r = sum(int(d) * int(k) for d, k in zip(padded, "753217532")) * 10 % 11
    return "0" if r == 10 else str(r)


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (0, 23)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (0, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _plus(when: str, minutes: int) -> str:
    t = dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)
    return min(t, dt.datetime.combine(TODAY, dt.time(23, 59))).isoformat(sep=" ")


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Romanian values: phones, e-mails, IBANs, CNPs, plates, tokens."""

    def __init__(self, rng: random.Random, m: Rideshare) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def mobile(self, style: str = "any") -> str:
        rng = self.rng
        n = self.unique(lambda: "07" + rng.choice(MOBILE_PREFIXES)[1] + self.digits(7))
        if style == "e164":
            return f"+4{n}"
        return rng.choice((n, n, f"{n[:4]} {n[4:7]} {n[7:]}", f"+4{n}", f"+4{n}", f"+40 {n[1:4]} {n[4:7]} {n[7:]}",
                           f"{n[:4]}.{n[4:7]}.{n[7:]}"))

    def email(self, first: str, last: str, year: int | None = None, domain: str | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        if domain:
            address = self.unique(lambda: f"{f}.{s}{'' if rng.random() < 0.9 else rng.randint(2, 9)}@{domain}")
        else:
            yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
            local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{s}.{f}", f"{f}{s}", f"{f}_{s}", f"{f[0]}{s}", f"{f}{yy}",
                                f"{s}{f}{yy}"))
            address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                          f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, bank: str | None = None, personal: bool = True) -> str:
        rng = self.rng
        code = bank or rng.choice(BANKS)
        if code == "BTRL":
            body = self.unique(lambda: code + "RONCRT" + self.digits(10))
        else:
            body = self.unique(lambda: code + self.digits(16))
        compact = "RO" + iban_check_digits("RO", body) + body
        if personal:
            self.m.ibans.add(compact)
        return compact

    def cnp(self, born: str, sex: str, county: str) -> str:
        century = {"19": ("1", "2"), "20": ("5", "6")}[born[:2]]
        first = century[0] if sex == "M" else century[1]
        return self.unique(lambda: (lambda t: t + cnp_digit(t))(
            first + born[2:4] + born[5:7] + born[8:10] + county + self.digits(3)))

    def id_card(self, county_plate: str) -> str:
        series = {"B": ("RX", "RT", "RR", "DP"), "CJ": ("CJ", "KX"), "IS": ("MX", "MZ")}[county_plate]
        return self.unique(lambda: f"{self.rng.choice(series)} {self.digits(6)}")

    def plate(self, county_plate: str) -> str:
        rng = self.rng
        number = f"{rng.randint(1, 999):03d}" if county_plate == "B" else f"{rng.randint(1, 99):02d}"
        letters = "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=3))
        plate = self.unique(lambda: f"{county_plate}-{number}-{letters}")
        return rng.choice((plate, plate, plate.replace("-", " ")))

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def argon2(self) -> str:
        return ("$argon2id$v=19$m=65536,t=3,p=4$" + apps.b64(self.rng.randbytes(16)) + "$"
                + apps.b64(self.rng.randbytes(32)))

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
        return apps.ipv4(rng, IP_FIRSTS)


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("ro_RO")
        self.faker.seed_instance(seed)
        self.m = Rideshare(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.riders: list[dict] = []
        self.drivers: list[dict] = []
        self.vehicles: list[dict] = []
        self.rides: list[dict] = []
        self.staff: list[dict] = []

    def person(self, first_year: int = 1958, last_year: int = 2005) -> dict:
        rng, faker = self.rng, self.faker
        sex = rng.choice("MF")
        first = faker.first_name_male() if sex == "M" else faker.first_name_female()
        last = faker.last_name()
        city = rng.choices(range(len(CITIES)), (60, 25, 15))[0]
        name, county, code, plate, zip_prefix, lat, lng, area = CITIES[city]
        street = f"{rng.choice(STREETS)} {faker.last_name()} nr. {rng.randint(1, 180)}"
        if rng.random() < 0.6:
            street += f", bl. {rng.choice(('A', 'B', 'C', 'M', 'P'))}{rng.randint(1, 20)}, sc. {rng.randint(1, 4)}, " \
                      f"ap. {rng.randint(1, 90)}"
        zip_code = zip_prefix + "".join(rng.choices(string.digits, k=6 - len(zip_prefix)))
        if city == 0:
            zip_code = "0" + rng.choice("1234567") + "".join(rng.choices(string.digits, k=4))
        return {"sex": sex, "first": first, "last": last, "born": apps.day(rng, first_year, last_year),
                "city": city, "town": name, "county": county, "county_code": code if city else
                f"4{rng.randint(1, 6)}", "plate": plate, "street": street, "zip": zip_code,
                "lat": lat + rng.uniform(-0.06, 0.06), "lng": lng + rng.uniform(-0.08, 0.08)}

    def place(self, city: int) -> tuple[str, Decimal, Decimal]:
        rng = self.rng
        lat, lng = CITIES[city][5:7]
        address = f"{rng.choice(STREETS)} {self.faker.last_name()} {rng.randint(1, 200)}, {CITIES[city][0]}"
        return (address, Decimal(f"{lat + rng.uniform(-0.07, 0.07):.6f}"),
                Decimal(f"{lng + rng.uniform(-0.09, 0.09):.6f}"))


def _partners(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n, (name, city, mailbox, domain, bank, bank_name) in enumerate(PARTNERS, 1):
        body = str(rng.randint(14000000, 49999999))
        county = CITIES[city][1]
        w.m.rows["PARTENERI"].append((
            n, name, f"RO{body}{cui_digit(body)}" if rng.random() < 0.8 else f"{body}{cui_digit(body)}",
            f"J{40 if city == 0 else (12 if city == 1 else 22)}/{rng.randint(100, 25000)}/{rng.randint(2012, 2023)}",
            f"{rng.choice(STREETS)} {faker.last_name()} nr. {rng.randint(1, 120)}", CITIES[city][0], county,
            f"{CITIES[city][7]}{make.digits(10 - len(CITIES[city][7]))}", f"{mailbox}@{domain}",
            make.iban(bank, personal=False), bank_name, f"{faker.first_name()} {faker.last_name()}",
            Decimal(rng.choice(("10.00", "12.50", "15.00"))), rng.random() < 0.9))
        for k in range(rng.randint(3, 7)):
            day = apps.day(rng, 2024, 2025)
            value = Decimal(rng.randint(150000, 4800000)) / 100
            w.m.rows["FACTURI"].append((
                len(w.m.rows["FACTURI"]) + 1, "RDO", 1000 + len(w.m.rows["FACTURI"]) * 3 + k, day, n, value,
                (value * Decimal("0.19")).quantize(Decimal("0.01")),
                (dt.date.fromisoformat(day) + dt.timedelta(days=30)).isoformat(), rng.random() < 0.8))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, STAFF_COUNT + 1):
        p = w.person(1965, 2002)
        job, pay = rng.choice(JOBS)
        w.staff.append({"marca": 100 + n, "first": p["first"], "job": job})
        w.m.rows["SALARIATI"].append((
            100 + n, p["last"].upper() if rng.random() < 0.7 else p["last"], p["first"],
            make.cnp(p["born"], p["sex"], p["county_code"]), make.id_card(p["plate"]) if rng.random() < 0.85 else None,
            p["born"], p["sex"], p["street"], p["town"], p["county"], make.mobile(),
            make.email(p["first"], p["last"], domain=OWN_DOMAIN), make.iban(),
            Decimal(pay + rng.randint(0, 1500)).quantize(Decimal("0.01")), job, apps.day(rng, 2019, 2025),
            rng.choice(("ușor", "mediu", "accentuat")) if rng.random() < 0.06 else None, rng.random() < 0.9))


def _riders(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(RIDER_COUNT):
        p = w.person(1950, 2007)
        rid = make.uuid()
        email = make.email(p["first"], p["last"], int(p["born"][:4]))
        phone = make.mobile()
        places: dict[str, Any] = {}
        if rng.random() < 0.55:
            places["home"] = {"label": "Acasă", "address": f"{p['street']}, {p['town']}",
                              "lat": round(p["lat"], 6), "lng": round(p["lng"], 6)}
        if rng.random() < 0.35:
            address, lat, lng = w.place(p["city"])
            places["work"] = {"label": rng.choice(("Birou", "Serviciu", "Job")), "address": address,
                              "lat": float(lat), "lng": float(lng)}
        if rng.random() < 0.1:
            places["other"] = [{"label": "Mama", "address": w.place(p["city"])[0]}]
        created = _moment(rng, 2021, 2025)
        w.riders.append({"id": rid, "email": email, "phone": phone, "first": p["first"], "last": p["last"],
                         "city": p["city"]})
        w.m.rows["rider"].append((
            rid, p["first"], p["last"], email, phone, make.argon2() if rng.random() < 0.85 else None,
            p["born"] if rng.random() < 0.5 else None,
            rng.choice(({"M": "male", "F": "female"}[p["sex"]],) * 6 + ("other", None)) if rng.random() < 0.7
            else None, json.dumps(places, ensure_ascii=False) if places else None,
            apps.png_bytes(rng) if rng.random() < 0.3 else None,
            Decimal(rng.randint(0, 9000)) / 100 if rng.random() < 0.3 else Decimal("0.00"),
            make.token(8, string.ascii_uppercase + string.digits), rng.choice(("ro-RO", "ro-RO", "ro-RO", "en-US")),
            rng.random() < 0.4, rng.random() < 0.03, created, _plus(created, rng.randint(0, 400000))))


def _drivers(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(DRIVER_COUNT):
        p = w.person(1962, 2003)
        did = make.uuid()
        created = _moment(rng, 2021, 2025)
        phone = make.mobile()
        clear = rng.random() < 0.93
        note = _fill(rng.choice(CRIMINAL_NOTES), day=lambda: apps.day(rng, 2021, 2025))
        if not clear:
            note = "Cazier cu înscrieri: vătămare corporală din culpă 2014. Respins la onboarding."
        partner = rng.randrange(len(PARTNERS)) + 1 if rng.random() < 0.6 else None
        scan = apps.pdf_bytes([f"ROMANIA - CARTE DE IDENTITATE", f"Nume/Nom: {p['last'].upper()}",
                               f"Prenume: {p['first']}", f"Domiciliu: {p['street']}, {p['town']}"]) \
            if rng.random() < 0.7 else None
        w.drivers.append({"id": did, "first": p["first"], "last": p["last"], "phone": phone, "city": p["city"],
                          "plate": p["plate"]})
        w.m.rows["driver"].append((
            did, p["first"], p["last"], make.email(p["first"], p["last"], int(p["born"][:4])), phone, make.argon2(),
            make.cnp(p["born"], p["sex"], p["county_code"]), make.id_card(p["plate"]) if rng.random() < 0.8 else None,
            make.unique(lambda: make.digits(9)), make.unique(lambda: make.digits(7)) if rng.random() < 0.75 else None,
            p["born"], {"M": "male", "F": "female"}[p["sex"]] if rng.random() < 0.9 else None, p["street"],
            p["zip"] if rng.random() < 0.9 else None, p["town"], p["county"], make.iban() if rng.random() < 0.8
            else None, clear, note, scan, apps.jpeg_bytes(rng) if rng.random() < 0.8 else None, partner,
            rng.choice(("active", "active", "active", "suspended", "pending")),
            Decimal(rng.randint(430, 500)) / 100 if rng.random() < 0.9 else None, created,
            _plus(created, rng.randint(0, 300000))))
        make_model = rng.choice(MAKES)
        vid = make.uuid()
        w.vehicles.append({"id": vid, "driver": did, "plate": None})
        plate = make.plate(p["plate"])
        w.vehicles[-1]["plate"] = plate
        w.drivers[-1]["vehicle"] = vid
        w.m.rows["vehicle"].append((
            vid, did, plate, make.token(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") if rng.random() < 0.8 else None,
            make_model[0], make_model[1], rng.randint(2014, 2024), rng.choice(COLOURS), rng.choice((4, 4, 4, 6)),
            rng.choice(("economy", "economy", "comfort", "green")),
            f"RO/{rng.choice(('01', '13', '25'))}/{rng.choice(('ABC', 'GRW', 'ALZ'))}/{make.digits(9)}"
            if rng.random() < 0.9 else None, apps.day(rng, 2025, 2027), created))


def _rides(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(RIDE_COUNT):
        rider = rng.choice(w.riders)
        drivers = [d for d in w.drivers if d["city"] == rider["city"]] or w.drivers
        status = rng.choices(("completed", "cancelled", "no_driver"), (85, 11, 4))[0]
        driver = rng.choice(drivers) if status != "no_driver" else None
        start = w.place(rider["city"])
        end = w.place(rider["city"])
        requested = _moment(rng, 2024, 2025)
        km = Decimal(rng.randint(15, 2800)) / 100
        surge = Decimal(rng.choice(("1.00", "1.00", "1.00", "1.20", "1.50", "2.00")))
        fare = ((Decimal("5.5") + km * Decimal("2.35")) * surge).quantize(Decimal("0.01"))
        rid = make.uuid()
        done = status == "completed"
        note = _fill(rng.choice(RIDE_NOTES), phone=lambda: rider["phone"] if rng.random() < 0.6 else make.mobile(),
                     name=lambda: f"{faker.first_name()} {rider['last']}")
        w.rides.append({"id": rid, "rider": rider, "driver": driver, "fare": fare, "done": done, "when": requested})
        w.m.rows["ride"].append((
            rid, rider["id"], driver["id"] if driver else None, driver["vehicle"] if driver else None, status,
            rng.choice(("economy", "economy", "comfort", "green")), start[0], start[1], start[2], end[0], end[1],
            end[2], km if done else None, int(km * rng.randint(110, 260)) if done else None, fare if done else None,
            surge, note, rng.randint(3, 5) if done and rng.random() < 0.6 else None,
            rng.randint(4, 5) if done and rng.random() < 0.7 else None,
            rng.choice(("rider_cancelled", "driver_late", "wrong_pickup")) if status == "cancelled" else None,
            requested, _plus(requested, int(km * 3) + 6) if done else None))
        if done:
            card = rng.random() < 0.75
            w.m.rows["payment"].append((
                make.uuid(), rid, fare, "RON", rng.choice(("netopia", "stripe")) if card else "cash",
                ("pi_" + make.token(24)) if card else None, rng.choice(("visa", "mastercard", "revolut"))
                if card else None, make.digits(4) if card else None,
                rng.choices(("succeeded", "refunded", "failed"), (92, 5, 3))[0] if card else "succeeded",
                _plus(requested, int(km * 3) + 7)))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(SESSION_COUNT):
        is_rider = rng.random() < 0.75
        user = rng.choice(w.riders if is_rider else w.drivers)
        created = _moment(rng, 2025, 2025)
        android = rng.random() < 0.6
        w.m.rows["auth_session"].append((
            make.uuid(), user["id"], "rider" if is_rider else "driver", make.token(64, string.hexdigits[:16]),
            (make.token(22, string.ascii_letters + string.digits + "-_") + ":APA91b" + make.token(134,
             string.ascii_letters + string.digits + "-_")) if rng.random() < 0.8 else None,
            make.uuid().upper() if not android else make.token(16, "0123456789abcdef"), make.ip(),
            rng.choice(AGENTS).format(v=rng.randint(1, 9)), created, _plus(created, 60 * 24 * 30),
            _plus(created, rng.randint(10, 40000)) if rng.random() < 0.2 else None))


def _tickets(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    agents = [s for s in w.staff if s["job"].startswith("Agent")] or w.staff
    for n in range(1, TICKET_COUNT + 1):
        subject, template = rng.choice(TICKET_MESSAGES)
        from_driver = "{cnp}" in template or (rng.random() < 0.2 and "{iban}" not in template)
        ride = rng.choice(w.rides)
        rider = ride["rider"]
        driver = ride["driver"] or rng.choice(w.drivers)
        who = driver if from_driver else rider
        message = _fill(template, phone=lambda: who["phone"], email=lambda: who.get("email") or make.email(
            who["first"], who["last"]), email2=lambda: make.email(who["first"], who["last"]),
            iban=lambda: grouped(make.iban()) if rng.random() < 0.5 else make.iban(),
            name=lambda: f"{who['first']} {who['last']}", plate=lambda: next(
                v["plate"] for v in w.vehicles if v["driver"] == driver["id"]),
            cnp=lambda: make.cnp(apps.day(rng, 1965, 2000), rng.choice("MF"), "40"))
        agent = rng.choice(agents) if rng.random() < 0.8 else None
        reply = _fill(rng.choice(REPLIES), agent=lambda: agent["first"] if agent else "Echipa Rideo")
        created = _plus(ride["when"], rng.randint(30, 4000))
        w.m.rows["support_ticket"].append((
            n, None if from_driver else rider["id"], driver["id"] if from_driver else None,
            ride["id"] if rng.random() < 0.8 else None, subject, message, reply if agent else None,
            agent["marca"] if agent else None, rng.choice(("app", "app", "email", "phone")),
            rng.choice(("open", "closed", "closed", "closed")), created,
            _plus(created, rng.randint(20, 5000)) if rng.random() < 0.7 else None))


def _promos(w: _World) -> None:
    rng = w.rng
    codes = (("BUNVENIT20", "20% la prima cursă", 20, 100000), ("CLUJ15", "Lansare Cluj-Napoca", 15, 5000),
             ("IASI10", "Lansare Iași", 10, 5000), ("BLACKFRIDAY", "Black Friday 2024", 30, 20000),
             ("STUDENT10", "Reducere studenți", 10, 50000), ("CRACIUN25", "Crăciun 2025", 25, 10000))
    for code, text, pct, cap in codes:
        start = apps.day(rng, 2023, 2025)
        w.m.rows["promo_code"].append((code, text, pct, cap, start,
                                       (dt.date.fromisoformat(start) + dt.timedelta(days=rng.randint(30, 365)))
                                       .isoformat(), rng.random() < 0.6))
    for n in range(1, 141):
        ride = rng.choice([r for r in w.rides if r["done"]])
        code, _, pct, _ = rng.choice(codes)
        w.m.rows["promo_redemption"].append((
            n, code, ride["rider"]["email"], ride["id"] if rng.random() < 0.9 else None,
            (ride["fare"] * pct / 100).quantize(Decimal("0.01")), _plus(ride["when"], 1)))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    body = "41573108"
    for key, value in (
        ("company.legalName", "Rideo Mobility SRL"),
        ("company.cui", f"RO{body}{cui_digit(body)}"),
        ("company.regCom", "J40/11842/2020"),
        ("company.address", "Strada Nicolae Caramfil 71-73, etaj 5, 014142 București"),
        ("company.phone", "+40 21 300 4455"),
        ("company.iban", grouped(make.iban("INGB", personal=False))),
        ("support.email", f"suport@{OWN_DOMAIN}"),
        ("privacy.dpoEmail", f"dpo@{OWN_DOMAIN}"),
        ("mail.from", f"Rideo <noreply@{OWN_DOMAIN}>"),
        ("pricing.baseFare", "5.50"),
        ("pricing.perKm", "2.35"),
        ("pricing.perMinute", "0.45"),
        ("dispatch.maxRadiusKm", "6"),
        ("app.minVersion", json.dumps({"ios": "4.2.0", "android": "4.2.1"})),
        ("features", json.dumps({"greenRides": True, "scheduledRides": False, "tipping": True})),
    ):
        w.m.rows["app_setting"].append((key, value, _moment(rng, 2024, 2025)))


def make_rideshare(seed: int = SEED) -> Rideshare:
    """The whole company, the same for the same seed."""
    w = _World(seed)
    _partners(w)
    _staff(w)
    _riders(w)
    _drivers(w)
    _rides(w)
    _sessions(w)
    _tickets(w)
    _promos(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Rideshare) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/eighteenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
