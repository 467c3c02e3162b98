"""Table downloads (ui/download.py): every export lands in the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core.audit import read_audit_log
from analytics.store import open_store
from tests.pages.conftest import make_app


def test_an_export_is_recorded_with_who_and_which_file(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, "budsjett.sykehjem")
    app.run()
    app.get("download_button")[0].click().run()  # type: ignore[attr-defined]
    assert not app.exception
    newest = read_audit_log(open_store(demo_db), limit=1).iloc[0]
    assert (newest["actor"], newest["action"]) == ("budsjett.sykehjem", "export")
    assert newest["detail"].endswith(".xlsx")
