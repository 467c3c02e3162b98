"""Widgets of the investment projects: the cached portfolio, the project table, one project in
depth (spend per year, arts, the leader's forecast, risks), and the register editor.

Everything a person typed or a file brought (names, comments, risks) is shown as text: in
tables, or escaped where Streamlit reads Markdown.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.core.access import Access, Role
from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime, format_millions, format_nok, period_label
from analytics.core.texts import t
from analytics.investments.charts import spend_by_year_chart
from analytics.investments.figures import ProjectStatus
from analytics.investments.records import (
    Portfolio,
    load_portfolio,
    may_write_project,
    project_risks,
    save_forecast,
    save_register,
    save_risks,
)
from analytics.investments.tables import art_table, project_table, totals
from analytics.programme.risks import risk_table, with_factors
from analytics.store import Store
from analytics.store.ledger import data_version
from analytics.store.projects import PHASES, projects_version, read_projects
from ui.context import View
from ui.download import download_table
from ui.upload import plain

PortfolioKey = tuple[str, str, str, tuple[str, ...], str]
FLASH = "_investments_flash"
RISK_EDIT_COLUMNS = ["risk", "probability", "consequence", "mitigation", "owner"]


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_portfolio(_store: Store, key: PortfolioKey) -> Portfolio:
    _, user, role, units, _ = key
    return load_portfolio(_store, Access(user, Role(role), frozenset(units)))


def current_portfolio(view: View) -> Portfolio:
    """The projects the signed-in person may see, cached until the data change."""
    access = view.access
    version = f"{data_version(view.store)}|{projects_version(view.store)}"
    key = (
        str(view.store.path),
        access.user,
        str(access.role),
        tuple(sorted(access.units)),
        version,
    )
    return _cached_portfolio(view.store, key)


def show_flash() -> None:
    """The message a save left before the page reran, once."""
    if FLASH in st.session_state:
        st.success(plain(st.session_state.pop(FLASH)), icon=":material/check_circle:")


def show_totals(statuses: list[ProjectStatus]) -> None:
    """Four cards: the frames, this year's budget and accounts, and the forecast gap."""
    summed = totals(statuses)
    columns = st.columns(4)
    columns[0].metric(t("investments.col.frame"), format_millions(summed["frame"]))
    columns[1].metric(t("investments.col.budget_year"), format_millions(summed["budget_year"]))
    columns[2].metric(t("investments.col.actual_year"), format_millions(summed["actual_year"]))
    columns[3].metric(
        t("investments.col.forecast_gap"),
        format_millions(summed["forecast_gap"]),
        help=t("investments.page.gap_help"),
    )


def show_project_table(view: View, statuses: list[ProjectStatus], key: str) -> None:
    """The projects with a status light, and an xlsx download (numbers as numbers)."""
    table = project_table(statuses)
    header = t("investments.col.status")
    lights = [f"{s.status.icon} {text}" for s, text in zip(statuses, table[header], strict=True)]
    st.dataframe(table.assign(**{header: lights}), hide_index=True, key=key)
    download_table(
        project_table(statuses, formatted=False),
        f"investeringer_{view.year}_{view.month:02d}.xlsx",
        t("page.investeringer"),
        key=f"{key}_download",
        demo=view.demo,
    )


def pick_project(statuses: list[ProjectStatus], key: str) -> ProjectStatus | None:
    """A picker of one project (none chosen at first)."""
    by_code = {s.code: s for s in statuses}
    chosen = st.selectbox(
        t("investments.page.pick"),
        [None, *by_code],
        format_func=lambda code: "–" if code is None else f"{code} {by_code[code].name}",
        key=key,
    )
    return None if chosen is None else by_code[chosen]


def show_project(view: View, portfolio: Portfolio, status: ProjectStatus) -> None:
    """One project: its figures, spend per year against the budgets, the year per art, the
    leader's forecast of the final cost and the risks."""
    st.subheader(f"{status.code} {status.name}")
    st.caption(
        t(
            "investments.page.project_caption",
            unit=status.unit_name or "–",
            phase=t(f"investments.phase.{status.phase}"),
            years=_years(status),
        )
    )
    st.plotly_chart(
        spend_by_year_chart(
            portfolio.yearly([status.code]),
            t("investments.chart.title_one", name=status.name),
            view.demo,
        ),
        key=f"project_chart_{status.code}",
    )
    st.markdown(f"**{t('investments.page.by_art', year=view.year)}**")
    st.dataframe(
        art_table(portfolio.arts(view.store, status.code, view.year)),
        hide_index=True,
        key=f"project_arts_{status.code}",
    )
    show_forecast(view, portfolio, status)
    show_risks(view, status.code)


def _years(status: ProjectStatus) -> str:
    if status.start_year is None and status.end_year is None:
        return "–"
    return f"{status.start_year or '…'}–{status.end_year or '…'}"


def show_forecast(view: View, portfolio: Portfolio, status: ProjectStatus) -> None:
    """The forecast of the final cost as it stands in the view's month (carried over from
    earlier months), and a form for the project leader to give a new one."""
    period = period_label(view.year, view.month)
    st.markdown(f"**{t('investments.page.forecast_heading', period=period)}**")
    source = t(f"investments.forecast_source.{status.forecast_source}")
    st.markdown(
        plain(
            t(
                "investments.page.forecast_now",
                amount=format_nok(status.forecast_final),
                source=source,
            )
        )
    )
    if status.forecast_comment:
        st.info(status.forecast_comment, icon=":material/chat:")
    _show_entered(portfolio.forecasts, status.code, view)
    if not may_write_project(view.store, view.access, status.code):
        return
    key = f"project_forecast_{status.code}_{view.year}_{view.month}"
    with st.form(f"{key}_form", border=False):
        value = st.number_input(
            t("investments.page.forecast_input"),
            value=status.forecast_final,
            min_value=0.0,
            step=100_000.0,
            format="%.0f",
            key=f"{key}_value",
        )
        comment = st.text_area(
            t("investments.page.comment"), value=status.forecast_comment, key=f"{key}_comment"
        )
        if st.form_submit_button(t("investments.page.save_forecast"), key=f"{key}_save"):
            _save_forecast(view, status.code, value, comment)


def _show_entered(forecasts: pd.DataFrame, code: str, view: View) -> None:
    mine = forecasts[forecasts["project_code"] == code]
    known = mine[(mine["year"] * 100 + mine["month"]) <= view.year * 100 + view.month]
    if known.empty:
        return
    latest = known.iloc[-1]
    at = format_datetime(pd.Timestamp(latest["entered_at"]).to_pydatetime())
    st.caption(
        t(
            "investments.page.entered",
            by=latest["entered_by"],
            at=at,
            period=period_label(int(latest["year"]), int(latest["month"])),
        )
    )


def _save_forecast(view: View, code: str, value: float | None, comment: str) -> None:
    try:
        save_forecast(view.store, view.access, (view.year, view.month), code, value, comment)
    except UserError as error:
        st.error(plain(str(error)), icon=":material/error:")
        return
    st.session_state[FLASH] = t("investments.page.forecast_saved")
    st.rerun()


def show_risks(view: View, code: str) -> None:
    """The project's risks (S × K), editable by the project leader."""
    st.markdown(f"**{t('investments.page.risks')}**")
    risks = project_risks(view.store, view.access, [code])
    if risks.empty:
        st.caption(t("investments.page.no_risks"))
    else:
        st.dataframe(risk_table(with_factors(risks)), hide_index=True, key=f"project_risks_{code}")
    if not may_write_project(view.store, view.access, code):
        return
    with st.expander(t("investments.page.edit_risks"), icon=":material/edit:"):
        edited = st.data_editor(
            risks[RISK_EDIT_COLUMNS],
            num_rows="dynamic",
            hide_index=True,
            key=f"project_risk_editor_{code}",
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
        if st.button(t("investments.page.save_risks"), key=f"project_risk_save_{code}"):
            try:
                save_risks(view.store, view.access, code, edited)
            except UserError as error:
                st.error(plain(str(error)), icon=":material/error:")
            else:
                st.session_state[FLASH] = t("investments.page.risks_saved")
                st.rerun()


def show_register_editor(view: View) -> None:
    """The register as a table the director and administrators edit; saving stores the
    changed entries as an upload of its own (undoable on Last opp)."""
    if not view.access.sees_everything:
        return
    register = read_projects(view.store)
    with st.expander(t("investments.page.edit_register"), icon=":material/edit:"):
        st.caption(t("investments.page.register_help"))
        edited = st.data_editor(
            register.drop(columns="source"),
            num_rows="dynamic",
            hide_index=True,
            key="project_register_editor",
            column_config={
                "code": st.column_config.TextColumn(t("investments.col.code"), required=True),
                "name": st.column_config.TextColumn(t("investments.col.name"), required=True),
                "unit_code": st.column_config.TextColumn(t("investments.col.unit_code")),
                "frame": st.column_config.NumberColumn(t("investments.col.frame"), min_value=0, step=100_000, format="%.0f"),
                "start_year": st.column_config.NumberColumn(t("investments.col.start_year"), min_value=1990, max_value=2100, step=1),
                "end_year": st.column_config.NumberColumn(t("investments.col.end_year"), min_value=1990, max_value=2100, step=1),
                "phase": st.column_config.SelectboxColumn(
                    t("investments.col.phase"), options=list(PHASES), required=True,
                    help=", ".join(f"{p}: {t(f'investments.phase.{p}')}" for p in PHASES),
                ),
            },
        )  # fmt: skip
        if st.button(t("investments.page.save_register"), key="project_register_save"):
            _save_register(view, edited)


def _save_register(view: View, edited: pd.DataFrame) -> None:
    try:
        stored = save_register(view.store, view.access, edited)
    except UserError as error:
        st.error(plain(str(error)), icon=":material/error:")
        return
    if stored is None:
        st.info(t("investments.page.register_unchanged"))
        return
    st.session_state[FLASH] = t("investments.page.register_saved", id=stored[0])
    st.rerun()


def show_unit_projects(view: View, unit_codes: list[str]) -> None:
    """The workshop's view of a unit's projects: their figures, and the forecast of the final
    cost for the project leader to update."""
    portfolio = current_portfolio(view)
    statuses = [
        s for s in portfolio.statuses(view.year, view.month) if s.unit_code in set(unit_codes)
    ]
    if not statuses:
        return
    st.subheader(t("investments.workshop.heading"))
    show_project_table(view, statuses, key=f"workshop_projects_{'_'.join(unit_codes[:1])}")
    for status in statuses:
        with st.expander(f"{status.code} {status.name}", icon=":material/construction:"):
            show_forecast(view, portfolio, status)
