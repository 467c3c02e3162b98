"""The audit log (analytics/audit.py)."""

from __future__ import annotations

import pytest

from analytics.core.access import Access, Role
from analytics.core.audit import action_label, read_audit_log, read_audit_log_for, record
from analytics.core.errors import AccessDenied
from analytics.store import Store


def test_record_and_read_newest_first(store: Store) -> None:
    record(store, "kari", "upload", "budsjett.xlsx, 12 linjer")
    record(store, "Máret Čáhppes", "export", "Økonomi.xlsx")
    log = read_audit_log(store)
    assert log[["actor", "action", "detail"]].values.tolist() == [
        ["Máret Čáhppes", "export", "Økonomi.xlsx"],
        ["kari", "upload", "budsjett.xlsx, 12 linjer"],
    ]
    assert read_audit_log(store, limit=1)["actor"].tolist() == ["Máret Čáhppes"]


@pytest.mark.parametrize(
    "access",
    [
        Access("direktor", Role.DIRECTOR),
        Access("leder", Role.LEADER, frozenset({"3"})),
        Access("kari", Role.BUDGET_HOLDER, frozenset({"310"})),
        Access("leser", Role.VIEWER, frozenset({"210"})),
    ],
)
def test_only_administrators_read_the_log(store: Store, access: Access) -> None:
    record(store, "kari", "sign_in")
    with pytest.raises(AccessDenied):
        read_audit_log_for(store, access)
    assert len(read_audit_log_for(store, Access("admin", Role.ADMINISTRATOR))) == 1


@pytest.mark.parametrize(
    ("action", "label"),
    [
        ("sign_in", "Innlogging"),
        ("sign_in_failed", "Mislykket innlogging"),
        ("noe_nytt", "noe_nytt"),
    ],
)
def test_action_label(action: str, label: str) -> None:
    assert action_label(action) == label
