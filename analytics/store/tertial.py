"""SQL of the tertial report: the director's texts, the proposed budget changes, the versions.

`scope_code` is '' for the whole municipality, else a scope key (`sektor:3`). Amounts NOK as
stored (more expenses positive, more income negative).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.store.db import Store

Period = tuple[int, int, str]  # year, tertial (1 or 2), scope code


@dataclass(frozen=True)
class ProposalRow:
    """One stored proposed change (or its financing) to an appropriation."""

    id: int
    appropriation: str
    amount: float
    reason: str
    kind: str  # change or financing
    allocation: tuple[tuple[str, str, float], ...]  # (ansvar, art, amount)
    entered_by: str
    adopted_upload: int | None


@dataclass(frozen=True)
class VersionRow:
    """One frozen version of a report, without its files."""

    id: int
    version: int
    frozen_by: str
    frozen_at: dt.datetime
    data_fingerprint: str
    content: str


def read_texts(store: Store, period: Period) -> dict[str, str]:
    """The director's text per section anchor."""
    rows = store.rows(
        "SELECT section, markdown FROM tertial_texts WHERE year = ? AND tertial = ? "
        "AND scope_code = ?",
        list(period),
    )
    return {str(section): str(markdown) for section, markdown in rows}


def write_text(
    store: Store, period: Period, section: str, markdown: str, by: str, at: dt.datetime
) -> None:
    """Stores (or, empty, removes) the director's text of one section."""
    with store.transaction() as tx:
        tx.execute(
            "DELETE FROM tertial_texts WHERE year = ? AND tertial = ? AND scope_code = ? "
            "AND section = ?",
            [*period, section],
        )
        if markdown.strip():
            tx.execute(
                "INSERT INTO tertial_texts VALUES (?, ?, ?, ?, ?, ?, ?)",
                [*period, section, markdown, by, at],
            )


def read_proposals(store: Store, year: int, tertial: int) -> list[ProposalRow]:
    """The proposed changes of a tertial, in the order they were entered."""
    rows = store.rows(
        "SELECT id, appropriation, amount::DOUBLE, reason, kind, allocation, entered_by, "
        "adopted_upload FROM budget_proposals WHERE year = ? AND tertial = ? ORDER BY id",
        [year, tertial],
    )
    return [
        ProposalRow(
            int(row[0]),
            str(row[1]),
            float(row[2]),
            str(row[3]),
            str(row[4]),
            tuple((str(a), str(b), float(c)) for a, b, c in json.loads(str(row[5]))),
            str(row[6]),
            None if row[7] is None else int(row[7]),
        )
        for row in rows
    ]


def replace_proposals(
    store: Store,
    year: int,
    tertial: int,
    rows: Sequence[tuple[str, float, str, str, Sequence[tuple[str, str, float]]]],
    by: str,
    at: dt.datetime,
) -> None:
    """Replaces the tertial's proposal (rows: appropriation, amount, reason, kind, allocation)."""
    with store.transaction() as tx:
        tx.execute("DELETE FROM budget_proposals WHERE year = ? AND tertial = ?", [year, tertial])
        for appropriation, amount, reason, kind, allocation in rows:
            tx.execute(
                "INSERT INTO budget_proposals (year, tertial, appropriation, amount, reason, kind, "
                "allocation, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    year,
                    tertial,
                    appropriation,
                    amount,
                    reason,
                    kind,
                    json.dumps([list(line) for line in allocation], ensure_ascii=False),
                    by,
                    at,
                ],
            )


def mark_adopted(store: Store, year: int, tertial: int, upload_id: int | None) -> None:
    """Notes the budget change upload the adopted proposal became (None: undone)."""
    with store.transaction() as tx:
        tx.execute(
            "UPDATE budget_proposals SET adopted_upload = ? WHERE year = ? AND tertial = ?",
            [upload_id, year, tertial],
        )


def save_version(
    store: Store,
    period: Period,
    frozen: tuple[str, dt.datetime, str],
    content: str,
    files: tuple[bytes, bytes],
) -> tuple[int, int]:
    """Archives a frozen version (frozen: by, at, data fingerprint; files: pdf, docx);
    returns its id and its number (1, 2, … per year, tertial and scope)."""
    by, at, fingerprint = frozen
    with store.transaction() as tx:
        number_row = tx.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM tertial_versions "
            "WHERE year = ? AND tertial = ? AND scope_code = ?",
            list(period),
        ).fetchone()
        number = int(number_row[0]) if number_row else 1
        row = tx.execute(
            "INSERT INTO tertial_versions (year, tertial, scope_code, version, frozen_by, "
            "frozen_at, data_fingerprint, content, pdf, docx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            [*period, number, by, at, fingerprint, content, *files],
        ).fetchone()
    if row is None:
        raise RuntimeError("INSERT … RETURNING gave no row")
    return int(row[0]), number


def read_versions(store: Store, period: Period) -> list[VersionRow]:
    """The frozen versions of a report, oldest first (without their files)."""
    rows = store.rows(
        "SELECT id, version, frozen_by, frozen_at, data_fingerprint, content FROM tertial_versions "
        "WHERE year = ? AND tertial = ? AND scope_code = ? ORDER BY version",
        list(period),
    )
    return [VersionRow(int(a), int(b), str(c), d, str(e), str(f)) for a, b, c, d, e, f in rows]


def read_version_file(store: Store, version_id: int, kind: str) -> tuple[Period, bytes] | None:
    """The report period and the PDF or Word file (`kind`: pdf or docx) of a version."""
    column = {"pdf": "pdf", "docx": "docx"}[kind]
    rows = store.rows(
        f"SELECT year, tertial, scope_code, {column} FROM tertial_versions WHERE id = ?",
        [version_id],
    )
    if not rows:
        return None
    year, tertial, scope_code, data = rows[0]
    return (int(year), int(tertial), str(scope_code)), bytes(data)


def versions_frame(store: Store, scope_codes: list[str] | None) -> pd.DataFrame:
    """Every frozen version of the scopes (None: all), newest first, without the files."""
    return store.frame(
        "SELECT id, year, tertial, scope_code, version, frozen_by, frozen_at, data_fingerprint "
        "FROM tertial_versions WHERE ($codes::VARCHAR[] IS NULL OR "
        "list_contains($codes::VARCHAR[], scope_code)) ORDER BY frozen_at DESC, id DESC",
        {"codes": scope_codes},
    )
