"""The financial room read from the books: every year from the first accounts to the economic
plan's last year, with the balance, the ROBEK assessment and the loan portfolio.

- Years before the current year with operating accounts are `accounts` years; the current year
  is a `forecast` year (`finance.current`); later years with plan lines (budget kind `plan`)
  are `plan` years; a later year without plan lines takes the plan's main figures where they
  were imported (`finance.plan_figures`).
- The balance of a year is the imported one (`finance_items`), else carried forward
  (`finance.balance`): new loans are S(910) of the investment ledger (its accounts for a closed
  year, its applying budget for the current year). Plan years take no new loans of their own:
  what a plan's investments borrow is what a scenario adds (`finance.scenarios`), so the plan
  as it stands is the room without new investments.
- The ROBEK facts: the accumulated deficit per year end, the adopted coverage plan, S(530)
  booked, and whether the adopted budget and the plan balance (every operating line summed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access, Role, visible_organisation
from analytics.core.settings import Settings
from analytics.finance.balance import ITEMS, Balance, Movements, balances_through
from analytics.finance.current import forecast_by_art
from analytics.finance.figures import Source, figures_by_year, line_sums, with_kostra_art
from analytics.finance.plan_figures import plan_by_art_from_items
from analytics.finance.robek import RobekInput, RobekStatus, assess
from analytics.finance.room import FinanceYear, room_by_year
from analytics.store import Store
from analytics.store.finance import (
    accounts_by_art_month,
    item_amounts,
    read_coverage_plan,
    read_forecasts,
    read_items,
    read_loans,
)
from analytics.store.ledger import accounts_by_art, budget_by_art, latest_month, plan_by_art

INVESTMENT = "investment"


@dataclass(frozen=True)
class FinanceBooks:
    """What the room is computed from (NOK as stored; by year and 3-digit KOSTRA art)."""

    current_year: int
    current_month: int | None
    by_art: pd.DataFrame  # year, kostra_art, amount: accounts, forecast and plan years
    sources: dict[int, Source]
    budget_sums: dict[int, float]  # the applying operating budget, every line, per year
    new_loans: dict[int, float]  # S(910) of the investment ledger per year (negative)
    balances: tuple[Balance, ...]  # as imported
    coverage_plan: dict[int, float]
    loans: pd.DataFrame

    @property
    def years(self) -> list[int]:
        return sorted(self.sources)

    def last_accounts_year(self) -> int | None:
        closed = [year for year, source in self.sources.items() if source == "accounts"]
        return max(closed) if closed else None


def read_books(store: Store, today: dt.date) -> FinanceBooks:
    """Everything the room needs from the store, as of `today` (the clock's date)."""
    year = today.year
    accounts = with_kostra_art(accounts_by_art(store))
    history = accounts[accounts["year"] < year]
    budget = budget_by_art(store)
    month = latest_month(store, year)
    own = _own_forecasts(store, year)
    current = forecast_by_art(
        year, accounts_by_art_month(store, year), month, budget[budget["year"] == year], own
    )
    plan = with_kostra_art(plan_by_art(store))
    plan = plan[plan["year"] > year]
    main_figures = plan_by_art_from_items(
        item_amounts(read_items(store)), {int(y) for y in plan["year"].unique()}, year
    )
    plan = pd.concat([plan, main_figures], ignore_index=True) if len(main_figures) else plan
    by_art = pd.concat([history, current, plan], ignore_index=True)
    sources: dict[int, Source] = {int(y): "accounts" for y in history["year"].unique()}
    if len(current):
        sources[year] = "forecast"
    sources.update({int(y): "plan" for y in plan["year"].unique()})
    return FinanceBooks(
        current_year=year,
        current_month=month,
        by_art=by_art,
        sources=sources,
        budget_sums=_sums_by_year(budget),
        new_loans=_new_loans(store, year),
        balances=_stored_balances(store),
        coverage_plan=read_coverage_plan(store),
        loans=read_loans(store),
    )


def _own_forecasts(store: Store, year: int) -> dict[str, float]:
    frame = read_forecasts(store, year)
    return dict(zip(frame["line"].astype(str), frame["amount"].astype(float), strict=True))


def _sums_by_year(lines: pd.DataFrame) -> dict[int, float]:
    summed = lines.groupby("year")["amount"].sum()
    return dict(zip(summed.index.astype(int).tolist(), summed.astype(float).tolist(), strict=True))


def _new_loans(store: Store, year: int) -> dict[int, float]:
    """S(910) of the investment ledger: accounts before `year`, the applying budget in it."""
    accounts = with_kostra_art(accounts_by_art(store, INVESTMENT))
    budget = with_kostra_art(budget_by_art(store, INVESTMENT))
    lines = pd.concat(
        [accounts[accounts["year"] < year], budget[budget["year"] == year]], ignore_index=True
    )
    loans = lines[lines["kostra_art"] == 910]
    return _sums_by_year(loans)


def _stored_balances(store: Store) -> tuple[Balance, ...]:
    by_year = item_amounts(read_items(store))
    return tuple(
        Balance(year, {name: amount for name, amount in items.items() if name in ITEMS})
        for year, items in sorted(by_year.items())
        if any(name in ITEMS for name in items)
    )


@dataclass(frozen=True)
class FinanceRoom:
    """The room year by year, its ROBEK status and the books it came from."""

    books: FinanceBooks
    years: tuple[FinanceYear, ...]
    robek: RobekStatus
    sums: pd.DataFrame  # line_sums: S(line) per year

    def year(self, year: int) -> FinanceYear | None:
        return next((item for item in self.years if item.year == year), None)

    def line(self, year: int, line: str) -> float:
        """S(line) of a year (NOK as stored; 0 for a year without lines)."""
        hit = self.sums[self.sums["year"] == year] if len(self.sums) else self.sums
        return float(hit[line].iloc[0]) if len(hit) else 0.0


def compute_room(books: FinanceBooks, settings: Settings) -> FinanceRoom:
    """The figures, balances and rule lights of every year, and the ROBEK assessment."""
    figures = figures_by_year(books.by_art, books.sources) if books.sources else []
    sums = line_sums(books.by_art) if books.sources else pd.DataFrame()
    results = {year.year: year.accounting_result for year in figures}
    movements = {
        int(row["year"]): Movements(
            fund_allocations=float(row["fund_allocations"]),
            fund_uses=float(row["fund_uses"]),
            new_loans=books.new_loans.get(int(row["year"]), 0.0),
            instalments=float(row["instalments"]),
            deficit_coverage=float(row["deficit_coverage"]),
            accounting_result=results.get(int(row["year"]), 0.0),
        )
        for _, row in sums.iterrows()
    }
    last = max(books.years) if books.years else books.current_year
    balances = balances_through(books.balances, movements, last)
    years = tuple(room_by_year(figures, balances, settings))
    return FinanceRoom(books, years, assess(_robek_input(books, years, sums)), sums)


def _robek_input(
    books: FinanceBooks, years: tuple[FinanceYear, ...], sums: pd.DataFrame
) -> RobekInput:
    closed = [year for year in years if year.figures.source == "accounts"]
    booked = (
        {
            int(row["year"]): float(row["deficit_coverage"])
            for _, row in sums.iterrows()
            if books.sources.get(int(row["year"])) == "accounts"
        }
        if len(sums)
        else {}
    )
    plan_sums = books.by_art[books.by_art["year"].map(books.sources) == "plan"]
    return RobekInput(
        deficits={
            year.year: year.balance.item("akkumulert merforbruk")
            for year in closed
            if year.balance is not None
        },
        plan=books.coverage_plan,
        booked=booked,
        operating_income=closed[-1].figures.operating_income if closed else 0.0,
        budget_sums={
            year: amount for year, amount in books.budget_sums.items() if year >= books.current_year
        },
        plan_sums=_sums_by_year(plan_sums),
    )


YEAR_KEYS = (
    "year",
    "operating_income",
    "operating_expenses",
    "gross_operating_result",
    "net_financial_items",
    "net_operating_result",
    "net_operating_result_pct",
    "disposition_fund_pct",
    "net_debt_pct",
    "source",
)


def year_row(year: FinanceYear) -> dict[str, object]:
    """One year as the command line, the page, the card and the reports show it (YEAR_KEYS;
    NOK to the øre, % with two decimals)."""
    figures = year.figures
    return {
        "year": year.year,
        "operating_income": figures.operating_income,
        "operating_expenses": figures.operating_expenses,
        "gross_operating_result": figures.gross_operating_result,
        "net_financial_items": figures.net_financial_items,
        "net_operating_result": figures.net_operating_result,
        "net_operating_result_pct": _plain(figures.net_operating_result_pct),
        "disposition_fund_pct": _plain(year.disposition_fund_pct),
        "net_debt_pct": _plain(year.net_debt_pct),
        "source": figures.source,
    }


def _plain(value: float | None) -> float | None:
    return None if value is None else float(value)


def may_see_room(access: Access, organisation: pd.DataFrame) -> bool:
    """The figures are the whole municipality's: the director, administrators, leaders and
    anyone whose units cover every ansvar may see them."""
    if access.sees_everything or access.role == Role.LEADER:
        return True
    visible = visible_organisation(organisation, access)
    return len(organisation) > 0 and len(visible) == len(organisation)


def as_of(year: int, today: dt.date) -> dt.date:
    """The date the room of `year` is seen from: today in the current year, else the year's
    last day (its accounts are then the forecast)."""
    return today if year == today.year else dt.date(year, 12, 31)
