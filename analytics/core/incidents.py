"""Unexpected errors: the details go to a log under a short id; the person gets the id and a
Norwegian message, never a traceback.

The app logs to its own standard error (the server's log, e.g. the systemd journal); the
command line to a file next to the database (`<database>.feil.log`), so that a traceback never
lands on the terminal.
"""

from __future__ import annotations

import logging
import secrets
import sys
from pathlib import Path

_LOGGER = logging.getLogger("kommune")
_LOGGER.propagate = False
_LOGGER.setLevel(logging.INFO)
_FORMAT = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")


def log_to_server_log() -> None:
    """Sends the log to the process's real standard error (not a job's captured one)."""
    _replace_handler(logging.StreamHandler(sys.__stderr__))


def log_to_file(path: Path) -> Path:
    """Sends the log to a file (the command line's); returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace_handler(logging.FileHandler(path, encoding="utf-8", delay=True))
    return path


def _replace_handler(handler: logging.Handler) -> None:
    handler.setFormatter(_FORMAT)
    for old in list(_LOGGER.handlers):
        _LOGGER.removeHandler(old)
        old.close()
    _LOGGER.addHandler(handler)


def record_unexpected(error: BaseException, where: str) -> str:
    """Logs the error with its traceback under a new id (8 hex digits) and returns the id."""
    incident = secrets.token_hex(4)
    if not _LOGGER.handlers:
        log_to_server_log()
    _LOGGER.error("Uventet feil %s i %s", incident, where, exc_info=error)
    return incident


def note(message: str, *values: object) -> None:
    """An informational line in the log (the app's start, a store that is busy …)."""
    if not _LOGGER.handlers:
        log_to_server_log()
    _LOGGER.info(message, *values)
