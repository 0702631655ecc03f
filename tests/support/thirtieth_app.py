"""The thirtieth held-out application: a Slovak driving school's back office, a PHP/Nette app with `as_` prefixed Slovak tables and camelCase Slovak columns.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/thirtieth/labels.yml) before any detector ran on it.

"Autoškola Tatra Drive s.r.o." (fictional, tatradrive.sk) in Žilina trains learner
drivers for the B, A2 and C licences. A Košice PHP freelancer built its system in 2014 on
Nette with Dibi: Nextras Migrations' own `migrations` table keeps its name, every
business table carries the `as_` (autoškola) prefix with a singular Slovak noun without
diacritics, and the columns are camelCase Slovak, as the entities' properties were
(`as_ziak`, `as_instruktor`, `as_lekarsky_posudok`, `as_zapis`, `as_jazda`, `as_platba`,
`as_dodavatel`, `as_nastavenie`; `rodneCislo`, `meno`, `priezvisko`, `datumNarodenia`,
`psc`, `obec`, `cisloOp`, `telefon`). The student portal signs in by a link sent by
e-mail: `as_prihlasenie.ziakEmail` is a FOREIGN KEY to `as_ziak.email` (UNIQUE).

The tables: `as_pouzivatel` the back-office users (e-mail login, bcrypt hash, role,
last sign-in and its IP), `as_instruktor` the instructors (names, birth date, mobile,
named mailbox at the school's domain, instructor certificate number, SK IBAN for the
salary), `as_ziak` the students (rodné číslo: YYMMDD/XXXX, women's month plus 50, the
whole number divisible by 11; names, birth date, sex, street, postcode, town,
citizenship, mobile in the layouts Slovaks type, e-mail, ID card number, a guardian's
name and phone for the under-18s, a JPEG photo for the licence application, the office's
remark quoting phones and relatives), `as_lekarsky_posudok` the medical certificates
(the doctor's name, the conclusion as free text: glasses, diabetes, epilepsy; the EU
restriction codes; a PDF scan), `as_kurz` the course catalogue, `as_zapis` the
enrolments (variable symbol, state, the online application form as JSON with the
student's and the guardian's data), `as_vozidlo` the school's cars (plate, make, VIN),
`as_jazda` the driving lessons (times, kilometres, the pickup address, the instructor's
note), `as_platba` the payments (amount, variable symbol, payer's name and IBAN),
`as_dodavatel` the suppliers (ICO, DIC, IC DPH, address, switchboard, info@ mailbox,
company IBAN, a contact person and that person's mobile), `as_prihlasenie` the portal's
sign-in links (the student's e-mail, the link's token, IP, user agent), `as_nastavenie`
the settings (the school's own ICO, address, phone, mailbox, IBAN).

Everything here is the original side: the rows (`make_school`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the suppliers' and the school's own mailboxes
and accounts excluded).
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

__all__ = ["COLUMNS", "FOREIGN_KEYS", "School", "create", "dump", "load_labels", "make_school"]

SEED = 20261130
LABELS = Path(__file__).resolve().parents[1] / "thirtieth" / "labels.yml"
STUDENT_COUNT = 220
INSTRUCTOR_COUNT = 16
USER_COUNT = 8
LESSON_COUNT = 280
SIGNIN_COUNT = 180
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "tatradrive.sk"

TYPES = {
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "json": "json", "date": "date",
                "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "blob": "bytea", "text": "text", "json": "json", "date": "date",
                   "bool": "smallint"},
    "sqlite": {"ts": "TEXT", "blob": "BLOB", "text": "TEXT", "json": "TEXT", "date": "TEXT", "bool": "INTEGER"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "migrations": (
        "id integer PRIMARY KEY", "group varchar(100) NOT NULL", "file varchar(100) NOT NULL",
        "checksum char(32) NOT NULL", "executed {ts} NOT NULL", "ready {bool} NOT NULL"),
    "as_pouzivatel": (
        "id integer PRIMARY KEY", "email varchar(120) NOT NULL UNIQUE", "heslo varchar(60) NOT NULL",
        "rola varchar(20) NOT NULL", "poslednePrihlasenie {ts}", "poslednaIp varchar(45)", "aktivny {bool} NOT NULL"),
    "as_instruktor": (
        "id integer PRIMARY KEY", "pouzivatelId integer", "meno varchar(60) NOT NULL",
        "priezvisko varchar(60) NOT NULL", "datumNarodenia {date}", "telefon varchar(20)", "email varchar(120)",
        "cisloOsvedcenia varchar(12)", "iban varchar(34)", "skupiny varchar(20) NOT NULL", "aktivny {bool} NOT NULL"),
    "as_ziak": (
        "id integer PRIMARY KEY", "rodneCislo varchar(11) NOT NULL UNIQUE", "meno varchar(60) NOT NULL",
        "priezvisko varchar(60) NOT NULL", "datumNarodenia {date} NOT NULL", "pohlavie char(1)",
        "ulica varchar(120)", "psc varchar(6)", "obec varchar(60)", "statnaPrislusnost char(2)",
        "telefon varchar(20)", "email varchar(120) UNIQUE", "cisloOp varchar(8)", "zastupcaMeno varchar(120)",
        "zastupcaTelefon varchar(20)", "foto {blob}", "poznamka {text}", "vytvorene {ts} NOT NULL",
        "upravene {ts}"),
    "as_lekarsky_posudok": (
        "id integer PRIMARY KEY", "ziakId integer NOT NULL", "lekar varchar(120)", "datumVydania {date} NOT NULL",
        "platnyDo {date}", "kodyObmedzeni varchar(30)", "zaver {text}", "sken {blob}"),
    "as_kurz": (
        "id integer PRIMARY KEY", "nazov varchar(80) NOT NULL", "skupina varchar(4) NOT NULL",
        "pocetHodinTeoria integer NOT NULL", "pocetJazd integer NOT NULL", "cena numeric(8,2) NOT NULL",
        "aktivny {bool} NOT NULL"),
    "as_zapis": (
        "id integer PRIMARY KEY", "ziakId integer NOT NULL", "kurzId integer NOT NULL",
        "variabilnySymbol varchar(10) NOT NULL UNIQUE", "datumZapisu {date} NOT NULL", "stav varchar(15) NOT NULL",
        "prihlaska {json}"),
    "as_vozidlo": (
        "id integer PRIMARY KEY", "ecv varchar(10) NOT NULL UNIQUE", "znacka varchar(30) NOT NULL",
        "model varchar(30) NOT NULL", "vin varchar(17) NOT NULL", "rokVyroby integer NOT NULL",
        "stkDo {date}", "skupina varchar(4) NOT NULL"),
    "as_jazda": (
        "id integer PRIMARY KEY", "zapisId integer NOT NULL", "instruktorId integer NOT NULL",
        "vozidloId integer NOT NULL", "zaciatok {ts} NOT NULL", "koniec {ts} NOT NULL", "km integer",
        "miestoVyzdvihnutia varchar(120)", "poznamka {text}", "odjazdena {bool} NOT NULL"),
    "as_platba": (
        "id integer PRIMARY KEY", "zapisId integer NOT NULL", "suma numeric(8,2) NOT NULL",
        "variabilnySymbol varchar(10) NOT NULL", "datumPlatby {date} NOT NULL", "sposob varchar(12) NOT NULL",
        "platitel varchar(120)", "ibanPlatitela varchar(34)"),
    "as_dodavatel": (
        "id integer PRIMARY KEY", "nazov varchar(120) NOT NULL", "ico varchar(8) NOT NULL", "dic varchar(10)",
        "icDph varchar(12)", "adresa varchar(160) NOT NULL", "telefon varchar(20) NOT NULL",
        "email varchar(120) NOT NULL", "iban varchar(34)", "kontaktnaOsoba varchar(120)",
        "kontaktTelefon varchar(20)", "aktivny {bool} NOT NULL"),
    "as_prihlasenie": (
        "id integer PRIMARY KEY", "ziakEmail varchar(120) NOT NULL", "token char(48) NOT NULL UNIQUE",
        "ip varchar(45)", "userAgent varchar(255)", "vytvorene {ts} NOT NULL", "pouzite {ts}"),
    "as_nastavenie": (
        "kluc varchar(60) PRIMARY KEY", "hodnota varchar(255)", "popis varchar(255)", "upravene {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("as_instruktor", ["pouzivatelId"], "as_pouzivatel", ["id"]),
    _fk("as_lekarsky_posudok", ["ziakId"], "as_ziak", ["id"]),
    _fk("as_zapis", ["ziakId"], "as_ziak", ["id"]),
    _fk("as_zapis", ["kurzId"], "as_kurz", ["id"]),
    _fk("as_jazda", ["zapisId"], "as_zapis", ["id"]),
    _fk("as_jazda", ["instruktorId"], "as_instruktor", ["id"]),
    _fk("as_jazda", ["vozidloId"], "as_vozidlo", ["id"]),
    _fk("as_platba", ["zapisId"], "as_zapis", ["id"]),
    _fk("as_prihlasenie", ["ziakEmail"], "as_ziak", ["email"]),
)

PLACES = (  # town, postcode, streets
    ("Žilina", "010 01", ("Národná", "Hurbanova", "Vysokoškolákov", "Hlinkovo námestie")),
    ("Žilina", "010 08", ("Hliny", "Vlčince", "Obchodná")),
    ("Martin", "036 01", ("Divadelná", "Kuzmányho", "A. Kmeťa")),
    ("Bytča", "014 01", ("Hlinkova", "Moyzesova")),
    ("Rajec", "015 01", ("Nám. SNP", "Hollého")),
    ("Kysucké Nové Mesto", "024 01", ("Litovelská", "Nábrežná")),
    ("Čadca", "022 01", ("Palárikova", "Fraňa Kráľa")),
    ("Považská Bystrica", "017 01", ("Štúrova", "Centrum")),
    ("Teplička nad Váhom", "013 01", ("Hlavná", "Školská")),
    ("Varín", "013 03", ("Dolná", "Kvetná")),
)
MALE = ("Peter", "Martin", "Tomáš", "Michal", "Lukáš", "Jakub", "Marek", "Juraj", "Matej", "Adam", "Samuel", "Dominik",
        "Filip", "Ján", "Miroslav")
FEMALE = ("Lucia", "Zuzana", "Katarína", "Veronika", "Simona", "Natália", "Barbora", "Michaela", "Ivana", "Petra",
          "Nikola", "Ema", "Soňa")
FAMILIES = (("Horváth", "Horváthová"), ("Kováč", "Kováčová"), ("Varga", "Vargová"), ("Tóth", "Tóthová"),
            ("Nagy", "Nagyová"), ("Baláž", "Balážová"), ("Molnár", "Molnárová"), ("Lukáč", "Lukáčová"),
            ("Kubiš", "Kubišová"), ("Mikuš", "Mikušová"), ("Hlinka", "Hlinková"), ("Šimko", "Šimková"),
            ("Ďurica", "Ďuricová"), ("Pekár", "Pekárová"), ("Jurčík", "Jurčíková"), ("Kapusta", "Kapustová"))
MAIL_DOMAINS = ("gmail.com", "azet.sk", "centrum.sk", "zoznam.sk", "post.sk", "yahoo.com", "icloud.com")
SK_BANKS = ("0200", "1100", "0900", "7500", "5600", "8330", "3100", "6500")
DOCTORS = ("MUDr. Jana Bednárová", "MUDr. Pavol Čierny", "MUDr. Eva Hudecová", "MUDr. Igor Švec",
           "MUDr. Marta Kollárová")
CONCLUSIONS = (
    "Zdravotne spôsobilý bez obmedzenia.",
    "Spôsobilý s podmienkou: okuliare alebo kontaktné šošovky.",
    "Diabetes mellitus 1. typu, kompenzovaný, kontrola o 2 roky.",
    "Stav po epileptickom záchvate v r. 2019, bez záchvatov 5 rokov, spôsobilý.",
    "Nedoslýchavosť vľavo, spôsobilý s načúvacím aparátom.",
    "Užíva antidepresíva (sertralín), bez vplyvu na schopnosť viesť vozidlo.",
)
CODES = {0: None, 1: "01.01", 2: "01.06", 3: "01.06", 4: "02", 5: None}
COURSES = (  # name, group, theory hours, lessons, price
    ("Vodičský kurz B", "B", 32, 26, "690.00"), ("Vodičský kurz B - intenzívny", "B", 32, 26, "790.00"),
    ("Motocykel A2", "A2", 24, 18, "590.00"), ("Nákladné vozidlo C", "C", 40, 30, "1190.00"),
    ("Kondičné jazdy", "B", 0, 5, "150.00"), ("Rozšírenie B na BE", "BE", 6, 8, "320.00"),
)
CARS = (("Škoda", "Octavia", "B"), ("Škoda", "Fabia", "B"), ("Kia", "Ceed", "B"), ("Hyundai", "i30", "B"),
        ("Honda", "CB500F", "A2"), ("MAN", "TGL 12.220", "C"), ("Volkswagen", "Golf", "B"))
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-A556B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Mobile Safari/537.36",
)
SUPPLIERS = (  # name, ico, address, switchboard, mailbox
    ("Slovnaft, a.s.", "31322832", "Vlčie hrdlo 1, 824 12 Bratislava", "+421 2 4055 1111", "info@slovnaft.sk"),
    ("Allianz - Slovenská poisťovňa, a.s.", "00151700", "Dostojevského rad 4, 815 74 Bratislava", "0800 122 222",
     "info@allianz.sk"),
    ("AUTO Žilina s.r.o.", "36412198", "Bánovská cesta 20, 010 01 Žilina", "+421 41 500 2211", "servis@autozilina.sk"),
    ("Tlačiareň Kubík s.r.o.", "45872911", "Kragujevská 8, 010 01 Žilina", "041 562 33 90", "objednavky@kubik.sk"),
    ("Učebné pomôcky AS, s.r.o.", "47155671", "Mlynská 12, 040 01 Košice", "+421 55 622 40 11", "obchod@ucpom.sk"),
)
NOTES_STUDENT = (
    "Platí otec {relative}, tel. {phone}.",
    "Prestup z inej autoškoly, má odjazdených 10 hodín.",
    "Nedostupná cez deň, volať po 16:00 na {phone}.",
    "Žiadosť o splátky schválená, účet {iban}.",
    "Opakovaná skúška, prvá neúspešná (cúvanie).",
    "Matka {relative} ({email}) chce dostávať faktúry.",
)
NOTES_LESSON = (
    "Ide dobre, pripravený na skúšku.", "Problémy s kruhovým objazdom.", "Žiak meškal 20 min, volal z {phone}.",
    "Nervózna, treba viac jázd v meste.", "Vyzdvihnúť pri škole, mama {relative} volala na {phone}.", None,
)


@dataclass
class School:
    """The school's database: every table's rows in SCHEMA's column order, and the personal
    e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not suppliers' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _fill(template: str, **makers: Any) -> str:
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Slovak values: rodné čísla, phones, e-mails, IBANs, ID cards, tokens."""

    def __init__(self, rng: random.Random, m: School) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def rodne_cislo(self, born: str, female: bool) -> str:
        year, month, day = born.split("-")
        mm = int(month) + (50 if female else 0)

        def draw() -> str:
            while True:
                body = f"{year[2:]}{mm:02d}{day}{self.rng.randint(0, 999):03d}"
                check = int(body) * 10 % 11
                if check < 10:
                    return f"{body[:6]}/{body[6:]}{check}"

        return self.unique(draw)

    def iban(self, personal: bool = True) -> str:
        bban = self.rng.choice(SK_BANKS) + self.unique(lambda: "000000" + self.digits(10))
        compact = "SK" + iban_check_digits("SK", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact if self.rng.random() < 0.6 else grouped(compact)

    def mobile(self) -> str:
        rng = self.rng
        n = self.unique(lambda: rng.choice(("90", "91", "94", "95")) + self.digits(7))
        return rng.choice((f"+421 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+421{n}",
                           f"00421{n}", f"0{n[:3]}/{n[3:]}"))

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given), apps.ascii_fold(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}.{s}{rng.randint(90, 99)}",
                            f"{f}{rng.randint(1, 20)}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def bcrypt(self) -> str:
        return "$2y$10$" + "".join(self.rng.choices(string.ascii_letters + string.digits + "./", k=53))


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = School(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.students: list[dict] = []
        self.enrolments: list[dict] = []

    def person(self, female: bool | None = None) -> tuple[str, str]:
        if female is None:
            female = self.rng.random() < 0.5
        given = self.rng.choice(FEMALE if female else MALE)
        return given, self.rng.choice(FAMILIES)[1 if female else 0]


def _migrations(w: _World) -> None:
    files = (("structures", "2014-03-02-001-init.sql"), ("structures", "2016-09-11-001-lekarsky-posudok.sql"),
             ("structures", "2019-01-20-001-prihlaska-json.sql"), ("basic-data", "2019-01-20-002-kurzy.sql"),
             ("structures", "2022-05-04-001-prihlasenie-odkazom.sql"), ("structures", "2024-02-15-001-foto.sql"))
    for n, (group, name) in enumerate(files, 1):
        w.m.rows["migrations"].append((n, group, name, "".join(w.rng.choices("0123456789abcdef", k=32)),
                                       f"{name[:10]} 0{w.rng.randint(1, 5)}:{w.rng.randint(10, 59)}:00", 1))


def _users_and_instructors(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, USER_COUNT + 1):
        given, family = w.person()
        email = f"{apps.ascii_fold(given)}.{apps.ascii_fold(family)}@{OWN_DOMAIN}"
        w.m.emails.add(email.casefold())
        w.m.rows["as_pouzivatel"].append((
            n, email, make.bcrypt(), "admin" if n <= 2 else rng.choice(("kancelaria", "instruktor")),
            _moment(rng, 2025, 2025), apps.ipv4(rng, (78, 85, 188, 213, 176)), 1 if rng.random() < 0.9 else 0))
    for n in range(1, INSTRUCTOR_COUNT + 1):
        given, family = w.person(rng.random() < 0.2)
        email = f"{apps.ascii_fold(given)[0]}{apps.ascii_fold(family)}@{OWN_DOMAIN}" if rng.random() < 0.7 else None
        if email:
            w.m.emails.add(email.casefold())
        w.m.rows["as_instruktor"].append((
            n, n if n <= USER_COUNT and rng.random() < 0.7 else None, given, family,
            apps.day(rng, 1962, 1995) if rng.random() < 0.9 else None, make.mobile(), email,
            make.unique(lambda: f"ZA{make.digits(5)}") if rng.random() < 0.9 else None,
            make.iban() if rng.random() < 0.85 else None, rng.choice(("B", "B", "B,BE", "A2,B", "B,C")),
            1 if rng.random() < 0.85 else 0))


def _students(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, STUDENT_COUNT + 1):
        female = rng.random() < 0.48
        given, family = w.person(female)
        born = apps.day(rng, 1965, 2008)
        minor = born > "2007-11-28"
        town, postcode, streets = rng.choice(PLACES)
        email = make.email(given, family) if rng.random() < 0.92 else None
        phone = make.mobile() if rng.random() < 0.95 else None
        guardian, guardian_phone = (None, None)
        if minor or rng.random() < 0.03:
            g_given, _ = w.person(rng.random() < 0.6)
            guardian, guardian_phone = f"{g_given} {family}", make.mobile()
        note = None
        if rng.random() < 0.35:
            note = _fill(rng.choice(NOTES_STUDENT), relative=lambda: f"{w.person()[0]} {family}",
                         phone=make.mobile, iban=make.iban,
                         email=lambda: make.email(w.person(True)[0], family))
        w.students.append({"id": n, "given": given, "family": family, "born": born, "email": email, "phone": phone,
                           "guardian": guardian, "guardian_phone": guardian_phone, "female": female})
        w.m.rows["as_ziak"].append((
            n, make.rodne_cislo(born, female), given, family, born, "Z" if female else "M",
            f"{rng.choice(streets)} {rng.randint(1, 120)}{rng.choice(('', '', '/A', '/B'))}" if rng.random() < 0.95
            else None, postcode, town, rng.choice(("SK",) * 12 + ("CZ", "UA", "PL")), phone, email,
            make.unique(lambda: rng.choice(("EA", "EB", "EC", "HN", "HK")) + make.digits(6)) if rng.random() < 0.85
            else None, guardian, guardian_phone, apps.jpeg_bytes(rng) if rng.random() < 0.4 else None, note,
            _moment(rng, 2021, 2025), _moment(rng, 2024, 2025) if rng.random() < 0.5 else None))


def _certificates(w: _World) -> None:
    rng = w.rng
    n = 0
    for s in w.students:
        if rng.random() < 0.75:
            n += 1
            issued = dt.date.fromisoformat(apps.day(rng, 2021, 2025))
            kind = rng.randrange(len(CONCLUSIONS))
            pdf = None
            if rng.random() < 0.4:
                pdf = apps.pdf_bytes(["Lekársky posudok o zdravotnej spôsobilosti", f"Meno: {s['given']} {s['family']}",
                                      f"Narodený: {s['born']}", CONCLUSIONS[kind]])
            w.m.rows["as_lekarsky_posudok"].append((
                n, s["id"], rng.choice(DOCTORS), issued.isoformat(),
                (issued + dt.timedelta(days=365 * rng.choice((2, 5, 10)))).isoformat() if kind else None,
                CODES[kind], CONCLUSIONS[kind] if rng.random() < 0.9 else None, pdf))


def _courses_and_cars(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, group, theory, lessons, price) in enumerate(COURSES, 1):
        w.m.rows["as_kurz"].append((n, name, group, theory, lessons, price, 1 if n != 6 else 0))
    for n, (brand, model, group) in enumerate(CARS, 1):
        w.m.rows["as_vozidlo"].append((
            n, make.unique(lambda: f"ZA{make.digits(3)}{''.join(rng.choices('ABCDEFHKLMNPRSTVXYZ', k=2))}"),
            brand, model, "TMB" + "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", k=14)),
            rng.randint(2015, 2024), apps.day(rng, 2026, 2027), group))


def _enrolments(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for s in w.students:
        for _ in range(rng.choice((1, 1, 1, 2))):
            n += 1
            course = rng.randint(1, len(COURSES))
            vs = make.unique(lambda: f"{rng.randint(21, 25)}{make.digits(6)}")
            form = None
            if rng.random() < 0.7:
                form = json.dumps({"ziak": {"meno": s["given"], "priezvisko": s["family"], "datumNarodenia": s["born"],
                                            "email": s["email"], "telefon": s["phone"]},
                                   "zakonnyZastupca": {"meno": s["guardian"], "telefon": s["guardian_phone"]}
                                   if s["guardian"] else None,
                                   "kurz": course, "suhlasGdpr": True, "zdroj": rng.choice(("web", "facebook"))},
                                  ensure_ascii=False)
            w.enrolments.append({"id": n, "student": s, "vs": vs, "course": course})
            w.m.rows["as_zapis"].append((
                n, s["id"], course, vs, apps.day(rng, 2021, 2025),
                rng.choice(("prebieha", "ukonceny", "ukonceny", "zruseny", "caka_skuska")), form))


def _lessons(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, LESSON_COUNT + 1):
        e = rng.choice(w.enrolments)
        s = e["student"]
        start = dt.datetime.fromisoformat(_moment(rng, 2022, 2025))
        template = rng.choice(NOTES_LESSON)
        note = _fill(template, phone=lambda: s["phone"] or make.mobile(),
                     relative=lambda: f"{w.person(True)[0]} {s['family']}") if template else None
        w.m.rows["as_jazda"].append((
            n, e["id"], rng.randint(1, INSTRUCTOR_COUNT), rng.randint(1, len(CARS)), start.isoformat(sep=" "),
            (start + dt.timedelta(minutes=rng.choice((45, 90)))).isoformat(sep=" "),
            rng.randint(15, 70) if rng.random() < 0.9 else None,
            (f"{rng.choice(rng.choice(PLACES)[2])} {rng.randint(1, 90)}" if rng.random() < 0.5 else "pred autoškolou")
            if rng.random() < 0.7 else None, note, 1 if rng.random() < 0.9 else 0))


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for e in w.enrolments:
        for _ in range(rng.choice((0, 1, 1, 2))):
            n += 1
            s = e["student"]
            method = rng.choice(("prevod", "prevod", "hotovost", "karta"))
            payer = (s["guardian"] or f"{s['given']} {s['family']}") if method != "hotovost" else None
            w.m.rows["as_platba"].append((
                n, e["id"], rng.choice(("200.00", "345.00", "490.00", "690.00", "150.00")), e["vs"],
                apps.day(rng, 2021, 2025), method, payer, make.iban() if method == "prevod" else None))


def _suppliers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, ico, address, phone, mailbox) in enumerate(SUPPLIERS, 1):
        dic = "20" + make.digits(8)
        given, family = w.person()
        w.m.rows["as_dodavatel"].append((
            n, name, ico, dic, f"SK{dic}" if rng.random() < 0.9 else None, address, phone, mailbox,
            grouped(make.iban(personal=False).replace(" ", "")) if rng.random() < 0.9 else None,
            f"{given} {family}", make.mobile(), 1))


def _signins(w: _World) -> None:
    rng, make = w.rng, w.make
    with_mail = [s for s in w.students if s["email"]]
    for n in range(1, SIGNIN_COUNT + 1):
        s = rng.choice(with_mail)
        created = _moment(rng, 2023, 2025)
        used = (dt.datetime.fromisoformat(created) + dt.timedelta(minutes=rng.randint(1, 50))).isoformat(sep=" ")
        w.m.rows["as_prihlasenie"].append((
            n, s["email"], make.token(48), apps.ipv4(rng, (78, 85, 88, 178, 188, 213)) if rng.random() < 0.95 else None,
            rng.choice(AGENTS), created, used if rng.random() < 0.8 else None))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for key, value, about in (
        ("firma.nazov", "Autoškola Tatra Drive s.r.o.", "Názov na faktúrach"),
        ("firma.ico", "50123412", "IČO"),
        ("firma.icDph", "SK2120281931", "IČ DPH"),
        ("firma.adresa", "Vysokoškolákov 8556/33B, 010 08 Žilina", "Sídlo"),
        ("firma.telefon", "+421 41 500 70 70", "Kancelária"),
        ("firma.email", f"info@{OWN_DOMAIN}", "Verejný kontakt"),
        ("mail.odosielatel", f"noreply@{OWN_DOMAIN}", "Odosielateľ prihlasovacích odkazov"),
        ("firma.iban", grouped(make.iban(personal=False).replace(" ", "")), "Účet pre platby kurzov"),
        ("prihlasenie.platnostMinut", "60", None),
        ("kurz.zalohaPercent", "30", "Záloha pri zápise"),
    ):
        w.m.rows["as_nastavenie"].append((key, value, about, _moment(rng, 2019, 2025)))


def make_school(seed: int = SEED) -> School:
    """The whole school's database, the same for the same seed."""
    w = _World(seed)
    _migrations(w)
    _users_and_instructors(w)
    _students(w)
    _certificates(w)
    _courses_and_cars(w)
    _enrolments(w)
    _lessons(w)
    _payments(w)
    _suppliers(w)
    _signins(w)
    _settings(w)
    return w.m


def create(server: Any, db: str, m: School) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/thirtieth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
