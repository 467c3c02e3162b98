"""AppTest of the Sykefravær page: the demo renders with suppressed units shown as suppressed."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core.access import Access
from analytics.core.formatting import format_pct
from analytics.core.organisation import whole_municipality
from analytics.core.settings import Settings
from analytics.economy.ledger import reporting_month
from analytics.sickleave.figures import build_overview, read_located_sick_leave, total_of_year
from analytics.store import open_store
from analytics.store.db import close_all
from tests.pages.conftest import make_app


def _expected_year_pct(demo_db: Path) -> tuple[int, str]:
    store = open_store(demo_db)
    year, _ = reporting_month(store)
    located = read_located_sick_leave(store, Access.system())
    row = total_of_year(build_overview(located, whole_municipality(), None, year, Settings()), year)
    close_all()
    assert row is not None and row.pct is not None
    return year, format_pct(row.pct)


def test_page_shows_the_year_and_the_suppressed_units(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    year, pct = _expected_year_pct(demo_db)
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/sykefravaer.py").run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Sykefravær"
    assert app.metric[0].label == f"Sykefravær {year}"
    assert app.metric[0].value == pct
    table = app.dataframe[0].value
    hidden = table[table["Merknad"] != ""]
    assert len(hidden) >= 2  # the demo's small units
    assert hidden["Sykefravær %"].isna().all()
    assert table.loc[table["Merknad"] == "", "Sykefravær %"].notna().all()


def test_page_by_sector(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/sykefravaer.py").run()
    app.segmented_control(key="sick_by").set_value("sektor").run()
    assert not app.exception, app.exception
    table = app.dataframe[0].value
    assert set(table["Kode"]) == {"1", "2", "3", "4", "5", "9"}  # 9: the finance sector, no staff


def test_a_budget_holder_sees_their_own_unit(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user="budsjett.sykehjem")
    app.switch_page("pages/sykefravaer.py").run()
    assert not app.exception, app.exception
    assert "Čáhppesvuona dikšoruoktu (sykehjem)" in app.caption[0].value
    table = app.dataframe[0].value
    # The demo keeps sick leave per unit, so the unit stands for itself below its own total.
    assert set(table["Kode"]) == {"310"}
