"""Forecasts: run rate, seasonal shares, own forecasts carried forward, and the back-test."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.economy.forecast import (
    SHARE_COLUMNS,
    allocate_targets,
    apply_own_forecasts,
    automatic_forecast,
    backtest,
    forecast_leaves,
    latest_own_forecasts,
    seasonal_shares,
    summarise_backtest,
)
from analytics.store.ledger import ACTUAL_COLUMNS


def history_rows(rows: list[tuple[int, str, str, list[float]]]) -> pd.DataFrame:
    return pd.DataFrame(
        [[year, ansvar, group, *amounts] for year, ansvar, group, amounts in rows],
        columns=["year", "ansvar", "art_group", *ACTUAL_COLUMNS],
    )


def leaf(amounts: list[float], shares: list[float] | None = None, **columns: str) -> pd.DataFrame:
    shares = shares or [np.nan] * 12
    values = {"ansvar": "1000", "art_group": "lonn", "unit_code": "10", **columns}
    return pd.DataFrame(
        [
            {
                **values,
                **dict(zip(ACTUAL_COLUMNS, amounts, strict=True)),
                **dict(zip(SHARE_COLUMNS, shares, strict=True)),
            }
        ]
    )


@pytest.mark.parametrize(
    ("actual_ytd", "month", "expected"),
    [
        (100.0, 1, 1200.0),  # one month of data
        (300.0, 3, 1200.0),
        (-150.0, 3, -600.0),  # income
        (1234.0, 12, 1234.0),  # the year is done
        (0.0, 5, 0.0),  # nothing booked yet
    ],
)
def test_run_rate(actual_ytd: float, month: int, expected: float) -> None:
    forecast, methods = automatic_forecast(
        np.array([actual_ytd]), np.array([0.5]), month, "run-rate"
    )
    assert forecast.tolist() == [expected]
    assert methods.tolist() == ["run_rate"]


def test_seasonal_uses_the_share_and_falls_back_to_run_rate_without_one() -> None:
    forecast, methods = automatic_forecast(
        np.array([300.0, 300.0]), np.array([0.2, np.nan]), 3, "seasonal"
    )
    assert forecast.tolist() == [1500.0, 1200.0]
    assert methods.tolist() == ["seasonal", "run_rate"]


def test_seasonal_shares_pool_the_last_three_years() -> None:
    # Past years: 100 a month, with 1 200 more in December → by March 300 of 2 400 = 12.5 %.
    december_heavy = [100.0] * 11 + [1300.0]
    history = history_rows(
        [
            (2020, "1000", "lonn", [999.0] * 12),  # four years back: not used
            (2022, "1000", "lonn", december_heavy),
            (2023, "1000", "lonn", december_heavy),
            (2024, "1000", "lonn", [5.0] * 12),  # the year itself: not used
            (2023, "1000", "salgsinntekter", [0.0] * 12),  # no total: no share
        ]
    )
    shares = seasonal_shares(history, 2024)
    lonn = shares[shares["art_group"] == "lonn"].iloc[0]
    assert lonn["s3"] == pytest.approx(0.125)
    assert lonn["s12"] == 1.0
    assert np.isnan(shares[shares["art_group"] == "salgsinntekter"]["s3"]).all()


def test_a_tiny_share_is_not_trusted() -> None:
    # 1 % by January: dividing by it would multiply noise a hundred times.
    history = history_rows([(2023, "1000", "lonn", [1.0] + [9.0] * 11)])
    shares = seasonal_shares(history, 2024)
    assert np.isnan(shares["s1"].iloc[0])
    assert shares["s2"].iloc[0] == pytest.approx(0.1)


def test_forecast_leaves_with_one_month_of_data() -> None:
    leaves = leaf([250.0] + [0.0] * 11, shares=[0.1] + [0.2] * 11)
    assert forecast_leaves(leaves, 1, "auto")["forecast"].tolist() == [2500.0]
    assert forecast_leaves(leaves, 1, "run-rate")["forecast"].tolist() == [3000.0]


def test_own_forecast_is_carried_forward_and_the_newest_wins() -> None:
    own = pd.DataFrame(
        {"month": [2, 4, 9], "unit_code": ["10", "10", "10"], "forecast": [100.0, 200.0, 300.0]}
    )
    assert latest_own_forecasts(own, 1).empty
    assert latest_own_forecasts(own, 3).to_dict() == {"10": 100.0}
    assert latest_own_forecasts(own, 8).to_dict() == {"10": 200.0}


def test_own_unit_forecast_is_spread_over_the_units_lines_by_their_forecasts() -> None:
    leaves = pd.DataFrame(
        {
            "ansvar": ["1000", "1001", "1100"],
            "unit_code": ["10", "10", "11"],
            "forecast": [300.0, 100.0, 50.0],
            "forecast_method": ["seasonal", "run_rate", "run_rate"],
        }
    )
    own = pd.DataFrame({"month": [2], "unit_code": ["10"], "forecast": [500.0]})
    result = apply_own_forecasts(leaves, own, 3)
    assert result["forecast"].tolist() == [375.0, 125.0, 50.0]  # +100 split 3:1
    assert result["forecast_method"].tolist() == ["own", "own", "run_rate"]
    assert result["own_adjustment"].tolist() == [75.0, 25.0, 0.0]


def test_own_forecast_for_an_ansvar_and_none_in_december() -> None:
    leaves = pd.DataFrame(
        {
            "ansvar": ["1000", "1001"],
            "unit_code": ["10", "10"],
            "forecast": [0.0, 0.0],
            "forecast_method": ["run_rate", "run_rate"],
        }
    )
    own = pd.DataFrame({"month": [1], "unit_code": ["1001"], "forecast": [99.99]})
    assert apply_own_forecasts(leaves, own, 5)["forecast"].tolist() == [0.0, 99.99]
    assert apply_own_forecasts(leaves, own, 12)["forecast"].tolist() == [0.0, 0.0]


def test_allocation_is_even_when_all_forecasts_are_zero_and_adds_up_to_the_øre() -> None:
    leaves = pd.DataFrame(
        {"code": ["a", "a", "a"], "forecast": [0.0, 0.0, 0.0], "forecast_method": ["run_rate"] * 3}
    )
    result = allocate_targets(leaves, "code", pd.Series({"a": 100.0}))
    assert result["forecast"].tolist() == [33.34, 33.33, 33.33]
    assert round(result["forecast"].sum(), 2) == 100.0


def test_backtest_compares_forecasts_with_the_real_year_end() -> None:
    # 2023: 100 a month (year-end 1 200). 2024: 100 a month but 1 300 in December (2 400).
    history = history_rows(
        [
            (2023, "1000", "lonn", [100.0] * 12),
            (2024, "1000", "lonn", [100.0] * 11 + [1300.0]),
            (2025, "1000", "lonn", [1.0] * 12),  # the year shown: not tested
        ]
    ).assign(unit_code="10")
    rows = backtest(history, "unit_code", 2025)
    assert set(rows["year"]) == {2023, 2024}
    march_2024 = rows[(rows["year"] == 2024) & (rows["month"] == 3)].set_index("method")
    # run rate: 300 / 3 × 12 = 1 200 against 2 400 → −1 200 (−50 %)
    assert march_2024.loc["run-rate", "forecast"] == 1200.0
    assert march_2024.loc["run-rate", "error"] == -1200.0
    assert march_2024.loc["run-rate", "error_pct"] == -50.0
    # seasonal with 2023's share (25 % by March): 300 / 0.25 = 1 200, the same here
    assert march_2024.loc["seasonal", "forecast"] == 1200.0
    first_year = rows[(rows["year"] == 2023) & (rows["method"] == "seasonal")]
    assert (first_year["forecast"] == 1200.0).all()  # no history: run rate
    summary = summarise_backtest(rows, "run-rate")
    assert summary.loc["10", 3] == pytest.approx(25.0)  # mean of 0 % and 50 %
