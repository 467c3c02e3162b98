"""Debt management figures worked by hand."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.finance.debt import debt_management


def test_fixed_share_one_point_and_maturities_by_hand() -> None:
    today = dt.date(2026, 6, 1)
    loans = pd.DataFrame(
        [
            ("A", "KBN", 600_000.0, 4.0, dt.date(2028, 6, 30), dt.date(2040, 12, 31)),
            ("B", "KLP", 300_000.0, 5.0, dt.date(2026, 5, 31), dt.date(2030, 12, 31)),  # ran out
            ("C", "Husbanken", 100_000.0, 3.0, None, dt.date(2030, 6, 30)),
        ],
        columns=["loan", "lender", "balance", "rate_pct", "fixed_until", "maturity"],
    )
    figures = debt_management(loans, today)
    assert figures.total == 1_000_000.0
    assert figures.fixed_share_pct == 60.0
    assert figures.average_rate_pct == 4.2  # (2 400 000 + 1 500 000 + 300 000) ÷ 1 000 000
    assert figures.one_point_first_year == 4_000.0
    assert figures.one_point_full == 10_000.0
    assert figures.maturities == {2030: 400_000.0, 2040: 600_000.0}
