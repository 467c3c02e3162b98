"""Browser tests: the real app under `streamlit run`, driven in Debian's Chromium by Playwright.

Fixtures:
- `browser` (session): one Chromium for the whole run.
- `page` (function): a fresh browser context and tab, 1400 × 900.
- `start_app` (function) and `start_app_for_module` (module): factories `start(db_path) -> url`
  that start `streamlit run serve.py` on a free port with KOMMUNE_DB=db_path and stop it
  afterwards (tests/serving.py). The server's output goes to a log file, printed when a test
  fails.
Helpers: `wait_for_app`, `assert_no_exception`, `sign_in` (the sign-in page's form),
`open_page` (by the link's title).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from analytics.demo.users import DEMO_PASSWORDS
from tests.serving import StartApp, serve

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
VIEWPORT = {"width": 1400, "height": 900}
RUN_TIMEOUT_MS = 30_000

# Two cores are shared by many: give the app more time than Playwright's 5 s default.
expect.set_options(timeout=15_000)


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator[StartApp]:
    """`start_app(db_path) -> base_url`: a server for this test only."""
    yield from serve(tmp_path)


@pytest.fixture(scope="module")
def start_app_for_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartApp]:
    """`start(db_path) -> base_url`: a server shared by the tests of one module."""
    yield from serve(tmp_path_factory.mktemp("streamlit"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT, locale="nb-NO")  # type: ignore[arg-type]
    context.set_default_timeout(RUN_TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


def wait_for_app(page: Page) -> None:
    """Waits until Streamlit is connected, has finished running the script, and shows the page."""
    app = page.locator('[data-testid="stApp"]')
    timeout = RUN_TIMEOUT_MS
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=timeout)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=timeout)
    expect(page.locator('[data-testid="stMain"]')).to_be_visible(timeout=timeout)


def assert_no_exception(page: Page) -> None:
    """Fails with the shown traceback text when the page displays an exception."""
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        pytest.fail(f"the page shows an exception:\n{exceptions.first.inner_text()}")


def sign_in(page: Page, base_url: str, user: str = "direktor", password: str | None = None) -> None:
    """Opens the app, which sends the browser to the sign-in page, and signs in there with a
    demo account (its published demo password, unless another is given)."""
    page.goto(base_url)
    fill_sign_in_form(page, user, password or DEMO_PASSWORDS[user])
    expect(page.locator(".st-key-logout_button")).to_be_visible()
    wait_for_app(page)


def fill_sign_in_form(page: Page, name: str, password: str) -> None:
    """Fills in and sends the sign-in page's form (server/signin.py)."""
    page.locator("#brukernavn").fill(name)
    page.locator("#passord").fill(password)
    page.locator("#logg-inn").click()


def open_page(page: Page, title: str, url_path: str) -> None:
    """Clicks the page's link in the sidebar (within the session, as a person would)."""
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(re.compile(rf"://[^/]+/{re.escape(url_path)}(\?.*)?$"))
    wait_for_app(page)
