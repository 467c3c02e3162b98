"""The snapshot's and the tertial report's financial room: the same figures as the command line,
to the krone, and a plain note for those who may not see the whole municipality."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from analytics.cli import main
from analytics.core.access import Access, Role
from analytics.core.formatting import format_nok, format_pct
from analytics.core.organisation import whole_municipality
from analytics.core.settings import load_settings
from analytics.finance.books import compute_room, read_books
from analytics.finance.kostra import compare_with_kostra, group_name, read_kostra
from analytics.finance.tables import kostra_table
from analytics.report.content import ReportRequest, build_report
from analytics.report.model import Report, Subheading, Table
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


def _kostra_tables(report: Report) -> list[Table]:
    """The tables under the section's KOSTRA heading (none when it has no such heading)."""
    section = next(section for section in report.sections if section.anchor == "handlingsrom")
    blocks = list(section.blocks)
    starts = [i for i, b in enumerate(blocks) if getattr(b, "anchor", "") == "handlingsrom-kostra"]
    if not starts:
        return []
    following = blocks[starts[0] + 1 :]
    end = next((i for i, b in enumerate(following) if isinstance(b, Subheading)), len(following))
    return [block for block in following[:end] if isinstance(block, Table)]


def test_the_reports_compare_the_rules_with_kostra_as_the_page_does(
    demo_db: Path, demo_month: tuple[int, int]
) -> None:
    store = open_store(demo_db)
    year = demo_month[0]
    snapshot = _snapshot(store, DIRECTOR, year)
    request = tertial_request(store, DIRECTOR, year - 1, 2, "", "direktør", dt.datetime(year, 1, 3))
    tertial = build_tertial_report(store, DIRECTOR, request)
    kostra = read_kostra(store)
    for report, as_of in ((snapshot, dt.date(year, 3, 31)), (tertial, dt.date(year - 1, 8, 31))):
        room = compute_room(read_books(store, as_of), load_settings(store))
        page = kostra_table(compare_with_kostra(kostra, room.years), group_name(kostra))
        [table] = _kostra_tables(report)
        assert [column.title for column in table.columns] == [str(c) for c in page.columns]
        assert list(table.rows) == [
            tuple(str(c) for c in row) for row in page.itertuples(index=False)
        ]
        assert any(row[3] != "–" for row in table.rows)  # our own share beside SSB's


def test_no_kostra_heading_without_kostra_figures(store: Store, today: dt.date) -> None:
    fill_books(store, today.year)
    assert _kostra_tables(_snapshot(store, DIRECTOR, today.year)) == []
