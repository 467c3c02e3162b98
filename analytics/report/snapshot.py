"""The snapshot report: made, fingerprinted, printed and archived in one call.

Who may make one: anyone who may change data (not a viewer), for a scope they wholly see. Only
the director and the administrator see the whole municipality, so only they make reports of
it; a leader makes reports of their sectors and units, a budget holder of their own units.
Everyone may download again the archived reports of the scopes they see.

Reproducible: the content depends only on the data of the scope and month (everything is as of
the month's last day) and on the settings; the data fingerprint is a sha256 over exactly those
rows (canonical text, sorted), and the report states it. The PDF bytes differ between two runs
only by the time the report was made (on the cover) and the PDF's own creation date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass

import pandas as pd

from analytics.core import clock
from analytics.core.access import Access, require_scope, selectable_scopes, visible_organisation
from analytics.core.audit import record
from analytics.core.errors import AccessDenied
from analytics.core.organisation import Scope, resolve_scope
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.report.content import (
    Progress,
    ReportRequest,
    build_report,
    first_data_year,
    scope_codes,
)
from analytics.report.html import footer_template, render_document
from analytics.report.pdf import print_pdf, warm_up_printer
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.reports import digest_report_data, save_report
from analytics.store.settings import is_demo
from analytics.workshop.measures import organisation_in_scope


@dataclass(frozen=True)
class Snapshot:
    """A made report: the PDF, its sha256, the data fingerprint, and its id in the archive."""

    pdf: bytes
    sha256: str
    data_fingerprint: str
    report_id: int
    file_name: str


def _no_progress(fraction: float, text: str) -> None:
    """The default progress report: none."""


def make_snapshot(
    store: Store,
    access: Access,
    year: int,
    month: int,
    scope_code: str,
    made_by: str,
    made_at: dt.datetime | None = None,
    progress: Progress = _no_progress,
) -> Snapshot:
    """Makes, archives and returns the report of `scope_code` ('' or `kommune` for the whole
    municipality, a code, or a scope key such as `enhet:220`) for `month` (1–12) of `year`.

    `progress(fraction, text)` is called as the work goes on (fraction 0–1, Norwegian text).
    Raises AccessDenied when the person may not make it.
    """
    scope, organisation = _allowed_scope(store, access, scope_code)
    warm_up_printer()  # a cold browser starts while the figures are computed
    progress(0.05, t("report.progress_fingerprint"))
    codes = scope_codes(organisation, scope)
    digests = digest_lines(store, scope, year, month, codes)
    fingerprint = hashlib.sha256(digests.encode("utf-8")).hexdigest()
    made_at = made_at or clock.now().replace(microsecond=0)
    request = ReportRequest(
        scope, organisation, year, month, made_by, made_at, fingerprint, digests, codes
    )
    report = build_report(store, access, request, progress)
    progress(0.6, t("report.progress_printing"))
    pdf = print_pdf(render_document(report), footer_template(report))
    progress(0.95, t("report.progress_archiving"))
    snapshot = _archive(store, access, request, pdf)
    progress(1.0, t("report.progress_done"))
    return snapshot


def _archive(store: Store, access: Access, request: ReportRequest, pdf: bytes) -> Snapshot:
    """Keeps the PDF in the archive, notes it in the audit log, and returns the Snapshot."""
    pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    period = (request.year, request.month)
    scope_key = "" if request.scope.level == "kommune" else request.scope.key
    digests = (pdf_sha256, request.fingerprint)
    report_id = save_report(
        store, request.made_by, request.made_at, period, scope_key, digests, pdf
    )
    detail = f"{report_id} {scope_key or 'kommune'} {request.year}-{request.month:02d} {pdf_sha256}"
    record(store, access.user, "report", detail)
    name = file_name(request.scope, *period)
    return Snapshot(pdf, pdf_sha256, request.fingerprint, report_id, name)


def digest_lines(store: Store, scope: Scope, year: int, month: int, codes: list[str] | None) -> str:
    """What the fingerprint hashes (text lines): the scope, the period, the demo mark, the
    settings in effect (defaults included) and one digest per kind of data."""
    settings = json.dumps(asdict(load_settings(store)), sort_keys=True, ensure_ascii=False)
    header = [
        f"scope {scope.key}",
        f"period {year}-{month:02d}",
        f"demo {str(is_demo(store)).lower()}",
        f"effective_settings {hashlib.sha256(settings.encode('utf-8')).hexdigest()}",
    ]
    digests = digest_report_data(store, (year, month), first_data_year(year), codes)
    return "\n".join([*header, digests])


def report_scopes(store: Store, access: Access) -> list[Scope]:
    """The scopes this person may make reports of, in display order (none for a viewer)."""
    if not access.may_write:
        return []
    organisation = read_organisation(store)
    return selectable_scopes(organisation, visible_organisation(organisation, access))


def file_name(scope: Scope, year: int, month: int) -> str:
    """`statusrapport-kommune-2026-10.pdf`, `statusrapport-enhet-220-2026-10.pdf`."""
    scope_part = scope.key.replace(":", "-")
    return f"statusrapport-{scope_part}-{year}-{month:02d}.pdf"


def _allowed_scope(store: Store, access: Access, scope_code: str) -> tuple[Scope, pd.DataFrame]:
    """The scope and the part of the organisation in it, if the person may report on it."""
    if not access.may_write:
        raise AccessDenied(t("report.denied_viewer"))
    organisation = read_organisation(store)
    visible = visible_organisation(organisation, access)
    if scope_code in ("", "kommune") and not access.sees_everything:
        raise AccessDenied(t("access.denied"))
    scope = resolve_scope(visible, scope_code)
    require_scope(organisation, access, scope)
    return scope, organisation_in_scope(visible, scope)
