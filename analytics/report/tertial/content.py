"""What the tertial report holds: read with the person's access, as of the tertial's last day.

A tertial is January–April (1) or January–August (2). For the scope (the municipality or a
sector) the report reads the operating ledger at the tertial's last month, the gap tables by
sector, unit and art group, the budget holders' own explanations from the workshop months of
the tertial (the latest comment per unit, with its month), the measures as they stood at its
end, sick leave, the risk register, the director's own text per section, the proposed budget
changes, and the uploads the figures came from. Everything is as of the tertial's last day, so
the same data give the same report whenever it is made.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access
from analytics.core.organisation import Scope
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.economy.gaps import GapTable, gaps_from_ledger
from analytics.economy.ledger import Ledger, load_ledger
from analytics.goals.data import IndicatorData
from analytics.goals.view import GoalView
from analytics.investments.figures import ProjectStatus
from analytics.investments.records import load_portfolio
from analytics.investments.tables import in_scope
from analytics.programme.risks import load_risks
from analytics.report.content import first_data_year, period_end
from analytics.report.sections.economy import EconomyFigures, compute_economy
from analytics.report.sections.goals import read_goal_rows
from analytics.report.sections.programme import SickLeaveFacts, compute_sick_leave
from analytics.sickleave.figures import read_located_sick_leave
from analytics.store import Store
from analytics.store.reports import read_report_sources
from analytics.store.settings import is_demo
from analytics.store.tertial import ProposalRow, read_proposals, read_texts
from analytics.workshop.measures import Measure, code_names, codes_of_units, measures_as_of
from analytics.workshop.records import own_forecasts, read_history, read_measures

TERTIAL_END = {1: 4, 2: 8}  # the last month of each tertial
Progress = Callable[[float, str], object]


@dataclass(frozen=True)
class TertialRequest:
    """What to report on: the scope, the tertial, and the fingerprint already taken of it."""

    scope: Scope
    organisation: pd.DataFrame  # the part of the organisation in the scope, visible to the person
    year: int
    tertial: int
    made_by: str
    made_at: dt.datetime
    fingerprint: str
    digests: str
    codes: list[str] | None

    @property
    def month(self) -> int:
        """The tertial's last month: 4 or 8."""
        return TERTIAL_END[self.tertial]

    @property
    def key(self) -> tuple[int, int, str]:
        """(year, tertial, scope code): what texts, proposals and versions are kept under."""
        return self.year, self.tertial, scope_code_of(self.scope)

    @property
    def as_of(self) -> dt.date:
        return period_end(self.year, self.month)


def scope_code_of(scope: Scope) -> str:
    """'' for the whole municipality, else the scope's key (`sektor:3`)."""
    return "" if scope.level == "kommune" else scope.key


@dataclass(frozen=True)
class Explanation:
    """A budget holder's latest explanation of the tertial for one unit, with its month."""

    unit_code: str
    month: int
    text: str
    written_by: str
    forecast: float | None  # their own year-end forecast that month (NOK), if given


@dataclass(frozen=True, eq=False)
class TertialFacts:
    """Everything the report shows (see the module docstring)."""

    settings: Settings
    ledger: Ledger
    economy: EconomyFigures
    by_art_group: Mapping[str, GapTable]  # the total ("kommune" or the scope's code) and sectors
    units: GapTable
    explanations: tuple[Explanation, ...]
    measures: tuple[Measure, ...]
    names: Mapping[str, str]
    sick: SickLeaveFacts
    risks: pd.DataFrame
    texts: Mapping[str, str]
    proposals: tuple[ProposalRow, ...]
    projects: tuple[ProjectStatus, ...]  # the investment projects in the scope
    uploads: pd.DataFrame
    demo: bool
    goals: tuple[GoalView, ...]  # the scope's goals with their lights
    indicators: IndicatorData


def read_tertial_facts(
    store: Store, access: Access, request: TertialRequest, progress: Progress
) -> TertialFacts:
    """Reads and computes the report's facts with the person's access."""
    settings = load_settings(store)
    progress(0.15, t("report.progress_economy"))
    ledger = load_ledger(store, access, request.year)
    economy = compute_economy(ledger, request.month, request.scope)
    progress(0.35, t("report.progress_workshop"))
    measures = _measures(store, access, request)
    located = read_located_sick_leave(store, access)
    period = (request.year, request.month)
    goals, indicators = read_goal_rows(store, access, period, request.codes)
    return TertialFacts(
        settings=settings,
        ledger=ledger,
        economy=economy,
        by_art_group=_by_art_group(ledger, request, economy),
        units=gaps_from_ledger(ledger, request.month, "unit", request.scope),
        explanations=_explanations(store, access, request),
        measures=measures,
        names=code_names(request.organisation),
        sick=compute_sick_leave(located, request.scope, period, settings),
        risks=load_risks(store),
        texts=read_texts(store, request.key),
        proposals=tuple(read_proposals(store, request.year, request.tertial)),
        uploads=read_report_sources(store, period, first_data_year(request.year), request.codes),
        demo=is_demo(store),
        projects=tuple(
            in_scope(
                load_portfolio(store, access).statuses(*period),
                request.organisation,
                request.scope,
            )
        ),
        goals=goals,
        indicators=indicators,
    )


def _by_art_group(
    ledger: Ledger, request: TertialRequest, economy: EconomyFigures
) -> dict[str, GapTable]:
    """The gap table by art group of the scope's total and of each sector in it."""
    tables = {economy.total.key: gaps_from_ledger(ledger, request.month, "artgroup", request.scope)}
    if request.scope.level == "kommune":
        for sector in economy.sectors:
            tables[sector.key] = gaps_from_ledger(
                ledger, request.month, "artgroup", f"sektor:{sector.key}"
            )
    return tables


def _explanations(store: Store, access: Access, request: TertialRequest) -> tuple[Explanation, ...]:
    """The latest explanation per unit among the months of the tertial (1 … its last month)."""
    codes = set(codes_of_units(request.organisation, request.organisation["unit_code"].unique()))
    forecasts = own_forecasts(store, access, request.year)
    rows = forecasts[
        forecasts["unit_code"].isin(codes)
        & (forecasts["month"] <= request.month)
        & (forecasts["comment"].str.strip() != "")
    ].sort_values(["unit_code", "month", "entered_at"])
    latest = rows.groupby("unit_code").tail(1)
    return tuple(
        Explanation(
            str(row["unit_code"]),
            int(row["month"]),
            str(row["comment"]),
            str(row["entered_by"]),
            None if math.isnan(float(row["forecast"])) else float(row["forecast"]),
        )
        for row in latest.to_dict("records")
    )


def _measures(store: Store, access: Access, request: TertialRequest) -> tuple[Measure, ...]:
    codes = codes_of_units(request.organisation, request.organisation["unit_code"].unique())
    measures = read_measures(store, access, codes)
    history = read_history(store, access, [measure.id for measure in measures])
    return tuple(measures_as_of(measures, history, request.year, request.month))
