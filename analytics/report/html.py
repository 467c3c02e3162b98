"""The snapshot report as one HTML document, laid out for A4 paper.

The document holds plotly.js once, the DejaVu Sans font (it has the North Sami letters) as a
data URL, and every chart as plotly JSON drawn with `staticPlot`, so printing it gives vector
charts and nothing is fetched from the network. `window.drawReport()` draws the charts and
resolves when they are all drawn; the printer waits for it.

The table of contents has an empty page-number cell per entry (`data-toc-anchor`); the printer
fills them in after measuring where each heading landed (see `analytics.report.pdf`).
"""

from __future__ import annotations

import base64
import functools
import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

import plotly.offline

from analytics.core.formatting import format_datetime
from analytics.core.names import LIGHTS, Status
from analytics.core.texts import t
from analytics.report.model import (
    Block,
    Chart,
    GoalCards,
    KeyFigures,
    Paragraph,
    Report,
    RichText,
    Run,
    Section,
    Subheading,
    Table,
)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FAMILY = "DejaVu Sans Report"
CHART_WIDTH_PX = 680  # the A4 text width (180 mm) at 96 px per inch

DRAW_SCRIPT = """
window.drawReport = async function () {
  await document.fonts.ready;
  const charts = JSON.parse(document.getElementById("report-charts").textContent);
  for (const chart of charts) {
    await Plotly.newPlot(chart.id, chart.figure.data || [], chart.figure.layout || {},
                         {staticPlot: true, displayModeBar: false, responsive: false});
  }
  return charts.length;
};
"""

STYLE = """
@page { size: A4; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "%(font)s", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1d2733;
       margin: 0; line-height: 1.35; font-variant-ligatures: none; }
h1, h2, h3 { color: #12375c; font-weight: bold; }
h2 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 0.6mm solid #12375c; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
.new-page { break-before: page; }
.cover { height: 250mm; display: flex; flex-direction: column; justify-content: space-between; }
.cover .band { background: #12375c; color: white; padding: 14mm 10mm; margin-top: 30mm; }
.cover h1 { color: white; font-size: 30pt; margin: 0 0 4mm; }
.cover .municipality { font-size: 16pt; letter-spacing: 0.3pt; margin-bottom: 10mm; }
.cover .subtitle { font-size: 13pt; margin: -2mm 0 8mm; }
.cover .facts { font-size: 11pt; }
.cover .facts div { margin: 1.5mm 0; }
.cover .fingerprint { font-size: 8pt; color: #555; word-break: break-all; }
.cover .demo-note { border: 0.5mm solid #c00000; color: #c00000; padding: 4mm; font-size: 10pt; }
.toc table { width: 100%%; border-collapse: collapse; font-size: 11pt; }
.toc td { padding: 1.6mm 0; border-bottom: 0.2mm dotted #9aa7b4; }
.toc td.page { text-align: right; width: 15mm; }
.toc a { color: inherit; text-decoration: none; }
.toc tr.main td { font-weight: bold; padding-top: 3mm; }
.toc tr.sub td.title { padding-left: 8mm; font-size: 10pt; }
p.note { color: #555; font-size: 8.5pt; }
p.empty { color: #555; font-style: italic; }
table.data { width: 100%%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 8.5pt; }
table.data caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
table.data th { text-align: left; border-bottom: 0.4mm solid #12375c; padding: 1.2mm 1.5mm; }
table.data td { border-bottom: 0.2mm solid #d5dbe1; padding: 1mm 1.5mm; vertical-align: top; }
table.data tr { break-inside: avoid; }
table.data thead { display: table-header-group; }
table.data .number { text-align: right; white-space: nowrap; }
table.data .code { white-space: nowrap; color: #555; }
table.data .hash { word-break: break-all; font-size: 7pt; color: #555; }
table.data tr.emphasis td { font-weight: bold; background: #eef2f6; }
.status { display: inline-block; padding: 0.3mm 2mm; border-radius: 2mm; font-size: 8pt;
          white-space: nowrap; }
.status.green { background: #d7efd9; color: #1b5e20; }
.status.yellow { background: #fff1c2; color: #7a5a00; }
.status.red { background: #f8d3d3; color: #9b1c1c; }
.keyfigures { display: flex; flex-wrap: wrap; gap: 3mm; margin: 2mm 0 4mm; }
.keyfigure { flex: 1 1 34mm; border: 0.3mm solid #c9d3dd; border-radius: 1.5mm; padding: 2.5mm; }
.keyfigure .label { font-size: 8pt; color: #555; }
.keyfigure .value { font-size: 11.5pt; font-weight: bold; margin-top: 1mm; white-space: nowrap; }
.goals { display: flex; flex-direction: column; gap: 4mm; margin-top: 4mm; }
.goal { border: 0.3mm solid #c9d3dd; border-left: 3mm solid #9aa7b4; border-radius: 1.5mm;
        padding: 4mm 5mm; break-inside: avoid; }
.goal.green { border-left-color: #2e7d32; } .goal.yellow { border-left-color: #d4a000; }
.goal.red { border-left-color: #c62828; }
.goal .title { font-size: 12pt; font-weight: bold; color: #12375c; }
.goal .value { font-size: 16pt; font-weight: bold; margin: 2mm 0 1mm; }
.goal .target, .goal .note { color: #444; }
figure.chart { margin: 2mm 0 5mm; break-inside: avoid; }
.rich-text { margin: 1mm 0 3mm; } .rich-text p.heading { font-weight: bold; margin-top: 3mm; }
.rich-text p.bullet { margin: 0.5mm 0 0.5mm 5mm; }
.rich-text blockquote { margin: 1mm 0 1mm 4mm; padding-left: 3mm; border-left: 0.8mm solid #9aa7b4;
                        color: #444; }
figure.chart figcaption { font-weight: bold; margin-bottom: 1mm; }
.demo-mark { position: fixed; top: 50%%; left: 50%%; white-space: nowrap;
             transform: translate(-50%%, -50%%) rotate(-50deg); font-size: 80pt;
             font-weight: bold; letter-spacing: 3mm; color: rgba(192, 0, 0, 0.12);
             z-index: 1000; pointer-events: none; }
"""


@dataclass(frozen=True)
class ReportDocument:
    """The parts of the HTML document; `html` joins them with the fonts and plotly.js (once)."""

    title: str
    style: str
    body: str

    @property
    def html(self) -> str:
        return shell_html(self.title, self.style).replace(
            "<body></body>",
            f"<body>{self.body}<script>window.reportReady = window.drawReport();</script></body>",
        )


def shell_html(title: str = "", style: str = "") -> str:
    """The document without its body: the fonts, the style, plotly.js and the drawing script.

    The printer keeps a page with this loaded and puts each report's style and body into it."""
    return (
        '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f'<style id="report-fonts">{font_faces()}</style>'
        f'<style id="report-style">{style}</style>'
        f"<script>{plotly_js()}</script><script>{DRAW_SCRIPT}</script></head>"
        "<body></body></html>"
    )


@functools.cache
def plotly_js() -> str:
    """plotly.js as shipped with the plotly package (no network)."""
    return plotly.offline.get_plotlyjs()


@functools.cache
def font_faces() -> str:
    """@font-face rules for DejaVu Sans, regular and bold, as base64 data URLs."""
    rules = []
    for weight, file_name in (("normal", "DejaVuSans.ttf"), ("bold", "DejaVuSans-Bold.ttf")):
        data = base64.b64encode((FONT_DIR / file_name).read_bytes()).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {weight}; '
            f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}'
        )
    return "\n".join(rules)


def render_document(report: Report) -> ReportDocument:
    """The report as an HTML document for A4 (all text escaped; charts as plotly JSON)."""
    charts: list[str] = []
    parts = [_demo_mark() if report.demo else "", _cover(report), _contents(report)]
    for number, section in enumerate(report.sections, start=1):
        parts.append(_section(section, number, charts))
    parts.append(
        '<script type="application/json" id="report-charts">'
        + ("[" + ",".join(charts) + "]").replace("</", "<\\/")
        + "</script>"
    )
    title = f"{report.title} – {report.scope_name} – {report.period}"
    return ReportDocument(title, STYLE % {"font": FONT_FAMILY}, "".join(parts))


def footer_template(report: Report) -> str:
    """Chromium's footer: municipality, period, the demo mark, and `Side 3 av 12`."""
    left = " · ".join(
        part
        for part in (report.municipality, report.scope_name, report.period)
        + ((t("app.demo_mark"),) if report.demo else ())
    )
    page = t(
        "report.page_of",
        page='<span class="pageNumber"></span>',
        pages='<span class="totalPages"></span>',
    )
    return (
        "<div style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 7pt; color: #555; "
        'width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;">'
        f"<span>{escape(left)}</span><span>{page}</span></div>"
    )


def _demo_mark() -> str:
    return f'<div class="demo-mark">{escape(t("app.demo_mark"))}</div>'


def _cover(report: Report) -> str:
    demo_note = (
        f'<div class="demo-note">{escape(t("app.demo_banner"))}</div>'
        if report.demo
        else "<div></div>"
    )
    facts = (
        t("report.cover_scope", scope=report.scope_name),
        t("report.cover_period", period=report.period),
        t("report.cover_made", when=format_datetime(report.made_at), who=report.made_by),
    )
    return (
        '<section class="cover"><div class="band">'
        f'<div class="municipality">{escape(report.municipality)}</div>'
        f"<h1>{escape(report.title)}</h1>"
        f'<div class="subtitle">{escape(t("report.subtitle"))}</div>'
        f'<div class="facts">{"".join(f"<div>{escape(fact)}</div>" for fact in facts)}</div>'
        f"</div>{demo_note}"
        f'<div class="fingerprint">{escape(t("report.fingerprint", value=report.data_fingerprint))}'
        "</div></section>"
    )


def _contents(report: Report) -> str:
    rows = []
    for number, section in enumerate(report.sections, start=1):
        rows.append(_contents_row(section.anchor, f"{number} {section.title}", sub=False))
        subheadings = [block for block in section.blocks if isinstance(block, Subheading)]
        for sub_number, sub in enumerate(subheadings, start=1):
            rows.append(_contents_row(sub.anchor, f"{number}.{sub_number} {sub.text}", sub=True))
    return (
        f'<section class="toc new-page"><h2>{escape(t("report.contents"))}</h2>'
        f"<table>{''.join(rows)}</table></section>"
    )


def _contents_row(anchor: str, title: str, sub: bool) -> str:
    return (
        f'<tr class="{"sub" if sub else "main"}"><td class="title">'
        f'<a href="#{escape(anchor)}">{escape(title)}</a></td>'
        f'<td class="page" data-toc-anchor="{escape(anchor)}"></td></tr>'
    )


def _section(section: Section, number: int, charts: list[str]) -> str:
    heading = f'<h2 id="{escape(section.anchor)}">{escape(f"{number} {section.title}")}</h2>'
    blocks = []
    sub_number = 0
    for block in section.blocks:
        if isinstance(block, Subheading):
            sub_number += 1
            blocks.append(
                f'<h3 id="{escape(block.anchor)}">{escape(f"{number}.{sub_number} {block.text}")}</h3>'
            )
        else:
            blocks.append(_block(block, charts))
    page_class = ' class="new-page"' if section.new_page else ""
    return f"<section{page_class}>{heading}{''.join(blocks)}</section>"


def _block(block: Block, charts: list[str]) -> str:
    if isinstance(block, Paragraph):
        return f'<p class="{block.kind}">{escape(block.text)}</p>'
    if isinstance(block, KeyFigures):
        return _key_figures(block)
    if isinstance(block, GoalCards):
        return _goal_cards(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        return _chart(block, charts)
    if isinstance(block, RichText):
        return _rich_text(block)
    raise TypeError(f"unknown block {type(block).__name__}")


def _rich_text(block: RichText) -> str:
    """The director's own text: every run escaped, the Markdown's structure as plain tags."""
    parts = []
    for paragraph in block.paragraphs:
        runs = "".join(_run(run) for run in paragraph.runs).replace("\n", "<br>")
        if paragraph.kind == "bullet":
            parts.append(f'<p class="rich bullet">• {runs}</p>')
        elif paragraph.kind == "number":
            parts.append(f'<p class="rich bullet">{paragraph.level}. {runs}</p>')
        elif paragraph.kind == "quote":
            parts.append(f'<blockquote class="rich">{runs}</blockquote>')
        elif paragraph.kind == "heading":
            parts.append(f'<p class="rich heading">{runs}</p>')
        else:
            parts.append(f'<p class="rich">{runs}</p>')
    return f'<div class="rich-text">{"".join(parts)}</div>'


def _run(run: Run) -> str:
    text = escape(run.text)
    if run.code:
        text = f"<code>{text}</code>"
    if run.italic:
        text = f"<em>{text}</em>"
    if run.bold:
        text = f"<strong>{text}</strong>"
    return text


def _status(code: str) -> str:
    if code not in LIGHTS:
        return ""
    status = Status(code)
    return f'<span class="status {escape(status.value)}">{escape(status.label)}</span>'


def _key_figures(block: KeyFigures) -> str:
    items = "".join(
        f'<div class="keyfigure"><div class="label">{escape(figure.label)}</div>'
        f'<div class="value">{escape(figure.value)}</div>{_status(figure.status)}</div>'
        for figure in block.figures
    )
    return f'<div class="keyfigures">{items}</div>'


def _goal_cards(block: GoalCards) -> str:
    cards = "".join(
        f'<div class="goal {escape(card.status)}"><div class="title">{escape(card.title)}</div>'
        f'<div class="value">{escape(card.value)} {_status(card.status)}</div>'
        f'<div class="target">{escape(card.target)}</div>'
        + (f'<div class="note">{escape(card.note)}</div>' if card.note else "")
        + "</div>"
        for card in block.cards
    )
    return f'<div class="goals">{cards}</div>'


def _table(block: Table) -> str:
    head = "".join(
        f'<th class="{column.kind}">{escape(column.title)}</th>' for column in block.columns
    )
    rows = []
    for index, row in enumerate(block.rows):
        cells = "".join(
            f'<td class="{column.kind}">'
            + (_status(cell) if column.kind == "status" else escape(cell))
            + "</td>"
            for column, cell in zip(block.columns, row, strict=True)
        )
        emphasis = ' class="emphasis"' if index in block.emphasised_rows else ""
        rows.append(f"<tr{emphasis}>{cells}</tr>")
    caption = f"<caption>{escape(block.caption)}</caption>" if block.caption else ""
    return (
        f'<table class="data">{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _chart(block: Chart, charts: list[str]) -> str:
    chart_id = f"chart-{len(charts) + 1}"
    charts.append(f'{{"id": {json.dumps(chart_id)}, "figure": {block.figure_json}}}')
    return (
        f'<figure class="chart"><figcaption>{escape(block.caption)}</figcaption>'
        f'<div id="{chart_id}" style="width: {CHART_WIDTH_PX}px; height: {block.height_px}px;">'
        "</div></figure>"
    )
