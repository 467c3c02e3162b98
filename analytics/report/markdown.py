"""The director's own text in a report: a small, safe Markdown, parsed into the report model.

Read with markdown-it-py (CommonMark) with raw HTML switched off, and images switched off so a
report never loads anything from another address. What it keeps: paragraphs, headings (drawn as
bold lines, not as report headings), bullet and numbered lists, quotes, **bold**, *italic* and
`code`; a link is kept as its text with the address after it in parentheses. Only this report
and its preview render Markdown: everywhere else, text a person wrote is shown as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from analytics.report.model import RichParagraph, RichText, Run

_PARSER = MarkdownIt("commonmark", {"html": False}).disable(["image", "html_block", "html_inline"])


def parse_markdown(text: str) -> RichText:
    """The text as paragraphs of runs (see the module docstring for what is kept)."""
    tokens = _PARSER.parse(text)
    paragraphs: list[RichParagraph] = []
    context: list[str] = []  # the open lists and quotes, innermost last
    numbers: list[int] = []
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            context.append(token.type.removesuffix("_open"))
            numbers.append(0)
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            context.pop()
            numbers.pop()
        elif token.type == "list_item_open" and context and context[-1] == "ordered_list":
            numbers[-1] += 1
        elif token.type == "inline":
            before = tokens[index - 1] if index else None
            heading = int(before.tag[1]) if before and before.type == "heading_open" else 0
            paragraphs.append(_paragraph(token, heading, context, numbers))
        elif token.type in ("code_block", "fence"):
            paragraphs.append(
                RichParagraph("paragraph", (Run(token.content.rstrip("\n"), code=True),))
            )
    return RichText(tuple(paragraphs))


def _paragraph(token: Token, heading: int, context: list[str], numbers: list[int]) -> RichParagraph:
    runs = _runs(token.children or [])
    if heading:
        return RichParagraph(
            "heading", tuple(Run(r.text, True, r.italic, r.code) for r in runs), heading
        )
    if context and context[-1] == "bullet_list":
        return RichParagraph("bullet", runs, len(context))
    if context and context[-1] == "ordered_list":
        return RichParagraph("number", runs, numbers[-1])
    if context and context[-1] == "blockquote":
        return RichParagraph("quote", runs)
    return RichParagraph("paragraph", runs)


def _runs(children: Sequence[Token]) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = False
    link: str | None = None
    for child in children:
        if child.type in ("strong_open", "strong_close"):
            bold = child.type == "strong_open"
        elif child.type in ("em_open", "em_close"):
            italic = child.type == "em_open"
        elif child.type == "link_open":
            link = str(child.attrs.get("href", ""))
        elif child.type == "link_close":
            if link:
                runs.append(Run(f" ({link})", bold, italic))
            link = None
        elif child.type == "code_inline":
            runs.append(Run(child.content, bold, italic, code=True))
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(Run("\n" if child.type == "hardbreak" else " ", bold, italic))
        elif child.content:
            runs.append(Run(child.content, bold, italic))
    return tuple(runs)
