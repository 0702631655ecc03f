"""The "community" application: a schema dumpscrub has never seen, with its data.

Issue 4's acceptance test (tests/roundtrip/test_issue4_acceptance.py) creates it on
MariaDB, PostgreSQL and SQLite, dumps it with each server's own tool and scrubs every
dump with one rules file (`RULES`). Everything here is the original side: the rows
(`make_community`, drawn from a seeded `random.Random`, so every run and every server
gets the same ones), the DDL of each server, the foreign keys and unique keys to
check after the restore, and the oracle of the rows that leave (`kept_ids`).

The values look like real ones (French and US mobile numbers valid for phonenumbers,
IBANs with their MOD 97 check digits, addresses on real mail domains) because the
strategies under test recognise them by their form. Last names come from regional
families that Faker's fr_FR and en_US lists do not hold, so a name found in the
scrubbed output can only be a leak, never a fake that happens to be someone's name.
"""

from __future__ import annotations

import json
import random
import string
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

SEED = 20240614
USER_COUNT = 300
DELETED_SHARE = 0.1
FORGOTTEN_COUNT = 8
POST_COUNT = 600
COMMENT_COUNT = 900
PAYMENT_COUNT = 450
SESSION_COUNT = 200

# Breton, Basque, Gascon, Alsatian, Polish, Irish, Cajun and Cornish family names,
# none of them in Faker's fr_FR or en_US lists (checked when this list was written).
LAST_NAMES = (
    "Kerjean", "Abgrall", "Quéméneur", "Goasguen", "Pennec", "Guivarch", "Kerboul", "Larzul", "Cadiou",
    "Goasdoué", "Etcheverry", "Iriarte", "Harispe", "Oyhenart", "Cazenave", "Bacqué", "Dufourcq", "Puyoô",
    "Sentenac", "Fabrègues", "Teisseire", "Aubanel", "Roumanille", "Schnepf", "Kieffer", "Hoerdt", "Ehrhart",
    "Zimmerlin", "Oberlin", "Kowalczyk", "Wiśniewski", "Zieliński", "Szymański", "Brzezinski", "Kaczmarek",
    "Dąbrowski", "Przybylski", "Nowakowski", "Donoghue", "McNamara", "Breathnach", "Callaghan", "Kavanagh",
    "Mulcahy", "Quigley", "Tierney", "Halloran", "Boudreaux", "Thibodeaux", "Robichaux", "Guidry", "Arceneaux",
    "Fontenot", "Trahan", "Broussard", "Quarles", "Whitcombe", "Ravenscroft", "Ashcombe", "Trelawney",
    "Penhaligon", "Treloar", "Polglase", "Nankervis", "Chenoweth", "Tregenza", "Trevithick", "Rosewarne",
)
FRENCH_FIRST_NAMES = (
    "Marie", "Camille", "Léa", "Chloé", "Manon", "Inès", "Jeanne", "Louise", "Élodie", "Aurélie", "Yann",
    "Gwenaël", "Thomas", "Nicolas", "Julien", "Maxime", "Hugo", "Lucas", "Mathieu", "Sébastien",
)
US_FIRST_NAMES = (
    "Emily", "Sarah", "Jessica", "Ashley", "Megan", "Rachel", "Lauren", "Michael", "Christopher", "Matthew",
    "Joshua", "Tyler", "Brandon", "Kevin", "Ryan", "Justin",
)
FRENCH_MAIL = ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr")
US_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com")
US_AREA_CODES = ("212", "312", "415", "617", "503", "713", "816", "206")
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")

# Posts as the members write them: {email}, {phone}, {iban} and {name} stand for
# another member's address, number (written otherwise than users.phone holds it),
# IBAN and full name.
POST_TEMPLATES = (
    "Bonjour à tous ! Pour la sortie de samedi, écrivez à {email}.",
    "Contact : {email}, tél. {phone} (plutôt le soir).",
    "Remboursement des frais par virement sur {iban} svp, merci !",
    "Le numéro de {email} a changé : {phone}.\nMerci de mettre à jour l'annuaire.",
    "Rendez-vous le 15/01/2024 à 18h30, salle 12. Commande #100234, 42,50 € par personne.",
    "Ping {email} or call {phone} before Friday, it's \"urgent\".",
    "Wire the fee to {iban} by the 5th, thanks. Questions: {email}",
    "Deux contacts : {email} et {email}.\r\nÀ bientôt !",
    "Nothing personal here: the photos are in C:\\partage\\sorties, page 3 of 12.",
    "Il a écrit « {email} » puis rappelé au {phone} ; l'IBAN {iban} est le bon.",
    "Merci {name} pour les photos ! Et bravo à {name}.",
    "{name} wrote: the meeting moves to room 4.",
)
COMMENT_TEXTS = ("Merci !", "Bien vu.", "+1", "Je viens aussi.", "Sounds good", "On en reparle jeudi ?", "Done, thanks.")
CLUBS = ("Randonnée", "Photo", "Échecs", "Running", "Chorale", "Book club", "Cyclisme", "Jardinage", "Théâtre", "Cinema")
COMPANIES = (
    ("Boulangerie du Port", "+33 2 98 44 12 30", "contact@boulangerie-du-port.fr"),
    ("Atelier Vélo Solidaire", "+33 1 43 57 21 09", "accueil@atelier-velo.fr"),
    ("Imprimerie des Quais", "+33 4 91 55 03 18", "devis@imprimerie-quais.fr"),
    ("Harbor Outfitters", "+1 617-742-0195", "info@harbor-outfitters.com"),
    ("Lakeside Print Shop", "+1 312-726-4410", "orders@lakesideprint.com"),
    ("Salle des Fêtes", "+33 2 97 21 40 66", "mairie@salle-des-fetes.fr"),
)


def _grouped(compact: str) -> str:
    """An IBAN in its paper format: groups of four characters."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616's check digits, computed here independently of dumpscrub's own."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def is_valid_iban(value: str) -> bool:
    """The MOD 97-10 check of an IBAN, spaces allowed."""
    compact = value.replace(" ", "").upper()
    if len(compact) < 15 or not compact[:2].isalpha() or not compact.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def ascii_fold(text: str) -> str:
    """The letters of an e-mail local part: accents dropped, ASCII only, lower case."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


@dataclass(frozen=True)
class Phone:
    """One mobile number, as a column holds it and as people write it."""

    international: str  # "+33 6 12 34 56 78", "+1 212-555-0123": what users.phone holds
    written: tuple[str, ...]  # national forms posts and profiles use ("06 12 34 56 78", "(212) 555-0123")
    national: str  # the national significant number's digits, what a leak check looks for


@dataclass(frozen=True)
class User:
    """A member, as the users row holds it (profile before it is written as JSON)."""

    id: int
    first_name: str
    last_name: str
    email: str
    phone: Phone | None
    birth_date: str
    iban: str | None
    deleted_at: str | None
    profile: dict[str, Any] | None
    work_email: str | None  # profile.contact.email when it is not users.email


# A post's body, piece by piece: text, or (kind, user id, the item as written).
Item = tuple[str, int, str]
Body = tuple[str | Item, ...]


@dataclass(frozen=True)
class Post:
    """A post, its body kept in pieces so a test knows where each quoted item stands."""

    id: int
    author: int
    body: Body
    created_at: str

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p[2] for p in self.body)

    @property
    def items(self) -> list[Item]:
        return [p for p in self.body if not isinstance(p, str)]


@dataclass
class Community:
    """Every table's original rows, and the user ids forgotten.txt lists."""

    users: list[User] = field(default_factory=list)
    companies: list[tuple] = field(default_factory=list)  # id, name, switchboard, email
    contacts: list[tuple] = field(default_factory=list)  # id, company_id, kind, full_name, phone, email
    contact_phones: dict[int, Phone] = field(default_factory=dict)  # person contacts' numbers
    clubs: list[tuple] = field(default_factory=list)  # id, name
    memberships: list[tuple] = field(default_factory=list)  # user_id, club_id, role
    badges: list[tuple] = field(default_factory=list)  # id, user_id, club_id, badge
    posts: list[Post] = field(default_factory=list)
    comments: list[tuple] = field(default_factory=list)  # id, post_id, user_id, body
    payments: list[tuple] = field(default_factory=list)  # id, user_id, iban, amount_cents, paid_at
    sessions: list[tuple] = field(default_factory=list)  # id, user_id, expires_at
    forgotten: list[int] = field(default_factory=list)

    def user(self, user_id: int) -> User:
        return self.users[user_id - 1]

    def rows(self, table: str) -> list[tuple]:
        """The rows of `table` in the order of COLUMNS[table], as the drivers insert them."""
        if table == "users":
            return [
                (
                    u.id, u.first_name, u.last_name, u.email, u.phone.international if u.phone else None,
                    u.birth_date, u.iban, u.deleted_at,
                    None if u.profile is None else json.dumps(u.profile, ensure_ascii=False),
                )
                for u in self.users
            ]
        if table == "posts":
            return [(p.id, self.user(p.author).email, p.text, p.created_at) for p in self.posts]
        return list(getattr(self, table))


COLUMNS = {
    "users": ("id", "first_name", "last_name", "email", "phone", "birth_date", "iban", "deleted_at", "profile"),
    "companies": ("id", "name", "switchboard", "email"),
    "contacts": ("id", "company_id", "kind", "full_name", "phone", "email"),
    "clubs": ("id", "name"),
    "memberships": ("user_id", "club_id", "role"),
    "badges": ("id", "user_id", "club_id", "badge"),
    "posts": ("id", "author_email", "body", "created_at"),
    "comments": ("id", "post_id", "user_id", "body"),
    "payments": ("id", "user_id", "iban", "amount_cents", "paid_at"),
    "sessions": ("id", "user_id", "expires_at"),
}

# Per server: {timestamp} and {json} fill the DDL below.
TYPES = {
    "mariadb": {"timestamp": "datetime", "json": "JSON"},  # MariaDB's JSON: longtext CHECK (json_valid)
    "postgresql": {"timestamp": "timestamp", "json": "jsonb"},
    "sqlite": {"timestamp": "DATETIME", "json": "TEXT CHECK (profile IS NULL OR json_valid(profile))"},
}
DDL = (
    "CREATE TABLE users (id integer PRIMARY KEY, first_name varchar(50) NOT NULL, last_name varchar(50) NOT NULL,"
    " email varchar(120) NOT NULL UNIQUE, phone varchar(30), birth_date date NOT NULL, iban varchar(34),"
    " deleted_at {timestamp} NULL, profile {json})",
    "CREATE TABLE companies (id integer PRIMARY KEY, name varchar(100) NOT NULL, switchboard varchar(30) NOT NULL,"
    " email varchar(120) NOT NULL)",
    "CREATE TABLE contacts (id integer PRIMARY KEY, company_id integer NOT NULL, kind varchar(10) NOT NULL"
    " CHECK (kind IN ('person', 'company')), full_name varchar(100) NOT NULL, phone varchar(30), email varchar(120),"
    " FOREIGN KEY (company_id) REFERENCES companies (id))",
    "CREATE TABLE clubs (id integer PRIMARY KEY, name varchar(50) NOT NULL)",
    "CREATE TABLE memberships (user_id integer NOT NULL, club_id integer NOT NULL, role varchar(20) NOT NULL,"
    " PRIMARY KEY (user_id, club_id), FOREIGN KEY (user_id) REFERENCES users (id),"
    " FOREIGN KEY (club_id) REFERENCES clubs (id))",
    # The composite key: a badge belongs to one membership.
    "CREATE TABLE badges (id integer PRIMARY KEY, user_id integer NOT NULL, club_id integer NOT NULL,"
    " badge varchar(40) NOT NULL, FOREIGN KEY (user_id, club_id) REFERENCES memberships (user_id, club_id))",
    # The key that is an e-mail: no rule names author_email, it must follow users.email.
    "CREATE TABLE posts (id integer PRIMARY KEY, author_email varchar(120) NOT NULL, body text NOT NULL,"
    " created_at {timestamp} NOT NULL, FOREIGN KEY (author_email) REFERENCES users (email))",
    "CREATE TABLE comments (id integer PRIMARY KEY, post_id integer NOT NULL, user_id integer NOT NULL,"
    " body text NOT NULL, FOREIGN KEY (post_id) REFERENCES posts (id), FOREIGN KEY (user_id) REFERENCES users (id))",
    "CREATE TABLE payments (id integer PRIMARY KEY, user_id integer NOT NULL, iban varchar(34) NOT NULL,"
    " amount_cents integer NOT NULL, paid_at {timestamp} NOT NULL, FOREIGN KEY (user_id) REFERENCES users (id))",
    "CREATE TABLE sessions (id char(32) PRIMARY KEY, user_id integer NOT NULL, expires_at {timestamp} NOT NULL,"
    " FOREIGN KEY (user_id) REFERENCES users (id))",
)
FOREIGN_KEYS = (
    {"child": "contacts", "columns": ["company_id"], "parent": "companies", "parent_columns": ["id"]},
    {"child": "memberships", "columns": ["user_id"], "parent": "users", "parent_columns": ["id"]},
    {"child": "memberships", "columns": ["club_id"], "parent": "clubs", "parent_columns": ["id"]},
    {
        "child": "badges",
        "columns": ["user_id", "club_id"],
        "parent": "memberships",
        "parent_columns": ["user_id", "club_id"],
    },
    {"child": "posts", "columns": ["author_email"], "parent": "users", "parent_columns": ["email"]},
    {"child": "comments", "columns": ["post_id"], "parent": "posts", "parent_columns": ["id"]},
    {"child": "comments", "columns": ["user_id"], "parent": "users", "parent_columns": ["id"]},
    {"child": "payments", "columns": ["user_id"], "parent": "users", "parent_columns": ["id"]},
    {"child": "sessions", "columns": ["user_id"], "parent": "users", "parent_columns": ["id"]},
)
UNIQUE_KEYS = (
    *((table, ("id",)) for table in COLUMNS if table != "memberships"),
    ("users", ("email",)),
    ("memberships", ("user_id", "club_id")),
)

RULES = """\
version: 1
locale: [fr_FR, en_US]
tables:
  users:
    drop_rows: "deleted_at IS NOT NULL"
    forget: {column: id, file: forgotten.txt}
    columns:
      first_name: first_name
      last_name: last_name
      email: email
      phone: phone
      birth_date: {strategy: date, generalize: year}
      iban: iban
      profile:
        strategy: json
        paths:
          $.display_name: name
          $.contact.email: email
          $.contact.phone: phone
          $.bio: scrub_text
  posts:
    columns:
      body: scrub_text
  payments:
    columns:
      iban: iban
  contacts:
    columns:
      full_name: {strategy: name, when: "kind = 'person'"}
      phone: {strategy: phone, when: "kind = 'person'"}
      email: {strategy: email, when: "kind = 'person'"}
  companies: keep
  clubs: keep
  sessions: truncate
"""


class _Maker:
    """Draws the community's values; every phone and e-mail it gives is new."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.numbers: set[str] = set()
        self.emails: set[str] = set()

    def phone(self, french: bool) -> Phone:
        rng = self.rng
        while True:
            if french:
                # Mobile numbers (06, 07 5x to 07 8x); is_valid_number below has the last word.
                if rng.random() < 0.7:
                    national = "6" + "".join(rng.choices(string.digits, k=8))
                else:
                    national = "7" + rng.choice("5678") + "".join(rng.choices(string.digits, k=7))
                pairs = [national[i : i + 2] for i in range(1, 9, 2)]
                international = f"+33 {national[0]} {' '.join(pairs)}"
                written = (f"0{national[0]} {' '.join(pairs)}", f"0{national[0]}.{'.'.join(pairs)}", f"0{national}")
                region = "FR"
            else:
                area = rng.choice(US_AREA_CODES)
                exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(2, 9)}"
                line = f"{rng.randint(0, 9999):04d}"
                national = area + exchange + line
                international = f"+1 {area}-{exchange}-{line}"
                written = (f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}")
                region = "US"
            number = phonenumbers.parse(international, region)
            if phonenumbers.is_valid_number(number) and national not in self.numbers:
                self.numbers.add(national)
                return Phone(international, written, national)

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        base = rng.choice((f"{ascii_fold(first)}.{ascii_fold(last)}", f"{ascii_fold(first)[0]}{ascii_fold(last)}"))
        while True:
            local = base if rng.random() < 0.5 else f"{base}{rng.randint(1, 99)}"
            if rng.random() < 0.1:
                local = local.capitalize()  # Marie.kerjean@: the local part's case is the owner's
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.emails:
                self.emails.add(address.casefold())
                return address

    def iban(self, country: str) -> str:
        rng = self.rng

        def digits(n: int) -> str:
            return "".join(rng.choices(string.digits, k=n))

        if country == "FR":  # bank, branch, account, RIB key
            bban = digits(5) + digits(5) + digits(11) + digits(2)
        elif country == "DE":
            bban = digits(18)
        elif country == "ES":
            bban = digits(20)
        else:  # GB: bank code letters, sort code, account
            bban = "".join(rng.choices(string.ascii_uppercase, k=4)) + digits(14)
        return country + iban_check_digits(country, bban) + bban


def _post_item(rng: random.Random, kind: str, users: list[User]) -> Item:
    """Another member's e-mail, phone, IBAN or name, written as people write them in a post."""
    if kind == "name":
        user = rng.choice(users)
        return ("name", user.id, f"{user.first_name} {user.last_name}")
    if kind == "email":
        user = rng.choice(users)
        local, _, domain = user.email.rpartition("@")
        # A domain in capitals is the same address (RFC 5321): it must get the same fake.
        return ("email", user.id, f"{local}@{domain.upper()}" if rng.random() < 0.2 else user.email)
    if kind == "phone":
        user = rng.choice([u for u in users if u.phone])
        return ("phone", user.id, rng.choice(user.phone.written))
    user = rng.choice([u for u in users if u.iban])
    return ("iban", user.id, _grouped(user.iban) if rng.random() < 0.7 else user.iban)


def _moment(rng: random.Random, year: int) -> str:
    """A timestamp of `year`, as the three servers print a timestamp without fraction."""
    day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"


def _user(rng: random.Random, make: _Maker, user_id: int) -> User:
    french = rng.random() < 0.6
    first = rng.choice(FRENCH_FIRST_NAMES if french else US_FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    email = make.email(first, last, FRENCH_MAIL if french else US_MAIL)
    phone = make.phone(french) if rng.random() < 0.9 else None
    country = ("FR" if rng.random() < 0.85 else "ES") if french else rng.choice(("DE", "GB"))
    iban = make.iban(country) if rng.random() < 0.85 else None
    work_email = None
    profile = None
    if rng.random() < 0.9:
        if rng.random() < 0.2:
            work_email = make.email(first, last, ("lumen-conseil.fr", "northwind-labs.com"))
        contact: dict[str, Any] = {"email": work_email or email}
        if phone:
            contact["phone"] = rng.choice(phone.written)
        profile = {
            "display_name": f"{first} {last}",
            "contact": contact,
            "prefs": {"lang": "fr" if french else "en", "newsletter": rng.random() < 0.5, "digest": None},
            "clubs_followed": rng.sample(range(1, len(CLUBS) + 1), rng.randint(0, 3)),
        }
        if phone and rng.random() < 0.3:
            written = rng.choice(phone.written)
            profile["bio"] = f"Joignable au {written} après 18h." if french else f"Text me at {written} after 6pm."
    return User(
        id=user_id,
        first_name=first,
        last_name=last,
        email=email,
        phone=phone,
        birth_date=f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        iban=iban,
        deleted_at=_moment(rng, 2023) if rng.random() < DELETED_SHARE else None,
        profile=profile,
        work_email=work_email,
    )


def make_community(seed: int = SEED) -> Community:
    """The whole community, the same for the same seed."""
    rng = random.Random(seed)
    make = _Maker(rng)
    c = Community()
    c.users = [_user(rng, make, i) for i in range(1, USER_COUNT + 1)]

    for company_id, (name, switchboard, email) in enumerate(COMPANIES, 1):
        c.companies.append((company_id, name, switchboard, email))
        c.contacts.append((len(c.contacts) + 1, company_id, "company", "Standard", switchboard, email))
        french = switchboard.startswith("+33")
        domain = email.partition("@")[2]
        for _ in range(rng.randint(2, 4)):
            first = rng.choice(FRENCH_FIRST_NAMES if french else US_FIRST_NAMES)
            last = rng.choice(LAST_NAMES)
            phone = make.phone(french)
            contact_id = len(c.contacts) + 1
            c.contact_phones[contact_id] = phone
            email = make.email(first, last, (domain,))
            c.contacts.append((contact_id, company_id, "person", f"{first} {last}", phone.international, email))

    c.clubs = list(enumerate(CLUBS, 1))
    for user in c.users:
        for club_id in sorted(rng.sample(range(1, len(CLUBS) + 1), rng.randint(0, 3))):
            c.memberships.append((user.id, club_id, rng.choice(("member", "admin", "treasurer"))))
            if rng.random() < 0.5:
                badge = rng.choice(("founder", "volunteer", "top poster"))
                c.badges.append((len(c.badges) + 1, user.id, club_id, badge))

    formatter = string.Formatter()
    for post_id in range(1, POST_COUNT + 1):
        body: list[str | Item] = []
        for literal, kind, _, _ in formatter.parse(rng.choice(POST_TEMPLATES)):
            if literal:
                body.append(literal)
            if kind:
                body.append(_post_item(rng, kind, c.users))
        c.posts.append(Post(post_id, rng.randint(1, USER_COUNT), tuple(body), _moment(rng, 2024)))

    c.comments = [
        (i, rng.randint(1, POST_COUNT), rng.randint(1, USER_COUNT), rng.choice(COMMENT_TEXTS))
        for i in range(1, COMMENT_COUNT + 1)
    ]
    with_iban = [u for u in c.users if u.iban]
    for payment_id in range(1, PAYMENT_COUNT + 1):
        user = rng.choice(with_iban)
        # Mostly the member's own account; sometimes a joint one no other table holds.
        iban = user.iban if rng.random() < 0.85 else make.iban(user.iban[:2])
        c.payments.append((payment_id, user.id, iban, rng.randint(500, 20000), _moment(rng, 2024)))
    c.sessions = [
        (f"{rng.getrandbits(128):032x}", rng.randint(1, USER_COUNT), _moment(rng, 2025)) for _ in range(SESSION_COUNT)
    ]

    members = {user_id for user_id, _, _ in c.memberships}
    authors = {p.author for p in c.posts}
    candidates = sorted(u.id for u in c.users if not u.deleted_at and u.id in members and u.id in authors)
    c.forgotten = sorted(rng.sample(candidates, FORGOTTEN_COUNT))
    return c


# The columns that identify a row, to compare the rows a table keeps with the oracle's.
ROW_KEYS = {table: ("user_id", "club_id") if table == "memberships" else ("id",) for table in COLUMNS}


def kept_keys(c: Community) -> dict[str, set[tuple]]:
    """The oracle: the keys (ROW_KEYS) of the rows each table keeps after scrubbing.

    Users deleted or forgotten leave, and with them, through every foreign key, their
    posts (by e-mail), the comments on those posts and their own comments, their
    payments, their memberships and those memberships' badges; sessions are truncated.
    """
    gone = {u.id for u in c.users if u.deleted_at} | set(c.forgotten)
    users = {u.id for u in c.users} - gone
    posts = {p.id for p in c.posts if p.author in users}
    memberships = {(u, club) for u, club, _ in c.memberships if u in users}
    return {
        "users": {(i,) for i in users},
        "companies": {(row[0],) for row in c.companies},
        "contacts": {(row[0],) for row in c.contacts},
        "clubs": {(row[0],) for row in c.clubs},
        "memberships": memberships,
        "badges": {(i,) for i, u, club, _ in c.badges if (u, club) in memberships},
        "posts": {(i,) for i in posts},
        "comments": {(i,) for i, post, user, _ in c.comments if post in posts and user in users},
        "payments": {(i,) for i, user, *_ in c.payments if user in users},
        "sessions": set(),
    }


def create(server: Any, db: str, c: Community) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    p = server.placeholder
    with server.connect(db) as conn:
        cur = conn.cursor()
        for statement in DDL:
            cur.execute(statement.format(**TYPES[server.name]))
        for table, columns in COLUMNS.items():  # parents first
            marks = ", ".join([p] * len(columns))
            cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", c.rows(table))
        cur.close()


def plain(value: Any) -> Any:
    """A restored value in one form for the three drivers: dates and timestamps as
    their ISO text (a space before the time), JSON as parsed, the rest as it is."""
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return value


def fetch(server: Any, db: str, table: str) -> list[tuple]:
    """Every row of a restored table, in COLUMNS order, values as `plain` gives them."""
    rows = server.query(db, f"SELECT {', '.join(COLUMNS[table])} FROM {table}")
    return [tuple(plain(v) for v in row) for row in rows]


def as_json(value: Any) -> Any:
    """A JSON column's value as Python data (psycopg parses jsonb itself, the others give text)."""
    return value if value is None or isinstance(value, (dict, list)) else json.loads(value)
