"""Progress on stderr (never stdout: stdout belongs to the dump)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator



@contextmanager
def reading_progress(total: int | None, enabled: bool) -> Iterator[Callable[[int], None] | None]:
    """Yield a callback that advances a transient progress bar by bytes read (None when disabled)."""
    if not enabled:
        yield None
        return
    # Imported here: rich costs 20 ms of start-up, and most runs show no bar (stderr not a tty).
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("scrubbing"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as progress:
        task = progress.add_task("scrub", total=total)
        yield lambda n: progress.advance(task, n)
