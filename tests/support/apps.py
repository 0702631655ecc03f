"""What the held-out applications of issue 5 share: their loading code and generic values.

Each application module (heldout.py, blind_app.py, third_app.py, fourth_app.py,
fifth_app.py, sixth_app.py) keeps its own tables, rows, naming and data generation; this
module builds the CREATE TABLE statements from an app's schema description for a server,
creates and fills the database, dumps it with the server's own program, loads an app's
labels file, and draws the values every app needs (check digits, IBANs, images, PDFs,
e-mail letters, moments, IPs, base64).

Every helper draws from the `random.Random` it is given in the same order the apps did
before it was factored out, so the apps' rows stay byte for byte the same.
"""

from __future__ import annotations

import base64
import random
import struct
import subprocess
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

Schema = Mapping[str, tuple[str, ...]]  # table: ("name type constraints", ...), parents first


def foreign_key(child: str, columns: list[str], parent: str, parent_columns: list[str]) -> dict:
    """A foreign key as the apps' FOREIGN_KEYS list it (the acceptance test reads these keys)."""
    return {"child": child, "columns": columns, "parent": parent, "parent_columns": parent_columns}


def columns_of(schema: Schema) -> dict[str, tuple[str, ...]]:
    """Every table's column names, in the schema's order."""
    return {table: tuple(d.split(" ", 1)[0] for d in definitions) for table, definitions in schema.items()}


def ddl(server: Any, schema: Schema, foreign_keys: Iterable[dict], types: Mapping[str, Mapping[str, str]]) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted; `types[server.name]`
    fills the definitions' placeholders ({ts}, {json}, {blob}...)."""
    q = server.quote
    foreign_keys = tuple(foreign_keys)
    statements = []
    for table, definitions in schema.items():
        parts = []
        for definition in definitions:
            name, rest = definition.split(" ", 1)
            parts.append(f"{q(name)} {rest.format(**types[server.name])}")
        for fk in foreign_keys:
            if fk["child"] == table:
                columns, parents = (", ".join(q(c) for c in fk[k]) for k in ("columns", "parent_columns"))
                parts.append(f"FOREIGN KEY ({columns}) REFERENCES {q(fk['parent'])} ({parents})")
        statements.append(f"CREATE TABLE {q(table)} ({', '.join(parts)})")
    return statements


def stored(server: Any, table: str, row: tuple) -> tuple:
    """A row as `server`'s driver takes it: SQLite's has no Decimal adapter."""
    if server.name != "sqlite":
        return row
    return tuple(str(v) if isinstance(v, Decimal) else v for v in row)


def create(server: Any, db: str, statements: Iterable[str], columns: Mapping[str, tuple[str, ...]],
           rows: Mapping[str, list[tuple]], store: Callable[[Any, str, tuple], tuple] = stored) -> None:
    """Run `statements` (the DDL) on `server` (a support.databases.Server), then insert every
    table's `rows` in `columns` order (parents first), each passed through `store`."""
    mark = server.placeholder
    with server.connect(db) as conn:
        cur = conn.cursor()
        for statement in statements:
            cur.execute(statement)
        for table, names in columns.items():
            quoted = ", ".join(server.quote(c) for c in names)
            cur.executemany(f"INSERT INTO {server.quote(table)} ({quoted}) VALUES ({', '.join([mark] * len(names))})",
                            [store(server, table, row) for row in rows[table]])
        cur.close()


def dump(server: Any, db: str) -> bytes:
    """The database as its own dump program writes it, default options."""
    if server.name == "mariadb":
        cmd = ["mysqldump", f"--socket={server.socket}", "--user=root", db]
    elif server.name == "postgresql":
        cmd = ["pg_dump", "-h", server.host, db]
    else:
        cmd = ["sqlite3", str(server.path(db)), ".dump"]
    return subprocess.run(cmd, capture_output=True, check=True).stdout


def load_labels(path: Path, tool: str) -> dict:
    """A labels file's section for `tool`: columns, quasi_identifiers, not_personal,
    clearly_not_personal."""
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)[tool]


# Values.


def ascii_fold(text: str) -> str:
    """The letters of an e-mail local part: accents dropped, ASCII only, lower case."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return "".join(ch for ch in folded if ch.isalnum() or ch == "-")


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to `digits` (RPPS numbers, SIRETs, IMEIs carry one)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616's check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def compact_iban(value: str) -> str:
    """An IBAN without its spaces, upper case: the form a leak check compares."""
    return value.replace(" ", "").upper()


def grouped(compact: str) -> str:
    """An IBAN in its paper format: groups of four characters."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def png_bytes(rng: random.Random) -> bytes:
    """A small valid PNG (8x8 RGB), a different picture each call."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(rng.getrandbits(8) for _ in range(24)) for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def jpeg_bytes(rng: random.Random) -> bytes:
    """A JFIF file's framing (SOI, APP0, a comment, the scan's bytes, EOI) as a scanner writes it."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    comment = b"Scan carte Vitale"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(300, 900))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose content stream (deflated, as every PDF writer does) shows `lines`."""
    text = " ".join(f"({line.encode('latin-1', 'replace').decode('latin-1')}) Tj T*" for line in lines)
    stream = zlib.compress(f"BT /F1 10 Tf 14 TL 50 800 Td {text} ET".encode("latin-1", "replace"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def b64(raw: bytes, url: bool = False) -> str:
    """Base64 without its padding, URL-safe if asked (tokens, JWT parts, hashes' salts)."""
    coded = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    return coded.rstrip(b"=").decode("ascii")


def day(rng: random.Random, first_year: int, last_year: int) -> str:
    """A date between two years (days 1 to 28, valid in every month)."""
    return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def moment(rng: random.Random, first_year: int, last_year: int, hours: tuple[int, int] = (0, 23)) -> str:
    """A timestamp between two years, its hour within `hours`: the day drawn first, then the clock."""
    return f"{day(rng, first_year, last_year)} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def after(moment_of: Callable[[int, int], str], when: str, last_year: int) -> str:
    """A moment after `when` (a later day of its year or a later year), drawn by `moment_of`
    (the app's own moment), for updates and deliveries."""
    year = int(when[:4])
    later = moment_of(year, max(year, last_year))
    return later if later > when else when


def ipv4(rng: random.Random, firsts: tuple[int, ...]) -> str:
    """An IPv4 address in one of the /8 ranges `firsts` (a country's access networks)."""
    return f"{rng.choice(firsts)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


class Unique:
    """Draws values never drawn before (national ids, account numbers, references)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def unique(self, draw: Callable[[], str]) -> str:
        """A value of `draw()` not drawn before."""
        while True:
            value = draw()
            if value not in self.used:
                self.used.add(value)
                return value
