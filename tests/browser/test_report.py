"""The Rapport page in the real app: make a report of one unit and download it as a PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.browser.conftest import StartApp, assert_no_exception, open_page, sign_in, wait_for_app

pytestmark = pytest.mark.browser


def test_download_button_gives_a_valid_pdf(
    page: Page, start_app: StartApp, demo_db: Path, tmp_path: Path, demo_month: tuple[int, int]
) -> None:
    base_url = start_app(demo_db)
    sign_in(page, base_url, "direktor")
    open_page(page, "Rapport", "rapport")
    scope = page.locator(".st-key-rapport_scope input")
    scope.click()
    scope.fill("Kárášjoga")  # the list narrows to the one unit; Enter chooses it
    expect(page.get_by_role("option", name="Kárášjoga skuvla", exact=True)).to_be_visible()
    scope.press("Enter")
    expect(page.get_by_role("listbox")).to_have_count(0)
    wait_for_app(page)
    expect(scope).to_have_value("Kárášjoga skuvla")
    page.locator(".st-key-rapport_make button").click()
    download_button = page.locator(".st-key-rapport_download button")
    expect(download_button).to_be_visible(timeout=60_000)
    wait_for_app(page)
    assert_no_exception(page)

    with page.expect_download() as info:
        download_button.click()
    download = info.value
    year, month = demo_month  # the page opens on the demo's newest month with accounts
    assert download.suggested_filename == f"statusrapport-enhet-220-{year}-{month:02d}.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    pdf = saved.read_bytes()
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 5
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Utvalg: Kárášjoga skuvla" in cover
    assert "Laget" in cover and "av direktor" in cover
