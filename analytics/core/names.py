"""One place names things: the status lights, the levels of the organisation, and the KPIs.

- `Status`: green, yellow, red, or none (no data, or hidden), with its look (colour, icon,
  badge, rank) declared once in `STATUS_LOOK`. A member compares equal to its code
  (`Status.RED == "red"`), so it travels through JSON and frames as text.
- `LEVELS`: kommune → sektor → enhet → ansvar, then art group and art below an ansvar, and the
  investment project across them: the
  level's key (URLs, scopes), the name the command line groups by (`--by sector`), and the
  organisation's code and name columns.
- `KPIS`: the built-in indicators, declared like settings (datasette's
  `Setting(name, default, help)`): unit of measure, direction, the setting that holds the
  target, the band that is still yellow, and help text. Imported indicators are read back from
  the store as the same `Kpi`. `status_with_limits` is the one rule that turns a value and a
  `Target` into a light, and `assess` gives the light with its reason in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from analytics.core.formatting import format_nok, format_pct, format_plain
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


Direction = Literal["lower", "higher", "none"]  # none: no better way (a KOSTRA figure as such)
MeasureUnit = Literal["%", "points", "days", "kr", "count"]
MEASURE_UNITS: tuple[MeasureUnit, ...] = ("%", "points", "days", "kr", "count")
DIRECTIONS: tuple[Direction, ...] = ("higher", "lower", "none")
# The text-key form of each unit of measure (`indicator.unit.pct`).
UNIT_SLUGS: dict[str, str] = {"%": "pct", "points": "points", "days": "days", "kr": "kr",
                              "count": "count"}  # fmt: skip
BUILTIN = "builtin"


@dataclass(frozen=True)
class Kpi:
    """An indicator: what it is, its unit of measure, which way is better, its limits.

    A built-in row (declared in `KPIS`) takes its target from a setting (`target_setting`) and
    may name the setting of its red limit (`red_setting`); `yellow_band` is how far on the wrong
    side of the target is still yellow (same unit). An imported indicator is read back from the
    store as the same type, with its own `name`, `source`, `form` (the layout it came in:
    long, employee_survey, user_survey, case_time, kostra) and `description`.
    """

    key: str
    unit: MeasureUnit
    direction: Direction
    target_setting: str = ""
    yellow_band: float = 0.0
    red_setting: str = ""
    name: str = ""
    source: str = ""
    form: str = BUILTIN
    description: str = ""

    @property
    def builtin(self) -> bool:
        return self.form == BUILTIN

    @property
    def title(self) -> str:
        return self.name or t(f"kpi.{self.key}.title")

    @property
    def help(self) -> str:
        if self.description or not self.builtin:
            return self.description
        return t(f"kpi.{self.key}.help")


KPIS: tuple[Kpi, ...] = (
    # The forecast overspend as a share of the gross budget; green up to status_green_max_pct,
    # red over status_red_min_pct (the limits of `economy.gaps.status_from`).
    Kpi("economy", "%", "lower", "status_green_max_pct", 0.0, red_setting="status_red_min_pct"),
    Kpi("sick_leave", "%", "lower", "sick_leave_target_pct", 1.0),
    # The Kommunekompasset total against the target in force: red below a target whose year
    # has come, yellow below one still ahead (see `goals.builtin.kompass_target`).
    Kpi("kompass", "points", "higher", "kompass_targets", 0.0),
    # The council's financial rules (handlingsregler), each in % of operating income.
    Kpi("net_operating_result", "%", "higher", "finance_net_result_min_pct", 0.5),
    Kpi("disposition_fund", "%", "higher", "finance_fund_min_pct", 1.0),
    Kpi("net_debt", "%", "lower", "finance_net_debt_max_pct", 5.0),
)


def kpi(key: str) -> Kpi:
    """The built-in KPI with this key; KeyError otherwise."""
    found = next((item for item in KPIS if item.key == key), None)
    if found is None:
        raise KeyError(key)
    return found


@dataclass(frozen=True)
class Target:
    """A target for one year and unit, with optional limits (same unit of measure).

    A value worse than `yellow_limit` (default: the target itself) is yellow, worse than
    `red_limit` (default: the target moved by the indicator's yellow band) red.
    """

    value: float
    yellow_limit: float | None = None
    red_limit: float | None = None

    def limits(self, direction: Direction, band: float) -> tuple[float, float]:
        """(yellow from, red from): where yellow and red begin, for this direction."""
        yellow = self.value if self.yellow_limit is None else self.yellow_limit
        if self.red_limit is not None:
            return yellow, self.red_limit
        return yellow, round(self.value + band if direction == "lower" else self.value - band, 9)


@dataclass(frozen=True)
class Assessment:
    """An indicator's light for one value, and the reason in words («7,1 % er 1,1
    prosentpoeng over målet 6,0 %»)."""

    status: Status
    reason: str


def status_with_limits(value: float, target: Target, direction: Direction, band: float) -> Status:
    """The one rule for a light: green on the right side of the yellow limit (or on it), yellow
    up to the red limit (on it included), red beyond; none without a direction."""
    if direction == "none":
        return Status.NONE
    yellow, red = target.limits(direction, band)

    def worse(limit: float) -> bool:
        return value > limit if direction == "lower" else value < limit

    if not worse(yellow):
        return Status.GREEN
    return Status.YELLOW if not worse(red) else Status.RED


def status_against_target(value: float, target: float, direction: Direction, band: float) -> Status:
    """Green on the right side of the target (or on it), yellow within `band` on the wrong
    side, red beyond: `status_with_limits` with the default limits."""
    return status_with_limits(value, Target(target), direction, band)


def assess(indicator: Kpi, value: float | None, target: Target | None) -> Assessment:
    """The light of a value against its target, and why, in the current language."""
    if value is None:
        return Assessment(Status.NONE, t("indicator.reason.no_value"))
    shown = format_measure(value, indicator.unit)
    if target is None:
        return Assessment(Status.NONE, t("indicator.reason.no_target", value=shown))
    status = status_with_limits(value, target, indicator.direction, indicator.yellow_band)
    return Assessment(status, _reason(indicator, value, target, status))


def _reason(indicator: Kpi, value: float, target: Target, status: Status) -> str:
    unit = indicator.unit
    shown, goal = format_measure(value, unit), format_measure(target.value, unit)
    difference = round(value - target.value, _DECIMALS[unit])
    if difference == 0:
        reason = t("indicator.reason.on_target", value=shown, target=goal)
    else:
        key = "indicator.reason.over" if difference > 0 else "indicator.reason.under"
        gap = format_difference(abs(difference), unit)
        reason = t(key, value=shown, difference=gap, target=goal)
    if status is Status.RED and indicator.direction != "none":
        _, red = target.limits(indicator.direction, indicator.yellow_band)
        reason = t("indicator.reason.red", reason=reason, limit=format_measure(red, unit))
    return reason


_DECIMALS: dict[str, int] = {"%": 1, "points": 2, "days": 1, "kr": 0, "count": 2}


def format_measure(value: float, unit: str) -> str:
    """A value in its unit of measure: `7,1 %`, `4,25 poeng`, `45 dager`, `1 234 kr`, `12`."""
    if unit == "kr":
        return format_nok(value)
    if unit == "%":
        return format_pct(value)
    number = format_plain(round(value, _DECIMALS[unit]))
    return t(f"indicator.unit.{UNIT_SLUGS[unit]}", value=number)


def format_difference(value: float, unit: str) -> str:
    """A difference in its unit: `1,1 prosentpoeng`, `0,2 poeng`, `5 dager`, `1 234 kr`."""
    if unit == "kr":
        return format_nok(value)
    number = format_plain(round(value, _DECIMALS[unit]))
    return t(f"indicator.difference.{UNIT_SLUGS[unit]}", value=number)


@dataclass(frozen=True)
class SurveyFactor:
    """One of the ten factors of KS's employee survey 10-FAKTOR (scores 1–5), with the names
    reports and exports write it by (bokmål and nynorsk)."""

    number: int
    key: str
    words: tuple[str, ...]

    @property
    def name(self) -> str:
        return t(f"ks10.factor.{self.key}")

    @property
    def indicator_key(self) -> str:
        return f"{KS10_PREFIX}{self.key}"


KS10_PREFIX = "ks10."
KS_FACTORS: tuple[SurveyFactor, ...] = (
    SurveyFactor(1, "indre_motivasjon", ("indre motivasjon",)),
    SurveyFactor(2, "mestringstro", ("mestringstro", "meistringstru")),
    SurveyFactor(3, "autonomi", ("autonomi",)),
    SurveyFactor(4, "bruk_av_kompetanse", ("bruk av kompetanse",)),
    SurveyFactor(5, "mestringsorientert_ledelse", ("mestringsorientert ledelse",
                                                   "meistringsorientert leiing")),
    SurveyFactor(6, "rolleklarhet", ("rolleklarhet", "rolleklarheit")),
    SurveyFactor(7, "relevant_kompetanseutvikling", ("relevant kompetanseutvikling",)),
    SurveyFactor(8, "fleksibilitetsvilje", ("fleksibilitetsvilje",)),
    SurveyFactor(9, "mestringsklima", ("mestringsklima", "meistringsklima")),
    SurveyFactor(10, "prosessorientert_ledelse", ("prosessorientert ledelse",
                                                  "prosessorientert leiing")),
)  # fmt: skip
