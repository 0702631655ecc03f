#!/usr/bin/env bash
# Build the PII-dense benchmark dumps into benchmarks/out/ (gitignored) with the
# real MariaDB and PostgreSQL servers and dump tools, by running
# ../shared/bench/make-bench-dumps.sh (the schema and the rows are defined there).
#
#   bash benchmarks/make_dumps.sh                                 # 200k users, 400k orders (~10 s here)
#   USERS=1000000 ORDERS=2000000 bash benchmarks/make_dumps.sh    # the full size of the core issue (~50 s here)
#   OUT=/tmp/bench bash benchmarks/make_dumps.sh                  # somewhere else
#
# Writes bench-mysql.sql, bench-pg.sql, bench-pg-inserts.sql and bench-sqlite.sql
# (the same rows copied into SQLite by make_sqlite_dump.py, dumped by sqlite3), plus
# bench-size.txt recording USERS and ORDERS (bench_scrub.py prints it). Run as
# root: scripts/services.sh is run first (it installs and starts the servers
# when needed, and only checks them when they are up), and the shared script
# uses the mysql client as root and `runuser -u postgres`. It drops and
# recreates the database DB (default perf_bench) on both servers.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
SHARED=${SHARED:-$ROOT/../shared/bench/make-bench-dumps.sh}
OUT=${OUT:-$HERE/out}
export USERS=${USERS:-200000}
export ORDERS=${ORDERS:-400000}

[ -f "$SHARED" ] || { echo "make_dumps.sh: error: $SHARED not found (set SHARED=path/to/make-bench-dumps.sh)" >&2; exit 1; }
bash "$ROOT/scripts/services.sh"
mkdir -p "$OUT"
rm -f "$OUT/bench-size.txt"  # written only once every dump is complete
started=$SECONDS
bash "$SHARED" "$OUT"
python3 "$HERE/make_sqlite_dump.py" "$OUT"
printf 'USERS=%s ORDERS=%s\n' "$USERS" "$ORDERS" >"$OUT/bench-size.txt"
echo "make_dumps.sh: built $USERS users / $ORDERS orders into $OUT in $((SECONDS - started)) s" >&2
