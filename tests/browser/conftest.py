"""Browser tests: the real app under `streamlit run`, driven in Debian's Chromium by Playwright.

Fixtures:
- `browser` (session): one Chromium for the whole run.
- `page` (function): a fresh browser context and tab, 1400 × 900.
- `start_app` (function) and `start_app_for_module` (module): factories `start(db_path) -> url`
  that start `streamlit run app.py` on a free port with KOMMUNE_DB=db_path and stop it
  afterwards. The server's output goes to a log file, printed when a test fails.
Helpers: `wait_for_app`, `assert_no_exception`, `sign_in`, `open_page` (by the link's title).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from analytics.demo.users import DEMO_PASSWORDS

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
VIEWPORT = {"width": 1400, "height": 900}
START_TIMEOUT_S = 60.0
RUN_TIMEOUT_MS = 30_000

StartApp = Callable[[Path], str]

# Two cores are shared by many: give the app more time than Playwright's 5 s default.
expect.set_options(timeout=15_000)


class AppServer:
    """One `streamlit run app.py` process on a free port, its output in `log_path`."""

    def __init__(self, db_path: Path, log_path: Path) -> None:
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = log_path.open("wb")
        env = {**os.environ, "KOMMUNE_DB": str(db_path), "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", "app.py",
                "--server.port", str(self.port),
                "--server.address", "127.0.0.1",
                "--server.headless", "true",
                "--server.fileWatcherType", "none",
                "--browser.gatherUsageStats", "false",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit stopped at start:\n{self.output()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"streamlit did not answer in {START_TIMEOUT_S} s:\n{self.output()}")

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_RUNNING: list[AppServer] = []  # servers up right now; their logs go with a failing test


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Adds the running servers' output to the report of a failing test."""
    report = yield
    if report.failed:
        for server in _RUNNING:
            lines = server.output().splitlines()[-200:]
            report.sections.append((f"streamlit {server.base_url}", "\n".join(lines)))
    return report


def _serve(log_dir: Path) -> Iterator[StartApp]:
    started: list[AppServer] = []

    def start(db_path: Path) -> str:
        server = AppServer(db_path, log_dir / f"streamlit-{len(started)}.log")
        started.append(server)
        _RUNNING.append(server)
        server.wait_until_healthy()
        return server.base_url

    yield start
    for server in started:
        server.stop()
        _RUNNING.remove(server)


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator[StartApp]:
    """`start_app(db_path) -> base_url`: a server for this test only."""
    yield from _serve(tmp_path)


@pytest.fixture(scope="module")
def start_app_for_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartApp]:
    """`start(db_path) -> base_url`: a server shared by the tests of one module."""
    yield from _serve(tmp_path_factory.mktemp("streamlit"))


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


def sign_in(page: Page, base_url: str, user: str = "direktor") -> None:
    """Opens the app and signs in with a demo account (its published demo password)."""
    page.goto(base_url)
    wait_for_app(page)
    page.locator(".st-key-login_name input").fill(user)
    page.locator(".st-key-login_password input").fill(DEMO_PASSWORDS[user])
    page.locator(".st-key-login_submit button").click()
    expect(page.locator(".st-key-logout_button")).to_be_visible()
    wait_for_app(page)


def open_page(page: Page, title: str, url_path: str) -> None:
    """Clicks the page's link in the sidebar (within the session, as a person would)."""
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(re.compile(rf"://[^/]+/{re.escape(url_path)}(\?.*)?$"))
    wait_for_app(page)
