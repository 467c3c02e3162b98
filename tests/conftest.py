"""Shared fixtures: a fresh store per test, and the demo municipality built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analytics.demo import create_demo
from analytics.store import Store, open_store
from analytics.store.db import close_all


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
