"""Shared widgets of the Oversikt and Økonomi pages: the cached ledger, key figures, tables."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

import pandas as pd
import streamlit as st

from analytics.core.artgroups import LEDGERS, OPERATING
from analytics.core.formatting import format_millions, format_pct
from analytics.core.organisation import Scope
from analytics.core.texts import t
from analytics.economy.drilldown import DrillPoint, child_by, descend, drill_rows, has_children
from analytics.economy.forecast import FORECAST_CHOICES, ForecastChoice
from analytics.economy.gaps import BudgetStatus, GapTable, backtest_by_unit
from analytics.economy.ledger import Ledger, load_ledger, unit_names
from analytics.economy.periods import PeriodKind, period_figures
from analytics.economy.tables import backtest_table, method_name, period_table, status_table
from ui.context import View, fingerprint, remember, remember_content
from ui.download import download_made_table
from ui.text import plain

T = TypeVar("T")
LEDGER_KEY = "economy_ledger"  # the widget of the ledger choice, shared by the economy pages


def current_ledger(view: View, ledger_name: str = OPERATING) -> Ledger:
    """The view's year of a ledger (operating unless told) for the signed-in person, read once
    per data version and shared by the person's sessions (analytics never changes a ledger it
    is given)."""
    return remember(
        view,
        "ledger",
        (view.year, ledger_name),
        lambda: load_ledger(view.store, view.access, view.year, ledger_name),
    )


def ledger_content(view: View, ledger: Ledger) -> Hashable:
    """The ledger's content as a key: figures computed from the ledger alone are kept while it
    stays the same (an upload for another sector leaves this person's figures be)."""
    return remember(
        view,
        "ledger.content",
        (view.year, ledger.ledger_name),
        lambda: (
            ledger.ledger_name,
            fingerprint(ledger.leaves),
            fingerprint(ledger.history),
            fingerprint(ledger.own),
            fingerprint(ledger.organisation),
            ledger.settings,
        ),
    )


def from_ledger(
    view: View, ledger: Ledger, name: str, key: Hashable, compute: Callable[[], T]
) -> T:
    """What `compute()` makes of the ledger alone, kept while the ledger's content and `key`
    stay the same."""
    return remember_content(name, (ledger_content(view, ledger), key), compute)


def pick_ledger() -> str:
    """The ledger choice: operating ("Drift", the default) or investment."""
    choice: str = st.radio(
        t("economy.page.ledger"),
        LEDGERS,
        format_func=lambda name: t(f"ledger.{name}").capitalize(),
        horizontal=True,
        key=LEDGER_KEY,
        help=t("economy.page.ledger_help"),
    )
    return choice


def pick_method(key: str) -> ForecastChoice:
    """The forecast method selector (automatic by default)."""
    choice: ForecastChoice = st.selectbox(
        t("economy.page.forecast_method"),
        FORECAST_CHOICES,
        format_func=lambda c: t(f"economy.method.{c.replace('-', '_')}"),
        key=key,
    )
    return choice


def show_key_figures(total: BudgetStatus) -> None:
    """Four cards: annual budget, actual so far, gap so far, forecast with its gap and status."""
    columns = st.columns(4)
    columns[0].metric(t("economy.col.annual_budget"), format_millions(total.annual_budget))
    consumption = f"{t('economy.col.consumption_pct')} {format_pct(total.consumption_pct)}"
    net_only = total.consumption_pct is None and total.budget_ytd != 0
    with columns[1]:
        _metric_with_note(
            "actual_ytd",
            total.actual_ytd,
            consumption,
            hint=t("economy.page.consumption_net") if net_only else None,
        )
    columns[2].metric(t("economy.col.gap_ytd"), format_millions(total.gap_ytd))
    with columns[3]:
        _metric_with_note(
            "forecast",
            total.forecast,
            f"{total.status.icon} {format_millions(total.forecast_gap)}",
            hint=f"{method_name(total.forecast_method)}. {t('economy.page.gap_help')}",
        )


def _metric_with_note(column: str, amount: float, note: str, hint: str | None = None) -> None:
    """A key figure in millions with a grey note below it (no arrow: it is not a change)."""
    st.metric(
        t(f"economy.col.{column}"),
        format_millions(amount),
        delta=note,
        delta_color="off",
        delta_arrow="off",
        help=hint,
    )


def show_status_table(
    rows: Sequence[BudgetStatus], key: str, view: View | None = None, same: Hashable = None
) -> None:
    """The rows as a table with Norwegian amounts and a status light. With `same` (what the
    rows were computed from, a data version or content among it) the formatted table is kept
    while that stays the same."""
    if same is None:
        table = _lit_table(rows)
    else:
        table = remember_content(f"status_table.{key}", same, lambda: _lit_table(rows))
    st.dataframe(table, hide_index=True, key=key)


def _lit_table(rows: Sequence[BudgetStatus]) -> pd.DataFrame:
    table = status_table(rows)
    status_header = t("economy.col.status")
    lights = [
        f"{row.status.icon} {text}" for row, text in zip(rows, table[status_header], strict=True)
    ]
    return table.assign(**{status_header: lights})


def show_download(
    rows: Sequence[BudgetStatus], view: View, name: str, key: str, ledger_name: str = OPERATING
) -> None:
    """An xlsx download of the rows, numbers as numbers (made when it is asked for); the file
    and sheet say the ledger."""
    ledger = t(f"ledger.{ledger_name}")
    download_made_table(
        lambda: status_table(rows, formatted=False),
        f"{name}_{ledger}_{view.year}_{view.month:02d}.xlsx",
        f"{t('economy.page.sheet')} ({ledger})",
        key=key,
        demo=view.demo,
    )


def show_drilldown(
    view: View,
    ledger: Ledger,
    point: DrillPoint,
    method: ForecastChoice,
    table: GapTable | None = None,
) -> None:
    """The rows one level below the point (`table` when already computed), and a picker that
    opens one of them a level further."""
    same = (view.store.version, ledger.ledger_name, view.year, view.month, point.key, method)
    table = table or remember(
        view, "drill_rows", same, lambda: drill_rows(view.store, ledger, view.month, point, method)
    )
    by = child_by(point)
    show_status_table(table.with_total(), key=f"drill_{point.key}", view=view, same=same)
    if not has_children(point, by) or not table.rows:
        return
    names = {row.key: f"{row.key} {row.name}" for row in table.rows}
    picked = st.selectbox(
        t("economy.page.drilldown_pick"),
        [None, *names],
        key=f"drill_pick_{point.key}",
        format_func=lambda key: "–" if key is None else names[key],
    )
    if picked is not None:
        lower = descend(ledger, point, picked)
        st.markdown(f"**{plain(names[picked])}**")
        below = (view.store.version, ledger.ledger_name, view.year, view.month, lower.key, method)
        lower_rows = remember(
            view,
            "drill_rows",
            below,
            lambda: drill_rows(view.store, ledger, view.month, lower, method),
        )
        show_status_table(lower_rows.with_total(), key=f"drill_{lower.key}", view=view, same=below)


def show_periods(ledger: Ledger, view: View, scope: Scope, method: ForecastChoice) -> None:
    """Quarter or tertial figures with the change since the last report."""
    kind: PeriodKind = st.radio(
        t("economy.page.period_kind"),
        ("tertial", "quarter"),
        horizontal=True,
        format_func=lambda k: t(f"economy.page.period_{k}"),
        key="okonomi_period_kind",
    )
    table = from_ledger(
        view,
        ledger,
        "periods",
        (view.month, kind, scope.key, method),
        lambda: (
            period_table(periods)
            if (periods := period_figures(ledger, view.month, kind, scope, method))
            else None
        ),
    )
    if table is None:
        st.info(t("common.no_data"))
        return
    st.dataframe(table, hide_index=True, key="okonomi_periods")


def show_backtest(view: View, ledger: Ledger, scope: Scope) -> None:
    """Mean forecast error by unit and month in earlier years (seasonal method)."""
    summary = from_ledger(
        view, ledger, "backtest", scope.key, lambda: backtest_by_unit(ledger, scope)
    )
    if summary.empty:
        st.info(t("economy.page.backtest_none"))
        return
    st.caption(t("economy.page.backtest_help"))
    st.dataframe(
        backtest_table(summary, unit_names(ledger)), hide_index=True, key="okonomi_backtest"
    )
