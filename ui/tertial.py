"""Widgets of the Tertialrapport page: the choice of report, the director's texts, the proposed
budget changes, the preview, freezing, and the archive of versions with their comparison."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime
from analytics.core.organisation import Scope
from analytics.core.texts import t
from analytics.report.preview import pdf_pages
from analytics.report.snapshot import report_scopes
from analytics.report.tertial.editing import save_proposal, save_section_text
from analytics.report.tertial.proposals import ProposalDraft
from analytics.report.tertial.report import (
    TertialReport,
    compare_versions,
    freeze_tertial,
    make_tertial,
)
from analytics.report.tertial.sections import SECTIONS
from analytics.store.tertial import (
    Period,
    ProposalRow,
    read_proposals,
    read_texts,
    read_version_file,
    read_versions,
)
from ui.context import View
from ui.download import exported
from ui.text import plain

MADE_KEY = "tertial_made"
PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PROPOSAL_COLUMNS = ("appropriation", "kind", "reason", "ansvar", "art", "amount")


@dataclass(frozen=True)
class Choice:
    """The report the page works on."""

    year: int
    tertial: int
    scope: Scope

    @property
    def key(self) -> Period:
        return self.year, self.tertial, "" if self.scope.level == "kommune" else self.scope.key


def tertial_scopes(view: View) -> list[Scope]:
    """The municipality and the sectors the person may report on."""
    allowed = report_scopes(view.store, view.access)
    return [scope for scope in allowed if scope.level in ("kommune", "sektor")]


def choose_report(view: View, scopes: list[Scope]) -> Choice:
    """Year, tertial and scope; the tertial defaults to the last one that has ended."""
    by_key = {scope.key: scope for scope in scopes}
    left, middle, right = st.columns([1, 1, 3])
    year = left.number_input(
        t("common.year"), value=view.year, step=1, format="%d", key="tertial_year"
    )
    tertial = middle.selectbox(
        t("tertial.page_tertial"),
        (1, 2),
        index=1 if view.month >= 8 else 0,
        format_func=lambda number: t(f"tertial.page_tertial_{number}"),
        key="tertial_number",
    )
    scope_key = right.selectbox(
        t("report.page_scope"),
        list(by_key),
        format_func=lambda key: by_key[key].name,
        key="tertial_scope",
    )
    return Choice(int(year), int(tertial), by_key[scope_key])


def show_texts_editor(view: View, choice: Choice) -> None:
    """A text field per section for the director's own text (a small Markdown)."""
    texts = read_texts(view.store, choice.key)
    st.caption(t("tertial.page_markdown_help"))
    for section in SECTIONS:
        with st.expander(t(f"tertial.section.{section}"), expanded=bool(texts.get(section))):
            widget = f"tertial_text_{section}"
            text = st.text_area(
                t("tertial.page_text"), value=texts.get(section, ""), height=160, key=widget
            )
            if st.button(t("tertial.page_save_text"), key=f"{widget}_save"):
                _run(partial(save_section_text, view.store, view.access, choice.key, section, text))


def show_proposal_editor(view: View, choice: Choice) -> None:
    """The proposed changes, a line per ansvar and art; rows of the same appropriation, type and
    reason make one change. Saved only when every row is right and the whole balances."""
    rows = read_proposals(view.store, choice.year, choice.tertial)
    edited = st.data_editor(
        proposal_lines(rows),
        num_rows="dynamic",
        hide_index=True,
        column_config={
            "appropriation": st.column_config.TextColumn(t("tertial.col_appropriation")),
            "kind": st.column_config.SelectboxColumn(
                t("tertial.page_kind"), options=["change", "financing"], default="change"
            ),
            "reason": st.column_config.TextColumn(t("tertial.col_reason")),
            "ansvar": st.column_config.TextColumn(t("common.ansvar")),
            "art": st.column_config.TextColumn(t("tertial.col_art")),
            "amount": st.column_config.NumberColumn(t("tertial.col_change"), format="%.0f"),
        },
        key="tertial_proposals",
    )
    if st.button(t("tertial.page_save_proposal"), key="tertial_proposals_save"):
        drafts = drafts_of(edited)
        _run(lambda: save_proposal(view.store, view.access, choice.year, choice.tertial, drafts))


def proposal_lines(rows: list[ProposalRow]) -> pd.DataFrame:
    """The stored proposal as editor lines (PROPOSAL_COLUMNS)."""
    lines = [
        (row.appropriation, row.kind, row.reason, ansvar, art, amount)
        for row in rows
        for ansvar, art, amount in row.allocation
    ]
    return pd.DataFrame(lines, columns=list(PROPOSAL_COLUMNS)).astype({"amount": float})


def drafts_of(lines: pd.DataFrame) -> list[ProposalDraft]:
    """Editor lines grouped into changes by (appropriation, type, reason), in their order."""
    drafts: dict[tuple[str, str, str], list[tuple[str, str, float]]] = {}
    for line in lines.fillna({"amount": 0.0}).fillna("").to_dict("records"):
        if not any(str(line[column]).strip() for column in PROPOSAL_COLUMNS if column != "amount"):
            continue
        group = (
            str(line["appropriation"]).strip(),
            str(line["kind"] or "change"),
            str(line["reason"]),
        )
        drafts.setdefault(group, []).append(
            (str(line["ansvar"]).strip(), str(line["art"]).strip(), float(line["amount"]))
        )
    return [
        ProposalDraft(
            appropriation,
            round(sum(a for _, _, a in allocation), 2),
            reason,
            kind,
            tuple(allocation),
        )
        for (appropriation, kind, reason), allocation in drafts.items()
    ]


def make_report(view: View, choice: Choice) -> TertialReport | None:
    """Makes the report (progress bar), keeps it for the preview and the downloads."""
    bar = st.progress(0.0)
    try:
        made = make_tertial(
            view.store,
            view.access,
            choice.year,
            choice.tertial,
            choice.key[2],
            view.access.user,
            progress=lambda fraction, text: bar.progress(fraction, text=text),
        )
    except UserError as error:
        st.error(plain(error))
        return None
    st.session_state[MADE_KEY] = made
    return made


def show_made(view: View, made: TertialReport, may_freeze: bool) -> None:
    """Downloads of the made report, its freezing, and its first pages as it will look."""
    left, middle, right = st.columns(3)
    files = (
        (left, "pdf", made.pdf, PDF_MIME, ":material/picture_as_pdf:"),
        (middle, "docx", made.docx, DOCX_MIME, ":material/description:"),
    )
    for column, kind, data, mime, icon in files:
        name = f"{made.file_stem}.{kind}"
        column.download_button(
            t(f"tertial.page_download_{kind}"),
            exported(view.store, view.access.user, name, partial(bytes, data)),
            name,
            mime,
            key=f"tertial_download_{kind}",
            icon=icon,
        )
    if may_freeze and right.button(t("tertial.page_freeze"), key="tertial_freeze", type="primary"):
        try:
            version = freeze_tertial(view.store, view.access, made)
        except UserError as error:
            st.error(plain(error))
        else:
            st.success(t("tertial.page_frozen", version=version), icon=":material/lock:")
    st.caption(t("tertial.page_fingerprint", fingerprint=made.fingerprint))
    for number, page in enumerate(pdf_pages(made.pdf, last_page=4), start=1):
        st.image(page, caption=t("tertial.page_page", number=number), width=520)


def show_versions(view: View, choice: Choice) -> None:
    """The frozen versions of the report, with downloads and what changed from the one before."""
    versions = read_versions(view.store, choice.key)
    if not versions:
        st.info(t("tertial.page_no_versions"))
        return
    table = pd.DataFrame(
        {
            t("tertial.page_version"): [v.version for v in versions],
            t("report.col_made_by"): [v.frozen_by for v in versions],
            t("tertial.page_frozen_at"): [format_datetime(v.frozen_at) for v in versions],
            t("report.col_fingerprint"): [v.data_fingerprint for v in versions],
        }
    )
    st.dataframe(table, hide_index=True, key="tertial_versions")
    numbers = [v.version for v in versions]
    chosen = st.selectbox(
        t("tertial.page_version"), numbers, index=len(numbers) - 1, key="tertial_version_pick"
    )
    version = versions[numbers.index(chosen)]
    for kind, mime in (("pdf", PDF_MIME), ("docx", DOCX_MIME)):
        found = read_version_file(view.store, version.id, kind)
        if found is not None:
            name = f"tertialrapport-{choice.year}-{choice.tertial}-v{chosen}.{kind}"
            st.download_button(
                t(f"tertial.page_version_{kind}", version=chosen),
                exported(view.store, view.access.user, name, partial(bytes, found[1])),
                name,
                mime,
                key=f"tertial_version_{kind}",
            )
    if chosen > 1:
        earlier = versions[numbers.index(chosen) - 1]
        changes = compare_versions(earlier.content, version.content)
        st.markdown(f"**{t('tertial.page_changes', older=earlier.version, newer=chosen)}**")
        st.code("\n".join(changes) or t("tertial.page_no_changes"), language=None)


def _run(action: Callable[[], object]) -> None:
    """Runs a change; its Norwegian refusal shown, else a short confirmation."""
    try:
        action()
    except UserError as error:
        st.error(plain(error))
        return
    st.toast(t("tertial.page_saved"), icon=":material/check:")
