"""The nineteenth held-out application: a Hungarian dental chain's legacy PHP practice system and its Supabase booking app.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the eighteen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/nineteenth/labels.yml) before any detector ran on it.

"Mosoly Fogászat" (fictional), a chain of dental clinics in Budapest, Debrecen and
Szeged, still runs the practice on a PHP 4/MySQL system a Kecskemét developer wrote in
2003: lower-case Hungarian abbreviations, `_torzs` master files, `_az` ids, `_dt` dates:
`rendelo` the clinics (the company's addresses, switchboards, budapest@ mailboxes, its
adószám 12345678-2-42 with its check digit, its HU IBAN), `szallito` the suppliers and
dental labs (adószám, IBAN, `kapcs_szem` the contact person), `pac_torzs` the patients
(`vnev` the family name, a married woman's "Szabóné Kiss" included, `knev`, `szul_nev`
the birth name, `anyja_neve` the mother's name every Hungarian form asks, `szul_ido`,
`szul_hely`, `nem` F/N, `taj` the social security number "123 456 789" with its check
digit, UNIQUE and referenced by `eeszt_napl.taj`, `irsz` 4 digits, `varos`, `cim`,
`tel`, `email`, `megj` the reception's notes with a relative's phone, an IBAN for a
refund, an e-mail, `anamnezis` the medical history), `orv_torzs` the dentists and
assistants (`nev` "Dr. Kovács Péter", `pecsetszam` the 5-digit doctor's stamp number,
`adoazon` the personal tax id with its check digit, `bankszla` the salary IBAN,
`havi_ber`, `login_nev`, an unsalted MD5 `jelszo`, a JPEG `foto`), `kez_tipus` the
treatment catalogue, `kezeles` the treatments (tooth number, BNO diagnosis code, the
dentist's free-text notes), `rtg_kep` the X-rays (PNG, and a file name made of the
patient's name and birth date), `szamla` the patients' invoices (buyer's name and
address, NAV transaction id) and `eeszt_napl` the log of submissions to EESZT, the
national e-health space. The booking app came with a start-up the chain bought in
2023: Supabase, snake_case English, uuid keys, timestamptz: `profiles` (full name in
Hungarian order, e-mail, phone, birth date, postcode, the legacy patient id),
`appointments` (the patient's reason in their own words, the SMS reminder number, the
token of the manage-my-booking link), `intake_forms` (a JSON questionnaire: allergies,
medicines, pregnancy, diabetes, HIV, an emergency contact's name and phone; the PNG of
the signature; the signer's IP), `user_devices` (Expo push tokens, refresh tokens, IPs,
user agents) and `app_config` (the company's name, address, phone, mailboxes, adószám,
IBAN, prices).

Everything here is the original side: the rows (`make_dental`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and
the personal e-mails and IBANs a leak check looks for (the clinics', the suppliers' and
the company's mailboxes and accounts excluded).
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

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Dental", "create", "dump", "load_labels", "make_dental"]

SEED = 20260801
LABELS = Path(__file__).resolve().parents[1] / "nineteenth" / "labels.yml"
PATIENT_COUNT = 220
PROFILE_COUNT = 150
TREATMENT_COUNT = 300
APPOINTMENT_COUNT = 240
DEVICE_COUNT = 170
TODAY = dt.date(2025, 11, 20)
OWN_DOMAIN = "mosolyfogaszat.hu"

TYPES = {
    "mariadb": {"ts": "datetime", "tstz": "datetime", "json": "JSON", "blob": "longblob", "text": "text",
                "bool": "tinyint(1)", "uuid": "char(36)"},
    "postgresql": {"ts": "timestamp", "tstz": "timestamptz", "json": "jsonb", "blob": "bytea", "text": "text",
                   "bool": "boolean", "uuid": "uuid"},
    "sqlite": {"ts": "datetime", "tstz": "datetime", "json": "json", "blob": "blob", "text": "text",
               "bool": "boolean", "uuid": "char(36)"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the 2003 PHP practice system (lower-case Hungarian abbreviations) --
    "rendelo": (
        "rend_az integer PRIMARY KEY", "nev varchar(60) NOT NULL", "irsz char(4) NOT NULL",
        "varos varchar(30) NOT NULL", "cim varchar(80) NOT NULL", "tel varchar(20) NOT NULL",
        "email varchar(60) NOT NULL", "adoszam varchar(13) NOT NULL", "bankszla varchar(34) NOT NULL",
        "nyitva varchar(80)", "aktiv smallint NOT NULL"),
    "szallito": (
        "szall_az integer PRIMARY KEY", "cegnev varchar(80) NOT NULL", "adoszam varchar(13) NOT NULL",
        "cim varchar(100)", "tel varchar(20)", "email varchar(60)", "bankszla varchar(34)",
        "kapcs_szem varchar(60)", "fiz_hat smallint NOT NULL", "aktiv smallint NOT NULL"),
    "pac_torzs": (
        "pac_az integer PRIMARY KEY", "vnev varchar(40) NOT NULL", "knev varchar(30) NOT NULL",
        "szul_nev varchar(60)", "anyja_neve varchar(60)", "szul_ido date", "szul_hely varchar(30)",
        "nem char(1)", "taj char(11) UNIQUE", "irsz char(4)", "varos varchar(30)", "cim varchar(80)",
        "tel varchar(20)", "email varchar(80)", "megj {text}", "anamnezis {text}", "rend_az integer NOT NULL",
        "rogz_dt {ts} NOT NULL", "mod_dt {ts}", "torolve smallint NOT NULL"),
    "orv_torzs": (
        "orv_az integer PRIMARY KEY", "nev varchar(60) NOT NULL", "pecsetszam char(5)", "szakt varchar(30) NOT NULL",
        "tel varchar(20)", "email varchar(80)", "adoazon char(10) NOT NULL", "bankszla varchar(34)",
        "havi_ber decimal(10,0) NOT NULL", "login_nev varchar(20) NOT NULL", "jelszo char(32) NOT NULL",
        "foto {blob}", "rend_az integer NOT NULL", "belepes_dt date NOT NULL", "aktiv smallint NOT NULL"),
    "kez_tipus": (
        "kod varchar(8) PRIMARY KEY", "megnev varchar(80) NOT NULL", "ar decimal(10,0) NOT NULL",
        "ido_perc smallint NOT NULL", "neak smallint NOT NULL"),
    "kezeles": (
        "kez_az integer PRIMARY KEY", "pac_az integer NOT NULL", "orv_az integer NOT NULL",
        "rend_az integer NOT NULL", "kod varchar(8) NOT NULL", "kez_dt {ts} NOT NULL", "fog smallint",
        "bno varchar(6)", "leiras {text}", "osszeg decimal(10,0) NOT NULL", "fizetve smallint NOT NULL"),
    "rtg_kep": (
        "kep_az integer PRIMARY KEY", "pac_az integer NOT NULL", "kez_az integer", "felv_dt {ts} NOT NULL",
        "tipus varchar(16) NOT NULL", "fajlnev varchar(80) NOT NULL", "kep {blob} NOT NULL"),
    "szamla": (
        "szla_az integer PRIMARY KEY", "szla_szam varchar(20) NOT NULL UNIQUE", "pac_az integer NOT NULL",
        "vevo_nev varchar(80) NOT NULL", "vevo_cim varchar(120)", "netto decimal(10,0) NOT NULL",
        "afa decimal(10,0) NOT NULL", "fiz_mod varchar(12) NOT NULL", "kelt date NOT NULL",
        "nav_trx varchar(20)"),
    "eeszt_napl": (
        "napl_az integer PRIMARY KEY", "taj char(11) NOT NULL", "kez_az integer", "bekuldve {ts} NOT NULL",
        "esemeny_az varchar(40)", "statusz varchar(6) NOT NULL", "hibauzenet varchar(120)"),
    # -- the Supabase booking app (snake_case English, uuid keys) --
    "profiles": (
        "id {uuid} PRIMARY KEY", "full_name varchar(80) NOT NULL", "email varchar(120) NOT NULL UNIQUE",
        "phone varchar(20)", "date_of_birth date", "postal_code char(4)", "legacy_pac_az integer",
        "marketing_opt_in {bool} NOT NULL", "locale varchar(5) NOT NULL", "created_at {tstz} NOT NULL",
        "updated_at {tstz} NOT NULL"),
    "appointments": (
        "id {uuid} PRIMARY KEY", "profile_id {uuid} NOT NULL", "clinic_id integer NOT NULL",
        "dentist_id integer", "treatment_code varchar(8)", "starts_at {tstz} NOT NULL", "ends_at {tstz} NOT NULL",
        "status varchar(12) NOT NULL", "reason {text}", "sms_phone varchar(20)", "manage_token varchar(64) NOT NULL",
        "created_at {tstz} NOT NULL"),
    "intake_forms": (
        "id {uuid} PRIMARY KEY", "profile_id {uuid} NOT NULL", "appointment_id {uuid}", "answers {json} NOT NULL",
        "signature_png {blob}", "signed_ip varchar(45)", "submitted_at {tstz} NOT NULL"),
    "user_devices": (
        "id {uuid} PRIMARY KEY", "profile_id {uuid} NOT NULL", "expo_push_token varchar(64)",
        "refresh_token varchar(40) NOT NULL", "ip_address varchar(45)", "user_agent varchar(200)",
        "platform varchar(8) NOT NULL", "last_seen_at {tstz} NOT NULL", "created_at {tstz} NOT NULL"),
    "app_config": (
        "key varchar(60) PRIMARY KEY", "value {text} NOT NULL", "updated_at {tstz} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

# The PHP system had MyISAM tables and no keys; the 2023 migration to InnoDB added them,
# the EESZT log keyed on the TAJ number as the submissions are. Supabase declares its own.
FOREIGN_KEYS = (
    _fk("pac_torzs", ["rend_az"], "rendelo", ["rend_az"]),
    _fk("orv_torzs", ["rend_az"], "rendelo", ["rend_az"]),
    _fk("kezeles", ["pac_az"], "pac_torzs", ["pac_az"]),
    _fk("kezeles", ["orv_az"], "orv_torzs", ["orv_az"]),
    _fk("kezeles", ["rend_az"], "rendelo", ["rend_az"]),
    _fk("kezeles", ["kod"], "kez_tipus", ["kod"]),
    _fk("rtg_kep", ["pac_az"], "pac_torzs", ["pac_az"]),
    _fk("rtg_kep", ["kez_az"], "kezeles", ["kez_az"]),
    _fk("szamla", ["pac_az"], "pac_torzs", ["pac_az"]),
    _fk("eeszt_napl", ["taj"], "pac_torzs", ["taj"]),
    _fk("eeszt_napl", ["kez_az"], "kezeles", ["kez_az"]),
    _fk("profiles", ["legacy_pac_az"], "pac_torzs", ["pac_az"]),
    _fk("appointments", ["profile_id"], "profiles", ["id"]),
    _fk("appointments", ["clinic_id"], "rendelo", ["rend_az"]),
    _fk("appointments", ["dentist_id"], "orv_torzs", ["orv_az"]),
    _fk("appointments", ["treatment_code"], "kez_tipus", ["kod"]),
    _fk("intake_forms", ["profile_id"], "profiles", ["id"]),
    _fk("intake_forms", ["appointment_id"], "appointments", ["id"]),
    _fk("user_devices", ["profile_id"], "profiles", ["id"]),
)

CITIES = (  # city, postcode range, landline area code
    ("Budapest", (1011, 1239), "1"),
    ("Debrecen", (4024, 4034), "52"),
    ("Szeged", (6720, 6729), "62"),
)
OTHER_BIRTHPLACES = ("Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét", "Székesfehérvár", "Szolnok", "Eger",
                     "Hódmezővásárhely", "Kolozsvár", "Szabadka", "Békéscsaba")
CLINICS = (  # name, city index, street, mailbox
    ("Mosoly Fogászat Buda", 0, "Bartók Béla út 61.", "buda"),
    ("Mosoly Fogászat Újlipótváros", 0, "Pozsonyi út 38.", "ujlipotvaros"),
    ("Mosoly Fogászat Debrecen", 1, "Piac utca 45.", "debrecen"),
    ("Mosoly Fogászat Szeged", 2, "Kárász utca 9.", "szeged"),
)
SUPPLIERS = (  # name, mailbox, domain
    ("Dentalcentrum Kft.", "rendeles", "dentalcentrum.hu"),
    ("Fogtechnika Plusz Bt.", "labor", "fogtechnikaplusz.hu"),
    ("Henry Schein Hungary Kft.", "info", "henryschein.hu"),
    ("Szeged Dental Labor Kft.", "iroda", "szegeddentallabor.hu"),
    ("Medicor Fogászati Kft.", "ertekesites", "medicorfog.hu"),
)
TREATMENTS = (  # code, name, price HUF, minutes, NEAK-funded
    ("KONZ01", "Konzultáció, állapotfelmérés", 15000, 30, 0),
    ("KONZ02", "Kontroll vizsgálat", 8000, 15, 1),
    ("TOM01", "Kompozit tömés, egy felszín", 28000, 45, 0),
    ("TOM02", "Kompozit tömés, több felszín", 36000, 60, 0),
    ("GYK01", "Gyökérkezelés, egy csatorna", 45000, 60, 0),
    ("GYK03", "Gyökérkezelés, három csatorna", 85000, 90, 0),
    ("EXT01", "Foghúzás", 18000, 30, 1),
    ("EXT02", "Bölcsességfog műtéti eltávolítása", 55000, 60, 0),
    ("KOR01", "Cirkónium korona", 150000, 60, 0),
    ("IMP01", "Implantátum beültetés", 280000, 90, 0),
    ("HIG01", "Fogkőeltávolítás, polírozás", 22000, 45, 1),
    ("FEH01", "Fogfehérítés", 90000, 75, 0),
    ("RTG01", "Panoráma röntgen", 12000, 10, 1),
)
BNO = ("K02.1", "K02.1", "K04.0", "K04.7", "K05.1", "K05.3", "K01.1", "K03.6", "K08.1", None, None)
BANKS = ("117", "117", "104", "116", "120", "109", "101", "103")  # OTP, K&H, Erste, Raiffeisen, UniCredit...
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "freemail.hu", "freemail.hu", "citromail.hu",
                "t-online.hu", "hotmail.com", "outlook.hu", "yahoo.com")
IP_FIRSTS = (37, 46, 78, 84, 87, 91, 176, 188, 195)
IPV6_PREFIXES = ("2001:4c4c", "2a02:ab88", "2a01:36d")
MOBILE_PREFIXES = ("20", "20", "30", "30", "70", "70", "31", "50")
STREET_KINDS = ("utca", "utca", "utca", "út", "tér", "körút", "köz", "sor")
SPECIALTIES = (("fogszakorvos", 0.4), ("szájsebész", 0.1), ("fogszabályozó szakorvos", 0.08),
               ("dentálhigiénikus", 0.12), ("asszisztens", 0.3))
RECEPTION_NOTES = (
    "Csak délután hívható, munkaidőben ne. Lánya telefonszáma: {phone}",
    "Túlfizetés, a {amount} Ft visszautalását a {iban} számlára kéri ({name}).",
    "Számlát a munkahelyi címére kéri: {email}",
    "Nagyon fél a fogorvostól, nyugtató előtte.",
    "Többször nem jelent meg, előleget kérünk tőle.",
    "Gondnokság alatt áll, a gondnoka {name}, tel: {phone}.",
    "Kedvezmény: dolgozó hozzátartozója.",
    None, None, None, None, None, None, None, None,
)
HISTORIES = (
    "Penicillin allergia.", "Cukorbeteg (2-es típus), Metformint szed.", "Véralvadásgátló: Xarelto 20 mg.",
    "Magas vérnyomás, Bisoprolol.", "Terhes, 2. trimeszter.", "Hepatitis C a kórelőzményben.",
    "Epilepszia, utolsó roham 2019-ben.", "Pacemaker.", "Latex allergia.", "Dohányzik, napi 20 szál.",
    "Szívbillentyű-műtét 2018, endocarditis profilaxis szükséges.", None, None, None, None, None,
)
TREATMENT_NOTES = (
    "{tooth}-es fog mély szuvasodás, kompozit tömés, érzéstelenítés Ubistesin.",
    "{tooth}-es fog gyökérkezelés 1. ülés, ideiglenes tömés.",
    "Paciens terhes, röntgen elhalasztva. {tooth}-es fog tünetmentes.",
    "Fogínygyulladás, fogkő eltávolítva, szájhigiénés oktatás.",
    "{tooth}-es fog extrakciója, varrat, 7 nap múlva kontroll.",
    "Implantátum helye rendben, gyógyulás megfelelő.",
    "Bruxizmus, harapásemelő sín javasolt.",
    None, None, None,
)
REASONS = (
    "Fáj a bal alsó bölcsességfogam, éjszaka nem tudok aludni.",
    "Letört egy darab a tömésemből.",
    "Éves kontroll és fogkőeltávolítás.",
    "Terhes vagyok, szeretném ha átnéznék a fogaimat.",
    "Implantátum konzultáció, a másik rendelőben {price} Ft-ot mondtak.",
    "Vérzik az ínyem fogmosáskor.",
    "Kérem hívjanak vissza ezen a számon: {phone}",
    "Fehérítés érdekelne az esküvőm előtt.",
    None, None, None,
)
AGENTS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
          "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Mobile Safari/537.36",
          "MosolyApp/1.{v}.0 (iOS 18.1; iPhone15,3)", "MosolyApp/1.{v}.2 (Android 13; Pixel 7)",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Safari/537.36")


@dataclass
class Dental:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the clinics', suppliers' or company's)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def taj_digit(eight: str) -> str:
    """The check digit of a TAJ number: odd places times 3, even places times 7, mod 10."""
    return str(sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(eight)) % 10)


def adoszam_digit(seven: str) -> str:
    """The check digit of a company tax number's first eight: weights 9, 7, 3, 1, mod 10."""
    return str((10 - sum(int(d) * w for d, w in zip(seven, (9, 7, 3, 1, 9, 7, 3))) % 10) % 10)


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (0, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _plus(when: str, minutes: int) -> str:
    t = dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)
    return t.isoformat(sep=" ")


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Hungarian values: phones, e-mails, IBANs, TAJ and tax numbers, tokens."""

    def __init__(self, rng: random.Random, m: Dental) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def mobile(self) -> str:
        rng = self.rng
        p, n = rng.choice(MOBILE_PREFIXES), self.unique(lambda: self.digits(7))
        return rng.choice((f"+36{p}{n}", f"+36 {p} {n[:3]} {n[3:]}", f"06{p}{n}", f"06-{p}-{n[:3]}-{n[3:]}",
                           f"06 {p} {n[:3]} {n[3:]}", f"06/{p}/{n}"))

    def email(self, family: str, given: str, year: int | None = None, domain: str | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(given).replace("-", ""), ascii_fold(family.split()[-1]).replace("-", "")
        if domain:
            address = self.unique(lambda: f"{s}.{f}{'' if rng.random() < 0.9 else rng.randint(2, 9)}@{domain}")
        else:
            yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
            local = rng.choice((f"{s}.{f}", f"{s}.{f}", f"{f}.{s}", f"{s}{f}", f"{s}{f}{yy}", f"{f}{yy}",
                                f"{s[0]}{f}", f"{s}_{f}"))
            address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                          f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, personal: bool = True) -> str:
        body = self.unique(lambda: self.rng.choice(BANKS) + self.digits(21))
        compact = "HU" + iban_check_digits("HU", body) + body
        if personal:
            self.m.ibans.add(compact)
        return compact

    def taj(self) -> str:
        eight = self.unique(lambda: str(self.rng.randint(1, 9)) + self.digits(7))
        nine = eight + taj_digit(eight)
        return f"{nine[:3]} {nine[3:6]} {nine[6:]}"

    def adoazon(self, born: str) -> str:
        """A personal tax id: 8, days since 1867-01-01, three digits, a mod-11 check digit."""
        days = (dt.date.fromisoformat(born) - dt.date(1867, 1, 1)).days
        while True:
            nine = f"8{days:05d}{self.digits(3)}"
            check = sum(int(d) * (i + 1) for i, d in enumerate(nine)) % 11
            if check < 10 and nine + str(check) not in self.used:
                self.used.add(nine + str(check))
                return nine + str(check)

    def adoszam(self, county: str) -> str:
        seven = str(self.rng.randint(1, 2)) + self.digits(6)
        return f"{seven}{adoszam_digit(seven)}-2-{county}"

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.2:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
        return apps.ipv4(rng, IP_FIRSTS)


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("hu_HU")
        self.faker.seed_instance(seed)
        self.m = Dental(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.patients: list[dict] = []
        self.staff: list[dict] = []
        self.treatments: list[dict] = []
        self.profiles: list[dict] = []
        self.appointments: list[dict] = []

    def street(self) -> str:
        rng, faker = self.rng, self.faker
        return f"{faker.last_name()} {rng.choice(STREET_KINDS)} {rng.randint(1, 140)}."

    def person(self, first_year: int, last_year: int) -> dict:
        rng, faker = self.rng, self.faker
        sex = rng.choice("FN")  # férfi, nő
        given = faker.first_name_male() if sex == "F" else faker.first_name_female()
        family = faker.last_name()
        city = rng.choices(range(len(CITIES)), (60, 22, 18))[0]
        low, high = CITIES[city][1]
        address = self.street()
        if rng.random() < 0.5:
            address += f" {rng.randint(1, 10)}. em. {rng.randint(1, 40)}."
        return {"sex": sex, "given": given, "family": family, "born": apps.day(rng, first_year, last_year),
                "city": city, "town": CITIES[city][0], "irsz": str(rng.randint(low, high)), "address": address}


def _clinics(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, city, street, mailbox) in enumerate(CLINICS, 1):
        low, high = CITIES[city][1]
        area = CITIES[city][2]
        w.m.rows["rendelo"].append((
            n, name, str(rng.randint(low, high)), CITIES[city][0], street,
            f"+36 {area} {make.digits(3)} {make.digits(4 if area == '1' else 3)}",
            f"{mailbox}@{OWN_DOMAIN}", "25418734-2-43", make.iban(personal=False),
            "H-P 8-20, Szo 9-13" if rng.random() < 0.7 else "H-Cs 8-19, P 8-14", 1))
    for n, (name, mailbox, domain) in enumerate(SUPPLIERS, 1):
        w.m.rows["szallito"].append((
            n, name, make.adoszam(rng.choice(("41", "42", "43", "13", "06"))),
            f"{rng.randint(1011, 1239)} Budapest, {w.street()}", f"+36 1 {make.digits(3)} {make.digits(4)}",
            f"{mailbox}@{domain}", make.iban(personal=False) if rng.random() < 0.9 else None,
            f"{w.faker.last_name()} {w.faker.first_name()}", rng.choice((8, 15, 30)), 1 if rng.random() < 0.9 else 0))
    for code, name, price, minutes, neak in TREATMENTS:
        w.m.rows["kez_tipus"].append((code, name, Decimal(price), minutes, neak))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, 41):
        p = w.person(1962, 2001)
        specialty = rng.choices([s for s, _ in SPECIALTIES], [k for _, k in SPECIALTIES])[0]
        doctor = specialty.endswith(("orvos", "sebész"))
        login = ascii_fold(p["family"])[:7] + ascii_fold(p["given"])[0]
        pay = {"fogszakorvos": 1100000, "szájsebész": 1400000, "fogszabályozó szakorvos": 1250000,
               "dentálhigiénikus": 520000, "asszisztens": 430000}[specialty] + rng.randint(0, 40) * 5000
        w.staff.append({"az": n, "doctor": doctor, "given": p["given"], "family": p["family"],
                        "clinic": rng.randint(1, len(CLINICS))})
        w.m.rows["orv_torzs"].append((
            n, f"{'Dr. ' if doctor else ''}{p['family']} {p['given']}", make.unique(lambda: make.digits(5))
            if doctor else None, specialty, make.mobile() if rng.random() < 0.9 else None,
            make.email(p["family"], p["given"], domain=OWN_DOMAIN) if rng.random() < 0.85 else None,
            make.adoazon(p["born"]), make.iban() if rng.random() < 0.95 else None, Decimal(pay),
            make.unique(lambda: login + ("" if rng.random() < 0.5 else str(rng.randint(1, 9)))), hashlib.md5(make.token(10).encode()).hexdigest(),
            apps.jpeg_bytes(rng) if rng.random() < 0.7 else None, w.staff[-1]["clinic"], apps.day(rng, 2005, 2025),
            1 if rng.random() < 0.9 else 0))


def _patients(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, PATIENT_COUNT + 1):
        p = w.person(1938, 2019)
        family, birth_name = p["family"], None
        if p["sex"] == "N" and p["born"] < "1990" and rng.random() < 0.35:
            husband = faker.last_name()
            family, birth_name = f"{husband}né {p['family']}", f"{p['family']} {p['given']}"
        elif rng.random() < 0.15:
            birth_name = f"{p['family']} {p['given']}"
        email = make.email(p["family"], p["given"], int(p["born"][:4])) if rng.random() < 0.7 else None
        phone = make.mobile() if rng.random() < 0.9 else None
        note = _fill(rng.choice(RECEPTION_NOTES), phone=make.mobile, amount=lambda: rng.randint(5, 90) * 1000,
                     iban=lambda: grouped(make.iban()) if rng.random() < 0.5 else make.iban(),
                     name=lambda: f"{faker.last_name()} {faker.first_name()}",
                     email=lambda: make.email(p["family"], p["given"], domain=rng.choice(("mvm.hu", "telekom.hu",
                                                                                          "otpbank.hu"))))
        created = _moment(rng, 2004, 2025, (8, 19))
        taj = make.taj() if rng.random() < 0.95 else None
        w.patients.append({"az": n, "family": family, "given": p["given"], "born": p["born"], "email": email,
                           "phone": phone, "taj": taj, "irsz": p["irsz"], "town": p["town"],
                           "address": p["address"], "clinic": {0: rng.choice((1, 2)), 1: 3, 2: 4}[p["city"]]})
        w.m.rows["pac_torzs"].append((
            n, family, p["given"], birth_name, f"{faker.last_name()} {faker.first_name_female()}"
            if rng.random() < 0.85 else None, p["born"] if rng.random() < 0.97 else None,
            p["town"] if rng.random() < 0.6 else rng.choice(OTHER_BIRTHPLACES), p["sex"], taj, p["irsz"], p["town"],
            p["address"], phone, email, note, rng.choice(HISTORIES), w.patients[-1]["clinic"], created,
            _plus(created, rng.randint(60, 900000)) if rng.random() < 0.6 else None,
            1 if rng.random() < 0.04 else 0))


def _treatments(w: _World) -> None:
    rng, make = w.rng, w.make
    doctors = [s for s in w.staff if s["doctor"]] or w.staff
    prices = {code: price for code, _, price, _, _ in TREATMENTS}
    for n in range(1, TREATMENT_COUNT + 1):
        patient = rng.choice(w.patients)
        doctor = rng.choice(doctors)
        code = rng.choice(TREATMENTS)[0]
        tooth = rng.choice((1, 2, 3, 4)) * 10 + rng.randint(1, 8)
        when = _moment(rng, 2019, 2025, (8, 19))
        w.treatments.append({"az": n, "patient": patient, "when": when})
        w.m.rows["kezeles"].append((
            n, patient["az"], doctor["az"], patient["clinic"], code, when,
            tooth if code[:3] in ("TOM", "GYK", "EXT", "KOR", "IMP") else None, rng.choice(BNO),
            _fill(rng.choice(TREATMENT_NOTES), tooth=lambda: tooth), Decimal(prices[code]),
            1 if rng.random() < 0.93 else 0))
    for n in range(1, 81):
        t = rng.choice(w.treatments)
        patient = t["patient"]
        kind = rng.choice(("panoráma", "panoráma", "intraorális", "CBCT"))
        born = (patient["born"] or "").replace("-", "")
        w.m.rows["rtg_kep"].append((
            n, patient["az"], t["az"] if rng.random() < 0.8 else None, t["when"], kind,
            f"{ascii_fold(patient['family'].split()[-1]).upper()}_{ascii_fold(patient['given']).upper()}_{born}_"
            f"{kind[:4].replace('á', 'a')}_{n}.png", apps.png_bytes(rng)))
    for n, t in enumerate(rng.sample(w.treatments, 200), 1):
        patient = t["patient"]
        net = Decimal(rng.randint(8, 300) * 1000)
        day = t["when"][:10]
        w.m.rows["szamla"].append((
            n, f"MF/{day[:4]}/{n:05d}", patient["az"], f"{patient['family']} {patient['given']}",
            f"{patient['irsz']} {patient['town']}, {patient['address']}" if rng.random() < 0.8 else None,
            net, Decimal(0), rng.choice(("készpénz", "bankkártya", "bankkártya", "átutalás", "SZÉP")), day,
            make.token(15, string.ascii_uppercase + string.digits) if day >= "2021" else None))
    for n in range(1, 201):
        t = rng.choice([t for t in w.treatments if t["patient"]["taj"]])
        ok = rng.random() < 0.9
        w.m.rows["eeszt_napl"].append((
            n, t["patient"]["taj"], t["az"], _plus(t["when"], rng.randint(5, 600)),
            f"EHR-{make.uuid()}" if ok else None, "OK" if ok else "HIBA",
            None if ok else rng.choice(("Időtúllépés az EESZT kapcsolatban", "Érvénytelen tanúsítvány",
                                        "Jogviszony ellenőrzés sikertelen (kód: 4012)"))))


def _booking(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    linked = rng.sample(w.patients, 70)
    for n in range(PROFILE_COUNT):
        if n < len(linked):
            pat = linked[n]
            family, given, born, irsz = pat["family"], pat["given"], pat["born"], pat["irsz"]
            email = pat["email"] or make.email(family, given, int(born[:4]) if born else None)
            phone, legacy = pat["phone"] or make.mobile(), pat["az"]
        else:
            p = w.person(1950, 2007)
            family, given, born, irsz = p["family"], p["given"], p["born"], p["irsz"]
            email, phone, legacy = make.email(family, given, int(born[:4])), make.mobile(), None
        pid = make.uuid()
        created = _moment(rng, 2023, 2025)
        w.profiles.append({"id": pid, "phone": phone, "family": family, "given": given})
        w.m.rows["profiles"].append((
            pid, f"{family} {given}", email, phone if rng.random() < 0.9 else None,
            born if rng.random() < 0.6 else None, irsz if rng.random() < 0.7 else None, legacy, rng.random() < 0.3,
            rng.choice(("hu-HU", "hu-HU", "hu-HU", "en-GB")), created, _plus(created, rng.randint(0, 200000))))
    doctors = [s for s in w.staff if s["doctor"]] or w.staff
    for n in range(APPOINTMENT_COUNT):
        prof = rng.choice(w.profiles)
        start = _moment(rng, 2023, 2025, (8, 18))
        start = start[:14] + rng.choice(("00", "30")) + ":00"
        code = rng.choice(TREATMENTS)
        aid = make.uuid()
        w.appointments.append({"id": aid, "profile": prof, "when": start})
        w.m.rows["appointments"].append((
            aid, prof["id"], rng.randint(1, len(CLINICS)), rng.choice(doctors)["az"] if rng.random() < 0.8 else None,
            code[0] if rng.random() < 0.7 else None, start, _plus(start, code[3]),
            rng.choices(("booked", "completed", "cancelled", "no_show"), (25, 55, 15, 5))[0],
            _fill(rng.choice(REASONS), phone=lambda: prof["phone"], price=lambda: rng.randint(20, 60) * 10000),
            prof["phone"] if rng.random() < 0.7 else None, make.token(43, string.ascii_letters + string.digits + "-_"),
            _plus(start, -rng.randint(60, 40000))))
    for n, appt in enumerate(rng.sample(w.appointments, 120)):
        prof = appt["profile"]
        answers: dict[str, Any] = {
            "allergies": rng.choice(([], [], ["penicillin"], ["latex"], ["lidocaine"])),
            "medications": rng.choice(([], [], ["Metformin 1000"], ["Xarelto 20 mg"], ["Euthyrox 50"])),
            "pregnant": rng.random() < 0.05, "smoker": rng.random() < 0.25, "diabetes": rng.random() < 0.08,
            "hiv_or_hepatitis": rng.random() < 0.02,
            "emergency_contact": {"name": f"{faker.last_name()} {faker.first_name()}", "phone": make.mobile()}
            if rng.random() < 0.6 else None,
            "consent_gdpr": True, "form_version": "2024-03",
        }
        w.m.rows["intake_forms"].append((
            make.uuid(), prof["id"], appt["id"] if rng.random() < 0.9 else None,
            json.dumps(answers, ensure_ascii=False), apps.png_bytes(rng) if rng.random() < 0.8 else None,
            make.ip() if rng.random() < 0.9 else None, _plus(appt["when"], -rng.randint(30, 2000))))
    for n in range(DEVICE_COUNT):
        prof = rng.choice(w.profiles)
        created = _moment(rng, 2023, 2025)
        ios = rng.random() < 0.5
        w.m.rows["user_devices"].append((
            make.uuid(), prof["id"], f"ExponentPushToken[{make.token(22)}]" if rng.random() < 0.75 else None,
            make.token(22, string.ascii_lowercase + string.digits), make.ip() if rng.random() < 0.95 else None,
            rng.choice(AGENTS).format(v=rng.randint(0, 9)), rng.choice(("ios", "android", "web")) if not ios
            else "ios", _plus(created, rng.randint(0, 300000)), created))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for key, value in (
        ("company.name", "Mosoly Fogászat Egészségügyi Szolgáltató Kft."),
        ("company.tax_number", "25418734-2-43"),
        ("company.registration", "Cg. 01-09-312458"),
        ("company.address", "1117 Budapest, Bartók Béla út 61."),
        ("company.phone", "+36 1 445 2210"),
        ("company.iban", grouped(make.iban(personal=False))),
        ("mail.from", f"Mosoly Fogászat <noreply@{OWN_DOMAIN}>"),
        ("mail.reply_to", f"info@{OWN_DOMAIN}"),
        ("privacy.dpo_email", f"adatvedelem@{OWN_DOMAIN}"),
        ("booking.slot_minutes", "30"),
        ("booking.cancel_hours", "24"),
        ("sms.provider", json.dumps({"name": "seeme", "sender": "MOSOLY"})),
        ("prices.consultation_huf", "15000"),
    ):
        w.m.rows["app_config"].append((key, value, _moment(rng, 2024, 2025)))


def make_dental(seed: int = SEED) -> Dental:
    """The whole chain, the same for the same seed."""
    w = _World(seed)
    _clinics(w)
    _staff(w)
    _patients(w)
    _treatments(w)
    _booking(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Dental) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/nineteenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
