"""Widgets of the economy workshop: the agenda stepper, measures with their form and history,
workshop comments, the overdue overview and projector-sized text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics.core import clock
from analytics.core.errors import UserError
from analytics.core.formatting import format_date, format_datetime, format_nok
from analytics.core.names import Status
from analytics.core.texts import t
from analytics.economy.charts import cumulative_chart
from analytics.economy.gaps import BudgetStatus
from analytics.economy.ledger import Ledger, monthly_series
from analytics.workshop.agenda import AgendaItem, AgendaOrder, UnitSignal, step_unit
from analytics.workshop.measures import (
    Measure,
    MeasureDraft,
    MeasureStatus,
    history_table,
    measures_table,
)
from analytics.workshop.records import (
    add_measure,
    may_write_unit,
    read_history,
    save_workshop_comment,
    update_measure,
    workshop_comments,
)
from ui.context import View, remember
from ui.download import download_table
from ui.economy import show_key_figures
from ui.text import plain, show_chart

UNIT_KEY = "enhet"  # also the URL's query parameter, ?enhet=310, so a link opens the unit
ORDER_KEY = "verksted_order"
PROJECTOR_KEY = "verksted_projector"
PICK_KEY = "verksted_measure_pick"
_MESSAGE_KEY = "verksted_message"
_PROJECTOR_CSS = """<style>
[data-testid="stMain"] [data-testid="stMarkdownContainer"] p { font-size: 1.3rem; }
[data-testid="stMain"] [data-testid="stMetricValue"] p { font-size: 2.6rem; }
[data-testid="stMain"] [data-testid="stMetricLabel"] p { font-size: 1.3rem; }
[data-testid="stMain"] [data-testid="stDataFrame"] { font-size: 1.1rem; }
</style>"""


def choose_order() -> AgendaOrder:
    """The order of the units: the organisation's, or the worst status first."""
    order = st.segmented_control(
        t("workshop.agenda.order"),
        list(AgendaOrder),
        format_func=lambda order: AgendaOrder(order).label,
        default=AgendaOrder.ORGANISATION,
        required=True,
        key=ORDER_KEY,
        on_change=_start_from_first,
    )
    return AgendaOrder(order or AgendaOrder.ORGANISATION)


def _start_from_first() -> None:
    """A new order starts the walk from its first unit."""
    st.session_state.pop(UNIT_KEY, None)
    st.query_params.pop(UNIT_KEY, None)


def projector_mode() -> bool:
    """A toggle for larger text and charts on a projector; enlarges the page's text when on."""
    on = st.toggle(t("workshop.projector"), value=True, key=PROJECTOR_KEY)
    if on:
        st.html(_PROJECTOR_CSS)
    return on


def step_through(agenda: Sequence[AgendaItem]) -> AgendaItem | None:
    """The unit on screen, with previous and next buttons; the choice is kept in the URL."""
    codes = [item.unit_code for item in agenda]
    if not codes:
        st.info(t("workshop.agenda.empty"))
        return None
    if st.session_state.get(UNIT_KEY) not in codes:  # first run, or the scope changed
        wanted = st.query_params.get(UNIT_KEY)
        st.session_state[UNIT_KEY] = wanted if wanted in codes else codes[0]
    by_code = {item.unit_code: item for item in agenda}
    back, choice, forward = st.columns([2, 5, 2], vertical_alignment="bottom")
    back.button(
        t("workshop.agenda.previous"),
        key="verksted_previous",
        icon=":material/arrow_back:",
        on_click=_step,
        args=(codes, -1),
        width="stretch",
    )
    forward.button(
        t("workshop.agenda.next"),
        key="verksted_next",
        icon=":material/arrow_forward:",
        on_click=_step,
        args=(codes, 1),
        width="stretch",
    )
    code = choice.selectbox(
        t("workshop.agenda.unit"),
        codes,
        format_func=lambda code: _unit_label(by_code[code]),
        key=UNIT_KEY,
    )
    st.query_params[UNIT_KEY] = code
    st.caption(t("workshop.agenda.position", position=codes.index(code) + 1, count=len(codes)))
    return by_code[code]


def _step(codes: list[str], offset: int) -> None:
    st.session_state[UNIT_KEY] = step_unit(codes, st.session_state.get(UNIT_KEY), offset)


def _unit_label(item: AgendaItem) -> str:
    icon = item.signal.status.icon
    return f"{icon} {item.unit_code} {item.unit_name}"


def show_unit_heading(item: AgendaItem) -> None:
    """The unit's name, large, with its sector and status light."""
    status = item.signal.status
    light = f"{status.icon} {status.label}" if status is not Status.NONE else ""
    st.header(plain(f"{item.unit_code} {item.unit_name}"), divider="gray")
    st.caption(f"{plain(item.sector_name)} {light}")


def show_workshop_comments(view: View, unit_codes: Sequence[str], unit_code: str) -> None:
    """The workshop's comments on the unit this month, and a field for the person's own."""
    st.subheader(t("workshop.comments.heading"))
    comments = remember(
        view,
        "workshop_comments",
        (view.year, view.month),
        lambda: workshop_comments(view.store, view.access, view.year, view.month),
    )
    comments = comments[comments["unit_code"].isin(unit_codes)]
    if comments.empty:
        st.caption(t("workshop.comments.none"))
    for row in comments.to_dict("records"):
        at = format_datetime(pd.Timestamp(row["written_at"]).to_pydatetime())
        by = t("workshop.comments.by", by=row["written_by"], at=at)
        st.markdown(f"{plain(row['comment'])}  \n*{plain(by)}*")
    if not may_write_unit(view.store, view.access, unit_code):
        return
    mine = comments.loc[comments["written_by"] == view.access.user, "comment"]
    key = f"workshop_comment_{unit_code}_{view.year}_{view.month}"
    with st.form(key=f"{key}_form", border=False):
        st.text_area(t("workshop.comments.input"), value=mine.iloc[0] if len(mine) else "", key=key)
        st.form_submit_button(
            t("workshop.comments.save"), on_click=_save_comment, args=(view, unit_code, key)
        )


def _save_comment(view: View, unit_code: str, key: str) -> None:
    _attempt(
        lambda: save_workshop_comment(
            view.store, view.access, view.year, view.month, unit_code, st.session_state[key]
        ),
        t("workshop.comments.saved"),
    )


def show_measures_table(view: View, measures: Sequence[Measure], names: dict[str, str]) -> None:
    """The unit's measures of the month, amounts as `1 234 kr` and deadlines as dd.mm.yyyy."""
    st.subheader(t("workshop.measures.heading"))
    if not measures:
        st.caption(t("workshop.measures.none"))
        return
    table = screen_table(measures_table(measures, names, clock.today()))
    unit_columns = [t("workshop.col.unit_code"), t("workshop.col.unit_name")]
    st.dataframe(table.drop(columns=unit_columns), hide_index=True, width="stretch")


def screen_table(table: pd.DataFrame) -> pd.DataFrame:
    """A measures table for the screen: amounts and dates as Norwegian text, the long
    description last so that deadline and status stay in sight."""
    effect, deadline = t("workshop.col.expected_effect"), t("workshop.col.deadline")
    description = t("workshop.col.description")
    formatted = table.assign(
        **{effect: table[effect].map(format_nok), deadline: table[deadline].map(format_date)}
    )
    return formatted.drop(columns=description).assign(**{description: table[description]})


def show_measure_form(view: View, unit_code: str, measures: Sequence[Measure]) -> None:
    """Add a measure, or pick one to change; a picked measure shows its history below.

    A person who may not write for the unit picks measures only to read their history.
    """
    writes = may_write_unit(view.store, view.access, unit_code)
    if not writes:
        st.caption(t("workshop.measures.read_only"))
    by_id = {measure.id: measure for measure in measures}
    options: list[int | None] = [None, *by_id] if writes else list(by_id)
    if not options:
        return
    picked = st.selectbox(
        t("workshop.measures.pick" if writes else "workshop.measures.pick_history"),
        options,
        format_func=lambda i: t("workshop.measures.new_option") if i is None else by_id[i].title,
        key=f"{PICK_KEY}_{unit_code}",
    )
    measure = by_id.get(picked) if picked is not None else None
    if writes:
        _measure_form(view, unit_code, measure)
    if measure is not None:
        show_history(view, measure)


def _measure_form(view: View, unit_code: str, measure: Measure | None) -> None:
    key = f"measure_{'new' if measure is None else measure.id}"
    default = measure.draft() if measure is not None else _blank_draft(view)
    heading = t("workshop.measures.add" if measure is None else "workshop.measures.edit")
    with st.form(key=f"{key}_form", clear_on_submit=measure is None):
        st.markdown(f"**{heading}**")
        st.text_input(t("workshop.field.title"), value=default.title, key=f"{key}_title")
        st.text_area(
            t("workshop.field.description"), value=default.description, key=f"{key}_description"
        )
        left, right = st.columns(2)
        left.text_input(t("workshop.field.owner"), value=default.owner, key=f"{key}_owner")
        right.date_input(
            t("workshop.field.deadline"),
            value=default.deadline,
            format="DD.MM.YYYY",
            key=f"{key}_deadline",
        )
        left.number_input(
            t("workshop.col.expected_effect"),
            value=float(default.expected_effect),
            step=10_000.0,
            format="%.0f",
            key=f"{key}_effect",
        )
        right.selectbox(
            t("workshop.field.status"),
            list(MeasureStatus),
            index=list(MeasureStatus).index(default.status),
            format_func=lambda status: MeasureStatus(status).label,
            key=f"{key}_status",
        )
        if measure is not None:
            st.text_input(t("workshop.measures.note"), key=f"{key}_note")
        st.form_submit_button(
            t("workshop.measures.save"),
            type="primary",
            on_click=_save_measure,
            args=(view, unit_code, measure, key),
            key=f"{key}_save",
        )
    show_message()


def _blank_draft(view: View) -> MeasureDraft:
    next_month = dt.date(view.year + view.month // 12, view.month % 12 + 1, 1)
    return MeasureDraft("", "", "", next_month + dt.timedelta(days=30), 0.0, MeasureStatus.PLANNED)


def _save_measure(view: View, unit_code: str, measure: Measure | None, key: str) -> None:
    state = st.session_state
    draft = MeasureDraft(
        state[f"{key}_title"],
        state[f"{key}_description"],
        state[f"{key}_owner"],
        state[f"{key}_deadline"],
        float(state[f"{key}_effect"] or 0.0),
        MeasureStatus(state[f"{key}_status"]),
    )
    if measure is None:
        _attempt(
            lambda: add_measure(view.store, view.access, unit_code, draft, view.year, view.month),
            t("workshop.measures.added", title=draft.title.strip()),
        )
        return
    _attempt(
        lambda: update_measure(
            view.store, view.access, measure.id, draft, view.year, view.month, state[f"{key}_note"]
        ),
        t("workshop.measures.updated", title=draft.title.strip()),
    )


def _attempt(action: Callable[[], object], success: str) -> None:
    """Runs a save from a callback and keeps its outcome for `show_message` in the next run."""
    try:
        result = action()
    except UserError as error:
        st.session_state[_MESSAGE_KEY] = ("error", str(error))
        return
    unchanged = result == ()
    st.session_state[_MESSAGE_KEY] = (
        ("info", t("workshop.measures.unchanged")) if unchanged else ("success", success)
    )


def show_message() -> None:
    """The outcome of the last save, once."""
    kind, text = st.session_state.pop(_MESSAGE_KEY, (None, ""))
    if kind is not None:
        {"error": st.error, "info": st.info, "success": st.success}[kind](plain(text))


def show_history(view: View, measure: Measure) -> None:
    """Every change of the measure, month by month."""
    with st.expander(t("workshop.measures.history", title=plain(measure.title)), expanded=False):
        history = read_history(view.store, view.access, [measure.id])
        table = history_table(history)
        changed_at = t("workshop.col.changed_at")
        table = table.assign(
            **{changed_at: table[changed_at].map(lambda at: format_datetime(at.to_pydatetime()))}
        )
        st.dataframe(table, hide_index=True, width="stretch")


def show_overdue(view: View, overdue: Sequence[Measure], names: dict[str, str]) -> None:
    """The measures of the whole selection whose deadline has passed, with an xlsx download."""
    st.subheader(t("workshop.overdue.heading"))
    if not overdue:
        st.caption(t("workshop.overdue.none"))
        return
    st.warning(t("workshop.overdue.count", count=len(overdue)), icon=":material/schedule:")
    _show_measures_with_download(view, overdue, names, "tiltak_over_fristen", "overdue")


def show_month_measures(view: View, measures: Sequence[Measure], names: dict[str, str]) -> None:
    """Every measure on the table this month in the whole selection, with an xlsx download."""
    st.subheader(t("workshop.month_measures.heading"))
    if not measures:
        st.caption(t("workshop.measures.none"))
        return
    _show_measures_with_download(view, measures, names, "tiltak", "measures")


def _show_measures_with_download(
    view: View, measures: Sequence[Measure], names: dict[str, str], file_stem: str, kind: str
) -> None:
    """The measures as a table, and the same table as an xlsx download (`kind`: the sheet's
    text key and the widget key)."""
    table = measures_table(measures, names, clock.today())
    st.dataframe(screen_table(table), hide_index=True, width="stretch")
    download_table(
        table,
        f"{file_stem}_{view.year}_{view.month:02d}.xlsx",
        t(f"workshop.sheet.{kind}"),
        key=f"verksted_download_{kind}",
        demo=view.demo,
    )


def unit_signals(statuses: Sequence[BudgetStatus]) -> dict[str, UnitSignal]:
    """Each unit's status light and forecast gap, for ordering the agenda."""
    return {status.key: UnitSignal(status.status, status.forecast_gap) for status in statuses}


def show_unit_economy(view: View, ledger: Ledger, status: BudgetStatus | None, large: bool) -> None:
    """The unit's key figures, its forecast method, and the cumulative chart (larger on a
    projector)."""
    if status is None:
        st.info(t("common.no_data"))
        return
    show_key_figures(status)
    method = t(f"economy.method.{status.forecast_method.replace('-', '_')}")
    st.markdown(t("workshop.key.method", method=method))
    same = (view.year, view.month, status.key, large)
    figure = remember(
        view, "verksted.chart", same, lambda: _unit_chart(view, ledger, status, large)
    )
    show_chart(figure, key="verksted_chart")


def _unit_chart(view: View, ledger: Ledger, status: BudgetStatus, large: bool) -> go.Figure:
    series = monthly_series(ledger, view.month, f"enhet:{status.key}")
    figure = cumulative_chart(series, status, view.month, view.year, view.demo)
    if large:  # the Streamlit theme sets the axes' fonts itself, so set them one by one
        figure.update_layout(
            font={"size": 20}, title_font={"size": 26}, legend_font={"size": 18}, height=600
        )
        figure.update_xaxes(tickfont={"size": 18}, title_font={"size": 20})
        figure.update_yaxes(tickfont={"size": 18}, title_font={"size": 20})
    return figure
