"""Shared fixtures: a fresh store per test, the demo municipality built once per session, and
the one date of the run.

The run's date is the product's clock (`KOMMUNE_TODAY`): pinned to the day the run began unless
the caller pinned another (CI runs the suite again as of 4 January 2027), and passed on to the
app servers the browser tests start. Tests compute what they expect from it (`today`,
`demo_month`), never from a literal year or month the calendar can overtake.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from analytics.core import clock
from analytics.demo import create_demo
from analytics.store import Store, open_store
from analytics.store.db import close_all

os.environ.setdefault(clock.TODAY_VARIABLE, dt.date.today().isoformat())


@pytest.fixture(scope="session")
def today() -> dt.date:
    """The run's date (the product's clock)."""
    return clock.today()


@pytest.fixture(scope="session")
def demo_month() -> tuple[int, int]:
    """The demo's newest month with accounts: the month before the run's date."""
    return clock.previous_month()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated database file of its own."""
    yield open_store(tmp_path / "test.duckdb")
    close_all()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once; tests get copies (see `demo_db`)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    create_demo(open_store(path))
    close_all()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database that this test may change."""
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    yield open_store(demo_db)
    close_all()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Adds the output of the app servers still running (tests/serving.py) to the report of a
    failing test."""
    report = yield
    if report.failed:
        from tests.serving import RUNNING

        for server in RUNNING:
            lines = server.output().splitlines()[-200:]
            report.sections.append((f"streamlit {server.base_url}", "\n".join(lines)))
    return report
