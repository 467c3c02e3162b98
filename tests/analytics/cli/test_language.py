"""`--lang`: a command's output and files in North Sami (or bokmål), here and in the app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from analytics.cli import main
from analytics.cli.runner import Job, run_job
from analytics.core.access import Access
from analytics.core.formatting import month_name
from analytics.core.texts import t, using_language
from analytics.store import open_store
from analytics.store.db import close_all
from tests.language import bokmal_left, stored_texts


def test_gaps_in_north_sami_here_and_in_the_app(
    demo_db: Path, demo_month: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    year, month = demo_month
    argv = ["--lang", "se", "gaps", "--year", str(year), "--month", str(month)]
    assert main(["--db", str(demo_db), *argv]) == 0
    printed = capsys.readouterr().out
    with using_language("se"):
        heading = t(
            "economy.cli.heading",
            year=year,
            month=month_name(month),
            ledger=t("ledger.operating"),
            method=t("economy.method.auto"),
        )
        column = t("economy.col.annual_budget")
    assert printed.splitlines()[0] == heading
    assert column in printed.splitlines()[1]
    assert t("economy.col.annual_budget") not in printed  # no bokmål header left
    outcome = run_job(open_store(demo_db), Access.system(), Job(tuple(argv)))
    close_all()
    assert (outcome.exit_code, outcome.stdout) == (0, printed)
    assert main(["--db", str(demo_db), "gaps", "--year", str(year)]) == 0
    assert t("economy.col.annual_budget") in capsys.readouterr().out  # the next run: bokmål


def test_an_unknown_language_is_refused_with_exit_2(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(demo_db), "--lang", "klingon", "gaps", "--year", "2026"])
    assert stop.value.code == 2
    assert "Ukjent språk «klingon». Velg nb eller se." in capsys.readouterr().err


def test_the_snapshot_in_north_sami_keeps_its_letters(
    demo_db: Path, tmp_path: Path, demo_month: tuple[int, int]
) -> None:
    year, month = demo_month
    out = tmp_path / "dilli.pdf"
    argv = ["--db", str(demo_db), "--lang", "sme", "snapshot", "--year", str(year)]
    assert main([*argv, "--month", str(month), "--out", str(out)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    with using_language("se"):
        month_words = month_name(month)
        economy = t("report.economy")
    assert month_words in text and economy in text
    assert any(letter in text for letter in "áčđŋšŧž")


def test_the_snapshot_with_lang_se_has_no_bokmal_left(
    demo_db: Path, tmp_path: Path, demo_month: tuple[int, int]
) -> None:
    year, month = demo_month
    out = tmp_path / "dilli.pdf"
    argv = ["--db", str(demo_db), "--lang", "se", "snapshot", "--year", str(year)]
    assert main([*argv, "--month", str(month), "--out", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    names = stored_texts(open_store(demo_db))
    close_all()
    assert bokmal_left(re.sub(r"\s+", " ", text), names) == []
