"""Printing with Chromium: A4, page numbers, the table of contents filled in, vector charts."""

from __future__ import annotations

import io

from pypdf import PdfReader

from analytics.report.html import footer_template, render_document
from analytics.report.model import Paragraph, Report, Section
from analytics.report.pdf import anchor_pages, heading_pages, print_pdf
from tests.analytics.report.conftest import plain
from tests.analytics.report.test_html import small_report

A4_POINTS = (595.3, 841.9)  # 210 × 297 mm


def print_report(report: Report) -> bytes:
    pdf = print_pdf(render_document(report), footer_template(report))
    assert pdf.startswith(b"%PDF-")
    return pdf


def printed(report: Report) -> PdfReader:
    return PdfReader(io.BytesIO(print_report(report)))


def test_a4_pages_numbered_with_contents_and_sami_letters() -> None:
    long_text = tuple(Paragraph(f"Linje {n} i Kárášjohka.") for n in range(120))
    base = small_report()
    report = Report(**{**vars(base), "sections": (*base.sections, Section("c", "Lang", long_text))})
    reader = printed(report)
    pages = [plain(page.extract_text()) for page in reader.pages]
    assert len(pages) >= 5  # cover, contents, two sections, the long one over two pages
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - A4_POINTS[0]) < 1.5 and abs(height - A4_POINTS[1]) < 1.5
    contents = pages[1]
    assert "1 Sammendrag 3" in contents and "2 Økonomi 4" in contents
    assert "2.1 Nøkkeltall 4" in contents and "3 Lang 5" in contents
    assert pages[4].startswith("3 Lang Linje 0 i Kárášjohka.")
    assert "Linje 119 i Kárášjohka." in pages[-1]


def test_outline_and_destinations_give_the_page_of_each_heading() -> None:
    pdf = print_report(small_report())
    assert anchor_pages(pdf) == {"a": 3, "b": 4, "b-1": 4, "b-2": 4}
    pages = heading_pages(pdf)  # the bookmarks a reader sees
    assert pages["Statusrapport"] == 1
    assert pages["Innhold"] == 2
    assert pages["1 Sammendrag"] == 3
    assert pages["2.2 Enheter"] == 4


def test_charts_are_vector_and_a_second_report_starts_clean() -> None:
    printed(small_report(name="Første enhet"))
    reader = printed(small_report(name="Máŋggabealát mánáidgárdi"))
    text = " ".join(plain(page.extract_text()) for page in reader.pages)
    assert "Første enhet" not in text
    assert "Máŋggabealát mánáidgárdi" in text
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject")
        for reference in xobjects.get_object().values() if xobjects else []:
            assert reference.get_object().get("/Subtype") != "/Image"


def test_only_dejavu_sans_is_embedded() -> None:
    reader = printed(small_report())
    fonts = set()
    for page in reader.pages:
        resources = page["/Resources"].get("/Font")
        for reference in resources.get_object().values() if resources else []:
            font = reference.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:  # a subset of the font travels inside the PDF
                assert "/FontFile2" in descriptor.get_object()
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}
