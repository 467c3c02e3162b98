"""Gap, period, warning and back-test tables with Norwegian headers."""

from __future__ import annotations

import pandas as pd

from analytics.economy.gaps import BudgetStatus
from analytics.economy.periods import PeriodFigures
from analytics.economy.signals import EarlyWarning
from analytics.economy.tables import backtest_table, period_table, status_table, warning_table

ROW = BudgetStatus(
    "210",
    "Čáhppesvuona skuvla",
    "enhet",
    1234567.0,
    100.0,
    0.0,
    100.0,
    0.0,
    -2.4,
    1234569.4,
    "seasonal",
    "green",
)
NBSP = "\u00a0"


def test_status_table_formatted_and_as_numbers() -> None:
    shown = status_table([ROW])
    assert list(shown.columns) == [
        "Kode",
        "Navn",
        "Årsbudsjett",
        "Budsjett hittil",
        "Regnskap hittil",
        "Avvik hittil",
        "Forbruk %",
        "Prognose",
        "Prognoseavvik",
        "Metode",
        "Status",
    ]
    first = shown.iloc[0]
    assert first["Navn"] == "Čáhppesvuona skuvla"
    assert first["Årsbudsjett"] == f"1{NBSP}234{NBSP}567 kr"
    assert first["Forbruk %"] == "0,0 %" and first["Prognose"] == "-2 kr"
    assert (first["Metode"], first["Status"]) == ("Sesongprofil", "I rute")
    numbers = status_table([ROW], formatted=False)
    assert numbers.iloc[0]["Årsbudsjett"] == 1234567.0


def test_period_table_shows_missing_changes_as_a_dash() -> None:
    period = PeriodFigures(
        "1. tertial",
        4,
        400.0,
        440.0,
        -40.0,
        400.0,
        440.0,
        -40.0,
        1320.0,
        -120.0,
        "red",
        None,
        None,
    )
    table = period_table([period])
    assert table.iloc[0]["Periode"] == "1. tertial"
    assert table.iloc[0]["Endring i avvik siden forrige rapport"] == "–"
    assert table.iloc[0]["Status"] == "Tiltak trengs"


def test_warning_and_backtest_tables() -> None:
    warnings = warning_table([EarlyWarning("10", "Skuvla", "forecast_beyond", 4)])
    assert warnings.iloc[0].tolist() == [
        "10",
        "Skuvla",
        "Prognosen har passert grensen for rød status",
    ]
    summary = pd.DataFrame({1: [12.345], 2: [3.0]}, index=pd.Index(["10"], name="code"))
    table = backtest_table(summary, {"10": "Skuvla"})
    assert list(table.columns) == ["Kode", "Navn", "jan", "feb"]
    assert table.iloc[0].tolist() == ["10", "Skuvla", 12.3, 3.0]
