"""User text as text (analytics/core/plaintext.py): for Markdown and for plotly's labels."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from analytics.core.plaintext import label_text, markdown_text, plain_figure

JOINER = "\u2060"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Čáhppesvuona dikšoruoktu (sykehjem)", "Čáhppesvuona dikšoruoktu (sykehjem)"),
        ("**fet** og _kursiv_", "\\*\\*fet\\*\\* og \\_kursiv\\_"),
        ("[lenke](http://x.no)", f"\\[lenke\\](http{JOINER}\\://x.no)"),
        ("![bilde](p.png)", "!\\[bilde\\](p.png)"),
        ("$\\sqrt{x}$", "\\$\\\\sqrt\\{x\\}\\$"),
        (":red[rød] :material/home:", "\\:red\\[rød\\] \\:material/home\\:"),
        ("<b>html</b> &amp;", "\\<b\\>html\\</b\\> \\&amp;"),
        ("www.evil.no og kari@evil.no", f"www{JOINER}\\.evil.no og kari{JOINER}\\@evil.no"),
        ("# overskrift", "\\# overskrift"),
        ("- punkt", "\\- punkt"),
        ("1. punkt", "1\\. punkt"),
        ("linje 1\nlinje 2", "linje 1  \nlinje 2"),
        ("    innrykk", "\u00a0\u00a0\u00a0\u00a0innrykk"),
    ],
)
def test_markdown_text_escapes_markup_and_keeps_the_words(text: str, shown: str) -> None:
    assert markdown_text(text) == shown


def test_label_text_uses_entities_plotly_shows_as_characters() -> None:
    assert label_text("<a href='x'>A & B</a>") == "&lt;a href='x'&gt;A &amp; B&lt;/a&gt;"


def test_plain_figure_escapes_names_categories_and_titles_once() -> None:
    figure = go.Figure(
        go.Bar(
            x=[1.0, 2.0],
            y=["<b>Enhet</b>", "Skuvla"],
            name="<a href='http://evil.example'>x</a>",
            customdata=[["<i>a</i>", 1], ["b", 2]],
            hovertemplate="%{y}<br>%{x}<extra></extra>",
        )
    )
    figure.update_layout(title="Tittel <b>", xaxis={"ticktext": ["<b>jan</b>"], "tickvals": [1]})
    figure.add_annotation(text="DEMO <br>")
    once = plain_figure(figure)
    assert once is figure
    assert list(figure.data[0].y) == ["&lt;b&gt;Enhet&lt;/b&gt;", "Skuvla"]
    assert figure.data[0].name == "&lt;a href='http://evil.example'&gt;x&lt;/a&gt;"
    assert figure.data[0].customdata[0][0] == "&lt;i&gt;a&lt;/i&gt;"
    assert list(figure.data[0].x) == [1.0, 2.0]
    assert figure.data[0].hovertemplate == "%{y}<br>%{x}<extra></extra>"  # our own template
    assert figure.layout.title.text == "Tittel &lt;b&gt;"
    assert list(figure.layout.xaxis.ticktext) == ["&lt;b&gt;jan&lt;/b&gt;"]
    assert figure.layout.annotations[0].text == "DEMO &lt;br&gt;"
    plain_figure(figure)  # a cached figure: not escaped twice
    assert figure.layout.title.text == "Tittel &lt;b&gt;"


def test_plain_figure_escapes_a_radar_s_axis_categories() -> None:
    figure = go.Figure(go.Scatterpolar(r=[1, 2], theta=["<b>Område</b>", "To"]))
    plain_figure(figure)
    assert list(figure.data[0].theta) == ["&lt;b&gt;Område&lt;/b&gt;", "To"]
