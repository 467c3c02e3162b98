"""Table downloads (ui/download.py): the file is made when the person asks for it, and every
export lands in the audit log then. (The browser test tests/browser/test_exports.py downloads
one and opens it.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core.audit import read_audit_log
from analytics.store import open_store
from tests.pages.conftest import make_app
from ui.download import exported


def test_showing_a_page_exports_nothing(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, "budsjett.sykehjem")
    app.run()
    assert app.get("download_button")  # the page offers downloads …
    actions = read_audit_log(open_store(demo_db), limit=20)["action"].tolist()
    assert "export" not in actions  # … but no file was made or recorded


def test_an_export_is_recorded_with_who_and_which_file(demo_db: Path) -> None:
    store = open_store(demo_db)
    calls: list[int] = []
    make = exported(
        store, "budsjett.sykehjem", "enheter_2026_10.xlsx", lambda: b"PK" + bytes(calls)
    )
    assert read_audit_log(store, limit=1)["action"].tolist() != ["export"]
    assert make() == b"PK"
    newest = read_audit_log(store, limit=1).iloc[0]
    assert (newest["actor"], newest["action"], newest["detail"]) == (
        "budsjett.sykehjem",
        "export",
        "enheter_2026_10.xlsx",
    )
