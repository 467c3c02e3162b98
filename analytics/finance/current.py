"""The current year's figures by KOSTRA art: the year-end forecast of the operating ledger.

The lines a year's run rate says nothing about take their revised budget (the applying budget),
unless the finance office gave its own forecast (table finance_forecasts, by fixed line):

| fixed line | 3-digit KOSTRA arts | why no run rate |
| --- | --- | --- |
| tax | 870–879 | income and property tax come unevenly through the year |
| block_grant | 800–809 | the block grant ("rammetilskudd") is paid in ten instalments |
| depreciation | 590 | booked at the year end |
| depreciation_counter | 990 | booked at the year end |
| premium_deviation | 089 | the pension premium deviation is booked at the year end |
| instalments | 510 | paid on the loans' due dates |
| fund_transfers | 530–580, 930–980 | below the line, decided at the year end |

Every other art: the run rate, actual so far ÷ months × 12 (the economy forecast's "run-rate"
method, by art). At month 12 the accounts are final and are the forecast. Amounts NOK as stored.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analytics.finance.figures import with_kostra_art

FIXED_LINES: dict[str, tuple[tuple[int, int], ...]] = {
    "tax": ((870, 879),),
    "block_grant": ((800, 809),),
    "depreciation": ((590, 590),),
    "depreciation_counter": ((990, 990),),
    "premium_deviation": ((89, 89),),
    "instalments": ((510, 510),),
    "fund_transfers": ((530, 580), (930, 980)),
}


def fixed_line(art: int) -> str | None:
    """The fixed line a 3-digit KOSTRA art belongs to, or None (a run-rate art)."""
    for line, ranges in FIXED_LINES.items():
        if any(first <= art <= last for first, last in ranges):
            return line
    return None


def forecast_by_art(
    year: int,
    actuals: pd.DataFrame,
    month: int | None,
    budget: pd.DataFrame,
    own: Mapping[str, float],
) -> pd.DataFrame:
    """The year-end forecast per KOSTRA art: year, kostra_art, amount (NOK as stored).

    `actuals`: the year's accounts by art and month (art, month, amount); `month`: the latest
    month with accounts (None: none yet, the budget is the forecast); `budget`: the year's
    applying budget by art (art, amount); `own`: the finance office's forecast per fixed line,
    which replaces that line's budget (booked on the line's first art)."""
    planned = _by_art(year, budget)
    if month is None:
        return _with_own(year, planned, own)
    so_far = _by_art(year, actuals)
    if month >= 12:
        return so_far
    run_rate = so_far.assign(amount=so_far["amount"] / month * 12)
    keep_run = run_rate["kostra_art"].map(fixed_line).isna()
    keep_budget = planned["kostra_art"].map(fixed_line).notna()
    combined = pd.concat([run_rate[keep_run], planned[keep_budget]], ignore_index=True)
    return _with_own(year, combined, own)


def _by_art(year: int, lines: pd.DataFrame) -> pd.DataFrame:
    if lines.empty:
        return pd.DataFrame({"year": [], "kostra_art": [], "amount": []})
    return with_kostra_art(lines[["art", "amount"]].assign(year=year))


def _with_own(year: int, by_art: pd.DataFrame, own: Mapping[str, float]) -> pd.DataFrame:
    """`by_art` with the fixed lines the finance office forecast replaced by its amounts."""
    lines = by_art["kostra_art"].map(fixed_line)
    kept = by_art[~lines.isin(list(own))]
    added = pd.DataFrame(
        {
            "year": [year] * len(own),
            "kostra_art": [FIXED_LINES[line][0][0] for line in own],
            "amount": [float(amount) for amount in own.values()],
        }
    )
    frame = pd.concat([kept, added], ignore_index=True) if len(added) else kept
    summed = frame.groupby(["year", "kostra_art"], as_index=False)["amount"].sum()
    return pd.DataFrame(summed)
