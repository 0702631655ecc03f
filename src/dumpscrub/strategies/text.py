"""Free text and text transformations: text (fake prose), mask, regex."""

from __future__ import annotations

import dataclasses
import re

from ..fakes import POOL_SIZE
from .base import Strategy
from .registry import strategy

LENGTH_SLACK = 0.2  # a fake text is within this fraction of the original's length


def _paragraph(faker) -> str:
    return faker.paragraph(nb_sentences=5)


@strategy
class Text(Strategy):
    """Sentences of the locale of about the original's length (within 20%), with as many line breaks."""

    name = "text"

    def generate(self, value, draw, engine, max_length):
        pool = engine.pool(engine.locale(draw), "paragraph", _paragraph)
        size = len(value)
        low = max(1, int(size * (1 - LENGTH_SLACK)))
        target = size if size < 10 else low + draw.below(int(size * (1 + LENGTH_SLACK)) - low + 1)
        if max_length is not None:
            # A CRLF line break takes a space's place and one more character.
            target = max(1, min(target, max_length - value.count("\r\n")))
            low = min(low, target)
        words: list[str] = []
        length = -1
        while length < target:
            for word in pool[draw.below(POOL_SIZE)].split():
                words.append(word)
                length += len(word) + 1
                if length >= target:
                    break
        text = " ".join(words)
        if len(text) > target:
            # Cut at a word boundary when it keeps the length in range, mid-word otherwise
            # (never on a space: the next letter takes its place).
            cut = text.rfind(" ", 0, target + 1)
            if cut >= low:
                text = text[:cut]
            elif text[target - 1] == " ":
                text = text[: target - 1] + text[target]
            else:
                text = text[:target]
        return _break_lines(text, value, draw)


def _break_lines(text: str, original: str, draw) -> str:
    """``text`` with as many line breaks as ``original`` (CRLF if it used them), at spaces."""
    breaks = original.count("\n")
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not breaks or not spaces:
        return text
    newline = "\r\n" if "\r\n" in original else "\n"
    step = len(spaces) / (breaks + 1)
    chosen = {spaces[min(len(spaces) - 1, int(step * (k + 1)))] for k in range(breaks)}
    return "".join(newline if i in chosen else c for i, c in enumerate(text))


@dataclasses.dataclass(frozen=True)
class MaskParams:
    keep_first: int = 0  # characters shown at the start
    keep_last: int = 4  # characters shown at the end
    char: str = "*"  # what hides the others

    def __post_init__(self):
        if self.keep_first < 0 or self.keep_last < 0:
            raise ValueError("keep_first and keep_last are counts of characters (0 or more)")
        if len(self.char) != 1:
            raise ValueError(f"char must be one character, not {self.char!r}")


@strategy
class Mask(Strategy):
    """Hide all but the first/last characters (4111 1111 1111 1234 -> **** **** **** 1234); separators stay."""

    name = "mask"
    Params = MaskParams

    def generate(self, value, draw, engine, max_length):
        # Letters and digits are masked; spaces and punctuation (- . @ /) stay, so the
        # value keeps its layout. keep_first/keep_last count masked characters only.
        positions = [i for i, c in enumerate(value) if c.isalnum()]
        first, last = self.params.keep_first, self.params.keep_last
        if first + last >= len(positions):
            shown: set[int] = set()  # too short to hide anything: all of it is hidden
        else:
            shown = set(positions[:first]) | set(positions[len(positions) - last :])
        hidden = set(positions) - shown
        return "".join(self.params.char if i in hidden else c for i, c in enumerate(value))


@dataclasses.dataclass(frozen=True)
class RegexParams:
    pattern: str  # a Python regular expression
    replace: str  # its replacement, as re.sub takes it (\1, \g<name>)

    def __post_init__(self):
        try:
            compiled = re.compile(self.pattern)
        except re.error as e:
            raise ValueError(f"pattern is not a valid regular expression: {e}") from None
        try:
            compiled.sub(self.replace, "")  # checks the replacement's group references
        except re.error as e:
            raise ValueError(f"replace does not fit the pattern: {e}") from None


@strategy
class Regex(Strategy):
    """Rewrite with a regular expression (pattern, replace), as re.sub does; the same value, the same result."""

    name = "regex"
    Params = RegexParams

    def __init__(self, params=None):
        super().__init__(params)
        self._pattern = re.compile(self.params.pattern)

    def generate(self, value, draw, engine, max_length):
        return self._pattern.sub(self.params.replace, value)  # the replacement was checked at load
