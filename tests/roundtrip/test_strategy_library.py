"""The value strategies on real servers: a table of typed columns (date, timestamp,
epoch, IBAN, card, UUID, blob, decimal...) is filled, dumped by the real tool
(mysqldump with and without --hex-blob, pg_dump, sqlite3 .dump), scrubbed with a rule
per column, restored with its keys and checks, and every value read back is checked
there: it has its column's type, is valid for its kind, and changed as its rule says.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import uuid
from decimal import Decimal

import pytest

from dumpscrub.strategies.binary import PLACEHOLDERS
from dumpscrub.strategies.finance import card_prefix, iban_check_digits, is_luhn_valid, is_valid_iban, luhn_check_digit
from dumpscrub.strategies.identity import phpass_hash
from support.databases import PG_SOCKET_DIR, MariaDB, PostgreSQL, Server, SQLite
from support.scrubbing import scrub_bytes

ROWS = 24
RULES = r"""
version: 1
tables:
  people:
    columns:
      born: {strategy: date, generalize: year}
      seen: {strategy: datetime, shift_days: 30}
      stamp: datetime
      iban: iban
      card: credit_card
      ext: uuid
      login: username
      pw: password
      employer: company
      street: street
      city: city
      zip: {strategy: postcode, generalize: 2}
      country: country
      bio: text
      photo: {strategy: blob, placeholder: image}
      masked: mask
      note: {strategy: regex, pattern: '\d', replace: '#'}
      salary: {strategy: number, round: 1000}
      score: {strategy: number, noise: 0.2}
      job: {strategy: faker, provider: job}
"""
PNG_HEAD = b"\x89PNG\r\n\x1a\n"
JPEG_HEAD = b"\xff\xd8\xff\xe0"


def people() -> list[tuple]:
    """ROWS rows of originals, every value distinct where a key asks it."""
    rows = []
    for i in range(ROWS):
        bban = f"30006000{i:011d}89"
        photo = (PNG_HEAD if i % 2 else JPEG_HEAD) + bytes(range(256)) + b"'\\\x00\n" + bytes([i])
        rows.append((
            i + 1,
            dt.date(1950 + i, 1 + i % 12, 1 + i % 28),
            dt.datetime(2020, 1 + i % 12, 10, 8 + i % 10, 30, 15),
            1_600_000_000 + i * 86_400 * 7,
            f"FR{iban_check_digits('FR', bban)}{bban}",
            _card(i),
            str(uuid.UUID(int=i * 7919 + 1)),
            f"user{i}",
            "$P$B" + f"{i:08d}" + "x" * 22 if i % 2 else "$2y$10$" + "a" * 53,
            f"Company {i}",
            f"{i} Main Street",
            "Paris" if i % 2 else "Lyon",
            f"{75000 + i}",
            "FR",
            f"Line one about person {i}.\nLine two, a little longer than the first one.",
            photo,
            f"4970 1000 0000 {i:04d}",
            f"ticket {i} of 2024",
            Decimal(f"{41234 + i * 997}.50"),
            100 + i,
            "Engineer",
        ))
    return rows


def _card(i: int) -> str:
    payload = f"4539{i:011d}"
    return payload + luhn_check_digit(payload)


COLUMNS = ("id, born, seen, stamp, iban, card, ext, login, pw, employer, street, city, zip, country, bio, photo,"
           " masked, note, salary, score, job")
MYSQL_DDL = """CREATE TABLE people (
  id int PRIMARY KEY, born date NOT NULL, seen datetime NOT NULL, stamp bigint NOT NULL,
  iban varchar(34) NOT NULL UNIQUE, card varchar(19) NOT NULL UNIQUE, ext char(36) NOT NULL UNIQUE,
  login varchar(30) NOT NULL UNIQUE, pw varchar(255) NOT NULL, employer varchar(100), street varchar(100),
  city varchar(60), zip varchar(10), country char(2), bio text, photo mediumblob, masked varchar(19),
  note varchar(50), salary decimal(10,2), score smallint, job varchar(120)
) CHARACTER SET utf8mb4"""
PG_DDL = """CREATE TABLE people (
  id int PRIMARY KEY, born date NOT NULL, seen timestamp NOT NULL, stamp bigint NOT NULL,
  iban varchar(34) NOT NULL UNIQUE CHECK (length(iban) BETWEEN 15 AND 34), card varchar(19) NOT NULL UNIQUE,
  ext uuid NOT NULL UNIQUE, login varchar(30) NOT NULL UNIQUE, pw varchar(255) NOT NULL, employer varchar(100),
  street varchar(100), city varchar(60), zip varchar(10), country char(2), bio text, photo bytea,
  masked varchar(19), note varchar(50), salary numeric(10,2), score smallint, job varchar(120)
)"""
SQLITE_DDL = """CREATE TABLE people (
  id INTEGER PRIMARY KEY, born DATE NOT NULL, seen TIMESTAMP NOT NULL, stamp INTEGER NOT NULL,
  iban VARCHAR(34) NOT NULL UNIQUE CHECK (length(iban) BETWEEN 15 AND 34), card VARCHAR(19) NOT NULL UNIQUE,
  ext TEXT NOT NULL UNIQUE CHECK (length(ext) = 36), login VARCHAR(30) NOT NULL UNIQUE, pw TEXT NOT NULL,
  employer TEXT, street TEXT, city TEXT, zip TEXT, country TEXT CHECK (length(country) = 2), bio TEXT,
  photo BLOB CHECK (typeof(photo) = 'blob'), masked TEXT, note TEXT, salary NUMERIC, score INTEGER, job TEXT
)"""


def fill(server: Server, db: str, ddl: str, rows: list[tuple]) -> None:
    marks = ", ".join([server.placeholder] * len(rows[0]))
    with server.connect(db) as conn:
        cur = conn.cursor()
        cur.execute(ddl)
        if isinstance(server, SQLite):  # sqlite3 stores dates as the text the others dump
            rows = [tuple(str(v) if isinstance(v, (dt.date, Decimal)) else v for v in row) for row in rows]
        cur.executemany(f"INSERT INTO people ({COLUMNS}) VALUES ({marks})", rows)
        cur.close()


def read(server: Server, db: str) -> list[tuple]:
    return server.query(db, f"SELECT {COLUMNS} FROM people ORDER BY id")


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def check(before: list[tuple], after: list[tuple]) -> None:
    assert len(after) == len(before) == ROWS
    for old, new in zip(before, after):
        (_, born, seen, stamp, iban, card, ext, login, pw, employer, street, city, zip_, country, bio, photo,
         masked, note, salary, score, job) = new
        assert as_date(born) == dt.date(as_date(old[1]).year, 1, 1)
        shift = as_datetime(seen) - as_datetime(old[2])
        assert shift.seconds == 0 and 1 <= abs(shift.days) <= 30
        assert isinstance(stamp, int) and stamp != old[3] and abs(stamp - old[3]) <= 11 * 366 * 86400
        assert is_valid_iban(iban) and iban[:2] == "FR" and len(iban) == len(old[4]) and iban != old[4]
        assert is_luhn_valid(card) and card_prefix(card) == "4" and len(card) == len(old[5]) and card != old[5]
        assert uuid.UUID(str(ext)).version == 4 and str(ext) != old[6]
        assert re.fullmatch(r"[a-z0-9._]+", login) and login != old[7]
        if old[8].startswith("$P$"):
            assert pw[:4] == "$P$B" and phpass_hash(b"password", pw[:12]) == pw
        else:
            assert pw.startswith("$2y$10$") and pw != old[8]
        assert employer and employer != old[9] and street != old[10] and city and city != old[11]
        assert zip_ == old[12][:2] + "000"
        assert re.fullmatch(r"[A-Z]{2}", country) and country != "FR"
        assert bio.count("\n") == 1 and bio != old[14] and abs(len(bio) - len(old[14])) <= 0.2 * len(old[14]) + 1
        assert bytes(photo) == (PLACEHOLDERS["png"] if old[15].startswith(PNG_HEAD) else PLACEHOLDERS["jpeg"])
        assert masked == "**** **** **** " + old[16][-4:]
        assert note == re.sub(r"\d", "#", old[17])
        assert Decimal(str(salary)) % 1000 == 0 and abs(Decimal(str(salary)) - Decimal(str(old[18]))) <= 500
        assert isinstance(score, int) and abs(score - old[19]) <= 0.2 * old[19] + 1
        assert job and job != old[20]


def round_trip(server: Server, ddl: str, dump_command, dialect: str) -> tuple[bytes, bytes]:
    rows = people()
    source = server.fresh_database("library_source")
    target = server.fresh_database("library_target")
    try:
        fill(server, source, ddl, rows)
        dump = subprocess.run(dump_command(source), capture_output=True, check=True).stdout
        scrubbed, warnings = scrub_bytes(dump, RULES, dialect)
        assert not warnings
        server.restore(target, scrubbed)
        check(read(server, source), read(server, target))
        return dump, scrubbed
    finally:
        server.drop(source)
        server.drop(target)


@pytest.mark.parametrize("hex_blob", [False, True], ids=["escaped-blobs", "hex-blob"])
def test_mariadb(mariadb: MariaDB, hex_blob: bool) -> None:
    def command(db: str) -> list[str]:
        return ["mysqldump", f"--socket={mariadb.socket}", "--user=root", *(["--hex-blob"] if hex_blob else []), db]

    dump, scrubbed = round_trip(mariadb, MYSQL_DDL, command, "mysql")
    assert (b"0x89504E47" in dump) == hex_blob == (b"0x89504E47" in scrubbed)


def test_postgres(postgres: PostgreSQL) -> None:
    dump, _ = round_trip(postgres, PG_DDL, lambda db: ["pg_dump", "-h", PG_SOCKET_DIR, db], "postgres")
    assert b"COPY public.people" in dump


def test_sqlite(sqlite: SQLite) -> None:
    dump, scrubbed = round_trip(sqlite, SQLITE_DDL, lambda db: ["sqlite3", str(sqlite.path(db)), ".dump"], "sqlite")
    assert b"X'89504e47" in dump and b"X'89504e47" in scrubbed
