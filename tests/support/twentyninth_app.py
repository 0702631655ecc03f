"""The twenty-ninth held-out application: a Norwegian coastal fishing-licence registry, a Java/Spring app on a schema inherited from Oracle, in upper-case Norwegian.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentyninth/labels.yml) before any detector ran on it.

"Norsk Fiskerilisensforvaltning" (fictional, nflf.no) in Bergen keeps the register of
coastal fishers, their vessels and their licences, takes the fees, and answers the
fishers' inquiries. The schema started on Oracle in 2009 (Oracle Forms screens), and a
Trondheim consultancy moved it to a Spring Boot service with Flyway in 2019: Flyway's
own `flyway_schema_history` keeps its lower-case name, every business table and column
kept the Oracle habit of upper-case Norwegian with underscores and without æ, ø, å
(`FISKER`, `FARTOY`, `LISENS`, `SOKNAD`, `GEBYR`, `FANGSTDAGBOK`, `KJOPER`,
`HENVENDELSE`, `SAKSBEHANDLER`, `INNLOGGING_SESJON`, `INNSTILLING`; `FODSELSNR`,
`FORNAVN`, `ETTERNAVN`, `POSTNR`, `POSTSTED`, `MOBILNR`, `EPOST`, `KONTONR`). An
application names its applicant by fødselsnummer: `SOKNAD.SOKER_FNR` is a FOREIGN KEY to
`FISKER.FODSELSNR` (UNIQUE).

The tables: `SAKSBEHANDLER` the registry's case officers (user name from their initials,
names, named mailbox at nflf.no, direct line, bcrypt hash), `FISKER` the fishers
(fødselsnummer: 11 digits with two mod-11 check digits, names, birth date, sex, home
address, postcode, town, municipality, mobile in the layouts Norwegians type, e-mail,
Norwegian account number (11 digits, mod-11, written 1234.56.78903), an IBAN for the
foreign crew living at home in Sweden, Poland or Lithuania, citizenship, whether they
claim Sámi fishing rights in Finnmark (ethnic origin), a JPEG portrait for the licence
card, the officers' remark quoting phones and relatives), `FARTOY` the vessels
(registration mark, name, radio call sign, length, year built, owner: a person or a
company's org number), `LISENS` the licences (number with a mod-11 check digit, species,
validity, quota), `SOKNAD` the applications (the applicant's fødselsnummer, a JSON of the
web form with the crew's names and birth dates, the reason (free text: illness,
relatives, phones), a PDF attachment, the IP it came from), `GEBYR` the fees (amount, KID
with its mod-10 digit, the payer's name and account), `FANGSTDAGBOK` the catch log
(date, species, kilos, position, the skipper's name), `KJOPER` the fish buyers
(companies: org number, address, switchboard, post@ mailbox, company account, a contact
person and that person's mobile), `INNLOGGING_SESJON` the ID-porten sign-ins (session id,
the ID token, a JWT whose payload holds the fødselsnummer, IP, user agent),
`HENVENDELSE` the inquiries (the sender's e-mail and phone, free text with phones,
e-mails, accounts and IBANs, photos), `INNSTILLING` the settings (the registry's own org
number, address, phone, mailboxes, account).

Everything here is the original side: the rows (`make_registry`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the buyers' and the registry's own mailboxes
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

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Registry", "create", "dump", "load_labels", "make_registry"]

SEED = 20261129
LABELS = Path(__file__).resolve().parents[1] / "twentyninth" / "labels.yml"
FISHER_COUNT = 200
OFFICER_COUNT = 14
VESSEL_COUNT = 90
APPLICATION_COUNT = 160
INQUIRY_COUNT = 150
SESSION_COUNT = 220
CATCH_COUNT = 260
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "nflf.no"

TYPES = {  # what Flyway's migrations create on each server (the Oracle originals were VARCHAR2, NUMBER, DATE, BLOB)
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "json": "json", "date": "date",
                "flag": "char(1)"},
    "postgresql": {"ts": "timestamp", "blob": "bytea", "text": "text", "json": "jsonb", "date": "date",
                   "flag": "char(1)"},
    "sqlite": {"ts": "TEXT", "blob": "BLOB", "text": "TEXT", "json": "TEXT", "date": "TEXT", "flag": "TEXT"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "flyway_schema_history": (
        "installed_rank integer PRIMARY KEY", "version varchar(50)", "description varchar(200) NOT NULL",
        "type varchar(20) NOT NULL", "script varchar(1000) NOT NULL", "checksum integer",
        "installed_by varchar(100) NOT NULL", "installed_on {ts} NOT NULL", "execution_time integer NOT NULL",
        "success integer NOT NULL"),
    "SAKSBEHANDLER": (
        "SB_ID integer PRIMARY KEY", "BRUKERNAVN varchar(10) NOT NULL UNIQUE", "FORNAVN varchar(60) NOT NULL",
        "ETTERNAVN varchar(60) NOT NULL", "EPOST varchar(120) NOT NULL", "TLF_DIREKTE varchar(20)",
        "PASSORD_HASH varchar(60)", "AVDELING varchar(30) NOT NULL", "AKTIV {flag} NOT NULL"),
    "FISKER": (
        "FISKER_ID integer PRIMARY KEY", "FODSELSNR varchar(11) NOT NULL UNIQUE", "FORNAVN varchar(60) NOT NULL",
        "ETTERNAVN varchar(60) NOT NULL", "FODSELSDATO {date}", "KJONN {flag}", "ADRESSE varchar(120)",
        "POSTNR varchar(10)", "POSTSTED varchar(40)", "KOMMUNE varchar(40)", "MOBILNR varchar(20)",
        "EPOST varchar(120)", "KONTONR varchar(14)", "IBAN varchar(34)", "STATSBORGERSKAP varchar(2)",
        "SAMISK_TILKNYTNING {flag}", "MANNTALL_BLAD {flag} NOT NULL", "PORTRETT {blob}", "MERKNAD {text}",
        "REG_DATO {ts} NOT NULL", "ENDRET_DATO {ts}"),
    "FARTOY": (
        "FARTOY_ID integer PRIMARY KEY", "REG_MERKE varchar(12) NOT NULL UNIQUE", "NAVN varchar(60) NOT NULL",
        "KALLESIGNAL varchar(8) NOT NULL", "LENGDE_M numeric(5,2) NOT NULL", "BYGGEAAR integer",
        "EIER_FISKER_ID integer", "EIER_ORGNR varchar(9)", "HJEMMEHAVN varchar(40) NOT NULL"),
    "LISENS": (
        "LISENS_ID integer PRIMARY KEY", "LISENSNR varchar(12) NOT NULL UNIQUE", "FISKER_ID integer NOT NULL",
        "FARTOY_ID integer NOT NULL", "FISKESLAG varchar(30) NOT NULL", "GYLDIG_FRA {date} NOT NULL",
        "GYLDIG_TIL {date} NOT NULL", "KVOTE_TONN numeric(8,2)", "STATUS varchar(12) NOT NULL"),
    "SOKNAD": (
        "SOKNAD_ID integer PRIMARY KEY", "SAKSNR varchar(12) NOT NULL UNIQUE", "SOKER_FNR varchar(11) NOT NULL",
        "SB_ID integer", "SOKNADSTYPE varchar(30) NOT NULL", "SKJEMA_DATA {json}", "BEGRUNNELSE {text}",
        "VEDLEGG {blob}", "INNSENDT_IP varchar(45)", "MOTTATT {ts} NOT NULL", "VEDTAK varchar(12) NOT NULL"),
    "GEBYR": (
        "GEBYR_ID integer PRIMARY KEY", "LISENS_ID integer NOT NULL", "BELOP numeric(10,2) NOT NULL",
        "KID varchar(25) NOT NULL UNIQUE", "FORFALL {date} NOT NULL", "BETALT_DATO {date}",
        "BETALER_NAVN varchar(120)", "FRA_KONTO varchar(40)", "STATUS varchar(12) NOT NULL"),
    "KJOPER": (
        "KJOPER_ID integer PRIMARY KEY", "FIRMANAVN varchar(120) NOT NULL", "ORGNR varchar(9) NOT NULL",
        "ADRESSE varchar(120) NOT NULL", "POSTNR varchar(4) NOT NULL", "POSTSTED varchar(40) NOT NULL",
        "TELEFON varchar(20) NOT NULL", "EPOST varchar(120) NOT NULL", "KONTONR varchar(14)",
        "KONTAKTPERSON varchar(120)", "KONTAKT_MOBIL varchar(20)", "AKTIV {flag} NOT NULL"),
    "FANGSTDAGBOK": (
        "FANGST_ID integer PRIMARY KEY", "FARTOY_ID integer NOT NULL", "LISENS_ID integer NOT NULL",
        "KJOPER_ID integer", "FANGSTDATO {date} NOT NULL", "FISKESLAG varchar(30) NOT NULL",
        "KVANTUM_KG numeric(10,1) NOT NULL", "BREDDEGRAD numeric(8,5)", "LENGDEGRAD numeric(8,5)",
        "SKIPPER_NAVN varchar(120)", "SLUTTSEDDEL_NR varchar(12)"),
    "INNLOGGING_SESJON": (
        "SESJON_ID varchar(64) PRIMARY KEY", "FISKER_ID integer NOT NULL", "ID_TOKEN {text}",
        "IP_ADRESSE varchar(45)", "NETTLESER varchar(255)", "INNLOGGET {ts} NOT NULL", "UTLOPER {ts} NOT NULL"),
    "HENVENDELSE": (
        "HENV_ID integer PRIMARY KEY", "FISKER_ID integer", "SB_ID integer", "KANAL varchar(10) NOT NULL",
        "AVSENDER_EPOST varchar(120)", "AVSENDER_TLF varchar(20)", "EMNE varchar(120) NOT NULL", "TEKST {text}",
        "VEDLEGG {blob}", "MOTTATT {ts} NOT NULL", "LUKKET {flag} NOT NULL"),
    "INNSTILLING": (
        "NOKKEL varchar(60) PRIMARY KEY", "VERDI varchar(255)", "BESKRIVELSE varchar(255)", "ENDRET {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("FARTOY", ["EIER_FISKER_ID"], "FISKER", ["FISKER_ID"]),
    _fk("LISENS", ["FISKER_ID"], "FISKER", ["FISKER_ID"]),
    _fk("LISENS", ["FARTOY_ID"], "FARTOY", ["FARTOY_ID"]),
    _fk("SOKNAD", ["SOKER_FNR"], "FISKER", ["FODSELSNR"]),
    _fk("SOKNAD", ["SB_ID"], "SAKSBEHANDLER", ["SB_ID"]),
    _fk("GEBYR", ["LISENS_ID"], "LISENS", ["LISENS_ID"]),
    _fk("FANGSTDAGBOK", ["FARTOY_ID"], "FARTOY", ["FARTOY_ID"]),
    _fk("FANGSTDAGBOK", ["LISENS_ID"], "LISENS", ["LISENS_ID"]),
    _fk("FANGSTDAGBOK", ["KJOPER_ID"], "KJOPER", ["KJOPER_ID"]),
    _fk("INNLOGGING_SESJON", ["FISKER_ID"], "FISKER", ["FISKER_ID"]),
    _fk("HENVENDELSE", ["FISKER_ID"], "FISKER", ["FISKER_ID"]),
    _fk("HENVENDELSE", ["SB_ID"], "SAKSBEHANDLER", ["SB_ID"]),
)

PLACES = (  # town, postcode, municipality, streets, Sámi area
    ("Tromsø", "9008", "Tromsø", ("Storgata", "Skippergata", "Kirkegata"), False),
    ("Bodø", "8006", "Bodø", ("Sjøgata", "Prinsens gate", "Havnegata"), False),
    ("Svolvær", "8300", "Vågan", ("Vestfjordgata", "Torget"), False),
    ("Ålesund", "6002", "Ålesund", ("Apotekergata", "Kongens gate"), False),
    ("Måløy", "6700", "Kinn", ("Gate 1", "Sjøgata"), False),
    ("Hammerfest", "9600", "Hammerfest", ("Strandgata", "Fjordaveien"), False),
    ("Honningsvåg", "9750", "Nordkapp", ("Storgata", "Holmen"), False),
    ("Båtsfjord", "9990", "Båtsfjord", ("Havnegata", "Ordførervegen"), True),
    ("Lakselv", "9700", "Porsanger", ("Kirkeveien", "Finnmarksveien"), True),
    ("Tana", "9845", "Tana", ("Sirmaveien", "Sieiddávuohppi"), True),
    ("Olderdalen", "9144", "Kåfjord", ("Olderdalsveien",), True),
    ("Austevoll", "5392", "Austevoll", ("Storebøvegen", "Bekkjarvik"), False),
)
MALE = ("Ole", "Lars", "Jan", "Kjell", "Per", "Arne", "Terje", "Geir", "Odd", "Rune", "Jonas", "Magnus", "Aslak",
        "Nils", "Svein", "Tor")
FEMALE = ("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Randi", "Hilde", "Berit", "Silje", "Ellen", "Máret")
FAMILIES = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Karlsen", "Berg",
            "Haugen", "Eriksen", "Sara", "Somby", "Bongo", "Hætta", "Pettersen", "Strand", "Jakobsen", "Kristiansen")
FOREIGN = (  # country, first names, family names, IBAN bank digits, account digits
    ("SE", ("Erik", "Anders", "Johan", "Maria"), ("Lindqvist", "Nyström", "Svensson"), 3, 17),
    ("PL", ("Tomasz", "Marek", "Paweł", "Krzysztof"), ("Nowak", "Kowalczyk", "Zieliński"), 8, 16),
    ("LT", ("Tomas", "Darius", "Mindaugas"), ("Kazlauskas", "Petrauskas", "Jankauskas"), 5, 11),
)
MAIL_DOMAINS = ("gmail.com", "online.no", "hotmail.com", "live.no", "yahoo.no", "icloud.com")
NO_BANKS = ("1503", "1506", "3000", "4212", "4730", "9710", "1254", "3201", "4750")
SPECIES = ("torsk", "sei", "hyse", "kongekrabbe", "makrell", "blåkveite", "snøkrabbe")
VESSELS = ("Havbris", "Nordstjerna", "Fiskebas", "Kvitholmen", "Sjøgutt", "Havørn", "Solbris", "Storegg",
           "Måsøy", "Vesterhav", "Polarlys", "Kystjenta")
DISTRICTS = ("T", "N", "F", "M", "SF", "H")  # county letters of the registration marks
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
)
BUYERS = (  # firm, address, postcode, town, switchboard, mailbox
    ("Lerøy Norway Seafoods avd. Båtsfjord", "Havnegata 12", "9990", "Båtsfjord", "78 98 31 00",
     "post.batsfjord@lnsf.no"),
    ("Nordkapp Sjømat AS", "Holmen 4", "9750", "Honningsvåg", "78 47 22 10", "post@nordkappsjomat.no"),
    ("Lofoten Fiskemottak AS", "Kaiveien 2", "8390", "Reine", "76 09 15 40", "mottak@lofotenfisk.no"),
    ("Vesterålen Råfisk SA", "Strandgata 30", "8400", "Sortland", "76 11 42 00", "post@vraafisk.no"),
    ("Ålesund Pelagisk AS", "Breivika Industrivei 9", "6018", "Ålesund", "70 10 88 00", "firmapost@aapelagisk.no"),
    ("Finnmark Kongekrabbe AS", "Sjøgata 7", "9800", "Vadsø", "78 94 30 30", "salg@fkrabbe.no"),
)
DEPARTMENTS = ("Lisens", "Manntall", "Gebyr", "Kontroll")
MIGRATIONS = (  # version, description, checksum
    ("1", "baseline from oracle", None), ("1.1", "fisker portrett", 1288493121), ("1.2", "soknad skjema json", -48812200),
    ("2.0", "innlogging idporten", 902211344), ("2.1", "henvendelse vedlegg", -1200455),
    ("2.2", "fangstdagbok posisjon", 77412009),
)
REASONS = (
    "Søker om nytt lisens for {species} fordi båten er byttet. Ring meg på {phone}.",
    "Har vært sykmeldt med ryggprolaps siden mars, ber om utsatt frist for fangstkravet.",
    "Min sønn {relative} ({relative_phone}) overtar båten, se vedlagt kjøpekontrakt.",
    "Søknad om adgang etter samisk fiskerett i Tanafjorden, jeg er oppført i samemanntallet.",
    "Kontaktperson mens jeg er på havet: kona {relative}, tlf {relative_phone}, e-post {email}.",
    "Fornyelse, ingen endringer.",
    None,
)
INQUIRIES = (
    "Hei, jeg har ikke fått faktura for gebyret. Betalte fra konto {account}. Mvh {name}",
    "Kan dere ringe meg på {phone}? Gjelder kvote for {species}.",
    "Ny e-postadresse: {email}. Gammel adresse kan slettes.",
    "Jeg bor nå i utlandet, vennligst refunder til {iban} ({name}).",
    "Vedlagt bilde av skadet registreringsmerke.",
    "Takk for rask behandling!",
    "Min far {relative} er død, hvordan overføres lisensen? Mvh {name}, {phone}",
)
SUBJECTS = ("Faktura", "Kvote", "Adresseendring", "Refusjon", "Registreringsmerke", "Takk", "Overføring")


@dataclass
class Registry:
    """The registry's database: every table's rows in SCHEMA's column order, and the personal
    e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not buyers' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _fill(template: str, **makers: Any) -> str:
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    """The mod-11 check digit for `digits` with `weights`, None when it would be 10."""
    check = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return 0 if check == 11 else None if check == 10 else check


class _Maker(apps.Unique):
    """Norwegian values: fødselsnummer, account numbers, phones, e-mails, IBANs, tokens."""

    def __init__(self, rng: random.Random, m: Registry) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def fnr(self, born: str, female: bool) -> str:
        rng = self.rng
        year, month, day = born.split("-")

        def draw() -> str:
            while True:
                individual = rng.randint(0, 499) if int(year) < 2000 else rng.randint(500, 999)
                if individual % 2 == int(female):
                    individual += 1 if individual < 999 else -1
                body = f"{day}{month}{year[2:]}{individual:03d}"
                k1 = mod11(body, (3, 7, 6, 1, 8, 9, 4, 5, 2))
                if k1 is None:
                    continue
                k2 = mod11(body + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
                if k2 is not None:
                    return f"{body}{k1}{k2}"

        return self.unique(draw)

    def account(self) -> str:
        """A Norwegian account number: 11 digits, mod-11 on the first ten."""
        def draw() -> str:
            while True:
                body = self.rng.choice(NO_BANKS) + self.digits(6)
                check = mod11(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
                if check is not None:
                    return body + str(check)
        return self.unique(draw)

    def dotted(self, account: str) -> str:
        return self.rng.choice((f"{account[:4]}.{account[4:6]}.{account[6:]}", account,
                                f"{account[:4]} {account[4:6]} {account[6:]}"))

    def iban(self, country: str, bank: int, account: int, personal: bool = True) -> str:
        bban = self.unique(lambda: self.digits(bank + account))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def no_iban(self, account: str) -> str:
        return "NO" + iban_check_digits("NO", account) + account

    def mobile(self) -> str:
        rng = self.rng
        n = self.unique(lambda: rng.choice("49") + self.digits(7))
        return rng.choice((f"+47 {n[:3]} {n[3:5]} {n[5:]}", n, f"{n[:3]} {n[3:5]} {n[5:]}", f"0047{n}", f"+47{n}",
                           f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"))

    def foreign_mobile(self, country: str) -> str:
        dial = {"SE": "46", "PL": "48", "LT": "370"}[country]
        lead = {"SE": "70", "PL": "60", "LT": "6"}[country]
        return f"+{dial} {lead}{self.unique(lambda: self.digits(7))}"

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given), apps.ascii_fold(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f}.{s}{rng.randint(50, 99)}", f"{s}{f}",
                            f"{f}-{s}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def bcrypt(self) -> str:
        return "$2a$10$" + "".join(self.rng.choices(string.ascii_letters + string.digits + "./", k=53))

    def id_token(self, fnr: str, issued: int) -> str:
        header = apps.b64(json.dumps({"kid": "idporten-2024", "alg": "RS256"}).encode(), url=True)
        payload = apps.b64(json.dumps({"iss": "https://idporten.no", "sub": self.token(43), "pid": fnr,
                                       "acr": "idporten-loa-high", "aud": "nflf-lisensportal",
                                       "iat": issued, "exp": issued + 3600}).encode(), url=True)
        return f"{header}.{payload}.{apps.b64(self.rng.randbytes(64), url=True)}"


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Registry(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.fishers: list[dict] = []
        self.vessels: list[dict] = []
        self.licences: list[dict] = []
        self.officers: list[int] = []

    def name(self) -> str:
        return f"{self.rng.choice(MALE + FEMALE)} {self.rng.choice(FAMILIES)}"


def _history(w: _World) -> None:
    for rank, (version, description, checksum) in enumerate(MIGRATIONS, 1):
        script = f"V{version}__{description.replace(' ', '_')}.sql" if checksum else "<< Flyway Baseline >>"
        w.m.rows["flyway_schema_history"].append((
            rank, version, description, "SQL" if checksum else "BASELINE", script, checksum, "fiskreg_owner",
            _moment(w.rng, 2019 + rank // 2, 2019 + rank // 2), w.rng.randint(20, 4000), 1))


def _officers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, OFFICER_COUNT + 1):
        given, family = rng.choice(MALE + FEMALE), rng.choice(FAMILIES)
        login = make.unique(lambda: (given[:2] + family[:2]).upper() + str(rng.randint(1, 9)))
        email = f"{apps.ascii_fold(given)}.{apps.ascii_fold(family)}{n}@{OWN_DOMAIN}"
        w.m.emails.add(email.casefold())
        n8 = make.unique(lambda: "55" + make.digits(6))
        w.officers.append(n)
        w.m.rows["SAKSBEHANDLER"].append((
            n, login, given, family, email, f"{n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}" if rng.random() < 0.8 else None,
            make.bcrypt(), rng.choice(DEPARTMENTS), "J" if rng.random() < 0.85 else "N"))


def _fishers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, FISHER_COUNT + 1):
        female = rng.random() < 0.12
        foreign = rng.choice(FOREIGN) if rng.random() < 0.12 else None
        if foreign:
            female = foreign[1][-1] == (given := rng.choice(foreign[1])) and foreign[0] == "SE"
            family = rng.choice(foreign[2])
        else:
            given, family = rng.choice(FEMALE if female else MALE), rng.choice(FAMILIES)
        born = apps.day(rng, 1950, 2005)
        fnr = make.fnr(born, female)
        town, postcode, municipality, streets, sami = rng.choice(PLACES)
        email = make.email(given, family) if rng.random() < 0.8 else None
        mobile = make.mobile() if not foreign or rng.random() < 0.5 else make.foreign_mobile(foreign[0])
        account = make.account()
        iban = make.iban(foreign[0], foreign[3], foreign[4]) if foreign and rng.random() < 0.8 else None
        note = None
        if rng.random() < 0.3:
            note = rng.choice((
                f"Vanskelig å nå, prøv kona {rng.choice(FEMALE)} på {make.mobile()}.",
                "Manntall blad B, pensjonist, fisker kun om sommeren.",
                f"Ønsker utbetaling til {make.dotted(make.account())} (brorens konto), se henvendelse.",
                "Skjerpet kontroll etter avvik i sluttsedler 2023.",
                f"Verge: {w.name()}, tlf {make.mobile()}.",
            ))
        w.fishers.append({"id": n, "fnr": fnr, "given": given, "family": family, "mobile": mobile, "email": email,
                          "foreign": foreign, "sami": sami})
        w.m.rows["FISKER"].append((
            n, fnr, given, family, born if rng.random() < 0.95 else None, "K" if female else "M",
            f"{rng.choice(streets)} {rng.randint(1, 80)}{rng.choice(('', '', 'A', 'B'))}" if rng.random() < 0.95
            else None, postcode, town, municipality, mobile if rng.random() < 0.95 else None, email,
            make.dotted(account) if rng.random() < 0.9 else None, iban, foreign[0] if foreign else "NO",
            ("J" if rng.random() < 0.6 else "N") if sami and not foreign else None, rng.choice("AB"),
            apps.jpeg_bytes(rng) if rng.random() < 0.35 else None, note, _moment(rng, 2009, 2025),
            _moment(rng, 2023, 2025) if rng.random() < 0.6 else None))


def _vessels(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, VESSEL_COUNT + 1):
        owner = rng.choice(w.fishers) if rng.random() < 0.7 else None
        mark = make.unique(lambda: f"{rng.choice(DISTRICTS)}-{rng.randint(1, 999)}-{rng.choice(('BD', 'VV', 'TN', 'HF', 'NK', 'A'))}")
        w.vessels.append({"id": n})
        w.m.rows["FARTOY"].append((
            n, mark, f"{rng.choice(VESSELS)}{rng.choice(('', ' II', ' III', ' Junior'))}",
            make.unique(lambda: "L" + "".join(rng.choices(string.ascii_uppercase, k=3)) + make.digits(1)),
            f"{rng.uniform(6, 28):.2f}", rng.randint(1968, 2023) if rng.random() < 0.95 else None,
            owner["id"] if owner else None, None if owner else "9" + make.digits(8),
            rng.choice(PLACES)[0]))


def _licences(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for f in w.fishers:
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            n += 1
            body = f"{rng.randint(2018, 2025)}{n:05d}"
            check = mod11(body, (2, 3, 4, 5, 6, 7, 2, 3, 4)) or 0
            start = dt.date(int(body[:4]), 1, 1)
            species = rng.choice(SPECIES)
            w.licences.append({"id": n, "fisher": f, "species": species, "year": start.year})
            w.m.rows["LISENS"].append((
                n, f"{body[:4]}-{body[4:]}-{check}", f["id"], rng.choice(w.vessels)["id"], species,
                start.isoformat(), dt.date(start.year + rng.choice((1, 3, 5)), 12, 31).isoformat(),
                f"{rng.uniform(2, 80):.2f}" if rng.random() < 0.8 else None,
                rng.choice(("AKTIV", "AKTIV", "UTLOPT", "TRUKKET"))))


def _applications(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, APPLICATION_COUNT + 1):
        f = rng.choice(w.fishers)
        received = _moment(rng, 2020, 2025)
        form = None
        if rng.random() < 0.75:
            form = json.dumps({"soker": {"navn": f"{f['given']} {f['family']}", "fnr": f["fnr"],
                                         "telefon": f["mobile"], "epost": f["email"]},
                               "mannskap": [{"navn": w.name(), "fodselsdato": apps.day(rng, 1960, 2006)}
                                            for _ in range(rng.randint(0, 3))],
                               "fiskeslag": rng.choice(SPECIES), "samtykke": True}, ensure_ascii=False)
        template = rng.choice(REASONS)
        reason = _fill(template, species=lambda: rng.choice(SPECIES), phone=lambda: f["mobile"] or make.mobile(),
                       relative=lambda: f"{rng.choice(MALE + FEMALE)} {f['family']}",
                       relative_phone=lambda: make.mobile(),
                       email=lambda: make.email(rng.choice(FEMALE), f["family"])) if template else None
        pdf = None
        if rng.random() < 0.4:
            pdf = apps.pdf_bytes([f"Søknad om lisens, saksnr {2020 + n % 6}/{n:05d}", f"Søker: {f['given']} {f['family']}",
                                  f"Fødselsnummer: {f['fnr']}", "Vedlegg: kjøpekontrakt fartøy"])
        w.m.rows["SOKNAD"].append((
            n, f"{received[:4]}/{n:05d}", f["fnr"], rng.choice(w.officers) if rng.random() < 0.85 else None,
            rng.choice(("NY_LISENS", "FORNYELSE", "OVERFORING", "SAMISK_ADGANG")), form, reason, pdf,
            apps.ipv4(rng, (84, 88, 46, 77, 193)) if form else None, received,
            rng.choice(("INNVILGET", "INNVILGET", "AVSLATT", "UNDER_BEH"))))


def _fees(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, lic in enumerate(w.licences, 1):
        f = lic["fisher"]
        base = f"{lic['year'] % 100:02d}{lic['id']:06d}{n:04d}"
        kid = base + apps.luhn_digit(base)
        due = dt.date(lic["year"], 3, 1)
        paid = rng.random() < 0.85
        payer, source = None, None
        if paid:
            payer = f"{f['given']} {f['family']}" if rng.random() < 0.85 else w.name()
            if f["foreign"] and rng.random() < 0.5:
                source = grouped(make.iban(f["foreign"][0], f["foreign"][3], f["foreign"][4]))
            else:
                account = make.account()
                source = make.dotted(account) if rng.random() < 0.8 else grouped(make.no_iban(account))
                if source.startswith("NO"):
                    w.m.ibans.add(source.replace(" ", ""))
        w.m.rows["GEBYR"].append((
            n, lic["id"], f"{rng.choice((1250, 2500, 4800, 9600)):.2f}", kid, due.isoformat(),
            (due + dt.timedelta(days=rng.randint(-20, 40))).isoformat() if paid else None, payer, source,
            "BETALT" if paid else rng.choice(("PURRET", "APEN"))))


def _buyers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (firm, address, postcode, town, phone, mailbox) in enumerate(BUYERS, 1):
        w.m.rows["KJOPER"].append((
            n, firm, "9" + make.digits(8), address, postcode, town, phone, mailbox,
            make.dotted(make.account()) if rng.random() < 0.9 else None, w.name(), make.mobile(), "J"))


def _catches(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, CATCH_COUNT + 1):
        lic = rng.choice(w.licences)
        f = lic["fisher"]
        w.m.rows["FANGSTDAGBOK"].append((
            n, rng.choice(w.vessels)["id"], lic["id"], rng.randint(1, len(BUYERS)) if rng.random() < 0.9 else None,
            apps.day(rng, max(lic["year"], 2019), 2025), lic["species"], f"{rng.uniform(50, 12000):.1f}",
            f"{rng.uniform(62.0, 71.2):.5f}" if rng.random() < 0.8 else None,
            f"{rng.uniform(4.5, 31.0):.5f}" if rng.random() < 0.8 else None,
            f"{f['given']} {f['family']}" if rng.random() < 0.8 else w.name(),
            make.unique(lambda: "SS" + make.digits(8)) if rng.random() < 0.9 else None))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for _ in range(SESSION_COUNT):
        f = rng.choice(w.fishers)
        start = _moment(rng, 2024, 2025)
        issued = int(dt.datetime.fromisoformat(start).replace(tzinfo=dt.timezone.utc).timestamp())
        w.m.rows["INNLOGGING_SESJON"].append((
            make.token(32, "0123456789abcdef"), f["id"], make.id_token(f["fnr"], issued) if rng.random() < 0.7 else None,
            apps.ipv4(rng, (84, 88, 46, 77, 193, 89)), rng.choice(AGENTS), start,
            (dt.datetime.fromisoformat(start) + dt.timedelta(minutes=30)).isoformat(sep=" ")))


def _inquiries(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, INQUIRY_COUNT + 1):
        f = rng.choice(w.fishers) if rng.random() < 0.9 else None
        channel = rng.choice(("EPOST", "EPOST", "PORTAL", "TELEFON"))
        index = rng.randrange(len(INQUIRIES))
        foreign = (f or {}).get("foreign") or rng.choice(FOREIGN)
        name = f"{f['given']} {f['family']}" if f else w.name()
        sender = (f and f["email"]) or make.email(*name.split(" ", 1))
        text = _fill(INQUIRIES[index], account=lambda: make.dotted(make.account()), name=lambda: name,
                     phone=lambda: (f and f["mobile"]) or make.mobile(), species=lambda: rng.choice(SPECIES),
                     email=lambda: make.email(name.split(" ")[0], name.split(" ", 1)[1]),
                     iban=lambda: grouped(make.iban(foreign[0], foreign[3], foreign[4])),
                     relative=lambda: f"{rng.choice(MALE)} {name.split(' ', 1)[1]}")
        w.m.rows["HENVENDELSE"].append((
            n, f["id"] if f else None, rng.choice(w.officers) if rng.random() < 0.8 else None, channel,
            sender if channel == "EPOST" else None,
            ((f and f["mobile"]) or make.mobile()) if channel == "TELEFON" or rng.random() < 0.2 else None,
            SUBJECTS[index], text if rng.random() < 0.97 else None,
            apps.jpeg_bytes(rng) if index == 4 and rng.random() < 0.8 else None, _moment(rng, 2021, 2025),
            "J" if rng.random() < 0.7 else "N"))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for key, value, about in (
        ("VIRKSOMHET_NAVN", "Norsk Fiskerilisensforvaltning", "Navn i brev og e-post"),
        ("VIRKSOMHET_ORGNR", "974760673", "Organisasjonsnummer"),
        ("VIRKSOMHET_ADRESSE", "Strandgaten 229, 5004 Bergen", "Postadresse"),
        ("VIRKSOMHET_TELEFON", "+47 55 23 80 00", "Sentralbord"),
        ("EPOST_POSTMOTTAK", f"postmottak@{OWN_DOMAIN}", "Felles postmottak"),
        ("EPOST_AVSENDER", f"ikke-svar@{OWN_DOMAIN}", "Avsender for varsler"),
        ("KONTONR_GEBYR", make.dotted(make.account()), "Konto for gebyrinnbetaling"),
        ("IBAN_GEBYR", grouped(make.no_iban(make.account())), "For innbetaling fra utlandet"),
        ("IDPORTEN_CLIENT_ID", "nflf-lisensportal", None),
        ("GEBYR_FORFALL_DAGER", "30", "Dager til forfall"),
        ("SESJON_LEVETID_MIN", "30", None),
    ):
        w.m.rows["INNSTILLING"].append((key, value, about, _moment(rng, 2019, 2025)))


def make_registry(seed: int = SEED) -> Registry:
    """The whole registry's database, the same for the same seed."""
    w = _World(seed)
    _history(w)
    _officers(w)
    _fishers(w)
    _vessels(w)
    _licences(w)
    _applications(w)
    _fees(w)
    _buyers(w)
    _catches(w)
    _sessions(w)
    _inquiries(w)
    _settings(w)
    return w.m


def create(server: Any, db: str, m: Registry) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentyninth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
