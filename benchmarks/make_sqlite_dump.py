"""The SQLite bench dump: the rows of bench-pg.sql in SQLite, dumped by the real sqlite3 shell.

Restores bench-pg.sql into a scratch PostgreSQL database, copies both tables into a
SQLite file with the same columns, and writes `sqlite3 FILE .dump` to bench-sqlite.sql.
Run by make_dumps.sh after the shared script; standalone:

    python3 benchmarks/make_sqlite_dump.py benchmarks/out
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

SOCKET = "/var/run/postgresql"
SCRATCH = "dumpscrub_bench_sqlite"
SCHEMA = """
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  first_name VARCHAR(50) NOT NULL,
  last_name VARCHAR(50) NOT NULL,
  email VARCHAR(120) NOT NULL UNIQUE,
  phone VARCHAR(30),
  birth_date DATE,
  address TEXT,
  created_at DATETIME NOT NULL,
  prefs TEXT
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  customer_email VARCHAR(120) NOT NULL REFERENCES users (email) ON UPDATE CASCADE,
  amount DECIMAL(10,2) NOT NULL,
  status VARCHAR(16) NOT NULL,
  comment TEXT,
  created_at DATETIME NOT NULL
);
CREATE INDEX ix_orders_user ON orders (user_id);
"""
BATCH = 10_000


def copy_rows(pg: psycopg.Connection, lite: sqlite3.Connection, table: str) -> None:
    with pg.cursor(name=f"read_{table}") as cur:  # server-side: the rows are streamed
        cur.execute(f"SELECT * FROM {table} ORDER BY id")
        while rows := cur.fetchmany(BATCH):
            values = [tuple(v if isinstance(v, (int, str, type(None))) else str(v) for v in row) for row in rows]
            lite.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(values[0]))})", values)


def main(out: Path) -> None:
    subprocess.run(["dropdb", "-h", SOCKET, "--if-exists", SCRATCH], check=True)
    subprocess.run(["createdb", "-h", SOCKET, SCRATCH], check=True)
    try:
        subprocess.run(
            ["psql", "-h", SOCKET, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", SCRATCH, "-f", str(out / "bench-pg.sql")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            lite = sqlite3.connect(path)
            lite.executescript(SCHEMA)
            with psycopg.connect(host=SOCKET, dbname=SCRATCH) as pg:
                for table in ("users", "orders"):
                    copy_rows(pg, lite, table)
            lite.commit()
            lite.close()
            with open(out / "bench-sqlite.sql", "wb") as dump:
                subprocess.run(["sqlite3", str(path), ".dump"], stdout=dump, check=True)
    finally:
        subprocess.run(["dropdb", "-h", SOCKET, SCRATCH], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "out")
