"""Demo data for this area (filled in by its issue)."""

from __future__ import annotations

from analytics.store import Store


def add_demo(store: Store) -> str:
    """Adds this area's demo data and returns a one-line summary."""
    return ""
