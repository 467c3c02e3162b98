"""The Tertialrapport page in the real app: the director writes a section's text, makes the
report, sees it, freezes it and downloads it as PDF and as Word."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from analytics.core.texts import t
from tests.browser.conftest import StartApp, assert_no_exception, open_page, sign_in, wait_for_app

pytestmark = pytest.mark.browser
TEXT = "Skolene har **høy** innleie; tiltakene virker fra høsten."


def test_make_edit_freeze_and_download(
    page: Page, start_app: StartApp, demo_db: Path, tmp_path: Path
) -> None:
    base_url = start_app(demo_db)
    sign_in(page, base_url, "direktor")
    open_page(page, "Tertialrapport", "tertial")
    assert_no_exception(page)

    page.get_by_text("Drift", exact=True).first.click()  # the section's text field
    page.locator(".st-key-tertial_text_drift textarea").fill(TEXT)
    page.locator(".st-key-tertial_text_drift textarea").press("Control+Enter")  # sent, then saved
    wait_for_app(page)
    page.locator(".st-key-tertial_text_drift_save button").click()
    expect(page.get_by_text(t("tertial.page_saved")).first).to_be_visible()
    wait_for_app(page)
    assert_no_exception(page)

    page.get_by_role("tab", name="Rapporten").click()
    page.locator(".st-key-tertial_make button").click()
    pdf_button = page.locator(".st-key-tertial_download_pdf button")
    expect(pdf_button).to_be_visible(timeout=60_000)
    wait_for_app(page)
    expect(page.get_by_text("Side 1", exact=True)).to_be_visible()  # the preview
    assert_no_exception(page)

    page.locator(".st-key-tertial_freeze button").click()
    expect(page.get_by_text("Frosset som versjon 1.")).to_be_visible(timeout=60_000)
    wait_for_app(page)
    assert_no_exception(page)

    with page.expect_download() as pdf_info:
        pdf_button.click()
    pdf_path = tmp_path / pdf_info.value.suggested_filename
    pdf_info.value.save_as(pdf_path)
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages
    )
    assert "Skolene har høy innleie; tiltakene virker fra høsten." in text
    assert "DEMODATA" in text

    wait_for_app(page)  # the click reran the page: the next button is the rerun's
    with page.expect_download() as docx_info:
        page.locator(".st-key-tertial_download_docx button").click()
    docx_path = tmp_path / docx_info.value.suggested_filename
    docx_info.value.save_as(docx_path)
    assert docx_path.suffix == ".docx"
    with zipfile.ZipFile(docx_path) as package:
        assert "Skolene har " in package.read("word/document.xml").decode("utf-8")

    wait_for_app(page)  # the download reran the page: a tab clicked meanwhile is drawn again
    versions = page.get_by_role("tab", name="Versjoner")
    versions.click()
    expect(versions).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("button", name="Versjon 1 som PDF")).to_be_visible()
    assert_no_exception(page)
