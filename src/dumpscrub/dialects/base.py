"""The interface every dialect implements, and scanning helpers they share."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Callable, ClassVar, Generator, Iterator, Protocol

from ..errors import DumpInputError, DumpSyntaxError, Location
from ..model import Event, Plan, TableDef
from ..reader import Source
from .owners import Trivia

# Called by a reader at each data statement, with the table name as the dump
# spells it (schema-qualified when the dump qualifies it), the column list when
# the statement has one, and where the statement starts in the source's buffer
# (a position: it is made a Location only when a message needs it).
Planner = Callable[[str, "tuple[str, ...] | None", int], Plan]


class Dialect(Protocol):
    name: ClassVar[str]
    description: ClassVar[str]
    sqlglot_dialect: ClassVar[str]

    def sniff(self, head: bytes) -> int:
        """How strongly the first bytes of a dump look like this dialect (0: not at all)."""

    def read(self, src: Source, planner: Planner) -> Iterator[Event]:
        """Turn the dump into events; parse the rows of the tables the planner asks for."""

    def parse_schema(self, statement: bytes) -> TableDef | None:
        """A CREATE TABLE statement of this dialect as a table definition."""


LOOKAHEAD = 1 << 16  # bytes wanted in the buffer before classifying a statement


def next_statement(src: Source, pos: int, trivia: re.Pattern) -> Generator[Trivia, None, int]:
    """Skip the trivia (whitespace, comments) at ``pos``, refilling the buffer so that
    at least LOOKAHEAD bytes follow. Yields the bytes skipped (as one Trivia event, to
    be written as they are); returns where the next statement starts (-1 at the end of
    the dump). A reader's loop: ``pos = yield from next_statement(...)``."""
    skipped = []
    while True:
        buf = src.buf
        if len(buf) - pos < LOOKAHEAD and not src.eof:
            src.more(pos)
            pos = 0
            continue
        if pos >= len(buf):
            pos = -1
            break
        end = trivia.match(buf, pos).end()
        if end == len(buf) and not src.eof:  # a comment may go on in the next chunk
            src.more(pos)  # drops buf[:pos] even when the input has ended
            pos = 0
            continue
        if end == pos:
            break
        skipped.append(buf[pos:end])
        pos = end
    if skipped:
        yield Trivia(b"".join(skipped))
    return pos


def read_statement(src: Source, start: int, pattern: re.Pattern, delim: bytes, openers: bytes) -> tuple[bytes, int]:
    """The statement at ``start``, up to and with its delimiter, and where it ends.

    ``pattern`` matches runs of bytes that cannot end the statement (strings, quoted
    names and comments whole); a run stopping at one of ``openers`` at the end of the
    dump is an unterminated string or comment. A last statement without delimiter is
    returned as it is.
    """
    scan = start
    while True:
        buf = src.buf
        end = pattern.match(buf, scan).end()
        if buf.startswith(delim, end):
            end += len(delim)
            return buf[start:end], end
        more = src.more(start)
        scan, start = end - start, 0
        if not more:
            if src.buf[scan : scan + 1] and src.buf[scan : scan + 1] in openers:
                raise DumpSyntaxError(unterminated(src.buf, scan), src.location(scan))
            return src.buf, len(src.buf)


def unterminated(buf: bytes, pos: int) -> str:
    what = {
        b"'": "string literal", b'"': "quoted identifier or string", b"`": "identifier", b"[": "identifier",
        b"/": "comment", b"$": "dollar-quoted string", b"E": "string literal", b"e": "string literal",
    }
    return f"unterminated {what.get(buf[pos : pos + 1], 'statement')}"


# -- the text encoding of a dump's values -----------------------------------------

UTF8 = "utf-8"
_FALLBACK = "dumpscrub-fallback"


def _fallback(err: UnicodeError) -> tuple[bytes, int]:
    """Encode what the dump's encoding lacks: a byte the dump held (decoded with
    surrogateescape) goes back as it was, a character of a fake becomes its unaccented
    ASCII form (ł has none: ?)."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out = bytearray()
    for char in err.object[err.start : err.end]:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(code - 0xDC00)
        else:
            out += unicodedata.normalize("NFKD", char).encode("ascii", "ignore") or b"?"
    return bytes(out), err.end


codecs.register_error(_FALLBACK, _fallback)


def encode_errors(encoding: str) -> str:
    """The error handler for writing text in ``encoding`` (see _fallback)."""
    return "surrogateescape" if encoding == UTF8 else _FALLBACK


def python_encoding(name: bytes, known: dict[bytes, str], program: str, where: Location) -> str:
    """The Python codec of a dump's declared client encoding, or a located error.

    ``known`` maps the program's names (lower case, without - and _) to Python codecs;
    it holds only encodings in which every byte below 0x80 is ASCII, so that quotes and
    backslashes are never the second byte of a character (not so in Shift-JIS, Big5,
    GBK, GB18030, UTF-16: those dumps are refused).
    """
    found = known.get(name.lower().replace(b"-", b"").replace(b"_", b""))
    if found is None:
        shown = name.decode("ascii", "replace")
        raise DumpInputError(
            f"the dump is in the {shown} encoding, which dumpscrub does not read",
            where,
            f"dump it again in UTF-8 ({program})",
        )
    return found
