"""Who may see and change what. Every read and write in analytics/ takes an `Access`.

Roles: an administrator and the director see everything; a leader sees the sectors (or units)
named in their units and all below; a budget holder sees and changes their own units; a viewer
sees their own units and changes nothing; a politician sees the whole municipality and changes
nothing (the people's view). Unit codes may name a sector, a unit or an ansvar.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from analytics.core.errors import AccessDenied
from analytics.core.organisation import Scope, ansvar_in_scope, scopes
from analytics.core.texts import t


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    DIRECTOR = "director"
    LEADER = "leader"
    BUDGET_HOLDER = "budget_holder"
    VIEWER = "viewer"
    POLITICIAN = "politician"


@dataclass(frozen=True)
class Access:
    """The signed-in person: name, role and the codes of the units they answer for."""

    user: str
    role: Role
    units: frozenset[str] = frozenset()

    @classmethod
    def system(cls) -> Access:
        """The command line and the demo builder: everything, as the director."""
        return cls("system", Role.DIRECTOR)

    @property
    def sees_everything(self) -> bool:
        """Administrators, the director and politicians (who change nothing) see it all."""
        return self.role in (Role.ADMINISTRATOR, Role.DIRECTOR, Role.POLITICIAN)

    @property
    def may_write(self) -> bool:
        return self.role not in (Role.VIEWER, Role.POLITICIAN)

    @property
    def is_politician(self) -> bool:
        return self.role == Role.POLITICIAN

    @property
    def may_administer(self) -> bool:
        """Users, organisation and settings: administrators, and the command line."""
        return self.role == Role.ADMINISTRATOR or self == Access.system()


def visible_organisation(organisation: pd.DataFrame, access: Access) -> pd.DataFrame:
    """The rows of the organisation this person may see (all of it, or their units and below)."""
    if access.sees_everything:
        return organisation
    codes = list(access.units)
    mask = (
        organisation["sector_code"].isin(codes)
        | organisation["unit_code"].isin(codes)
        | organisation["ansvar"].isin(codes)
    )
    return organisation[mask].reset_index(drop=True)


def selectable_scopes(organisation: pd.DataFrame, visible: pd.DataFrame) -> list[Scope]:
    """The scopes of the visible part that lie wholly inside it, in display order.

    A budget holder's unit is offered, its sector is not: under the sector's name the figures
    would be their unit's alone. The whole municipality only to those who see all of it. Ansvar
    are offered only where the person has some ansvar of a unit but not the whole unit.
    """
    seen = set(visible["ansvar"])
    whole = [
        scope
        for scope in scopes(visible, include_ansvar=True)
        if set(ansvar_in_scope(organisation, scope)) <= seen
    ]
    whole_units = {scope.code for scope in whole if scope.level == "enhet"}
    unit_of = dict(zip(visible["ansvar"], visible["unit_code"], strict=True))
    return [
        scope
        for scope in whole
        if scope.level != "ansvar" or unit_of[scope.code] not in whole_units
    ]


def require_scope(organisation: pd.DataFrame, access: Access, scope: Scope) -> None:
    """Raises AccessDenied unless every ansvar of the scope is visible to this person.

    The message never names the unit, so a refused link tells nothing about it.
    """
    if access.sees_everything:
        return
    if scope.level == "kommune":
        raise AccessDenied(t("access.denied"))
    visible = set(visible_organisation(organisation, access)["ansvar"])
    wanted = set(ansvar_in_scope(organisation, scope))
    if not wanted or not wanted <= visible:
        raise AccessDenied(t("access.denied"))


def require_administrator(access: Access) -> None:
    """Raises AccessDenied unless this person may manage users, organisation and settings."""
    if not access.may_administer:
        raise AccessDenied(t("access.admin_only"))


def require_write(organisation: pd.DataFrame, access: Access, ansvar: set[str]) -> None:
    """Raises AccessDenied unless this person may change data for every one of these ansvar."""
    if not access.may_write:
        raise AccessDenied(t("access.read_only"))
    if access.sees_everything:
        return
    visible = set(visible_organisation(organisation, access)["ansvar"])
    if not ansvar <= visible:
        raise AccessDenied(t("access.write_denied", count=len(ansvar - visible)))


def require_programme_write(access: Access) -> None:
    """The programme's shared registers (Kompass, risks, milestones) are changed by the director,
    leaders and administrators."""
    if access.role not in (Role.ADMINISTRATOR, Role.DIRECTOR, Role.LEADER):
        raise AccessDenied(t("programme.write_denied"))


def may_edit_programme(access: Access) -> bool:
    """True for the people `require_programme_write` lets through."""
    return access.role in (Role.ADMINISTRATOR, Role.DIRECTOR, Role.LEADER)


def may_edit_goals(access: Access) -> bool:
    """The goal tree is the municipality's: administrators and the director change it."""
    return access.role in (Role.ADMINISTRATOR, Role.DIRECTOR)


def require_goal_write(access: Access) -> None:
    """Raises AccessDenied unless this person may change the goal tree."""
    if not may_edit_goals(access):
        raise AccessDenied(t("goals.write_denied"))
