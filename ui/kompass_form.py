"""The form that registers a Kommunekompasset evaluation by hand."""

from __future__ import annotations

import streamlit as st

from analytics.core import clock
from analytics.core.errors import UserError
from analytics.core.formatting import format_date
from analytics.core.texts import t
from analytics.kompass.evaluations import (
    AREA_COUNT,
    AREA_SETS,
    Evaluation,
    evaluation_from_form,
    save_evaluation,
    version_for,
)
from ui.context import View
from ui.text import plain


def show_evaluation_form(view: View) -> None:
    """The version (which fills in the area names), the date, eight names and scores, a note."""
    st.subheader(t("kompass.form_heading"))
    versions = list(AREA_SETS)
    version = st.selectbox(
        t("kompass.version"),
        versions,
        index=versions.index(version_for(clock.today())),
        format_func=lambda v: t(f"kompass.version_{v}"),
        key="kompass_version",
    )
    with st.form("kompass_form"):
        evaluated_on = st.date_input(t("kompass.date"), format="DD.MM.YYYY", key="kompass_date")
        names, scores = [], []
        for number in range(1, AREA_COUNT + 1):
            name_column, score_column = st.columns([3, 1])
            names.append(
                name_column.text_input(
                    t("kompass.area_label", number=number),
                    AREA_SETS[version][number - 1],
                    key=f"kompass_name_{version}_{number}",
                )
            )
            # Whole points: the reports give whole points, and a whole number shows no decimal
            # point in the browser's English number format. Files may carry halves.
            scores.append(
                score_column.number_input(
                    t("kompass.score_label"), 0, 100, 0, 1, key=f"kompass_score_{number}"
                )
            )
        note = st.text_input(t("kompass.note"), key="kompass_note")
        if st.form_submit_button(t("kompass.save"), key="kompass_save"):
            _save(view, evaluation_from_form(evaluated_on, version, names, scores, note))


def _save(view: View, evaluation: Evaluation) -> None:
    try:
        save_evaluation(view.store, view.access, evaluation)
    except UserError as error:
        st.error(plain(error), icon=":material/error:")
    else:
        st.success(t("kompass.saved", date=format_date(evaluation.evaluated_on)))
