"""The README documents every strategy, and its two set-up commands are the real ones."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from dumpscrub import load_rules, strategies

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_every_strategy_is_in_the_rules_reference() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", README, re.M))
    assert set(strategies.names()) <= documented


def test_the_test_command_is_what_ci_runs() -> None:
    assert "    bash scripts/test.sh\n" in README
    assert "exec bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_the_quick_start_scrubs_the_example() -> None:
    command = re.search(r"^    pip install \. && (dumpscrub .+)$", README, re.M).group(1).split()
    result = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, result.stderr
    original = (ROOT / "examples" / "shop.mysql.sql").read_bytes()
    for personal in (b"marie.dupont@gmail.com", b"Dupont", b"82.65.12.201", b"+33 6 12 34 56 78", b"9f86d081884c7d"):
        assert personal in original and personal not in result.stdout
    assert b"Espresso machine" in result.stdout


def test_the_reference_example_is_valid(tmp_path: Path) -> None:
    block = re.search(r"## Rules reference\n\n```yaml\n(.*?)```", README, re.S).group(1)
    path = tmp_path / "rules.yml"
    path.write_text(block)
    (tmp_path / "forgotten.txt").write_text("42\n17\n")
    rules = load_rules(path)
    assert rules.tables["users"].columns["notes"].strategy.params.value == "redacted"
    assert rules.tables["users"].forget.keys == {"42", "17"}
    assert rules.tables["users"].drop_rows.columns == ("deleted_at",)
    assert rules.tables["contacts"].columns["phone"].when.columns == ("kind",)
    assert "django_session" in rules.tables  # from the preset


def test_example_rules_load() -> None:
    load_rules(ROOT / "examples" / "shop.rules.yml")
