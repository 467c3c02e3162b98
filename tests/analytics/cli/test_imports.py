"""`python -m analytics import | uploads | undo` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import main
from analytics.store import open_store
from analytics.store.db import close_all
from tests.analytics.imports.files import xlsx_bytes

LEDGER = [["Regnskap 2024"], ["Ansvar", "Art", "Periode", "Beløp"], ["1200", "10100", 1, "1 000"]]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def lines_in(db: Path) -> int:
    count = int(open_store(db).value("SELECT count(*) FROM accounts_lines"))
    close_all()
    return count


def test_import_json_uploads_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "k.duckdb"
    file = write(tmp_path, "regnskap.xlsx", xlsx_bytes({"Data": LEDGER}))
    assert main(["--db", str(db), "import", str(file), "--kind", "accounts", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["kind"], result["years"], result["rows"]) == ("accounts", [2024], 1)
    assert result["control_totals"][0]["amount"] == 1000.0
    assert main(["--db", str(db), "import", str(file)]) == 0
    assert "allerede importert" in capsys.readouterr().out
    assert main(["--db", str(db), "uploads", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [(h["id"], h["status"]) for h in history] == [(result["upload_id"], "active")]
    assert main(["--db", str(db), "undo", str(result["upload_id"])]) == 0
    assert "er angret" in capsys.readouterr().out
    assert main(["--db", str(db), "uploads"]) == 0
    assert "angret" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("tom.xlsx", b"", "Filen «tom.xlsx»: filen er tom."),
        ("bilde.xlsx", b"\x89PNG\r\n\x1a\n", "ikke et regneark"),
        (
            "uten_aar.xlsx",
            xlsx_bytes({"D": [["Ansvar", "Art", "Periode", "Regnskap"], ["1", "2", 1, 5]]}),
            "--year 2024",
        ),
    ],
)
def test_a_refused_file_exits_2_with_a_message_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, message: str
) -> None:
    db = tmp_path / "k.duckdb"
    assert main(["--db", str(db), "import", str(write(tmp_path, name, data))]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
    assert lines_in(db) == 0


def test_a_missing_file_and_an_unknown_upload(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.duckdb"
    assert main(["--db", str(db), "import", str(tmp_path / "finnes_ikke.xlsx")]) == 2
    assert "Fant ikke filen" in capsys.readouterr().err
    assert main(["--db", str(db), "undo", "99"]) == 2
    assert "Fant ingen opplasting med nummer 99" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("rows", "kind", "what"),
    [
        ([["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk"], ["310", 2026, 1, 100, 5]],
         "sickleave", "Sykefravær 01.2026–01.2026 for 1 enheter"),
        ([["Dato", *(f"{n} Område {n}" for n in range(1, 9))], ["14.03.2019", *[40] * 8]],
         "kompass", "Kommunekompasset, 1 evalueringer: 14.03.2019"),
        ([["Risiko", "S", "K"], ["Brann", 3, 4]], "risks", "Risikoregister med 1 risikoer"),
        ([["Arbeidsgruppe", "År", "Uke", "Type"], ["Brann", 2026, 5, "O"]], "milestones",
         "Milepælsplan med 1 milepæler for 1 arbeidsgrupper"),
        ([["Ansvar", "Enhet", "Sektor"], ["3100", "310", "3"]], "units", "Organisasjon med 1 ansvar"),
    ],
)  # fmt: skip
def test_auto_recognises_every_kind_and_undo_takes_it_back(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    rows: list[list[object]],
    kind: str,
    what: str,
) -> None:
    db = str(tmp_path / "k.duckdb")
    file = write(tmp_path, "fil.xlsx", xlsx_bytes({"Ark1": rows}))
    assert main(["--db", db, "import", str(file), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["kind"], result["what"], result["already_stored"]) == (kind, what, False)
    assert main(["--db", db, "import", str(file)]) == 0
    assert "allerede importert" in capsys.readouterr().out
    assert main(["--db", db, "undo", str(result["upload_id"])]) == 0
    assert "er angret" in capsys.readouterr().out


def test_a_csv_cell_over_the_limit_exits_2_naming_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Ansvar;Art;Periode;Regnskap 2024;Kommentar\n1200;10100;1;5;" + "x" * 140_000 + "\n"
    file = write(tmp_path, "lang.csv", text.encode())
    assert main(["--db", str(tmp_path / "k.duckdb"), "import", str(file)]) == 2
    captured = capsys.readouterr()
    assert "Filen «lang.csv», arket «lang», rad 2, kolonne E: cellen har 140" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_ledger_and_hand_mapping_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--ledger` where the file does not say; `--map KOLONNE=FELT` remembered for the layout;
    the text output says which ledger and why, and what was skipped."""
    db = tmp_path / "k.duckdb"
    rows = [["Kst", "Art", "Budsjett 2025"], ["1200", "230", 5_000], ["Sum", "", 5_000]]
    file = write(tmp_path, "inv.xlsx", xlsx_bytes({"Data": rows}))
    arguments = ["--db", str(db), "import", str(file), "--ledger", "investment"]
    assert main([*arguments, "--map", "Kst=ansvar"]) == 0
    out = capsys.readouterr().out
    assert "Budsjett (opprinnelig), investering 2025: 5\u00a0000 kr (1 linjer)" in out
    assert "Investering: 1 linjer, slik du valgte." in out
    assert "1 sumrader er hoppet over (budsjett 5\u00a0000 kr): rad 3." in out
    again = write(tmp_path, "inv2.xlsx", xlsx_bytes({"Data": [*rows[:2], ["1300", "230", 7]]}))
    assert main(["--db", str(db), "import", str(again), "--ledger", "investment", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ansvar_count"] == 2  # «Kst» is still ansvar
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(db), "import", str(file), "--map", "Kst"])
    assert raised.value.code == 2 and "KOLONNE=FELT" in capsys.readouterr().err
