"""The budget holder's own year-end forecast and comment for the month, on a unit's page."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime, format_nok, period_label
from analytics.core.texts import t
from analytics.workshop.records import may_write_unit, own_forecasts, save_own_forecast
from ui.context import View, remember
from ui.text import plain


def show_forecast_input(view: View, unit_code: str) -> None:
    """Shows the unit's own forecast and comment for the view's month, and a form to change
    them for a person who may write for the unit (budget holder, leader, director)."""
    current = current_own_forecast(view, unit_code)
    period = period_label(view.year, view.month)
    st.markdown(f"**{t('workshop.own_forecast.input_heading', period=period)}**")
    show_own_forecast(current, period)
    if not may_write_unit(view.store, view.access, unit_code):
        return
    key = f"own_forecast_{unit_code}_{view.year}_{view.month}"
    with st.form(key=f"{key}_form", border=False):
        if view.month == 12:  # the year's accounts are the year-end: nothing left to forecast
            st.caption(t("workshop.own_forecast.year_closed"))
        else:
            st.number_input(
                t("workshop.own_forecast.forecast"),
                value=_forecast_of(current),
                step=10_000.0,
                format="%.0f",
                help=t("workshop.own_forecast.forecast_help"),
                key=f"{key}_value",
            )
        st.text_area(
            t("workshop.own_forecast.comment"),
            value="" if current is None else str(current["comment"]),
            key=f"{key}_comment",
        )
        st.form_submit_button(
            t("workshop.own_forecast.save"),
            on_click=_save,
            args=(view, unit_code, key),
            key=f"{key}_save",
        )
    if message := st.session_state.pop(f"{key}_message", None):
        (st.error if message[0] == "error" else st.success)(plain(message[1]))


def current_own_forecast(view: View, unit_code: str) -> pd.Series | None:
    """The unit's own forecast row of the view's month, or None."""
    frame = remember(
        view,
        "own_forecasts",
        (view.year, view.month),
        lambda: own_forecasts(view.store, view.access, view.year, view.month),
    )
    rows = frame[frame["unit_code"] == unit_code]
    return None if rows.empty else rows.iloc[0]


def show_own_forecast(current: pd.Series | None, period: str) -> None:
    """The stored forecast (NOK) and comment, with who entered them and when."""
    if current is None:
        st.caption(t("workshop.own_forecast.none", period=period))
        return
    forecast = _forecast_of(current)
    if forecast is not None:
        st.markdown(t("workshop.own_forecast.value", amount=format_nok(forecast)))
    if current["comment"]:
        st.info(plain(current["comment"]), icon=":material/chat:")
    at = format_datetime(pd.Timestamp(current["entered_at"]).to_pydatetime())
    st.caption(t("workshop.own_forecast.entered", by=plain(current["entered_by"]), at=at))


def _forecast_of(current: pd.Series | None) -> float | None:
    if current is None:
        return None
    value = current["forecast"]
    return None if value is None or math.isnan(float(value)) else float(value)


def _save(view: View, unit_code: str, key: str) -> None:
    value = st.session_state.get(f"{key}_value")
    comment = str(st.session_state[f"{key}_comment"])
    try:
        save_own_forecast(
            view.store,
            view.access,
            view.year,
            view.month,
            unit_code,
            None if value is None else float(value),
            comment,
            view.access.user,
        )
    except UserError as error:
        st.session_state[f"{key}_message"] = ("error", str(error))
        return
    st.session_state[f"{key}_message"] = ("success", t("workshop.own_forecast.saved"))
