"""Where the scrubbed dump goes: stdout, or a file written atomically."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from typing import BinaryIO, Iterator

from .errors import DumpInputError

BUFFER_SIZE = 1 << 20


@contextmanager
def open_output(path: str | None, stdout: BinaryIO) -> Iterator[BinaryIO]:
    """Yield the binary stream to write to.

    A file is written under a temporary name in its own directory and renamed
    over ``path`` only when the run succeeds: a failed run leaves no partial
    file and no temporary file behind.
    """
    if path is None or path == "-":
        try:
            fd = stdout.fileno()
        except (AttributeError, OSError, ValueError):  # not a real file (tests, embedding)
            yield stdout
            stdout.flush()
            return
        stdout.flush()
        # A large buffer of our own: rows are written one by one, the pipe gets 1 MiB writes.
        with os.fdopen(fd, "wb", buffering=BUFFER_SIZE, closefd=False) as out:
            yield out
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    except OSError as e:
        raise DumpInputError(f"{path}: cannot create the output file: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb", buffering=BUFFER_SIZE) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode of a new file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
