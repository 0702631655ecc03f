"""Run the library in-process on bytes (the CLI is tested through its own tests)."""

from __future__ import annotations

import io

from dumpscrub import parse_rules, scrub

SECRET = b"test-secret"


def scrub_bytes(
    data: bytes, rules_yaml: str, dialect: str = "auto", chunk_size: int = 1 << 20, secret: bytes = SECRET
) -> tuple[bytes, list[str]]:
    """Scrub ``data``; return the output and the warnings."""
    out = io.BytesIO()
    warnings: list[str] = []
    scrub(
        io.BytesIO(data),
        out,
        parse_rules(rules_yaml),
        dialect,
        secret,
        name="dump.sql",
        warn=warnings.append,
        chunk_size=chunk_size,
    )
    return out.getvalue(), warnings
