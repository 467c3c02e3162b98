"""The Sykefravær, Kommunekompasset and Fremtidens kommune pages in Chromium: on the demo, and on
a database whose data came from xlsx files made here (sick leave uploaded through the page)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook
from playwright.sync_api import Browser, Page, expect

from analytics.accounts.users import add_user
from analytics.core.access import Access
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.imports.importer import import_file
from analytics.imports.kind import ImportOptions
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import replace_organisation
from tests.browser.conftest import (
    VIEWPORT,
    StartApp,
    assert_no_exception,
    open_page,
    sign_in,
    wait_for_app,
)

pytestmark = pytest.mark.browser


PASSWORD = "et-eget-passord-for-programmet"  # a real database refuses the demo passwords


def _tab(browser: Browser, base_url: str, password: str | None = None) -> Page:
    """A new tab signed in as «direktor» (demo password unless `password`)."""
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(30_000)
    page = context.new_page()
    sign_in(page, base_url, "direktor", password)
    return page


@pytest.fixture(scope="module")
def demo_page(
    browser: Browser,
    start_app_for_module: StartApp,
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Page]:
    db_path = tmp_path_factory.mktemp("programme_demo") / "demo.duckdb"
    shutil.copy(demo_template, db_path)
    page = _tab(browser, start_app_for_module(db_path))
    yield page
    page.context.close()


def test_sick_leave_page_on_the_demo(demo_page: Page) -> None:
    open_page(demo_page, t("page.sykefravaer"), "sykefravaer")
    expect(demo_page.locator("h1").first).to_contain_text(t("page.sykefravaer"))
    expect(demo_page.locator(".js-plotly-plot").first).to_be_visible()
    demo_page.get_by_role("tab", name=t("sick.tab_parts")).click()
    expect(demo_page.get_by_text("Čáhppesvuona dikšoruoktu (sykehjem)").first).to_be_attached()
    expect(demo_page.locator(".js-plotly-plot text", has_text="skjult").first).to_be_attached()
    assert_no_exception(demo_page)


def test_kompass_page_on_the_demo(demo_page: Page) -> None:
    open_page(demo_page, t("page.kompass"), "kompass")
    expect(demo_page.get_by_text("420 poeng").first).to_be_visible()
    expect(demo_page.locator(".js-plotly-plot")).to_have_count(2)
    assert_no_exception(demo_page)


def test_programme_page_on_the_demo(demo_page: Page) -> None:
    open_page(demo_page, t("page.program"), "program")
    expect(demo_page.get_by_text(t("risk.chart_title")).first).to_be_attached()
    expect(demo_page.get_by_text(t("milestone.chart_title")).first).to_be_attached()
    expect(demo_page.get_by_text(t("measure.heading")).first).to_be_visible()
    assert_no_exception(demo_page)


# --- a municipality whose data came from files ---------------------------------------------------

ORGANISATION = pd.DataFrame(
    {
        "ansvar": ["2100", "2200", "3100"],
        "ansvar_name": ["Skuvla", "Mánáidgárdi", "Dikšoruoktu"],
        "unit_code": ["210", "220", "310"],
        "unit_name": ["Kárášjoga skuvla", "Mánáidgárdi", "Dikšoruoktu"],
        "sector_code": ["2", "2", "3"],
        "sector_name": ["Oppvekst", "Oppvekst", "Helse"],
    }
)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def _files(folder: Path) -> dict[str, Path]:
    sick = [
        ["Sjukefråvær 2026"],
        ["Eining", "År", "Månad", "Avtalte dagsverk", "Tapte dagsverk", "Tal tilsette"],
    ]
    for month in range(1, 7):
        sick += [["210 Kárášjoga skuvla", 2026, month, 800, 40 + month, 40],
                 ["220 Mánáidgárdi", 2026, month, 60, 3, 3],
                 ["310 Dikšoruoktu", 2026, month, 1200, 110 - month, 60]]  # fmt: skip
    kompass = [["Dato", "Samfunnsutvikling", "Demokrati og åpenhet", "Tilgjengelighet",
                "Styring og kontroll", "Effektivitet", "Kvalitetsutvikling",
                "Lederskap og medarbeiderskap", "Arbeidsgiver", "Sum"],
               ["10.03.2023", 40, 41, 42, 43, 44, 45, 46, 47, 348],
               ["12.03.2026", 50, 51, 52, 53, 54, 55, 56, 57, 428]]  # fmt: skip
    risks = [["Risiko", "S", "K", "Tiltak", "Ansvarlig"],
             ["Svømmehallen må stenge", 3, 5, "Rehabilitering", "Sárá"],
             ["Renhold ustabilt", 4, 3, "Faste vikarer", "Ánde"]]  # fmt: skip
    plan = [["Milepælsplan 2026"],  # the programme's grid: a column per week, its letters
            ["Arbeidsgruppe", "Uke 4", "Uke 12", "Uke 16", "Uke 20"],
            ["Brann", "O", "A", "S/P", "F"]]  # fmt: skip
    return {
        "sickleave": _xlsx(folder / "sjukefråvær.xlsx", sick),
        "kompass": _xlsx(folder / "kompass.xlsx", kompass),
        "risks": _xlsx(folder / "risiko.xlsx", risks),
        "milestones": _xlsx(folder / "plan.xlsx", plan),
    }


@pytest.fixture(scope="module")
def imported(
    browser: Browser, start_app_for_module: StartApp, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Page, dict[str, Path]]]:
    """An app on a new database: organisation and a director, Kompass, risks and plan imported
    from files; the sick-leave file is left for the test to upload through the page."""
    folder = tmp_path_factory.mktemp("programme_files")
    files = _files(folder)
    store = open_store(folder / "kommune.duckdb")
    replace_organisation(store, ORGANISATION)
    add_user(store, Access.system(), "direktor", "director", password=PASSWORD)
    for kind in ("kompass", "risks", "milestones"):
        data = files[kind].read_bytes()
        import_file(store, Access.system(), data, files[kind].name, ImportOptions(), Settings())
    close_all()
    page = _tab(browser, start_app_for_module(folder / "kommune.duckdb"), PASSWORD)
    yield page, files
    page.context.close()


def test_sick_leave_uploaded_through_the_page(imported: tuple[Page, dict[str, Path]]) -> None:
    page, files = imported
    open_page(page, t("page.sykefravaer"), "sykefravaer")
    expect(page.get_by_text(t("common.no_data"))).to_be_visible()
    page.get_by_text(t("programme.import_heading_sickleave")).click()
    page.locator(".st-key-import_sickleave_file input[type=file]").set_input_files(
        files["sickleave"]
    )
    wait_for_app(page)
    expect(page.get_by_text(t("import.page.stored"))).to_be_visible()  # the preview first
    page.locator(".st-key-import_sickleave_confirm button").click()
    wait_for_app(page)
    expect(page.get_by_text("Sykefravær 01.2026–06.2026 for 3 enheter")).to_be_visible()
    expect(page.locator(".js-plotly-plot").first).to_be_visible()
    page.get_by_role("tab", name=t("sick.tab_parts")).click()
    heatmap = page.locator(".js-plotly-plot", has_text="Mánáidgárdi")
    expect(heatmap.locator("text", has_text="skjult").first).to_be_attached()
    assert_no_exception(page)


def test_kompass_and_programme_from_files(imported: tuple[Page, dict[str, Path]]) -> None:
    page, _ = imported
    open_page(page, t("page.kompass"), "kompass")
    expect(page.get_by_text("428 poeng").first).to_be_visible()
    assert_no_exception(page)
    open_page(page, t("page.program"), "program")
    expect(page.get_by_text("Svømmehallen må stenge").first).to_be_attached()
    expect(page.locator(".js-plotly-plot")).to_have_count(2)
    assert_no_exception(page)
