"""The audit log: who did what, when. Never holds passwords or file contents."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.access import Access, require_administrator
from analytics.store import Store
from analytics.texts import NB, t


def record(store: Store, actor: str, action: str, detail: str = "") -> None:
    """Adds one entry (sign_in, sign_in_failed, sign_out, upload, undo, export, user_change, ...)."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO audit_log (happened_at, actor, action, detail) VALUES (?, ?, ?, ?)",
            [dt.datetime.now(), actor, action, detail],
        )


def read_audit_log(store: Store, limit: int = 500) -> pd.DataFrame:
    """The newest entries first: happened_at, actor, action, detail."""
    return store.frame(
        "SELECT happened_at, actor, action, detail FROM audit_log "
        "ORDER BY happened_at DESC, id DESC LIMIT ?",
        [limit],
    )


def read_audit_log_for(store: Store, access: Access, limit: int = 500) -> pd.DataFrame:
    """The newest entries first, for an administrator (AccessDenied for anyone else)."""
    require_administrator(access)
    return read_audit_log(store, limit)


def action_label(action: str) -> str:
    """The Norwegian name of an action (`sign_in` → «Innlogging»); unknown ones as they are."""
    key = f"audit.action.{action}"
    return t(key) if key in NB else action
