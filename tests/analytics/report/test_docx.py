"""The report as a Word file: real headings and tables, charts as images, the demo mark, page
numbers and a table of contents, North Sami letters intact."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document

from analytics.report.docx import render_docx
from analytics.report.html import render_document
from analytics.report.pdf import chart_images
from tests.analytics.report.test_html import small_report


def _xml(docx: bytes, part: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read(part).decode("utf-8")


def _one_pixel_png() -> bytes:
    from PIL import Image  # python-docx reads image sizes with Pillow's help where it can

    buffer = io.BytesIO()
    Image.new("RGB", (2, 1), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_headings_tables_and_the_north_sami_letters() -> None:
    docx = render_docx(small_report(), [_one_pixel_png()])
    document = Document(io.BytesIO(docx))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "Innhold"),
        ("Heading 1", "1 Sammendrag"),
        ("Heading 1", "2 Økonomi"),
        ("Heading 2", "2.1 Nøkkeltall"),
        ("Heading 2", "2.2 Enheter"),
    ]
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Čáhppesvuotna kommune" and "Utvalg: Kárášjoga skuvla" in texts
    unit_table = document.tables[-1]
    assert [cell.text for cell in unit_table.rows[0].cells] == ["Navn", "Avvik", "Status"]
    assert [cell.text for cell in unit_table.rows[2].cells] == [
        "Kárášjoga skuvla",
        "2 kr",
        "Tiltak trengs",
    ]
    assert unit_table.rows[1].cells[0].paragraphs[0].runs[0].bold  # the emphasised sum row
    assert len(document.inline_shapes) == 1  # the chart


def test_page_numbers_contents_field_and_demo_mark() -> None:
    docx = render_docx(small_report(demo=True), [_one_pixel_png()])
    document = _xml(docx, "word/document.xml")
    footer = next(
        _xml(docx, name)
        for name in zipfile.ZipFile(io.BytesIO(docx)).namelist()
        if name.startswith("word/footer")
    )
    assert " PAGE " in footer and " NUMPAGES " in footer and "DEMODATA" in footer
    assert 'TOC \\o "1-2"' in document and "2.2 Enheter" in document
    assert "DEMODATA" in document
    assert "w:updateFields" in _xml(docx, "word/settings.xml")


def test_real_data_carries_no_demo_mark() -> None:
    docx = render_docx(small_report(demo=False), [_one_pixel_png()])
    assert "DEMODATA" not in _xml(docx, "word/document.xml")


def test_a_report_with_more_charts_than_images_is_refused() -> None:
    with pytest.raises(StopIteration):
        render_docx(small_report(), [])


@pytest.mark.browser
def test_charts_are_drawn_by_the_browser_as_sharp_png() -> None:
    images = chart_images(render_document(small_report()))
    assert len(images) == 1 and images[0].startswith(b"\x89PNG")
    from PIL import Image

    width, _ = Image.open(io.BytesIO(images[0])).size
    assert width == 2 * 680  # twice the A4 text width in CSS pixels
