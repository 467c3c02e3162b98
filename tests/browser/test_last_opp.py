"""Last opp in Chromium: a viewer's page, a file whose name and headers are Markdown and HTML
shown as the text they are, and a Kommunekompasset file previewed, stored and undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from analytics.core.texts import t
from tests.analytics.imports.files import xlsx_bytes
from tests.browser.conftest import (
    RUN_TIMEOUT_MS,
    StartApp,
    assert_no_exception,
    open_page,
    sign_in,
    wait_for_app,
)

pytestmark = pytest.mark.browser

HOSTILE_NAME = "**fet** <b>x</b> $x^2$ [lenke](https://vert/).xlsx"
IMAGE = "![x](http://127.0.0.1:9/spor.png)"  # a browser that renders it asks that address
LEDGER = [
    ["Regnskap 2031"],
    ["Ansvar", "Art", "Periode", "Beløp", IMAGE],
    ["3100", "10100", 1, 5, ""],
]
KOMPASS = [["Dato", *(f"{n} Område {n}" for n in range(1, 9)), "Sum"],
           ["02.03.2026", *[50] * 8, 400]]  # fmt: skip


def test_a_viewer_sees_the_history_and_a_note(
    page: Page, start_app: StartApp, demo_db: Path
) -> None:
    sign_in(page, start_app(demo_db), "leser.skole")
    open_page(page, t("page.last_opp"), "last-opp")
    expect(page.get_by_text("Du har bare lesetilgang")).to_be_visible()
    expect(page.get_by_role("tab", name=t("import.page.tab_history"))).to_be_visible()
    expect(page.get_by_role("tab", name=t("import.page.tab_template"))).to_have_count(0)
    assert_no_exception(page)


def test_file_text_is_text_and_a_file_is_previewed_stored_and_undone(
    page: Page, start_app: StartApp, demo_db: Path, tmp_path: Path
) -> None:
    sign_in(page, start_app(demo_db), "direktor")
    open_page(page, t("page.last_opp"), "last-opp")
    refused = {"name": HOSTILE_NAME, "mimeType": "text/csv", "buffer": b"%PDF-1.7 not a sheet"}
    page.locator(".st-key-upload_file input[type=file]").set_input_files(refused)  # type: ignore[arg-type]
    wait_for_app(page)
    error = page.locator("[data-testid='stAlertContentError']").first
    expect(error).to_contain_text("**fet** <b>x</b> $x^2$ [lenke](https://vert/)")
    assert error.locator("strong, b, a, .katex").count() == 0

    ledger = tmp_path / "regnskap.xlsx"
    ledger.write_bytes(xlsx_bytes({"Data": LEDGER}))
    page.locator(".st-key-upload_file input[type=file]").set_input_files(ledger)
    wait_for_app(page)
    warning = page.locator("[data-testid='stAlertContentWarning']", has_text="brukes ikke")
    expect(warning).to_contain_text(IMAGE)  # the column nobody uses, named as written
    assert page.locator("img[src*='spor.png']").count() == 0

    good = tmp_path / "kompass.xlsx"
    good.write_bytes(xlsx_bytes({"Ark1": KOMPASS}))
    page.locator(".st-key-upload_file input[type=file]").set_input_files(good)
    # The ledger's preview, with its own "Dette lagres", stays on screen until the rerun for
    # this file has drawn its own; wait for this file's caption before counting.
    caption = t("import.page.file_sheet", file="kompass.xlsx", sheet="Ark1")
    expect(page.get_by_text(caption)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    wait_for_app(page)
    expect(page.get_by_text(t("import.page.stored"))).to_have_count(1)
    page.locator(".st-key-upload_confirm button").click()
    wait_for_app(page)
    expect(page.get_by_text("Kommunekompasset, 1 evalueringer: 02.03.2026")).to_be_visible()
    page.get_by_role("tab", name=t("import.page.tab_history")).click()
    page.locator(".st-key-undo_button button").click()
    wait_for_app(page)
    expect(page.get_by_text("er angret")).to_be_visible()
    assert_no_exception(page)
