"""Settings changed by administrators (analytics/administration.py)."""

from __future__ import annotations

import pytest

from analytics.accounts.administration import assignable_units, change_settings
from analytics.core.access import Access, Role
from analytics.core.audit import read_audit_log
from analytics.core.errors import AccessDenied, UserError
from analytics.core.settings import load_settings
from analytics.store import Store
from tests.helpers import organisation as organisation_of

ADMIN = Access("admin", Role.ADMINISTRATOR)


def test_change_settings_stores_typed_values_and_audits_changes(store: Store) -> None:
    settings = change_settings(
        store,
        ADMIN,
        {
            "session_timeout_hours": "2,5",
            "lockout_attempts": "3",
            "municipality_name": "Kárášjoga gielda",
            "lockout_minutes": "15",
        },
    )
    assert (settings.session_timeout_hours, settings.lockout_attempts) == (2.5, 3)
    assert load_settings(store).municipality_name == "Kárášjoga gielda"
    details = sorted(read_audit_log(store)["detail"])
    assert details == [
        "lockout_attempts: 5 → 3",
        "municipality_name: Čáhppesvuotna kommune → Kárášjoga gielda",
        "session_timeout_hours: 8.0 → 2.5",
    ]  # lockout_minutes did not change


def test_a_bad_value_changes_nothing(store: Store) -> None:
    with pytest.raises(UserError, match="lockout_minutes må være et tall, ikke «et kvarter»"):
        change_settings(store, ADMIN, {"lockout_attempts": "3", "lockout_minutes": "et kvarter"})
    assert load_settings(store).lockout_attempts == 5
    assert read_audit_log(store).empty


def test_only_administrators_change_settings(store: Store) -> None:
    with pytest.raises(AccessDenied):
        change_settings(store, Access("direktor", Role.DIRECTOR), {"lockout_attempts": "1"})


def test_assignable_units_lists_sectors_and_units_in_tree_order() -> None:
    organisation = organisation_of(
        ("3100", "a", "310", "Sykehjem", "3", "Helse"),
        ("2100", "b", "210", "Skuvla", "2", "Oppvekst"),
        ("3101", "c", "310", "Sykehjem", "3", "Helse"),
    )
    assert assignable_units(organisation) == {
        "2": "2 Oppvekst (Sektor)",
        "210": "210 Skuvla",
        "3": "3 Helse (Sektor)",
        "310": "310 Sykehjem",
    }
