"""One place names things: the status lights, the levels of the organisation, and the KPIs.

- `Status`: green, yellow, red, or none (no data, or hidden), with its look (colour, icon,
  badge, rank) declared once in `STATUS_LOOK`. A member compares equal to its code
  (`Status.RED == "red"`), so it travels through JSON and frames as text.
- `LEVELS`: kommune → sektor → enhet → ansvar, then art group and art below an ansvar, and the
  investment project across them: the
  level's key (URLs, scopes), the name the command line groups by (`--by sector`), and the
  organisation's code and name columns.
- `KPIS`: the programme's measured goals, declared like settings (datasette's
  `Setting(name, default, help)`): name, unit of measure, direction, the setting that holds
  the target, the band that is still yellow, and help text. `status_against_target` is the
  one rule that turns a value and a target into a light.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from analytics.core.texts import t


class Status(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NONE = "none"

    @property
    def label(self) -> str:
        """«Grønn», «Gul», «Rød», «Ingen data»."""
        return t(f"status.{self.value}")

    @property
    def colour(self) -> str:
        return STATUS_LOOK[self].colour

    @property
    def icon(self) -> str:
        return STATUS_LOOK[self].icon

    @property
    def badge(self) -> str:
        """The colour name of a Streamlit badge."""
        return STATUS_LOOK[self].badge

    @property
    def rank(self) -> int:
        """Most urgent first: red 0, yellow 1, green 2, none 3."""
        return STATUS_LOOK[self].rank


@dataclass(frozen=True)
class StatusLook:
    colour: str
    icon: str
    badge: str
    rank: int


STATUS_LOOK: dict[Status, StatusLook] = {
    Status.RED: StatusLook("#c62828", "🔴", "red", 0),
    Status.YELLOW: StatusLook("#f9a825", "🟡", "orange", 1),
    Status.GREEN: StatusLook("#2e7d32", "🟢", "green", 2),
    Status.NONE: StatusLook("#9e9e9e", "⚪", "gray", 3),
}
LIGHTS: tuple[Status, ...] = (Status.GREEN, Status.YELLOW, Status.RED)


OrganisationLevel = Literal["kommune", "sektor", "enhet", "ansvar"]
LevelKey = OrganisationLevel | Literal["artgroup", "art", "project"]
GroupBy = Literal["sector", "unit", "ansvar", "artgroup", "art", "project"]


@dataclass(frozen=True)
class Level:
    """One level: its key, what `--by` calls it, and its code and name columns."""

    key: LevelKey
    group_by: GroupBy | None
    code_column: str
    name_column: str

    @property
    def label(self) -> str:
        return t(f"level.{self.key}")


LEVELS: tuple[Level, ...] = (
    Level("kommune", None, "", ""),
    Level("sektor", "sector", "sector_code", "sector_name"),
    Level("enhet", "unit", "unit_code", "unit_name"),
    Level("ansvar", "ansvar", "ansvar", "ansvar_name"),
    Level("artgroup", "artgroup", "art_group", "art_group_name"),
    Level("art", "art", "art", "art_name"),
    Level("project", "project", "prosjekt", "project_name"),
)
ORGANISATION_LEVELS: tuple[Level, ...] = LEVELS[:4]  # a Scope's levels, top down
GROUP_BY: tuple[GroupBy, ...] = tuple(level.group_by for level in LEVELS if level.group_by)


def level(key: str) -> Level:
    """The level with this key (`sektor`) or `--by` name (`sector`); KeyError otherwise."""
    for candidate in LEVELS:
        if key in (candidate.key, candidate.group_by):
            return candidate
    raise KeyError(key)


Direction = Literal["lower", "higher"]


@dataclass(frozen=True)
class Kpi:
    """A measured goal: what it is, its unit, which way is better, where its target lives."""

    key: str
    unit: Literal["%", "kr", "points"]
    direction: Direction
    target_setting: str
    yellow_band: float  # how far on the wrong side of the target is still yellow (same unit)

    @property
    def title(self) -> str:
        return t(f"kpi.{self.key}.title")

    @property
    def help(self) -> str:
        return t(f"kpi.{self.key}.help")


KPIS: tuple[Kpi, ...] = (
    # The forecast overspend as a share of the gross budget; green under status_green_max_pct,
    # red over status_red_min_pct (the economy's own rule, `economy.gaps.status_from`).
    Kpi("economy", "%", "lower", "status_green_max_pct", 0.0),
    Kpi("sick_leave", "%", "lower", "sick_leave_target_pct", 1.0),
    Kpi("kompass", "points", "higher", "kompass_targets", 0.0),
    # The council's financial rules (handlingsregler), each in % of operating income.
    Kpi("net_operating_result", "%", "higher", "finance_net_result_min_pct", 0.5),
    Kpi("disposition_fund", "%", "higher", "finance_fund_min_pct", 1.0),
    Kpi("net_debt", "%", "lower", "finance_net_debt_max_pct", 5.0),
)


def kpi(key: str) -> Kpi:
    """The KPI with this key; KeyError otherwise."""
    return next(item for item in KPIS if item.key == key)


def status_against_target(value: float, target: float, direction: Direction, band: float) -> Status:
    """Green on the right side of the target (or on it), yellow within `band` on the wrong
    side, red beyond."""
    shortfall = value - target if direction == "lower" else target - value
    if shortfall <= 0:
        return Status.GREEN
    return Status.YELLOW if shortfall <= band else Status.RED
