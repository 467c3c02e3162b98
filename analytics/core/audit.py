"""The audit log: who did what, when. Never holds passwords or file contents."""

from __future__ import annotations

import pandas as pd

from analytics.core import clock
from analytics.core.access import Access, require_administrator
from analytics.core.texts import NB, t
from analytics.store import Store
from analytics.store.audit import insert_entry, read_entries


def record(store: Store, actor: str, action: str, detail: str = "") -> None:
    """Adds one entry (sign_in, sign_in_failed, sign_out, upload, undo, export, user_change, ...)."""
    insert_entry(store, clock.now(), actor, action, detail)


def read_audit_log(store: Store, limit: int = 500) -> pd.DataFrame:
    """The newest entries first: happened_at, actor, action, detail."""
    return read_entries(store, limit)


def read_audit_log_for(store: Store, access: Access, limit: int = 500) -> pd.DataFrame:
    """The newest entries first, for an administrator (AccessDenied for anyone else)."""
    require_administrator(access)
    return read_audit_log(store, limit)


def action_label(action: str) -> str:
    """The Norwegian name of an action (`sign_in` → «Innlogging»); unknown ones as they are."""
    key = f"audit.action.{action}"
    return t(key) if key in NB else action
