"""Rules that match nothing leave every real dump of the corpus byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.corpus import dump_bytes, dumps
from support.scrubbing import scrub_bytes

NOTHING = "version: 1\ntables:\n  no_such_table:\n    columns:\n      email: email\n"
SMALL = [p for p in dumps("mysqldump") + dumps("sqlite3") if not p.name.endswith(".xz")]


@pytest.mark.parametrize("path", SMALL, ids=[p.name for p in SMALL])
def test_untouched_dump_comes_out_identical(path: Path) -> None:
    data = dump_bytes(path)
    output, warnings = scrub_bytes(data, NOTHING, "auto")
    assert output == data
    assert warnings == ["rules.yml:3:3: table `no_such_table` is not in the dump"]
