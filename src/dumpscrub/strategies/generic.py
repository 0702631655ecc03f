"""Strategies that need no locale: keep, null, constant, hash."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid

from .. import model
from ..model import Column
from .base import ANY_KIND, TEXTUAL, Strategy
from .registry import strategy


@strategy
class Keep(Strategy):
    """Keep the value as it is (documents that a column was looked at)."""

    name = "keep"
    kinds = ANY_KIND
    is_identity = True

    def generate(self, value, draw, engine, max_length):
        return value


@strategy
class Null(Strategy):
    """Replace the value with SQL NULL."""

    name = "null"
    kinds = ANY_KIND
    is_constant = True

    def generate(self, value, draw, engine, max_length):
        return None

    def check(self, column: Column) -> str | None:
        if not column.nullable:
            return "strategy 'null' on a NOT NULL column (use 'constant' or 'hash')"
        return None


@dataclasses.dataclass(frozen=True)
class ConstantParams:
    value: str  # the replacement, for every non-NULL, non-empty value


@strategy
class Constant(Strategy):
    """Replace every value with the same constant (param value)."""

    name = "constant"
    Params = ConstantParams
    kinds = ANY_KIND
    is_constant = True

    def generate(self, value, draw, engine, max_length):
        return self.params.value

    def check(self, column: Column) -> str | None:
        wanted = self.params.value
        if column.kind == model.ENUM and column.enum_values and wanted not in column.enum_values:
            return f"constant {wanted!r} is not one of the column's values {list(column.enum_values)}"
        if column.length is not None and column.kind in (model.TEXT, model.BINARY) and len(wanted) > column.length:
            return f"constant is {len(wanted)} characters long, the column is {column.describe()}"
        if column.kind == model.JSON:
            try:
                json.loads(wanted)
            except ValueError:
                return "the column holds JSON and the constant is not JSON (e.g. value: '{}')"
        return None


@dataclasses.dataclass(frozen=True)
class HashParams:
    length: int | None = None  # hex characters; default 64, cut to the column's length

    def __post_init__(self):
        if self.length is not None and not 8 <= self.length <= 1024:
            raise ValueError("hash length must be between 8 and 1024 (shorter hashes collide)")


@strategy
class Hash(Strategy):
    """Keyed hash of the value, as hex, cut to fit (a UUID in uuid columns); distinct values stay distinct."""

    name = "hash"
    Params = HashParams
    collision_free = True
    kinds = TEXTUAL | {model.UUID}
    min_length = 8

    def adapt(self, column: Column) -> Strategy:
        return UuidHash(self.params) if column.kind == model.UUID else self

    def generate(self, value, draw, engine, max_length):
        want = self.params.length or 64
        if max_length is not None:
            want = min(want, max_length)
        text = draw.digest.hex()
        while len(text) < want:
            text += hashlib.blake2b(draw.digest + len(text).to_bytes(4, "big"), digest_size=32).hexdigest()
        return text[:want]


class UuidHash(Hash):
    """``hash`` in a uuid column: the keyed hash written as a version-4 UUID (122 bits of it)."""

    def __init__(self, params: HashParams):
        super().__init__(params)
        self.key += "\0uuid"  # its own fakes and claims: a UUID is not a hex prefix

    def generate(self, value, draw, engine, max_length):
        return str(uuid.UUID(bytes=draw.digest[:16], version=4))


__all__ = ["Keep", "Null", "Constant", "Hash"]
