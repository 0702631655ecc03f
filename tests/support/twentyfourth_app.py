"""The twenty-fourth held-out application: an Icelandic geothermal utility's customer portal, a Node.js/Sequelize app in Icelandic.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentyfourth/labels.yml) before any detector ran on it.

"Varmaveita Reykjaness hf." (fictional) sells geothermal hot water and electricity on
the Reykjanes peninsula (Reykjanesbær, Grindavík, Suðurnesjabær, Vogar). Its own small
team wrote the customer portal ("Mínar síður") and the service desk in Node.js with
Sequelize: models named in Icelandic with the letters folded (þ to th, ð to d, æ to ae,
accents dropped) and frozen table names, so tables are PascalCase plurals in Icelandic
(`Vidskiptavinir`, `Innskraningar`, `Starfsmenn`), columns camelCase Icelandic
(`heimilisfang`, `postnumer`, `farsimi`, `netfang`, `greidandiKennitala`), Sequelize's
own `id`, `createdAt`, `updatedAt`, `deletedAt` (paranoid models), the migrations'
`SequelizeMeta` (`name`) and connect-session-sequelize's `Sessions` (`sid`, `expires`,
`data` the session's JSON with the logged-in customer's kennitala and name).
Customers sign in with electronic ID (rafræn skilríki on the phone's SIM, or Íslykill),
which gives the portal their kennitala: `Innskraningar.kennitala` (the login log) is a
FOREIGN KEY to `Vidskiptavinir.kennitala` (UNIQUE). The kennitala is ten digits
DDMMYY-RRCÖ: the birth date, two random digits, a mod-11 check digit (weights
3,2,7,6,5,4,3,2) and the century; companies' have 40 added to the day. Icelandic
IBANs (IS, 26 characters) end with the account holder's kennitala.

The tables: `Vidskiptavinir` the households (kennitala, full name with its patronymic,
e-mail, mobile and home phone in every layout people type, address, three-digit
postcode, municipality, birth date, sex kk/kvk/kvár, language is/en/pl, a medical
priority reason (home oxygen, dialysis: health), `stillingar` a JSON of notification
settings with a co-tenant's or relative's name and phone, the last IP),
`Innskraningar` the electronic-ID logins (the phone used, the IP, the browser),
`Veitustadir` the supply points (the home's address and postcode, the property's
registry number), `Maelar` the meters (serial numbers, maker), `Reikningar` the invoices
(the payer's name, kennitala and e-mail: the household or a company paying for it, the
bank claim number), `Greidsluleidir` payment methods (a card processor's token, last four
digits, direct debit IBAN and holder), `Erindi` the service desk's cases (free text in
Icelandic, English or Polish quoting e-mails, phones, IBANs, kennitölur, names, health;
a PDF medical certificate or a JPEG photo of a meter), `Starfsmenn` the staff (kennitala,
name, login name, the named mailbox, mobile, address, salary IBAN, trade union, a PNG
photo, a bcrypt hash), `Birgjar` the suppliers (company kennitala, VAT number, office
address, switchboard, info@ mailbox, company IBAN, contact person), `Stillingar` the
settings (the utility's own address, kennitala, VAT number, IBAN, phone, mailboxes).

Everything here is the original side: the rows (`make_utility`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the suppliers', the paying companies' and the
utility's own mailboxes and accounts excluded).
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
from support.apps import ascii_fold, dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Utility", "create", "dump", "load_labels", "make_utility"]

SEED = 20261130
LABELS = Path(__file__).resolve().parents[1] / "twentyfourth" / "labels.yml"
CUSTOMER_COUNT = 240
STAFF_COUNT = 55
CASE_COUNT = 140
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "varmaveita.is"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "longtext", "blob": "longblob", "text": "longtext", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp(0) with time zone", "json": "json", "blob": "bytea", "text": "text",
                   "bool": "boolean"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "blob", "text": "text", "bool": "boolean"},
}

# Every table's column definitions, parents before children, as the Sequelize migrations declare them.
SCHEMA: dict[str, tuple[str, ...]] = {
    "SequelizeMeta": ("name varchar(255) PRIMARY KEY",),
    "Sessions": ("sid varchar(36) PRIMARY KEY", "expires {ts}", "data {text}", "createdAt {ts} NOT NULL",
                 "updatedAt {ts} NOT NULL"),
    "Vidskiptavinir": (
        "id integer PRIMARY KEY", "kennitala char(10) NOT NULL UNIQUE", "nafn varchar(120) NOT NULL",
        "netfang varchar(255)", "farsimi varchar(20)", "heimasimi varchar(20)", "heimilisfang varchar(150)",
        "postnumer varchar(3)", "sveitarfelag varchar(60)", "faedingardagur date", "kyn varchar(4)",
        "tungumal varchar(2) NOT NULL", "rafraenirReikningar {bool} NOT NULL", "forgangsastaeda varchar(80)",
        "stillingar {json}", "sidastaIp varchar(45)", "createdAt {ts} NOT NULL", "updatedAt {ts} NOT NULL",
        "deletedAt {ts}"),
    "Innskraningar": (
        "id integer PRIMARY KEY", "kennitala char(10) NOT NULL", "audkenning varchar(20) NOT NULL",
        "farsimi varchar(20)", "ip varchar(45) NOT NULL", "notandaumhverfi varchar(255)", "tokst {bool} NOT NULL",
        "createdAt {ts} NOT NULL"),
    "Veitustadir": (
        "id integer PRIMARY KEY", "vidskiptavinurId integer NOT NULL", "heimilisfang varchar(150) NOT NULL",
        "postnumer varchar(3) NOT NULL", "fastanumer varchar(8)", "veita varchar(12) NOT NULL",
        "gjaldskra varchar(10) NOT NULL", "createdAt {ts} NOT NULL", "updatedAt {ts} NOT NULL"),
    "Maelar": (
        "id integer PRIMARY KEY", "radnumer varchar(12) NOT NULL UNIQUE", "framleidandi varchar(40) NOT NULL",
        "gerd varchar(40) NOT NULL", "veitustadurId integer", "uppsett date NOT NULL", "kvordunarar smallint",
        "createdAt {ts} NOT NULL"),
    "Reikningar": (
        "id integer PRIMARY KEY", "vidskiptavinurId integer NOT NULL", "reikningsnumer varchar(12) NOT NULL UNIQUE",
        "krofunumer varchar(16)", "gjalddagi date NOT NULL", "upphaed integer NOT NULL", "vsk integer NOT NULL",
        "greidandiNafn varchar(150) NOT NULL", "greidandiKennitala char(10) NOT NULL",
        "greidandiNetfang varchar(255)", "greitt {bool} NOT NULL", "createdAt {ts} NOT NULL"),
    "Greidsluleidir": (
        "id integer PRIMARY KEY", "vidskiptavinurId integer NOT NULL", "tegund varchar(14) NOT NULL",
        "kortTegund varchar(12)", "kortHali char(4)", "kortTokn varchar(40)", "iban varchar(34)",
        "reikningseigandi varchar(120)", "sjalfgefin {bool} NOT NULL", "createdAt {ts} NOT NULL"),
    "Starfsmenn": (
        "id integer PRIMARY KEY", "starfsmannanumer varchar(6) NOT NULL UNIQUE", "kennitala char(10)",
        "nafn varchar(120) NOT NULL", "notandanafn varchar(30) NOT NULL", "netfang varchar(120) NOT NULL",
        "farsimi varchar(20)", "heimilisfang varchar(150)", "postnumer varchar(3)", "launareikningur varchar(34)",
        "stettarfelag varchar(40)", "starfsheiti varchar(60) NOT NULL", "mynd {blob}", "lykilord varchar(60) NOT NULL",
        "hofStorf date NOT NULL", "createdAt {ts} NOT NULL", "updatedAt {ts} NOT NULL"),
    "Erindi": (
        "id integer PRIMARY KEY", "vidskiptavinurId integer NOT NULL", "veitustadurId integer",
        "flokkur varchar(20) NOT NULL", "efni varchar(150) NOT NULL", "lysing {text} NOT NULL", "vidhengi {blob}",
        "afgreidandiId integer", "stada varchar(12) NOT NULL", "createdAt {ts} NOT NULL", "lokadAt {ts}"),
    "Birgjar": (
        "id integer PRIMARY KEY", "heiti varchar(150) NOT NULL", "kennitala char(10) NOT NULL UNIQUE",
        "vskNumer varchar(6)", "heimilisfang varchar(150) NOT NULL", "simi varchar(20) NOT NULL",
        "netfang varchar(120) NOT NULL", "iban varchar(34)", "tengilidur varchar(120)", "virkur {bool} NOT NULL"),
    "Stillingar": ("lykill varchar(60) PRIMARY KEY", "gildi varchar(255) NOT NULL", "updatedAt {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("Innskraningar", ["kennitala"], "Vidskiptavinir", ["kennitala"]),
    _fk("Veitustadir", ["vidskiptavinurId"], "Vidskiptavinir", ["id"]),
    _fk("Maelar", ["veitustadurId"], "Veitustadir", ["id"]),
    _fk("Reikningar", ["vidskiptavinurId"], "Vidskiptavinir", ["id"]),
    _fk("Greidsluleidir", ["vidskiptavinurId"], "Vidskiptavinir", ["id"]),
    _fk("Erindi", ["vidskiptavinurId"], "Vidskiptavinir", ["id"]),
    _fk("Erindi", ["veitustadurId"], "Veitustadir", ["id"]),
    _fk("Erindi", ["afgreidandiId"], "Starfsmenn", ["id"]),
)

TOWNS = (  # municipality, postcodes, streets, weight
    ("Reykjanesbær", ("230", "232", "233", "260", "262"),
     ("Hafnargata", "Hringbraut", "Faxabraut", "Vatnsnesvegur", "Tjarnabraut", "Heiðarbraut", "Njarðarbraut",
      "Skólavegur", "Mávabraut", "Valhallarbraut"), 60),
    ("Grindavík", ("240",), ("Víkurbraut", "Austurvegur", "Heiðarhraun", "Ránargata"), 12),
    ("Suðurnesjabær", ("245", "250"), ("Sandgerðisvegur", "Garðbraut", "Suðurgata", "Norðurtún"), 18),
    ("Sveitarfélagið Vogar", ("190",), ("Iðndalur", "Hafnargata", "Akurgerði"), 10),
)
MALE = ("Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán", "Jóhann",
        "Björn", "Árni", "Helgi", "Þórður", "Aron", "Arnar", "Daníel", "Hörður", "Ragnar", "Baldur")
FEMALE = ("Guðrún", "Anna", "Sigríður", "Kristín", "Margrét", "Helga", "Sigrún", "Ingibjörg", "Jóhanna", "María",
          "Katrín", "Elín", "Hildur", "Þórunn", "Sara", "Embla", "Ásdís", "Bryndís", "Erla", "Ragnheiður")
FATHERS = ("Jóns", "Sigurðs", "Guðmunds", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Magnús", "Stefáns", "Jóhanns",
           "Björns", "Árna", "Helga", "Þórðar", "Ragnars", "Harðar", "Baldurs", "Páls", "Karls", "Hauks")
MIDDLE = ("", "", "", "", "Þór ", "Rós ", "Már ", "Lind ")
POLISH = (("Piotr", "Kowalski", "M"), ("Tomasz", "Nowak", "M"), ("Marcin", "Wiśniewski", "M"),
          ("Agnieszka", "Wójcik", "F"), ("Katarzyna", "Kamińska", "F"), ("Paweł", "Lewandowski", "M"),
          ("Magdalena", "Zielińska", "F"), ("Krzysztof", "Szymański", "M"), ("Joanna", "Woźniak", "F"),
          ("Łukasz", "Dąbrowski", "M"))
BANKS = ("0133", "0142", "0111", "0515", "0537", "0121", "1109", "0322")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "simnet.is", "internet.is", "hotmail.com", "visir.is",
                "outlook.com", "live.com", "icloud.com", "wp.pl", "vortex.is")
IP_FIRSTS = (31, 82, 85, 89, 130, 153, 157, 178, 193, 194, 213)
IPV6_PREFIXES = ("2a01:6f0", "2a00:c88", "2001:67c:6c")
SUPPLIERS = (  # heiti, address, mailbox, domain
    ("Kamstrup A/S", "Industrivej 28, 8660 Skanderborg, Danmark", "info", "kamstrup.com"),
    ("Set ehf.", "Eyravegur 41, 800 Selfoss", "set", "set.is"),
    ("Húsasmiðjan ehf.", "Holtagörðum, 104 Reykjavík", "fyrirtaekjathjonusta", "husa.is"),
    ("Securitas hf.", "Skeifunni 8, 108 Reykjavík", "securitas", "securitas.is"),
    ("Advania Ísland ehf.", "Guðrúnartúni 10, 105 Reykjavík", "advania", "advania.is"),
    ("Ístak hf.", "Bugðufljóti 19, 270 Mosfellsbær", "istak", "istak.is"),
    ("Landsvirkjun", "Háaleitisbraut 68, 103 Reykjavík", "landsvirkjun", "landsvirkjun.is"),
)
PAYING_COMPANIES = (  # a company paying a household's bills: name, mailbox, domain
    ("Leigufélagið Bríet ehf.", "reikningar", "briet.is"),
    ("Heimstaden ehf.", "bokhald", "heimstaden.is"),
    ("Isavia ohf.", "reikningar", "isavia.is"),
    ("Bláa Lónið hf.", "bokhald", "bluelagoon.is"),
)
METER_MAKERS = (("Kamstrup", "MULTICAL 403"), ("Kamstrup", "MULTICAL 603"), ("Diehl", "Sharky 775"),
                ("Landis+Gyr", "E350"))
PRIORITY = ("súrefnisvél", "heimaskilun (nýrnabilun)", "öndunarvél barns", "hjartabilun, rafknúið rúm")
UNIONS = ("VR", "Rafiðnaðarsamband Íslands", "Sameyki", "Verkalýðsfélag Suðurnesja", "Stéttarfélag verkfræðinga")
POSTS = ("þjónustufulltrúi", "þjónustufulltrúi", "þjónustufulltrúi", "rafvirki", "pípulagningamaður",
         "mælaálesari", "bókari", "sérfræðingur í innheimtu", "verkstjóri", "forstöðumaður")
CATEGORIES = (("reikningur", "Spurning um reikning"), ("flutningur", "Flutningur / eigendaskipti"),
              ("bilun", "Heitavatnslaust"), ("bilun", "Rafmagnsleysi"), ("maelir", "Álestur mælis"),
              ("endurgreidsla", "Beiðni um endurgreiðslu"), ("greidsludreifing", "Greiðsludreifing"),
              ("annad", "Annað"))
CASES = (
    "Vinsamlegast endurgreiðið inn á {iban}, ég greiddi reikninginn tvisvar. Kv. {name}",
    "Móðir mín er á súrefnisvél heima og má alls ekki missa rafmagn. Hringið í mig í {phone} ef það stendur til að loka.",
    "Ég er að flytja af {street} um mánaðamótin, nýr leigjandi er {third} (s. {third_phone}).",
    "Please send all invoices to {email} from now on, I no longer read the old mailbox.",
    "Dzień dobry, nie rozumiem rachunku za ciepłą wodę. Proszę o kontakt pod numerem {phone}. {name}",
    "Heitavatnslaust síðan í morgun á {street}. Ég er með nýfætt barn heima. Sími {phone}",
    "Mælirinn lekur undir vaskinum, sjá mynd í viðhengi.",
    "Ég er öryrki og óska eftir greiðsludreifingu á skuldinni. Netfang: {email}",
    "Reikningurinn er skráður á rangan aðila, kennitalan mín er {kennitala}. Kveðja, {name}",
    "Álestur í dag: 4821 m3. Kv. {name}, {phone}",
    "Hi, I am renting at {street}, my landlord {third} says the hot water is included. Please call me at {phone}.",
)
BROWSERS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 "
            "Mobile Safari/537.36")


@dataclass
class Utility:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not suppliers', paying companies' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def kennitala_digit(eight: str) -> str | None:
    """The kennitala's check digit (weights 3,2,7,6,5,4,3,2, 11 minus the sum mod 11); None if it would be 10."""
    r = 11 - sum(int(d) * w for d, w in zip(eight, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    if r == 11:
        return "0"
    return None if r == 10 else str(r)


def fold(text: str) -> str:
    """Icelandic letters folded for an e-mail or login (þ th, ð d, æ ae, ö o), then ascii_fold."""
    for a, b in (("þ", "th"), ("Þ", "th"), ("ð", "d"), ("Ð", "d"), ("æ", "ae"), ("Æ", "ae"), ("ł", "l"),
                 ("Ł", "l")):
        text = text.replace(a, b)
    return ascii_fold(text).replace("-", "")


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
    """Icelandic values: kennitölur, phones, e-mails, IBANs, VAT numbers, tokens, hashes."""

    def __init__(self, rng: random.Random, m: Utility) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def kennitala(self, born: str, company: bool = False) -> str:
        dd = int(born[8:10]) + (40 if company else 0)
        century = "9" if born < "2000" else "0"

        def draw() -> str:
            while True:
                eight = f"{dd:02d}{born[5:7]}{born[2:4]}{self.rng.randint(20, 99)}"
                digit = kennitala_digit(eight)
                if digit is not None:
                    return eight + digit + century
        return self.unique(draw)

    def mobile(self) -> str:
        return self.unique(lambda: self.rng.choice("678") + self.digits(6))

    def phone(self, number: str | None = None) -> str:
        """A mobile in one of the layouts people type."""
        n = number or self.mobile()
        return self.rng.choice((f"{n[:3]}-{n[3:]}", f"{n[:3]}-{n[3:]}", n, f"+354 {n[:3]} {n[3:]}", f"+354{n}",
                                f"00354 {n}", f"{n[:3]} {n[3:]}"))

    def landline(self) -> str:
        return f"{self.rng.choice(('421', '422', '423', '426', '424'))}-{self.digits(4)}"

    def email(self, given: str, family: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = fold(given.split()[0]), fold(family)
        yy = str(year)[-2:] if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}{s[:4]}", f"{f}{yy}", f"{f}.{s}{yy}", f"{f[0]}{s}", f"{f}{s}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 9)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, kennitala: str, personal: bool = True) -> str:
        bban = self.unique(lambda: self.rng.choice(BANKS) + self.rng.choice(("26", "26", "15", "05")) + self.digits(6)
                           + kennitala)
        compact = "IS" + iban_check_digits("IS", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def vat(self) -> str:
        return self.unique(lambda: str(self.rng.randint(10000, 149999)))

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(5))
        return apps.ipv4(rng, IP_FIRSTS)

    def bcrypt(self) -> str:
        alphabet = string.ascii_letters + string.digits + "./"
        return f"$2b$10${self.token(53, alphabet)}"


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Utility(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.customers: list[dict] = []
        self.points: list[tuple[int, dict]] = []
        self.staff: list[int] = []

    def person(self, first: int, last: int) -> dict:
        rng = self.rng
        born = apps.day(rng, first, last)
        if rng.random() < 0.15:
            given, family, sex = rng.choice(POLISH)
            return {"given": given, "family": family, "sex": sex, "born": born, "lang": "pl"}
        sex = rng.choice("MF")
        given = rng.choice(MALE if sex == "M" else FEMALE)
        middle = rng.choice(MIDDLE) if sex == "F" else ""
        family = rng.choice(FATHERS) + ("son" if sex == "M" else "dóttir")
        return {"given": f"{given} {middle}".strip(), "family": family, "sex": sex, "born": born, "lang": "is"}

    def name(self) -> str:
        p = self.person(1950, 2004)
        return f"{p['given']} {p['family']}"

    def town(self) -> tuple:
        return self.rng.choices(TOWNS, [t[3] for t in TOWNS])[0]

    def street(self, town: tuple | None = None) -> str:
        town = town or self.town()
        return f"{self.rng.choice(town[2])} {self.rng.randint(1, 80)}{self.rng.choice(('', '', '', 'a', 'b'))}"


def _meta(w: _World) -> None:
    when = dt.datetime(2021, 2, 3, 9, 0, 0)
    for k in range(31):
        when += dt.timedelta(minutes=w.rng.randint(3000, 50000))
        w.m.rows["SequelizeMeta"].append((f"{when:%Y%m%d%H%M%S}-{('create', 'add', 'alter')[k % 3]}-"
                                          f"{w.rng.choice(('vidskiptavinir', 'reikningar', 'erindi', 'maelar'))}.js",))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, STAFF_COUNT + 1):
        p = w.person(1962, 2003)
        given, family, town = p["given"], p["family"], w.town()
        kt = make.kennitala(p["born"])
        login = make.unique(lambda: fold(given.split()[0])[:4] + fold(family)[:3] + rng.choice(("", "", "2", "3", "4")))
        email = make.unique(lambda: f"{fold(given.split()[0])}{rng.choice(('', '', '', 'a', 'b'))}.{fold(family)}"
                                    f"@{OWN_DOMAIN}")
        w.m.emails.add(email.casefold())  # a named person's work mailbox
        hired = apps.day(rng, 2008, 2025)
        created = f"{hired} 08:{rng.randint(0, 59):02d}:00"
        w.m.rows["Starfsmenn"].append((
            n, f"{n + 100:04d}", kt if rng.random() < 0.95 else None, f"{given} {family}", login, email,
            make.phone() if rng.random() < 0.9 else None, w.street(town) if rng.random() < 0.9 else None,
            rng.choice(town[1]) if rng.random() < 0.9 else None, make.iban(kt) if rng.random() < 0.85 else None,
            rng.choice(UNIONS) if rng.random() < 0.8 else None, rng.choice(POSTS),
            apps.png_bytes(rng) if rng.random() < 0.5 else None, make.bcrypt(), hired, created,
            _plus(created, rng.randint(10, 500000))))
        w.staff.append(n)


def _suppliers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, address, mailbox, domain) in enumerate(SUPPLIERS, 1):
        kt = make.kennitala(apps.day(rng, 1960, 2015), company=True)
        w.m.rows["Birgjar"].append((
            n, name, kt, make.vat(), address, f"{rng.choice(('5', '4'))}{make.digits(2)}-{make.digits(4)}",
            f"{mailbox}@{domain}", make.iban(kt, personal=False), w.name() if rng.random() < 0.8 else None, True))


def _customers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, CUSTOMER_COUNT + 1):
        p = w.person(1935, 2005)
        given, family, born, town = p["given"], p["family"], p["born"], w.town()
        kt = make.kennitala(born)
        mobile = make.mobile()
        email = make.email(given, family, int(born[:4])) if rng.random() < 0.9 else None
        home = w.street(town)
        postcode = rng.choice(town[1])
        settings: dict[str, Any] = {"tilkynningar": {"sms": rng.random() < 0.6, "netpostur": rng.random() < 0.8},
                                    "reikningarIHeimabanka": rng.random() < 0.7}
        if rng.random() < 0.3:
            settings["tengilidur"] = {"nafn": w.name(), "simi": make.phone(),
                                      "tengsl": rng.choice(("maki", "sonur", "dóttir", "leigjandi"))}
        if rng.random() < 0.1:
            settings["annarGreidandi"] = {"netfang": make.email(*w.name().rsplit(" ", 1))}
        created = _moment(rng, 2019, 2025)
        w.customers.append({"id": n, "kt": kt, "given": given, "family": family, "email": email, "mobile": mobile,
                            "town": town, "home": home, "postcode": postcode, "created": created, "lang": p["lang"]})
        w.m.rows["Vidskiptavinir"].append((
            n, kt, f"{given} {family}", email, make.phone(mobile) if rng.random() < 0.9 else None,
            make.landline() if rng.random() < 0.25 else None, home, postcode, town[0],
            born if rng.random() < 0.8 else None,
            {"M": "kk", "F": "kvk"}[p["sex"]] if rng.random() < 0.97 else "kvár",
            p["lang"] if p["lang"] == "pl" or rng.random() < 0.9 else "en", rng.random() < 0.6,
            rng.choice(PRIORITY) if rng.random() < 0.06 else None, json.dumps(settings, ensure_ascii=False),
            make.ip() if rng.random() < 0.85 else None, created, _plus(created, rng.randint(10, 400000)),
            _plus(created, rng.randint(500000, 900000)) if rng.random() < 0.04 else None))


def _logins(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.customers:
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            how = rng.choice(("rafraen_skilriki", "rafraen_skilriki", "islykill", "app"))
            w.m.rows["Innskraningar"].append((
                len(w.m.rows["Innskraningar"]) + 1, c["kt"], how,
                f"+354{c['mobile']}" if how == "rafraen_skilriki" else None, make.ip(), rng.choice(BROWSERS),
                rng.random() < 0.93, _moment(rng, int(c["created"][:4]), 2025)))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in rng.sample(w.customers, 70):
        created = _moment(rng, 2025, 2025)
        data = {"cookie": {"originalMaxAge": 3600000, "httpOnly": True, "secure": True, "path": "/"},
                "passport": {"user": {"kennitala": c["kt"], "nafn": f"{c['given']} {c['family']}"}},
                "csrfSecret": make.token(24, string.ascii_letters + string.digits + "-_")}
        w.m.rows["Sessions"].append((make.token(32, string.ascii_letters + string.digits + "-_"),
                                     _plus(created, 60), json.dumps(data, ensure_ascii=False), created,
                                     _plus(created, rng.randint(0, 59))))


def _points_and_meters(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.customers:
        for k in range(rng.choice((1, 1, 1, 2))):
            n = len(w.m.rows["Veitustadir"]) + 1
            address, postcode = (c["home"], c["postcode"]) if k == 0 else (w.street(c["town"]), rng.choice(c["town"][1]))
            w.m.rows["Veitustadir"].append((
                n, c["id"], address, postcode, f"F{rng.choice('2')}{make.unique(lambda: make.digits(6))}"
                if rng.random() < 0.9 else None, rng.choice(("heitt_vatn", "heitt_vatn", "rafmagn")),
                rng.choice(("HV-A1", "HV-A2", "RA-HEIM", "RA-T1")), c["created"], c["created"]))
            w.points.append((n, c))
    for n in range(1, len(w.points) + 41):
        maker, model = rng.choice(METER_MAKERS)
        point = w.points[n - 1][0] if n <= len(w.points) else None
        w.m.rows["Maelar"].append((
            n, make.unique(lambda: f"{rng.choice(('66', '67', '71'))}{make.digits(6)}"), maker, model, point,
            apps.day(rng, 2012, 2025), rng.choice((2019, 2020, 2021, 2022, 2023, None)), _moment(rng, 2021, 2025)))


def _invoices(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.customers:
        company = rng.choice(PAYING_COMPANIES) if rng.random() < 0.12 else None
        company_kt = make.kennitala(apps.day(rng, 1970, 2015), company=True) if company else None
        for _ in range(rng.randint(0, 3)):
            n = len(w.m.rows["Reikningar"]) + 1
            issued = _moment(rng, max(2023, int(c["created"][:4])), 2025)
            net = rng.randint(3500, 48000)
            if company:
                payer = (company[0], company_kt, f"{company[1]}@{company[2]}")
            else:
                payer = (f"{c['given']} {c['family']}", c["kt"], c["email"])
            w.m.rows["Reikningar"].append((
                n, c["id"], f"VR{issued[2:4]}{n:07d}", f"0133-66-{make.unique(lambda: make.digits(6))}",
                (dt.date.fromisoformat(issued[:10]) + dt.timedelta(days=20)).isoformat(), net + round(net * 0.11),
                round(net * 0.11), *payer, rng.random() < 0.88, issued))


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.customers:
        for k in range(rng.choice((0, 1, 1, 2))):
            if rng.random() < 0.6:
                row = ("kort", rng.choice(("visa", "mastercard")), make.digits(4),
                       "tok_" + make.token(28), None, None)
            else:
                holder = f"{c['given']} {c['family']}"
                row = ("beingreidsla", None, None, None, make.iban(c["kt"]), holder.upper() if rng.random() < 0.3
                       else holder)
            w.m.rows["Greidsluleidir"].append((len(w.m.rows["Greidsluleidir"]) + 1, c["id"], *row, k == 0,
                                               _moment(rng, int(c["created"][:4]), 2025)))


def _cases(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, CASE_COUNT + 1):
        point, c = rng.choice(w.points)
        template = rng.choice(CASES)
        text = _fill(template, iban=lambda: grouped(make.iban(c["kt"])) if rng.random() < 0.5 else make.iban(c["kt"]),
                     name=lambda: f"{c['given']} {c['family']}", phone=lambda: make.phone(c["mobile"]),
                     street=lambda: c["home"], third=w.name, third_phone=make.phone,
                     email=lambda: c["email"] or make.email(c["given"], c["family"]),
                     kennitala=lambda: c["kt"] if rng.random() < 0.5 else f"{c['kt'][:6]}-{c['kt'][6:]}")
        category, subject = rng.choice(CATEGORIES)
        attachment = None
        if "súrefnisvél" in template or "öryrki" in template:
            attachment = apps.pdf_bytes(["Læknisvottorð", f"{c['given']} {c['family']}", f"kt. {c['kt']}",
                                         rng.choice(PRIORITY)])
        elif "viðhengi" in template or rng.random() < 0.1:
            attachment = apps.jpeg_bytes(rng)
        created = _moment(rng, max(2023, int(c["created"][:4])), 2025)
        closed = rng.random() < 0.8
        w.m.rows["Erindi"].append((
            n, c["id"], point if rng.random() < 0.8 else None, category, subject, text, attachment,
            rng.choice(w.staff) if rng.random() < 0.85 else None, "lokid" if closed else rng.choice(("opid", "i_vinnslu")),
            created, _plus(created, rng.randint(20, 30000)) if closed else None))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    kt = "5602892009"
    for key, value in (
        ("fyrirtaeki.heiti", "Varmaveita Reykjaness hf."),
        ("fyrirtaeki.heimilisfang", "Brekkustígur 36, 260 Reykjanesbær"),
        ("fyrirtaeki.kennitala", kt),
        ("fyrirtaeki.vskNumer", "31544"),
        ("fyrirtaeki.iban", grouped(make.iban(kt, personal=False))),
        ("thjonusta.simi", "422-5200"),
        ("thjonusta.netfang", f"thjonusta@{OWN_DOMAIN}"),
        ("innheimta.netfang", f"innheimta@{OWN_DOMAIN}"),
        ("reikningar.vskHlutfall", "11"),
        ("reikningar.gjalddagiDagar", "20"),
        ("session.lengdMin", "60"),
    ):
        w.m.rows["Stillingar"].append((key, value, _moment(rng, 2024, 2025)))


def make_utility(seed: int = SEED) -> Utility:
    """The whole utility's portal, the same for the same seed."""
    w = _World(seed)
    _meta(w)
    _staff(w)
    _suppliers(w)
    _customers(w)
    _logins(w)
    _sessions(w)
    _points_and_meters(w)
    _invoices(w)
    _payments(w)
    _cases(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Utility) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentyfourth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
