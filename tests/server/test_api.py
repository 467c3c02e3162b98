"""The command line beside the running app, and the HTTP API (server/api.py), against the real
app: the app holds the database file, and the commands go through it with the same output and
exit codes as on the file itself."""

from __future__ import annotations

import json

import duckdb
import httpx
import pytest

from analytics.accounts.demo_accounts import DEMO_ACCOUNTS
from bench.streamlit_client import ProtocolSession
from tests.analytics.imports.files import xlsx_bytes
from tests.server.conftest import RunningApp, run_async, run_cli, signed_in_client


def test_the_command_line_prints_the_same_through_the_app_as_on_the_file(
    running_app: RunningApp, demo_month: tuple[int, int]
) -> None:
    year = str(demo_month[0])
    for argv in (
        ["gaps", "--year", year, "--by", "unit", "--json"],
        ["gaps", "--year", year],
        ["gaps", "--year", "1990"],
        ["sickleave", "--year", year, "--by", "sector"],
        ["kompass"],
    ):
        through_app = run_cli("--db", str(running_app.db), *argv)
        on_file = run_cli("--db", str(running_app.copy_before_start), *argv)
        assert through_app.returncode == on_file.returncode, argv
        assert (through_app.stdout, through_app.stderr) == (on_file.stdout, on_file.stderr), argv


def test_an_import_through_the_app_shows_on_the_next_page_view(
    running_app: RunningApp, demo_month: tuple[int, int], tmp_path: pytest.TempPathFactory
) -> None:
    year, month = demo_month
    client = signed_in_client(running_app.url, "direktor")
    session = ProtocolSession(running_app.url, client.cookies)
    file = tmp_path / "ekstra regnskap.xlsx"  # type: ignore[operator]
    rows = [
        ["År", "Periode", "Ansvar", "Art", "Regnskap"],
        [year, month, "3100", "10100", 7_777_777],
    ]
    file.write_bytes(xlsx_bytes({"Ark1": rows}))

    async def page_texts() -> str:
        result = await session.run(page="okonomi", query="omrade=enhet:310")
        return " ".join(result.texts)

    async def scenario() -> tuple[str, str]:
        async with httpx.AsyncClient() as http:
            await session.connect(http)
            before = await page_texts()
            imported = run_cli(
                "--db", str(running_app.db), "import", str(file), "--kind", "accounts"
            )
            assert imported.returncode == 0, imported.stderr
            assert "ekstra regnskap.xlsx" in imported.stdout
            after = await page_texts()
            await session.close()
            return before, after

    before, after = run_async(scenario())
    gaps = json.loads(
        run_cli(
            "--db",
            str(running_app.db),
            "gaps",
            "--year",
            str(year),
            "--unit",
            "310",
            "--by",
            "unit",
            "--json",
        ).stdout
    )
    assert gaps[-1]["actual_ytd"] > 7_777_777
    assert before != after  # the figures on the Økonomi page moved with the import


def test_a_service_account_token_counts_as_its_role_and_every_use_is_recorded(
    running_app: RunningApp, demo_month: tuple[int, int]
) -> None:
    created = run_cli(
        "--db",
        str(running_app.db),
        "tokens",
        "create",
        "skole-rapport",
        "--role",
        "viewer",
        "--units",
        "210",
    )
    assert created.returncode == 0, created.stderr
    token = created.stdout.splitlines()[1]
    assert token.startswith("kdb_")
    remote = {"KOMMUNE_URL": running_app.url, "KOMMUNE_TOKEN": token}
    gaps = run_cli("gaps", "--year", str(demo_month[0]), "--by", "unit", "--json", env=remote)
    assert gaps.returncode == 0, gaps.stderr
    assert [row["key"] for row in json.loads(gaps.stdout)] == ["210", "kommune"]
    refused = run_cli("users", "list", env=remote)
    assert (refused.returncode, refused.stderr) == (
        2,
        "Feil: Bare administratorer kan gjøre dette.\n",
    )
    forbidden = run_cli("demo", "--force", env=remote)
    assert forbidden.returncode == 2 and "bare kjøres på serveren selv" in forbidden.stderr
    audit = json.loads(
        run_cli("--db", str(running_app.db), "audit", "--json", "--limit", "20").stdout
    )
    uses = [entry for entry in audit if entry["actor"] == "skole-rapport"]
    assert [entry["action"] for entry in uses] == ["api_call"] * 3
    assert "users list" in [entry["detail"] for entry in uses]
    assert run_cli("--db", str(running_app.db), "tokens", "revoke", "skole-rapport").returncode == 0
    revoked = run_cli("gaps", "--year", str(demo_month[0]), env=remote)
    assert revoked.returncode == 2 and "Mangler eller ukjent API-nøkkel" in revoked.stderr


def test_the_rest_face_of_the_api(running_app: RunningApp, demo_month: tuple[int, int]) -> None:
    created = run_cli(
        "--db", str(running_app.db), "tokens", "create", "nattlig-import", "--role", "director"
    )
    token = created.stdout.splitlines()[1]
    year, month = demo_month
    with httpx.Client(
        base_url=running_app.url + "/api/v1",
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
    ) as api:
        assert httpx.get(running_app.url + "/api/v1/gaps?year=2026").status_code == 401
        commands = {entry["command"] for entry in api.get("/").json()["commands"]}
        assert {"gaps", "import", "uploads", "undo", "snapshot", "backup", "users/list"} <= commands
        assert "tokens/create" not in commands and "demo" not in commands
        gaps = api.get("/gaps", params={"year": year, "by": "sector"})
        assert gaps.status_code == 200 and gaps.json()[-1]["key"] == "kommune"
        assert api.get("/gaps", params={"year": 1990}).json() == {
            "error": "Ingen budsjett eller regnskap for 1990.",
            "exit_code": 2,
        }
        assert api.get("/import").status_code == 405
        file = xlsx_bytes(
            {
                "Ark1": [
                    ["År", "Periode", "Ansvar", "Art", "Regnskap"],
                    [year, month, "2100", "10100", 1000],
                ]
            }
        )
        imported = api.post(
            "/import", files={"file": ("fra tjenesten.xlsx", file)}, data={"kind": "accounts"}
        )
        assert imported.status_code == 200, imported.text
        assert (
            imported.json()["file_name"] == "fra tjenesten.xlsx"
            and imported.json()["upload_id"] > 0
        )
        undone = api.post("/undo", data={"upload_id": str(imported.json()["upload_id"])})
        assert undone.status_code == 200 and "angret" in undone.text.lower()
        assert api.get("/nonsens").status_code == 404


def test_a_backup_through_the_running_app_and_a_restore_that_refuses_a_live_store(
    running_app: RunningApp, tmp_path: pytest.TempPathFactory
) -> None:
    folder = tmp_path / "kopier"  # type: ignore[operator]
    made = run_cli("--db", str(running_app.db), "backup", "--out", str(folder))
    assert made.returncode == 0, made.stderr
    (backup,) = folder.glob("kommune-*.duckdb")
    assert f"Sikkerhetskopi skrevet til {backup}" in made.stdout
    connection = duckdb.connect(str(backup), read_only=True)
    assert connection.execute("SELECT count(*) FROM users").fetchone() == (len(DEMO_ACCOUNTS),)
    connection.close()
    refused = run_cli("--db", str(running_app.db), "restore", str(backup))
    assert refused.returncode == 2 and "--force" in refused.stderr


def test_a_new_password_through_the_app_is_read_here_and_never_printed(
    running_app: RunningApp,
) -> None:
    password = "et-godt-nytt-passord-9"
    changed = run_cli(
        "--db", str(running_app.db), "users", "set-password", "leser.skole", stdin=password + "\n"
    )
    assert changed.returncode == 0, changed.stderr
    assert password not in changed.stdout + changed.stderr
    reply = httpx.post(
        running_app.url + "/logg-inn",
        data={"brukernavn": "leser.skole", "passord": password, "neste": "/"},
        headers={"Origin": running_app.url},
    )
    assert reply.status_code == 303
