"""The made-up demo municipality: organisation, economy, workshop, programme and demo users.

Deterministic (fixed seeds). Each part lives in its own module with `add_demo(store)`;
`create_demo` runs them in order in an empty database and marks it as demo data.
"""

from __future__ import annotations

import importlib

from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.db import count_rows, empty_database
from analytics.store.settings import mark_demo

PARTS = ("economy", "projects", "finance", "workshop", "programme", "goals", "users")
_TABLES_WITH_DATA = (
    "organisation",
    "budget_lines",
    "accounts_lines",
    "uploads",
    "measures",
    "sick_leave",
    "kompass_evaluations",
    "risks",
    "milestones",
    "projects",
    "users",
    "goals",
    "indicator_values",
)


def database_is_empty(store: Store) -> bool:
    """True when no table holds data (a new file)."""
    return not any(count_rows(store, table) for table in _TABLES_WITH_DATA)


def create_demo(store: Store, force: bool = False) -> str:
    """Fills an empty database with the demo municipality; `force` empties it first."""
    if not database_is_empty(store):
        if not force:
            raise UserError(t("demo.not_empty", path=store.path))
        empty_database(store)
    summaries = []
    for part in PARTS:
        module = importlib.import_module(f"analytics.demo.{part}")
        summaries.append(module.add_demo(store))
    mark_demo(store, True)
    return "; ".join(summary for summary in summaries if summary)
