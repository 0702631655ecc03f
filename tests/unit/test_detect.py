"""Dialect detection from a dump's first bytes, on every corpus dump and on look-alikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dumpscrub import dialects
from dumpscrub.errors import DumpSyntaxError
from support.corpus import dump_bytes, dumps

EXPECTED = {"mysqldump": "mysql", "pg_dump": "postgres", "sqlite3": "sqlite"}
CASES = [(path, name) for tool, name in EXPECTED.items() for path in dumps(tool)]


@pytest.mark.parametrize("path,expected", CASES, ids=[p.name for p, _ in CASES])
def test_every_corpus_dump_is_recognised(path: Path, expected: str) -> None:
    head = dump_bytes(path)[: dialects.DETECT_BYTES]
    assert dialects.detect(head, path.name).name == expected


@pytest.mark.parametrize(
    "head,expected",
    [
        # No header comments at all (a hand-made or --compact-like dump): the statements tell.
        (b"CREATE TABLE `t` (\n  `a` int\n);\nINSERT INTO `t` VALUES (1);\n", "mysql"),
        (b"SET standard_conforming_strings = on;\nCOPY public.t (a) FROM stdin;\n1\n\\.\n", "postgres"),
        (b"SELECT pg_catalog.set_config('search_path', '', false);\nINSERT INTO public.t VALUES (1);\n", "postgres"),
        (b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a);\nINSERT INTO t VALUES(1);\nCOMMIT;\n", "sqlite"),
    ],
)
def test_markers_without_header_comments(head: bytes, expected: str) -> None:
    assert dialects.detect(head, "dump.sql").name == expected


@pytest.mark.parametrize("head", [b"", b"SELECT 1;\n", b"INSERT INTO t VALUES (1);\n"])
def test_unsure_detection_is_an_error_naming_the_choices(head: bytes) -> None:
    with pytest.raises(DumpSyntaxError, match="cannot tell which program wrote this dump") as err:
        dialects.detect(head, "dump.sql")
    assert f"--dialect {'|'.join(dialects.names())}" in str(err.value.hint)
