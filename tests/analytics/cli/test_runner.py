"""Commands run in the app for the API (analytics/cli/runner.py): the same handler, the same
output and exit code as on the command line, the caller's access, files in and out."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from analytics.cli import main
from analytics.cli.runner import Job, run_job
from analytics.core.access import Access, Role
from analytics.store import open_store
from analytics.store.db import close_all
from tests.analytics.imports.files import xlsx_bytes

SYSTEM = Access.system()


def local(argv: list[str], db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_command_prints_the_same_in_the_app_as_on_the_file(
    demo_db: Path, demo_month: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    year = demo_month[0]
    for argv in (
        ["gaps", "--year", str(year), "--by", "sector"],
        ["gaps", "--year", "1990"],
        ["kompass", "--json"],
    ):
        expected = local(argv, demo_db, capsys)
        outcome = run_job(open_store(demo_db), SYSTEM, Job(tuple(argv)))
        assert (outcome.exit_code, outcome.stdout, outcome.stderr) == expected
        close_all()


def test_an_import_sends_its_file_and_says_what_it_would_say_here(
    demo_db: Path, tmp_path: Path, demo_month: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    year, month = demo_month
    rows = [["År", "Periode", "Ansvar", "Art", "Regnskap"], [year, month, "3100", "10100", 1234.5]]
    file = tmp_path / "regnskap Čáhppesvuotna.xlsx"
    file.write_bytes(xlsx_bytes({"Ark1": rows}))
    other = tmp_path / "kopi.duckdb"
    shutil.copyfile(demo_db, other)
    expected = local(["import", str(file)], other, capsys)
    job = Job(("import", str(file)), inputs={"file": (file.name, file.read_bytes())})
    outcome = run_job(open_store(demo_db), SYSTEM, job)
    assert outcome.exit_code == expected[0] == 0
    assert outcome.stdout == expected[1] and "regnskap Čáhppesvuotna.xlsx" in outcome.stdout
    missing = run_job(open_store(demo_db), SYSTEM, Job(("import", "/finnes/ikke.xlsx")))
    assert (missing.exit_code, missing.stderr) == (2, "Feil: Fant ikke filen /finnes/ikke.xlsx.\n")


def test_files_written_into_a_folder_come_back_with_what_was_pruned(demo_db: Path) -> None:
    folder = "/der/kopiene/ligger"
    existing = ("demo-20240101-020000.duckdb", "demo-20240102-020000.duckdb", "notat.txt")
    job = Job(("backup", "--out", folder, "--keep", "2"), folders={"out": existing})
    outcome = run_job(open_store(demo_db), SYSTEM, job)
    assert outcome.exit_code == 0, outcome.stderr
    (name,) = outcome.written["out"]
    assert name.startswith("demo-") and outcome.written["out"][name][:4] != b""
    assert outcome.removed == {"out": ("demo-20240101-020000.duckdb",)}
    assert f"Sikkerhetskopi skrevet til {folder}/{name}" in outcome.stdout
    assert "kommune-jobb" not in outcome.stdout  # no temporary path leaks out


def test_the_callers_access_counts_and_some_commands_are_for_the_server_alone(
    demo_db: Path,
) -> None:
    store = open_store(demo_db)
    viewer = Access("leser-api", Role.VIEWER, frozenset({"210"}))
    outcome = run_job(store, viewer, Job(("users", "list")))
    assert (outcome.exit_code, outcome.error, outcome.http_status) == (2, "access_denied", 403)
    assert "Bare administratorer" in outcome.stderr
    for argv in (("demo", "--force"), ("tokens", "list"), ("restore", "x.duckdb")):
        refused = run_job(store, Access("admin-api", Role.ADMINISTRATOR), Job(argv))
        assert (refused.exit_code, refused.http_status) == (2, 403)
        assert "bare kjøres på serveren selv" in refused.stderr
    assert store.value("SELECT count(*) FROM users") == 6  # the demo is still there


def test_bad_arguments_and_unexpected_errors_give_a_message_not_a_traceback(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(demo_db)
    bad = run_job(store, SYSTEM, Job(("gaps", "--by", "planet")))
    assert bad.exit_code == 2 and "invalid choice" in bad.stderr
    import analytics.cli.programme as programme

    def broken(*args: object) -> None:
        raise RuntimeError("hemmelig detalj fra innsiden")

    monkeypatch.setattr(programme, "read_evaluations", broken)
    outcome = run_job(store, SYSTEM, Job(("kompass",)))
    assert outcome.exit_code == 1 and outcome.error == "unexpected"
    assert "feil-ID" in outcome.stderr
    assert "Traceback" not in outcome.stderr and "hemmelig" not in outcome.stderr


def test_jobs_in_threads_keep_their_output_apart(
    demo_db: Path, demo_month: tuple[int, int]
) -> None:
    store = open_store(demo_db)
    results: dict[str, str] = {}

    def run(name: str, argv: tuple[str, ...]) -> None:
        results[name] = run_job(store, SYSTEM, Job(argv)).stdout

    threads = [
        threading.Thread(
            target=run, args=("gaps", ("gaps", "--year", str(demo_month[0]), "--json"))
        ),
        threading.Thread(target=run, args=("kompass", ("kompass", "--json"))),
        threading.Thread(target=run, args=("audit", ("audit", "--json", "--limit", "3"))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["gaps"].lstrip().startswith("[") and '"forecast_gap"' in results["gaps"]
    assert '"evaluations"' in results["kompass"] and '"forecast_gap"' not in results["kompass"]
    assert '"happened_at"' in results["audit"]
