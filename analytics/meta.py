"""Facts about the database itself: whether it holds demo data, and the municipality's name."""

from __future__ import annotations

from analytics.settings import load_settings
from analytics.store import Store


def is_demo(store: Store) -> bool:
    """True when the database holds the made-up demo municipality."""
    return store.value("SELECT value FROM meta WHERE key = 'demo'") == "true"


def mark_demo(store: Store, demo: bool) -> None:
    with store.transaction() as tx:
        tx.execute("INSERT OR REPLACE INTO meta VALUES ('demo', ?)", ["true" if demo else "false"])


def municipality_name(store: Store) -> str:
    return load_settings(store).municipality_name
