"""The thirty-second held-out application: a Welsh housing association's tenancy management system, an in-house Python/Flask-SQLAlchemy app with singular snake_case tables (some of them, and their columns, in Welsh).

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/thirtysecond/labels.yml) before any detector ran on it.

"Cymdeithas Tai Dyffryn Tywi" (fictional, taidyffryntywi.cymru) in Carmarthen lets about
2,000 social homes in Carmarthenshire and Ceredigion. Its two-person digital team wrote
the tenancy system in 2018 on Flask with Flask-SQLAlchemy and Alembic: Alembic's own
`alembic_version` table keeps its name, the tables are the models' default names
(singular snake_case of the class: `staff_user`, `tenant`, `rent_account`, `repair_job`,
`asb_case`, `portal_session`), and the tenancy-support officers, who work through Welsh,
named their own models and columns in Welsh (`aelod_aelwyd`, the household members:
`enw_llawn`, `dyddiad_geni`, `perthynas`, `anabledd`; `angen_cymorth`, the support
needs: `math`, `manylion`, `gweithiwr_cymorth`, `ffon_gweithiwr`, `dyddiad_adolygu`).
The tenant portal signs in by e-mail: `portal_session.tenant_email` is a FOREIGN KEY to
`tenant.email` (UNIQUE).

The tables: `staff_user` the housing officers (named mailbox at the association's
domain, werkzeug pbkdf2 hash, role, last sign-in and its IP), `property` the housing
stock (UPRN, scheme name, type, bedrooms, weekly rent, EPC band: no house numbers),
`tenant` the lead tenants (tenancy reference with a check letter, title, names, birth
date, gender, National Insurance number, mobile and landline in the layouts Welsh people
type, e-mail, preferred language, ethnic origin for equality monitoring, a
correspondence postcode and town, a JPEG photo for the ID card, the officer's notes
quoting relatives, phones and an IBAN), `aelod_aelwyd` the household members (full
name, birth date, relationship, disability), `angen_cymorth` the support needs
(type code, details: mental health, substance misuse, domestic abuse; the support
worker's name and phone, review date), `rent_account` the rent accounts (account
reference with a check digit, balance, arrears band, payment method, Universal Credit
flag, the Direct Debit payer's name, sort code and GB IBAN), `contractor` the repair
contractors (Companies House number, VAT number, address, switchboard, info@ mailbox,
company IBAN, a contact person and that person's mobile), `repair_job` the repairs
(reported time, trade, priority, the tenant's description and access notes quoting
phones, cost, status), `asb_case` the anti-social-behaviour cases (case reference, the
complainant tenant, category, the narrative naming neighbours, police reference),
`portal_session` the portal's sessions (the tenant's e-mail, session token, IP, user
agent), `setting` the settings (the association's own charity number, address, phone,
mailbox, IBAN).

Everything here is the original side: the rows (`make_association`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the contractors' and the association's own
mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support import apps
from support.apps import dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Association", "create", "dump", "load_labels", "make_association"]

SEED = 20261201
LABELS = Path(__file__).resolve().parents[1] / "thirtysecond" / "labels.yml"
TENANT_COUNT = 240
STAFF_COUNT = 12
REPAIR_COUNT = 260
SESSION_COUNT = 160
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "taidyffryntywi.cymru"

TYPES = {
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "json": "json", "date": "date",
                "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "blob": "bytea", "text": "text", "json": "json", "date": "date",
                   "bool": "boolean"},
    "sqlite": {"ts": "DATETIME", "blob": "BLOB", "text": "TEXT", "json": "JSON", "date": "DATE", "bool": "BOOLEAN"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "alembic_version": ("version_num varchar(32) PRIMARY KEY",),
    "staff_user": (
        "id integer PRIMARY KEY", "email varchar(120) NOT NULL UNIQUE", "password_hash varchar(128) NOT NULL",
        "display_name varchar(120) NOT NULL", "mobile varchar(20)", "role varchar(20) NOT NULL", "last_login_at {ts}",
        "last_login_ip varchar(45)", "is_active {bool} NOT NULL"),
    "property": (
        "id integer PRIMARY KEY", "uprn varchar(12) NOT NULL UNIQUE", "scheme varchar(80) NOT NULL",
        "property_type varchar(20) NOT NULL", "bedrooms integer NOT NULL", "weekly_rent numeric(8,2) NOT NULL",
        "epc_band char(1)", "local_authority varchar(40) NOT NULL"),
    "tenant": (
        "id integer PRIMARY KEY", "tenancy_ref varchar(12) NOT NULL UNIQUE", "property_id integer NOT NULL",
        "title varchar(10)", "first_name varchar(60) NOT NULL", "surname varchar(60) NOT NULL",
        "date_of_birth {date} NOT NULL", "gender varchar(12)", "ni_number varchar(13)", "mobile varchar(20)",
        "landline varchar(20)", "email varchar(120) UNIQUE", "preferred_language char(2) NOT NULL",
        "ethnic_origin varchar(60)", "corr_postcode varchar(8)", "corr_town varchar(40)", "prev_address varchar(160)",
        "photo {blob}", "notes {text}", "nok_name varchar(120)", "nok_phone varchar(20)", "tenancy_start {date} NOT NULL", "created_at {ts} NOT NULL"),
    "aelod_aelwyd": (
        "id integer PRIMARY KEY", "tenant_id integer NOT NULL", "enw_llawn varchar(120) NOT NULL",
        "dyddiad_geni {date}", "rhyw char(1)", "perthynas varchar(20) NOT NULL", "anabledd varchar(120)"),
    "angen_cymorth": (
        "id integer PRIMARY KEY", "tenant_id integer NOT NULL", "math varchar(6) NOT NULL", "manylion {text}",
        "gweithiwr_cymorth varchar(120)", "ffon_gweithiwr varchar(20)", "dyddiad_adolygu {date}",
        "gweithredol {bool} NOT NULL"),
    "rent_account": (
        "id integer PRIMARY KEY", "tenant_id integer NOT NULL", "account_ref varchar(10) NOT NULL UNIQUE",
        "balance numeric(10,2) NOT NULL", "arrears_band varchar(10) NOT NULL", "payment_method varchar(16) NOT NULL",
        "universal_credit {bool} NOT NULL", "dd_payer_name varchar(120)", "dd_sort_code varchar(8)",
        "dd_iban varchar(34)", "updated_at {ts} NOT NULL"),
    "contractor": (
        "id integer PRIMARY KEY", "name varchar(120) NOT NULL", "companies_house_no varchar(8) NOT NULL",
        "vat_no varchar(14)", "address varchar(160) NOT NULL", "phone varchar(20) NOT NULL",
        "email varchar(120) NOT NULL", "iban varchar(34)", "trade varchar(20) NOT NULL",
        "contact_name varchar(120)", "contact_mobile varchar(20)"),
    "repair_job": (
        "id integer PRIMARY KEY", "job_no varchar(10) NOT NULL UNIQUE", "property_id integer NOT NULL",
        "tenant_id integer", "contractor_id integer", "reported_at {ts} NOT NULL", "trade varchar(20) NOT NULL",
        "priority varchar(10) NOT NULL", "description {text} NOT NULL", "access_notes {text}",
        "cost numeric(8,2)", "status varchar(12) NOT NULL", "completed_at {ts}"),
    "asb_case": (
        "id integer PRIMARY KEY", "case_ref varchar(12) NOT NULL UNIQUE", "complainant_id integer NOT NULL",
        "category varchar(30) NOT NULL", "alleged_perpetrator varchar(160)", "opened_on {date} NOT NULL", "narrative {text} NOT NULL",
        "police_ref varchar(20)", "status varchar(12) NOT NULL"),
    "portal_session": (
        "id integer PRIMARY KEY", "tenant_email varchar(120) NOT NULL", "session_token varchar(64) NOT NULL UNIQUE",
        "ip_address varchar(45)", "user_agent varchar(255)", "created_at {ts} NOT NULL", "expires_at {ts} NOT NULL"),
    "setting": (
        "key varchar(60) PRIMARY KEY", "value varchar(255)", "description varchar(255)"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("tenant", ["property_id"], "property", ["id"]),
    _fk("aelod_aelwyd", ["tenant_id"], "tenant", ["id"]),
    _fk("angen_cymorth", ["tenant_id"], "tenant", ["id"]),
    _fk("rent_account", ["tenant_id"], "tenant", ["id"]),
    _fk("repair_job", ["property_id"], "property", ["id"]),
    _fk("repair_job", ["tenant_id"], "tenant", ["id"]),
    _fk("repair_job", ["contractor_id"], "contractor", ["id"]),
    _fk("asb_case", ["complainant_id"], "tenant", ["id"]),
    _fk("portal_session", ["tenant_email"], "tenant", ["email"]),
)

PLACES = (  # town, postcode districts, phone area code, local authority
    ("Caerfyrddin", ("SA31 1", "SA31 2", "SA31 3"), "01267", "Sir Gâr"),
    ("Llanelli", ("SA14 8", "SA15 1", "SA15 3"), "01554", "Sir Gâr"),
    ("Rhydaman", ("SA18 2", "SA18 3"), "01269", "Sir Gâr"),
    ("Llandeilo", ("SA19 6",), "01558", "Sir Gâr"),
    ("Castellnewydd Emlyn", ("SA38 9",), "01239", "Sir Gâr"),
    ("Aberystwyth", ("SY23 1", "SY23 2", "SY23 3"), "01970", "Ceredigion"),
    ("Aberteifi", ("SA43 1",), "01239", "Ceredigion"),
    ("Llanbedr Pont Steffan", ("SA48 7",), "01570", "Ceredigion"),
    ("Cei Newydd", ("SA45 9",), "01545", "Ceredigion"),
)
STREETS = ("Heol y Dŵr", "Stryd Fawr", "Ffordd y Parc", "Lôn Glan Môr", "Heol Las", "King Street", "Water Street",
           "Penglais Road", "Rhodfa'r Môr", "Heol Ffynnon")
SCHEMES = ("Maes y Coed", "Heol y Nant", "Parc Pensarn", "Bro Myrddin", "Cwrt Tywi", "Stryd y Brenin", "Penrhos",
           "Tir y Dderwen", "Glan yr Afon", "Rhodfa'r Gorllewin")
MALE = ("Rhys", "Dafydd", "Gareth", "Owain", "Huw", "Gethin", "Iwan", "Aled", "Steffan", "Jac", "Tomos", "Mark",
        "Craig", "Liam", "Kevin")
FEMALE = ("Cerys", "Seren", "Angharad", "Catrin", "Ffion", "Nia", "Sian", "Megan", "Elin", "Bethan", "Carys",
          "Kelly", "Leanne", "Sarah", "Gwenllian")
SURNAMES = ("Jones", "Davies", "Evans", "Williams", "Thomas", "Roberts", "Lewis", "Hughes", "Morgan", "Griffiths",
            "Rees", "Price", "Powell", "Jenkins", "ap Dafydd", "Llewellyn", "Pritchard", "Bowen", "Prosser", "Owen")
MAIL_DOMAINS = ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com",
                "sky.com")
BANKS = (("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40"), ("NAIA", "07"))
ETHNICITY = ("White - Welsh/English/Scottish/N. Irish/British", "White - Other", "Mixed - White and Black Caribbean",
             "Asian - Pakistani", "Black - African", "Asian - Bangladeshi", "Prefer not to say")
DISABILITIES = (None, None, None, "Autism", "Wheelchair user", "Epilepsy", "Learning disability",
                "Visual impairment", "COPD, on oxygen")
SUPPORT = (  # code, details template
    ("IE", "Iechyd meddwl: iselder a gorbryder, yn cael triniaeth gan CMHT."),
    ("CAM", "Camddefnyddio alcohol, yn gweithio gyda Dyfodol. Cyswllt: {relative} {phone}."),
    ("TRD", "Goroeswr cam-drin domestig, MARAC Mawrth. Peidiwch â rhoi'r cyfeiriad i {relative}."),
    ("DYL", "Dyledion: help gyda Chredyd Cynhwysol a budd-dal tai."),
    ("ANA", "Anabledd corfforol, addasiadau i'r ystafell ymolchi."),
    ("OED", "Person ifanc yn gadael gofal, 19 oed."),
)
WORKERS = ("Llinos Harries", "Dewi Prys", "Mererid Lloyd", "Emyr Watkins", "Siwan Howells")
TRADES = ("plumbing", "electrical", "joinery", "roofing", "damp", "gas", "glazing")
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36",
)
CONTRACTORS = (  # name, Companies House number, address, switchboard, mailbox, trade
    ("Towy Valley Plumbing & Heating Ltd", "08412273", "Uned 4, Ystad Ddiwydiannol Cillefwr, Caerfyrddin SA31 3RB",
     "01267 237 400", "info@towyvalleyplumbing.co.uk", "plumbing"),
    ("Ceredigion Electrical Services Ltd", "05129088", "Glan yr Afon Industrial Estate, Aberystwyth SY23 3JQ",
     "01970 611 220", "office@ceredigionelectrical.co.uk", "electrical"),
    ("Jones a'i Fab Adeiladwyr Cyf", "03877410", "Heol Ffairfach, Llandeilo SA19 6UL", "01558 822 119",
     "ymholiadau@jonesafab.cymru", "joinery"),
    ("Dyfed Roofing Contractors Ltd", "10233581", "Trostre Road, Llanelli SA14 9RA", "01554 758 300",
     "info@dyfedroofing.co.uk", "roofing"),
    ("Wales & West Gas Safe Ltd", "09981122", "Parc Busnes Cross Hands SA14 6RE", "0330 123 4455",
     "bookings@wwgassafe.co.uk", "gas"),
)
DESCRIPTIONS = (
    "Boiler not firing, no hot water since Sunday.", "Damp and black mould in back bedroom.",
    "Leak under kitchen sink, tenant says call {phone} before arriving.", "Front door lock broken.",
    "Socket in living room sparking.", "Slates off roof after storm.", "Window won't close, handle snapped.",
    "Toilet cistern running constantly.",
)
ACCESS = (None, None, "Key safe by back door, code given by phone.", "Dog in property, call {phone} 30 min before.",
          "Tenant works nights, mornings after 11am only.", "Daughter {relative} will let you in, mob {phone}.",
          "Welsh speaker preferred.")
ASB = (
    ("noise", "Loud music most nights from flat above, {relative} says it is {neighbour}. Diary sheets sent."),
    ("harassment", "Neighbour {neighbour} shouting abuse at complainant's children. Complainant tel {phone}."),
    ("hate_incident", "Racist graffiti on door, complainant is {ethnic}. Police attended."),
    ("drugs", "Suspected dealing from no. 4, visitors at all hours. Reported by {relative}."),
    ("vehicle", "Abandoned car blocking parking bay."),
    ("pets", "Dog fouling in communal garden."),
)
NOTES = (
    "Son {relative} is appointee for benefits, tel. {phone}.", "Prefers contact in Welsh.",
    "Hard of hearing - text rather than call {phone}.", "Refund of overpaid rent to {iban} approved by manager.",
    "Sister {relative} ({email}) helps with letters.", "Mutual exchange request with tenant in Llanelli.",
    "Former partner {relative} not to be given any information.",
)


@dataclass
class Association:
    """The association's database: every table's rows in SCHEMA's column order, and the
    personal e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not contractors' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _fill(template: str, **makers: Any) -> str:
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _check_letter(digits: str) -> str:
    return "ABCDEFGHJKLMNPRTUVWXY"[sum((i + 2) * int(d) for i, d in enumerate(digits)) % 21]


class _Maker(apps.Unique):
    """UK values: NI numbers, phones, e-mails, sort codes and GB IBANs, tokens."""

    def __init__(self, rng: random.Random, m: Association) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def ni_number(self) -> str:
        rng = self.rng
        first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ".replace("O", "")

        def draw() -> str:
            while True:
                prefix = rng.choice(first) + rng.choice(second)
                if prefix not in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
                    return f"{prefix}{self.digits(6)}{rng.choice('ABCD')}"

        n = self.unique(draw)
        return n if rng.random() < 0.6 else f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"

    def bank(self, personal: bool = True) -> tuple[str, str]:
        """A sort code (dd-dd-dd) and the GB IBAN of the same account."""
        code, head = self.rng.choice(BANKS)
        sort = head + self.digits(4)
        account = self.unique(lambda: self.digits(8))
        bban = code + sort + account
        compact = "GB" + iban_check_digits("GB", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", compact if self.rng.random() < 0.5 else grouped(compact)

    def iban(self, personal: bool = True) -> str:
        return self.bank(personal)[1]

    def mobile(self) -> str:
        rng = self.rng
        n = self.unique(lambda: "7" + rng.choice(("4", "5", "7", "8", "9")) + self.digits(8))
        return rng.choice((f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}",
                           f"(0{n[:4]}) {n[4:]}"))

    def landline(self, area: str) -> str:
        n = self.unique(lambda: self.digits(6))
        return self.rng.choice((f"{area} {n}", f"{area} {n[:3]} {n[3:]}", f"+44 {area[1:]} {n}"))

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given), apps.ascii_fold(family.replace(" ", ""))
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f}_{s}{rng.randint(70, 99)}", f"{f}{s}{rng.randint(1, 9)}",
                            f"{f}.{s}{rng.randint(80, 99)}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def token(self, k: int) -> str:
        return self.unique(lambda: "".join(self.rng.choices("0123456789abcdef", k=k)))

    def pbkdf2(self) -> str:
        salt = "".join(self.rng.choices(string.ascii_letters + string.digits, k=16))
        return f"pbkdf2:sha256:600000${salt}${self.token(64)}"


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Association(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.tenants: list[dict] = []
        self.properties: list[tuple] = []

    def person(self, female: bool | None = None) -> tuple[str, str]:
        if female is None:
            female = self.rng.random() < 0.5
        return self.rng.choice(FEMALE if female else MALE), self.rng.choice(SURNAMES)


def _alembic(w: _World) -> None:
    w.m.rows["alembic_version"].append(("4f2c9a1e7b03",))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, STAFF_COUNT + 1):
        given, family = w.person()
        email = f"{apps.ascii_fold(given)}.{apps.ascii_fold(family.replace(' ', ''))}@{OWN_DOMAIN}"
        email = make.unique(lambda: email if email not in make.used else email.replace("@", f"{rng.randint(2, 9)}@"))
        w.m.emails.add(email.casefold())
        w.m.rows["staff_user"].append((
            n, email, make.pbkdf2(), f"{given} {family}", make.mobile() if rng.random() < 0.7 else None,
            "admin" if n <= 2 else rng.choice(("housing_officer", "income_officer", "repairs", "support")),
            _moment(rng, 2025, 2025), apps.ipv4(rng, (81, 86, 90, 109, 151, 212)), rng.random() < 0.9))


def _properties(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, 181):
        place = rng.choice(PLACES)
        kind, beds = rng.choice((("flat", 1), ("flat", 2), ("house", 2), ("house", 3), ("bungalow", 1),
                                 ("house", 4), ("bedsit", 0)))
        row = (n, make.unique(lambda: "1000" + make.digits(8)), f"{rng.choice(SCHEMES)}, {place[0]}", kind, beds,
               f"{85 + beds * 12 + rng.randint(0, 1500) / 100:.2f}", rng.choice("BCCCDDE"), place[3])
        w.properties.append((n, place))
        w.m.rows["property"].append(row)


def _tenants(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, TENANT_COUNT + 1):
        female = rng.random() < 0.58
        given, family = w.person(female)
        pid, place = rng.choice(w.properties)
        born = apps.day(rng, 1938, 2006)
        email = make.email(given, family) if rng.random() < 0.8 else None
        mobile = make.mobile() if rng.random() < 0.9 else None
        note = None
        if rng.random() < 0.35:
            note = _fill(rng.choice(NOTES), relative=lambda: f"{w.person()[0]} {family}", phone=make.mobile,
                         iban=make.iban, email=lambda: make.email(w.person(True)[0], family))
        digits = make.unique(lambda: make.digits(6))
        start = apps.day(rng, 1995, 2025)
        w.tenants.append({"id": n, "given": given, "family": family, "born": born, "email": email, "mobile": mobile,
                          "property": pid, "place": place, "female": female})
        w.m.rows["tenant"].append((
            n, f"TDT{digits}{_check_letter(digits)}", pid,
            rng.choice(("Mrs", "Ms", "Miss")) if female else "Mr" if rng.random() < 0.9 else None, given, family, born,
            rng.choice(("Female", "Female", "F")) if female else rng.choice(("Male", "Male", "M")),
            make.ni_number() if rng.random() < 0.9 else None, mobile,
            make.landline(place[2]) if rng.random() < 0.4 else None, email, "cy" if rng.random() < 0.35 else "en",
            rng.choice(ETHNICITY) if rng.random() < 0.8 else None,
            f"{rng.choice(place[1])}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            if rng.random() < 0.3 else None, place[0] if rng.random() < 0.3 else None,
            f"{rng.randint(1, 140)} {rng.choice(STREETS)}, {rng.choice(PLACES)[0]}" if rng.random() < 0.5 else None,
            apps.jpeg_bytes(rng) if rng.random() < 0.3 else None, note,
            f"{w.person()[0]} {rng.choice((family, rng.choice(SURNAMES)))}" if rng.random() < 0.6 else None,
            make.mobile() if rng.random() < 0.5 else None, start, _moment(rng, 2018, 2025)))


def _household(w: _World) -> None:
    rng = w.rng
    n = 0
    for t in w.tenants:
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            n += 1
            relation = rng.choice(("partner", "son", "daughter", "mother", "lodger"))
            given = w.person(relation in ("daughter", "mother") or (relation == "partner" and not t["female"]))[0]
            w.m.rows["aelod_aelwyd"].append((
                n, t["id"], f"{given} {t['family'] if relation != 'lodger' else rng.choice(SURNAMES)}",
                apps.day(rng, 1940, 2024) if rng.random() < 0.9 else None,
                "F" if relation in ("daughter", "mother") else rng.choice("MF"), relation, rng.choice(DISABILITIES)))


def _support(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for t in w.tenants:
        if rng.random() < 0.3:
            n += 1
            code, template = rng.choice(SUPPORT)
            worker = rng.choice(WORKERS) if rng.random() < 0.8 else None
            w.m.rows["angen_cymorth"].append((
                n, t["id"], code, _fill(template, relative=lambda: f"{w.person()[0]} {rng.choice(SURNAMES)}",
                                        phone=make.mobile) if rng.random() < 0.9 else None,
                worker, make.mobile() if worker else None, apps.day(rng, 2025, 2026), rng.random() < 0.8))


def _rent(w: _World) -> None:
    rng, make = w.rng, w.make
    for t in w.tenants:
        n = t["id"]
        method = rng.choice(("direct_debit", "direct_debit", "universal_credit", "allpay", "standing_order"))
        payer = sort = iban = None
        if method == "direct_debit":
            sort, iban = make.bank()
            payer = f"{t['given'][0]} {t['family']}".upper() if rng.random() < 0.5 else f"{t['given']} {t['family']}"
        digits = f"{n:07d}"
        balance = rng.choice((0, 0, rng.randint(-30000, 0), rng.randint(1, 250000))) / 100
        band = "none" if balance <= 0 else "low" if balance < 300 else "medium" if balance < 1000 else "high"
        w.m.rows["rent_account"].append((
            n, t["id"], f"RA{digits}{apps.luhn_digit(digits)}", f"{balance:.2f}", band, method,
            method == "universal_credit" or rng.random() < 0.2, payer, sort, iban, _moment(rng, 2025, 2025)))


def _contractors(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, number, address, phone, mailbox, trade) in enumerate(CONTRACTORS, 1):
        given, family = w.person()
        w.m.rows["contractor"].append((
            n, name, number, f"GB{make.digits(3)} {make.digits(4)} {make.digits(2)}", address, phone, mailbox,
            grouped(make.iban(personal=False).replace(" ", "")), trade, f"{given} {family}", make.mobile()))


def _repairs(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, REPAIR_COUNT + 1):
        t = rng.choice(w.tenants)
        reported = _moment(rng, 2022, 2025)
        status = rng.choice(("open", "assigned", "completed", "completed", "completed", "cancelled"))
        done = apps.after(lambda a, b: _moment(rng, a, b), reported, 2025) if status == "completed" else None
        phone = lambda: t["mobile"] or make.mobile()  # noqa: E731
        access = rng.choice(ACCESS)
        w.m.rows["repair_job"].append((
            n, f"RJ{n + 40000:06d}", t["property"], t["id"] if rng.random() < 0.9 else None,
            rng.randint(1, len(CONTRACTORS)) if status != "open" else None, reported, rng.choice(TRADES),
            rng.choice(("emergency", "urgent", "routine", "routine")),
            _fill(rng.choice(DESCRIPTIONS), phone=phone),
            _fill(access, phone=phone, relative=lambda: f"{w.person(True)[0]} {t['family']}") if access else None,
            f"{rng.randint(4000, 90000) / 100:.2f}" if status == "completed" else None, status, done))


def _asb(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, 61):
        t = rng.choice(w.tenants)
        category, template = rng.choice(ASB)
        w.m.rows["asb_case"].append((
            n, f"ASB/{rng.randint(2021, 2025)}/{n:03d}", t["id"], category,
            (f"{' '.join(w.person())}, {rng.randint(1, 30)} {rng.choice(STREETS)}" if rng.random() < 0.7 else "unknown")
            if category not in ("vehicle", "pets") else None, apps.day(rng, 2021, 2025),
            _fill(template, relative=lambda: f"{w.person()[0]} {t['family']}",
                  neighbour=lambda: " ".join(w.person()), phone=lambda: t["mobile"] or make.mobile(),
                  ethnic=lambda: rng.choice(ETHNICITY[2:6]).split(" - ")[1]),
            f"DPP-{make.digits(8)}" if rng.random() < 0.4 else None,
            rng.choice(("open", "closed", "closed", "monitoring"))))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    with_mail = [t for t in w.tenants if t["email"]]
    for n in range(1, SESSION_COUNT + 1):
        t = rng.choice(with_mail)
        created = dt.datetime.fromisoformat(_moment(rng, 2024, 2025))
        w.m.rows["portal_session"].append((
            n, t["email"], make.token(64), apps.ipv4(rng, (2, 31, 82, 86, 92, 109)) if rng.random() < 0.95 else None,
            rng.choice(AGENTS), created.isoformat(sep=" "), (created + dt.timedelta(days=14)).isoformat(sep=" ")))


def _settings(w: _World) -> None:
    make = w.make
    for key, value, about in (
        ("org.name", "Cymdeithas Tai Dyffryn Tywi Cyf", "Enw ar lythyrau / Name on letters"),
        ("org.charity_no", "1165432", "Registered charity number"),
        ("org.registered_sl", "L145", "Welsh Government registered social landlord number"),
        ("org.address", "Tŷ Tywi, Heol y Brenin, Caerfyrddin SA31 1BT", "Prif swyddfa / Head office"),
        ("org.phone", "01267 225 500", "Switchboard"),
        ("org.email", f"ymholiadau@{OWN_DOMAIN}", "Public enquiries"),
        ("mail.sender", f"noreply@{OWN_DOMAIN}", "Portal e-mails"),
        ("org.iban", grouped(make.iban(personal=False).replace(" ", "")), "Rent collection account"),
        ("portal.session_days", "14", None),
        ("rent.arrears_high", "1000.00", "Arrears band threshold"),
    ):
        w.m.rows["setting"].append((key, value, about))


def make_association(seed: int = SEED) -> Association:
    """The whole association's database, the same for the same seed."""
    w = _World(seed)
    _alembic(w)
    _staff(w)
    _properties(w)
    _tenants(w)
    _household(w)
    _support(w)
    _rent(w)
    _contractors(w)
    _repairs(w)
    _asb(w)
    _sessions(w)
    _settings(w)
    return w.m


def create(server: Any, db: str, m: Association) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/thirtysecond/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
