#!/usr/bin/env bash
# Give a new developer a working local database in one command: fetch the latest
# scrubbed dump (published by examples/ci/), check it, and load it.
#
#   DUMP_URL=https://dumps.example.internal/latest/dev.sql.gz bash examples/onboarding.sh [DB]
#
# DB is the database to (re)create: a name for PostgreSQL and MariaDB/MySQL, a file
# for SQLite (default: shop, or shop.db). The engine is read from the dump's first
# lines (pg_dump, mysqldump/mariadb-dump or sqlite3 wrote it); the dump may be plain,
# gzip or xz. When DUMP_URL.sha256 exists it must match (set CHECKSUM=0 to skip).
# Connection settings are the clients' own: PGHOST/PGUSER..., ~/.my.cnf.
# The database named DB is dropped first: run it again to get the latest dump.
set -euo pipefail

say() { echo "onboarding: $*" >&2; }
die() { say "error: $*"; exit 1; }

url=${DUMP_URL:-}
[ -n "$url" ] || die "set DUMP_URL to the published dump (https://..., s3 via a presigned URL, or file:///path)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say "fetching $url"
curl --fail --silent --show-error --location --output "$work/dump" "$url" || die "cannot fetch $url"
if [ "${CHECKSUM:-1}" != "0" ] && curl --fail --silent --location --output "$work/dump.sha256" "$url.sha256"; then
  expected=$(cut -d' ' -f1 <"$work/dump.sha256")
  actual=$(sha256sum "$work/dump" | cut -d' ' -f1)
  [ "$expected" = "$actual" ] || die "checksum mismatch: $url is not what was published (got $actual)"
  say "checksum ok"
fi

case "$(head -c 6 "$work/dump" | od -An -tx1 | tr -d ' \n')" in
  1f8b*) gzip -dc "$work/dump" >"$work/dump.sql" ;;
  fd377a585a00) xz -dc "$work/dump" >"$work/dump.sql" ;;
  *) mv "$work/dump" "$work/dump.sql" ;;
esac
dump="$work/dump.sql"

head=$(head -c 4096 "$dump")
if grep -q -e '^-- PostgreSQL database dump' <<<"$head"; then
  engine=postgres
elif grep -q -e '^-- MariaDB dump' -e '^-- MySQL dump' <<<"$head"; then
  engine=mysql
elif grep -q -e '^BEGIN TRANSACTION;' <<<"$head"; then
  engine=sqlite
else
  die "cannot tell which program wrote the dump (expected pg_dump, mysqldump or sqlite3 output)"
fi

case "$engine" in
  postgres)
    db=${1:-shop}
    say "loading into PostgreSQL database $db"
    dropdb --if-exists "$db"
    createdb "$db"
    psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 --dbname="$db" --file="$dump" >/dev/null
    ;;
  mysql)
    db=${1:-shop}
    client=$(command -v mariadb || command -v mysql) || die "no mariadb or mysql client on PATH"
    say "loading into MariaDB/MySQL database $db"
    "$client" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"
    "$client" "$db" <"$dump"
    ;;
  sqlite)
    db=${1:-shop.db}
    say "loading into SQLite file $db"
    rm -f "$db"
    sqlite3 -bail "$db" <"$dump"
    ;;
esac
say "done: $engine database $db is ready"
