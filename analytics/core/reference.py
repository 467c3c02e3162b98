"""The small reference tables in `data/`, read once when first asked for.

Each table is a CSV file with a header row, committed beside the database file so that a
municipality can adjust it (see data/README.md). A file that is missing a column or holds a
value of the wrong kind stops the program with a Norwegian message naming file, row and column.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from analytics.core.errors import UserError
from analytics.core.texts import t

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@cache
def read_table(name: str, columns: tuple[tuple[str, Callable[[str], Any]], ...]) -> tuple[Any, ...]:
    """The rows of `data/<name>` as tuples of typed values, one per declared column."""
    path = DATA_DIR / name
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column, _ in columns if column not in (reader.fieldnames or [])]
        if missing:
            raise UserError(t("reference.missing_columns", file=path, columns=", ".join(missing)))
        return tuple(_typed_row(path, number, row, columns) for number, row in enumerate(reader, 2))


def _typed_row(
    path: Path,
    number: int,
    row: dict[str, str],
    columns: tuple[tuple[str, Callable[[str], Any]], ...],
) -> tuple[Any, ...]:
    values = []
    for column, kind in columns:
        try:
            values.append(kind(row[column].strip()))
        except (ValueError, AttributeError):
            raise UserError(
                t("reference.bad_value", file=path, row=number, column=column, value=row[column])
            ) from None
    return tuple(values)


def boolean(text: str) -> bool:
    """`true`/`false` (also `ja`/`nei`) as a bool."""
    lowered = text.lower()
    if lowered in ("true", "ja", "yes", "1"):
        return True
    if lowered in ("false", "nei", "no", "0"):
        return False
    raise ValueError(text)
