"""Reading the cells of an edited or imported register row (risks, milestones)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

from analytics.core.texts import t

# --- validation of edited or imported rows ---------------------------------------------------

Where = Callable[[int, str], str]  # (row number, column) → "fil …, ark …, rad …, kolonne …"


def table_where(row: int, column: str) -> str:
    return t("programme.where_table", row=row, column=column)


def cell_number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ".").strip())
    except ValueError:
        return None
    return None if math.isnan(number) else number


def cell_text(value: object) -> str:
    return (
        ""
        if value is None or (isinstance(value, float) and math.isnan(value))
        else str(value).strip()
    )


def non_empty_rows(rows: pd.DataFrame, first_row: int) -> list[tuple[int, dict[str, object]]]:
    """(row number, cells) of the rows that hold anything; numbering starts at `first_row`."""
    return [
        (first_row + offset, {str(key): value for key, value in row.items()})
        for offset, row in enumerate(rows.to_dict("records"))
        if any(cell_text(value) != "" for value in row.values())
    ]
