"""The sick-leave store: an upload replaces the rows of its year, month and unit; the preview
asks what it would replace."""

from __future__ import annotations

import pandas as pd

from analytics.store import Store
from analytics.store.sickleave import (
    SICK_LEAVE_COLUMNS,
    current_sick_leave_in_scope,
    read_sick_leave,
    store_sick_leave_upload,
)
from analytics.store.uploads import NewUpload


def rows(*records: tuple[int, str, float]) -> pd.DataFrame:
    frame = pd.DataFrame(records, columns=["month", "unit_code", "lost_days"])
    return frame.assign(year=2026, agreed_days=100.0, self_cert_days=None, doctor_cert_days=None,
                        short_days=None, long_days=None, headcount=None)[SICK_LEAVE_COLUMNS]  # fmt: skip


def upload(name: str) -> NewUpload:
    return NewUpload("sickleave", name, name, "x", 1, {})


def test_a_newer_upload_replaces_only_its_own_months_and_units(store: Store) -> None:
    first, _ = store_sick_leave_upload(
        store, upload("a"), rows((1, "310", 5), (2, "310", 6), (1, "220", 1))
    )
    newer = rows((2, "310", 9), (3, "310", 2))
    scope = current_sick_leave_in_scope(store, newer)
    assert scope[["upload_id", "file_name", "rows", "first", "last"]].values.tolist() == [
        [first, "a", 1, 202602, 202602]
    ]
    _, replaced = store_sick_leave_upload(store, upload("b"), newer)
    assert replaced == (first,)
    current = read_sick_leave(store)
    assert current[["month", "unit_code", "lost_days"]].values.tolist() == [
        [1, "220", 1.0], [1, "310", 5.0], [2, "310", 9.0], [3, "310", 2.0],
    ]  # fmt: skip
    assert read_sick_leave(store, ["220"])["lost_days"].tolist() == [1.0]
