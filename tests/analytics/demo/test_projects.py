"""The demo's investment projects: the new school and the new health centre and a few small
ones, in the investment ledger only, with plan years, forecasts and risks, years that follow
the clock, and every file name marked as demo."""

from __future__ import annotations

import datetime as dt

from analytics.core.access import Access
from analytics.investments.records import load_portfolio, project_risks
from analytics.store import Store
from analytics.store.projects import read_projects


def test_the_two_big_projects_and_the_small_ones(demo_store: Store, today: dt.date) -> None:
    register = read_projects(demo_store).set_index("code")
    assert {"Ny Čáhppesvuona skuvla", "Nytt helsesenter, Dearvvašvuođaguovddáš"} <= set(
        register["name"]
    )
    assert len(register) >= 5 and register["frame"].notna().all()
    assert (register["start_year"] <= today.year).any() and (
        register["end_year"] > today.year
    ).any()
    statuses = load_portfolio(demo_store, Access.system()).statuses(today.year, 12)
    assert {s.status for s in statuses} >= {"green", "red"}
    assert not project_risks(demo_store, Access.system(), ["P1001"]).empty


def test_projects_are_in_the_investment_ledger_only(demo_store: Store, today: dt.date) -> None:
    ledgers = demo_store.rows(
        "SELECT ledger, count(*) FILTER (WHERE prosjekt <> '') FROM active_budget GROUP BY 1 ORDER BY 1"
    )
    assert ledgers == [("investment", ledgers[0][1]), ("operating", 0)] and ledgers[0][1] > 0
    plans = demo_store.rows(
        "SELECT DISTINCT ledger, year FROM active_budget WHERE budget_kind = 'plan' ORDER BY 1, 2"
    )
    assert ("operating", today.year + 1) in plans and ("investment", today.year + 1) in plans
    names = [row[0] for row in demo_store.rows("SELECT file_name FROM uploads")]
    assert all(name.startswith("demo-") for name in names)
