#!/usr/bin/env bash
# The project's one test command: start the database servers, install the package
# with its test extra, run pytest. Arguments go to pytest (defaults: pyproject.toml).
#   bash scripts/test.sh [PYTEST_ARGS...]
# DUMPSCRUB_SKIP_SERVERS=1 skips the MariaDB/PostgreSQL tests on purpose (and the
# server start); pytest reports each skip. DUMPSCRUB_TEST_WORKERS=N runs N pytest
# workers (default 2; 0 runs the suite in one process).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${DUMPSCRUB_SKIP_SERVERS:-}" = "1" ]; then
  echo "test.sh: DUMPSCRUB_SKIP_SERVERS=1: not starting the servers, their tests will be skipped" >&2
else
  bash scripts/services.sh
fi
PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q --disable-pip-version-check -e '.[test]'

# Two workers (DUMPSCRUB_TEST_WORKERS=0: none): while one waits for a server to restore a
# dump, the other runs. Tests of one module (or one class: an acceptance application)
# stay on one worker (their fixtures build databases once). Server database names carry
# the worker's pid: no clash. The 15 slowest tests are listed at the end, to keep the
# suite well under 10 minutes.
workers=${DUMPSCRUB_TEST_WORKERS:-2}
parallel=()
if [ "$workers" != "0" ]; then
  parallel=(-n "$workers" --dist loadscope -p no:benchmark)
fi
status=0
python3 -m pytest "${parallel[@]}" --durations=15 "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests: nothing was tested" >&2
  exit 1
fi
exit "$status"
