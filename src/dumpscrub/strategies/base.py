"""What a strategy is: a name, a docstring, a Params dataclass and ``generate``."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, ClassVar

from .. import model
from ..model import Column

if TYPE_CHECKING:
    from ..fakes import Draw, FakeEngine

# Column kinds a text-producing strategy may write.
TEXTUAL = frozenset({model.TEXT, model.BINARY, model.UNKNOWN})
ANY_KIND = frozenset(
    {
        model.TEXT, model.BINARY, model.INTEGER, model.NUMBER, model.TEMPORAL, model.JSON,
        model.BOOLEAN, model.ENUM, model.UUID, model.INET, model.ARRAY, model.OTHER, model.UNKNOWN,
    }
)


@dataclasses.dataclass(frozen=True)
class NoParams:
    pass


class Strategy:
    """Base class. Subclasses set ``name`` and a one-line docstring, and override ``generate``."""

    name: ClassVar[str]
    Params: ClassVar[type] = NoParams
    # Distinct originals always get distinct fakes (the engine enforces it).
    collision_free: ClassVar[bool] = False
    kinds: ClassVar[frozenset[str]] = TEXTUAL
    min_length: ClassVar[int] = 1
    # keep: the value is not even decoded.
    is_identity: ClassVar[bool] = False
    # null, constant: the fake does not depend on the value (no digest, no cache).
    is_constant: ClassVar[bool] = False

    def __init__(self, params: Any = None):
        self.params = params if params is not None else self.Params()
        fields = dataclasses.astuple(self.params) if dataclasses.is_dataclass(self.params) else ()
        # The namespace of this strategy's digests: same name and params, same fakes.
        self.key = self.name + "".join(f"\0{f!r}" for f in fields)

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    def normalize(self, value: str, engine: "FakeEngine") -> str:
        """The form two originals share when they must get the same fake."""
        return value

    def generate(self, value: str, draw: "Draw", engine: "FakeEngine", max_length: int | None) -> str | None:
        raise NotImplementedError

    def adapt(self, column: Column) -> "Strategy":
        """The strategy that fills ``column`` (itself, or a variant for the column's type)."""
        return self

    def by_element(self, column: Column) -> bool:
        """Whether this strategy fills an array column one element at a time (it does
        when it cannot fill the whole array: an email per element of a text[])."""
        return column.kind == model.ARRAY and model.ARRAY not in self.kinds

    def check(self, column: Column) -> str | None:
        """Why this strategy cannot fill ``column`` (None when it can)."""
        if self.by_element(column):
            reason = self.check(column.of_elements())
            return f"{reason} (the elements of {column.describe()})" if reason else None
        if column.kind not in self.kinds:
            return f"strategy '{self.name}' cannot fill a column of type {column.describe()}"
        if column.kind in (model.TEXT, model.BINARY) and column.length is not None and column.length < self.min_length:
            return (
                f"strategy '{self.name}' needs at least {self.min_length} characters, "
                f"the column is {column.describe()}"
            )
        return None

    def __repr__(self) -> str:
        return f"<strategy {self.name} {self.params}>"


def restyle(fake: str, original: str) -> str:
    """Give ``fake`` the letter case of ``original`` (MARY -> PATRICIA, mary -> patricia)."""
    if original.isupper():
        return fake.upper()
    if original.islower():
        return fake.lower()
    return fake
