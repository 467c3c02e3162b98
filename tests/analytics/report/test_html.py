"""The report's HTML document: escaping, the table of contents, plotly.js once, the font."""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import pytest

from analytics.report.figures import printable_chart
from analytics.report.html import (
    CHART_WIDTH_PX,
    FONT_FAMILY,
    footer_template,
    plotly_js,
    render_document,
)
from analytics.report.model import (
    Column,
    GoalCard,
    GoalCards,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Report,
    Section,
    Subheading,
    Table,
)


def small_report(demo: bool = True, name: str = "Kárášjoga skuvla") -> Report:
    figure = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2]), layout={"title": {"text": "Figur"}})
    return Report(
        municipality="Čáhppesvuotna kommune",
        title="Statusrapport",
        scope_name=name,
        period="oktober 2026",
        made_at=dt.datetime(2026, 11, 5, 9, 30),
        made_by="direktør",
        demo=demo,
        data_fingerprint="ab" * 32,
        sections=(
            Section("a", "Sammendrag", (GoalCards((GoalCard("Mål", "1 kr", "Mål: 0", "red"),)),)),
            Section(
                "b",
                "Økonomi",
                (
                    Paragraph(name),
                    Subheading("b-1", "Nøkkeltall"),
                    KeyFigures((KeyFigure("Avvik", "-1 234 kr", "yellow"),)),
                    Subheading("b-2", "Enheter"),
                    Table(
                        (Column("Navn"), Column("Avvik", "number"), Column("Status", "status")),
                        (("Sum", "1 kr", "green"), (name, "2 kr", "red")),
                        emphasised_rows=frozenset({0}),
                    ),
                    printable_chart(figure),
                ),
            ),
        ),
    )


def test_cover_and_numbered_contents() -> None:
    body = render_document(small_report()).body
    assert "Čáhppesvuotna kommune" in body
    assert "Laget 05.11.2026 kl. 09:30 av direktør" in body
    assert body.index(">1 Sammendrag<") < body.index(">2 Økonomi<") < body.index(">2.2 Enheter<")
    assert body.count("data-toc-anchor=") == 4  # two sections, two subheadings
    assert 'id="b-2"' in body and 'href="#b-2"' in body


def test_text_is_escaped() -> None:
    body = render_document(small_report(name="<script>alert(1)</script> & Co")).body
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in body


def test_tables_show_status_labels_and_emphasis() -> None:
    body = render_document(small_report()).body
    assert '<tr class="emphasis"><td class="text">Sum</td>' in body
    assert '<span class="status red">Tiltak trengs</span>' in body
    assert '<td class="number">2 kr</td>' in body


@pytest.mark.parametrize("demo", [True, False])
def test_demo_mark_only_on_demo_data(demo: bool) -> None:
    document = render_document(small_report(demo=demo))
    assert ('class="demo-mark"' in document.body) is demo
    assert ("DEMODATA" in footer_template(small_report(demo=demo))) is demo


def test_one_document_with_plotly_once_and_the_font_embedded() -> None:
    document = render_document(small_report())
    html = document.html
    assert html.count(plotly_js()) == 1
    assert html.count("<script>") == 3  # plotly.js, the drawing function, the call to draw
    assert f'font-family: "{FONT_FAMILY}"; font-weight: bold' in html
    assert "src: url(data:font/ttf;base64," in html
    outside_plotly = html.replace(plotly_js(), "").replace("http://www.w3.org/2000/svg", "")
    assert "http" not in outside_plotly and "<link" not in outside_plotly  # nothing to fetch


def test_charts_are_static_plots_at_page_width() -> None:
    body = render_document(small_report()).body
    assert f'<div id="chart-1" style="width: {CHART_WIDTH_PX}px;' in body
    assert "<figcaption>Figur</figcaption>" in body
    charts = body[body.index('id="report-charts">') :]
    assert '"id": "chart-1"' in charts and "</script" not in charts[:-9]


def test_footer_numbers_pages_and_escapes_names() -> None:
    footer = footer_template(small_report(name="A & B"))
    assert 'Side <span class="pageNumber"></span> av <span class="totalPages"></span>' in footer
    assert "A &amp; B" in footer


def test_printable_chart_leaves_the_figure_as_it_was() -> None:
    figure = go.Figure(go.Bar(x=[1], y=[2]), layout={"title": {"text": "Tittel"}, "height": 2000})
    chart = printable_chart(figure)
    assert chart.caption == "Tittel"
    assert chart.height_px == 900  # tall charts are held to one page
    assert figure.layout.title.text == "Tittel" and figure.layout.width is None
