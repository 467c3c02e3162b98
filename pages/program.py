"""Fremtidens kommune: the risk matrix and register, the milestone plan, and the measures."""

import streamlit as st

from analytics.core import clock
from analytics.core.access import may_edit_programme
from analytics.core.texts import t
from analytics.programme.charts import milestone_timeline_figure, risk_matrix_figure
from analytics.programme.milestones import (
    MILESTONE_KINDS,
    kind_word,
    load_milestones,
    milestone_timeline,
    milestones_for_editing,
    save_milestones,
)
from analytics.programme.risks import (
    EDIT_RISK_COLUMNS,
    load_risks,
    risk_matrix,
    risk_table,
    save_risks,
)
from analytics.workshop.overview import measures_by_owner, owner_table
from ui.context import current_view, fingerprint, remember, remember_content
from ui.download import download_table
from ui.programme_upload import save_edited, show_flash, show_import
from ui.text import show_chart

view = current_view()
st.title(t("page.program"))
st.caption(t("programme.page_intro"))
show_flash()
editable = may_edit_programme(view.access)
if not editable:
    st.info(t("programme.read_only"))

st.header(t("risk.heading"))
st.caption(t("risk.intro"))
risks = remember(view, "program.risks", None, lambda: load_risks(view.store))
risk_content = remember(view, "program.risk_content", None, lambda: fingerprint(risks))
matrix = remember_content(
    "program.matrix", risk_content, lambda: risk_matrix_figure(risk_matrix(risks))
)
show_chart(matrix, key="risk_matrix")
table = remember_content("program.risk_table", risk_content, lambda: risk_table(risks))
st.dataframe(table, hide_index=True)
download_table(table, "risikoregister.xlsx", t("risk.heading"), "risk_download", view.demo)
if editable:
    with st.expander(t("risk.edit"), icon=":material/edit:"):
        edited_risks = st.data_editor(
            risks[EDIT_RISK_COLUMNS],
            num_rows="dynamic",
            hide_index=True,
            key="risk_editor",
            column_config={
                "risk": st.column_config.TextColumn(t("risk.col_risk"), required=True),
                "probability": st.column_config.NumberColumn(
                    t("risk.probability"), min_value=1, max_value=5, step=1
                ),
                "consequence": st.column_config.NumberColumn(
                    t("risk.consequence"), min_value=1, max_value=5, step=1
                ),
                "mitigation": t("risk.col_mitigation"),
                "owner": t("risk.col_owner"),
            },
        )
        if st.button(t("risk.save"), key="risk_save"):
            save_edited(view, save_risks, edited_risks, "risk.saved")
    show_import(view, "risks")

st.header(t("milestone.heading"))
milestones = remember(view, "program.milestones", None, lambda: load_milestones(view.store))
if not milestones.empty:
    milestone_content = remember(
        view, "program.milestone_content", None, lambda: fingerprint(milestones)
    )
    timeline = remember_content(
        "program.timeline",
        (milestone_content, clock.today()),
        lambda: milestone_timeline_figure(milestone_timeline(milestones), clock.today()),
    )
    show_chart(timeline, key="milestones")
if editable:
    with st.expander(t("milestone.edit"), icon=":material/edit:"):
        edited_milestones = st.data_editor(
            milestones_for_editing(milestones),
            num_rows="dynamic",
            hide_index=True,
            key="milestone_editor",
            column_config={
                "working_group": st.column_config.TextColumn(
                    t("milestone.col_group"), required=True
                ),
                "year": st.column_config.NumberColumn(
                    t("milestone.col_year"), min_value=2000, max_value=2100, step=1, format="%d"
                ),
                "week": st.column_config.NumberColumn(
                    t("milestone.col_week"), min_value=1, max_value=53, step=1
                ),
                "kind": st.column_config.SelectboxColumn(
                    t("milestone.col_kind"),
                    options=[kind_word(kind) for kind in MILESTONE_KINDS],
                ),
                "description": t("milestone.col_description"),
            },
        )
        if st.button(t("milestone.save"), key="milestone_save"):
            save_edited(view, save_milestones, edited_milestones, "milestone.saved")
    show_import(view, "milestones")

st.header(t("measure.heading"))
measures = measures_by_owner(view.store, view.access, clock.today())
if measures.empty:
    st.info(t("measure.none"))
else:
    st.dataframe(owner_table(measures), hide_index=True)
