"""AppTest helpers: run the real app.py against a database file, as a given person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.store.db import close_all


def make_app(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, user: str | None = "direktor"
) -> AppTest:
    """An AppTest of app.py on this database; `user` names the signed-in account (None: nobody)."""
    monkeypatch.setenv("KOMMUNE_DB", str(db_path))
    # Sign-in (issue "Who sees what") will sign `user` in through the real sign-in form here.
    return AppTest.from_file("app.py", default_timeout=60)


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    close_all()
