"""The tertial report's sections on the financial room and on the goals, on the demo: each
opens with sentences from its own figures (the room's headline year, the goals' lights counted
here), then the director's text, then the tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analytics.core.access import Access, Role
from analytics.core.formatting import format_nok
from analytics.core.names import Status
from analytics.core.settings import load_settings
from analytics.finance.books import compute_room, read_books
from analytics.finance.room import RULES
from analytics.finance.tables import headline
from analytics.report.model import Paragraph, Section
from analytics.report.sections.goals import read_goal_rows
from analytics.report.tertial.editing import save_section_text
from analytics.report.tertial.report import build_tertial_report, tertial_request
from analytics.store import open_store
from tests.analytics.report.conftest import plain

DIRECTOR = Access("direktør", Role.DIRECTOR)


def _section(store: object, access: Access, year: int, anchor: str, unit: str = "") -> Section:
    made = dt.datetime(year, 9, 3, 10, 0)
    request = tertial_request(store, access, year, 2, unit, access.user, made)  # type: ignore[arg-type]
    report = build_tertial_report(store, access, request)  # type: ignore[arg-type]
    (section,) = [s for s in report.sections if s.anchor == anchor]
    return section


def _paragraphs(section: Section) -> list[str]:
    return [plain(block.text) for block in section.blocks if isinstance(block, Paragraph)]


def test_the_finance_section_opens_with_the_headline_year_and_the_rules(
    demo_db: Path, demo_month: tuple[int, int]
) -> None:
    year = demo_month[0] - 1
    store = open_store(demo_db)
    save_section_text(store, DIRECTOR, (year, 2, ""), "handlingsrom", "Vi må **spare**.")
    section = _section(store, DIRECTOR, year, "handlingsrom")
    room = compute_room(read_books(store, dt.date(year, 8, 31)), load_settings(store))
    top = headline(room)
    assert top is not None
    met = sum(top.statuses[rule] == Status.GREEN for rule in RULES)
    first, rules, robek = _paragraphs(section)[:3]
    assert f"Netto driftsresultat for {top.year}" in first
    assert plain(format_nok(top.figures.net_operating_result)) in first
    assert rules.startswith(f"{met} av {len(RULES)} handlingsregler er oppfylt.")
    assert "ROBEK" in robek
    director = section.blocks[3]
    assert "spare" in str(director) and not isinstance(director, Paragraph)
    assert section.title == "Økonomisk handlingsrom og finansforvaltning"


def test_the_goals_section_counts_the_lights(demo_db: Path, demo_month: tuple[int, int]) -> None:
    year = demo_month[0] - 1
    store = open_store(demo_db)
    section = _section(store, DIRECTOR, year, "mal")
    goals, _ = read_goal_rows(store, DIRECTOR, (year, 8), None)
    assert goals, "the demo has a goal tree"
    lights = {status: sum(g.status is status for g in goals) for status in Status}
    summary = _paragraphs(section)[0]
    assert summary == (
        f"{len(goals)} mål følges: {lights[Status.GREEN]} grønne, {lights[Status.YELLOW]} gule, "
        f"{lights[Status.RED]} røde og {lights[Status.NONE]} uten måling ennå."
    )
    worst = [g for g in goals if g.status in (Status.RED, Status.YELLOW)]
    text = " ".join(_paragraphs(section))
    if worst:
        assert "Mest kritisk:" in text
    table = [block for block in section.blocks if hasattr(block, "rows")]
    assert len(table) == 1 and len(table[0].rows) == len(goals)  # type: ignore[attr-defined]
