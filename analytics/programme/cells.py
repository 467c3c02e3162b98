"""Reading the cells of an edited or imported register row (risks, milestones)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

from analytics.core.numbers import number_or_none
from analytics.core.texts import t

Where = Callable[[int, str], str]  # (row number, column) → "fil …, ark …, rad …, kolonne …"


def table_where(row: int, column: str) -> str:
    return t("programme.where_table", row=row, column=column)


def cell_number(value: object) -> float | None:
    """The number in a cell (the one number reader: "3", 3.0, "2,5"); None when there is none."""
    return number_or_none(value)


def shown(value: object) -> str:
    """A cell as a person typed it, for messages: 7.0 → "7", None → ""."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


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


def same_rows(edited: pd.DataFrame, stored: pd.DataFrame) -> bool:
    """True when an edited register holds exactly the stored rows, in any order (a register
    is shown sorted by factor or date, not in the order it is stored)."""
    if len(edited) != len(stored) or list(edited.columns) != list(stored.columns):
        return False
    as_text = [
        frame.astype(str).sort_values(list(frame.columns)).reset_index(drop=True)
        for frame in (edited, stored)
    ]
    return bool(as_text[0].equals(as_text[1]))
