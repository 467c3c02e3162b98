"""The room read from a real DuckDB file: every figure of books_data's docstring, by hand."""

from __future__ import annotations

import datetime as dt

from analytics.core.settings import Settings
from analytics.finance.books import compute_room, read_books, year_row
from analytics.store import Store
from analytics.store.finance import write_forecast
from tests.analytics.finance.books_data import fill_books
from tests.analytics.imports.helpers import import_sheet


def test_accounts_forecast_and_plan_years_agree_with_the_hand_computation(
    store: Store, today: dt.date
) -> None:
    year = today.year
    fill_books(store, year)
    room = compute_room(read_books(store, today), Settings())
    rows = [year_row(finance_year) for finance_year in room.years]
    assert rows == [
        {
            "year": year - 1,
            "operating_income": 860_000.0,
            "operating_expenses": 630_000.0,
            "gross_operating_result": 230_000.0,
            "net_financial_items": -45_000.0,
            "net_operating_result": 225_000.0,
            "net_operating_result_pct": 26.16,
            "disposition_fund_pct": 11.63,
            "net_debt_pct": 122.09,
            "source": "accounts",
        },
        {
            "year": year,
            "operating_income": 2_000_000.0,
            "operating_expenses": 1_800_000.0,
            "gross_operating_result": 200_000.0,
            "net_financial_items": -70_000.0,
            "net_operating_result": 130_000.0,
            "net_operating_result_pct": 6.5,
            "disposition_fund_pct": 5.0,
            "net_debt_pct": 74.0,
            "source": "forecast",
        },
        {
            "year": year + 1,
            "operating_income": 2_100_000.0,
            "operating_expenses": 1_900_000.0,
            "gross_operating_result": 200_000.0,
            "net_financial_items": -80_000.0,
            "net_operating_result": 120_000.0,
            "net_operating_result_pct": 5.71,
            "disposition_fund_pct": 4.76,
            "net_debt_pct": 66.67,
            "source": "plan",
        },
    ]
    closed = room.years[0]
    assert closed.figures.accounting_result == 185_000.0
    assert closed.figures.corrected_net_operating_result == 215_000.0  # without the deviation
    assert room.years[1].balance is not None
    assert room.years[1].balance.item("langsiktig gjeld") == 2_430_000.0


def test_without_the_finance_offices_forecast_the_budget_applies(
    store: Store, today: dt.date
) -> None:
    fill_books(store, today.year)
    write_forecast(store, today.year, "instalments", None, "", "kari", dt.datetime(2026, 4, 3))
    room = compute_room(read_books(store, today), Settings())
    assert room.years[1].figures.net_financial_items == -60_000.0


def test_a_plan_year_without_art_takes_the_imported_main_figures(
    store: Store, today: dt.date
) -> None:
    """Income 2 200 000, expenses 2 000 000, interest 30 000, instalments 90 000 (nynorsk
    spellings): gross 200 000, financial −120 000, result 80 000 = 3,64 %."""
    year = today.year
    fill_books(store, year)
    rows = [["År", "Post", "Beløp"], [year + 2, "Sum driftsinntekter", 2_200_000],
            [year + 2, "Driftsutgifter", 2_000_000], [year + 2, "Renteutgifter", 30_000],
            [year + 2, "Avdrag på lån", 90_000]]  # fmt: skip
    import_sheet(store, "økonomiplan-hovudtal.xlsx", rows, kind="balance")
    room = compute_room(read_books(store, today), Settings())
    last = room.years[-1]
    assert (last.year, last.figures.source) == (year + 2, "plan")
    assert last.figures.net_financial_items == -120_000.0
    assert last.figures.net_operating_result == 80_000.0
    assert last.figures.net_operating_result_pct == 3.64
    assert last.balance is not None
    assert last.balance.item("langsiktig gjeld") == 2_430_000.0 - 80_000.0 - 90_000.0
