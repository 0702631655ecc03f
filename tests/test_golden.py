"""Golden cases: input.sql + rules.yml -> expected.sql, one folder per dump quirk.

Regenerate with `pytest tests/test_golden.py --update-golden` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support.scrubbing import scrub_bytes

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.glob("*/*") if (p / "input.sql").exists())


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    data = (case / "input.sql").read_bytes()
    output, _ = scrub_bytes(data, (case / "rules.yml").read_text(), case.parent.name)
    expected = case / "expected.sql"
    if request.config.getoption("update_golden"):
        expected.write_bytes(output)
    assert output == expected.read_bytes()
    # Statements of tables without rules come out byte for byte.
    for line in data.splitlines(keepends=True):
        if b"keepme" in line:  # a table no rule names, in every dialect
            assert line in output


def test_rules_that_match_nothing_change_nothing() -> None:
    case = GOLDEN / "mysql" / "passthrough_bytes"
    data = (case / "input.sql").read_bytes()
    assert scrub_bytes(data, (case / "rules.yml").read_text(), "mysql")[0] == data
