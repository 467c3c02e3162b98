"""The people's view on a phone-sized screen (390 × 844): a politician signs in, reads a sector's
goals and economy in sentences, with nothing wider than the screen and no table."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import (
    RUN_TIMEOUT_MS,
    StartApp,
    assert_no_exception,
    sign_in,
    wait_for_app,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def test_the_politician_reads_the_peoples_view_on_a_phone(
    browser: Browser, start_app: StartApp, demo_db: Path
) -> None:
    context = browser.new_context(viewport=PHONE, locale="nb-NO", is_mobile=True, has_touch=True)  # type: ignore[arg-type]
    context.set_default_timeout(RUN_TIMEOUT_MS)
    page = context.new_page()
    try:
        url = start_app(demo_db)
        sign_in(page, url, "politiker")
        page.goto(f"{url}/folkevalgt")
        wait_for_app(page)
        assert_no_exception(page)
        expect(page.get_by_role("heading", name="For folkevalgte")).to_be_visible()
        expect(page.get_by_text("Budsjettet for").first).to_be_attached()
        expect(page.get_by_text("Ved årets slutt ventes").first).to_be_attached()
        assert page.locator('[data-testid="stDataFrame"]').count() == 0
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"the page is {width} px wide on a 390 px screen"
        page.locator(".st-key-people_sector [role='combobox']").click()
        page.get_by_role("option").nth(3).click()
        wait_for_app(page)
        assert_no_exception(page)
        expect(page.get_by_text("Helse og omsorg, 20")).to_be_visible()
        expect(page.get_by_text("Målene", exact=True)).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.screenshot(path=str(Path(demo_db).parent / "folkevalgt-390.png"), full_page=True)
    finally:
        context.close()
