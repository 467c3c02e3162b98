"""Where the running app can be reached: a small file next to the database file.

The app writes `<database>.app.json` when it starts (its URL, process id, and a random local
key) and removes it when it stops. The file is readable only by the user the app runs as, the
same user who could open the database file itself; the command line of that user reads it,
finds the app and sends its commands there with the local key, as the system.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

LOCAL_KEY_PREFIX = "lokal_"


@dataclass(frozen=True)
class AppAddress:
    """How to reach the app that holds a database file."""

    url: str
    pid: int
    local_key: str


def address_file(db_path: Path) -> Path:
    """The address file of a database file."""
    resolved = db_path.resolve()
    return resolved.with_name(resolved.name + ".app.json")


def new_local_key() -> str:
    return LOCAL_KEY_PREFIX + secrets.token_urlsafe(32)


def write_address(db_path: Path, address: AppAddress) -> Path:
    """Writes the address file (mode 0600) and returns its path."""
    path = address_file(db_path)
    text = json.dumps({"url": address.url, "pid": address.pid, "local_key": address.local_key})
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    temporary.replace(path)
    return path


def read_address(db_path: Path) -> AppAddress | None:
    """The address of a running app, or None when there is no file or its process is gone."""
    path = address_file(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        address = AppAddress(str(data["url"]), int(data["pid"]), str(data["local_key"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return address if _process_alive(address.pid) else None


def remove_address(db_path: Path, pid: int) -> None:
    """Removes the address file if it is this process's."""
    path = address_file(db_path)
    try:
        if int(json.loads(path.read_text(encoding="utf-8"))["pid"]) == pid:
            path.unlink()
    except (OSError, ValueError, KeyError, TypeError):
        pass


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True
