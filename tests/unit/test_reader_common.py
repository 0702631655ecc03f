"""What the three readers share: the read loop's trivia and buffer refills (dialects/base.py)."""

from __future__ import annotations

import pytest

from dumpscrub.errors import DumpSyntaxError
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


UNTERMINATED = {
    "mysql": b"INSERT INTO `other` VALUES (1,'abc",
    "postgres": b"INSERT INTO public.other VALUES (1, 'abc",
    "sqlite": b"INSERT INTO other VALUES(1,'abc",
}


@pytest.mark.parametrize("dialect", sorted(UNTERMINATED))
def test_an_unterminated_string_in_an_untouched_insert_is_an_error_not_a_cut(dialect: str) -> None:
    data = STATEMENT[dialect] + b"-- padding\n" * 10 + UNTERMINATED[dialect]
    for chunk_size in (7, 1 << 20):
        with pytest.raises(DumpSyntaxError, match="unterminated string literal") as err:
            scrub_bytes(data, "version: 1\ntables:\n  x: truncate\n", dialect, chunk_size=chunk_size)
        assert err.value.location.line == 12
