"""The Kommunekompasset store: a newer evaluation of a date replaces the current one, which
stays for undo; the preview asks which evaluations of its dates count now."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.store import Store
from analytics.store.kompass import (
    SCORE_COLUMNS,
    current_evaluations_on,
    insert_evaluation,
    read_kompass_scores,
    store_kompass_upload,
)
from analytics.store.uploads import KOMPASS, NewUpload, undo_versioned

DAY = dt.date(2019, 3, 14)


def scores(day: dt.date, points: float) -> pd.DataFrame:
    return pd.DataFrame(
        [(day, "classic", "", n, f"Område {n}", points) for n in range(1, 9)], columns=SCORE_COLUMNS
    )


def test_an_evaluation_of_the_same_date_replaces_and_undo_restores(store: Store) -> None:
    with store.transaction() as tx:
        insert_evaluation(
            tx, DAY, "classic", "demo", [(n, f"Område {n}", 30.0) for n in range(1, 9)], None
        )
    current = current_evaluations_on(store, [DAY])
    assert current["total"].tolist() == [240.0] and current["upload_id"].isna().all()
    upload_id, replaced = store_kompass_upload(
        store, NewUpload("kompass", "k", "k", "x", 1, {}), scores(DAY, 50)
    )
    assert replaced == ()  # the replaced one came with no upload
    assert read_kompass_scores(store)["score"].sum() == 400
    outcome = undo_versioned(store, upload_id, [KOMPASS])
    assert (outcome.removed, outcome.restored) == (1, 1)
    assert read_kompass_scores(store)[["note", "score"]].drop_duplicates().values.tolist() == [
        ["demo", 30.0]
    ]
