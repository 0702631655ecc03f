"""The twenty-second held-out application: a Slovenian university's student office, a Symfony/Doctrine app in Slovenian.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentysecond/labels.yml) before any detector ran on it.

The student office ("referat za študentske zadeve") of a fictional faculty of
"Univerza v Savinji" keeps its records in a Symfony 6 app its own PHP team wrote:
Doctrine entities with Slovenian field names, diacritics dropped (`priimek`,
`datum_rojstva`, `posebne_potrebe`, `stevilka_racuna`), which Doctrine's underscore
naming strategy writes as snake_case columns in singular tables, `int` ids,
`ustvarjeno`/`posodobljeno`; Doctrine Migrations' `doctrine_migration_versions`; and
Symfony's PdoSessionHandler table `sessions` (`sess_id` the PHPSESSID cookie,
`sess_data` PHP's serialized session holding the security token with the login's
e-mail and a CSRF token, `sess_time` epoch seconds). The tables: `zaposleni` the
office's staff (the Symfony users: `uporabnisko_ime`, `roles` JSON, a `$2y$13$` bcrypt
`geslo`, names, birth date, EMŠO the 13-digit personal number with its mod-11 check
digit, the named ime.priimek@ mailbox, a direct line, `trr` the salary IBAN SI56, the
last IP), `partner` the companies that take students for practical training (`davcna`
SI12345678 with its mod-11 check digit, `maticna` the 10-digit registration number,
office address, switchboard, info@ mailbox, company IBAN, `kontaktna_oseba`),
`studijski_program` the study programmes, `student` (`vpisna_stevilka` 2720xxxx, names,
`spol` M/Ž, birth date and place, citizenship, EMŠO, tax number, ZZZS health insurance
number, permanent address, 4-digit postcode, post office, mobile in every Slovenian
layout, private e-mail, the faculty e-mail UNIQUE and referenced by
`studis_prijava.email`, IBAN for scholarships, a PNG photo for the student card,
`posebne_potrebe` a special-needs status (health), `dodatni_podatki` a JSON: athlete or
parent status, the parents' names and e-mails, an emergency contact, the employer of a
part-time student, a scholarship's number), `vpis` the enrolments, `racun` the tuition
invoices (the payer's name, address and IBAN, a person's or an employer's, the SI12
payment reference with its mod-11 check digit), `vloga` the students' requests to the
office (free text quoting e-mails, phones, an IBAN, an illness, a pregnancy; a PDF
medical certificate; a file name made of the student's name), `studis_prijava` the
student portal logins (argon2id hash, a password-reset token, last IP), and
`nastavitev` the settings (the faculty's address, switchboard, mailboxes, tax number,
own IBAN at the treasury).

Everything here is the original side: the rows (`make_office`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted), `create`,
and the personal e-mails and IBANs a leak check looks for (the partners', the employers
paying and the faculty's own mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Office", "create", "dump", "load_labels", "make_office"]

SEED = 20260922
LABELS = Path(__file__).resolve().parents[1] / "twentysecond" / "labels.yml"
STAFF_COUNT = 40
STUDENT_COUNT = 240
REQUEST_COUNT = 200
SESSION_COUNT = 120
TODAY = dt.date(2025, 11, 24)
OWN_DOMAIN = "ff.uni-savinja.si"
STUDENT_DOMAIN = "student.uni-savinja.si"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "longtext", "blob": "longblob", "text": "longtext", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp(0) without time zone", "json": "json", "blob": "bytea", "text": "text",
                   "bool": "boolean"},
    "sqlite": {"ts": "datetime", "json": "clob", "blob": "blob", "text": "clob", "bool": "boolean"},
}

# Every table's column definitions, parents before children, as Doctrine's schema tool
# writes an entity (id first, then the fields in the order the team declared them).
SCHEMA: dict[str, tuple[str, ...]] = {
    "doctrine_migration_versions": (
        "version varchar(191) PRIMARY KEY", "executed_at {ts}", "execution_time integer"),
    "zaposleni": (
        "id integer PRIMARY KEY", "uporabnisko_ime varchar(180) NOT NULL UNIQUE", "roles {json} NOT NULL",
        "geslo varchar(255) NOT NULL", "ime varchar(100) NOT NULL", "priimek varchar(100) NOT NULL",
        "datum_rojstva date", "emso varchar(13)", "email varchar(180) NOT NULL", "telefon varchar(30)",
        "trr varchar(34)", "delovno_mesto varchar(80) NOT NULL", "aktiven {bool} NOT NULL",
        "zadnji_ip varchar(45)", "datum_zaposlitve date NOT NULL"),
    "partner": (
        "id integer PRIMARY KEY", "naziv varchar(150) NOT NULL", "davcna varchar(10) NOT NULL UNIQUE",
        "maticna varchar(10) NOT NULL", "naslov varchar(150) NOT NULL", "postna_stevilka varchar(4) NOT NULL",
        "posta varchar(60) NOT NULL", "telefon varchar(30) NOT NULL", "email varchar(180) NOT NULL",
        "trr varchar(34)", "kontaktna_oseba varchar(120)", "aktiven {bool} NOT NULL"),
    "studijski_program": (
        "id integer PRIMARY KEY", "sifra varchar(10) NOT NULL UNIQUE", "naziv varchar(150) NOT NULL",
        "stopnja varchar(20) NOT NULL", "ects smallint NOT NULL", "trajanje_let smallint NOT NULL",
        "solnina_izredni numeric(10,2)", "aktiven {bool} NOT NULL"),
    "student": (
        "id integer PRIMARY KEY", "vpisna_stevilka varchar(8) NOT NULL UNIQUE", "ime varchar(100) NOT NULL",
        "priimek varchar(100) NOT NULL", "spol varchar(1)", "datum_rojstva date", "kraj_rojstva varchar(80)",
        "drzavljanstvo varchar(40)", "emso varchar(13)", "davcna_stevilka varchar(8)", "zzzs_stevilka varchar(9)",
        "naslov varchar(150)", "postna_stevilka varchar(4)", "posta varchar(60)", "telefon varchar(30)",
        "email_zasebni varchar(180)", "email varchar(180) NOT NULL UNIQUE", "trr varchar(34)",
        "fotografija {blob}", "posebne_potrebe varchar(120)", "dodatni_podatki {json}",
        "ustvarjeno {ts} NOT NULL", "posodobljeno {ts} NOT NULL"),
    "vpis": (
        "id integer PRIMARY KEY", "student_id integer NOT NULL", "program_id integer NOT NULL",
        "studijsko_leto varchar(9) NOT NULL", "letnik smallint NOT NULL", "nacin_studija varchar(10) NOT NULL",
        "vrsta_vpisa varchar(40) NOT NULL", "datum_vpisa date NOT NULL", "potrjen {bool} NOT NULL"),
    "racun": (
        "id integer PRIMARY KEY", "vpis_id integer NOT NULL", "stevilka_racuna varchar(20) NOT NULL UNIQUE",
        "referenca varchar(30) NOT NULL", "namen varchar(140) NOT NULL", "znesek numeric(10,2) NOT NULL",
        "placnik_ime varchar(150) NOT NULL", "placnik_naslov varchar(200)", "placnik_trr varchar(34)",
        "status varchar(12) NOT NULL", "datum_izdaje date NOT NULL", "placano_dne date"),
    "vloga": (
        "id integer PRIMARY KEY", "student_id integer NOT NULL", "zaposleni_id integer",
        "vrsta varchar(60) NOT NULL", "besedilo {text} NOT NULL", "priloga {blob}", "priloga_ime varchar(150)",
        "status varchar(20) NOT NULL", "vlozeno {ts} NOT NULL", "reseno {ts}"),
    "studis_prijava": (
        "id integer PRIMARY KEY", "student_id integer NOT NULL UNIQUE", "email varchar(180) NOT NULL UNIQUE",
        "geslo_hash varchar(255) NOT NULL", "ponastavitev_zeton varchar(64)", "zadnja_prijava {ts}",
        "zadnji_ip varchar(45)", "neuspesni_poskusi smallint NOT NULL", "ustvarjeno {ts} NOT NULL"),
    "sessions": (
        "sess_id varchar(128) PRIMARY KEY", "sess_data {blob} NOT NULL", "sess_lifetime integer NOT NULL",
        "sess_time integer NOT NULL"),
    "nastavitev": (
        "id integer PRIMARY KEY", "kljuc varchar(80) NOT NULL UNIQUE", "vrednost varchar(255) NOT NULL",
        "posodobljeno {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("vpis", ["student_id"], "student", ["id"]),
    _fk("vpis", ["program_id"], "studijski_program", ["id"]),
    _fk("racun", ["vpis_id"], "vpis", ["id"]),
    _fk("vloga", ["student_id"], "student", ["id"]),
    _fk("vloga", ["zaposleni_id"], "zaposleni", ["id"]),
    _fk("studis_prijava", ["student_id"], "student", ["id"]),
    _fk("studis_prijava", ["email"], "student", ["email"]),
)

PLACES = (  # postcode, post office, region code of the EMŠO, landline area, weight
    ("1000", "Ljubljana", "50", "01", 30), ("2000", "Maribor", "50", "02", 12), ("3000", "Celje", "50", "03", 14),
    ("3310", "Žalec", "50", "03", 8), ("3320", "Velenje", "50", "03", 8), ("4000", "Kranj", "50", "04", 6),
    ("5000", "Nova Gorica", "50", "05", 4), ("6000", "Koper - Capodistria", "50", "05", 4),
    ("8000", "Novo mesto", "50", "07", 5), ("9000", "Murska Sobota", "50", "02", 4),
    ("1230", "Domžale", "50", "01", 5), ("3270", "Laško", "50", "03", 5), ("4260", "Bled", "50", "04", 2),
)
BANKS = ("02010", "02011", "04302", "05100", "06000", "10100", "19100", "24200", "33000", "61000")
MOBILE_PREFIXES = ("30", "31", "40", "41", "51", "64", "68", "70", "71")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "siol.net", "t-2.net", "amis.net", "hotmail.com",
                "outlook.com", "yahoo.com", "icloud.com")
CITIZENSHIPS = ("slovensko",) * 16 + ("hrvaško", "bosansko", "srbsko", "italijansko", "ukrajinsko")
SPECIAL_NEEDS = (None,) * 18 + ("gibalna oviranost", "disleksija", "slabovidnost", "kronična bolezen (diabetes)",
                                 "avtizem", "duševna motnja - depresija")
PROGRAMMES = (  # sifra, naziv, stopnja, ECTS, years, fee for part-time students
    ("VS01", "Slovenistika", "1. stopnja", 180, 3, "2400.00"), ("VS02", "Zgodovina", "1. stopnja", 180, 3, "2400.00"),
    ("VS03", "Psihologija", "1. stopnja", 180, 3, None), ("VS04", "Anglistika", "1. stopnja", 180, 3, "2600.00"),
    ("MA01", "Slovenistika", "2. stopnja", 120, 2, "3100.00"), ("MA02", "Psihologija", "2. stopnja", 120, 2, None),
    ("MA03", "Prevajanje", "2. stopnja", 120, 2, "3400.00"), ("DR01", "Humanistika in družboslovje", "3. stopnja",
                                                                180, 3, "4500.00"),
)
PARTNERS = (  # naziv, street, place index, mailbox, domain
    ("Mestna knjižnica Celje", "Muzejski trg 1a", 2, "info", "knjiznica-celje.si"),
    ("Gimnazija Žalec", "Savinjska cesta 3", 3, "tajnistvo", "gimnazija-zalec.si"),
    ("Založba Savinja d.o.o.", "Mariborska cesta 12", 2, "info", "zalozba-savinja.si"),
    ("Prevajalska agencija Lingua d.o.o.", "Dunajska cesta 156", 0, "projekti", "lingua-agencija.si"),
    ("Zdravstveni dom Velenje", "Vodnikova cesta 1", 4, "kadrovska", "zd-velenje.si"),
    ("Pokrajinski muzej Maribor", "Grajska ulica 2", 1, "muzej", "pmm.si"),
    ("Radiotelevizija Slovenija javni zavod", "Kolodvorska ulica 2", 0, "praksa", "rtvslo.si"),
    ("Gorenje gospodinjski aparati d.o.o.", "Partizanska cesta 12", 4, "hr", "gorenje.com"),
)
EMPLOYERS = (("Gorenje gospodinjski aparati d.o.o.", "Partizanska cesta 12, 3320 Velenje"),
             ("Cinkarna Celje d.d.", "Kidričeva ulica 26, 3000 Celje"),
             ("Občina Žalec", "Ulica Savinjske čete 5, 3310 Žalec"))
REQUEST_KINDS = ("Podaljšanje statusa", "Opravičilo odsotnosti", "Vpis v višji letnik po členu 153",
                 "Priznanje izpitov", "Izpis", "Sprememba osebnih podatkov", "Obročno plačilo šolnine")
REQUESTS = (
    "Prosim za podaljšanje statusa zaradi rojstva otroka. Porod je predviden {month}. Lep pozdrav, {name}",
    "Spoštovani, zaradi bolezni (pljučnica) nisem mogla opraviti izpita. Prilagam zdravniško opravičilo.",
    "Prosim, da mi obvestila pošiljate na {email}, fakultetnega naslova ne berem redno. Tel.: {phone}",
    "Zaradi depresije sem bil pol leta v bolnišnici Vojnik, prosim za vpis v višji letnik po 153. členu.",
    "Sprememba naslova: nov naslov je {street}, {postcode} {place}.",
    "Šolnino bo plačal oče {parent}, ki ima račun {iban}. Prosim za obročno plačilo.",
    "Prosim za priznanje izpitov, opravljenih na Univerzi v Zagrebu (Erasmus).",
    "Izpisujem se iz študija. Hvala za vse. Za vprašanja sem dosegljiv na {phone} ali {email}.",
    "Moja nova številka je {phone}, prejšnja ne deluje več.",
    "Prosim za potrdilo o vpisu za otroški dodatek.",
)
MONTHS = ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra")
IP_FIRSTS = (46, 77, 84, 89, 93, 109, 141, 164, 178, 193, 212)
IPV6_PREFIXES = ("2a00:ee2", "2a01:260", "2001:1470")


@dataclass
class Office:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the partners' or the faculty's)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def emso_digit(twelve: str) -> str | None:
    """The EMŠO's mod-11 check digit (None when the number is not valid)."""
    r = 11 - sum(int(d) * w for d, w in zip(twelve, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return "0" if r == 11 else None if r == 10 else str(r)


def tax_digit(seven: str) -> str | None:
    """The Slovenian tax number's mod-11 check digit (None when not valid)."""
    r = 11 - sum(int(d) * w for d, w in zip(seven, (8, 7, 6, 5, 4, 3, 2))) % 11
    return "0" if r == 10 else None if r == 11 else str(r)


def reference_digit(digits: str) -> str:
    """The SI12 payment reference's mod-11 check digit (weights 2, 3, 4... from the right)."""
    r = 11 - sum(int(d) * w for d, w in zip(reversed(digits), range(2, 40))) % 11
    return "0" if r >= 10 else str(r)


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (0, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ")


def _fill(template: str, **makers: Any) -> str:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Slovenian values: EMŠO, tax numbers, phones, e-mails, IBANs, tokens, hashes."""

    def __init__(self, rng: random.Random, m: Office) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def emso(self, born: str, sex: str, region: str) -> str:
        rng = self.rng

        def draw() -> str:
            while True:
                serial = rng.randint(500, 999) if sex == "F" else rng.randint(0, 499)
                twelve = f"{born[8:10]}{born[5:7]}{born[1:4]}{region}{serial:03d}"
                digit = emso_digit(twelve)
                if digit is not None:
                    return twelve + digit
        return self.unique(draw)

    def tax(self) -> str:
        def draw() -> str:
            while True:
                seven = str(self.rng.randint(1, 9)) + self.digits(6)
                digit = tax_digit(seven)
                if digit is not None:
                    return seven + digit
        return self.unique(draw)

    def mobile(self) -> str:
        n = self.unique(lambda: self.rng.choice(MOBILE_PREFIXES) + self.digits(6))
        return self.rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"+386 {n[:2]} {n[2:5]} {n[5:]}", f"0{n}",
                                f"+386{n}", f"0{n[:2]}/{n[2:5]}-{n[5:]}", f"00386 {n[:2]} {n[2:5]} {n[5:]}"))

    def landline(self, area: str) -> str:
        n = self.digits(7 if area == "01" else 6)
        return f"{area} {n[:3]} {n[3:5]} {n[5:]}" if area == "01" else f"{area} {n[:3]} {n[3:]}"

    def email(self, given: str, family: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(given).replace("-", ""), ascii_fold(family.split()[-1]).replace("-", "")
        yy = str(year)[-2:] if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}.{s}{yy}", f"{f}{yy}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 9)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, bank: str | None = None, personal: bool = True) -> str:
        def draw() -> str:
            thirteen = (bank or self.rng.choice(BANKS)) + self.digits(8)
            national = f"{98 - int(thirteen) * 100 % 97:02d}"
            return thirteen + national
        bban = self.unique(draw)
        compact = "SI" + iban_check_digits("SI", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
        return apps.ipv4(rng, IP_FIRSTS)

    def bcrypt(self) -> str:
        return "$2y$13$" + self.token(53, string.ascii_letters + string.digits + "./")

    def argon2(self) -> str:
        salt = apps.b64(self.rng.randbytes(16))
        digest = apps.b64(hashlib.blake2b(salt.encode(), digest_size=32).digest())
        return f"$argon2id$v=19$m=65536,t=4,p=1${salt}${digest}"


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("sl_SI")
        self.faker.seed_instance(seed)
        self.m = Office(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.staff: list[int] = []
        self.students: list[dict] = []
        self.enrolments: list[dict] = []

    def place(self) -> tuple:
        return self.rng.choices(PLACES, [p[4] for p in PLACES])[0]

    def street(self) -> str:
        return f"{self.faker.street_name()} {self.rng.randint(1, 120)}{self.rng.choice(('', '', '', 'a', 'b'))}"

    def person(self, first: int, last: int) -> dict:
        sex = self.rng.choice("FM")
        given = self.faker.first_name_female() if sex == "F" else self.faker.first_name_male()
        return {"sex": sex, "given": given, "family": self.faker.last_name(), "born": apps.day(self.rng, first, last)}


def _migrations(w: _World) -> None:
    rng = w.rng
    when = "2022-08-29 10:04:11"
    for _ in range(14):
        when = _plus(when, rng.randint(3000, 60000))
        w.m.rows["doctrine_migration_versions"].append((
            f"DoctrineMigrations\\Version{when[:10].replace('-', '')}{when[11:19].replace(':', '')}",
            when, rng.randint(40, 2400)))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    posts = (("referentka za študentske zadeve", '["ROLE_REFERENT"]'), ("vodja referata", '["ROLE_VODJA"]'),
             ("skrbnik sistema", '["ROLE_ADMIN"]'), ("prodekan za študijske zadeve", '["ROLE_PRODEKAN"]'))
    for n in range(1, STAFF_COUNT + 1):
        p = w.person(1958, 1998)
        given, family = p["given"], p["family"]
        email = make.unique(lambda: f"{ascii_fold(given)}.{ascii_fold(family)}@{OWN_DOMAIN}")
        w.m.emails.add(email.casefold())  # a named person's work mailbox
        post = posts[0] if n > 6 else rng.choice(posts)
        w.m.rows["zaposleni"].append((
            n, make.unique(lambda: (ascii_fold(given)[:1] + ascii_fold(family))[:20]), post[1], make.bcrypt(),
            given, family, p["born"] if rng.random() < 0.9 else None,
            make.emso(p["born"], p["sex"], "50") if rng.random() < 0.85 else None, email,
            f"03 {rng.randint(700, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}" if rng.random() < 0.5
            else make.mobile(), make.iban() if rng.random() < 0.8 else None, post[0], rng.random() < 0.9,
            make.ip() if rng.random() < 0.85 else None, apps.day(rng, 2001, 2025)))
        w.staff.append(n)


def _catalogue(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, street, place, mailbox, domain) in enumerate(PARTNERS, 1):
        pl = PLACES[place]
        w.m.rows["partner"].append((
            n, name, "SI" + make.tax(), make.digits(7) + "000", street, pl[0], pl[1], make.landline(pl[3]),
            f"{mailbox}@{domain}", make.iban(personal=False),
            f"{w.faker.first_name()} {w.faker.last_name()}" if rng.random() < 0.8 else None, rng.random() < 0.9))
    for n, (code, name, level, ects, years, fee) in enumerate(PROGRAMMES, 1):
        w.m.rows["studijski_program"].append((n, code, name, level, ects, years, Decimal(fee) if fee else None,
                                              True))


def _students(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, STUDENT_COUNT + 1):
        p = w.person(1975, 2006) if rng.random() < 0.15 else w.person(1998, 2006)
        given, family, sex = p["given"], p["family"], p["sex"]
        pl = w.place()
        born = p["born"]
        street = w.street()
        private = make.email(given, family, int(born[:4])) if rng.random() < 0.85 else None
        faculty = make.unique(lambda: f"{ascii_fold(given)[:1]}{ascii_fold(family)[:6]}{rng.randint(1, 9999):04d}"
                                      f"@{STUDENT_DOMAIN}")
        w.m.emails.add(faculty.casefold())
        mobile = make.mobile() if rng.random() < 0.92 else None
        iban = make.iban() if rng.random() < 0.6 else None
        extra: dict[str, Any] = {}
        if rng.random() < 0.1:
            extra["status_sportnika"] = rng.choice(("vrhunski športnik - atletika", "perspektivni - košarka"))
        if rng.random() < 0.05:
            extra["status_starsa"] = {"otrok": faker.first_name(), "rojen": apps.day(rng, 2019, 2025)}
        if born > "2003" and rng.random() < 0.6:
            parent = f"{faker.first_name_male()} {family}"
            extra["starsa"] = {"oce": parent, "mati": f"{faker.first_name_female()} {faker.last_name()}",
                               "email": make.email(parent.split()[0], family)}
        if rng.random() < 0.3:
            extra["kontakt_v_sili"] = {"ime": f"{faker.first_name()} {faker.last_name()}", "telefon": make.mobile()}
        if rng.random() < 0.15:
            extra["zaposlitev"] = {"delodajalec": rng.choice(EMPLOYERS)[0], "delovno_mesto": "referent"}
        if rng.random() < 0.2:
            extra["stipendija"] = {"vrsta": rng.choice(("Zoisova", "državna", "kadrovska")),
                                   "stevilka": f"11011-{make.digits(5)}/{rng.randint(2020, 2025)}"}
        created = _moment(rng, 2019, 2025)
        student = {"id": n, "given": given, "family": family, "email": faculty, "private": private,
                   "mobile": mobile, "street": street, "place": pl, "parent": extra.get("starsa", {}).get("oce"),
                   "employer": "zaposlitev" in extra}
        w.students.append(student)
        w.m.rows["student"].append((
            n, f"27{rng.randint(19, 25):02d}{n:04d}", given, family,
            ("Ž" if sex == "F" else "M") if rng.random() < 0.97 else None, born,
            rng.choice((pl[1], pl[1], "Ljubljana", "Zagreb", "Sarajevo")) if rng.random() < 0.9 else None,
            rng.choice(CITIZENSHIPS), make.emso(born, sex, pl[2]) if rng.random() < 0.9 else None,
            make.tax() if rng.random() < 0.8 else None, make.unique(lambda: make.digits(9)) if rng.random() < 0.75
            else None, street, pl[0], pl[1], mobile, private, faculty, iban,
            apps.png_bytes(rng) if rng.random() < 0.7 else None, rng.choice(SPECIAL_NEEDS),
            json.dumps(extra, ensure_ascii=False) if extra else None, created,
            _plus(created, rng.randint(0, 300000))))


def _enrolments(w: _World) -> None:
    rng, make = w.rng, w.make
    kinds = ("prvi vpis v letnik", "prvi vpis v letnik", "ponavljanje letnika", "podaljšanje statusa",
             "absolventski staž")
    for s in w.students:
        for k in range(rng.choice((1, 1, 2, 3))):
            n = len(w.m.rows["vpis"]) + 1
            program = rng.randint(1, len(PROGRAMMES))
            year = 2022 + k
            part_time = rng.random() < 0.2
            w.m.rows["vpis"].append((n, s["id"], program, f"{year}/{year + 1}", k + 1,
                                     "izredni" if part_time else "redni", rng.choice(kinds),
                                     f"{year}-{rng.randint(8, 10):02d}-{rng.randint(1, 28):02d}", rng.random() < 0.95))
            fee = PROGRAMMES[program - 1][5]
            if not (part_time and fee) and rng.random() > 0.08:
                continue
            number = f"{year}-{len(w.m.rows['racun']) + 1:06d}"
            digits = number.replace("-", "")
            if s["employer"] and rng.random() < 0.6:
                payer, address = rng.choice(EMPLOYERS)
                iban = make.iban(personal=False)
            elif s["parent"] and rng.random() < 0.5:
                payer, address, iban = s["parent"], f"{s['street']}, {s['place'][0]} {s['place'][1]}", make.iban()
            else:
                payer, address = f"{s['given']} {s['family']}", f"{s['street']}, {s['place'][0]} {s['place'][1]}"
                iban = make.iban() if rng.random() < 0.7 else None
            issued = f"{year}-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}"
            paid = rng.random() < 0.8
            w.m.rows["racun"].append((
                len(w.m.rows["racun"]) + 1, n, number, f"SI12 {digits}{reference_digit(digits)}",
                f"Šolnina {'izredni študij' if fee else 'vpisni stroški'} {year}/{year + 1}",
                Decimal(fee) if fee else Decimal("45.00"), payer, address if rng.random() < 0.9 else None, iban,
                "placano" if paid else rng.choice(("odprto", "opomin")), issued,
                f"{year}-12-{rng.randint(1, 28):02d}" if paid else None))


def _requests(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, REQUEST_COUNT + 1):
        s = rng.choice(w.students)
        template = rng.choice(REQUESTS)
        text = _fill(template, name=lambda: f"{s['given']} {s['family']}", month=lambda: rng.choice(MONTHS),
                     email=lambda: make.email(s["given"], s["family"]), phone=make.mobile,
                     street=w.street, postcode=lambda: s["place"][0], place=lambda: s["place"][1],
                     parent=lambda: s["parent"] or f"{faker.first_name_male()} {s['family']}",
                     iban=lambda: grouped(make.iban()))
        kind = rng.choice(REQUEST_KINDS)
        attachment = name = None
        if "bolezni" in template or "bolnišnici" in template or "rojstva" in template or rng.random() < 0.1:
            attachment = apps.pdf_bytes([f"Zdravniško potrdilo za {s['given']} {s['family']}",
                                         rng.choice(("Diagnoza: J18.9 pljučnica", "Diagnoza: F32.1 depresija",
                                                     "Nosečnost, 24. teden"))])
            name = f"potrdilo_{ascii_fold(s['family'])}_{ascii_fold(s['given'])}.pdf"
        when = _moment(rng, 2023, 2025, (7, 22))
        done = rng.random() < 0.75
        w.m.rows["vloga"].append((
            n, s["id"], rng.choice(w.staff) if rng.random() < 0.85 else None, kind, text, attachment, name,
            rng.choice(("odobreno", "zavrnjeno", "v obravnavi")) if done else "oddano", when,
            _plus(when, rng.randint(600, 40000)) if done else None))


def _logins(w: _World) -> list[dict]:
    rng, make = w.rng, w.make
    logins = []
    for s in w.students:
        if rng.random() < 0.2:
            continue
        n = len(w.m.rows["studis_prijava"]) + 1
        created = _moment(rng, 2020, 2025)
        last = _plus(created, rng.randint(60, 500000)) if rng.random() < 0.9 else None
        logins.append({"email": s["email"]})
        w.m.rows["studis_prijava"].append((
            n, s["id"], s["email"], make.argon2(),
            make.token(64, "0123456789abcdef") if rng.random() < 0.15 else None, last,
            make.ip() if last else None, rng.choice((0, 0, 0, 1, 2, 4)), created))
    return logins


def _sessions(w: _World, logins: list[dict]) -> None:
    rng, make = w.rng, w.make
    for _ in range(SESSION_COUNT):
        login = rng.choice(logins) if rng.random() < 0.85 else None
        sid = make.token(26, string.ascii_lowercase + string.digits)
        when = int(dt.datetime.fromisoformat(_moment(rng, 2025, 2025)).replace(tzinfo=dt.timezone.utc).timestamp())
        csrf = make.token(43, string.ascii_letters + string.digits + "-_")
        attributes = [f's:18:"_csrf/authenticate";s:43:"{csrf}";']
        if login:
            user = login["email"]
            token = (f'O:74:"Symfony\\Component\\Security\\Core\\Authentication\\Token\\UsernamePasswordToken":'
                     f'3:{{i:0;N;i:1;s:4:"main";i:2;a:2:{{s:10:"identifier";s:{len(user)}:"{user}";'
                     f's:5:"roles";a:1:{{i:0;s:12:"ROLE_STUDENT";}}}}}}')
            attributes.append(f's:14:"_security_main";s:{len(token)}:"{token}";')
        data = (f"_sf2_attributes|a:{len(attributes)}:{{{''.join(attributes)}}}"
                f'_sf2_meta|a:3:{{s:1:"u";i:{when};s:1:"c";i:{when - rng.randint(0, 3000)};s:1:"l";i:0;}}')
        w.m.rows["sessions"].append((sid, data.encode(), 1440, when))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (key, value) in enumerate((
        ("fakulteta.naziv", "Univerza v Savinji, Filozofska fakulteta"),
        ("fakulteta.naslov", "Mariborska cesta 7, 3000 Celje"),
        ("fakulteta.telefon", "03 428 61 00"),
        ("referat.email", f"referat@{OWN_DOMAIN}"),
        ("referat.uradne_ure", "pon, sre, pet 10.00-12.00"),
        ("fakulteta.email.info", f"info@{OWN_DOMAIN}"),
        ("fakulteta.davcna", "SI" + make.tax()),
        ("fakulteta.maticna", "1627121000"),
        ("fakulteta.trr", grouped(make.iban("01100", personal=False))),
        ("studis.seja_minut", "24"),
        ("studis.max_poskusov", "5"),
        ("solnina.rok_placila_dni", "30"),
    ), 1):
        w.m.rows["nastavitev"].append((n, key, value, _moment(rng, 2024, 2025)))


def make_office(seed: int = SEED) -> Office:
    """The whole student office, the same for the same seed."""
    w = _World(seed)
    _migrations(w)
    _staff(w)
    _catalogue(w)
    _students(w)
    _enrolments(w)
    _requests(w)
    _sessions(w, _logins(w))
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Office) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentysecond/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
