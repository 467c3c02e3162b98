"""What planned investments do to the financial room, year by year.

A scenario holds planned investments (a project, its gross cost per year with VAT, grants,
own funds) and the terms of the loans that finance the rest. Per investment and year:

    loan = cost − grants − VAT compensation (vat_share × cost) − own funds   (never below 0)

Each year's loan is taken up at the start of that year on the scenario's terms
(`finance.loans`), so interest and instalments run from that year. From the year a building
opens, the yearly running costs change by `running_cost` and it is depreciated evenly over
`depreciation_years` (its cost without the VAT that is refunded).

The effect on a plan year (NOK as figures, not as stored signs):
- operating expenses rise by running costs and depreciation; net financial items fall by
  interest and instalments; depreciation is cancelled by its counter-entry (art 990), so the
  net operating result falls by running costs + interest + instalments;
- the long-term debt grows by the loans taken up and shrinks by their instalments;
- own funds are the transfer from operating (art 570) paid by using the disposition fund (940),
  so the fund shrinks by them and the accounting result is unchanged by them.

For a municipality registered in ROBEK, every new loan needs the state's approval.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace

from analytics.core.settings import Settings
from analytics.finance.balance import Balance, with_item
from analytics.finance.figures import YearFigures, share_pct
from analytics.finance.loans import LoanKind, LoanTerms, schedule
from analytics.finance.room import FinanceYear, finance_year


@dataclass(frozen=True)
class PlannedInvestment:
    """One planned investment (NOK per year, gross: VAT included)."""

    project: str
    name: str
    costs: Mapping[int, float]
    grants: Mapping[int, float] = field(default_factory=dict)
    own_funds: Mapping[int, float] = field(default_factory=dict)
    vat_share: float = 0.2  # of the gross cost: 25 % VAT is 20 % of a price with VAT
    opens: int | None = None
    running_cost: float = 0.0  # a year, from the year it opens; negative: savings
    depreciation_years: int = 40

    def loan(self, year: int) -> float:
        """What must be borrowed in `year` (NOK)."""
        cost = self.costs.get(year, 0.0)
        financed = (
            self.grants.get(year, 0.0) + cost * self.vat_share + self.own_funds.get(year, 0.0)
        )
        return round(max(cost - financed, 0.0), 2)

    def depreciation(self, year: int) -> float:
        """The year's depreciation: from the opening year, the cost without VAT ÷ its years."""
        if self.opens is None or year < self.opens:
            return 0.0
        base = sum(self.costs.values()) * (1 - self.vat_share)
        return round(base / self.depreciation_years, 2)

    def running(self, year: int) -> float:
        return self.running_cost if self.opens is not None and year >= self.opens else 0.0


@dataclass(frozen=True)
class Scenario:
    """A named set of planned investments and the terms of their loans."""

    name: str
    investments: tuple[PlannedInvestment, ...] = ()
    rate_pct: float = 4.0
    loan_years: int = 40
    loan_kind: LoanKind = "annuity"


@dataclass(frozen=True)
class ScenarioYear:
    """A year of the scenario's consequences (NOK as figures)."""

    year: int
    new_loans: float
    interest: float
    instalments: float
    running_cost: float
    depreciation: float
    own_funds: float

    @property
    def result_change(self) -> float:
        """The change of the net operating result (negative: less room)."""
        return round(-(self.running_cost + self.interest + self.instalments), 2) + 0.0


def scenario_years(scenario: Scenario, years: Sequence[int]) -> list[ScenarioYear]:
    """The scenario's consequences in each of `years` (loans from earlier years included)."""
    loans = [
        schedule(
            LoanTerms(amount, scenario.rate_pct, scenario.loan_years, scenario.loan_kind, year)
        )
        for investment in scenario.investments
        for year in sorted(investment.costs)
        if (amount := investment.loan(year)) > 0
    ]
    result = []
    for year in years:
        paid = [entry for loan in loans for entry in loan if entry.year == year]
        result.append(
            ScenarioYear(
                year=year,
                new_loans=round(sum(i.loan(year) for i in scenario.investments), 2),
                interest=round(sum(entry.interest for entry in paid), 2),
                instalments=round(sum(entry.instalment for entry in paid), 2),
                running_cost=round(sum(i.running(year) for i in scenario.investments), 2),
                depreciation=round(sum(i.depreciation(year) for i in scenario.investments), 2),
                own_funds=round(sum(i.own_funds.get(year, 0.0) for i in scenario.investments), 2),
            )
        )
    return result


def apply_scenario(
    room: Sequence[FinanceYear], scenario: Scenario, settings: Settings
) -> list[FinanceYear]:
    """The room with the scenario's consequences added to its plan and forecast years (years
    from the accounts are history and stay as they were)."""
    years = [year.year for year in room]
    effects = {effect.year: effect for effect in scenario_years(scenario, years)}
    debt_change = fund_change = 0.0
    changed = []
    for year in room:
        effect = effects[year.year]
        if year.figures.source == "accounts":
            changed.append(year)
            continue
        debt_change += effect.new_loans - effect.instalments
        fund_change -= effect.own_funds
        figures = _changed_figures(year.figures, effect)
        balance = _changed_balance(year.balance, debt_change, fund_change)
        changed.append(finance_year(figures, balance, settings))
    return changed


def _changed_figures(figures: YearFigures, effect: ScenarioYear) -> YearFigures:
    costs = effect.running_cost + effect.depreciation
    financial = effect.interest + effect.instalments
    result = figures.net_operating_result + effect.result_change
    return replace(
        figures,
        operating_expenses=round(figures.operating_expenses + costs, 2),
        gross_operating_result=round(figures.gross_operating_result - costs, 2),
        net_financial_items=round(figures.net_financial_items - financial, 2),
        net_operating_result=round(result, 2),
        net_operating_result_pct=share_pct(result, figures.operating_income),
        corrected_net_operating_result=round(
            figures.corrected_net_operating_result + effect.result_change, 2
        ),
        accounting_result=round(figures.accounting_result + effect.result_change, 2),
    )


def _changed_balance(balance: Balance | None, debt: float, fund: float) -> Balance | None:
    if balance is None:
        return None
    changed = with_item(
        balance, "langsiktig gjeld", round(balance.item("langsiktig gjeld") + debt, 2)
    )
    return with_item(changed, "disposisjonsfond", round(balance.item("disposisjonsfond") + fund, 2))


def compare(
    room: Sequence[FinanceYear], scenarios: Sequence[Scenario], settings: Settings
) -> dict[str, list[FinanceYear]]:
    """Each scenario's room, by its name, side by side (a scenario without investments shows
    the plan as it is)."""
    return {scenario.name: apply_scenario(room, scenario, settings) for scenario in scenarios}


def scenario_json(scenario: Scenario) -> str:
    """The scenario as JSON (years as text keys), as saved in finance_scenarios."""
    return json.dumps(
        {
            "name": scenario.name,
            "rate_pct": scenario.rate_pct,
            "loan_years": scenario.loan_years,
            "loan_kind": scenario.loan_kind,
            "investments": [asdict(investment) for investment in scenario.investments],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def scenario_from_json(text: str) -> Scenario:
    """The scenario saved as `scenario_json` wrote it."""
    spec = json.loads(text)
    investments = tuple(
        PlannedInvestment(
            project=str(item["project"]),
            name=str(item["name"]),
            costs=_by_year(item["costs"]),
            grants=_by_year(item.get("grants", {})),
            own_funds=_by_year(item.get("own_funds", {})),
            vat_share=float(item.get("vat_share", 0.2)),
            opens=int(item["opens"]) if item.get("opens") is not None else None,
            running_cost=float(item.get("running_cost", 0.0)),
            depreciation_years=int(item.get("depreciation_years", 40)),
        )
        for item in spec.get("investments", [])
    )
    kind: LoanKind = "serial" if spec.get("loan_kind") == "serial" else "annuity"
    return Scenario(
        name=str(spec["name"]),
        investments=investments,
        rate_pct=float(spec.get("rate_pct", 4.0)),
        loan_years=int(spec.get("loan_years", 40)),
        loan_kind=kind,
    )


def _by_year(amounts: Mapping[str, float]) -> dict[int, float]:
    return {int(year): float(amount) for year, amount in amounts.items()}
