"""Annuity and serial loans, worked by hand to the øre."""

from __future__ import annotations

import pytest

from analytics.core.errors import UserError
from analytics.finance.loans import LoanTerms, LoanYear, schedule


def test_annuity_to_the_øre() -> None:
    # P = 1 000 000 × 0,05 ÷ (1 − 1,05^−3) = 367 208,56 a year
    years = schedule(LoanTerms(1_000_000, 5.0, 3, "annuity", 2027))
    assert years == (
        LoanYear(2027, 50_000.00, 317_208.56, 682_791.44),  # 1 000 000 × 5 %
        LoanYear(2028, 34_139.57, 333_068.99, 349_722.45),  # 682 791,44 × 5 % = 34 139,572
        LoanYear(2029, 17_486.12, 349_722.45, 0.0),  # the rest; 349 722,45 × 5 % = 17 486,1225
    )
    assert [year.payment for year in years] == [367_208.56, 367_208.56, 367_208.57]


def test_serial_to_the_øre() -> None:
    years = schedule(LoanTerms(900_000, 3.0, 3, "serial", 2026))
    assert years == (
        LoanYear(2026, 27_000.0, 300_000.0, 600_000.0),
        LoanYear(2027, 18_000.0, 300_000.0, 300_000.0),
        LoanYear(2028, 9_000.0, 300_000.0, 0.0),
    )


def test_serial_instalments_that_do_not_divide_put_the_øre_left_in_the_last_year() -> None:
    years = schedule(LoanTerms(1_000_000, 0.0, 3, "serial", 2026))
    assert [year.instalment for year in years] == [333_333.33, 333_333.33, 333_333.34]
    assert [year.interest for year in years] == [0.0, 0.0, 0.0]


def test_an_annuity_without_interest_is_a_serial_loan() -> None:
    annuity = schedule(LoanTerms(120_000, 0.0, 4, "annuity", 2026))
    assert [year.instalment for year in annuity] == [30_000.0] * 4


@pytest.mark.parametrize(
    ("amount", "rate", "years", "kind"),
    [
        (0, 4.0, 10, "annuity"),
        (1_000, -1.0, 10, "serial"),
        (1_000, 4.0, 0, "serial"),
        (1, 1, 1, "bullet"),
    ],
)
def test_impossible_terms_are_refused(amount: float, rate: float, years: int, kind: str) -> None:
    with pytest.raises(UserError):
        LoanTerms(amount, rate, years, kind, 2026)  # type: ignore[arg-type]
