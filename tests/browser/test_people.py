"""The people's view on a phone-sized screen (390 × 844): a politician signs in, reads a sector's
goals and economy in sentences, with nothing wider than the screen and no table; in bokmål, and
in North Sami (the language the politician chose earlier) with no bokmål left but names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from analytics.accounts.users import access_for_user, set_preferred_language
from analytics.core.texts import t, using_language
from analytics.store import open_store
from analytics.store.db import close_all
from tests.browser.conftest import (
    RUN_TIMEOUT_MS,
    StartApp,
    assert_no_exception,
    sign_in,
    wait_for_app,
)
from tests.language import bokmal_left, stored_texts

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@contextmanager
def politician_on_a_phone(
    browser: Browser, start_app: StartApp, demo_db: Path, locale: str
) -> Iterator[Page]:
    """A phone-sized browser, signed in as the demo politician, on For folkevalgte."""
    context = browser.new_context(viewport=PHONE, locale=locale, is_mobile=True, has_touch=True)  # type: ignore[arg-type]
    context.set_default_timeout(RUN_TIMEOUT_MS)
    page = context.new_page()
    try:
        url = start_app(demo_db)
        sign_in(page, url, "politiker")
        page.goto(f"{url}/folkevalgt")
        wait_for_app(page)
        assert_no_exception(page)
        yield page
    finally:
        context.close()


def test_the_politician_reads_the_peoples_view_on_a_phone(
    browser: Browser, start_app: StartApp, demo_db: Path
) -> None:
    with politician_on_a_phone(browser, start_app, demo_db, "nb-NO") as page:
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


def test_the_politician_reads_it_in_north_sami_on_a_phone(
    browser: Browser, start_app: StartApp, demo_db: Path
) -> None:
    store = open_store(demo_db)
    politician = access_for_user(store, "politiker")
    assert politician is not None
    set_preferred_language(store, politician, "se")  # chosen in an earlier session
    names = stored_texts(store)
    close_all()
    with politician_on_a_phone(browser, start_app, demo_db, "se-NO") as page:
        with using_language("se"):
            expect(page.get_by_role("heading", name=t("page.folkevalgt"))).to_be_visible()
            expect(page.get_by_text(t("app.demo_mark")).first).to_be_visible()
        for choice in (0, 3):  # the whole municipality, then a sector
            if choice:
                page.locator(".st-key-people_sector [role='combobox']").click()
                page.get_by_role("option").nth(choice).click()
                wait_for_app(page)
                assert_no_exception(page)
            shown = " ".join(page.locator('[data-testid="stApp"]').inner_text().split())
            assert bokmal_left(shown, names) == [], shown[:400]
            assert any(letter in shown for letter in "áčđŋšŧž")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"the page is {width} px wide on a 390 px screen"
