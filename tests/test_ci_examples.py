"""The CI examples (examples/ci/) run the commands they show: every dumpscrub step of
the GitHub Actions workflow and the GitLab CI job runs, in order, on the bundled shop
example (its pg_dump standing in for production), and passes."""

from __future__ import annotations

import gzip
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def github_steps() -> list[str]:
    workflow = yaml.safe_load((EXAMPLES / "ci" / "github-actions.yml").read_text())
    return [step["run"] for step in workflow["jobs"]["publish"]["steps"] if "run" in step]


def gitlab_steps() -> list[str]:
    job = yaml.safe_load((EXAMPLES / "ci" / "gitlab-ci.yml").read_text())["scrubbed-dump"]
    return job["script"]


def dumpscrub_commands(steps: list[str]) -> list[list[str]]:
    """Each `dumpscrub ...` command line of the steps, as argv (up to a redirection)."""
    found = []
    for step in steps:
        for line in step.splitlines():
            line = line.strip()
            if line.startswith("dumpscrub "):
                found.append(shlex.split(line.split(" > ", 1)[0]))
    return found


@pytest.mark.parametrize("steps", [github_steps, gitlab_steps], ids=["github", "gitlab"])
def test_every_dumpscrub_step_runs_on_the_example(steps, tmp_path: Path) -> None:
    commands = dumpscrub_commands(steps())
    assert [c[1] for c in commands] == ["scan", "prod.sql.gz", "verify", "report"], commands
    (tmp_path / "prod.sql.gz").write_bytes(gzip.compress((EXAMPLES / "shop.pg.sql").read_bytes()))
    shutil.copy(EXAMPLES / "shop.rules.yml", tmp_path / "rules.yml")
    env = {**os.environ, "DUMPSCRUB_SECRET": "ci-example"}
    for argv in commands:
        if argv[1] == "report":  # the shop has no birth dates: measure what it has
            argv = [re.sub(r"^users:.*", "users:last_name", a) for a in argv]
            argv[argv.index("--min-k") + 1] = "1"
        result = subprocess.run([sys.executable, "-m", "dumpscrub", *argv[1:]], cwd=tmp_path, env=env,
                                capture_output=True, text=True)
        assert result.returncode == 0, (argv, result.stdout, result.stderr)
    assert (tmp_path / "dev.sql").stat().st_size > 0


def test_the_steps_stop_the_publication_when_personal_data_is_uncovered(tmp_path: Path) -> None:
    (tmp_path / "prod.sql.gz").write_bytes(gzip.compress((EXAMPLES / "shop.pg.sql").read_bytes()))
    rules = (EXAMPLES / "shop.rules.yml").read_text().replace("      phone: phone\n", "")
    (tmp_path / "rules.yml").write_text(rules)
    scan, scrub = dumpscrub_commands(github_steps())[:2]
    result = subprocess.run([sys.executable, "-m", "dumpscrub", *scan[1:]], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1 and "phone" in result.stdout
    result = subprocess.run([sys.executable, "-m", "dumpscrub", *scrub[1:]], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2 and "`public.users.phone` is not classified" in result.stderr
    assert not (tmp_path / "dev.sql").exists()
