"""Widgets of uploading: one flow for every kind of file, the hand mapping, the forecast
template and the upload history with undo.

`show_upload` is the whole flow, prepare → preview → "Lagre", on the "Last opp" page (kind
chosen or recognised) and in the import boxes of the programme pages (kind given). A file is
parsed once per upload: the prepared import is kept in the session under the file's sha256 and
the chosen options, so reruns (a click on "Lagre") do not read it again. Everything a file or a
person supplied (file, sheet, unit and column names, uploaders) is shown as plain text: in
tables, or escaped where Streamlit would read Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from analytics.core.artgroups import LEDGERS
from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime
from analytics.core.texts import t
from analytics.imports import importer, registry
from analytics.imports.headers import ColumnRole, mappable_fields
from analytics.imports.kind import ImportOptions, PreparedImport, Preview
from analytics.imports.kinds.ledger import exact_nok, format_control_total, layout_of
from analytics.imports.kinds.template import build_template
from analytics.imports.layout import Layout
from analytics.imports.reader import sha256_of
from ui.context import View
from ui.download import XLSX_MIME

_MARKDOWN = re.compile(r"([\\`*_\[\]<>!|~$])")  # emphasis, links, images, HTML, LaTeX
_LINE_START = re.compile(r"^(\s*)([#+=-])", re.MULTILINE)  # headings, lists
_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)  # numbered lists
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto)(:)|\b(www)(\.)")  # links found in text
_MAPPING_REVISION = "_upload_mapping_revision"


def plain(text: str) -> str:
    """Text escaped for Streamlit's Markdown: shown as written, never as links, images, LaTeX,
    colours or emphasis; line breaks kept."""
    escaped = _MARKDOWN.sub(r"\\\1", text)
    escaped = _LINE_START.sub(r"\1\\\2", _NUMBERED.sub(r"\1\\\2", escaped))
    escaped = _AUTOLINK.sub(lambda m: "\\".join(part for part in m.groups() if part), escaped)
    return escaped.replace("\n", "  \n")


@dataclass(frozen=True)
class Attempt:
    """One reading of an uploaded file: what was prepared, or why it was refused."""

    prepared: PreparedImport | None
    error: str
    layout: Layout | None


def show_upload(view: View, key: str, kind: str | None = None) -> None:
    """The file uploader, then the preview and "Lagre" (or the refusal) for one file.

    `kind` None: the person chooses the kind (or auto), the year and the sheet. Widget keys
    start with `key` ("upload": `upload_file`, `upload_confirm`).
    """
    flash = st.session_state.pop(f"{key}_flash", None)
    if flash:
        st.success(plain(flash), icon=":material/check_circle:")
    options = choose_options(key) if kind is None else ImportOptions(kind)
    upload = st.file_uploader(t("import.page.file"), type=["xlsx", "csv"], key=f"{key}_file")
    if upload is None:
        st.session_state.pop(f"{key}_stored", None)
        return
    data = upload.getvalue()
    if st.session_state.get(f"{key}_stored") == _upload_id(upload.name, data, upload):
        return  # just stored: the message above says so
    attempt = prepare_once(view, key, upload.name, data, options)
    if attempt.prepared is None:
        st.error(plain(attempt.error), icon=":material/error:")
        if attempt.layout is not None and kind is None:
            show_mapping(view, attempt.layout)
        return
    show_preview(attempt.prepared.preview)
    if kind is None and attempt.layout is not None:
        show_mapping(view, attempt.layout, expanded=False)
    if attempt.prepared.preview.earlier is not None:
        st.info(t("import.page.already", id=attempt.prepared.preview.earlier))
    elif st.button(t("import.page.confirm"), key=f"{key}_confirm", type="primary"):
        _store(view, key, attempt.prepared, _upload_id(upload.name, data, upload))


def _upload_id(name: str, data: bytes, upload: object) -> str:
    """What tells one upload of a file from another (the same file chosen again is new)."""
    return f"{getattr(upload, 'file_id', '')}:{name}:{sha256_of(data)}"


def _progress_bar() -> tuple[DeltaGenerator, importer.Progress]:
    """A progress bar and the callback that moves it (share done, Norwegian step)."""
    bar = st.progress(0.0)
    return bar, lambda share, step: bar.progress(share, text=step)


def _store(view: View, key: str, prepared: PreparedImport, upload_id: str) -> None:
    bar, progress = _progress_bar()
    try:
        result = importer.commit_import(view.store, view.access, prepared, progress=progress)
    except UserError as error:
        bar.empty()
        st.error(plain(str(error)), icon=":material/error:")
        return
    st.session_state.pop(f"{key}_prepared", None)
    st.session_state[f"{key}_flash"] = result.summary()
    st.session_state[f"{key}_stored"] = upload_id
    st.rerun()


def choose_options(key: str) -> ImportOptions:
    """Kind, ledger, year and sheet as the person chose them (auto, what the file says, none,
    none by default)."""
    kind_column, ledger_column, year_column, sheet_column = st.columns(4)
    kind = kind_column.selectbox(
        t("import.page.kind"),
        registry.CHOICES,
        format_func=lambda kind: t(f"import.kind.{kind}"),
        key=f"{key}_kind",
    )
    year = year_column.number_input(
        t("import.page.year"),
        min_value=1990,
        max_value=2100,
        value=None,
        step=1,
        key=f"{key}_year",
    )
    sheet = sheet_column.text_input(t("import.page.sheet"), key=f"{key}_sheet").strip()
    ledger = ledger_column.selectbox(
        t("import.page.ledger_choice"),
        [None, *LEDGERS],
        format_func=lambda name: (
            t("import.page.ledger_auto") if name is None else t(f"ledger.{name}").capitalize()
        ),
        key=f"{key}_ledger",
        help=t("import.page.ledger_help"),
    )
    return ImportOptions(kind, int(year) if year else None, sheet or None, ledger)


def prepare_once(view: View, key: str, name: str, data: bytes, options: ImportOptions) -> Attempt:
    """The prepared import of this file and these options, parsed on the first call only."""
    revision = st.session_state.get(_MAPPING_REVISION, 0)
    cache_key = (sha256_of(data), name, options, revision)
    cached = st.session_state.get(f"{key}_prepared")
    if cached is not None and cached[0] == cache_key:
        return cached[1]
    bar, progress = _progress_bar()
    try:
        prepared = importer.prepare_import(
            view.store, view.access, data, name, options, view.settings, progress=progress
        )
        attempt = Attempt(prepared, "", layout_of(prepared))
    except UserError as error:
        attempt = Attempt(None, str(error), _layout_or_none(view, name, data, options))
    bar.empty()
    st.session_state[f"{key}_prepared"] = (cache_key, attempt)
    return attempt


def _layout_or_none(view: View, name: str, data: bytes, options: ImportOptions) -> Layout | None:
    if options.kind not in ("auto", *registry.kind_named("ledger").picked_by):
        return None
    try:
        return importer.inspect_layout(view.store, data, name, options.sheet, view.settings)
    except UserError:
        return None


def show_preview(preview: Preview) -> None:
    """What was recognised and what storing it changes: figures, control totals, warnings,
    what will be stored and what it replaces."""
    st.subheader(t("import.page.preview"))
    st.caption(plain(t("import.page.file_sheet", file=preview.file_name, sheet=preview.sheet)))
    cells = st.columns(len(preview.facts))
    for cell, (label, value) in zip(cells, preview.facts, strict=True):
        cell.metric(label, value)
    if preview.sum_rows:
        st.caption(f"{t('import.page.sum_rows')}: {preview.sum_rows}")
    if preview.control_totals:
        st.markdown(f"**{t('import.page.control_totals')}**")
        for total in preview.control_totals:
            st.markdown(f"- {plain(format_control_total(total))}")
    for note in preview.notes:
        st.info(plain(note), icon=":material/info:")
    for warning in preview.warnings:
        st.warning(plain(warning), icon=":material/warning:")
    _show_change(preview)
    if preview.columns:
        with st.expander(t("import.page.columns")):
            st.dataframe(_columns_table(preview.columns), hide_index=True)


def _show_change(preview: Preview) -> None:
    stored, replaced = st.columns(2)
    stored.markdown(f"**{t('import.page.stored')}**")
    stored.dataframe(
        _with_nok(preview.stored, preview.amounts),
        hide_index=True,
        key=f"preview_stored_{preview.sha256}",
    )
    replaced.markdown(f"**{t('import.page.replaced')}**")
    if preview.replaced.empty:
        replaced.caption(t("import.page.replaces_nothing"))
    else:
        replaced.dataframe(
            _with_nok(preview.replaced, preview.amounts),
            hide_index=True,
            key=f"preview_replaced_{preview.sha256}",
        )


def _with_nok(table: pd.DataFrame, amounts: tuple[str, ...]) -> pd.DataFrame:
    """The table with its NOK columns as `1 234 567 kr` (øre where there are any)."""
    shown = {column: table[column].map(exact_nok) for column in amounts if column in table}
    return table.assign(**shown) if shown else table


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


def show_mapping(view: View, layout: Layout, expanded: bool = True) -> None:
    """A selectbox per column of the sheet (also those recognised as something else) to say
    what it holds; saved for this layout, and the file read again."""
    columns = [index for index, header in enumerate(layout.headers) if header]
    if not columns:
        return
    with (
        st.expander(t("import.page.mapping"), icon=":material/tune:", expanded=expanded),
        st.form("upload_mapping", border=False),
    ):
        st.caption(t("import.page.mapping_help"))
        choices = ["", *mappable_fields(layout.vocabulary)]
        mapping = {
            layout.headers[index]: st.selectbox(
                plain(layout.headers[index]),
                choices,
                format_func=_mapping_label(layout.roles[index]),
                key=f"mapping_{index}",
            )
            for index in columns
        }
        if st.form_submit_button(t("import.page.mapping_save"), key="mapping_save"):
            importer.save_mapping(view.store, view.access, layout, mapping)
            st.session_state[_MAPPING_REVISION] = st.session_state.get(_MAPPING_REVISION, 0) + 1
            st.rerun()


def _mapping_label(role: ColumnRole | None) -> Callable[[str], str]:
    """How a choice reads: a field's name, or for '' what the column is read as now."""

    def label(field: str) -> str:
        if field:
            return t(f"import.field.{field}")
        if role is None:
            return t("import.page.mapping_none")
        return t("import.page.mapping_keep", field=t(f"import.field.{role.field}"))

    return label


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
    try:
        data = build_template(view.store, view.access, unit, view.year, view.month, view.demo)
    except UserError as error:
        st.info(plain(str(error)))
        return
    st.download_button(
        t("import.page.template_download"),
        data=data,
        file_name=f"prognosemal_{unit}_{view.year}_{view.month:02d}.xlsx",
        mime=XLSX_MIME,
        key="template_download",
        icon=":material/download:",
    )


def show_history(view: View) -> None:
    """The uploads the person may see, and undo for those their kind's rule lets them undo."""
    message = st.session_state.pop("_undo_message", None)
    if message:
        st.success(plain(message), icon=":material/undo:")
    history = importer.upload_history(view.store, view.access)
    if history.empty:
        st.info(t("import.page.history_empty"))
        return
    table = history[list(importer.HISTORY_COLUMNS)].assign(
        kind=history["kind"].map(lambda kind: t(f"import.kind.{kind}")),
        status=history["status"].map(lambda status: t(f"import.status.{status}")),
        uploaded_at=history["uploaded_at"].map(format_datetime),
    )
    st.dataframe(
        table.rename(columns={c: t(f"import.history.{c}") for c in table.columns}),
        hide_index=True,
        key="upload_history",
    )
    undoable = history[history["may_undo"]]
    if undoable.empty:
        return
    labels = dict(zip(undoable["id"], undoable["file_name"], strict=True))
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
            st.error(plain(str(error)), icon=":material/error:")
        else:
            st.rerun()
