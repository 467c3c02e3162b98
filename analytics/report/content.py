"""Gathers a report's content: reads what the person may see of the scope and builds the
sections (summary, economy, workshop, sick leave, Kommunekompasset, sources).

Everything is as of the last day of the report's month, never today, so the same data give
the same report whenever it is made.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access
from analytics.core.formatting import period_label
from analytics.core.organisation import Scope, ansvar_in_scope
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.economy.charts import cumulative_chart, gap_bar_chart
from analytics.economy.forecast import HISTORY_YEARS
from analytics.economy.ledger import Ledger, load_ledger, monthly_series
from analytics.finance.books import FinanceRoom, compute_room, may_see_room, read_books
from analytics.finance.kostra import read_kostra
from analytics.finance.scenarios import Scenario, scenario_from_json
from analytics.goals.data import IndicatorData
from analytics.goals.view import GoalView
from analytics.investments.charts import frame_chart
from analytics.investments.figures import ProjectStatus
from analytics.investments.records import load_portfolio
from analytics.investments.tables import in_scope
from analytics.kompass.charts import kompass_total_figure
from analytics.kompass.evaluations import Evaluation, read_evaluations
from analytics.report.figures import printable_chart
from analytics.report.model import Chart, Report, Section
from analytics.report.sections.economy import (
    EconomyFigures,
    compute_economy,
    economy_section,
    projects_section,
    rows_below,
)
from analytics.report.sections.finance import finance_section
from analytics.report.sections.goals import goals_section, read_goal_rows
from analytics.report.sections.programme import (
    SickLeaveFacts,
    compute_sick_leave,
    kompass_section,
    sick_leave_section,
)
from analytics.report.sections.sources import sources_section
from analytics.report.sections.summary import month_at_a_glance, summary_section
from analytics.report.sections.workshop import WorkshopFacts, read_workshop, workshop_section
from analytics.sickleave.charts import sick_leave_trend_figure
from analytics.sickleave.figures import read_located_sick_leave
from analytics.store import Store
from analytics.store.finance import read_scenarios
from analytics.store.organisation import read_organisation
from analytics.store.reports import read_report_sources
from analytics.store.settings import is_demo

Progress = Callable[[float, str], object]  # share done (0–1) and a Norwegian step name


@dataclass(frozen=True)
class ReportRequest:
    """What to report on, for whom, and the data fingerprint already taken of it."""

    scope: Scope
    organisation: pd.DataFrame  # the part of the organisation in the scope, visible to the person
    year: int
    month: int
    made_by: str
    made_at: dt.datetime
    fingerprint: str
    digests: str
    codes: list[str] | None  # the scope's ansvar, unit and sector codes; None: everything


def period_end(year: int, month: int) -> dt.date:
    """The last day of the month: the date a report for that month is made as of."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def first_data_year(year: int) -> int:
    """The first year of accounts a report for `year` reads: the seasonal forecast looks back
    `HISTORY_YEARS` years."""
    return year - HISTORY_YEARS


def scope_codes(organisation: pd.DataFrame, scope: Scope) -> list[str] | None:
    """The ansvar, unit and sector codes of the scope (data is keyed by any of them); None for
    the whole municipality, which also takes rows whose codes the organisation lacks."""
    if scope.level == "kommune":
        return None
    ansvar = ansvar_in_scope(organisation, scope)
    rows = organisation[organisation["ansvar"].isin(ansvar)]
    codes = set(ansvar) | set(rows["unit_code"]) | {scope.code}
    if scope.level == "sektor":
        codes |= set(rows["sector_code"])
    return sorted(codes)


@dataclass(frozen=True, eq=False)
class ReportFacts:
    """Everything a report shows, read with the person's access and computed for the month."""

    settings: Settings
    ledger: Ledger
    economy: EconomyFigures
    workshop: WorkshopFacts
    sick: SickLeaveFacts
    evaluations: list[Evaluation]
    uploads: pd.DataFrame
    demo: bool
    projects: list[ProjectStatus]
    finance: FinanceRoom | None  # None: the person may not see the whole municipality
    scenarios: tuple[Scenario, ...]
    goals: tuple[GoalView, ...] = ()
    indicators: IndicatorData | None = None
    kostra: pd.DataFrame | None = None  # the stored KOSTRA figures, for those who see finance


def build_report(
    store: Store, access: Access, request: ReportRequest, progress: Progress
) -> Report:
    """The report's content, read with the person's access (see `ReportRequest`)."""
    facts = read_facts(store, access, request, progress)
    return Report(
        municipality=facts.settings.municipality_name,
        title=t("report.title"),
        scope_name=request.scope.name,
        period=period_label(request.year, request.month),
        made_at=request.made_at,
        made_by=request.made_by,
        demo=facts.demo,
        data_fingerprint=request.fingerprint,
        sections=build_sections(facts, request),
    )


def read_facts(
    store: Store, access: Access, request: ReportRequest, progress: Progress
) -> ReportFacts:
    """Reads and computes the economy, workshop, sick leave, Kommunekompasset and sources."""
    period = (request.year, request.month)
    settings = load_settings(store)
    progress(0.2, t("report.progress_economy"))
    ledger = load_ledger(store, access, request.year)
    economy = compute_economy(ledger, request.month, request.scope)
    progress(0.35, t("report.progress_workshop"))
    workshop = read_workshop(store, access, request.organisation, period)
    progress(0.45, t("report.progress_programme"))
    located = read_located_sick_leave(store, access)
    goals, indicators = read_goal_rows(store, access, period, request.codes)
    finance = _finance_room(store, access, period_end(*period), settings)
    return ReportFacts(
        settings=settings,
        ledger=ledger,
        economy=economy,
        workshop=workshop,
        sick=compute_sick_leave(located, request.scope, period, settings),
        evaluations=read_evaluations(store),
        uploads=read_report_sources(store, period, first_data_year(request.year), request.codes),
        demo=is_demo(store),
        projects=in_scope(
            load_portfolio(store, access).statuses(*period), request.organisation, request.scope
        ),
        finance=finance,
        scenarios=tuple(scenario_from_json(spec) for spec in read_scenarios(store).values()),
        goals=goals,
        indicators=indicators,
        kostra=read_kostra(store) if finance is not None else None,
    )


def _finance_room(
    store: Store, access: Access, as_of: dt.date, settings: Settings
) -> FinanceRoom | None:
    """The financial room as of the report's date, for those who may see it."""
    if not may_see_room(access, read_organisation(store)):
        return None
    return compute_room(read_books(store, as_of), settings)


def build_sections(facts: ReportFacts, request: ReportRequest) -> tuple[Section, ...]:
    """Summary, economy, investments, the financial room, workshop, sick leave,
    Kommunekompasset and sources, in that order."""
    period = (request.year, request.month)
    as_of = period_end(*period)
    economy, settings = facts.economy, facts.settings
    glance = month_at_a_glance(
        rows_below(economy), facts.workshop.measures, len(economy.warnings), as_of
    )
    shown_evaluations = [e for e in facts.evaluations if e.evaluated_on <= as_of]
    charts = economy_charts(facts.ledger, economy, request.scope, period, facts.demo)
    return (
        summary_section(
            economy.total, facts.sick.rolling, facts.evaluations, settings, as_of, glance
        ),
        economy_section(economy, facts.ledger, request.scope, period, charts),
        projects_section(
            facts.projects, period, projects_chart(facts.projects, period, facts.demo)
        ),
        finance_section(facts.finance, settings, facts.scenarios, facts.demo, as_of, facts.kostra),
        workshop_section(facts.workshop, period, as_of),
        sick_leave_section(facts.sick, period, settings, sick_leave_chart(facts.sick, settings)),
        kompass_section(
            facts.evaluations, settings, as_of, _kompass_chart(shown_evaluations, settings)
        ),
        *_goals(facts, request.year),
        sources_section(facts.uploads, request.fingerprint, request.digests),
    )


def _goals(facts: ReportFacts, year: int) -> tuple[Section, ...]:
    """The goals section (saying so when the scope has no goals)."""
    if facts.indicators is None:
        return ()
    return (goals_section(facts.goals, facts.indicators, year),)


def economy_charts(
    ledger: Ledger, economy: EconomyFigures, scope: Scope, period: tuple[int, int], demo: bool
) -> tuple[Chart | None, Chart | None]:
    """The cumulative chart of the scope and the forecast gaps of the rows below it."""
    year, month = period
    series = monthly_series(ledger, month, scope)
    cumulative = printable_chart(cumulative_chart(series, economy.total, month, year, demo))
    rows = list(rows_below(economy))
    bars = printable_chart(gap_bar_chart(rows, year, demo)) if rows else None
    return cumulative, bars


def projects_chart(
    projects: list[ProjectStatus], period: tuple[int, int], demo: bool
) -> Chart | None:
    if not any(status.frame for status in projects):
        return None
    return printable_chart(frame_chart(projects, period[0], demo))


def sick_leave_chart(sick: SickLeaveFacts, settings: Settings) -> Chart | None:
    if sick.monthly.empty:
        return None
    return printable_chart(sick_leave_trend_figure(sick.monthly, sick.rolling_series, settings))


def _kompass_chart(evaluations: list[Evaluation], settings: Settings) -> Chart | None:
    if not evaluations:
        return None
    return printable_chart(kompass_total_figure(evaluations, settings))
