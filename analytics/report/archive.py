"""The archive of snapshot reports: what a person may list and download again.

A report of the whole municipality is listed only to those who see everything; a report of a
sector, unit or ansvar to those who see all of it.
"""

from __future__ import annotations

import pandas as pd

from analytics.core.access import Access, require_scope, visible_organisation
from analytics.core.errors import AccessDenied, NotFound
from analytics.core.formatting import format_datetime, format_number, period_label
from analytics.core.organisation import resolve_scope
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.reports import list_reports, read_report


def archived_reports(store: Store, access: Access) -> pd.DataFrame:
    """The archived reports of the scopes this person sees, newest first (without the PDFs):
    id, made_by, made_at, year, month, scope_code, pdf_sha256, data_fingerprint, pdf_bytes."""
    archive = list_reports(store, None)
    if access.sees_everything:
        return archive
    organisation = read_organisation(store)
    allowed = [code for code in archive["scope_code"].unique() if _sees(organisation, access, code)]
    return archive[archive["scope_code"].isin(allowed)].reset_index(drop=True)


def _sees(organisation: pd.DataFrame, access: Access, scope_code: str) -> bool:
    if scope_code == "":
        return False
    try:
        scope = resolve_scope(visible_organisation(organisation, access), scope_code)
        require_scope(organisation, access, scope)
    except (AccessDenied, NotFound):
        return False
    return True


def archived_pdf(store: Store, access: Access, report_id: int) -> bytes:
    """One archived report's PDF; NotFound when it does not exist or the person may not see it."""
    found = read_report(store, report_id)
    if found is None or report_id not in set(archived_reports(store, access)["id"]):
        raise NotFound(t("report.not_found", id=report_id))
    return found[1]


def scope_name(organisation: pd.DataFrame, scope_code: str) -> str:
    """The name of an archived report's scope (the code itself if it no longer exists)."""
    try:
        return resolve_scope(organisation, scope_code).name
    except NotFound:
        return scope_code


def archive_table(archive: pd.DataFrame, organisation: pd.DataFrame) -> pd.DataFrame:
    """The archive with Norwegian headers and formatted cells, for the page and the CLI."""
    return pd.DataFrame(
        {
            t("report.cli_col_id"): archive["id"].astype(int),
            t("report.cli_col_made"): [format_datetime(v) for v in archive["made_at"]],
            t("report.col_made_by"): archive["made_by"],
            t("report.cli_col_scope"): [scope_name(organisation, c) for c in archive["scope_code"]],
            t("report.cli_col_period"): [
                period_label(int(y), int(m))
                for y, m in zip(archive["year"], archive["month"], strict=True)
            ],
            t("report.cli_col_size"): [format_number(v) for v in archive["pdf_bytes"]],
            t("report.col_pdf_sha256"): archive["pdf_sha256"],
            t("report.col_fingerprint"): archive["data_fingerprint"],
        }
    )
