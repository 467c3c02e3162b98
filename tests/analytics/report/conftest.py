"""Reports of the demo municipality, made once per test session and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from analytics.core.access import Access
from analytics.economy.gaps import BudgetStatus, compute_gaps
from analytics.report.snapshot import Snapshot, make_snapshot
from analytics.store import open_store
from analytics.store.db import close_all

YEAR, MONTH = 2026, 10  # the demo's latest month with accounts
MADE_AT = dt.datetime(2026, 11, 5, 9, 30)


@dataclass(frozen=True)
class MadeReport:
    snapshot: Snapshot
    pages: list[str]  # the text of each page, whitespace (also no-break spaces) made plain
    gaps: dict[str, list[BudgetStatus]]  # by → the `gaps` rows (the last is the total)
    db_path: Path


def plain(text: str) -> str:
    """Text with every run of whitespace (line breaks, no-break spaces) as one space."""
    return " ".join(text.replace("\xa0", " ").split())


def page_texts(pdf: bytes) -> list[str]:
    return [plain(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _make(db_path: Path, scope_code: str, by: tuple[str, ...]) -> MadeReport:
    store = open_store(db_path)
    try:
        snapshot = make_snapshot(
            store, Access.system(), YEAR, MONTH, scope_code, "direktør", MADE_AT
        )
        gaps = {
            level: compute_gaps(
                store, Access.system(), YEAR, MONTH, level, scope_code or None
            ).with_total()  # type: ignore[arg-type]
            for level in by
        }
    finally:
        close_all()
    return MadeReport(snapshot, page_texts(snapshot.pdf), gaps, db_path)


@pytest.fixture(scope="session")
def report_db(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database for the reports made once per session."""
    path = tmp_path_factory.mktemp("report") / "demo.duckdb"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture(scope="session")
def kommune_report(report_db: Path) -> MadeReport:
    """The whole-municipality report of the demo for October 2026."""
    return _make(report_db, "", ("sector", "unit"))


@pytest.fixture(scope="session")
def unit_report(report_db: Path) -> MadeReport:
    """The report of one unit, Kárášjoga skuvla (220)."""
    return _make(report_db, "220", ("ansvar",))
