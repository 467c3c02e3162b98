"""The app in North Sami, in Chromium: the director chooses davvisámegiella in the sidebar and
every page of the menu (14) shows no bokmål left other than names (what the database holds: units,
people, projects, comments). The choice is kept after a reload."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from analytics.core.texts import t, using_language
from analytics.store import open_store
from analytics.store.db import close_all
from tests.browser.conftest import VIEWPORT, StartApp, assert_no_exception, sign_in, wait_for_app
from tests.language import bokmal_left, stored_texts

pytestmark = pytest.mark.browser

PATHS = [
    "",
    "okonomi",
    "verksted",
    "investeringer",
    "handlingsrom",
    "sykefravaer",
    "kompass",
    "program",
    "mal",
    "folkevalgt",
    "last-opp",
    "rapport",
    "tertial",
    "konto",
]


@pytest.fixture(scope="module")
def sami_page(
    browser: Browser,
    start_app_for_module: StartApp,
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Page, str, list[str]]]:
    db_path = tmp_path_factory.mktemp("sami") / "demo.duckdb"
    shutil.copy(demo_template, db_path)
    names = stored_texts(open_store(db_path))
    close_all()
    base_url = start_app_for_module(db_path)
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(30_000)
    page = context.new_page()
    sign_in(page, base_url, "direktor")
    page.locator(".st-key-language").click()
    page.get_by_role("option", name="Davvisámegiella").click()
    wait_for_app(page)
    yield page, base_url, names
    context.close()


@pytest.mark.parametrize("path", PATHS)
def test_every_page_is_in_north_sami(sami_page: tuple[Page, str, list[str]], path: str) -> None:
    page, base_url, names = sami_page
    page.goto(f"{base_url}/{path}")
    wait_for_app(page)
    assert_no_exception(page)
    with using_language("se"):
        expect(page.get_by_text(t("app.demo_mark")).first).to_be_visible()
    shown = page.locator('[data-testid="stApp"]').inner_text()
    assert bokmal_left(re.sub(r"\s+", " ", shown), names) == []
