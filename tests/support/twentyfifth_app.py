"""The twenty-fifth held-out application: a Bulgarian courier's shipping system, a Yii2 (PHP) app in transliterated Bulgarian.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentyfifth/labels.yml) before any detector ran on it.

"Стрела Куриер ЕООД" (fictional, strela-kurier.bg) delivers parcels across Bulgaria
from its offices in Sofia, Plovdiv, Varna, Burgas and Ruse. Its in-house team built the
system on Yii2's advanced template: Yii2's own tables keep their English names
(`migration` with `version` and `apply_time`, `session` of yii\\web\\DbSession with `id`,
`expire` and `data` a BLOB of the PHP-serialized session, `user` with `auth_key`,
`password_hash`, `password_reset_token`, `verification_token` and Unix-time integer
`created_at`/`updated_at` from TimestampBehavior), the business tables are singular
snake_case in transliterated Bulgarian (the official streamlined system: ж zh, ш sh,
щ sht, ъ a, ю yu, я ya), and the people's names, addresses and free text are stored in
Cyrillic as typed (some in Latin letters). Like every Bulgarian courier, recipients are
known by their phone number: `poluchatel.telefon` (0888 123 456 in every layout) is
UNIQUE and `pratka.poluchatel_telefon` a FOREIGN KEY to it.

The tables: `user` the web accounts of senders, `klient` the senders (private people
selling online and small firms: names, ЕГН the 10-digit civil number YYMMDDRRRC with
the birth date, sex in the ninth digit and a check digit, or a company's ЕИК and VAT
number, phone, e-mail, address, postcode, town, the IBAN the cash on delivery is paid
to), `poluchatel` the recipients (full name, e-mail, town, postcode, address, a note
for the courier), `ofis` the company's own offices, `kurier` the couriers (names with
the patronymic, ЕГН, ID card and driving licence numbers, birth date, sex, phone, home
address, salary IBAN, a JPEG photo, a medical-board disability note), `pratka` the
shipments (a 13-digit waybill with a Luhn digit, the recipient's phone, the signature
captured on the courier's phone as a PNG, the GPS point of the delivery),
`izplashtane` the cash-on-delivery payouts (payee IBAN and holder), `reklamatsiya` the
complaints (free text quoting e-mails, phones, IBANs, names, medicines; a PDF or JPEG),
`partnor` the subcontractors (ЕИК, VAT number, office address, switchboard, office@
mailbox, company IBAN, a contact person), `nastroyka` the settings.

Everything here is the original side: the rows (`make_courier`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the firms', the partners' and the company's own
mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support import apps
from support.apps import dump, grouped, iban_check_digits, luhn_digit
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Courier", "create", "dump", "load_labels", "make_courier"]

SEED = 20261201
LABELS = Path(__file__).resolve().parents[1] / "twentyfifth" / "labels.yml"
USER_COUNT = 200
RECIPIENT_COUNT = 260
COURIER_COUNT = 60
SHIPMENT_COUNT = 300
COMPLAINT_COUNT = 90
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "strela-kurier.bg"

TYPES = {
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp(0) without time zone", "blob": "bytea", "text": "text", "bool": "boolean"},
    "sqlite": {"ts": "datetime", "blob": "blob", "text": "text", "bool": "boolean"},
}

# Every table's column definitions, parents before children, as the Yii2 migrations declare them.
SCHEMA: dict[str, tuple[str, ...]] = {
    "migration": ("version varchar(180) PRIMARY KEY", "apply_time integer"),
    "session": ("id char(40) PRIMARY KEY", "expire integer", "data {blob}"),
    "user": (
        "id integer PRIMARY KEY", "username varchar(255) NOT NULL UNIQUE", "auth_key varchar(32) NOT NULL",
        "password_hash varchar(255) NOT NULL", "password_reset_token varchar(255) UNIQUE",
        "email varchar(255) NOT NULL UNIQUE", "status smallint NOT NULL", "created_at integer NOT NULL",
        "updated_at integer NOT NULL", "verification_token varchar(255)", "last_login_ip varchar(45)"),
    "ofis": (
        "id integer PRIMARY KEY", "kod varchar(6) NOT NULL UNIQUE", "ime varchar(80) NOT NULL",
        "grad varchar(40) NOT NULL", "adres varchar(150) NOT NULL", "telefon varchar(20) NOT NULL",
        "email varchar(80) NOT NULL", "rabotno_vreme varchar(60) NOT NULL", "shirina numeric(9,6) NOT NULL",
        "duzhina numeric(9,6) NOT NULL"),
    "klient": (
        "id integer PRIMARY KEY", "user_id integer", "tip varchar(2) NOT NULL", "ime varchar(60)",
        "familiya varchar(60)", "egn char(10)", "firma varchar(120)", "eik varchar(13)", "dds_nomer varchar(15)",
        "telefon varchar(20) NOT NULL", "email varchar(120)", "adres varchar(150)", "grad varchar(40) NOT NULL",
        "poshtenski_kod varchar(4)", "iban varchar(34)", "created_at integer NOT NULL",
        "updated_at integer NOT NULL"),
    "poluchatel": (
        "id integer PRIMARY KEY", "telefon varchar(20) NOT NULL UNIQUE", "ime varchar(120) NOT NULL",
        "email varchar(120)", "grad varchar(40) NOT NULL", "poshtenski_kod varchar(4)", "adres varchar(150)",
        "ofis_id integer", "belezhka varchar(255)", "created_at integer NOT NULL"),
    "kurier": (
        "id integer PRIMARY KEY", "sluzheben_nomer varchar(6) NOT NULL UNIQUE", "ime varchar(40) NOT NULL",
        "prezime varchar(40)", "familiya varchar(40) NOT NULL", "egn char(10) NOT NULL",
        "lichna_karta varchar(9)", "shofyorska_knizhka varchar(9)", "data_razhdane date", "pol char(1)",
        "telefon varchar(20)", "adres varchar(150)", "grad varchar(40)", "iban varchar(34)", "snimka {blob}",
        "telk_reshenie varchar(120)", "ofis_id integer NOT NULL", "data_postupvane date NOT NULL",
        "aktiven {bool} NOT NULL"),
    "pratka": (
        "id integer PRIMARY KEY", "tovaritelnitsa char(13) NOT NULL UNIQUE", "klient_id integer NOT NULL",
        "poluchatel_telefon varchar(20) NOT NULL", "ofis_id integer", "kurier_id integer",
        "teglo_kg numeric(6,2) NOT NULL", "opisanie varchar(120)", "nalozhen_platezh numeric(10,2)",
        "obyavena_stoynost numeric(10,2)", "status varchar(16) NOT NULL", "suzdadena {ts} NOT NULL",
        "dostavena {ts}", "podpis {blob}", "gps_dostavka varchar(30)"),
    "izplashtane": (
        "id integer PRIMARY KEY", "klient_id integer NOT NULL", "suma numeric(10,2) NOT NULL",
        "iban varchar(34) NOT NULL", "titulyar varchar(120) NOT NULL", "osnovanie varchar(60) NOT NULL",
        "izplateno {ts} NOT NULL"),
    "reklamatsiya": (
        "id integer PRIMARY KEY", "pratka_id integer NOT NULL", "podadena_ot varchar(120) NOT NULL",
        "telefon_za_vrazka varchar(20)", "tekst {text} NOT NULL", "prikachen_fail {blob}",
        "status varchar(12) NOT NULL", "created_at integer NOT NULL", "updated_at integer NOT NULL"),
    "partnor": (
        "id integer PRIMARY KEY", "firma varchar(120) NOT NULL", "eik varchar(13) NOT NULL UNIQUE",
        "dds_nomer varchar(15)", "adres varchar(150) NOT NULL", "telefon varchar(20) NOT NULL",
        "email varchar(80) NOT NULL", "iban varchar(34)", "litse_za_kontakt varchar(120)", "aktiven {bool} NOT NULL"),
    "nastroyka": ("klyuch varchar(60) PRIMARY KEY", "stoynost varchar(255) NOT NULL", "updated_at integer NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("klient", ["user_id"], "user", ["id"]),
    _fk("poluchatel", ["ofis_id"], "ofis", ["id"]),
    _fk("kurier", ["ofis_id"], "ofis", ["id"]),
    _fk("pratka", ["klient_id"], "klient", ["id"]),
    _fk("pratka", ["poluchatel_telefon"], "poluchatel", ["telefon"]),
    _fk("pratka", ["ofis_id"], "ofis", ["id"]),
    _fk("pratka", ["kurier_id"], "kurier", ["id"]),
    _fk("izplashtane", ["klient_id"], "klient", ["id"]),
    _fk("reklamatsiya", ["pratka_id"], "pratka", ["id"]),
)

TOWNS = (  # town, postcodes, streets, weight, area code, (lat, lng)
    ("София", ("1000", "1124", "1164", "1407", "1421", "1505", "1612", "1712", "1784"),
     ("бул. Витоша", "ул. Граф Игнатиев", "бул. Черни връх", "ул. Шипка", "ж.к. Младост 1, бл.", "ж.к. Люлин 5, бл.",
      "ул. Оборище", "бул. Цариградско шосе"), 40, "02", (42.69, 23.32)),
    ("Пловдив", ("4000", "4002", "4004", "4023"), ("ул. Капитан Райчо", "бул. Руски", "ул. Отец Паисий",
                                                   "ж.к. Тракия, бл."), 16, "032", (42.14, 24.75)),
    ("Варна", ("9000", "9002", "9009", "9010"), ("бул. Приморски", "ул. Драгоман", "бул. Владислав Варненчик",
                                                 "ж.к. Чайка, бл."), 14, "052", (43.21, 27.91)),
    ("Бургас", ("8000", "8001", "8008"), ("ул. Александровска", "ул. Иван Вазов", "ж.к. Изгрев, бл."), 10, "056",
     (42.50, 27.47)),
    ("Русе", ("7000", "7002", "7012"), ("ул. Александровска", "ул. Борисова", "бул. Липник"), 7, "082",
     (43.85, 25.97)),
    ("Стара Загора", ("6000", "6003"), ("ул. Цар Симеон Велики", "бул. Руски"), 6, "042", (42.42, 25.63)),
    ("Велико Търново", ("5000", "5003"), ("ул. Васил Левски", "ул. Никола Габровски"), 4, "062", (43.08, 25.63)),
    ("Благоевград", ("2700",), ("ул. Тодор Александров", "ул. Васил Левски"), 3, "073", (42.02, 23.09)),
)
MALE = ("Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Александър", "Тодор", "Васил",
        "Мартин", "Калоян", "Красимир", "Пламен", "Йордан", "Стефан", "Борислав", "Емил", "Любомир", "Цветан")
FEMALE = ("Мария", "Иванка", "Елена", "Десислава", "Петя", "Гергана", "Николета", "Радостина", "Силвия", "Йорданка",
          "Цветелина", "Виктория", "Теодора", "Даниела", "Милена", "Катерина", "Снежана", "Росица", "Боряна", "Ани")
FAMILIES = ("Иванов", "Петров", "Георгиев", "Димитров", "Николов", "Стоянов", "Христов", "Тодоров", "Илиев",
            "Василев", "Атанасов", "Ангелов", "Костадинов", "Маринов", "Попов", "Колев", "Йорданов", "Русев",
            "Цветков", "Кръстев")
TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
            "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
            "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu",
            "я": "ya"}
BANKS = ("UNCR", "STSA", "FINV", "BPBI", "UBBS", "RZBB", "CECB", "IORT")
MAIL_DOMAINS = ("abv.bg", "abv.bg", "abv.bg", "gmail.com", "gmail.com", "mail.bg", "dir.bg", "yahoo.com",
                "outlook.com")
MOBILE_PREFIXES = ("87", "88", "89", "98", "99", "97")
IP_FIRSTS = (46, 77, 78, 79, 87, 89, 93, 94, 95, 151, 176, 212, 217)
FIRMS = (  # a small firm sending parcels: name, mailbox, domain
    ("Модна Къща Ели ЕООД", "shop", "modnakashta-eli.bg"), ("Техномаркет Плюс ООД", "orders", "tehnoplus.bg"),
    ("Билкова аптека Здраве ЕООД", "info", "bilki-zdrave.bg"), ("Книжарница Хеликон АД", "online", "helikon.bg"),
    ("Авточасти Русе ООД", "prodazhbi", "avtochasti-ruse.bg"), ("Детски свят ЕООД", "office", "detskisviat.bg"),
)
PARTNERS = (  # firma, address, mailbox, domain
    ("Транс Логистик ООД", "гр. София, бул. Ботевградско шосе 247", "office", "translogistik.bg"),
    ("Джи Ес Пи Транс ЕООД", "гр. Пловдив, ул. Кукленско шосе 17", "office", "gsptrans.bg"),
    ("Софтуер Солюшънс АД", "гр. София, ул. Николай Хайтов 2", "support", "softsolutions.bg"),
    ("Лизинг Авто ЕАД", "гр. Варна, бул. Сливница 185", "info", "leasingavto.bg"),
    ("Охрана Щит ООД", "гр. Бургас, ул. Струма 4", "office", "ohranashtit.bg"),
)
OFFICES = (  # kod, ime, town index, address, hours
    ("SOF01", "София Център", 0, "ул. Позитано 20"), ("SOF02", "София Младост", 0, "бул. Александър Малинов 51"),
    ("PDV01", "Пловдив Център", 1, "ул. Иван Вазов 12"), ("VAR01", "Варна Център", 2, "бул. Сливница 44"),
    ("BGS01", "Бургас Център", 3, "ул. Фердинандова 67"), ("RSE01", "Русе", 4, "ул. Райко Даскалов 9"),
    ("SZR01", "Стара Загора", 5, "бул. Митрополит Методий Кусев 33"), ("VTR01", "Велико Търново", 6,
                                                                      "ул. Никола Габровски 71"),
)
CONTENTS = ("дрехи", "обувки", "книги", "резервни части", "козметика", "документи", "електроника", "играчки",
            "билки и хранителни добавки", "телефон", "аксесоари")
DISABILITY = ("ТЕЛК 52% - захарен диабет", "ТЕЛК 71% - след инсулт", "ТЕЛК 50% - епилепсия")
BROWSERS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
            "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile")
NOTES = ("Звънете преди доставка.", "Вход Б, ет. 4, ап. 12", "Има куче, не отваряйте портата!",
         "Оставете при съседката {third}, тел. {third_phone}", "Не работи звънеца, позвънете на {phone}",
         "Доставка само след 17:00 ч.", "Please call on arrival, I don't speak Bulgarian.")
COMPLAINTS = (
    "Пратката пристигна смачкана, вътре имаше стъклени бутилки. Моля, възстановете сумата по сметка {iban}. {name}",
    "Куриерът не ми се обади, а в системата пише 'отказана'. Телефонът ми е {phone}, чакам цял ден!",
    "Наложеният платеж не е преведен вече две седмици. IBAN: {iban}, титуляр {name}.",
    "В колета имаше лекарства за майка ми ({medicine}), които закъсняха с 5 дни. Пишете ми на {email}.",
    "Получател {third} твърди, че не е получил пратката, но има подпис. Моля за проверка. Тел. {phone}",
    "Hello, my parcel was delivered to the wrong address. Please contact me at {email} or {phone}. {name}",
    "Моля, сменете адреса за доставка на {street}, {town}. Благодаря, {name}",
    "Повредена опаковка, прилагам снимка.",
)
MEDICINES = ("инсулин", "Синтром", "антиепилептични таблетки", "Метформин")
STATUSES = ("dostavena", "dostavena", "dostavena", "dostavena", "v_dostavka", "v_ofis", "vrashtane", "otkazana")


@dataclass
class Courier:
    """The courier's database: every table's rows in SCHEMA's column order, and the personal
    e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not firms', partners' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def latin(text: str) -> str:
    """Cyrillic in the streamlined transliteration, lower case, letters only (e-mails, usernames)."""
    return "".join(TRANSLIT.get(ch, ch) for ch in text.lower() if ch.isalpha())


def egn_digit(nine: str) -> str:
    """The ЕГН's check digit: weights 2,4,8,5,10,9,7,3,6, mod 11, 10 giving 0."""
    total = sum(int(d) * w for d, w in zip(nine, (2, 4, 8, 5, 10, 9, 7, 3, 6)))
    return str(total % 11 % 10)


def eik_digit(eight: str) -> str:
    """A 9-digit ЕИК's check digit (weights 1..8, then 3..10, mod 11)."""
    total = sum(int(d) * w for d, w in zip(eight, range(1, 9))) % 11
    if total == 10:
        total = sum(int(d) * w for d, w in zip(eight, range(3, 11))) % 11
    return str(total % 10)


def _unix(when: str) -> int:
    return int(dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone.utc).timestamp())


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (7, 21)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ")


def _fill(template: str, **makers: Any) -> str:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _php(value: Any) -> str:
    """PHP's serialize() of a str, int, bool or dict (the session's format)."""
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    return f"a:{len(value)}:{{" + "".join(_php(k) + _php(v) for k, v in value.items()) + "}"


class _Maker(apps.Unique):
    """Bulgarian values: ЕГН, ЕИК, phones, e-mails, IBANs, tokens, hashes."""

    def __init__(self, rng: random.Random, m: Courier) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def egn(self, born: str, female: bool) -> str:
        y, mth, d = int(born[:4]), int(born[5:7]), int(born[8:10])
        mm = mth + 40 if y >= 2000 else mth

        def draw() -> str:
            ninth = self.rng.choice("13579" if female else "02468")
            nine = f"{y % 100:02d}{mm:02d}{d:02d}{self.digits(2)}{ninth}"
            return nine + egn_digit(nine)

        return self.unique(draw)

    def eik(self) -> str:
        return self.unique(lambda: (lambda e: e + eik_digit(e))(self.rng.choice("12") + self.digits(7)))

    def mobile(self) -> str:
        return self.unique(lambda: "0" + self.rng.choice(MOBILE_PREFIXES) + self.digits(7))

    def phone(self, number: str | None = None) -> str:
        """A mobile in one of the layouts people type."""
        n = number or self.mobile()
        return self.rng.choice((n, n, f"{n[:4]} {n[4:7]} {n[7:]}", f"+359 {n[1:4]} {n[4:7]} {n[7:]}", f"+359{n[1:]}",
                                f"00359{n[1:]}", f"{n[:4]}/{n[4:]}"))

    def email(self, given: str, family: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = latin(given), latin(family)
        yy = str(year)[-2:] if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}_{s}", f"{f}{yy}", f"{f}.{s}{yy}", f"{f[0]}{s}", f"{f}{s}{yy}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, personal: bool = True, country: str = "BG") -> str:
        rng = self.rng
        if country == "BG":
            bban = self.unique(lambda: rng.choice(BANKS) + self.digits(4) + rng.choice(("10", "15", "20"))
                               + self.digits(8))
        else:  # a German buyer's refund account
            bban = self.unique(lambda: self.digits(18))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def bcrypt(self) -> str:
        return f"$2y$13${self.token(53, string.ascii_letters + string.digits + './')}"


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Courier(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.clients: list[dict] = []
        self.recipients: list[dict] = []
        self.shipments: list[dict] = []

    def person(self, first: int, last: int) -> dict:
        rng = self.rng
        female = rng.random() < 0.5
        given = rng.choice(FEMALE if female else MALE)
        father = rng.choice(MALE)
        family = rng.choice(FAMILIES) + ("а" if female else "")
        stem = father[:-1] if father.endswith(("й", "ь")) else father[:-2] + "р" if father.endswith("ър") else father
        middle = stem + ("ова" if female else "ов")
        return {"given": given, "middle": middle, "family": family, "female": female,
                "born": apps.day(rng, first, last)}

    def name(self) -> str:
        p = self.person(1950, 2004)
        return f"{p['given']} {p['family']}"

    def town(self) -> tuple:
        return self.rng.choices(TOWNS, [t[3] for t in TOWNS])[0]

    def street(self, town: tuple) -> str:
        s = self.rng.choice(town[2])
        return f"{s} {self.rng.randint(1, 180)}" + ("" if "бл." in s else self.rng.choice(("", "", ", ет. 3", ", ап. 7")))


def _meta(w: _World) -> None:
    when = dt.datetime(2019, 4, 2, 10, 0, 0)
    names = ("init", "create_user_table", "create_session_table", "create_klient", "create_poluchatel",
             "create_kurier", "create_pratka", "add_gps_to_pratka", "create_izplashtane", "create_reklamatsiya",
             "create_partnor", "create_nastroyka", "add_last_login_ip_to_user", "add_verification_token_to_user")
    for name in names:
        when += dt.timedelta(minutes=w.rng.randint(3000, 90000))
        version = "m000000_000000_base" if name == "init" else f"m{when:%y%m%d_%H%M%S}_{name}"
        w.m.rows["migration"].append((version, int(when.replace(tzinfo=dt.timezone.utc).timestamp())))


def _offices(w: _World) -> None:
    rng = w.rng
    for n, (code, name, t, address) in enumerate(OFFICES, 1):
        town = TOWNS[t]
        lat, lng = town[5]
        w.m.rows["ofis"].append((
            n, code, name, town[0], address, f"{town[4]} {w.make.digits(3)} {w.make.digits(3)}"
            if len(town[4]) == 3 else f"02 {w.make.digits(3)} {w.make.digits(4)}", f"{code.lower()}@{OWN_DOMAIN}",
            rng.choice(("пн-пт 9:00-19:00, сб 9:00-13:00", "пн-пт 8:30-18:30")),
            f"{lat + rng.uniform(-0.02, 0.02):.6f}", f"{lng + rng.uniform(-0.02, 0.02):.6f}"))


def _users_and_clients(w: _World) -> None:
    rng, make = w.rng, w.make
    firms = list(FIRMS)
    for n in range(1, USER_COUNT + 1):
        firm = firms.pop() if firms and rng.random() < 0.1 else None
        p = w.person(1950, 2005)
        town = w.town()
        created = _moment(rng, 2019, 2025)
        if firm:
            email = f"{firm[1]}@{firm[2]}"
        else:
            email = make.email(p["given"], p["family"], int(p["born"][:4]))
        username = email if rng.random() < 0.5 else make.unique(
            lambda: latin(p["given"]) + rng.choice((".", "_", "")) + latin(p["family"])[:5] + str(rng.randint(1, 99)))
        w.m.rows["user"].append((
            n, username, make.token(32, string.ascii_letters + string.digits + "_-"), make.bcrypt(),
            f"{make.token(32, string.ascii_letters + string.digits + '_-')}_{_unix(created) + 3600}"
            if rng.random() < 0.1 else None, email, rng.choice((10, 10, 10, 10, 9, 0)), _unix(created),
            _unix(_plus(created, rng.randint(10, 500000))),
            f"{make.token(32, string.ascii_letters + string.digits + '_-')}_{_unix(created)}"
            if rng.random() < 0.2 else None,
            apps.ipv4(rng, IP_FIRSTS) if rng.random() < 0.85 else None))
        mobile = make.mobile()
        iban = make.iban(personal=not firm) if rng.random() < 0.7 else None
        w.clients.append({"id": n, **p, "firm": firm, "email": email, "mobile": mobile, "town": town, "iban": iban,
                          "created": created})
        if firm:
            eik = make.eik()
            row = ("ЮЛ", p["given"], p["family"], None, firm[0], eik, f"BG{eik}" if rng.random() < 0.8 else None)
        else:
            row = ("ФЛ", p["given"], p["family"], make.egn(p["born"], p["female"]) if rng.random() < 0.6 else None,
                   None, None, None)
        w.m.rows["klient"].append((
            n, n if rng.random() < 0.9 else None, *row, make.phone(mobile), email if rng.random() < 0.95 else None,
            w.street(town) if rng.random() < 0.8 else None, town[0], rng.choice(town[1]) if rng.random() < 0.9 else None,
            iban, _unix(created), _unix(_plus(created, rng.randint(10, 400000)))))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in rng.sample(w.clients, 60):
        data = {"__flash": {}, "__id": c["id"], "__authKey": make.token(32, string.ascii_letters + string.digits),
                "__returnUrl": f"/pratki/tarsene?telefon={c['mobile']}" if rng.random() < 0.5 else "/pratki/moi",
                "_csrf-frontend": make.token(32, string.ascii_letters + string.digits + "_-")}
        serialized = "".join(f"{k}|{_php(v)}" for k, v in data.items())
        w.m.rows["session"].append((make.token(32, string.ascii_lowercase + string.digits),
                                    _unix(_moment(rng, 2025, 2025)) + 1440, serialized.encode("utf-8")))


def _recipients(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, RECIPIENT_COUNT + 1):
        p = w.person(1945, 2006)
        town = w.town()
        mobile = make.mobile()
        shown = make.phone(mobile)
        to_office = rng.random() < 0.35
        offices = [k for k, o in enumerate(OFFICES, 1) if TOWNS[o[2]] is town]
        office = rng.choice(offices) if to_office and offices else None
        name = f"{p['given']} {p['family']}"
        if rng.random() < 0.15:
            name = f"{latin(p['given']).capitalize()} {latin(p['family']).capitalize()}"
        note = _fill(rng.choice(NOTES), third=w.name, third_phone=make.phone, phone=lambda: shown) \
            if rng.random() < 0.3 else None
        w.recipients.append({"id": n, "phone": shown, "name": name, "town": town})
        w.m.rows["poluchatel"].append((
            n, shown, name, make.email(p["given"], p["family"]) if rng.random() < 0.4 else None, town[0],
            rng.choice(town[1]) if rng.random() < 0.85 else None, None if office else w.street(town), office, note,
            _unix(_moment(rng, 2019, 2025))))


def _couriers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, COURIER_COUNT + 1):
        p = w.person(1965, 2004)
        p["female"] = rng.random() < 0.15
        given = rng.choice(FEMALE if p["female"] else MALE)
        family = p["family"].rstrip("а") + ("а" if p["female"] else "")
        p["middle"] = p["middle"].rstrip("а") + ("а" if p["female"] else "")
        office = rng.randint(1, len(OFFICES))
        town = TOWNS[OFFICES[office - 1][2]]
        w.m.rows["kurier"].append((
            n, f"K{n + 1000:05d}", given, p["middle"] if rng.random() < 0.9 else None, family,
            make.egn(p["born"], p["female"]), make.unique(lambda: f"6{make.digits(8)}") if rng.random() < 0.9 else None,
            make.unique(lambda: f"2{make.digits(8)}"), p["born"] if rng.random() < 0.9 else None,
            "ж" if p["female"] else "м", make.phone() if rng.random() < 0.95 else None,
            w.street(town) if rng.random() < 0.85 else None, town[0],
            make.iban() if rng.random() < 0.9 else None, apps.jpeg_bytes(rng) if rng.random() < 0.6 else None,
            rng.choice(DISABILITY) if rng.random() < 0.06 else None, office, apps.day(rng, 2015, 2025),
            rng.random() < 0.9))


def _shipments(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, SHIPMENT_COUNT + 1):
        c, r = rng.choice(w.clients), rng.choice(w.recipients)
        created = _moment(rng, max(2023, int(c["created"][:4])), 2025)
        status = rng.choice(STATUSES)
        delivered = status == "dostavena"
        cod = f"{rng.randint(10, 400)}.{rng.choice(('00', '50', '90', '99'))}" if rng.random() < 0.6 else None
        lat, lng = r["town"][5]
        waybill = make.unique(lambda: (lambda d: d + luhn_digit(d))("5" + make.digits(11)))
        w.m.rows["pratka"].append((
            n, waybill, c["id"], r["phone"], rng.randint(1, len(OFFICES)) if rng.random() < 0.5 else None,
            rng.randint(1, COURIER_COUNT) if rng.random() < 0.9 else None, f"{rng.uniform(0.2, 25):.2f}",
            rng.choice(CONTENTS) if rng.random() < 0.9 else None, cod,
            f"{rng.randint(20, 1500)}.00" if rng.random() < 0.3 else None, status, created,
            _plus(created, rng.randint(600, 5000)) if delivered else None,
            apps.png_bytes(rng) if delivered and rng.random() < 0.7 else None,
            f"{lat + rng.uniform(-0.05, 0.05):.5f},{lng + rng.uniform(-0.05, 0.05):.5f}" if delivered else None))
        w.shipments.append({"id": n, "client": c, "recipient": r, "cod": cod, "created": created})


def _payouts(w: _World) -> None:
    rng = w.rng
    for s in w.shipments:
        c = s["client"]
        if not s["cod"] or not c["iban"] or rng.random() < 0.2:
            continue
        holder = c["firm"][0] if c["firm"] else f"{c['given']} {c['family']}"
        if not c["firm"] and rng.random() < 0.3:
            holder = f"{latin(c['given'])} {latin(c['family'])}".upper()
        w.m.rows["izplashtane"].append((
            len(w.m.rows["izplashtane"]) + 1, c["id"], s["cod"], c["iban"], holder,
            f"НП по товарителница {w.m.rows['pratka'][s['id'] - 1][1]}", _plus(s["created"], rng.randint(4000, 20000))))


def _complaints(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, COMPLAINT_COUNT + 1):
        s = rng.choice(w.shipments)
        by_sender = rng.random() < 0.5
        if by_sender:
            c = s["client"]
            name, phone, town = f"{c['given']} {c['family']}", make.phone(c["mobile"]), c["town"]
            email = lambda: c["email"] if not c["firm"] else make.email(c["given"], c["family"])  # noqa: E731
        else:
            r = s["recipient"]
            name, phone, town = r["name"], r["phone"], r["town"]
            email = lambda: make.email(*r["name"].split(" ", 1))  # noqa: E731
        template = rng.choice(COMPLAINTS)
        text = _fill(template, iban=lambda: grouped(make.iban()) if rng.random() < 0.5 else make.iban(),
                     name=lambda: name, phone=lambda: phone, email=email, third=w.name,
                     medicine=lambda: rng.choice(MEDICINES), street=lambda: w.street(town), town=lambda: town[0])
        if "снимка" in template or rng.random() < 0.1:
            attachment = apps.jpeg_bytes(rng)
        elif rng.random() < 0.15:
            attachment = apps.pdf_bytes(["Protokol za uvrezhdane", name, f"tel. {phone}"])
        else:
            attachment = None
        created = _unix(_plus(s["created"], rng.randint(600, 30000)))
        w.m.rows["reklamatsiya"].append((
            n, s["id"], name, phone if rng.random() < 0.8 else None, text, attachment,
            rng.choice(("nova", "v_proverka", "uvazhena", "otkhvarlena")), created, created + rng.randint(60, 900000)))


def _partners(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (firm, address, mailbox, domain) in enumerate(PARTNERS, 1):
        eik = make.eik()
        w.m.rows["partnor"].append((
            n, firm, eik, f"BG{eik}", address, f"0{rng.choice(('2', '32', '52', '56'))} {make.digits(3)} {make.digits(3)}",
            f"{mailbox}@{domain}", make.iban(personal=False), w.name() if rng.random() < 0.8 else None, True))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    eik = "204518733"
    for key, value in (
        ("firma.ime", "Стрела Куриер ЕООД"),
        ("firma.adres", "гр. София 1404, бул. България 118"),
        ("firma.eik", eik),
        ("firma.dds_nomer", f"BG{eik}"),
        ("firma.iban", grouped(make.iban(personal=False))),
        ("firma.telefon", "0700 17 117"),
        ("firma.email", f"info@{OWN_DOMAIN}"),
        ("reklamatsii.email", f"reklamatsii@{OWN_DOMAIN}"),
        ("dds.stavka", "20"),
        ("nalozhen_platezh.komisiona", "1.5"),
        ("sms.podatel", "STRELA"),
    ):
        w.m.rows["nastroyka"].append((key, value, _unix(_moment(rng, 2024, 2025))))


def make_courier(seed: int = SEED) -> Courier:
    """The whole courier's database, the same for the same seed."""
    w = _World(seed)
    _meta(w)
    _offices(w)
    _users_and_clients(w)
    _sessions(w)
    _recipients(w)
    _couriers(w)
    _shipments(w)
    _payouts(w)
    _complaints(w)
    _partners(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Courier) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentyfifth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
