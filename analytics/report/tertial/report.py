"""The tertial report: assembled, fingerprinted, drawn as PDF and Word, frozen and compared.

Who: the director and administrators make, edit and freeze the report of the whole
municipality or of a sector; a leader may make (and download) the report of their own sectors.
The data fingerprint is a sha256 over the data of the scope up to the tertial's last month (as
the snapshot's) and over the director's texts and the proposed changes, so a frozen version
says exactly what it was made from. Each frozen version is archived with its PDF, its Word file
and its text, and can be compared line by line with the version before it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass

import pandas as pd

from analytics.core import clock
from analytics.core.access import (
    Access,
    Role,
    require_administrator,
    require_scope,
    visible_organisation,
)
from analytics.core.audit import record
from analytics.core.errors import AccessDenied, UserError
from analytics.core.organisation import Scope, resolve_scope
from analytics.core.texts import t
from analytics.report.content import projects_chart, scope_codes
from analytics.report.docx import render_docx
from analytics.report.html import footer_template, render_document
from analytics.report.model import (
    Chart,
    GoalCards,
    KeyFigures,
    Paragraph,
    Report,
    RichText,
    Section,
    Subheading,
    Table,
)
from analytics.report.pdf import chart_images, print_pdf, warm_up_printer
from analytics.report.sections.sources import ANCHOR as SOURCES_ANCHOR
from analytics.report.sections.sources import sources_section
from analytics.report.snapshot import digest_lines
from analytics.report.tertial.content import (
    TERTIAL_END,
    Progress,
    TertialRequest,
    read_tertial_facts,
    scope_code_of,
)
from analytics.report.tertial.finance import ANCHOR as FINANCE_ANCHOR
from analytics.report.tertial.finance import finance_part
from analytics.report.tertial.goals import ANCHOR as GOALS_ANCHOR
from analytics.report.tertial.goals import goals_part
from analytics.report.tertial.investments import ANCHOR as INVESTMENT_ANCHOR
from analytics.report.tertial.investments import investment_section
from analytics.report.tertial.sections import (
    director_text,
    operating_section,
    proposals_section,
    risk_section,
    sick_leave_part,
    summary_section,
)
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.tertial import read_proposals, read_texts, save_version
from analytics.workshop.measures import organisation_in_scope


@dataclass(frozen=True)
class TertialReport:
    """A made report: its content, the PDF and Word files, the fingerprint and its text."""

    report: Report
    pdf: bytes
    docx: bytes
    fingerprint: str
    text: str
    file_stem: str
    key: tuple[int, int, str]  # year, tertial, scope code


def _no_progress(fraction: float, text: str) -> None:
    """The default progress report: none."""


def make_tertial(
    store: Store,
    access: Access,
    year: int,
    tertial: int,
    scope_code: str,
    made_by: str,
    made_at: dt.datetime | None = None,
    progress: Progress = _no_progress,
) -> TertialReport:
    """Makes the report of `scope_code` ('' or `kommune`, or a sector's code or key) for tertial
    1 (January–April) or 2 (January–August) of `year`, drawn as PDF and Word."""
    if tertial not in TERTIAL_END:
        raise UserError(t("tertial.bad_tertial", tertial=tertial))
    warm_up_printer()
    request = tertial_request(store, access, year, tertial, scope_code, made_by, made_at)
    report = build_tertial_report(store, access, request, progress)
    progress(0.6, t("report.progress_printing"))
    document = render_document(report)
    pdf = print_pdf(document, footer_template(report))
    docx = render_docx(report, chart_images(document) if _has_charts(report) else [])
    progress(1.0, t("report.progress_done"))
    stem = f"tertialrapport-{request.tertial}-{year}-{scope_code_of(request.scope) or 'kommune'}"
    return TertialReport(
        report,
        pdf,
        docx,
        request.fingerprint,
        report_text(report),
        stem.replace(":", "-"),
        request.key,
    )


def tertial_request(
    store: Store,
    access: Access,
    year: int,
    tertial: int,
    scope_code: str,
    made_by: str,
    made_at: dt.datetime | None = None,
) -> TertialRequest:
    """The request for a report the person may make, with its data fingerprint taken."""
    scope, organisation = allowed_scope(store, access, scope_code)
    month = TERTIAL_END[tertial]
    codes = scope_codes(organisation, scope)
    key = (year, tertial, scope_code_of(scope))
    digests = "\n".join(
        [
            digest_lines(store, scope, year, month, codes),
            f"texts {_digest(sorted(read_texts(store, key).items()))}",
            f"proposals {_digest(read_proposals(store, year, tertial))}",
        ]
    )
    fingerprint = hashlib.sha256(digests.encode("utf-8")).hexdigest()
    when = made_at or clock.now().replace(microsecond=0)
    return TertialRequest(
        scope, organisation, year, tertial, made_by, when, fingerprint, digests, codes
    )


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def allowed_scope(store: Store, access: Access, scope_code: str) -> tuple[Scope, pd.DataFrame]:
    """The municipality or a sector the person may report on, with its part of the
    organisation; AccessDenied otherwise (a viewer, a budget holder, someone else's sector)."""
    if not access.may_write or access.role == Role.BUDGET_HOLDER:
        raise AccessDenied(t("tertial.denied"))
    organisation = read_organisation(store)
    visible = visible_organisation(organisation, access)
    if scope_code in ("", "kommune"):
        if not access.sees_everything:
            raise AccessDenied(t("access.denied"))
        scope = resolve_scope(visible, "")
    else:
        scope = resolve_scope(visible, scope_code if ":" in scope_code else f"sektor:{scope_code}")
    require_scope(organisation, access, scope)
    return scope, organisation_in_scope(visible, scope)


def build_tertial_report(
    store: Store, access: Access, request: TertialRequest, progress: Progress = _no_progress
) -> Report:
    """The report's content (see the sections module for what each section holds)."""
    facts = read_tertial_facts(store, access, request, progress)
    names = {row.key: row.name for row in facts.economy.sectors}
    sections: tuple[Section, ...] = (
        summary_section(facts, request),
        operating_section(facts, request),
        investment_section(
            facts.projects,
            (request.year, request.month),
            projects_chart(list(facts.projects), (request.year, request.month), facts.demo),
            director_text(facts, INVESTMENT_ANCHOR),
        ),
        finance_part(store, access, request, director_text(facts, FINANCE_ANCHOR)),
        sick_leave_part(facts, request),
        goals_part(facts.goals, facts.indicators, request.year, director_text(facts, GOALS_ANCHOR)),
        risk_section(facts),
        proposals_section(facts, names),
        sources_section(facts.uploads, request.fingerprint, request.digests),
    )
    return Report(
        municipality=facts.settings.municipality_name,
        title=t("tertial.title", tertial=request.tertial),
        scope_name=request.scope.name,
        period=t("tertial.period", tertial=request.tertial, year=request.year),
        made_at=request.made_at,
        made_by=request.made_by,
        demo=facts.demo,
        data_fingerprint=request.fingerprint,
        sections=sections,
    )


def _has_charts(report: Report) -> bool:
    return any(isinstance(block, Chart) for section in report.sections for block in section.blocks)


def freeze_tertial(store: Store, access: Access, made: TertialReport) -> int:
    """Archives the made report as the next version of its year, tertial and scope (the director
    and administrators); returns the version's number."""
    require_director(access)
    frozen = (access.user, made.report.made_at, made.fingerprint)
    version_id, number = save_version(store, made.key, frozen, made.text, (made.pdf, made.docx))
    year, tertial, scope = made.key
    record(
        store,
        access.user,
        "tertial_freeze",
        f"{version_id} {year}-T{tertial} {scope or 'kommune'} v{number}",
    )
    return number


def require_director(access: Access) -> None:
    """Writing the report's texts, its proposals, and freezing it: the director and
    administrators only."""
    if access.sees_everything:
        return
    require_administrator(access)


def report_text(report: Report) -> str:
    """The report as plain text lines, in reading order: what two versions are compared by.

    The sources section (the uploads and the digests) is left out: the data fingerprint is kept
    with each version and differs whenever anything does."""
    lines = [report.title, report.scope_name, report.period]
    for number, section in enumerate(report.sections, start=1):
        if section.anchor == SOURCES_ANCHOR:
            continue
        lines.append(f"{number} {section.title}")
        for block in section.blocks:
            lines += _block_lines(block)
    return "\n".join(lines)


def _block_lines(block: object) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Subheading):
        return [block.text]
    if isinstance(block, RichText):
        return ["".join(run.text for run in paragraph.runs) for paragraph in block.paragraphs]
    if isinstance(block, KeyFigures):
        return [f"{figure.label}: {figure.value}" for figure in block.figures]
    if isinstance(block, GoalCards):
        return [f"{card.title}: {card.value}" for card in block.cards]
    if isinstance(block, Table):
        return [" | ".join(row) for row in block.rows]
    if isinstance(block, Chart):
        return [block.caption]
    return []


def compare_versions(older: str, newer: str) -> list[str]:
    """The lines that differ between two versions' texts (`- ` gone, `+ ` new), in order."""
    return [
        line
        for line in difflib.unified_diff(older.splitlines(), newer.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
