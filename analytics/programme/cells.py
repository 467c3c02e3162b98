"""Reading the cells of an edited or imported register row (risks, milestones)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

from analytics.core.access import Access, require_programme_write
from analytics.core.audit import record
from analytics.core.numbers import number_or_none
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.uploads import NewUpload, edit_upload

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


RegisterWriter = Callable[[Store, NewUpload, pd.DataFrame], tuple[int, tuple[int, ...]]]


def save_edited_register(
    store: Store,
    access: Access,
    kind: str,
    edited: tuple[pd.DataFrame, pd.DataFrame],
    coverage: dict[str, int],
    write: RegisterWriter,
) -> int:
    """Stores a register as edited in the app (`edited`: the cleaned rows and the current
    ones) as an upload of its own, so it can be undone like a file; an unchanged register stores
    nothing. Returns the register's size."""
    require_programme_write(access)
    cleaned, current = edited
    if same_rows(cleaned, current):
        return len(cleaned)
    with store.transaction():
        upload = edit_upload(kind, access.user, cleaned, coverage)
        upload_id, _ = write(store, upload, cleaned)
        record(store, access.user, "upload", f"{upload_id} {kind} {upload.file_name}")
    return len(cleaned)
