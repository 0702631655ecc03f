#!/usr/bin/env bash
# Install (when missing) and start the database servers the test suite restores
# dumps into: MariaDB (root over the unix socket) and the PostgreSQL 15 cluster
# "main" (with a superuser role `root`, so root's `psql -d postgres` works through
# peer auth). For Debian 12, run as root, without systemd. Safe to run again: when
# everything is installed and running it only checks, in a second or so.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
PACKAGES=(mariadb-server mariadb-client postgresql sqlite3 xz-utils)
PG_VERSION=15
PG_CLUSTER=main
PG_SOCKET_DIR=/var/run/postgresql
MARIADB_LOG=/var/log/mysql/error.log
TIMEOUT=60   # seconds to wait for a server to answer

say() { echo "services.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

# wait_until CMD...: run CMD every 0.2 s until it succeeds or TIMEOUT passes.
wait_until() {
  local deadline=$((SECONDS + TIMEOUT))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

[ "$(id -u)" -eq 0 ] || die "run me as root: I install packages and start servers"

# ---------------------------------------------------------------- packages
missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt_log=$(mktemp)
  if ! { apt-get update -q && apt-get install -y -q "${missing[@]}"; } >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2
    die "apt-get failed (full log: $apt_log)"
  fi
  rm -f "$apt_log"
fi

# ---------------------------------------------------------------- MariaDB
mariadb_ready() { mariadb --user=root -e 'SELECT 1' >/dev/null 2>&1; }

if ! mariadb_ready; then
  # The package's postinst creates the system tables; only a wiped datadir lacks them.
  if [ ! -d /var/lib/mysql/mysql ]; then
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  fi
  if ! pgrep -x mariadbd >/dev/null; then
    install -d -m 755 -o mysql -g root /run/mysqld
    install -d -m 2750 -o mysql -g adm "$(dirname "$MARIADB_LOG")"
    # Debian's mysqld_safe config logs to syslog, which a container does not run.
    # setsid -f: the server outlives this script and holds none of its output pipes.
    setsid -f mysqld_safe --skip-syslog --log-error="$MARIADB_LOG" </dev/null >/dev/null 2>&1
  fi
  if ! wait_until mariadb_ready; then
    tail -n 20 "$MARIADB_LOG" >&2 || true
    die "MariaDB did not answer within ${TIMEOUT}s (log: $MARIADB_LOG)"
  fi
fi
say "mariadb $(mariadb -N -B -e 'SELECT VERSION()') ready, socket $(mariadb -N -B -e 'SELECT @@socket'), user root"

# ---------------------------------------------------------------- PostgreSQL
# pg_lsclusters -h: "15 main 5432 down postgres /var/lib/postgresql/15/main <log>"
cluster_line() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c'; }

if [ -z "$(cluster_line)" ]; then
  # C.UTF-8: UTF8 encoding whatever the machine's locale (an unset LANG gives SQL_ASCII).
  pg_createcluster --locale=C.UTF-8 "$PG_VERSION" "$PG_CLUSTER" >/dev/null
fi
read -r _ _ pg_port pg_status _ < <(cluster_line)
if [ "$pg_status" != "online" ]; then
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi
if ! wait_until pg_isready -q -h "$PG_SOCKET_DIR" -p "$pg_port"; then
  die "PostgreSQL $PG_VERSION/$PG_CLUSTER did not answer within ${TIMEOUT}s (log: /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log)"
fi
runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$pg_port" -d postgres <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'root') THEN CREATE ROLE root; END IF;
END $$;
ALTER ROLE root SUPERUSER LOGIN;
SQL
say "postgresql $(psql -X -A -t -h "$PG_SOCKET_DIR" -p "$pg_port" -d postgres -c 'SHOW server_version' | cut -d' ' -f1) ready, socket $PG_SOCKET_DIR port $pg_port, superuser root"
