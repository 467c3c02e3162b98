"""`tertial` on the command line: the demo's report as PDF and as Word, frozen on request."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from analytics.cli import main
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.tertial import read_versions


def test_pdf_and_word_of_the_demo(
    demo_db: Path, tmp_path: Path, demo_month: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    year = demo_month[0] if demo_month[1] >= 4 else demo_month[0] - 1
    base = ["--db", str(demo_db), "tertial", "--year", str(year), "--tertial", "1"]
    assert main([*base, "--out", str(tmp_path / "t1.pdf")]) == 0
    assert "Skrev" in capsys.readouterr().out
    reader = PdfReader(io.BytesIO((tmp_path / "t1.pdf").read_bytes()))
    assert "Tertialrapport 1" in reader.pages[0].extract_text()
    assert main([*base, "--unit", "3", "--out", str(tmp_path / "t1.docx"), "--freeze"]) == 0
    assert "versjon 1" in capsys.readouterr().out
    with zipfile.ZipFile(tmp_path / "t1.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert "Helse og omsorg" in document and "DEMODATA" in document
    assert [v.version for v in read_versions(open_store(demo_db), (year, 1, "sektor:3"))] == [1]
    close_all()


def test_a_wrong_file_ending_or_tertial_exits_2(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(demo_db), "tertial", "--year", "2025", "--tertial", "2"]
    assert main([*base, "--out", str(tmp_path / "t.txt")]) == 2
    assert "må slutte på .pdf eller .docx" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_code:
        main([*base[:-1], "3", "--out", str(tmp_path / "t.pdf")])
    assert exit_code.value.code == 2
