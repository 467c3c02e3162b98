"""The tertial report's investment section on the demo: its summary says what the projects'
own figures say (counted and summed here), and every project is in the table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analytics.core.access import Access, Role
from analytics.core.formatting import format_millions
from analytics.investments.records import load_portfolio
from analytics.report.tertial.report import build_tertial_report, report_text, tertial_request
from analytics.store import open_store
from tests.analytics.report.conftest import plain

DIRECTOR = Access("direktør", Role.DIRECTOR)


def test_the_investment_section_sums_the_projects(
    demo_db: Path, demo_month: tuple[int, int]
) -> None:
    year = demo_month[0] - 1  # a whole year back: its second tertial has all its months
    store = open_store(demo_db)
    made = dt.datetime(year, 9, 3, 10, 0)
    request = tertial_request(store, DIRECTOR, year, 2, "", "direktør", made)
    report = build_tertial_report(store, DIRECTOR, request)
    (section,) = [s for s in report.sections if s.anchor == "investering"]
    text = plain(report_text(report))

    statuses = load_portfolio(store, Access.system()).statuses(year, 8)
    assert statuses, "the demo has investment projects"
    frames = sum(s.frame for s in statuses if s.frame)
    budget = sum(s.budget_year for s in statuses)
    over = sorted(s.code for s in statuses if s.frame and s.forecast_final > s.frame)
    assert f"{len(statuses)} prosjekter med samlet kostnadsramme {format_millions(frames)}" in text
    assert f"Årets budsjett er {format_millions(budget)}" in text
    if over:
        assert f"{len(over)} prosjekter ventes å gå over kostnadsrammen" in text
        assert all(code in text for code in over)
    else:
        assert "Ingen prosjekter ventes å gå over kostnadsrammen." in text
    assert all(s.code in text and plain(s.name) in text for s in statuses)
    assert section.title == "Investeringer"
