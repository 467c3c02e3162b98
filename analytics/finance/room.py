"""The financial room year by year: the key figures, the balance, the council's rules, and the
minimum instalment of kommuneloven § 14-18.

A year comes from the accounts (closed years), the forecast (the current year) or the economic
plan (later years). The rules are rows of the KPI table (`core.names.KPIS`): net operating result
and disposition fund as a minimum share of operating income, net debt as a maximum, their
targets in the settings; `status_against_target` gives the light.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analytics.core.names import Status, kpi, status_against_target
from analytics.core.settings import Settings
from analytics.finance.balance import Balance
from analytics.finance.figures import YearFigures, share_pct

RULES = ("net_operating_result", "disposition_fund", "net_debt")


@dataclass(frozen=True)
class FinanceYear:
    """One year of the room: its figures, its balance (None before the first one known), the
    rules' shares of operating income (%) and their lights."""

    figures: YearFigures
    balance: Balance | None
    disposition_fund_pct: float | None
    net_debt: float | None
    net_debt_pct: float | None
    statuses: Mapping[str, Status]

    @property
    def year(self) -> int:
        return self.figures.year

    @property
    def shares(self) -> dict[str, float | None]:
        """The share (%) of operating income each rule measures."""
        return rule_shares(self.figures, self.disposition_fund_pct, self.net_debt_pct)


def rule_shares(
    figures: YearFigures, fund_pct: float | None, debt_pct: float | None
) -> dict[str, float | None]:
    """Rule → the share (%) of operating income it measures."""
    return {
        "net_operating_result": figures.net_operating_result_pct,
        "disposition_fund": fund_pct,
        "net_debt": debt_pct,
    }


def net_debt_excludes(settings: Settings) -> tuple[str, ...]:
    """The loans the council's rule leaves out of net debt (`finance_net_debt_excludes`)."""
    return tuple(
        name.strip() for name in settings.finance_net_debt_excludes.split(",") if name.strip()
    )


def finance_year(figures: YearFigures, balance: Balance | None, settings: Settings) -> FinanceYear:
    """The year with its balance shares and the lights of the council's rules."""
    income = figures.operating_income
    fund_pct = share_pct(balance.item("disposisjonsfond"), income) if balance else None
    net_debt = balance.net_debt(net_debt_excludes(settings)) if balance else None
    debt_pct = share_pct(net_debt, income) if net_debt is not None else None
    statuses = rule_statuses(rule_shares(figures, fund_pct, debt_pct), settings)
    return FinanceYear(figures, balance, fund_pct, net_debt, debt_pct, statuses)


def rule_statuses(shares: Mapping[str, float | None], settings: Settings) -> dict[str, Status]:
    """The light of each rule for its share (% of operating income); none without a share."""
    statuses = {}
    for rule in RULES:
        value = shares[rule]
        goal = kpi(rule)
        target = float(getattr(settings, goal.target_setting))
        statuses[rule] = (
            Status.NONE
            if value is None
            else status_against_target(value, target, goal.direction, goal.yellow_band)
        )
    return statuses


def room_by_year(
    figures: Sequence[YearFigures], balances: Mapping[int, Balance], settings: Settings
) -> list[FinanceYear]:
    """Every year of `figures` with its balance (where one is known or carried forward)."""
    return [finance_year(year, balances.get(year.year), settings) for year in figures]


@dataclass(frozen=True)
class MinimumInstalment:
    """§ 14-18: the least the operating budget must carry in instalments, against what it does.

    minimum = debt × the year's depreciation ÷ the book value of depreciable fixed assets, where
    debt is the long-term debt less pension obligations and on-lending loans (NOK).
    """

    year: int
    debt: float
    depreciation: float
    book_value: float
    minimum: float | None  # None without a book value
    instalments: float

    @property
    def sufficient(self) -> bool | None:
        return None if self.minimum is None else self.instalments + 1.0 >= self.minimum


def minimum_instalment(
    year: int, balance: Balance, depreciation: float, instalments: float
) -> MinimumInstalment:
    """The minimum instalment check of a year (depreciation S(590), instalments S(510), NOK)."""
    debt = (
        balance.item("langsiktig gjeld")
        - balance.item("pensjonsforpliktelser")
        - balance.item("formidlingslån")
    )
    book_value = balance.item("avskrivbare anleggsmidler")
    minimum = round(debt * depreciation / book_value, 2) if book_value > 0 else None
    return MinimumInstalment(year, round(debt, 2), depreciation, book_value, minimum, instalments)
