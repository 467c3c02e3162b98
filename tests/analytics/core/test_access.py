"""Who sees and changes what (analytics/access.py), on a small inline organisation."""

from __future__ import annotations

import pytest

from analytics.core.access import (
    Access,
    Role,
    require_administrator,
    require_scope,
    require_write,
    selectable_scopes,
    visible_organisation,
)
from analytics.core.errors import AccessDenied
from analytics.core.organisation import Scope
from tests.helpers import organisation

ORGANISATION = organisation(
    ("2100", "Skuvla A", "210", "Skuvla A", "2", "Oppvekst"),
    ("2200", "Skuvla B", "220", "Skuvla B", "2", "Oppvekst"),
    ("3100", "Sykehjem drift", "310", "Sykehjem", "3", "Helse"),
    ("3101", "Sykehjem kjøkken", "310", "Sykehjem", "3", "Helse"),
    ("3200", "Hjemmetjeneste", "320", "Hjemmetjeneste", "3", "Helse"),
)
ADMIN = Access("admin", Role.ADMINISTRATOR)
DIRECTOR = Access("direktor", Role.DIRECTOR)
LEADER = Access("leder", Role.LEADER, frozenset({"3"}))
HOLDER = Access("kari", Role.BUDGET_HOLDER, frozenset({"310"}))
ANSVAR_HOLDER = Access("ola", Role.BUDGET_HOLDER, frozenset({"3101"}))
VIEWER = Access("leser", Role.VIEWER, frozenset({"210"}))


@pytest.mark.parametrize(
    ("access", "ansvar"),
    [
        (ADMIN, ["2100", "2200", "3100", "3101", "3200"]),
        (DIRECTOR, ["2100", "2200", "3100", "3101", "3200"]),
        (LEADER, ["3100", "3101", "3200"]),
        (HOLDER, ["3100", "3101"]),
        (ANSVAR_HOLDER, ["3101"]),
        (VIEWER, ["2100"]),
        (Access("ingen", Role.VIEWER), []),
    ],
)
def test_visible_organisation(access: Access, ansvar: list[str]) -> None:
    assert visible_organisation(ORGANISATION, access)["ansvar"].tolist() == ansvar


@pytest.mark.parametrize(
    ("access", "keys"),
    [
        (
            DIRECTOR,
            ["kommune", "sektor:2", "enhet:210", "enhet:220", "sektor:3", "enhet:310", "enhet:320"],
        ),
        (LEADER, ["sektor:3", "enhet:310", "enhet:320"]),
        (HOLDER, ["enhet:310"]),
        (ANSVAR_HOLDER, ["ansvar:3101"]),  # one ansvar of a unit: only that ansvar is whole
        (Access("to", Role.VIEWER, frozenset({"3101", "320"})), ["ansvar:3101", "enhet:320"]),
        (VIEWER, ["enhet:210"]),
    ],
)
def test_selectable_scopes_are_only_wholly_visible_ones(access: Access, keys: list[str]) -> None:
    visible = visible_organisation(ORGANISATION, access)
    assert [scope.key for scope in selectable_scopes(ORGANISATION, visible)] == keys


@pytest.mark.parametrize(
    ("access", "scope", "allowed"),
    [
        (DIRECTOR, Scope("kommune", "", "Hele kommunen"), True),
        (LEADER, Scope("kommune", "", "Hele kommunen"), False),
        (LEADER, Scope("sektor", "3", "Helse"), True),
        (LEADER, Scope("sektor", "2", "Oppvekst"), False),
        (HOLDER, Scope("enhet", "310", "Sykehjem"), True),
        (HOLDER, Scope("ansvar", "3101", "Sykehjem kjøkken"), True),
        (HOLDER, Scope("sektor", "3", "Helse"), False),
        (HOLDER, Scope("enhet", "320", "Hjemmetjeneste"), False),
        (VIEWER, Scope("enhet", "310", "Sykehjem"), False),
        (VIEWER, Scope("enhet", "999", "Finnes ikke"), False),
    ],
)
def test_require_scope(access: Access, scope: Scope, allowed: bool) -> None:
    if allowed:
        require_scope(ORGANISATION, access, scope)
    else:
        with pytest.raises(AccessDenied) as refused:
            require_scope(ORGANISATION, access, scope)
        assert scope.name not in str(refused.value)  # a refusal tells nothing about the unit


@pytest.mark.parametrize(
    ("access", "ansvar", "message"),
    [
        (DIRECTOR, {"2100", "3100"}, None),
        (LEADER, {"3100", "3200"}, None),
        (LEADER, {"3100", "2100"}, "1 av ansvarene"),
        (HOLDER, {"3100", "3101"}, None),
        (HOLDER, {"3100", "3200", "2100"}, "2 av ansvarene"),
        (VIEWER, {"2100"}, "bare lesetilgang"),
    ],
)
def test_require_write(access: Access, ansvar: set[str], message: str | None) -> None:
    if message is None:
        require_write(ORGANISATION, access, ansvar)
    else:
        with pytest.raises(AccessDenied, match=message):
            require_write(ORGANISATION, access, ansvar)


@pytest.mark.parametrize(
    ("access", "allowed"),
    [
        (ADMIN, True),
        (Access.system(), True),
        (DIRECTOR, False),
        (Access("system", Role.LEADER, frozenset({"3"})), False),
        (HOLDER, False),
        (VIEWER, False),
    ],
)
def test_require_administrator(access: Access, allowed: bool) -> None:
    assert access.may_administer is allowed
    if not allowed:
        with pytest.raises(AccessDenied, match="Bare administratorer"):
            require_administrator(access)
