"""The made-up demo municipality: organisation, economy, workshop, programme and demo users.

Deterministic (fixed seeds). Each part lives in its own module with `add_demo(store)`;
`create_demo` runs them in order in an empty database and marks it as demo data.
"""

from __future__ import annotations

import importlib

from analytics.errors import UserError
from analytics.meta import mark_demo
from analytics.store import Store
from analytics.texts import t

PARTS = ("economy", "workshop", "programme", "users")
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
    "users",
)


def database_is_empty(store: Store) -> bool:
    """True when no table holds data (a new file)."""
    return all(store.value(f"SELECT count(*) FROM {table}") == 0 for table in _TABLES_WITH_DATA)


def create_demo(store: Store, force: bool = False) -> str:
    """Fills an empty database with the demo municipality; `force` empties it first."""
    if not database_is_empty(store):
        if not force:
            raise UserError(t("demo.not_empty", path=store.path))
        _empty(store)
    summaries = []
    for part in PARTS:
        module = importlib.import_module(f"analytics.demo.{part}")
        summaries.append(module.add_demo(store))
    mark_demo(store, True)
    return "; ".join(summary for summary in summaries if summary)


def _empty(store: Store) -> None:
    tables = [
        row[0]
        for row in store.rows(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'"
        )
    ]
    with store.transaction() as tx:
        for table in tables:
            tx.execute(f'DELETE FROM "{table}"')
