"""The twenty-eighth held-out application: a Croatian tourist-apartment agency's booking system, an ASP.NET Core / EF Core app in Croatian PascalCase.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentyeighth/labels.yml) before any detector ran on it.

"Jadran Apartmani d.o.o." (fictional, jadranapartmani.hr) in Split lets private
apartment owners on the Dalmatian coast rent to tourists through its site and the big
portals, and registers the guests with the tourist board. A Zagreb .NET shop built it on
ASP.NET Core 8 with Entity Framework Core: the framework's tables keep their names
(`__EFMigrationsHistory`; ASP.NET Core Identity's `AspNetUsers` with a GUID `Id`,
`UserName` and `Email` with their upper-case `Normalized*` copies, `PasswordHash` the
Identity v3 base64 PBKDF2 hash, `SecurityStamp`, `ConcurrencyStamp`, `PhoneNumber`, the
lockout counters, plus two added properties; `AspNetUserLogins` with Google's and
Facebook's external ids), the business entities are the DbSet names in Croatian without
diacritics, plural PascalCase (`Vlasnici`, `Objekti`, `Gosti`, `Rezervacije`,
`Placanja`, `Racuni`, `Poruke`, `Partneri`, `Postavke`), columns PascalCase too (`Ime`,
`Prezime`, `OIB`, `DatumRodjenja`, `Mobitel`, `PostanskiBroj`, `BrojIsprave`). An
invoice is e-mailed to the guest: `Racuni.KupacEmail` is a FOREIGN KEY to
`Gosti.Email` (UNIQUE).

The tables: `Vlasnici` the apartment owners (names, OIB (11 digits, ISO 7064 MOD 11,10
check digit), birth date, mobile in every layout Croatians type, e-mail, home address,
postcode, town, the HR IBAN their rent is paid to, the county office's decision number,
internal notes quoting phones and names), `Objekti` the apartments (name, address,
town, category, beds, nightly price), `Gosti` the guests, mostly German, Austrian,
Slovenian, Polish and Czech (names, e-mail, phone with its country code, birth date,
sex, nationality, document type and number, a JPEG scan of the passport, street,
postcode, city, country, language), `Rezervacije` the bookings (a code with a check
digit, dates, adults and children, `Pratitelji` a JSON of the fellow travellers with
names, birth dates and document numbers for the tourist board, the guest's note (free
text: arrival times, phones, a wheelchair, a food allergy), the online check-in link's
token, the IP the booking came from, the amount, status, channel), `Placanja` the
payments (amount, currency, method, the card's last four digits, the name on the card,
Stripe's payment intent id, a refund IBAN for cancelled stays), `Racuni` the fiscalised
invoices (the number in the Croatian store-device-sequence form, the guest's e-mail and
name, JIR (the tax authority's UUID) and ZKI (the issuer's 32-hex security code), amounts,
the PDF with the guest's name), `Poruke` the messages between guest and agency (free
text with phones, e-mails, IBANs, photos of a broken boiler), `Partneri` the cleaning,
laundry and maintenance companies (company OIB, address, switchboard, info@ mailbox,
company IBAN, a contact person and that person's mobile), `Postavke` the settings (the
agency's own OIB, address, phone, mailboxes, IBAN).

Everything here is the original side: the rows (`make_apartments`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the partners' and the agency's own mailboxes
and accounts excluded).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import string
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support import apps
from support.apps import dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Apartments", "create", "dump", "load_labels", "make_apartments"]

SEED = 20261207
LABELS = Path(__file__).resolve().parents[1] / "twentyeighth" / "labels.yml"
OWNER_COUNT = 60
GUEST_COUNT = 220
BOOKING_COUNT = 280
MESSAGE_COUNT = 180
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "jadranapartmani.hr"

TYPES = {  # what Pomelo, Npgsql and the SQLite provider create for the same model
    "mariadb": {"ts": "datetime(6)", "dto": "datetime(6)", "blob": "longblob", "text": "longtext",
                "bool": "tinyint(1)", "json": "json", "guid": "varchar(255)", "date": "date"},
    "postgresql": {"ts": "timestamp with time zone", "dto": "timestamp with time zone", "blob": "bytea",
                   "text": "text", "bool": "boolean", "json": "jsonb", "guid": "text", "date": "date"},
    "sqlite": {"ts": "TEXT", "dto": "TEXT", "blob": "BLOB", "text": "TEXT", "bool": "INTEGER", "json": "TEXT",
               "guid": "TEXT", "date": "TEXT"},
}

# Every table's column definitions, parents before children, as the EF Core migrations create them.
SCHEMA: dict[str, tuple[str, ...]] = {
    "__EFMigrationsHistory": ("MigrationId varchar(150) PRIMARY KEY", "ProductVersion varchar(32) NOT NULL"),
    "AspNetUsers": (
        "Id {guid} PRIMARY KEY", "ImePrezime varchar(120)", "ZadnjaPrijavaIp varchar(45)",
        "ZadnjaPrijava {ts}", "UserName varchar(256)", "NormalizedUserName varchar(256) UNIQUE",
        "Email varchar(256)", "NormalizedEmail varchar(256)", "EmailConfirmed {bool} NOT NULL",
        "PasswordHash {text}", "SecurityStamp {text}", "ConcurrencyStamp {text}", "PhoneNumber {text}",
        "PhoneNumberConfirmed {bool} NOT NULL", "TwoFactorEnabled {bool} NOT NULL", "LockoutEnd {dto}",
        "LockoutEnabled {bool} NOT NULL", "AccessFailedCount integer NOT NULL"),
    "AspNetUserLogins": (
        "LoginProvider varchar(128) NOT NULL", "ProviderKey varchar(128) NOT NULL", "ProviderDisplayName {text}",
        "UserId {guid} NOT NULL", "PRIMARY KEY (LoginProvider, ProviderKey)"),
    "Vlasnici": (
        "Id integer PRIMARY KEY", "KorisnikId {guid}", "Ime varchar(60) NOT NULL", "Prezime varchar(80) NOT NULL",
        "OIB varchar(11) NOT NULL UNIQUE", "DatumRodjenja {date}", "Mobitel varchar(30)", "Email varchar(150)",
        "Adresa varchar(150)", "PostanskiBroj varchar(5)", "Mjesto varchar(60)", "IBAN varchar(21)",
        "BrojRjesenja varchar(40)", "PdvObveznik {bool} NOT NULL", "Napomena {text}", "Kreirano {ts} NOT NULL"),
    "Objekti": (
        "Id integer PRIMARY KEY", "VlasnikId integer NOT NULL", "Naziv varchar(100) NOT NULL",
        "Adresa varchar(150) NOT NULL", "Mjesto varchar(60) NOT NULL", "Kategorija integer NOT NULL",
        "BrojLezaja integer NOT NULL", "CijenaNocenja numeric(10,2) NOT NULL", "Aktivan {bool} NOT NULL"),
    "Gosti": (
        "Id integer PRIMARY KEY", "KorisnikId {guid}", "Ime varchar(60) NOT NULL", "Prezime varchar(80) NOT NULL",
        "Email varchar(150) NOT NULL UNIQUE", "Telefon varchar(30)", "DatumRodjenja {date}", "Spol varchar(1)",
        "Drzavljanstvo varchar(3)", "VrstaIsprave varchar(20)", "BrojIsprave varchar(20)", "SkenIsprave {blob}",
        "Ulica varchar(150)", "PostanskiBroj varchar(10)", "Grad varchar(60)", "Drzava varchar(2)",
        "Jezik varchar(5) NOT NULL", "Kreirano {ts} NOT NULL"),
    "Rezervacije": (
        "Id integer PRIMARY KEY", "Sifra varchar(16) NOT NULL UNIQUE", "GostId integer NOT NULL",
        "ObjektId integer NOT NULL", "Dolazak {date} NOT NULL", "Odlazak {date} NOT NULL",
        "BrojOdraslih integer NOT NULL", "BrojDjece integer NOT NULL", "Pratitelji {json}",
        "NapomenaGosta {text}", "PristupniToken varchar(64)", "IpAdresa varchar(45)",
        "Iznos numeric(10,2) NOT NULL", "Status varchar(20) NOT NULL", "Kanal varchar(20) NOT NULL",
        "Kreirano {ts} NOT NULL"),
    "Placanja": (
        "Id integer PRIMARY KEY", "RezervacijaId integer NOT NULL", "Iznos numeric(10,2) NOT NULL",
        "Valuta varchar(3) NOT NULL", "Nacin varchar(20) NOT NULL", "KarticaZadnje4 varchar(4)",
        "ImeNaKartici varchar(120)", "StripePaymentIntentId varchar(40)", "PovratIban varchar(40)",
        "Status varchar(20) NOT NULL", "Placeno {ts}"),
    "Racuni": (
        "Id integer PRIMARY KEY", "BrojRacuna varchar(20) NOT NULL UNIQUE", "RezervacijaId integer NOT NULL",
        "KupacEmail varchar(150)", "KupacNaziv varchar(150)", "Jir varchar(36)", "Zki varchar(32)",
        "IznosBezPdv numeric(10,2) NOT NULL", "Pdv numeric(10,2) NOT NULL", "Pdf {blob}", "Izdano {ts} NOT NULL"),
    "Poruke": (
        "Id integer PRIMARY KEY", "RezervacijaId integer NOT NULL", "Smjer varchar(10) NOT NULL", "Tekst {text}",
        "Privitak {blob}", "Procitano {bool} NOT NULL", "Poslano {ts} NOT NULL"),
    "Partneri": (
        "Id integer PRIMARY KEY", "Naziv varchar(120) NOT NULL", "OIB varchar(11) NOT NULL",
        "Adresa varchar(150) NOT NULL", "PostanskiBroj varchar(5) NOT NULL", "Mjesto varchar(60) NOT NULL",
        "Telefon varchar(30) NOT NULL", "Email varchar(150) NOT NULL", "IBAN varchar(34)",
        "KontaktOsoba varchar(120)", "KontaktMobitel varchar(30)", "Vrsta varchar(30) NOT NULL",
        "Aktivan {bool} NOT NULL"),
    "Postavke": (
        "Id integer PRIMARY KEY", "Kljuc varchar(100) NOT NULL UNIQUE", "Vrijednost {text}",
        "Izmijenjeno {ts} NOT NULL"),
}
COLUMNS = {table: tuple(c for c in names if c != "PRIMARY") for table, names in apps.columns_of(SCHEMA).items()}

FOREIGN_KEYS = (
    _fk("AspNetUserLogins", ["UserId"], "AspNetUsers", ["Id"]),
    _fk("Vlasnici", ["KorisnikId"], "AspNetUsers", ["Id"]),
    _fk("Objekti", ["VlasnikId"], "Vlasnici", ["Id"]),
    _fk("Gosti", ["KorisnikId"], "AspNetUsers", ["Id"]),
    _fk("Rezervacije", ["GostId"], "Gosti", ["Id"]),
    _fk("Rezervacije", ["ObjektId"], "Objekti", ["Id"]),
    _fk("Placanja", ["RezervacijaId"], "Rezervacije", ["Id"]),
    _fk("Racuni", ["RezervacijaId"], "Rezervacije", ["Id"]),
    _fk("Racuni", ["KupacEmail"], "Gosti", ["Email"]),
    _fk("Poruke", ["RezervacijaId"], "Rezervacije", ["Id"]),
)

TOWNS = (  # town, postcode, streets
    ("Split", "21000", ("Ulica Ruđera Boškovića", "Put Firula", "Poljička cesta", "Ulica kralja Zvonimira")),
    ("Makarska", "21300", ("Kačićev trg", "Ulica Stjepana Radića", "Put Cvitačke")),
    ("Trogir", "21220", ("Ulica Put Mulina", "Obala bana Berislavića")),
    ("Hvar", "21450", ("Ulica Petra Hektorovića", "Put Križa")),
    ("Omiš", "21310", ("Ulica Knezova Kačića", "Put Ribnjaka")),
    ("Supetar", "21400", ("Porat", "Ulica Vlačica")),
    ("Kaštel Stari", "21216", ("Obala kralja Tomislava", "Ulica Braće Radić")),
    ("Zagreb", "10000", ("Ilica", "Vukovarska ulica", "Savska cesta")),
)
HR_MALE = ("Ivan", "Marko", "Josip", "Ante", "Tomislav", "Stipe", "Mate", "Luka", "Nikola", "Duje", "Frane")
HR_FEMALE = ("Ana", "Marija", "Ivana", "Vesna", "Snježana", "Mirjana", "Katarina", "Petra", "Dijana", "Nives")
HR_FAMILIES = ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Perić", "Grgić", "Matić", "Bašić",
               "Vuković", "Bilić", "Šimunović", "Tomić", "Radić", "Barbir", "Mikulić", "Bralić", "Čulić")
COUNTRIES = (  # code, ISO3, language, first names, family names, cities with postcodes, dial, mobile prefixes, weight
    ("DE", "DEU", "de", ("Lukas", "Jonas", "Felix", "Anna", "Lena", "Sabine", "Thomas", "Katrin", "Jürgen"),
     ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"),
     (("München", "80331"), ("Stuttgart", "70173"), ("Köln", "50667"), ("Berlin", "10115")),
     "49", ("151", "160", "171", "176"), 30),
    ("AT", "AUT", "de", ("Florian", "Stefan", "Maria", "Julia", "Andreas", "Elisabeth"),
     ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner"),
     (("Wien", "1070"), ("Graz", "8010"), ("Linz", "4020")), "43", ("664", "676", "699"), 20),
    ("SI", "SVN", "sl", ("Luka", "Žiga", "Nina", "Maja", "Matej", "Tjaša"),
     ("Novak", "Horvat", "Kranjc", "Zupančič", "Potočnik", "Kovačič"),
     (("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000")), "386", ("31", "41", "40", "51"), 15),
    ("PL", "POL", "pl", ("Piotr", "Krzysztof", "Anna", "Katarzyna", "Tomasz", "Agnieszka"),
     ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński"),
     (("Kraków", "30-001"), ("Warszawa", "00-001"), ("Wrocław", "50-001")), "48", ("501", "601", "691"), 15),
    ("CZ", "CZE", "cs", ("Jan", "Petr", "Jana", "Tereza", "Martin", "Lucie"),
     ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka"),
     (("Praha", "110 00"), ("Brno", "602 00")), "420", ("602", "731", "777"), 10),
    ("HR", "HRV", "hr", HR_MALE + HR_FEMALE, HR_FAMILIES, (("Zagreb", "10000"), ("Osijek", "31000")),
     "385", ("91", "92", "95", "98", "99"), 10),
)
MAIL_DOMAINS = {
    "DE": ("gmx.de", "web.de", "t-online.de", "gmail.com"), "AT": ("gmx.at", "aon.at", "gmail.com"),
    "SI": ("gmail.com", "siol.net"), "PL": ("wp.pl", "o2.pl", "gmail.com", "onet.pl"),
    "CZ": ("seznam.cz", "email.cz", "gmail.com"), "HR": ("gmail.com", "net.hr", "t-com.hr"),
}
IBAN_FORMS = {"DE": (8, 10), "AT": (5, 11), "SI": (5, 10), "PL": (8, 16), "CZ": (4, 16), "HR": (7, 10)}
HR_BANKS = ("2360000", "2484008", "2340009", "2402006", "2330003", "2390001")
IP_FIRSTS = {"DE": (84, 87, 91, 93), "AT": (77, 80, 178), "SI": (89, 93), "PL": (83, 89, 176), "CZ": (90, 185),
             "HR": (31, 46, 78, 93)}
APARTMENT_NAMES = ("Apartman Lavanda", "Villa Maslina", "Studio Bura", "Apartmani Zlatni rat", "Kuća Galeb",
                   "Apartman Plavi horizont", "Studio Riva", "Villa Borovina", "Apartman Smokva", "Kuća Kamena")
NOTES = (
    "Dolazimo oko 23h, molim ostavite ključ u sandučiću. Moj broj je {phone}.",
    "We will arrive late, around midnight. Please call {phone} if needed.",
    "Mein Sohn sitzt im Rollstuhl, gibt es Stufen zum Eingang?",
    "Wir brauchen ein Babybett. Rechnung bitte an {email}.",
    "Moja supruga ima celijakiju, ima li u blizini trgovina s bezglutenskom hranom?",
    "Parking for 2 cars please.",
    "Kolega {third} ({third_phone}) će preuzeti ključeve umjesto mene.",
    None,
)
CHATS = (
    "Poštovani, stigli smo, sve je u redu. Hvala!",
    "Hallo, das Warmwasser funktioniert nicht, Foto anbei. Bitte rufen Sie mich an: {phone}",
    "Molim povrat uplate na račun {iban}, vlasnik računa {guest}.",
    "Dear {guest}, the cleaning lady will come at 10. Regards, Jadran Apartmani",
    "Moja nova adresa e-pošte je {email}, molim pošaljite račun tamo.",
    "Could you recommend a boat trip to Bol?",
    "Mein Mann {third} kommt einen Tag später, Handy {third_phone}.",
    "Ključ smo ostavili na stolu. Lijep pozdrav!",
)
PARTNERS = (  # name, OIB, address, postcode, town, switchboard, mailbox, kind
    ("Čisto More d.o.o.", "Put Brodarice 6", "21000", "Split", "021 459 120", "info@cistomore.hr", "ciscenje"),
    ("Praonica Mistral j.d.o.o.", "Domovinskog rata 21", "21000", "Split", "021 380 744", "praonica@mistral-split.hr",
     "praonica"),
    ("Adria Servis Klima d.o.o.", "Zagorski put 14", "21300", "Makarska", "021 611 300", "servis@adriaklima.hr",
     "odrzavanje"),
    ("Bazeni Dalmacija d.o.o.", "Kopilica 58", "21000", "Split", "021 454 900", "info@bazeni-dalmacija.hr",
     "odrzavanje"),
    ("Transferi Jadro obrt", "Solinska 84", "21210", "Solin", "021 210 555", "booking@transferi-jadro.hr",
     "prijevoz"),
)
MIGRATIONS = ("20220314091512_Initial", "20220402110311_Objekti", "20220715084420_Placanja",
              "20230120133005_Racuni_Fiskalizacija", "20230601071945_Pratitelji", "20240211102233_Identity8",
              "20250305140801_Partneri")


@dataclass
class Apartments:
    """The agency's database: every table's rows in SCHEMA's column order, and the personal
    e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not partners' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (6, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return (f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            f".{rng.randint(0, 999999):06d}")


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ", timespec="microseconds")


def _fill(template: str, **makers: Any) -> str:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def oib_digit(digits10: str) -> str:
    """ISO 7064 MOD 11,10: the OIB's eleventh digit."""
    a = 10
    for ch in digits10:
        a = (a + int(ch)) % 10 or 10
        a = a * 2 % 11
    check = 11 - a
    return "0" if check == 10 else str(check)


class _Maker(apps.Unique):
    """Croatian and guests' values: OIBs, phones, e-mails, IBANs, documents, tokens, hashes."""

    def __init__(self, rng: random.Random, m: Apartments) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def oib(self) -> str:
        return self.unique(lambda: (body := str(self.rng.randint(1, 9)) + self.digits(9)) + oib_digit(body))

    def phone(self, country: tuple) -> str:
        rng = self.rng
        dial, prefix = country[6], rng.choice(country[7])
        rest = self.unique(lambda: self.digits(7 if dial in ("49", "43") else 6 if dial in ("386", "48", "420")
                                               else rng.choice((6, 7))))
        if dial == "385":
            return rng.choice((f"0{prefix} {rest[:3]} {rest[3:]}", f"+385 {prefix} {rest[:3]} {rest[3:]}",
                               f"0{prefix}/{rest[:3]}-{rest[3:]}", f"0{prefix}{rest}", f"+385{prefix}{rest}"))
        if dial in ("48", "420"):
            return rng.choice((f"+{dial} {prefix} {rest[:3]} {rest[3:]}", f"+{dial}{prefix}{rest}",
                               f"00{dial} {prefix}{rest}"))
        return rng.choice((f"+{dial} {prefix} {rest}", f"+{dial}{prefix}{rest}", f"00{dial} {prefix} {rest}",
                           f"+{dial} ({prefix}) {rest[:3]} {rest[3:]}"))

    def email(self, given: str, family: str, country: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given), apps.ascii_fold(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}.{s}{rng.randint(60, 99)}", f"{s}.{f}",
                            f"{f}_{s}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS[country])}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, country: str, personal: bool = True) -> str:
        bank, account = IBAN_FORMS[country]
        head = self.rng.choice(HR_BANKS) if country == "HR" else self.digits(bank)
        bban = self.unique(lambda: head + self.digits(account))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def document(self, country: str) -> tuple[str, str]:
        rng = self.rng
        kind = rng.choice(("putovnica", "osobna"))
        if country == "DE":
            number = self.unique(lambda: rng.choice("CFGHJK") + "".join(rng.choices("CFGHJKLMNPRTVWXYZ0123456789", k=8)))
        elif country == "PL":
            number = self.unique(lambda: "".join(rng.choices(string.ascii_uppercase, k=3)) + self.digits(6))
        elif country == "HR":
            number = self.unique(lambda: self.digits(9))
        else:
            number = self.unique(lambda: rng.choice(string.ascii_uppercase) + self.digits(7))
        return kind, number

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def identity_hash(self) -> str:
        """ASP.NET Core Identity v3: 0x01, HMACSHA512, 100000 iterations, 16-byte salt, 32-byte subkey."""
        header = bytes([1, 0, 0, 0, 2, 0, 1, 0x86, 0xA0, 0, 0, 0, 16])
        return base64.b64encode(header + self.rng.randbytes(48)).decode()

    def guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Apartments(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.owners: list[dict] = []
        self.apartments: list[dict] = []
        self.guests: list[dict] = []
        self.bookings: list[dict] = []

    def country(self) -> tuple:
        return self.rng.choices(COUNTRIES, [c[8] for c in COUNTRIES])[0]

    def name(self, country: tuple) -> str:
        return f"{self.rng.choice(country[3])} {self.rng.choice(country[4])}"

    def user(self, full_name: str, email: str, phone: str | None, country: str) -> str:
        rng, make = self.rng, self.make
        uid = make.guid()
        failed = rng.choice((0, 0, 0, 0, 1, 2, 5))
        seen = _moment(rng, 2024, 2025) if rng.random() < 0.9 else None
        self.m.rows["AspNetUsers"].append((
            uid, full_name if rng.random() < 0.9 else None,
            apps.ipv4(rng, IP_FIRSTS[country]) if seen else None, seen, email, email.upper(), email, email.upper(),
            rng.random() < 0.85, make.identity_hash() if rng.random() < 0.9 else None,
            make.token(32, string.ascii_uppercase + "234567"), make.guid(), phone,
            bool(phone) and rng.random() < 0.5, rng.random() < 0.1,
            _plus(seen, 15) if seen and failed == 5 else None, True, failed))
        if rng.random() < 0.3:
            google = rng.random() < 0.7
            self.m.rows["AspNetUserLogins"].append((
                "Google" if google else "Facebook",
                make.unique(lambda: "1" + make.digits(20)) if google else make.unique(lambda: make.digits(16)),
                "Google" if google else "Facebook", uid))
        return uid


def _catalogue(w: _World) -> None:
    for migration in MIGRATIONS:
        w.m.rows["__EFMigrationsHistory"].append((migration, "8.0.11" if migration > "2024" else "6.0.25"))


def _owners(w: _World) -> None:
    rng, make = w.rng, w.make
    croatia = COUNTRIES[-1]
    for n in range(1, OWNER_COUNT + 1):
        female = rng.random() < 0.55
        given, family = rng.choice(HR_FEMALE if female else HR_MALE), rng.choice(HR_FAMILIES)
        town, postcode, streets = rng.choice(TOWNS)
        email = make.email(given, family, "HR")
        mobile = make.phone(croatia)
        user = w.user(f"{given} {family}", email, mobile, "HR") if rng.random() < 0.8 else None
        note = None
        if rng.random() < 0.35:
            note = rng.choice((
                f"Ne zvati prije 9h. Ako nije dostupan, zvati sina {rng.choice(HR_MALE)} na {make.phone(croatia)}.",
                "Isplata samo nakon odlaska gosta, dogovoreno telefonski.",
                f"Supruga {rng.choice(HR_FEMALE)} je suvlasnica, račun ide na {grouped(make.iban('HR'))}.",
                "Vlasnik je u mirovini, preferira komunikaciju poštom.",
            ))
        w.owners.append({"id": n, "given": given, "family": family, "town": town})
        w.m.rows["Vlasnici"].append((
            n, user, given, family, make.oib(), apps.day(rng, 1945, 1990), mobile if rng.random() < 0.95 else None,
            email if rng.random() < 0.9 else None,
            f"{rng.choice(streets)} {rng.randint(1, 120)}" + rng.choice(("", "", "a", "b")),
            postcode, town, make.iban("HR") if rng.random() < 0.92 else None,
            f"UP/I-335-02/{rng.randint(18, 25)}-01/{rng.randint(1, 999)}" if rng.random() < 0.8 else None,
            rng.random() < 0.15, note, _moment(rng, 2022, 2025)))
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            a = len(w.apartments) + 1
            beds = rng.randint(2, 8)
            w.apartments.append({"id": a, "owner": n, "beds": beds})
            w.m.rows["Objekti"].append((
                a, n, f"{rng.choice(APARTMENT_NAMES)} {rng.choice(('', 'A1', 'A2', '2', 'Deluxe'))}".strip(),
                f"{rng.choice(streets)} {rng.randint(1, 120)}", town, rng.randint(2, 5), beds,
                f"{rng.choice((55, 70, 85, 95, 120, 150, 220)) + beds * 5:.2f}", rng.random() < 0.9))


def _guests(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, GUEST_COUNT + 1):
        country = w.country()
        code = country[0]
        given, family = rng.choice(country[3]), rng.choice(country[4])
        city, postcode = rng.choice(country[5])
        email = make.email(given, family, code)
        phone = make.phone(country) if rng.random() < 0.9 else None
        user = w.user(f"{given} {family}", email, phone, code) if rng.random() < 0.5 else None
        kind, number = make.document(code)
        born = apps.day(rng, 1950, 2006)
        w.guests.append({"id": n, "given": given, "family": family, "email": email, "country": country,
                         "phone": phone})
        w.m.rows["Gosti"].append((
            n, user, given, family, email, phone, born if rng.random() < 0.9 else None,
            rng.choice("MŽ") if rng.random() < 0.92 else None, country[1], kind if rng.random() < 0.9 else None,
            number if rng.random() < 0.9 else None, apps.jpeg_bytes(rng) if rng.random() < 0.3 else None,
            f"{rng.choice(('Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'ul. Długa', 'Slovenska cesta', 'Na Příkopě', 'Gartengasse'))} {rng.randint(1, 90)}"
            if rng.random() < 0.8 else None, postcode if rng.random() < 0.85 else None, city, code, country[2],
            _moment(rng, 2022, 2025)))


def _bookings(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, BOOKING_COUNT + 1):
        g, a = rng.choice(w.guests), rng.choice(w.apartments)
        country = g["country"]
        arrive = dt.date(rng.randint(2023, 2025), rng.randint(5, 10), rng.randint(1, 28))
        nights = rng.randint(3, 14)
        adults, children = rng.randint(1, min(4, a["beds"])), rng.choice((0, 0, 1, 2))
        fellows = None
        if adults + children > 1 and rng.random() < 0.8:
            fellows = json.dumps([{"ime": rng.choice(country[3]), "prezime": g["family"],
                                   "datumRodjenja": apps.day(rng, 1950, 2024),
                                   "brojIsprave": make.document(country[0])[1]}
                                  for _ in range(adults + children - 1)], ensure_ascii=False)
        template = rng.choice(NOTES)
        note = _fill(template, phone=lambda: g["phone"] or make.phone(country),
                     email=lambda: make.email(rng.choice(country[3]), g["family"], country[0]),
                     third=lambda: w.name(country), third_phone=lambda: make.phone(country)) if template else None
        channel = rng.choice(("direktno", "direktno", "booking.com", "airbnb"))
        status = rng.choice(("potvrdena", "potvrdena", "zavrsena", "zavrsena", "otkazana"))
        created = _moment(rng, arrive.year - 1 if arrive.month < 7 else arrive.year, arrive.year)
        if created[:10] >= arrive.isoformat():
            created = f"{(arrive - dt.timedelta(days=rng.randint(5, 90))).isoformat()} 10:15:00.000000"
        base = f"{arrive.year % 100:02d}{n:06d}"
        code = f"JA-{base}-{sum(int(c) * (i + 2) for i, c in enumerate(base)) % 11 % 10}"
        price = f"{nights * rng.choice((60, 75, 90, 110, 140, 180)):.2f}"
        w.bookings.append({"id": n, "guest": g, "price": price, "status": status, "created": created,
                           "arrive": arrive, "code": code})
        w.m.rows["Rezervacije"].append((
            n, code, g["id"], a["id"], arrive.isoformat(), (arrive + dt.timedelta(days=nights)).isoformat(), adults,
            children, fellows, note, make.token(43, string.ascii_letters + string.digits + "-_")
            if channel == "direktno" else None,
            apps.ipv4(rng, IP_FIRSTS[country[0]]) if channel == "direktno" else None, price, status, channel,
            created))


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, b in enumerate(w.bookings, 1):
        g = b["guest"]
        method = rng.choice(("kartica", "kartica", "kartica", "uplatnica", "gotovina"))
        refund = None
        if b["status"] == "otkazana" and method != "gotovina" and rng.random() < 0.7:
            refund = rng.choice((grouped, str))(make.iban(g["country"][0]))
        holder = None
        if method == "kartica":
            holder = (f"{g['given']} {g['family']}" if rng.random() < 0.8 else w.name(g["country"])).upper()
        w.m.rows["Placanja"].append((
            n, b["id"], b["price"], "EUR", method, make.digits(4) if method == "kartica" else None, holder,
            f"pi_{make.token(24)}" if method == "kartica" else None, refund,
            "povrat" if refund else rng.choice(("placeno", "placeno", "placeno", "djelomicno")),
            _plus(b["created"], rng.randint(1, 4000)) if rng.random() < 0.95 else None))


def _invoices(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for b in w.bookings:
        if b["status"] == "otkazana" or rng.random() < 0.2:
            continue
        n += 1
        g = b["guest"]
        total = float(b["price"])
        net = round(total / 1.13, 2)
        issued = f"{b['arrive'].isoformat()} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:00.000000"
        company = rng.random() < 0.08
        name = (f"{g['family']} GmbH" if company else f"{g['given']} {g['family']}")
        pdf = None
        if rng.random() < 0.6:
            pdf = apps.pdf_bytes(["Jadran Apartmani d.o.o., OIB 48213307918", f"Racun br. {n}-1-1",
                                  f"Kupac: {name}", f"Rezervacija {b['code']}", f"Ukupno: {total:.2f} EUR"])
        w.m.rows["Racuni"].append((
            n, f"{n}-1-1", b["id"], g["email"] if rng.random() < 0.9 else None, name, make.guid(),
            make.token(32, "0123456789abcdef"), f"{net:.2f}", f"{total - net:.2f}", pdf, issued))


def _messages(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, MESSAGE_COUNT + 1):
        b = rng.choice(w.bookings)
        g = b["guest"]
        country = g["country"]
        direction = rng.choice(("gost", "gost", "agencija"))
        text = _fill(rng.choice(CHATS), phone=lambda: g["phone"] or make.phone(country),
                     iban=lambda: grouped(make.iban(country[0])), guest=lambda: f"{g['given']} {g['family']}",
                     email=lambda: make.email(g["given"], g["family"], country[0]),
                     third=lambda: w.name(country), third_phone=lambda: make.phone(country))
        w.m.rows["Poruke"].append((
            n, b["id"], direction, text if rng.random() < 0.96 else None,
            apps.jpeg_bytes(rng) if direction == "gost" and rng.random() < 0.15 else None, rng.random() < 0.85,
            _plus(b["created"], rng.randint(10, 60000))))


def _partners(w: _World) -> None:
    rng, make = w.rng, w.make
    croatia = COUNTRIES[-1]
    for n, (firm, address, postcode, town, phone, mailbox, kind) in enumerate(PARTNERS, 1):
        w.m.rows["Partneri"].append((
            n, firm, make.oib(), address, postcode, town, phone, mailbox,
            grouped(make.iban("HR", personal=False)) if rng.random() < 0.9 else None,
            f"{rng.choice(HR_FEMALE + HR_MALE)} {rng.choice(HR_FAMILIES)}", make.phone(croatia), kind, True))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (key, value) in enumerate((
        ("Tvrtka:Naziv", "Jadran Apartmani d.o.o."),
        ("Tvrtka:OIB", "48213307918"),
        ("Tvrtka:Adresa", "Obala Lazareta 3, 21000 Split"),
        ("Tvrtka:Telefon", "+385 21 345 678"),
        ("Tvrtka:EmailInfo", f"info@{OWN_DOMAIN}"),
        ("Tvrtka:EmailRezervacije", f"rezervacije@{OWN_DOMAIN}"),
        ("Tvrtka:IBAN", make.iban("HR", personal=False)),
        ("Fiskalizacija:OznakaPoslovnogProstora", "1"),
        ("Fiskalizacija:OznakaNaplatnogUredaja", "1"),
        ("Rezervacije:MinimalnoNocenja", "3"),
        ("Pdv:Stopa", "13"),
        ("BoravisnaPristojba:PoOsobi", "1.60"),
    ), 1):
        w.m.rows["Postavke"].append((n, key, value, _moment(rng, 2022, 2025)))


def make_apartments(seed: int = SEED) -> Apartments:
    """The whole agency's database, the same for the same seed."""
    w = _World(seed)
    _catalogue(w)
    _owners(w)
    _guests(w)
    _bookings(w)
    _payments(w)
    _invoices(w)
    _messages(w)
    _partners(w)
    _settings(w)
    # the agency's staff: their named mailboxes at the agency's own domain are people's
    croatia = COUNTRIES[-1]
    for _ in range(4):
        given, family = w.rng.choice(HR_FEMALE + HR_MALE), w.rng.choice(HR_FAMILIES)
        email = f"{apps.ascii_fold(given)}.{apps.ascii_fold(family)}@{OWN_DOMAIN}"
        w.m.emails.add(email.casefold())
        w.user(f"{given} {family}", email, w.make.phone(croatia), "HR")
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    statements = apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)
    q = server.quote
    # the composite key's line came through as a column named PRIMARY: write it as EF Core does
    return [s.replace(f"{q('PRIMARY')} KEY (LoginProvider, ProviderKey)",
                      f"PRIMARY KEY ({q('LoginProvider')}, {q('ProviderKey')})") for s in statements]


def create(server: Any, db: str, m: Apartments) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentyeighth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
