"""The programme's risk register from a spreadsheet: risk, probability (S), consequence (K),
optionally the factor (RF = S × K, checked when given), mitigation and owner.

An upload replaces the whole register; undo gives the replaced register back. Changed by the
director, leaders and administrators.
"""

from __future__ import annotations

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.texts import t
from analytics.imports.kind import (
    PROGRAMME,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    new_upload,
)
from analytics.imports.kinds.registers import (
    RegisterCoverage,
    as_shown,
    cells_of,
    reader_of,
    replaced_uploads_of,
    where_in,
)
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    recognise_layout,
    sure_score,
)
from analytics.imports.rows import data_rows, each_checked, require_columns
from analytics.programme.risks import EDIT_RISK_COLUMNS, clean_risk, load_risks, with_factors
from analytics.store import Store
from analytics.store.programme import store_risks_upload
from analytics.store.uploads import RISKS

VOCABULARY = "risks"
FIELDS = ("risk", "probability", "consequence", "factor", "mitigation", "owner")
NEEDED = {field: (field,) for field in ("risk", "probability", "consequence")}


def recognise(source: Source) -> int:
    """Sure of a sheet with probability and consequence columns."""
    return sure_score(source.tables, VOCABULARY, _has_scales)


def _has_scales(layout: Layout) -> bool:
    return layout.column("probability") is not None and layout.column("consequence") is not None


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The register of the file, checked (every bad cell listed), and the one it replaces."""
    table = choose_table(source.tables, source.file_name, VOCABULARY, tuple(NEEDED))
    layout = recognise_layout(table, vocabulary=VOCABULARY)
    require_columns(layout, NEEDED)
    rows = [row for row in data_rows(table, layout) if any(row.text(field) for field in FIELDS)]
    cleaned = each_checked(
        rows, lambda row: clean_risk(cells_of(row, FIELDS), row.number, where_in(row))
    )
    if not cleaned:
        raise ImportRejected(t("import.rows.empty", where=layout.place(layout.header_row_number)))
    risks = pd.DataFrame(cleaned, columns=EDIT_RISK_COLUMNS)
    current = load_risks(store)
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="risks",
        form="rows",
        row_count=len(risks),
        coverage=RegisterCoverage("risks", len(risks)),
        facts=(
            (t("import.page.kind_label"), t("import.kind.risks")),
            (t("import.preview.risks"), str(len(risks))),
            (t("import.preview.replaced_count"), str(len(current))),
        ),
        stored=risks_table(with_factors(risks)),
        replaced=risks_table(current),
        replaces=replaced_uploads_of(store, RISKS),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )
    return PreparedImport("risks", preview, risks)


def risks_table(risks: pd.DataFrame) -> pd.DataFrame:
    """Risk, S, K, RF, mitigation and owner with the register's Norwegian headers."""
    headers = {
        "risk": t("risk.col_risk"),
        "probability": t("risk.col_probability"),
        "consequence": t("risk.col_consequence"),
        "factor": t("risk.col_factor"),
        "mitigation": t("risk.col_mitigation"),
        "owner": t("risk.col_owner"),
    }
    if risks.empty:
        return pd.DataFrame(columns=list(headers.values()))
    return as_shown(risks, headers)


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the register in place of the current one."""
    risks = prepared.payload_as(pd.DataFrame)
    return store_risks_upload(store, new_upload(prepared, access), risks)


KIND = ImportKind(
    "risks", PROGRAMME, recognise, prepare, commit, reader_of("risks"), tables=(RISKS,), whole=True
)
