"""The workshop in Chromium: three units forward, one measure added, the page reloaded, and the
measure still there."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from analytics.core.formatting import format_date
from analytics.core.texts import t
from tests.browser.conftest import StartApp, assert_no_exception, open_page, sign_in, wait_for_app

pytestmark = pytest.mark.browser

PICKER = ".st-key-enhet input"
TITLE = "Samordne innkjøp av vikartjenester – Čáhppesvuotna"


def unit_on_screen(page: Page) -> str:
    """The text of the unit picker: status light, code and name of the unit shown."""
    return page.locator(PICKER).input_value().strip()


def test_walk_three_units_add_a_measure_and_reload(
    page: Page, start_app: StartApp, demo_template: Path, tmp_path: Path, today: dt.date
) -> None:
    deadline = today + dt.timedelta(days=120)
    db_path = tmp_path / "demo.duckdb"
    shutil.copy(demo_template, db_path)
    base_url = start_app(db_path)
    sign_in(page, base_url, "direktor")
    open_page(page, t("page.verksted"), "verksted")
    assert_no_exception(page)

    seen = [unit_on_screen(page)]
    for _ in range(3):
        page.locator(".st-key-verksted_next button").click()
        wait_for_app(page)
        expect(page.locator(PICKER)).not_to_have_value(seen[-1])
        seen.append(unit_on_screen(page))
    assert len(set(seen)) == 4
    expect(page).to_have_url(re.compile(r"enhet="))
    code = seen[-1].split()[1]
    expect(page.get_by_role("heading", name=re.compile(rf"^{code} "))).to_be_visible()

    page.locator(".st-key-measure_new_title input").fill(TITLE)
    page.locator(".st-key-measure_new_owner input").fill("Ánde Somby")
    # the date field has a segment per part (dd.mm.yyyy); typing moves from one to the next
    page.locator('.st-key-measure_new_deadline [data-type="day"]').click()
    page.keyboard.type(deadline.strftime("%d%m%Y"))
    page.locator(".st-key-measure_new_effect input").fill("125000")
    page.locator(".st-key-measure_new_save button").click()
    wait_for_app(page)
    assert_no_exception(page)
    expect(page.get_by_text(t("workshop.measures.added", title=TITLE))).to_be_visible()

    page.reload()  # a new session, so nothing can come from the old one's memory
    wait_for_app(page)
    expect(page.locator(".st-key-logout_button")).to_be_visible()  # still signed in
    open_page(page, t("page.verksted"), "verksted")
    picker = page.locator(PICKER)
    picker.fill(code)
    page.get_by_role("option", name=seen[-1]).click()
    wait_for_app(page)
    assert_no_exception(page)
    expect(picker).to_have_value(seen[-1])
    table = page.locator('[data-testid="stDataFrame"]').first
    expect(table).to_contain_text(TITLE)
    expect(table).to_contain_text(format_date(deadline))
