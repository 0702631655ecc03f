"""The shared corpus of real dumps (shared/corpus, beside the repository).

See shared/corpus/README.md for what each dump holds and how it restores.
"""

from __future__ import annotations

import lzma
import re
from pathlib import Path

import yaml

# tests/support/corpus.py -> parents[2] is the repository, parents[3] the folder
# holding it and shared/ (both locally and in CI, where the repo is cloned elsewhere).
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TOOLS = ("mysqldump", "pg_dump", "sqlite3")

# <dataset>.<tool>.<variant>.sql[.xz], e.g. employees-standin.pg_dump.default.sql.xz
_DUMP_NAME = re.compile(r"(?P<dataset>[a-z]+(?:-[a-z]+)?)\.(?P<tool>[a-z0-9_]+)\.(?P<variant>[a-z0-9-]+)\.sql(?:\.xz)?")


def _check_tool(tool: str) -> None:
    if tool not in TOOLS:
        raise ValueError(f"unknown dump tool {tool!r}; expected one of {', '.join(TOOLS)}")


def _section(dataset: str, filename: str, tool: str) -> object:
    _check_tool(tool)
    with (CORPUS / dataset / filename).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)[tool]


def load_pii(dataset: str, tool: str) -> list[dict]:
    """The personal columns of `dataset` under `tool`'s names (pii.yml `columns`).

    Each entry has table, column, category and maybe note.
    """
    return _section(dataset, "pii.yml", tool)["columns"]


def load_fks(dataset: str, tool: str) -> list[dict]:
    """The foreign keys of `dataset` under `tool`'s names (fk.yml).

    Each entry has child, columns, parent, parent_columns (same order), on_update,
    on_delete and personal_key; the MariaDB and PostgreSQL ones also a name.
    """
    return _section(dataset, "fk.yml", tool)


def dump_bytes(path: Path) -> bytes:
    """The whole dump, decompressed if its name ends in .xz."""
    path = Path(path)
    if path.suffix == ".xz":
        with lzma.open(path) as fh:
            return fh.read()
    return path.read_bytes()


def dumps(tool: str) -> list[Path]:
    """Every corpus dump written by `tool` (mysqldump, pg_dump or sqlite3), sorted."""
    _check_tool(tool)
    return sorted(
        path
        for path in CORPUS.glob("*/*.sql*")
        if (match := _DUMP_NAME.fullmatch(path.name)) and match["tool"] == tool
    )
