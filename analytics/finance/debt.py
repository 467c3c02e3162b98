"""Finance and debt management ("finans- og gjeldsforvaltning"), as the council is told during
the year: the fixed-rate share of the loan portfolio, what falls due per year, the cost of one
percentage point higher interest, and the minimum instalment of kommuneloven § 14-18.

- fixed-rate share = the balance of loans whose rate is fixed beyond `today` ÷ all balances;
- one percentage point higher interest costs 1 % of the floating balance in the first year
  and 1 % of every balance once the fixed rates have run out (NOK a year);
- maturities: the balances that fall due in each year (by the maturity date's year).
Amounts NOK (positive balances), rates % a year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analytics.finance.figures import share_pct


@dataclass(frozen=True)
class DebtManagement:
    """The portfolio's key figures on a date."""

    total: float
    fixed: float
    fixed_share_pct: float | None
    average_rate_pct: float | None
    one_point_first_year: float
    one_point_full: float
    maturities: dict[int, float]  # year → balance falling due


def debt_management(loans: pd.DataFrame, today: dt.date) -> DebtManagement:
    """The key figures of `loans` (loan, lender, balance, rate_pct, fixed_until, maturity)."""
    balances = loans["balance"].astype(float)
    total = round(float(balances.sum()), 2)
    fixed_until = pd.to_datetime(loans["fixed_until"])
    is_fixed = (fixed_until > pd.Timestamp(today)).fillna(False).astype(bool)
    fixed = round(float(balances[is_fixed].sum()), 2)
    rate = (
        round(float((balances * loans["rate_pct"].astype(float)).sum()) / total, 2)
        if total > 0
        else None
    )
    years = pd.to_datetime(loans["maturity"]).dt.year
    maturities = balances[years.notna()].groupby(years[years.notna()].astype(int)).sum()
    return DebtManagement(
        total=total,
        fixed=fixed,
        fixed_share_pct=share_pct(fixed, total),
        average_rate_pct=rate,
        one_point_first_year=round((total - fixed) * 0.01, 2),
        one_point_full=round(total * 0.01, 2),
        maturities=dict(
            zip(
                maturities.index.astype(int).tolist(),
                maturities.round(2).astype(float).tolist(),
                strict=True,
            )
        ),
    )
