"""Loan schedules: yearly interest, instalment and balance of an annuity or a serial loan.

- An **annuity** loan ("annuitetslån") has equal yearly payments P = A·r / (1 − (1 + r)^−n);
  each year's interest is the balance at the start of the year × r, the instalment is P − interest.
- A **serial** loan ("serielån") has equal instalments A ÷ n and falling interest.

Amounts in NOK, rounded to the øre half away from zero each year; the last year's instalment
is whatever remains, so the balance ends at exactly 0. The first year is a whole year (the loan
is taken up at its start), payments are yearly, the rate is a yearly percentage.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from analytics.core.errors import UserError
from analytics.core.formatting import format_plain
from analytics.core.texts import t

LoanKind = Literal["annuity", "serial"]
LOAN_KINDS: tuple[LoanKind, ...] = ("annuity", "serial")
ØRE = Decimal("0.01")


@dataclass(frozen=True)
class LoanYear:
    """One year of a loan: interest and instalment paid that year, balance at its end (NOK)."""

    year: int
    interest: float
    instalment: float
    balance: float

    @property
    def payment(self) -> float:
        """Interest plus instalment."""
        return round(self.interest + self.instalment, 2)


@dataclass(frozen=True)
class LoanTerms:
    """A loan to be taken up at the start of `start`: amount (NOK), yearly rate (%), years."""

    amount: float
    rate_pct: float
    years: int
    kind: LoanKind
    start: int

    def __post_init__(self) -> None:
        if self.amount <= 0 or self.years < 1 or not 0 <= self.rate_pct <= 30:
            raise UserError(
                t(
                    "finance.loan_terms_invalid",
                    amount=format_plain(self.amount),
                    rate=format_plain(self.rate_pct),
                    years=self.years,
                )
            )
        if self.kind not in LOAN_KINDS:
            raise UserError(t("finance.loan_kind_invalid", kind=self.kind))


def schedule(terms: LoanTerms) -> tuple[LoanYear, ...]:
    """The loan year by year from its first year until it is repaid."""
    balance = _money(Decimal(str(terms.amount)))
    rate = Decimal(str(terms.rate_pct)) / 100
    payment = _annuity_payment(balance, rate, terms.years) if terms.kind == "annuity" else None
    serial = _money(balance / terms.years)
    years = []
    for number in range(terms.years):
        interest = _money(balance * rate)
        last = number == terms.years - 1
        if last:
            instalment = balance
        elif payment is not None:
            instalment = payment - interest
        else:
            instalment = serial
        balance -= instalment
        years.append(
            LoanYear(terms.start + number, float(interest), float(instalment), float(balance))
        )
    return tuple(years)


def _annuity_payment(amount: Decimal, rate: Decimal, years: int) -> Decimal:
    if rate == 0:
        return _money(amount / years)
    return _money(amount * rate / (1 - (1 + rate) ** -years))


def _money(value: Decimal) -> Decimal:
    return value.quantize(ØRE, rounding=ROUND_HALF_UP)
