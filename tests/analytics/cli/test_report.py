"""`snapshot` and `reports` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import main


def test_snapshot_writes_the_pdf_and_reports_lists_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ut" / "rapport.pdf"
    code = main(
        [
            "--db",
            str(demo_db),
            "snapshot",
            "--year",
            "2026",
            "--month",
            "10",
            "--unit",
            "220",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-")
    printed = capsys.readouterr().out
    assert f"Skrev {out} (rapport nr. 1)" in printed
    assert main(["--db", str(demo_db), "reports", "--json"]) == 0
    archive = json.loads(capsys.readouterr().out)
    assert [(row["id"], row["scope_code"], row["month"]) for row in archive] == [
        (1, "enhet:220", 10)
    ]
    assert archive[0]["pdf_sha256"] in printed and archive[0]["data_fingerprint"] in printed
    assert main(["--db", str(demo_db), "reports"]) == 0
    table = capsys.readouterr().out
    assert "Kárášjoga skuvla" in table and "oktober 2026" in table


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--month", "13"], "Måneden må være 1–12, ikke 13."),
        (
            ["--month", "1", "--year", "2031"],
            "Ingen budsjett eller regnskap for 2031; velg et annet år.",
        ),
        (
            ["--month", "10", "--unit", "9999"],
            "Fant ingen sektor, enhet eller ansvar med koden «9999».",
        ),
    ],
)
def test_bad_arguments_exit_2_with_a_norwegian_message(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "rapport.pdf"
    code = main(["--db", str(demo_db), "snapshot", "--year", "2026", *arguments, "--out", str(out)])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
