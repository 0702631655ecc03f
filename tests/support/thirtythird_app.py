"""The thirty-third held-out application: a Ukrainian IT outsourcing company's HR and payroll system, a Kotlin/Ktor service on jOOQ with plural snake_case tables and columns in transliterated Ukrainian (Latin letters, the 2010 national transliteration), and Cyrillic data.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/thirtythird/labels.yml) before any detector ran on it.

"Kodsvit" (fictional, TOV "Кодсвіт", kodsvit.com.ua) in Lviv employs about 300 engineers,
most of them contractors registered as sole proprietors (FOP, third group of the single
tax). Its internal-tools team wrote the HR and payroll back office in 2021 as a Kotlin
service on Ktor with jOOQ code generation over PostgreSQL; the schema was designed by the
HR director's team, who wrote table and column names as Ukrainian words in Latin letters,
plural snake_case (`spivrobitnyky` the staff: `prizvyshche`, `imia`, `po_batkovi`,
`data_narodzhennia`, `rnokpp`, `pasport`, `telefon_mob`, `email_osobystyi`;
`fop_dohovory` the FOP contracts; `viiskovyi_oblik` the military registration: `tck`,
`katehoriia_obliku`, `vidstrochka_pidstava`, `bronuvannia_do`; `relokatsii` the
relocation cases with a JSON list of family members; `vyplaty` the payouts;
`vidpustky` leave and sick leave; `kontrahenty` the clients and banks the company deals
with; `sesii` the sign-in sessions; `nalashtuvannia` the settings).
The sessions keep the user's sign-in e-mail: `sesii.korystuvach_email` is a FOREIGN KEY
to `korystuvachi.email` (UNIQUE); and the military register is keyed on the RNOKPP:
`viiskovyi_oblik.rnokpp` is a FOREIGN KEY to `spivrobitnyky.rnokpp` (UNIQUE).

The tables: `flyway_schema_history` Flyway's own (jOOQ generates from the migrated schema), `korystuvachi` the back office's users (HR and finance people, named mailbox
at the company's domain, argon2id hash, role, last sign-in and IP), `pidrozdily` the
departments (catalogue: code, name, cost centre), `spivrobitnyky` the engineers
(personnel number, surname, given name, patronymic, birth date, sex, RNOKPP with its real
check digit, passport (old booklet series in Cyrillic or ID card), mobile, personal and
work e-mail, registered address, city, postcode, department, position, grade, hire date,
status, a JPEG photo, HR notes quoting relatives, phones, an IBAN), `fop_dohovory` the
sole-proprietor contracts (contract number, the FOP's registration record number, single
tax group, the FOP's UA IBAN, the rate in USD, a signed PDF), `viiskovyi_oblik` the
military registration (RNOKPP, military document number, category, territorial
recruitment centre, fitness, deferment reason (disability of a relative, studies),
reservation until), `relokatsii` the relocation cases (country and city abroad or in
Ukraine, the address there, family members as JSON, compensation, status), `vyplaty` the
monthly payouts (period, amounts, the payee's IBAN, the payment purpose naming the FOP and
its RNOKPP, bank reference), `vidpustky` the leave (type, dates, a comment: sick leave
diagnoses, a child's birth), `kontrahenty` the clients and the banks (name, EDRPOU with its
check digit, VAT number, address, phone, mailbox, company IBAN, the account manager at the
client and that person's phone), `sesii` the sessions (e-mail, token, IP, user agent),
`nalashtuvannia` the settings (the company's own EDRPOU, address, phone, mailbox, IBAN).

Everything here is the original side: the rows (`make_company`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the clients', banks' and the company's own
mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support import apps
from support.apps import dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Company", "create", "dump", "load_labels", "make_company"]

SEED = 20261202
LABELS = Path(__file__).resolve().parents[1] / "thirtythird" / "labels.yml"
STAFF_COUNT = 220
USER_COUNT = 14
SESSION_COUNT = 150
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "kodsvit.com.ua"

TYPES = {
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "json": "json", "date": "date",
                "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "blob": "bytea", "text": "text", "json": "jsonb", "date": "date",
                   "bool": "boolean"},
    "sqlite": {"ts": "DATETIME", "blob": "BLOB", "text": "TEXT", "json": "JSON", "date": "DATE", "bool": "BOOLEAN"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "flyway_schema_history": (
        "installed_rank integer PRIMARY KEY", "version varchar(50)", "description varchar(200) NOT NULL",
        "type varchar(20) NOT NULL", "script varchar(1000) NOT NULL", "checksum integer",
        "installed_by varchar(100) NOT NULL", "installed_on {ts} NOT NULL", "execution_time integer NOT NULL",
        "success {bool} NOT NULL"),
    "korystuvachi": (
        "id bigint PRIMARY KEY", "email varchar(120) NOT NULL UNIQUE", "parol_hash varchar(128) NOT NULL",
        "pib varchar(150) NOT NULL", "telefon varchar(20)", "rol varchar(20) NOT NULL", "ostannii_vkhid {ts}", "ostannii_ip varchar(45)",
        "aktyvnyi {bool} NOT NULL"),
    "pidrozdily": (
        "id bigint PRIMARY KEY", "kod varchar(10) NOT NULL UNIQUE", "nazva varchar(120) NOT NULL",
        "tsentr_vytrat varchar(12) NOT NULL", "aktyvnyi {bool} NOT NULL"),
    "spivrobitnyky": (
        "id bigint PRIMARY KEY", "tabelnyi_nomer varchar(8) NOT NULL UNIQUE", "prizvyshche varchar(60) NOT NULL",
        "imia varchar(60) NOT NULL", "po_batkovi varchar(60)", "data_narodzhennia {date} NOT NULL",
        "stat char(1) NOT NULL", "rnokpp varchar(10) NOT NULL UNIQUE", "pasport varchar(12)",
        "telefon_mob varchar(20)", "email_osobystyi varchar(120) UNIQUE", "email_robochyi varchar(120)", "kontakt_ekstrenyi varchar(120)", "telefon_ekstrenyi varchar(20)",
        "adresa_reiestratsii varchar(200)", "misto varchar(60)", "indeks varchar(5)",
        "pidrozdil_id bigint NOT NULL", "posada varchar(60) NOT NULL", "hreid varchar(4) NOT NULL",
        "data_pryiomu {date} NOT NULL", "status varchar(12) NOT NULL", "foto {blob}", "prymitky {text}",
        "stvoreno {ts} NOT NULL"),
    "fop_dohovory": (
        "id bigint PRIMARY KEY", "spivrobitnyk_id bigint NOT NULL", "nomer_dohovoru varchar(20) NOT NULL UNIQUE",
        "nomer_zapysu_yedr varchar(24)", "adresa_fop varchar(200)", "hrupa_yedynoho_podatku integer NOT NULL", "iban_fop varchar(40) NOT NULL",
        "bank_fop varchar(60)", "stavka_usd numeric(8,2) NOT NULL", "data_pochatku {date} NOT NULL",
        "data_zakinchennia {date}", "dohovir_pdf {blob}"),
    "viiskovyi_oblik": (
        "id bigint PRIMARY KEY", "rnokpp varchar(10) NOT NULL", "vod_nomer varchar(20)",
        "katehoriia_obliku varchar(20) NOT NULL", "tck varchar(120)", "prydatnist varchar(40)",
        "vidstrochka_pidstava {text}", "bronuvannia_do {date}", "onovleno {ts} NOT NULL"),
    "relokatsii": (
        "id bigint PRIMARY KEY", "spivrobitnyk_id bigint NOT NULL", "kraina char(2) NOT NULL",
        "misto_prybuttia varchar(60) NOT NULL", "adresa_prozhyvannia varchar(200)", "telefon_za_kordonom varchar(20)", "chleny_simi {json}",
        "kompensatsiia_usd numeric(8,2)", "status varchar(12) NOT NULL", "stvoreno {ts} NOT NULL"),
    "vyplaty": (
        "id bigint PRIMARY KEY", "spivrobitnyk_id bigint NOT NULL", "period char(7) NOT NULL",
        "suma_usd numeric(10,2) NOT NULL", "kurs_nbu numeric(8,4) NOT NULL", "suma_uah numeric(12,2) NOT NULL",
        "iban_otrymuvacha varchar(40) NOT NULL", "pryznachennia varchar(300) NOT NULL",
        "bank_referens varchar(24)", "status varchar(12) NOT NULL", "provedeno {ts}"),
    "vidpustky": (
        "id bigint PRIMARY KEY", "spivrobitnyk_id bigint NOT NULL", "typ varchar(12) NOT NULL",
        "data_z {date} NOT NULL", "data_po {date} NOT NULL", "dniv integer NOT NULL", "komentar {text}",
        "pohodzheno {bool} NOT NULL"),
    "kontrahenty": (
        "id bigint PRIMARY KEY", "nazva varchar(160) NOT NULL", "edrpou varchar(20) NOT NULL",
        "ipn_pdv varchar(12)", "kraina char(2) NOT NULL", "adresa varchar(200) NOT NULL", "telefon varchar(20)",
        "email varchar(120)", "iban varchar(40)", "typ varchar(10) NOT NULL", "kontaktna_osoba varchar(120)",
        "kontakt_telefon varchar(20)"),
    "sesii": (
        "id bigint PRIMARY KEY", "korystuvach_email varchar(120) NOT NULL", "token varchar(64) NOT NULL UNIQUE",
        "ip varchar(45)", "user_agent varchar(255)", "stvoreno {ts} NOT NULL", "diisna_do {ts} NOT NULL"),
    "nalashtuvannia": (
        "kliuch varchar(60) PRIMARY KEY", "znachennia varchar(255)", "opys varchar(255)"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("spivrobitnyky", ["pidrozdil_id"], "pidrozdily", ["id"]),
    _fk("fop_dohovory", ["spivrobitnyk_id"], "spivrobitnyky", ["id"]),
    _fk("viiskovyi_oblik", ["rnokpp"], "spivrobitnyky", ["rnokpp"]),
    _fk("relokatsii", ["spivrobitnyk_id"], "spivrobitnyky", ["id"]),
    _fk("vyplaty", ["spivrobitnyk_id"], "spivrobitnyky", ["id"]),
    _fk("vidpustky", ["spivrobitnyk_id"], "spivrobitnyky", ["id"]),
    _fk("sesii", ["korystuvach_email"], "korystuvachi", ["email"]),
)

PLACES = (  # city, postcode prefixes, streets
    ("Львів", ("790", "791"), ("вул. Городоцька", "вул. Зелена", "просп. Червоної Калини", "вул. Стрийська",
                               "вул. Личаківська")),
    ("Київ", ("010", "021", "030", "041"), ("вул. Хрещатик", "просп. Перемоги", "вул. Велика Васильківська",
                                            "вул. Антоновича", "бульв. Лесі Українки")),
    ("Харків", ("610", "611"), ("просп. Науки", "вул. Сумська", "вул. Пушкінська")),
    ("Дніпро", ("490", "491"), ("просп. Дмитра Яворницького", "вул. Робоча")),
    ("Івано-Франківськ", ("760",), ("вул. Незалежності", "вул. Галицька")),
    ("Тернопіль", ("460",), ("вул. Руська", "бульв. Шевченка")),
    ("Ужгород", ("880",), ("вул. Корзо", "пл. Театральна")),
    ("Одеса", ("650",), ("вул. Дерибасівська", "Французький бульв.")),
)
MALE = (("Олександр", "Олександрович"), ("Андрій", "Андрійович"), ("Дмитро", "Дмитрович"), ("Максим", "Максимович"),
        ("Тарас", "Тарасович"), ("Богдан", "Богданович"), ("Юрій", "Юрійович"), ("Остап", "Остапович"),
        ("Назар", "Назарович"), ("Віталій", "Віталійович"), ("Ігор", "Ігорович"), ("Роман", "Романович"))
FEMALE = (("Олена", "Олександрівна"), ("Ірина", "Андріївна"), ("Оксана", "Богданівна"), ("Наталія", "Юріївна"),
          ("Соломія", "Тарасівна"), ("Христина", "Ігорівна"), ("Марія", "Романівна"), ("Анастасія", "Дмитрівна"),
          ("Юлія", "Віталіївна"), ("Дарина", "Максимівна"))
SURNAMES = (("Коваленко", "Коваленко"), ("Шевчук", "Шевчук"), ("Бондаренко", "Бондаренко"),
            ("Мельник", "Мельник"), ("Ткачук", "Ткачук"), ("Кравець", "Кравець"), ("Гнатюк", "Гнатюк"),
            ("Федорів", "Федорів"), ("Процик", "Процик"), ("Савчук", "Савчук"), ("Левицький", "Левицька"),
            ("Яворський", "Яворська"), ("Мороз", "Мороз"), ("Білик", "Білик"), ("Лисенко", "Лисенко"))
TRANSLIT = dict(zip("абвгґдезиіїйклмнопрстуфхцчшщьюяєжАБВГҐДЕЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЄЖ'",
                    ["a", "b", "v", "h", "g", "d", "e", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "ie", "zh"] * 2 + [""]))
MAIL_DOMAINS = ("gmail.com", "ukr.net", "i.ua", "meta.ua", "proton.me", "outlook.com")
BANKS = (("305299", "АТ КБ «ПриватБанк»"), ("322001", "АТ «Універсал Банк» (monobank)"),
         ("300465", "АТ «Ощадбанк»"), ("380805", "АТ «Райффайзен Банк»"), ("334851", "АТ «ПУМБ»"))
DEPARTMENTS = (("JVA", "Java-практика", "CC-110"), ("DOT", ".NET-практика", "CC-120"),
               ("FE", "Frontend", "CC-130"), ("MOB", "Mobile", "CC-140"), ("QA", "Тестування", "CC-150"),
               ("DVO", "DevOps", "CC-160"), ("PM", "Delivery management", "CC-170"), ("HR", "People Ops", "CC-900"))
POSITIONS = ("Software Engineer", "Senior Software Engineer", "QA Engineer", "DevOps Engineer", "Tech Lead",
             "Project Manager", "Business Analyst", "Data Engineer")
TCC = ("Львівський ОТЦК та СП", "Шевченківський РТЦК та СП м. Києва", "Франківський РТЦК та СП м. Львова",
       "Харківський ОТЦК та СП", "Дніпровський РТЦК та СП")
DEFERMENT = (None, None, None, "Бронювання: критично важливе підприємство для економіки, наказ Мінцифри",
             "Утримання дружини з інвалідністю II групи ({relative})",
             "Навчання в аспірантурі ЛНУ ім. Франка", "Троє дітей до 18 років",
             "Догляд за матір'ю ({relative}), інвалідність I групи, тел. {phone}",
             "Непридатний за станом здоров'я (постанова ВЛК: цукровий діабет 1 типу)")
FITNESS = (None, "придатний", "придатний", "обмежено придатний", "непридатний у мирний час")
COUNTRIES = (("PL", ("Warszawa", "Kraków", "Wrocław")), ("PT", ("Lisboa", "Porto")), ("ES", ("Valencia",)),
             ("DE", ("Berlin",)), ("UA", ("Львів", "Ужгород", "Івано-Франківськ")))
LEAVE = (("shchorichna", None), ("shchorichna", "Відпустка, на зв'язку {phone}"),
         ("likarniana", "Лікарняний: пневмонія, ЕЛН №{number}"),
         ("likarniana", "Операція, реабілітація після ВЛК, дружина {relative} повідомила"),
         ("dohliad", "Догляд за дитиною {relative}, ГРВІ"), ("bez_zb", "За власний рахунок, переїзд"),
         ("dekretna", "Відпустка у зв'язку з вагітністю та пологами"))
NOTES = (
    "Дружина {relative}, тел. {phone}, контакт на випадок надзвичайної ситуації.",
    "Переїзд зі Слов'янська у 2022 (ВПО), довідка ВПО №{number}.",
    "Просить виплату бонусу на рахунок {iban}.", "Особиста пошта для документів: {email}.",
    "Член родини загиблого військового, пільги.", "English B2, готовий до відряджень.",
    "Батько {relative} - контакт, {phone}.",
)
CLIENTS = (  # name, EDRPOU/registry no, VAT, country, address, phone, mailbox, type
    ("Nordlys Software AS", "918273645", None, "NO", "Karl Johans gate 14, 0159 Oslo", "+47 22 41 50 00",
     "invoices@nordlys-software.no", "kliient"),
    ("Brightpath Analytics Ltd", "11283746", None, "GB", "14 Castle Street, Edinburgh EH2 3AT", "+44 131 220 4400",
     "accounts@brightpath.co.uk", "kliient"),
    ("Helvetia MedTech GmbH", "CHE-112.334.556", None, "CH", "Bahnhofstrasse 12, 8001 Zürich", "+41 44 211 30 00",
     "finance@helvetia-medtech.ch", "kliient"),
    ("ТОВ «Фінтех Рішення»", None, None, "UA", "вул. Антоновича 72, Київ 03150", "+380 44 390 12 00",
     "office@fintech-rishennia.com.ua", "kliient"),
    ("АТ КБ «ПриватБанк»", "14360570", "143605726652", "UA", "вул. Грушевського 1Д, Київ 01001", "3700",
     "corporate@privatbank.ua", "bank"),
    ("АТ «Райффайзен Банк»", "14305909", "143059026658", "UA", "вул. Генерала Алмазова 4а, Київ 01011",
     "0 800 505 500", "info@raiffeisen.ua", "bank"),
)
AGENTS = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
)


@dataclass
class Company:
    """The company's database: every table's rows in SCHEMA's column order, and the
    personal e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not clients', banks' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _fill(template: str, **makers: Any) -> str:
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def latin(text: str) -> str:
    """Ukrainian Cyrillic in Latin letters (the 2010 national transliteration, simplified)."""
    return "".join(TRANSLIT.get(ch, ch) for ch in text).lower()


def rnokpp(born: dt.date, female: bool, serial: str) -> str:
    """The taxpayer's registration number: days since 1899-12-31, a serial whose last digit
    is even for women and odd for men, and the check digit."""
    head = f"{(born - dt.date(1899, 12, 31)).days:05d}{serial}"
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return head + str(sum(w * int(d) for w, d in zip(weights, head)) % 11 % 10)


def edrpou_digit(code: str) -> str:
    """The check digit of a 7-digit EDRPOU stem."""
    first = (1, 2, 3, 4, 5, 6, 7) if not 3000000 <= int(code) <= 6000000 else (7, 1, 2, 3, 4, 5, 6)
    for shift in (0, 2):
        check = sum((w + shift) * int(d) for w, d in zip(first, code)) % 11
        if check < 10:
            return str(check)
    return "0"


class _Maker(apps.Unique):
    """Ukrainian values: RNOKPP, passports, phones, e-mails, UA IBANs, tokens."""

    def __init__(self, rng: random.Random, m: Company) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def rnokpp(self, born: dt.date, female: bool) -> str:
        def draw() -> str:
            serial = self.digits(3) + self.rng.choice("02468" if female else "13579")
            return rnokpp(born, female, serial)
        return self.unique(draw)

    def passport(self) -> str:
        if self.rng.random() < 0.4:
            letters = "АВЕКМНСТКСМ"
            return self.unique(lambda: f"{self.rng.choice(letters)}{self.rng.choice(letters)} {self.digits(6)}")
        return self.unique(lambda: "00" + self.digits(7))

    def iban(self, personal: bool = True) -> tuple[str, str]:
        mfo, bank = self.rng.choice(BANKS)
        account = self.unique(lambda: "0000" + ("2620" if personal else "2600") + self.digits(11))
        bban = mfo + account
        compact = "UA" + iban_check_digits("UA", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return (compact if self.rng.random() < 0.6 else grouped(compact)), bank

    def mobile(self) -> str:
        rng = self.rng
        n = self.unique(lambda: rng.choice(("67", "68", "96", "97", "98", "50", "66", "95", "63", "73", "93"))
                        + self.digits(7))
        return rng.choice((f"+380{n}", f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"0{n}",
                           f"0{n[:2]}-{n[2:5]}-{n[5:7]}-{n[7:]}", f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
                           f"+38 0{n[:2]} {n[2:5]} {n[5:]}"))

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = latin(given), latin(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}.{f}{rng.randint(85, 99)}", f"{f}_{s}",
                            f"{s}{rng.randint(1, 99)}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def token(self, k: int) -> str:
        return self.unique(lambda: "".join(self.rng.choices("0123456789abcdef", k=k)))

    def argon2(self) -> str:
        return f"$argon2id$v=19$m=65536,t=3,p=4${apps.b64(self.rng.randbytes(16))}${apps.b64(self.rng.randbytes(32))}"


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Company(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.staff: list[dict] = []

    def person(self, female: bool | None = None) -> tuple[str, str, str]:
        """Given name, surname, patronymic."""
        if female is None:
            female = self.rng.random() < 0.4
        given, patronymic = self.rng.choice(FEMALE if female else MALE)
        man, woman = self.rng.choice(SURNAMES)
        return given, woman if female else man, self.rng.choice(FEMALE if female else MALE)[1] if female else \
            self.rng.choice(MALE)[1]

    def relative(self, family: str) -> str:
        given, _, _ = self.person()
        return f"{given} {family}"


def _flyway(w: _World) -> None:
    rng = w.rng
    for n, (version, about) in enumerate((("1", "init"), ("2", "fop dohovory"), ("3", "viiskovyi oblik"),
                                          ("4", "relokatsii"), ("5", "vyplaty usd"), ("6", "sesii")), 1):
        w.m.rows["flyway_schema_history"].append((
            n, version, about, "SQL", f"V{version}__{about.replace(' ', '_')}.sql", rng.randint(-2**31, 2**31 - 1),
            "kodsvit_app", _moment(rng, 2021 + n // 2, 2021 + n // 2), rng.randint(12, 900), True))


def _users(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, USER_COUNT + 1):
        given, family, _ = w.person(rng.random() < 0.7)
        email = make.unique(lambda: f"{latin(given)}.{latin(family)}{'' if rng.random() < 0.8 else rng.randint(2, 9)}"
                                    f"@{OWN_DOMAIN}")
        w.m.emails.add(email.casefold())
        w.m.rows["korystuvachi"].append((
            n, email, make.argon2(), f"{family} {given}", make.mobile() if rng.random() < 0.6 else None,
            "admin" if n <= 2 else rng.choice(("hr", "hr", "buhhalter", "recruiter", "kerivnyk")),
            _moment(rng, 2025, 2025), apps.ipv4(rng, (46, 91, 93, 176, 178, 188, 194)), rng.random() < 0.9))


def _departments(w: _World) -> None:
    for n, (code, name, centre) in enumerate(DEPARTMENTS, 1):
        w.m.rows["pidrozdily"].append((n, code, name, centre, True))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, STAFF_COUNT + 1):
        female = rng.random() < 0.3
        given, family, patronymic = w.person(female)
        born = dt.date.fromisoformat(apps.day(rng, 1972, 2004))
        city, codes, streets = rng.choice(PLACES)
        personal = make.email(given, family) if rng.random() < 0.9 else None
        work = make.unique(lambda: f"{latin(given)[0]}.{latin(family)}{'' if rng.random() < 0.8 else rng.randint(2, 9)}"
                                   f"@{OWN_DOMAIN}")
        w.m.emails.add(work.casefold())
        mobile = make.mobile()
        code = make.rnokpp(born, female)
        note = None
        if rng.random() < 0.35:
            note = _fill(rng.choice(NOTES), relative=lambda: w.relative(family), phone=make.mobile,
                         iban=lambda: make.iban()[0], email=lambda: make.email(given, family),
                         number=lambda: f"{make.digits(4)}-{make.digits(10)}")
        status = rng.choice(("aktyvnyi", "aktyvnyi", "aktyvnyi", "aktyvnyi", "zvilnenyi", "vidpustka"))
        w.staff.append({"id": n, "given": given, "family": family, "rnokpp": code, "female": female,
                        "mobile": mobile, "born": born})
        w.m.rows["spivrobitnyky"].append((
            n, f"KS{n + 1000:05d}", family, given, patronymic if rng.random() < 0.95 else None, born.isoformat(),
            "Ж" if female else "Ч", code, make.passport() if rng.random() < 0.85 else None, mobile, personal, work,
            f"{w.relative(family)} ({rng.choice(('дружина', 'мати', 'батько', 'брат', 'сестра'))})"
            if rng.random() < 0.6 else None, make.mobile() if rng.random() < 0.6 else None,
            f"{rng.choice(streets)}, {rng.randint(1, 180)}{', кв. ' + str(rng.randint(1, 120)) if rng.random() < 0.7 else ''}"
            if rng.random() < 0.8 else None,
            city if rng.random() < 0.9 else None, rng.choice(codes) + make.digits(2) if rng.random() < 0.7 else None,
            rng.randint(1, len(DEPARTMENTS)), rng.choice(POSITIONS), rng.choice(("J1", "J2", "M1", "M2", "S1", "S2", "L1")),
            apps.day(rng, 2012, 2025), status, apps.jpeg_bytes(rng) if rng.random() < 0.4 else None, note,
            _moment(rng, 2021, 2025)))


def _contracts(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for s in w.staff:
        if rng.random() < 0.8:
            n += 1
            iban, bank = make.iban()
            start = apps.day(rng, 2019, 2025)
            number = f"ФОП-{start[:4]}/{n:04d}"
            rate = rng.randint(1800, 7500)
            pdf = apps.pdf_bytes([f"Dohovir {latin(number)}", f"FOP {latin(s['family'])} {latin(s['given'])}",
                                  f"RNOKPP {s['rnokpp']}", f"IBAN {iban}"]) if rng.random() < 0.5 else None
            w.m.rows["fop_dohovory"].append((
                n, s["id"], number, f"2 070 000 0000 0{make.digits(5)}" if rng.random() < 0.9 else None,
                f"{rng.choice(PLACES)[0]}, {rng.choice(rng.choice(PLACES)[2])}, {rng.randint(1, 120)}"
                if rng.random() < 0.8 else None,
                3, iban, bank, f"{rate}.00", start, apps.day(rng, 2026, 2027) if rng.random() < 0.7 else None, pdf))
            s["iban"], s["rate"] = iban, rate


def _military(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for s in w.staff:
        if not s["female"] or rng.random() < 0.05:
            n += 1
            reason = rng.choice(DEFERMENT)
            w.m.rows["viiskovyi_oblik"].append((
                n, s["rnokpp"],
                make.unique(lambda: f"{rng.choice('АБВГДЕ')}{rng.choice('АБВГДЕ')} {make.digits(6)}")
                if rng.random() < 0.85 else None,
                rng.choice(("viiskovozoboviazanyi", "viiskovozoboviazanyi", "zapas_1", "pryzovnyk")),
                rng.choice(TCC), rng.choice(FITNESS),
                _fill(reason, relative=lambda: w.relative(s["family"]), phone=make.mobile) if reason else None,
                apps.day(rng, 2026, 2026) if reason and reason.startswith("Бронювання") else None,
                _moment(rng, 2024, 2025)))


def _abroad(rng: random.Random, country: str) -> str:
    """A local mobile number in the country of arrival."""
    d = "".join(rng.choices(string.digits, k=8))
    return {"PL": f"+48 5{d[:2]} {d[2:5]} {d[5:]}", "PT": f"+351 91{d[0]} {d[1:4]} {d[4:7]}",
            "ES": f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", "DE": f"+49 15{d[0]} {d[1:]}",
            "UA": f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}"}[country]


def _relocations(w: _World) -> None:
    rng = w.rng
    for n, s in enumerate(rng.sample(w.staff, 60), 1):
        country, cities = rng.choice(COUNTRIES)
        family = []
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            kind = rng.choice(("dружина", "син", "донька", "мати"))
            female = kind in ("донька", "мати") or (kind == "dружина")
            kind = kind.replace("dружина", "дружина" if not s["female"] else "чоловік")
            family.append({"pib": f"{w.person(female)[0]} {s['family']}", "sporidnennia": kind,
                           "data_narodzhennia": apps.day(rng, 1950, 2024),
                           "pasport": w.make.passport() if rng.random() < 0.6 else None})
        w.m.rows["relokatsii"].append((
            n, s["id"], country, rng.choice(cities),
            (f"{rng.choice(('ul. Mokotowska', 'Rua Augusta', 'Carrer de Colón', 'Torstraße'))} {rng.randint(1, 90)}/{rng.randint(1, 30)}"
             if country != "UA" else f"{rng.choice(PLACES[0][2])}, {rng.randint(1, 90)}") if rng.random() < 0.85 else None,
            _abroad(rng, country) if rng.random() < 0.7 else None,
            json.dumps(family, ensure_ascii=False) if family else None,
            f"{rng.choice((1000, 1500, 2000, 3000))}.00" if rng.random() < 0.8 else None,
            rng.choice(("zapyt", "pohodzheno", "zaversheno", "zaversheno", "vidkhyleno")), _moment(rng, 2022, 2025)))


def _payouts(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    paid = [s for s in w.staff if "iban" in s]
    for month in ("2025-08", "2025-09", "2025-10"):
        for s in rng.sample(paid, 80):
            n += 1
            rate = round(rng.uniform(41.2, 41.9), 4)
            usd = s["rate"] + rng.choice((0, 0, 0, 250, 500))
            who = f"ФОП {s['family']} {s['given'][0]}." if rng.random() < 0.6 else f"ФОП {s['family']} {s['given']}"
            status = rng.choice(("provedeno", "provedeno", "provedeno", "v_obrobtsi"))
            w.m.rows["vyplaty"].append((
                n, s["id"], month, f"{usd}.00", f"{rate:.4f}", f"{usd * rate:.2f}", s["iban"],
                f"Оплата за послуги з розробки ПЗ згідно договору, {month}, {who}, РНОКПП {s['rnokpp']}, без ПДВ",
                f"PB{make.digits(12)}" if status == "provedeno" else None, status,
                f"{month}-0{rng.randint(1, 9)} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:00"
                if status == "provedeno" else None))


def _leave(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, 181):
        s = rng.choice(w.staff)
        kind, template = rng.choice(LEAVE)
        if kind == "dekretna" and not s["female"]:
            kind, template = "shchorichna", None
        start = dt.date.fromisoformat(apps.day(rng, 2023, 2025))
        days = rng.randint(1, 21) if kind != "dekretna" else 126
        w.m.rows["vidpustky"].append((
            n, s["id"], kind, start.isoformat(), (start + dt.timedelta(days=days - 1)).isoformat(), days,
            _fill(template, phone=lambda: s["mobile"], relative=lambda: w.relative(s["family"]),
                  number=lambda: make.digits(12)) if template else None, rng.random() < 0.9))


def _clients(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, code, vat, country, address, phone, mailbox, kind) in enumerate(CLIENTS, 1):
        if code is None:
            stem = make.digits(7)
            code = stem + edrpou_digit(stem)
        iban = None
        if country == "UA" and kind == "kliient":
            iban = grouped(make.iban(personal=False)[0].replace(" ", ""))
        given, family, _ = w.person()
        contact = f"{latin(given).title()} {latin(family).title()}" if country != "UA" else f"{given} {family}"
        w.m.rows["kontrahenty"].append((
            n, name, code, vat, country, address, phone, mailbox, iban, kind,
            contact if rng.random() < 0.9 else None, make.mobile() if rng.random() < 0.7 else None))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    users = w.m.rows["korystuvachi"]
    for n in range(1, SESSION_COUNT + 1):
        user = rng.choice(users)
        created = dt.datetime.fromisoformat(_moment(rng, 2025, 2025))
        w.m.rows["sesii"].append((
            n, user[1], make.token(64), apps.ipv4(rng, (46, 91, 93, 176, 178, 188, 194)) if rng.random() < 0.95 else None,
            rng.choice(AGENTS), created.isoformat(sep=" "), (created + dt.timedelta(hours=12)).isoformat(sep=" ")))


def _settings(w: _World) -> None:
    make = w.make
    stem = "4351872"
    for key, value, about in (
        ("kompaniia.nazva", "ТОВ «Кодсвіт»", "Назва в документах"),
        ("kompaniia.edrpou", stem + edrpou_digit(stem), "Код ЄДРПОУ"),
        ("kompaniia.adresa", "вул. Героїв УПА 73, Львів 79015", "Юридична адреса"),
        ("kompaniia.telefon", "+380 32 229 41 00", "Рецепція"),
        ("kompaniia.email", f"hr@{OWN_DOMAIN}", "Загальна скринька HR"),
        ("pošta.vidpravnyk", f"noreply@{OWN_DOMAIN}", "Сповіщення"),
        ("kompaniia.iban", grouped(make.iban(personal=False)[0].replace(" ", "")), "Поточний рахунок у ПриватБанку"),
        ("payroll.kurs_dzherelo", "NBU", None),
        ("sesiia.hodyn", "12", None),
        ("yedynyi_podatok.stavka_3", "5", "Ставка єдиного податку, %"),
    ):
        w.m.rows["nalashtuvannia"].append((key, value, about))


def make_company(seed: int = SEED) -> Company:
    """The whole company's database, the same for the same seed."""
    w = _World(seed)
    _flyway(w)
    _users(w)
    _departments(w)
    _staff(w)
    _contracts(w)
    _military(w)
    _relocations(w)
    _payouts(w)
    _leave(w)
    _clients(w)
    _sessions(w)
    _settings(w)
    return w.m


def create(server: Any, db: str, m: Company) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/thirtythird/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
