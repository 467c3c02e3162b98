"""The real app (`streamlit run serve.py`) on a copy of the demo, for the HTTP tests: the
sign-in page, the gate, the API, and the command line beside the running app."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from analytics.demo.users import DEMO_PASSWORDS
from tests.serving import REPO_ROOT, StartApp, serve

Cli = Callable[..., subprocess.CompletedProcess[str]]
T = TypeVar("T")


@dataclass(frozen=True)
class RunningApp:
    url: str
    db: Path
    copy_before_start: Path  # the same data, for the command line on the file itself


@pytest.fixture(scope="module")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartApp]:
    yield from serve(tmp_path_factory.mktemp("server-logs"))


@pytest.fixture(scope="module")
def running_app(
    start_server: StartApp, demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> RunningApp:
    folder = tmp_path_factory.mktemp("server-db")
    db, copy = folder / "kommune.duckdb", folder / "uten-app.duckdb"
    shutil.copy(demo_template, db)
    shutil.copy(demo_template, copy)
    return RunningApp(start_server(db), db, copy)


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`python -m analytics …` in its own process, as someone in another shell."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("KOMMUNE_URL", "KOMMUNE_TOKEN")
    }
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args],
        cwd=REPO_ROOT,
        env={**environment, **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine to its end in a thread of its own (Playwright's sync API may hold an
    event loop in this one)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def signed_in_client(url: str, user: str = "direktor") -> httpx.Client:
    """An HTTP client that signed in through the sign-in page (it holds the cookie)."""
    client = httpx.Client(base_url=url, timeout=60)
    reply = client.post(
        "/logg-inn",
        data={"brukernavn": user, "passord": DEMO_PASSWORDS[user], "neste": "/"},
        headers={"Origin": url},
    )
    assert reply.status_code == 303, reply.text
    return client
