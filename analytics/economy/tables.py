"""Gap, period and back-test tables with Norwegian headers, for the screen, Excel and the PDF.

`formatted=True` gives text as the user reads it (`1 234 567 kr`, `94,3 %`, `I rute`);
`formatted=False` keeps numbers as numbers (for xlsx downloads).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics.core.formatting import format_nok, format_pct, month_short
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus
from analytics.economy.periods import PeriodFigures
from analytics.economy.signals import EarlyWarning

STATUS_COLUMNS = (
    "key",
    "name",
    "annual_budget",
    "budget_ytd",
    "actual_ytd",
    "gap_ytd",
    "consumption_pct",
    "forecast",
    "forecast_gap",
    "forecast_method",
    "status",
)
PERIOD_COLUMNS = (
    "label",
    "budget_period",
    "actual_period",
    "gap_period",
    "budget_ytd",
    "actual_ytd",
    "gap_ytd",
    "forecast",
    "forecast_gap",
    "gap_change",
    "forecast_change",
    "status",
)
_HEADER_KEYS = {"label": "period", "key": "key", "name": "name"}
_PERCENT = {"consumption_pct"}
_TEXT = {"key", "name", "label"}


def method_name(method: str) -> str:
    """`run_rate` → `Lineær framskriving`, and so on."""
    return t(f"economy.method.{method}")


def status_table(rows: Sequence[BudgetStatus], formatted: bool = True) -> pd.DataFrame:
    """One line per BudgetStatus, Norwegian headers."""
    records = [{column: getattr(row, column) for column in STATUS_COLUMNS} for row in rows]
    return _table(pd.DataFrame(records, columns=list(STATUS_COLUMNS)), formatted)


def period_table(periods: list[PeriodFigures], formatted: bool = True) -> pd.DataFrame:
    """One line per quarter or tertial, Norwegian headers."""
    records = [{column: getattr(period, column) for column in PERIOD_COLUMNS} for period in periods]
    return _table(pd.DataFrame(records, columns=list(PERIOD_COLUMNS)), formatted)


def warning_table(warnings: list[EarlyWarning]) -> pd.DataFrame:
    """The early warnings: code, name, what."""
    return pd.DataFrame(
        {
            t("economy.col.key"): [w.key for w in warnings],
            t("economy.col.name"): [w.name for w in warnings],
            t("economy.col.warning"): [w.message for w in warnings],
        }
    )


def backtest_table(summary: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """`forecast.summarise_backtest` as a table: name, then the mean error in % per month."""
    table = summary.round(1)
    table.columns = [month_short(int(month)) for month in table.columns]
    table.insert(
        0, t("economy.col.name"), [names.get(str(code), str(code)) for code in table.index]
    )
    table.insert(0, t("economy.col.key"), [str(code) for code in table.index])
    return table.reset_index(drop=True)


def _table(frame: pd.DataFrame, formatted: bool) -> pd.DataFrame:
    converted = {}
    for column in frame.columns:
        values = frame[column]
        if column == "status":
            values = values.map(lambda status: t(f"status.{status}"))
        elif column == "forecast_method":
            values = values.map(method_name)
        elif formatted and column in _PERCENT:
            values = values.map(format_pct)
        elif formatted and column not in _TEXT:
            values = values.map(format_nok)
        converted[t(f"economy.col.{_HEADER_KEYS.get(column, column)}")] = values
    return pd.DataFrame(converted)
