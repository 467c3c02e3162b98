"""A fresh store per test, copied from one migrated empty file (migrations run once)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analytics.store import Store, open_store
from analytics.store.db import close_all


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.duckdb"
    open_store(path)
    close_all()
    return path


@pytest.fixture
def store(empty_template: Path, tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated database file of its own."""
    path = tmp_path / "test.duckdb"
    shutil.copy(empty_template, path)
    yield open_store(path)
    close_all()
