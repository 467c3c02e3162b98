"""AppTest of the Oversikt page on the demo municipality."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core.access import Access
from analytics.core.formatting import format_nok
from analytics.economy.gaps import compute_gaps
from analytics.economy.ledger import reporting_month
from analytics.store import open_store
from analytics.store.db import close_all
from tests.pages.conftest import make_app


def test_oversikt_shows_units_with_status_and_signals(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(demo_db)
    year, month = reporting_month(store)
    rows = compute_gaps(store, Access.system(), year, month, "unit").with_total()
    close_all()
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/oversikt.py").run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Oversikt"
    units = app.dataframe[0].value
    assert list(units["Kode"]) == [row.key for row in rows]
    assert list(units["Prognoseavvik"]) == [format_nok(row.forecast_gap) for row in rows]
    assert all(light[0] in "🟢🟡🔴" for light in units["Status"])
    assert len(app.get("plotly_chart")) >= 1
    headers = [header.value for header in app.subheader]
    assert "Største avvik" in headers and "Tidlige varsler" in headers


def test_oversikt_for_a_budget_holder_shows_only_their_unit(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, "budsjett.sykehjem")
    app.switch_page("pages/oversikt.py").run()
    assert not app.exception, app.exception
    units = app.dataframe[0].value
    assert len(units) == 2  # the one unit, and its total
    assert "Hele kommunen" not in set(units["Navn"])
