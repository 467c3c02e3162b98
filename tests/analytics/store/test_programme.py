"""The registers' store: an upload replaces the whole register, which stays for undo."""

from __future__ import annotations

import pandas as pd

from analytics.store import Store
from analytics.store.programme import (
    insert_risks,
    read_milestones,
    read_risks,
    store_milestones_upload,
    store_risks_upload,
)
from analytics.store.uploads import (
    MILESTONES,
    RISKS,
    NewUpload,
    current_rows_by_upload,
    undo_versioned,
)

RISK = ["risk", "probability", "consequence", "mitigation", "owner"]
PLAN = ["working_group", "year", "week", "kind", "description"]


def test_the_risk_register_is_replaced_whole_and_given_back(store: Store) -> None:
    with store.transaction() as tx:
        insert_risks(
            tx, pd.DataFrame([("Brann", 3, 4, "", ""), ("Flom", 2, 2, "", "")], columns=RISK)
        )
    old = read_risks(store)
    new = pd.DataFrame([("Ras", 5, 5, "Sikring", "Áile")], columns=RISK)
    upload_id, _ = store_risks_upload(store, NewUpload("risks", "r", "r", "x", 1, {}), new)
    assert read_risks(store)["risk"].tolist() == ["Ras"]
    assert current_rows_by_upload(store, RISKS)["upload_id"].tolist() == [upload_id]
    undo_versioned(store, upload_id, [RISKS])
    pd.testing.assert_frame_equal(read_risks(store), old)


def test_the_plan_is_replaced_whole(store: Store) -> None:
    first = pd.DataFrame([("Brann", 2026, 5, "start", "")], columns=PLAN)
    second = pd.DataFrame([("Renhold", 2026, 6, "project_meeting", "")], columns=PLAN)
    a, _ = store_milestones_upload(store, NewUpload("milestones", "a", "a", "x", 1, {}), first)
    _, replaced = store_milestones_upload(
        store, NewUpload("milestones", "b", "b", "x", 1, {}), second
    )
    assert replaced == (a,)
    assert read_milestones(store)["kind"].tolist() == ["project_meeting"]
    assert current_rows_by_upload(store, MILESTONES)["rows"].tolist() == [1]
