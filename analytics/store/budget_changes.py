"""SQL for adopted budget changes (migration 092): one upload per adoption, its lines adding to
the budget that applies (store/ledger.py), the proposal marked with the upload; undone as one."""

from __future__ import annotations

from collections.abc import Sequence

from analytics.store.db import Store
from analytics.store.ledger import refresh_accounts_summary
from analytics.store.uploads import NewUpload, insert_upload, set_status

ChangeLine = tuple[str, str, str, str, float]  # appropriation, reason, ansvar, art, amount (NOK)


def store_budget_change(
    store: Store, upload: NewUpload, year: int, tertial: int, lines: Sequence[ChangeLine]
) -> int:
    """Stores the adopted change of the year's tertial in one transaction; returns the upload id."""
    with store.transaction() as tx:
        upload_id = insert_upload(tx, upload)
        tx.executemany(
            "INSERT INTO budget_change_lines (upload_id, year, ansvar, art, amount, "
            "appropriation, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                [upload_id, year, ansvar, art, amount, appropriation, reason]
                for appropriation, reason, ansvar, art, amount in lines
            ],
        )
        tx.execute(
            "UPDATE budget_proposals SET adopted_upload = ? WHERE year = ? AND tertial = ?",
            [upload_id, year, tertial],
        )
        refresh_accounts_summary(tx)
    return upload_id


def undo_budget_change(store: Store, upload_id: int) -> int:
    """Takes the change's lines out (the upload undone) and opens its proposal for editing
    again; returns how many lines no longer count."""
    with store.transaction() as tx:
        row = tx.execute(
            "SELECT count(*) FROM budget_change_lines WHERE upload_id = ?", [upload_id]
        ).fetchone()
        set_status(tx, upload_id, "undone")
        tx.execute(
            "UPDATE budget_proposals SET adopted_upload = NULL WHERE adopted_upload = ?",
            [upload_id],
        )
        refresh_accounts_summary(tx)
    return int(row[0]) if row else 0


def read_change_lines(store: Store, upload_id: int) -> list[ChangeLine]:
    """The lines of one adopted change, as stored."""
    return [
        (str(a), str(r), str(ansvar), str(art), float(amount))
        for a, r, ansvar, art, amount in store.rows(
            "SELECT appropriation, reason, ansvar, art, amount FROM budget_change_lines "
            "WHERE upload_id = ? ORDER BY appropriation, ansvar, art",
            [upload_id],
        )
    ]
