"""Sign-in for the app. Until accounts exist this grants the system access (everything)."""

from __future__ import annotations

from analytics.access import Access
from analytics.store import Store

SESSION_KEY = "signed_in_user"


def current_access(store: Store) -> Access | None:
    """The signed-in person's access, or None when nobody is signed in."""
    return Access.system()
