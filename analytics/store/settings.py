"""SQL of the settings a municipality changed, and of facts about the database itself."""

from __future__ import annotations

from analytics.store.db import Store


def read_stored_settings(store: Store) -> dict[str, str]:
    """The settings the municipality stored, name → value as text."""
    return {str(name): str(value) for name, value in store.rows("SELECT name, value FROM settings")}


def write_setting(store: Store, name: str, value: str) -> None:
    """Stores one setting's text (replacing what was there)."""
    with store.transaction() as tx:
        tx.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", [name, value])


def is_demo(store: Store) -> bool:
    """True when the database holds the made-up demo municipality."""
    return store.value("SELECT value FROM meta WHERE key = 'demo'") == "true"


def mark_demo(store: Store, demo: bool) -> None:
    """Records whether the database holds demo data."""
    with store.transaction() as tx:
        tx.execute("INSERT OR REPLACE INTO meta VALUES ('demo', ?)", ["true" if demo else "false"])
