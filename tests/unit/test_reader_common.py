"""What the three readers share: the read loop's trivia and buffer refills (dialects/base.py)."""

from __future__ import annotations

import pytest

from support.scrubbing import scrub_bytes

STATEMENT = {
    "mysql": b"INSERT INTO `t` VALUES (1);\n",
    "postgres": b"SELECT 1;\n",
    "sqlite": b"INSERT INTO t VALUES(1);\n",
}
TAIL = b"-- a comment\n\n" * 12000  # far more than the reader's 64 KiB lookahead


@pytest.mark.parametrize("dialect", sorted(STATEMENT))
def test_a_long_run_of_comments_at_the_end_of_the_dump_is_kept(dialect: str) -> None:
    data = STATEMENT[dialect] + TAIL
    # The chunk sizes where the input ends exactly at a chunk's end, or inside one.
    for chunk_size in (len(data), len(data) - 1, 1 << 16, 1 << 20):
        out, _ = scrub_bytes(data, "version: 1\ntables:\n  x: truncate\n", dialect, chunk_size=chunk_size)
        assert out == data, chunk_size
