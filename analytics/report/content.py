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

from analytics.access import Access
from analytics.economy import load_ledger
from analytics.formatting import period_label
from analytics.kompass import read_evaluations
from analytics.meta import is_demo
from analytics.organisation import Scope, ansvar_in_scope
from analytics.report.model import Report
from analytics.report.sections.economy import compute_economy, economy_section
from analytics.report.sections.programme import (
    compute_sick_leave,
    kompass_section,
    sick_leave_section,
)
from analytics.report.sections.sources import sources_section
from analytics.report.sections.summary import summary_section
from analytics.report.sections.workshop import read_workshop, workshop_section
from analytics.settings import load_settings
from analytics.sickleave import read_located_sick_leave
from analytics.store import Store
from analytics.store.reports import read_report_sources
from analytics.texts import t

Progress = Callable[[float, str], None]


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


def build_report(
    store: Store, access: Access, request: ReportRequest, progress: Progress
) -> Report:
    """The report's content, read with the person's access (see `ReportRequest`)."""
    period = (request.year, request.month)
    as_of = period_end(*period)
    settings = load_settings(store)
    progress(0.2, t("report.progress_economy"))
    ledger = load_ledger(store, access, request.year)
    economy = compute_economy(ledger, request.month, request.scope)
    progress(0.35, t("report.progress_workshop"))
    workshop = read_workshop(store, access, request.organisation, period)
    progress(0.45, t("report.progress_programme"))
    located = read_located_sick_leave(store, access)
    sick = compute_sick_leave(located, request.scope, period, settings)
    evaluations = read_evaluations(store)
    uploads = read_report_sources(store, request.year, request.month, request.codes)
    sections = (
        summary_section(economy.total, sick.rolling, evaluations, settings, as_of),
        economy_section(economy, ledger, request.scope, period, None),
        workshop_section(workshop, period, as_of),
        sick_leave_section(sick, period, settings, None),
        kompass_section(evaluations, settings, as_of, None),
        sources_section(uploads, request.fingerprint, request.digests),
    )
    return Report(
        municipality=settings.municipality_name,
        title=t("report.title"),
        scope_name=request.scope.name,
        period=period_label(*period),
        made_at=request.made_at,
        made_by=request.made_by,
        demo=is_demo(store),
        data_fingerprint=request.fingerprint,
        sections=sections,
    )
