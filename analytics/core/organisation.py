"""The organisation tree: kommune → sektor → enhet → ansvar, and the scopes a view can take."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analytics.core.errors import NotFound, UserError
from analytics.core.names import ORGANISATION_LEVELS, OrganisationLevel, level
from analytics.core.texts import t

Level = OrganisationLevel
UNKNOWN_CODE = "UKJENT"  # unit and sector of ansvar codes that the organisation lacks


@dataclass(frozen=True)
class Scope:
    """What a view covers: the whole municipality, a sector, a unit or one ansvar."""

    level: Level
    code: str
    name: str

    @property
    def key(self) -> str:
        """Stable text form for URLs and widget values: `kommune`, `sektor:2`, `enhet:310`."""
        return "kommune" if self.level == "kommune" else f"{self.level}:{self.code}"


def whole_municipality() -> Scope:
    return Scope("kommune", "", t("common.kommune"))


def with_unknown_ansvar(organisation: pd.DataFrame, ansvar_codes: Iterable[str]) -> pd.DataFrame:
    """The organisation plus a row under the "Ukjent" unit for each code it does not know."""
    unknown = sorted(set(ansvar_codes) - set(organisation["ansvar"]))
    if not unknown:
        return organisation
    name = t("common.unknown_unit")
    extra = pd.DataFrame(
        {
            "ansvar": unknown,
            "ansvar_name": unknown,
            "unit_code": UNKNOWN_CODE,
            "unit_name": name,
            "sector_code": UNKNOWN_CODE,
            "sector_name": name,
        }
    )
    return pd.concat([organisation, extra], ignore_index=True)


def scopes(organisation: pd.DataFrame, include_ansvar: bool = False) -> list[Scope]:
    """The tree in display order: the municipality, then each sector with its units below it."""
    result = [whole_municipality()]
    for (sector_code, sector_name), sector in organisation.groupby(
        ["sector_code", "sector_name"], sort=True
    ):
        result.append(Scope("sektor", str(sector_code), str(sector_name)))
        for (unit_code, unit_name), unit in sector.groupby(["unit_code", "unit_name"], sort=True):
            result.append(Scope("enhet", str(unit_code), str(unit_name)))
            if include_ansvar:
                result.extend(
                    Scope("ansvar", str(row.ansvar), str(row.ansvar_name))
                    for row in unit.itertuples()
                )
    return result


def resolve_scope(organisation: pd.DataFrame, code: str) -> Scope:
    """The sector, unit or ansvar with this code; the municipality for '' or `kommune`."""
    if code in ("", "kommune"):
        return whole_municipality()
    if ":" in code:
        level, _, code = code.partition(":")
        matches = [s for s in _candidates(organisation, code) if s.level == level]
    else:
        matches = _candidates(organisation, code)
    if not matches:
        raise NotFound(t("store.unknown_scope", code=code))
    if len(matches) > 1:
        levels = ", ".join(t(f"level.{s.level}") for s in matches)
        raise UserError(t("store.ambiguous_scope", code=code, levels=levels))
    return matches[0]


def _candidates(organisation: pd.DataFrame, code: str) -> list[Scope]:
    found = []
    for candidate in ORGANISATION_LEVELS[1:]:
        rows = organisation[organisation[candidate.code_column] == code]
        if not rows.empty:
            name = str(rows[candidate.name_column].iloc[0])
            found.append(Scope(candidate.key, code, name))  # type: ignore[arg-type]
    return found


def ansvar_in_scope(organisation: pd.DataFrame, scope: Scope) -> list[str]:
    """The ansvar codes that lie in the scope."""
    if scope.level == "kommune":
        return organisation["ansvar"].tolist()
    column = level(scope.level).code_column
    return organisation.loc[organisation[column] == scope.code, "ansvar"].tolist()


def child_level(level: Level) -> Level | None:
    """The level below: kommune → sektor → enhet → ansvar → None."""
    keys = [candidate.key for candidate in ORGANISATION_LEVELS]
    index = keys.index(level)
    return keys[index + 1] if index + 1 < len(keys) else None  # type: ignore[return-value]
