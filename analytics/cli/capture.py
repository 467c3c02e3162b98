"""Standard output, error and input per job, so the app can run commands in its threads.

A command prints with `print()`. In the app several jobs (and Streamlit) share one process,
so `install()` puts routing streams in place of sys.stdout, sys.stderr and sys.stdin once; a
job run inside `captured()` writes to and reads from its own buffers, everything else goes to
the real streams as before.
"""

from __future__ import annotations

import contextvars
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

_STREAMS: contextvars.ContextVar[Captured | None] = contextvars.ContextVar(
    "cli_captured_streams", default=None
)
_install_lock = threading.Lock()


@dataclass
class Captured:
    """What one job printed, and what it may read."""

    stdout: io.StringIO
    stderr: io.StringIO
    stdin: io.StringIO


class _Routed(io.TextIOBase):
    """A stream that is the current job's own, or the process's real one outside jobs."""

    def __init__(self, real: IO[str], pick: str) -> None:
        self._real = real
        self._pick = pick

    def _target(self) -> IO[str]:
        captured = _STREAMS.get()
        return self._real if captured is None else getattr(captured, self._pick)

    def write(self, text: str) -> int:
        return self._target().write(text)

    def flush(self) -> None:
        self._target().flush()

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        return self._target().readline(size if size is not None else -1)

    def read(self, size: int | None = -1) -> str:
        return self._target().read(size if size is not None else -1)

    def isatty(self) -> bool:
        return _STREAMS.get() is None and self._real.isatty()

    def __getattr__(self, name: str) -> Any:  # encoding, fileno, buffer …: the real stream's
        return getattr(self._real, name)


def install() -> None:
    """Routes sys.stdout, sys.stderr and sys.stdin through the job's buffers (once)."""
    with _install_lock:
        if not isinstance(sys.stdout, _Routed):
            sys.stdout = _Routed(sys.stdout, "stdout")
            sys.stderr = _Routed(sys.stderr, "stderr")
            sys.stdin = _Routed(sys.stdin, "stdin")


@contextmanager
def captured(stdin: str = "") -> Iterator[Captured]:
    """Within the block, this thread's prints go to the returned buffers."""
    install()
    streams = Captured(io.StringIO(), io.StringIO(), io.StringIO(stdin))
    reset = _STREAMS.set(streams)
    try:
        yield streams
    finally:
        _STREAMS.reset(reset)
