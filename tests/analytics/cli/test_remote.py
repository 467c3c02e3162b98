"""Finding the running app (analytics/cli/remote.py, analytics/cli/address.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analytics.cli.address import (
    AppAddress,
    address_file,
    read_address,
    remove_address,
    write_address,
)
from analytics.cli.remote import find_app
from analytics.core.errors import UserError


def test_no_address_file_means_the_file_is_opened_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOMMUNE_URL", raising=False)
    assert find_app(None, tmp_path / "kommune.duckdb") is None


def test_the_address_file_is_private_and_names_a_live_process(tmp_path: Path) -> None:
    db = tmp_path / "kommune.duckdb"
    path = write_address(db, AppAddress("http://127.0.0.1:1", os.getpid(), "lokal_x"))
    assert path == address_file(db) and path.name == "kommune.duckdb.app.json"
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_address(db) == AppAddress("http://127.0.0.1:1", os.getpid(), "lokal_x")
    remove_address(db, os.getpid() + 1)  # not ours: stays
    assert path.exists()
    remove_address(db, os.getpid())
    assert not path.exists()


def test_a_stale_address_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOMMUNE_URL", raising=False)
    db = tmp_path / "kommune.duckdb"
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    write_address(db, AppAddress("http://127.0.0.1:9", int(finished.stdout), "lokal_x"))
    assert read_address(db) is None
    write_address(
        db, AppAddress("http://127.0.0.1:9", os.getpid(), "lokal_x")
    )  # alive, not answering
    assert find_app(None, db) is None


def test_a_named_server_needs_a_token_and_https_away_from_this_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "kommune.duckdb"
    monkeypatch.delenv("KOMMUNE_TOKEN", raising=False)
    with pytest.raises(UserError, match="KOMMUNE_TOKEN"):
        find_app("https://dashbord.kommune.no", db)
    monkeypatch.setenv("KOMMUNE_TOKEN", "kdb_abc")
    with pytest.raises(UserError, match="https://"):
        find_app("http://dashbord.kommune.no", db)
    with pytest.raises(UserError, match="ikke en adresse"):
        find_app("dashbord.kommune.no", db)
    app = find_app("https://dashbord.kommune.no/", db)
    assert app is not None and (app.url, app.key) == ("https://dashbord.kommune.no", "kdb_abc")
    assert find_app("http://127.0.0.1:8501", db) is not None
    monkeypatch.setenv("KOMMUNE_URL", "http://localhost:8501")
    assert find_app(None, db) is not None
