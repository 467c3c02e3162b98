"""The snapshot PDF of the demo municipality, opened with pypdf and checked against `gaps`."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from analytics.core.access import Access, Role
from analytics.core.errors import NotFound, UserError
from analytics.core.formatting import format_nok, format_pct
from analytics.core.organisation import resolve_scope
from analytics.core.settings import load_settings, save_setting
from analytics.core.texts import t
from analytics.report.archive import archived_pdf, archived_reports
from analytics.report.content import scope_codes
from analytics.report.sections.programme import compute_sick_leave
from analytics.report.snapshot import digest_lines, make_snapshot
from analytics.sickleave.figures import read_located_sick_leave
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import read_organisation
from tests.analytics.report.conftest import MADE_AT, MONTH, YEAR, MadeReport, page_texts, plain

SECTIONS = (
    "Sammendrag",
    "Økonomi",
    "Investeringer",
    "Økonomisk handlingsrom",
    "Økonomiverkstedet",
    "Sykefravær",
    "Kommunekompasset",
    "Mål og indikatorer",
    "Kilder",
)


def _heading(title: str) -> str:
    """The numbered heading of a section of SECTIONS, as the report prints it."""
    return f"{SECTIONS.index(title) + 1} {title}"


def _row_text(row: object) -> str:
    """A gap row as the report prints it: code, name, amounts, status label."""
    amounts = (row.annual_budget, row.gap_ytd, row.forecast, row.forecast_gap)  # type: ignore[attr-defined]
    cells = [row.key, row.name, *(format_nok(a) for a in amounts), t(f"status.{row.status}")]  # type: ignore[attr-defined]
    return plain(" ".join(cells))


def _contents(pages: list[str]) -> dict[str, int]:
    """The table of contents (page 2): each entry's title and page number."""
    entries = re.findall(r"(\d+(?:\.\d+)? [^\d]+?) (\d+)(?= \d|$| DEM)", pages[1])
    return {title: int(page) for title, page in entries}


def test_cover_names_the_municipality_scope_period_and_maker(kommune_report: MadeReport) -> None:
    cover = kommune_report.pages[0]
    for expected in (
        "Čáhppesvuotna kommune",
        "Statusrapport",
        "Utvalg: Hele kommunen",
        "Periode: oktober 2026",
        "Laget 05.11.2026 kl. 09:30 av direktør",
        "Datagrunnlagets fingeravtrykk",  # no "ﬁ" ligature: the words can be searched
    ):
        assert expected in cover
    # pypdf may put a space inside a long hexadecimal word; the letters are what count
    assert kommune_report.snapshot.data_fingerprint in cover.replace(" ", "")


def test_north_sami_names_are_spelled_right(kommune_report: MadeReport) -> None:
    text = " ".join(kommune_report.pages)
    for name in ("Kárášjoga skuvla", "Máŋggabealát mánáidgárdi", "Čáhppesvuona skuvla"):
        assert name in text


@pytest.mark.parametrize("by", ["sector", "unit"])
def test_every_row_carries_the_figures_of_gaps(kommune_report: MadeReport, by: str) -> None:
    text = " ".join(kommune_report.pages)
    rows = kommune_report.gaps[by]
    assert len(rows) > (5 if by == "sector" else 20)
    missing = [row.key for row in rows[:-1] if _row_text(row) not in text]
    assert missing == []
    total = rows[-1]
    assert plain(f"Hele kommunen {format_nok(total.annual_budget)}") in text


def test_unit_report_lists_the_ansvar_with_the_figures_of_gaps(unit_report: MadeReport) -> None:
    text = " ".join(unit_report.pages)
    assert "Utvalg: Kárášjoga skuvla" in unit_report.pages[0]
    for row in unit_report.gaps["ansvar"][:-1]:
        assert _row_text(row) in text
    assert "Máŋggabealát" not in text  # another unit's name never shows in a unit's report


def test_contents_give_the_page_of_every_heading(kommune_report: MadeReport) -> None:
    pages = kommune_report.pages
    contents = _contents(pages)
    for number, title in enumerate(SECTIONS, start=1):
        page = contents[f"{number} {title}"]
        assert pages[page - 1].startswith(f"{number} {title}"), (title, page)
    subheadings = {entry: page for entry, page in contents.items() if "." in entry.split()[0]}
    assert len(subheadings) >= 8
    for entry, page in subheadings.items():
        assert entry in pages[page - 1], (entry, page)


def test_page_numbers_and_demo_mark_on_every_page(kommune_report: MadeReport) -> None:
    pages = kommune_report.pages
    assert 8 <= len(pages) <= 30
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
        # the footer and the diagonal mark (its letters may come out split by spaces)
        assert text.replace(" ", "").count("DEMODATA") >= 2, number


def test_charts_are_vector_graphics(kommune_report: MadeReport) -> None:
    reader = PdfReader(io.BytesIO(kommune_report.snapshot.pdf))
    kinds = [kind for page in reader.pages for kind in _xobject_kinds(page.get("/Resources"))]
    assert "/Image" not in kinds
    # the charts' axes and legends are text in the PDF, not pixels
    text = " ".join(kommune_report.pages)
    assert "jan feb mar apr" in text  # the cumulative chart
    assert "Prognoseavvik per enhet 2026" in text  # the bar chart's caption
    assert "Landet, alle sektorer, egen- og legemeldt (SSB/KS)" in text  # sick leave
    assert "Gjennomsnittlig norsk kommune" in text  # Kommunekompasset


def _xobject_kinds(resources: object) -> list[str]:
    """The subtypes of every XObject in the resources, forms searched recursively."""
    if resources is None:
        return []
    xobjects = resources.get_object().get("/XObject")  # type: ignore[attr-defined]
    kinds = []
    for reference in xobjects.get_object().values() if xobjects else []:
        xobject = reference.get_object()
        kinds.append(str(xobject.get("/Subtype")))
        kinds.extend(_xobject_kinds(xobject.get("/Resources")))
    return kinds


def test_sources_list_the_uploads_behind_the_figures(kommune_report: MadeReport) -> None:
    sources = next(text for text in kommune_report.pages if text.startswith(_heading("Kilder")))
    sources = sources.replace(" ", "")  # long file names wrap inside their cells
    assert kommune_report.snapshot.data_fingerprint in sources
    assert "demo-regnskap-2026.xlsx" in sources
    assert "demo-budsjett-2026-revidert.xlsx" in sources
    assert "demo-budsjett-2019.xlsx" not in sources  # another year's budget is not behind it


def test_the_report_is_archived(kommune_report: MadeReport, unit_report: MadeReport) -> None:
    store = open_store(kommune_report.db_path)
    try:
        archive = archived_reports(store, Access.system())
        row = archive[archive["id"] == kommune_report.snapshot.report_id].iloc[0]
        assert row["pdf_sha256"] == kommune_report.snapshot.sha256
        assert row["data_fingerprint"] == kommune_report.snapshot.data_fingerprint
        assert row["scope_code"] == ""
        assert archived_pdf(store, Access.system(), int(row["id"])) == kommune_report.snapshot.pdf
        unit_row = archive[archive["id"] == unit_report.snapshot.report_id].iloc[0]
        assert unit_row["scope_code"] == "enhet:220"
    finally:
        close_all()


def test_same_data_give_the_same_content(unit_report: MadeReport, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(unit_report.db_path, copy)
    store = open_store(copy)
    try:
        again = make_snapshot(store, Access.system(), YEAR, MONTH, "220", "direktør", MADE_AT)
    finally:
        close_all()
    assert again.data_fingerprint == unit_report.snapshot.data_fingerprint
    assert page_texts(again.pdf) == unit_report.pages


def test_fingerprint_follows_the_data_of_the_scope(demo_store) -> None:  # type: ignore[no-untyped-def]
    organisation = read_organisation(demo_store)

    def fingerprint(code: str) -> str:
        scope = resolve_scope(organisation, code)
        return digest_lines(demo_store, scope, YEAR, MONTH, scope_codes(organisation, scope))

    before = {code: fingerprint(code) for code in ("", "220", "310")}
    assert len(set(before.values())) == 3
    assert fingerprint("220") == before["220"]
    with demo_store.transaction() as tx:
        tx.execute(
            "UPDATE accounts_lines SET amount = amount + 1 WHERE ansvar = '3100' AND year = ?",
            [YEAR],
        )
    assert fingerprint("220") == before["220"]  # another unit's accounts
    assert fingerprint("310") != before["310"]
    assert fingerprint("") != before[""]
    save_setting(demo_store, "status_green_max_pct", 2.0)
    assert fingerprint("220") != before["220"]


@pytest.mark.parametrize(
    ("access", "scope_code"),
    [
        (Access("leser.skole", Role.VIEWER, frozenset({"210"})), "210"),
        (Access("leder.helse", Role.LEADER, frozenset({"3"})), ""),
        (Access("leder.helse", Role.LEADER, frozenset({"3"})), "220"),
        (Access("budsjett.sykehjem", Role.BUDGET_HOLDER, frozenset({"310"})), "3"),
    ],
)
def test_who_may_not_make_a_report(demo_store, access: Access, scope_code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError):
        make_snapshot(demo_store, access, YEAR, MONTH, scope_code, access.user)
    assert demo_store.value("SELECT count(*) FROM reports") == 0


def test_leader_reports_on_their_sector_with_sick_leave_suppressed(demo_store) -> None:  # type: ignore[no-untyped-def]
    leader = Access("leder.helse", Role.LEADER, frozenset({"3"}))
    snapshot = make_snapshot(demo_store, leader, YEAR, MONTH, "3", leader.user, MADE_AT)
    text = " ".join(page_texts(snapshot.pdf))
    sector = resolve_scope(read_organisation(demo_store), "3")
    assert f"Utvalg: {sector.name}" in text
    assert "Kárášjoga" not in text
    # units with too few people show «skjult» for the month and the year, never a number
    located = read_located_sick_leave(demo_store, leader)
    facts = compute_sick_leave(located, sector, (YEAR, MONTH), load_settings(demo_store))
    parts = facts.overview[(facts.overview["role"] == "part") & (facts.overview["year"] == YEAR)]
    hidden = parts[parts["suppressed"] & (parts["month"] == MONTH)]
    assert not hidden.empty  # the demo has small units in this sector
    for row in hidden.itertuples():
        year = parts[(parts["key"] == row.key) & (parts["month"] == 0)].iloc[0]
        year_cell = "skjult" if year["suppressed"] else format_pct(year["pct"])
        assert plain(f"{row.key} {row.name} skjult {year_cell}") in text
    archive = archived_reports(demo_store, leader)
    assert list(archive["scope_code"]) == ["sektor:3"]
    other = Access("leder.skole", Role.LEADER, frozenset({"2"}))
    assert archived_reports(demo_store, other).empty
    with pytest.raises(NotFound):
        archived_pdf(demo_store, other, snapshot.report_id)


def test_the_investment_projects_have_their_own_section(kommune_report: MadeReport) -> None:
    """The projects with the figures of `projects`; the economy section stays operating."""
    from analytics.investments.records import load_portfolio

    store = open_store(kommune_report.db_path)
    try:
        statuses = load_portfolio(store, Access.system()).statuses(YEAR, MONTH)
    finally:
        close_all()
    section = " ".join(
        text for text in kommune_report.pages if text.startswith(_heading("Investeringer"))
    )
    for status in statuses:
        assert plain(f"{status.code} {status.name}") in section
        assert plain(format_nok(status.forecast_final)) in section
    economy = " ".join(
        text for text in kommune_report.pages if text.startswith(_heading("Økonomi"))
    )
    assert "P1001" not in economy


def test_the_goals_section_gives_each_goal_its_light_and_reason(kommune_report: MadeReport) -> None:
    text = next(
        page for page in kommune_report.pages if page.startswith(_heading("Mål og indikatorer"))
    )
    assert "Byggesaker avgjøres innen lovens frist" in text
    assert "andel vedtak innen frist" in text and "under målet 100,0 %" in text
