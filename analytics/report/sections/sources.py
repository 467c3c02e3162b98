"""Where the figures came from: the uploads behind the report, and the data fingerprint."""

from __future__ import annotations

import pandas as pd

from analytics.core.formatting import format_datetime, format_number
from analytics.core.texts import NB, t
from analytics.report.model import Block, Column, Paragraph, Section, Subheading, Table

ANCHOR = "kilder"


def sources_section(uploads: pd.DataFrame, fingerprint: str, digests: str) -> Section:
    """`uploads` as `store.reports.read_report_sources` gives them; `digests` one `name sha256`
    line per kind of data (see `store.reports.digest_report_data`)."""
    blocks: list[Block] = [
        Paragraph(t("report.sources_lead")),
        _uploads_table(uploads),
        Subheading(f"{ANCHOR}-fingeravtrykk", t("report.fingerprint_heading")),
        Paragraph(t("report.fingerprint_explained")),
        Paragraph(t("report.fingerprint", value=fingerprint)),
        _digests_table(digests),
    ]
    return Section(ANCHOR, t("report.sources"), tuple(blocks))


def _uploads_table(uploads: pd.DataFrame) -> Block:
    if uploads.empty:
        return Paragraph(t("report.sources_none"), kind="empty")
    columns = (
        Column(t("report.col_upload_id"), "code"),
        Column(t("report.col_file")),
        Column(t("report.col_kind")),
        Column(t("report.col_uploaded")),
        Column(t("report.col_rows"), "number"),
        Column(t("report.col_sha256"), "hash"),
    )
    rows = tuple(
        (
            str(row["id"]),
            str(row["file_name"]),
            kind_label(str(row["kind"])),
            f"{format_datetime(row['uploaded_at'])}, {row['uploaded_by']}",
            format_number(row["row_count"]),
            str(row["sha256"]),
        )
        for row in uploads.to_dict("records")
    )
    return Table(columns, rows)


def kind_label(kind: str) -> str:
    """The upload kind in Norwegian, as the upload page names it (`accounts` → `regnskap`)."""
    key = f"import.kind.{kind}"
    return t(key) if key in NB else kind


def _digests_table(digests: str) -> Table:
    columns = (Column(t("report.col_dataset")), Column(t("report.col_sha256"), "hash"))
    rows = tuple(
        (name, digest) for name, _, digest in (line.partition(" ") for line in digests.splitlines())
    )
    return Table(columns, rows)
