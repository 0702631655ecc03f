"""Buffered byte source with line tracking, shared by the dialect readers.

A reader scans ``buf`` from a position; when it needs more bytes it calls
``more(keep)``, which drops everything before ``keep`` (bytes already emitted)
and appends the next chunk. Positions before ``keep`` become invalid; the
reader subtracts ``keep`` from the positions it holds.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from typing import BinaryIO, Callable

from .errors import DumpInputError, Location

CHUNK_SIZE = 1 << 20


class Source:
    """The dump being read: a window ``buf`` over the stream, and where it is."""

    def __init__(
        self,
        stream: BinaryIO,
        name: str,
        chunk_size: int = CHUNK_SIZE,
        on_read: Callable[[int], None] | None = None,
    ):
        self.stream = stream
        self.name = name
        self.chunk_size = chunk_size
        self.on_read = on_read
        self.buf = b""
        self.eof = False
        self.line_base = 1  # line number of buf[0]
        # The last position located and its line: locating the next statement
        # counts newlines from there, not from the start of the buffer.
        self._mark = (0, 1)

    def more(self, keep: int) -> bool:
        """Drop ``buf[:keep]``, append the next chunk. False at end of input."""
        if keep:
            self.line_base += self.buf.count(b"\n", 0, keep)
        self._mark = (0, self.line_base)
        if self.eof:
            self.buf = self.buf[keep:]
            return False
        # Read at least as much as is kept: a value larger than a chunk is then
        # scanned again only a logarithmic number of times.
        want = max(self.chunk_size, len(self.buf) - keep)
        try:
            data = self.stream.read(want)
        except (OSError, EOFError, lzma.LZMAError) as e:  # EOFError: a truncated compressed dump
            reason = getattr(e, "strerror", None) or e
            raise DumpInputError(f"cannot read the dump: {reason}", Location(self.name, self.line_base)) from e
        if self.on_read is not None and data:
            self.on_read(len(data))
        if not data:
            self.eof = True
            self.buf = self.buf[keep:]
            return False
        self.buf = self.buf[keep:] + data
        return True

    def head(self, size: int = 1 << 16) -> bytes:
        """The first bytes of the input, without consuming them (for dialect detection)."""
        while len(self.buf) < size and self.more(0):
            pass
        return self.buf[:size]

    def location(self, pos: int) -> Location:
        """Line and column (1-based, in bytes) of ``buf[pos]``."""
        mark_pos, mark_line = self._mark
        if pos >= mark_pos:
            line = mark_line + self.buf.count(b"\n", mark_pos, pos)
        else:
            line = self.line_base + self.buf.count(b"\n", 0, pos)
        self._mark = (pos, line)
        col = pos - self.buf.rfind(b"\n", 0, pos)
        return Location(self.name, line, col)


# Compressed dumps are read as they are: dumps are often kept compressed.
_MAGIC = ((b"\x1f\x8b", "gzip"), (b"\xfd7zXZ\x00", "xz"), (b"BZh", "bzip2"), (b"\x28\xb5\x2f\xfd", "zstd"))
_OPENERS = {
    "gzip": lambda f: gzip.GzipFile(fileobj=f, mode="rb"),
    "xz": lambda f: lzma.LZMAFile(f, mode="rb"),
    "bzip2": lambda f: bz2.BZ2File(f, mode="rb"),
}


def compression(head: bytes) -> str | None:
    """The compression format whose magic bytes start ``head`` (None: plain)."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompressed(stream: BinaryIO, name: str) -> BinaryIO:
    """The stream itself, or a decompressing reader when it is gzip, xz or bzip2 data."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    try:
        kind = compression(buffered.peek(8)[:8])
    except OSError as e:
        raise DumpInputError(f"{name}: cannot read the dump: {e.strerror or e}") from e
    if kind is None:
        return buffered
    if kind not in _OPENERS:
        raise DumpInputError(f"{name}: the dump is {kind}-compressed", hint=f"pipe it in: {kind} -dc DUMP | dumpscrub - ...")
    return _OPENERS[kind](buffered)
