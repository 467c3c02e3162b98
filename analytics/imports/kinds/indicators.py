"""Indicator figures from a spreadsheet or csv, in the layouts people have (see
`indicator_forms`): the long format, 10-FAKTOR, user surveys, case times and KOSTRA.

Every layout is stored the same way: the indicators' definitions, targets per year and unit,
and values per period and unit (KOSTRA: per region and accounts scope). A newer upload replaces
the rows of the same scope; undo gives them back. A budget holder or leader imports figures of
the units they may change; figures for the whole municipality (and KOSTRA's regions) need
someone who sees everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access, require_write, visible_organisation
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.core.names import format_measure
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.goals.indicators import period_text, read_catalogue
from analytics.imports.kind import (
    AccessRule,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    ansvar_of,
    json_field,
    new_upload,
    replaced_ids,
)
from analytics.imports.kinds import indicator_forms as forms
from analytics.imports.layout import SURE, Layout, describe_roles, readable_layouts
from analytics.imports.reader import RawTable, describe_place
from analytics.store import Store
from analytics.store.goals import (
    INDICATOR_TABLES,
    MUNICIPALITY,
    replaced_in_scope,
    store_indicator_upload,
)
from analytics.store.organisation import read_organisation

VOCABULARY = "indicators"
UPLOAD_KIND = "indicators"
PREVIEW_ROWS = 500


@dataclass(frozen=True)
class IndicatorCoverage:
    """What an indicator upload covers: its layout, indicators, unit codes and years.

    `codes` holds `kommune` for figures of the whole municipality or of other regions."""

    form: str
    keys: tuple[str, ...]
    units: tuple[str, ...]
    years: tuple[int, ...]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(MUNICIPALITY if code == forms.COMPARISON else code for code in self.units)

    @property
    def periods(self) -> tuple[int, ...]:
        return ()

    def describe(self) -> str:
        years = ", ".join(str(year) for year in self.years)
        form = t(f"indicator.form.{self.form}")
        return t("indicator.coverage", form=form, count=len(self.keys), years=years)

    def to_json(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "keys": list(self.keys),
            "units": list(self.units),
            "years": list(self.years),
        }


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> IndicatorCoverage:
    return IndicatorCoverage(
        str(json_field(raw, "form", "long")),
        tuple(str(key) for key in json_field(raw, "keys", [])),
        tuple(str(code) for code in json_field(raw, "units", [])),
        tuple(int(year) for year in json_field(raw, "years", [])),
    )


# --- who may ------------------------------------------------------------------------------------


def _ansvar_of(codes: frozenset[str], organisation: pd.DataFrame) -> set[str]:
    """The ansvar behind sector, unit or ansvar codes."""
    sectors = organisation[organisation["sector_code"].isin(list(codes))]
    return set(sectors["ansvar"]) | ansvar_of(codes - set(sectors["sector_code"]), organisation)


def _check(organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> None:
    if not access.may_write:
        raise AccessDenied(t("access.read_only"))
    if access.sees_everything:
        return
    if not codes or MUNICIPALITY in codes:
        raise AccessDenied(t("import.whole_municipality_only"))
    require_write(organisation, access, _ansvar_of(codes, organisation))


def _shows(organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> bool:
    if access.sees_everything:
        return True
    visible = set(visible_organisation(organisation, access)["ansvar"])
    return bool(codes) and MUNICIPALITY not in codes and _ansvar_of(codes, organisation) <= visible


RULE = AccessRule("indicators", _check, _shows, lambda access: access.may_write)


# --- recognising and reading -------------------------------------------------------------------


def recognise(source: Source) -> int:
    """Sure of a sheet whose columns make one of the layouts."""
    scores = [
        SURE + sum(role is not None for role in layout.roles)
        for _, layout in readable_layouts(source.tables, VOCABULARY)
        if forms.form_of(layout) is not None
    ]
    return max(scores, default=0)


def _choose(source: Source) -> tuple[RawTable, Layout, str]:
    found = [
        (table, layout, form)
        for table, layout in readable_layouts(source.tables, VOCABULARY)
        if (form := forms.form_of(layout)) is not None
    ]
    if len(found) == 1:
        return found[0]
    where = describe_place(source.file_name, source.tables[0].sheet if source.tables else None)
    if not found:
        raise ImportRejected(t("indicator.import.no_layout", where=where))
    sheets = ", ".join(f"«{table.sheet}»" for table, _, _ in found)
    raise ImportRejected(
        t("import.several_sheets", where=describe_place(source.file_name), sheets=sheets)
    )


def read_rows(store: Store, source: Source) -> tuple[Layout, forms.IndicatorRows]:
    """The file's figures in the layout its columns make (ImportRejected naming the cells)."""
    table, layout, form = _choose(source)
    units = forms.Units(read_organisation(store))
    if form == "long":
        rows = forms.read_long(table, layout, units, read_catalogue(store))
    elif form == "employee_survey":
        rows = forms.read_employee_survey(table, layout, units)
    elif form == "user_survey":
        rows = forms.read_user_survey(table, layout, units)
    elif form == "case_time":
        rows = forms.read_case_times(table, layout, units)
    else:
        name = load_settings(store).municipality_name
        rows = forms.read_kostra(table, layout, (name, name.removesuffix(" kommune")))
    if not rows.values and not rows.targets:
        raise ImportRejected(t("import.rows.empty", where=layout.place(layout.header_row_number)))
    return layout, rows


@dataclass(frozen=True, eq=False)
class IndicatorPayload:
    definitions: pd.DataFrame
    targets: pd.DataFrame
    values: pd.DataFrame


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The file's definitions, targets and values, checked, and what they would replace."""
    layout, rows = read_rows(store, source)
    definitions, targets, values = rows.frames()
    payload = IndicatorPayload(definitions, targets, values)
    replaced = _replaced(store, payload)
    units = sorted({*values["unit_code"], *targets["unit_code"]})
    years = sorted({int(year) for year in (*values["year"], *targets["year"])})
    coverage = IndicatorCoverage(
        rows.form, tuple(sorted(definitions["indicator_key"].unique())), tuple(units), tuple(years)
    )
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind=UPLOAD_KIND,
        form=rows.form,
        row_count=len(values) + len(targets),
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t("import.kind.indicators")),
            (t("indicator.import.form_label"), t(f"indicator.form.{rows.form}")),
            (t("indicator.import.indicators"), str(len(coverage.keys))),
            (t("indicator.import.values"), str(len(values))),
            (t("indicator.import.targets"), str(len(targets))),
        ),
        stored=preview_table(payload),
        replaced=replaced,
        replaces=replaced_ids(replaced["upload_id"]) if "upload_id" in replaced else (),
        warnings=tuple(rows.warnings),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )
    return PreparedImport("indicators", preview, payload)


def _replaced(store: Store, payload: IndicatorPayload) -> pd.DataFrame:
    """The uploads whose rows this one replaces: upload, file and rows (summed over tables)."""
    parts = [
        replaced_in_scope(store, versioned, frame)
        for versioned, frame in zip(
            INDICATOR_TABLES, (payload.definitions, payload.targets, payload.values), strict=True
        )
    ]
    frame = pd.concat(parts, ignore_index=True)
    if frame.empty:
        return frame
    grouped = frame.groupby(["upload_id", "file_name"], dropna=False, as_index=False)["rows"]
    return pd.DataFrame(grouped.sum())


def preview_table(payload: IndicatorPayload) -> pd.DataFrame:
    """The values as the preview shows them: indicator, unit, region, period, value, target."""
    names = dict(
        zip(payload.definitions["indicator_key"], payload.definitions["name"], strict=True)
    )
    measures = dict(
        zip(payload.definitions["indicator_key"], payload.definitions["measure_unit"], strict=True)
    )
    targets = {
        (str(key), str(unit), int(year)): float(target)
        for key, unit, year, target in zip(
            payload.targets["indicator_key"],
            payload.targets["unit_code"],
            payload.targets["year"],
            payload.targets["target"],
            strict=True,
        )
    }
    rows = []
    for row in payload.values.head(PREVIEW_ROWS).to_dict("records"):
        measure = str(measures.get(row["indicator_key"], "count"))
        target = targets.get((str(row["indicator_key"]), str(row["unit_code"]), int(row["year"])))
        rows.append(
            {
                t("indicator.col.indicator"): names.get(row["indicator_key"], row["indicator_key"]),
                t("indicator.col.unit"): row["unit_code"] or row["region_name"] or row["region"],
                t("indicator.col.period"): period_text(
                    int(row["year"]), str(row["period_kind"]), int(row["period_month"])
                ),
                t("indicator.col.value"): format_measure(float(row["value"]), measure),
                t("indicator.col.target"): ""
                if target is None
                else format_measure(target, measure),
            }
        )
    return pd.DataFrame(rows)


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the figures, in place of the current ones of the same scope."""
    payload = prepared.payload_as(IndicatorPayload)
    return store_indicator_upload(
        store, new_upload(prepared, access), payload.definitions, payload.targets, payload.values
    )


KIND = ImportKind(
    "indicators", RULE, recognise, prepare, commit, read_coverage, tables=INDICATOR_TABLES
)
