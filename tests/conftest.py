"""Fixtures shared by the whole suite: the database servers, --update-golden and
the hypothesis profiles.

Server-backed tests never skip silently: a server that does not answer is an error
telling you to run `bash scripts/services.sh`. To skip the MariaDB and PostgreSQL
tests on purpose, set DUMPSCRUB_SKIP_SERVERS=1.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from typing import TypeVar

import psycopg
import pymysql
import pytest
from hypothesis import settings

from support.databases import MariaDB, PostgreSQL, Server, SQLite

SKIP_SERVERS = "DUMPSCRUB_SKIP_SERVERS"
SERVER_FIXTURES = {"mariadb", "postgres"}

settings.register_profile("dev", max_examples=100)
# deadline=None: a busy CI machine makes single examples slow for no fault of the code.
settings.register_profile("ci", max_examples=300, deadline=None)
settings.load_profile("ci" if os.environ.get("CI", "").lower() == "true" else "dev")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the expected output of golden cases instead of comparing with it (review the diff)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests using a server fixture carry the `servers` marker, so `-m "not servers"` works.
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)


S = TypeVar("S", bound=Server)


def _server(factory: Callable[[], S], what: str) -> S:
    if os.environ.get(SKIP_SERVERS) == "1":
        pytest.skip(f"{what} tests skipped on request: {SKIP_SERVERS}=1 is set")
    try:
        return factory()
    except (pymysql.err.OperationalError, psycopg.OperationalError, OSError, subprocess.CalledProcessError) as e:
        error = str(e)
    # Outside the except block: the message is the whole story, no chained traceback.
    pytest.fail(
        f"{what} is not reachable: {error}\n"
        f"Start the servers with `bash scripts/services.sh` (or set {SKIP_SERVERS}=1 to skip these tests on purpose).",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def mariadb() -> MariaDB:
    """The MariaDB server, with the global sql_mode set strict."""
    return _server(MariaDB, "MariaDB")


@pytest.fixture(scope="session")
def postgres() -> PostgreSQL:
    """The PostgreSQL server, as a superuser."""
    return _server(PostgreSQL, "PostgreSQL")


@pytest.fixture(scope="session")
def sqlite(tmp_path_factory: pytest.TempPathFactory) -> SQLite:
    """SQLite databases in a session temp folder (needs the sqlite3 shell, no server)."""
    try:
        return SQLite(tmp_path_factory.mktemp("sqlite"))
    except FileNotFoundError as e:
        pytest.fail(f"{e}; install it with `bash scripts/services.sh`", pytrace=False)
