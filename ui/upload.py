"""Widgets of the "Last opp" page: the upload preview, hand mapping, template and history.

A file is parsed once per upload: the prepared import is kept in the session under the file's
sha256 and the chosen options, so reruns (a click on "Lagre") do not read it again.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime
from analytics.core.texts import t
from analytics.imports import importer
from analytics.imports.headers import MAPPABLE_FIELDS
from analytics.imports.layout import Layout
from analytics.imports.reader import sha256_of
from analytics.imports.template import build_template
from ui.context import View
from ui.download import XLSX_MIME

_CACHE_KEY = "_upload_prepared"
_MAPPING_REVISION = "_upload_mapping_revision"
PROGRAMME_KINDS = ("sickleave", "kompass", "risks", "milestones")
KIND_CHOICES = (*importer.KINDS, *PROGRAMME_KINDS)


@dataclass(frozen=True)
class Attempt:
    """One reading of an uploaded file: what was prepared, or why it was refused."""

    prepared: importer.PreparedImport | None
    error: str
    layout: Layout | None


def choose_options() -> importer.ImportOptions:
    """Kind, year and sheet as the person chose them (auto, none, none by default)."""
    kind_column, year_column, sheet_column = st.columns(3)
    kind = kind_column.selectbox(
        t("import.page.kind"),
        KIND_CHOICES,
        format_func=lambda kind: t(f"import.kind.{kind}"),
        key="upload_kind",
    )
    year = year_column.number_input(
        t("import.page.year"), min_value=1990, max_value=2100, value=None, step=1, key="upload_year"
    )
    sheet = sheet_column.text_input(t("import.page.sheet"), key="upload_sheet").strip()
    return importer.ImportOptions(kind, int(year) if year else None, sheet or None)


def prepare_once(view: View, name: str, data: bytes, options: importer.ImportOptions) -> Attempt:
    """The prepared import of this file and these options, parsed on the first call only."""
    revision = st.session_state.get(_MAPPING_REVISION, 0)
    key = (sha256_of(data), name, options, revision)
    cached = st.session_state.get(_CACHE_KEY)
    if cached is not None and cached[0] == key:
        return cached[1]
    bar = st.progress(0.0)
    try:
        prepared = importer.prepare_import(
            view.store,
            view.access,
            data,
            name,
            options,
            view.settings,
            progress=lambda share, step: bar.progress(share, text=step),
        )
        attempt = Attempt(prepared, "", None)
    except UserError as error:
        attempt = Attempt(None, str(error), _layout_or_none(view, name, data, options))
    bar.empty()
    st.session_state[_CACHE_KEY] = (key, attempt)
    return attempt


def _layout_or_none(
    view: View, name: str, data: bytes, options: importer.ImportOptions
) -> Layout | None:
    try:
        return importer.inspect_layout(view.store, data, name, options.sheet, view.settings)
    except UserError:
        return None


def import_programme_file(
    view: View, name: str, data: bytes, options: importer.ImportOptions
) -> None:
    """Sick leave, Kompass, risks and milestones: imported by the programme importer at once."""
    from analytics.imports.programme_kinds import import_file

    if not st.button(t("import.page.confirm"), key="upload_confirm", type="primary"):
        return
    try:
        message = import_file(
            view.store, view.access, options.kind, name, data, view.access.user, options.sheet
        )
    except UserError as error:
        st.error(str(error), icon=":material/error:")
    else:
        st.success(message, icon=":material/check_circle:")


def forget_prepared() -> None:
    st.session_state.pop(_CACHE_KEY, None)


def show_preview(preview: importer.Preview) -> None:
    """What was recognised: kind, years, periods, ansvar, rows, control totals, warnings."""
    st.subheader(t("import.page.preview"))
    cells = st.columns([2, 1, 1, 1, 1])
    cells[0].metric(t("import.page.kind_label"), t(f"import.kind.{preview.kind}"))
    cells[1].metric(t("import.page.years"), ", ".join(str(y) for y in preview.years) or "–")
    cells[2].metric(t("import.page.periods"), _span(preview.periods))
    cells[3].metric(t("import.page.units"), len(preview.ansvar))
    cells[4].metric(t("import.page.rows"), preview.row_count)
    if preview.sum_rows:
        st.caption(f"{t('import.page.sum_rows')}: {preview.sum_rows}")
    if preview.control_totals:
        st.markdown(f"**{t('import.page.control_totals')}**")
        for total in preview.control_totals:
            st.markdown(f"- {importer.format_control_total(total)}")
    for warning in preview.warnings:
        st.warning(warning, icon=":material/warning:")
    if preview.columns:
        with st.expander(t("import.page.columns")):
            st.dataframe(_columns_table(preview.columns), hide_index=True)


def _span(periods: tuple[int, ...]) -> str:
    if not periods:
        return "–"
    return str(periods[0]) if len(periods) == 1 else f"{periods[0]}–{periods[-1]}"


def _columns_table(columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("import.page.column"): [header for header, _ in columns],
            t("import.page.field"): [
                t(f"import.field.{field}") if field else t("import.page.unrecognised")
                for _, field in columns
            ],
        }
    )


def show_mapping(view: View, layout: Layout) -> None:
    """Selectboxes to say what each unrecognised column holds; saved for this layout."""
    unknown = layout.unrecognised()
    if not unknown:
        return
    with st.form("upload_mapping"):
        st.markdown(f"**{t('import.page.mapping')}**")
        st.caption(t("import.page.mapping_help"))
        choices = ["", *MAPPABLE_FIELDS]
        mapping = {
            layout.headers[index]: st.selectbox(
                layout.headers[index],
                choices,
                format_func=lambda f: (
                    t(f"import.field.{f}") if f else t("import.page.mapping_none")
                ),
                key=f"mapping_{index}",
            )
            for index in unknown
        }
        if st.form_submit_button(t("import.page.mapping_save"), key="mapping_save"):
            importer.save_mapping(view.store, view.access, layout, mapping)
            st.session_state[_MAPPING_REVISION] = st.session_state.get(_MAPPING_REVISION, 0) + 1
            st.rerun()


def show_template_download(view: View) -> None:
    """A unit picker and a download of that unit's forecast template for the chosen month."""
    st.caption(t("import.page.template_help"))
    units = view.organisation.drop_duplicates("unit_code")
    if units.empty:
        st.info(t("import.page.template_none"))
        return
    names = dict(zip(units["unit_code"], units["unit_name"], strict=True))
    unit = st.selectbox(
        t("import.page.template_unit"),
        list(names),
        format_func=names.__getitem__,
        key="template_unit",
    )
    data = build_template(view.store, view.access, unit, view.year, view.month, view.demo)
    st.download_button(
        t("import.page.template_download"),
        data=data,
        file_name=f"prognosemal_{unit}_{view.year}_{view.month:02d}.xlsx",
        mime=XLSX_MIME,
        key="template_download",
        icon=":material/download:",
    )


def show_history(view: View) -> None:
    """The uploads the person may see, with an undo button for an active one."""
    message = st.session_state.pop("_undo_message", None)
    if message:
        st.success(message, icon=":material/undo:")
    history = importer.upload_history(view.store, view.access)
    if history.empty:
        st.info(t("import.page.history_empty"))
        return
    table = history.assign(
        kind=history["kind"].map(lambda kind: t(f"import.kind.{kind}")),
        status=history["status"].map(lambda status: t(f"import.status.{status}")),
        uploaded_at=history["uploaded_at"].map(format_datetime),
    )
    st.dataframe(
        table.rename(columns={c: t(f"import.history.{c}") for c in table.columns}),
        hide_index=True,
    )
    active = history[history["status"] == "active"]
    if active.empty or not view.access.may_write:
        return
    labels = dict(zip(active["id"], active["file_name"], strict=True))
    chosen = st.selectbox(
        t("import.page.undo_choice"),
        list(labels),
        format_func=lambda i: f"{i}: {labels[i]}",
        key="undo_choice",
    )
    if st.button(t("import.page.undo"), key="undo_button", icon=":material/undo:"):
        try:
            st.session_state["_undo_message"] = importer.undo(view.store, view.access, int(chosen))
        except UserError as error:
            st.error(str(error), icon=":material/error:")
        else:
            st.rerun()
