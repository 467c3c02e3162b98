"""`python -m analytics users …` and `audit` (analytics/cli/users.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from analytics.accounts import users
from analytics.cli import main
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import replace_organisation
from tests.helpers import organisation as organisation_of

PASSWORD = "sámi-giella-2026"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )
    path = tmp_path / "cli.duckdb"
    organisation = organisation_of(
        ("3100", "Sykehjem drift", "310", "Sykehjem", "3", "Helse og omsorg"),
    )
    replace_organisation(open_store(path), organisation)
    close_all()
    return path


def run(db: Path, monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--db", str(db), *argv])


def test_add_list_set_password_remove(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            db,
            monkeypatch,
            "users",
            "add",
            "Kari",
            "--role",
            "budget_holder",
            "--units",
            "310",
            "--email",
            "kari@example.org",
            stdin=PASSWORD + "\n",
        )
        == 0
    )
    assert (
        run(
            db,
            monkeypatch,
            "users",
            "add",
            "sso.leder",
            "--role",
            "leader",
            "--units",
            "3",
            "--email",
            "leder@example.org",
            "--no-password",
        )
        == 0
    )
    assert run(db, monkeypatch, "users", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 2)[-1])
    assert [
        (user["name"], user["role"], user["units"], user["has_password"]) for user in listed
    ] == [
        ("kari", "budget_holder", "310", True),
        ("sso.leder", "leader", "3", False),
    ]
    assert run(db, monkeypatch, "users", "set-password", "kari", stdin="nytt-passord-99\n") == 0
    assert run(db, monkeypatch, "users", "remove", "sso.leder") == 0
    assert run(db, monkeypatch, "users", "list") == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[:2] == ["Nytt passord er satt for kari.", "Fjernet sso.leder."]
    assert printed[3].split() == ["kari", "kari@example.org", "Budsjettansvarlig", "310", "ja"]
    assert len(printed) == 4


def test_errors_are_norwegian_exit_2_and_never_echo_the_password(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            db,
            monkeypatch,
            "users",
            "add",
            "ola",
            "--role",
            "viewer",
            "--units",
            "999",
            stdin=PASSWORD,
        )
        == 2
    )
    assert run(db, monkeypatch, "users", "add", "ola", "--role", "director", stdin="kort\n") == 2
    assert run(db, monkeypatch, "users", "set-password", "finnes.ikke", stdin=PASSWORD) == 2
    output = capsys.readouterr()
    assert "Disse kodene finnes ikke i organisasjonen: 999." in output.err
    assert "minst 10 tegn" in output.err
    assert "Fant ingen bruker med navnet «finnes.ikke»" in output.err
    assert PASSWORD not in output.out + output.err and "kort" not in output.out + output.err


def test_audit_lists_user_changes(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, monkeypatch, "users", "add", "máret", "--role", "director", stdin=PASSWORD)
    capsys.readouterr()
    assert run(db, monkeypatch, "audit", "--json", "--limit", "5") == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(entry["actor"], entry["action"], entry["detail"]) for entry in entries] == [
        ("system", "user_change", "La til máret (director, enheter: -)")
    ]
    assert run(db, monkeypatch, "audit") == 0
    assert "Brukerendring" in capsys.readouterr().out
    store = open_store(db)
    assert store.value("SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%'") == 1
