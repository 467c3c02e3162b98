"""A report as a Word document (.docx, through python-docx), for the council's case system.

The same report model as the PDF (`analytics.report.model`): a cover with the municipality's
name, a table of contents, a numbered heading per section with its blocks as real Word
headings, paragraphs and tables, the charts as PNG images drawn by the same plotly figures
(`pdf.chart_images`). Every page carries the municipality, the scope, the period, the demo mark
where it applies and `Side 3 av 12` in its footer. The table of contents is a Word field that
Word fills in with page numbers when the file is opened (it asks to update fields); until then
it lists the headings. All text is Unicode, so North Sami letters are kept as they are.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

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
    Section,
    Subheading,
    Table,
)

FONT = "Arial"  # on every council PC, and it covers the North Sami letters
TEXT_WIDTH = Cm(17)
DEMO_RED = RGBColor(0xC0, 0x00, 0x00)
HEADER_FILL = "12375C"
# The elements that follow w:updateFields in the schema's order of w:settings.
_AFTER_UPDATE_FIELDS = {
    qn(f"w:{name}")
    for name in [
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    ]
} | {qn("m:mathPr")}
STATUS_FILL = {Status.GREEN: "D7EFD9", Status.YELLOW: "FFF1C2", Status.RED: "F8D3D3"}


def render_docx(report: Report, images: Sequence[bytes]) -> bytes:
    """The report as .docx bytes; `images` are the PNGs of its charts, in document order."""
    document = Document()
    _set_styles(document)
    _set_page(document, report)
    _cover(document, report)
    _contents(document, report)
    pictures = iter(images)
    for number, section in enumerate(report.sections, start=1):
        _section(document, section, number, pictures)
    _update_fields_on_open(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_styles(document: WordDocument) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x12, 0x37, 0x5C)


def _set_page(document: WordDocument, report: Report) -> None:
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.8)
    footer = section.footer.paragraphs[0]
    left = [report.municipality, report.scope_name, report.period]
    if report.demo:
        left.append(t("app.demo_mark"))
    footer.add_run(" · ".join(left) + "\t\t")
    page = t("report.page_of", page="\x00", pages="\x01")
    before, _, rest = page.partition("\x00")
    between, _, after = rest.partition("\x01")
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(between)
    _field(footer, "NUMPAGES")
    footer.add_run(after)
    for run in footer.runs:
        run.font.size = Pt(7)
    if report.demo:
        header = section.header.paragraphs[0]
        mark = header.add_run(t("app.demo_banner"))
        mark.font.size, mark.font.bold, mark.font.color.rgb = Pt(8), True, DEMO_RED


def _cover(document: WordDocument, report: Report) -> None:
    document.add_paragraph(report.municipality, style="Title")
    title = document.add_paragraph(report.title)
    title.runs[0].font.size, title.runs[0].font.bold = Pt(18), True
    if report.demo:
        mark = document.add_paragraph().add_run(t("app.demo_mark"))
        mark.font.size, mark.font.bold, mark.font.color.rgb = Pt(40), True, DEMO_RED
        document.add_paragraph(t("app.demo_banner"))
    document.add_paragraph(t("report.subtitle"))
    for line in (
        t("report.cover_scope", scope=report.scope_name),
        t("report.cover_period", period=report.period),
        t("report.cover_made", when=format_datetime(report.made_at), who=report.made_by),
        t("report.fingerprint", value=report.data_fingerprint),
    ):
        document.add_paragraph(line)


def _contents(document: WordDocument, report: Report) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(t("report.contents"), style="Heading 1")
    paragraph = document.add_paragraph()
    _field(paragraph, 'TOC \\o "1-2" \\h \\z \\u', _contents_lines(report))


def _contents_lines(report: Report) -> str:
    lines = []
    for number, section in enumerate(report.sections, start=1):
        lines.append(f"{number} {section.title}")
        lines += [f"    {numbered}" for numbered in _subheadings(section, number)]
    return "\n".join(lines)


def _subheadings(section: Section, number: int) -> list[str]:
    """The section's subheadings numbered as in the PDF: `2.1 Tittel`."""
    texts = [block.text for block in section.blocks if isinstance(block, Subheading)]
    return [f"{number}.{index} {text}" for index, text in enumerate(texts, start=1)]


def _section(
    document: WordDocument,
    section: Section,
    number: int,
    pictures: Iterator[bytes],
) -> None:
    heading = document.add_paragraph(f"{number} {section.title}", style="Heading 1")
    heading.paragraph_format.page_break_before = section.new_page
    subheadings = iter(_subheadings(section, number))
    for block in section.blocks:
        if isinstance(block, Subheading):
            document.add_paragraph(next(subheadings), style="Heading 2")
        else:
            _block(document, block, pictures)


def _block(document: WordDocument, block: Block, pictures: Iterator[bytes]) -> None:
    if isinstance(block, Paragraph):
        paragraph = document.add_paragraph(block.text)
        if block.kind != "text":
            for run in paragraph.runs:
                run.italic = True
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    elif isinstance(block, KeyFigures):
        rows = [(f.label, f.value, f.status) for f in block.figures]
        _grid(document, rows)
    elif isinstance(block, GoalCards):
        _grid(
            document,
            [(c.title, f"{c.value}\n{c.target}\n{c.note}".strip(), c.status) for c in block.cards],
        )
    elif isinstance(block, Table):
        _table(document, block)
    elif isinstance(block, Chart):
        document.add_paragraph(block.caption).runs[0].bold = True
        document.add_picture(io.BytesIO(next(pictures)), width=TEXT_WIDTH)
    elif isinstance(block, RichText):
        _rich_text(document, block)
    else:
        raise TypeError(f"unknown block {type(block).__name__}")


_RICH_STYLES = {"bullet": "List Bullet", "quote": "Quote"}


def _rich_text(document: WordDocument, block: RichText) -> None:
    """The director's own text: each paragraph with its runs bold, italic or code as typed."""
    for rich in block.paragraphs:
        paragraph = document.add_paragraph(style=_RICH_STYLES.get(rich.kind))
        if rich.kind == "number":  # written out: Word would number on across separate lists
            paragraph.add_run(f"{rich.level}. ")
        for piece in rich.runs:
            run = paragraph.add_run(piece.text)
            run.bold, run.italic = piece.bold or rich.kind == "heading", piece.italic
            if piece.code:
                run.font.name = "Courier New"


def _grid(document: WordDocument, rows: Sequence[tuple[str, str, str]]) -> None:
    """Key figures or goal cards: label, value and status light, one row each."""
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for label, value, status in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
        _status_cell(cells[2], status)
    document.add_paragraph()


def _table(document: WordDocument, block: Table) -> None:
    if block.caption:
        document.add_paragraph(block.caption).runs[0].bold = True
    table = document.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, column in zip(table.rows[0].cells, block.columns, strict=True):
        cell.text = column.title
        run = cell.paragraphs[0].runs[0]
        run.bold, run.font.color.rgb, run.font.size = True, RGBColor(0xFF, 0xFF, 0xFF), Pt(8)
        _shade(cell, HEADER_FILL)
    _repeat_as_header(table.rows[0])
    for index, row in enumerate(block.rows):
        cells = table.add_row().cells
        for cell, column, text in zip(cells, block.columns, row, strict=True):
            if column.kind == "status":
                _status_cell(cell, text)
                continue
            cell.text = text
            paragraph = cell.paragraphs[0]
            if column.kind == "number":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in paragraph.runs:
                run.font.size = Pt(8)
                run.bold = index in block.emphasised_rows
    document.add_paragraph()


def _status_cell(cell: _Cell, code: str) -> None:
    if code not in LIGHTS:
        cell.text = ""
        return
    status = Status(code)
    cell.text = status.label
    _shade(cell, STATUS_FILL[status])


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_as_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _field(paragraph: DocxParagraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) with `placeholder` shown until Word updates it."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    for number, line in enumerate(placeholder.split("\n")):
        run = paragraph.add_run(line)
        if number:
            run.add_break()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _update_fields_on_open(document: WordDocument) -> None:
    """Asks Word to fill in the fields (the contents' page numbers) when the file is opened."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = next((child for child in settings if child.tag in _AFTER_UPDATE_FIELDS), None)
    if later is None:
        settings.append(update)
    else:
        later.addprevious(update)  # Word reads the settings in the schema's order
