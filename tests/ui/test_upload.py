"""What a file or a person supplies is escaped before Streamlit reads it as Markdown."""

from __future__ import annotations

import pytest

from ui.upload import plain


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Filen «a.xlsx»: rad 3", "Filen «a.xlsx»: rad 3"),  # ordinary text stays readable
        ("**fet** _skrå_", "\\*\\*fet\\*\\* \\_skrå\\_"),
        ("![x](http://vert/p.png)", "\\!\\[x\\](http\\://vert/p.png)"),
        ("[lenke](www.vert.no)", "\\[lenke\\](www\\.vert.no)"),
        ("<img src=x onerror=y>", "\\<img src=x onerror=y\\>"),
        (
            "$x^2$ :red[farge] `kode` ~~borte~~ a|b",
            "\\$x^2\\$ :red\\[farge\\] \\`kode\\` \\~\\~borte\\~\\~ a\\|b",
        ),
        ("# Overskrift\n- punkt\n1. nummer", "\\# Overskrift  \n\\- punkt  \n1\\. nummer"),
    ],
)
def test_plain(text: str, shown: str) -> None:
    assert plain(text) == shown
