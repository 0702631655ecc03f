"""Make the PostgreSQL and SQLite versions of the bundled example from the MariaDB one.

Loads make-shop.sql into MariaDB, creates the same schema in PostgreSQL and SQLite,
copies every row over, and dumps them with the real pg_dump and sqlite3:

    bash scripts/services.sh && python3 examples/make_shop.py

writes examples/shop.pg.sql and examples/shop.sqlite.sql (shop.mysql.sql is made by
mysqldump, see README "How the example was made").
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pymysql

HERE = Path(__file__).resolve().parent
DB = "dumpscrub_shop_example"
TABLES = ("users", "products", "orders", "sessions")

PG_SCHEMA = """
CREATE TABLE users (
  id integer PRIMARY KEY,
  email varchar(254) NOT NULL UNIQUE,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  phone varchar(32),
  postal_address text,
  last_login_ip inet,
  password_hash varchar(255) NOT NULL,
  avatar bytea,
  notes text,
  created_at timestamp NOT NULL
);
CREATE TABLE products (id integer PRIMARY KEY, name varchar(100) NOT NULL, price numeric(10,2) NOT NULL);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  customer_email varchar(254) NOT NULL REFERENCES users (email) ON UPDATE CASCADE,
  ship_name varchar(120) NOT NULL,
  ship_address text NOT NULL,
  product_id integer NOT NULL REFERENCES products (id),
  total numeric(10,2) NOT NULL,
  placed_at timestamp NOT NULL
);
CREATE TABLE sessions (id char(32) PRIMARY KEY, user_id integer NOT NULL, ip inet NOT NULL, expires_at timestamp NOT NULL);
"""

SQLITE_SCHEMA = """
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email VARCHAR(254) NOT NULL UNIQUE,
  first_name VARCHAR(50) NOT NULL,
  last_name VARCHAR(50) NOT NULL,
  phone VARCHAR(32),
  postal_address TEXT,
  last_login_ip VARCHAR(45),
  password_hash VARCHAR(255) NOT NULL,
  avatar BLOB,
  notes TEXT,
  created_at DATETIME NOT NULL
);
CREATE TABLE products (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, price DECIMAL(10,2) NOT NULL);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  customer_email VARCHAR(254) NOT NULL REFERENCES users (email) ON UPDATE CASCADE,
  ship_name VARCHAR(120) NOT NULL,
  ship_address TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products (id),
  total DECIMAL(10,2) NOT NULL,
  placed_at DATETIME NOT NULL
);
CREATE TABLE sessions (id CHAR(32) PRIMARY KEY, user_id INTEGER NOT NULL, ip VARCHAR(45) NOT NULL, expires_at DATETIME NOT NULL);
"""


def mariadb_rows() -> dict[str, list[tuple]]:
    cmd = ["mariadb", "--user=root", "--default-character-set=utf8mb4"]
    subprocess.run(cmd, input=f"DROP DATABASE IF EXISTS {DB}; CREATE DATABASE {DB};".encode(), check=True)
    subprocess.run([*cmd, DB], input=(HERE / "make-shop.sql").read_bytes(), check=True)
    conn = pymysql.connect(unix_socket="/run/mysqld/mysqld.sock", user="root", database=DB, charset="utf8mb4")
    try:
        with conn.cursor() as cur:
            rows = {}
            for table in TABLES:
                cur.execute(f"SELECT * FROM {table} ORDER BY id")
                rows[table] = list(cur.fetchall())
            cur.execute(f"DROP DATABASE {DB}")
    finally:
        conn.close()
    return rows


def postgres_dump(rows: dict[str, list[tuple]]) -> bytes:
    subprocess.run(["dropdb", "-h", "/var/run/postgresql", "--if-exists", DB], check=True)
    subprocess.run(["createdb", "-h", "/var/run/postgresql", DB], check=True)
    try:
        with psycopg.connect(host="/var/run/postgresql", dbname=DB, autocommit=True) as conn:
            conn.execute(PG_SCHEMA)
            for table in TABLES:
                for row in rows[table]:
                    conn.execute(f"INSERT INTO {table} VALUES ({', '.join(['%s'] * len(row))})", row)
        return subprocess.run(["pg_dump", "-h", "/var/run/postgresql", DB], capture_output=True, check=True).stdout
    finally:
        subprocess.run(["dropdb", "-h", "/var/run/postgresql", DB], check=True)


def sqlite_dump(rows: dict[str, list[tuple]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shop.db"
        conn = sqlite3.connect(path)
        conn.executescript(SQLITE_SCHEMA)
        for table in TABLES:
            for row in rows[table]:
                values = [str(v) if not isinstance(v, (int, float, str, bytes, type(None))) else v for v in row]
                conn.execute(f"INSERT INTO {table} VALUES ({', '.join(['?'] * len(row))})", values)
        conn.commit()
        conn.close()
        return subprocess.run(["sqlite3", str(path), ".dump"], capture_output=True, check=True).stdout


def main() -> None:
    rows = mariadb_rows()
    (HERE / "shop.pg.sql").write_bytes(postgres_dump(rows))
    (HERE / "shop.sqlite.sql").write_bytes(sqlite_dump(rows))


if __name__ == "__main__":
    main()
