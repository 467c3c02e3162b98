"""Every page in the real app, in Chromium: its title, no exception, and its chart where it has one.

Also saves the screenshot of the Økonomi page that the README shows (docs/screenshot-okonomi.png).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from analytics.core.texts import t
from tests.browser.conftest import (
    VIEWPORT,
    StartApp,
    assert_no_exception,
    open_page,
    sign_in,
    wait_for_app,
)

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot-okonomi.png"
MAX_SCREENSHOT_BYTES = 300_000

# (title key, URL path, whether the page must draw a plotly chart)
PAGES = [
    ("page.oversikt", "", True),
    ("page.okonomi", "okonomi", True),
    ("page.handlingsrom", "handlingsrom", True),
    ("page.verksted", "verksted", True),
    ("page.sykefravaer", "sykefravaer", True),
    ("page.kompass", "kompass", True),
    ("page.program", "program", True),
    ("page.investeringer", "investeringer", True),
    ("page.mal", "mal", True),
    ("page.folkevalgt", "folkevalgt", False),
    ("page.tertial", "tertial", False),
    ("page.last_opp", "last-opp", False),
    ("page.rapport", "rapport", False),
    ("page.admin", "admin", False),
    ("account.page", "konto", False),
]


@pytest.fixture(scope="module")
def signed_in_page(
    browser: Browser,
    start_app_for_module: StartApp,
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Page]:
    """One tab, signed in as an administrator (whose menu has every page), on an app serving
    a copy of the demo."""
    db_path = tmp_path_factory.mktemp("browser") / "demo.duckdb"
    shutil.copy(demo_template, db_path)
    base_url = start_app_for_module(db_path)
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(30_000)
    page = context.new_page()
    sign_in(page, base_url, "admin")
    yield page
    context.close()


@pytest.mark.parametrize(("title_key", "url_path", "has_chart"), PAGES)
def test_page_shows_its_title_and_no_exception(
    signed_in_page: Page, title_key: str, url_path: str, has_chart: bool
) -> None:
    page = signed_in_page
    open_page(page, t(title_key), url_path)
    expect(page.locator("h1").first).to_contain_text(t(title_key))
    expect(page.get_by_text(t("app.demo_mark")).first).to_be_visible()
    assert_no_exception(page)
    if has_chart:
        expect(page.locator(".js-plotly-plot").first).to_be_visible()
        assert_no_exception(page)


def test_screenshot_of_the_economy_page(signed_in_page: Page) -> None:
    page = signed_in_page
    open_page(page, t("page.okonomi"), "okonomi")
    page.goto(page.url.split("?")[0] + "?omrade=sektor%3A3")  # a sector: Helse og omsorg
    wait_for_app(page)
    expect(page.get_by_text("Helse og omsorg").first).to_be_visible()
    chart = page.locator(".js-plotly-plot").first
    expect(chart).to_be_visible()
    expect(chart.locator(".main-svg").first).to_be_attached()
    wait_for_app(page)
    assert_no_exception(page)
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    assert 10_000 < SCREENSHOT.stat().st_size < MAX_SCREENSHOT_BYTES
