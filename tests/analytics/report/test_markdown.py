"""The director's own text: a small Markdown, with no HTML and no images from other addresses."""

from __future__ import annotations

import io
from dataclasses import replace

from docx import Document

from analytics.report.docx import render_docx
from analytics.report.html import render_document
from analytics.report.markdown import parse_markdown
from analytics.report.model import Report, RichParagraph, RichText, Run, Section
from tests.analytics.report.test_html import small_report

TEXT = """## Hovedtrekk

Helse og omsorg venter et **merforbruk** på *4,2 mill. kr*, se [vedlegg](https://kommune.no/v).

- Innleie av `vikarer`
- Færre liggedøgn

1. Første tiltak
2. Andre tiltak

> Sitat fra Áile Čoavddis

<b>rå HTML</b> ![sporing](http://fremmed.example/p.png)
"""


def test_what_is_kept_of_the_markdown() -> None:
    assert parse_markdown(TEXT) == RichText(
        (
            RichParagraph("heading", (Run("Hovedtrekk", bold=True),), 2),
            RichParagraph(
                "paragraph",
                (
                    Run("Helse og omsorg venter et "),
                    Run("merforbruk", bold=True),
                    Run(" på "),
                    Run("4,2 mill. kr", italic=True),
                    Run(", se "),
                    Run("vedlegg"),
                    Run(" (https://kommune.no/v)"),
                    Run("."),
                ),
            ),
            RichParagraph("bullet", (Run("Innleie av "), Run("vikarer", code=True)), 1),
            RichParagraph("bullet", (Run("Færre liggedøgn"),), 1),
            RichParagraph("number", (Run("Første tiltak"),), 1),
            RichParagraph("number", (Run("Andre tiltak"),), 2),
            RichParagraph("quote", (Run("Sitat fra Áile Čoavddis"),)),
            RichParagraph(
                "paragraph",
                (Run("<b>rå HTML</b> !"), Run("sporing"), Run(" (http://fremmed.example/p.png)")),
            ),
        )
    )


def _with_text(text: str) -> Report:
    report = small_report()
    section = Section("c", "Direktørens vurdering", (parse_markdown(text),))
    return replace(report, sections=(*report.sections, section))


def test_the_pdf_document_shows_it_escaped_and_loads_nothing() -> None:
    body = render_document(_with_text(TEXT)).body
    assert "<strong>merforbruk</strong>" in body and "<em>4,2 mill. kr</em>" in body
    assert "&lt;b&gt;rå HTML&lt;/b&gt;" in body and "<b>rå" not in body
    assert "<img" not in body and 'src="http://fremmed' not in body
    assert "• Innleie av <code>vikarer</code>" in body and "2. Andre tiltak" in body


def test_the_word_file_has_the_same_runs() -> None:
    from tests.analytics.report.test_docx import _one_pixel_png

    document = Document(io.BytesIO(render_docx(_with_text(TEXT), [_one_pixel_png()])))
    paragraphs = {p.text: p for p in document.paragraphs}
    bold = [
        run.text
        for run in paragraphs[
            "Helse og omsorg venter et merforbruk på 4,2 mill. kr, se vedlegg (https://kommune.no/v)."
        ].runs
        if run.bold
    ]
    assert bold == ["merforbruk"]
    assert "2. Andre tiltak" in paragraphs and "Sitat fra Áile Čoavddis" in paragraphs
    assert len(document.inline_shapes) == 1  # the report's one chart; no image from the text
