"""Printing the report's HTML document to PDF with Debian's Chromium through Playwright.

One warm browser per process: a worker thread owns Playwright (its sync API is bound to the
thread that started it, and Streamlit runs each session in threads of its own) and keeps a page
with plotly.js already loaded, because parsing plotly.js is the largest fixed cost of a report
(about 2 s on a busy 2-core machine). Each report replaces that page's style and body with the
document's own, draws the charts (`window.drawReport`), and prints.

The table of contents needs the page of each heading, which is known only after printing: a
first, quick print (untagged) is read back with pypdf, whose named destinations (Chromium writes
one for each heading the contents link to) give each heading's page; the numbers are written
into the contents and the page printed again, tagged and with an outline (bookmarks).
"""

from __future__ import annotations

import atexit
import io
import queue
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from pypdf import PdfReader

from analytics.report.html import ReportDocument, shell_html

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
PDF_OPTIONS: dict[str, Any] = {
    "format": "A4",
    "print_background": True,
    "display_header_footer": True,
    "header_template": "<div></div>",
    "margin": {"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"},
    "outline": True,
    "tagged": True,
}
PAGE_TIMEOUT_MS = 60_000
IMAGE_SCALE = 2  # device pixels per CSS pixel for chart images
_SHELL_REUSES = 50  # a fresh page now and then, so plotly's leftovers cannot pile up

_LOAD_SCRIPT = """
async ([title, style, body]) => {
  document.querySelectorAll(".js-plotly-plot").forEach((div) => Plotly.purge(div));
  document.title = title;
  document.getElementById("report-style").textContent = style;
  document.body.innerHTML = body;
  return await window.drawReport();
}
"""

_FILL_CONTENTS_SCRIPT = """
(pages) => {
  const missing = [];
  document.querySelectorAll("[data-toc-anchor]").forEach((cell) => {
    const page = pages[cell.dataset.tocAnchor];
    if (page === undefined) { missing.push(cell.dataset.tocAnchor); } else { cell.textContent = page; }
  });
  return missing;
}
"""

T = TypeVar("T")


def print_pdf(document: ReportDocument, footer_html: str) -> bytes:
    """The document as an A4 PDF with page numbers (footer) and a filled-in table of contents."""
    return _printer().run(lambda page: _print_document(page, document, footer_html))


def chart_images(document: ReportDocument) -> list[bytes]:
    """Each chart of the document as a PNG, drawn by plotly.js at twice the A4 text width's
    pixels (sharp in a Word file), in document order."""
    return _printer().run(lambda page: _screenshot_charts(page, document), scale=IMAGE_SCALE)


def warm_up_printer() -> None:
    """Starts the browser and loads plotly.js in the background, so that the first report of
    the process does not wait for them; returns at once (the Rapport page calls it on load)."""
    _printer().warm_up()


def shutdown_printer() -> None:
    """Closes the warm browser (tests and benchmarks that want a cold start)."""
    global _worker
    with _worker_lock:
        worker, _worker = _worker, None
    if worker is not None:
        worker.stop()


def _print_document(page: Page, document: ReportDocument, footer_html: str) -> bytes:
    page.evaluate(_LOAD_SCRIPT, [document.title, document.style, document.body])
    options = {**PDF_OPTIONS, "footer_template": footer_html}
    first = page.pdf(**{**options, "tagged": False, "outline": False})
    missing = page.evaluate(_FILL_CONTENTS_SCRIPT, anchor_pages(first))
    if missing:
        raise RuntimeError(f"headings not found among the printed destinations: {missing}")
    final = page.pdf(**options)
    if _page_count(final) != _page_count(first):
        raise RuntimeError("the table of contents changed the page count")
    return final


def _screenshot_charts(page: Page, document: ReportDocument) -> list[bytes]:
    page.evaluate(_LOAD_SCRIPT, [document.title, document.style, document.body])
    charts = page.locator("figure.chart > div[id^=chart-]")
    return [charts.nth(index).screenshot(type="png") for index in range(charts.count())]


def anchor_pages(pdf: bytes) -> dict[str, int]:
    """The page (counted from 1) of each element id that a link in the PDF points to."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = {}
    for name, destination in reader.named_destinations.items():
        index = reader.get_destination_page_number(destination)
        if index is not None:
            pages[name.removeprefix("/")] = index + 1
    return pages


def heading_pages(pdf: bytes) -> dict[str, int]:
    """Each heading of the PDF's outline (bookmarks) with its page number, counted from 1."""
    reader = PdfReader(io.BytesIO(pdf))
    pages: dict[str, int] = {}

    def visit(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                visit(entry)
                continue
            index = reader.get_destination_page_number(entry)
            if index is not None:
                pages.setdefault(" ".join(str(entry.title).split()), index + 1)

    visit(reader.outline)
    return pages


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


class _BrowserWorker:
    """A thread that owns Playwright, the browser and the page with plotly.js loaded."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[Page], Any], Future[Any], int] | None] = (
            queue.Queue()
        )
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._pages: dict[int, Page] = {}
        self._uses: dict[int, int] = {}
        self._warm_requested = False
        self._shell_dir: tempfile.TemporaryDirectory[str] | None = None
        self._warm_lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name="report-printer", daemon=True)
        self._thread.start()

    def run(self, job: Callable[[Page], T], scale: int = 1) -> T:
        return self.submit(job, scale).result()

    def warm_up(self) -> None:
        """Queues one job that only starts the browser, the first time it is asked."""
        with self._warm_lock:
            if not self._warm_requested:
                self._warm_requested = True
                self.submit(lambda page: None)

    def submit(self, job: Callable[[Page], T], scale: int = 1) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((job, future, scale))
        return future

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)

    def _serve(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, future, scale = item
            try:
                future.set_result(job(self._shell_page(scale)))
            except BaseException as error:  # handed to the caller's thread, never swallowed
                future.set_exception(error)
                self._close()
        self._close()

    def _shell_page(self, scale: int) -> Page:
        """The warm page with plotly.js loaded, one per device scale (1 for printing)."""
        if self._browser is None or not self._browser.is_connected():
            self._close()
            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=CHROMIUM, args=LAUNCH_ARGS
            )
        page = self._pages.get(scale)
        if page is None or self._uses.get(scale, 0) >= _SHELL_REUSES:
            if page is not None:
                page.close()
            page = self._browser.new_page(device_scale_factor=scale)
            page.set_default_timeout(PAGE_TIMEOUT_MS)
            page.goto(self._shell_file().as_uri())
            self._pages[scale], self._uses[scale] = page, 0
        self._uses[scale] += 1
        return page

    def _shell_file(self) -> Path:
        """The shell document as a file: Chromium reads a 5 MB file faster than it takes the
        same text through `set_content`. Written once per worker, removed at the end."""
        if self._shell_dir is None:
            self._shell_dir = tempfile.TemporaryDirectory(prefix="kommune-rapport-")
            path = Path(self._shell_dir.name) / "shell.html"
            path.write_text(shell_html(), encoding="utf-8")
        return Path(self._shell_dir.name) / "shell.html"

    def _close(self) -> None:
        # After a crash the browser or the driver may already be gone; closing them then fails.
        if self._browser is not None:
            with suppress(PlaywrightError):
                self._browser.close()
        if self._playwright is not None:
            with suppress(PlaywrightError):
                self._playwright.stop()
        self._playwright, self._browser = None, None
        self._pages, self._uses = {}, {}
        if self._shell_dir is not None:
            self._shell_dir.cleanup()
            self._shell_dir = None


_worker: _BrowserWorker | None = None
_worker_lock = threading.Lock()


def _printer() -> _BrowserWorker:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = _BrowserWorker()
        return _worker


atexit.register(shutdown_printer)
