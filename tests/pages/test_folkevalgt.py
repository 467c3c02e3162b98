"""AppTest of For folkevalgte: the politician's read-only view per sector, in sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pages.conftest import make_app


def test_the_politician_reads_a_sector_in_sentences(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, "politiker")
    app.switch_page("pages/folkevalgt.py").run()
    assert not app.exception, app.exception
    assert app.title[0].value == "For folkevalgte"
    assert not app.dataframe, "no tables in the people's view"
    app.selectbox(key="people_sector").select_index(4).run()  # a sector, after the municipality
    assert not app.exception, app.exception
    texts = " ".join(markdown.value for markdown in app.markdown)
    assert "Budsjettet for" in texts and "Ved årets slutt ventes" in texts
    chosen = app.selectbox(key="people_sector").value
    assert chosen.name.startswith("Plan") or chosen.level == "sektor"
