"""The snapshot's and the tertial report's financial room: the same figures as the command line,
to the krone, and a plain note for those who may not see the whole municipality."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from analytics.cli import main
from analytics.core.access import Access, Role
from analytics.core.formatting import format_nok, format_pct
from analytics.core.organisation import whole_municipality
from analytics.report.content import ReportRequest, build_report
from analytics.report.model import Report, Table
from analytics.report.tertial.report import build_tertial_report, tertial_request
from analytics.store import Store, open_store
from analytics.store.organisation import read_organisation
from tests.analytics.finance.books_data import fill_books

DIRECTOR = Access("direktør", Role.DIRECTOR)


def _first_table(report: Report, anchor: str) -> Table:
    section = next(section for section in report.sections if section.anchor == anchor)
    return next(block for block in section.blocks if isinstance(block, Table))


def _snapshot(store: Store, access: Access, year: int) -> Report:
    request = ReportRequest(
        whole_municipality(), read_organisation(store), year, 3, "direktør",
        dt.datetime(year, 4, 2, 9), "x", "", None,
    )  # fmt: skip
    return build_report(store, access, request, lambda share, step: None)


def _expected(
    store: Store, year: int, capsys: pytest.CaptureFixture[str]
) -> tuple[Store, list[tuple[str, ...]]]:
    """The command line's figures (it closes the file; the store comes back opened again)."""
    capsys.readouterr()
    assert main(["--db", str(store.path), "finance", "--year", str(year), "--json"]) == 0
    store = open_store(store.path)
    rows = json.loads(capsys.readouterr().out)
    return store, [
        (
            str(row["year"]),
            format_nok(row["net_operating_result"]),
            format_pct(row["net_debt_pct"], 2),
        )
        for row in rows
    ]


def test_snapshot_and_tertial_agree_with_the_command_line(
    store: Store, today: dt.date, capsys: pytest.CaptureFixture[str]
) -> None:
    year = today.year
    fill_books(store, year)
    store, expected = _expected(store, year, capsys)
    snapshot = _first_table(_snapshot(store, DIRECTOR, year), "handlingsrom")
    titles = [column.title for column in snapshot.columns]
    picked = [titles.index(name) for name in ("År", "Netto driftsresultat", "Netto lånegjeld i %")]
    assert [tuple(row[i] for i in picked) for row in snapshot.rows] == expected
    request = tertial_request(store, DIRECTOR, year, 1, "", "direktør", dt.datetime(year, 5, 3))
    tertial = _first_table(build_tertial_report(store, DIRECTOR, request), "handlingsrom")
    assert [tuple(row[i] for i in picked) for row in tertial.rows] == expected


def test_a_budget_holder_gets_a_note_instead(store: Store, today: dt.date) -> None:
    fill_books(store, today.year)
    holder = Access("Ánde", Role.BUDGET_HOLDER, frozenset({"10"}))
    section = next(
        s for s in _snapshot(store, holder, today.year).sections if s.anchor == "handlingsrom"
    )
    assert "gjelder hele kommunen" in section.blocks[0].text  # type: ignore[union-attr]
