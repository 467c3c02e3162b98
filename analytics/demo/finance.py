"""The demo municipality's central finance lines, balance, loans, ROBEK coverage plan and
investment scenarios (made up, deterministic; years relative to the current year `c`).

- Central lines on a finance sector ("9 Fellesområder"): tax (art 18700 → KOSTRA 870) and
  block grant (18000 → 800) that balance every budget; interest (15000 → 500) on the loan debt,
  instalments (15100 → 510), interest income (19000 → 900), depreciation (15900 → 590) and its
  counter-entry (19900 → 990), the pension premium deviation (10890 → 089), allocations to and
  uses of the disposition fund (15400 → 540, 19400 → 940) and the coverage of the deficit
  (15300 → 530).
- The story: small surpluses put into the disposition fund, then a deficit in year c−3 (about
  2 % of operating income), a coverage plan over c−2 … c that runs past the two years of
  § 14-10, so the municipality is in ROBEK; the economic plan balances with a small allocation
  to the fund. The accounts of a closed year hit the year's accounting result by their tax
  income (what the demo decides is the year's result).
- Balance items per closed year carried forward from a starting balance by the books' own
  movements (finance.balance); the loan portfolio sums to the loan debt of the last closed year.
- Three saved scenarios: without the new buildings, with the school, with both.
Amounts NOK, expenses positive, income negative.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import pandas as pd

from analytics.core import clock
from analytics.core.texts import t
from analytics.demo.economy import FIRST_YEAR, REVISED_YEARS
from analytics.demo.projects import PROJECTS
from analytics.finance.balance import Balance, Movements, carried_forward
from analytics.finance.scenarios import PlannedInvestment, Scenario, scenario_json
from analytics.store import Store
from analytics.store.demo import DEMO_UPLOADER, DemoUpload, write_demo_ledger
from analytics.store.finance import (
    store_coverage_upload,
    store_items_upload,
    store_loans_upload,
    write_scenario,
    yearly_ledger_sums,
)
from analytics.store.organisation import ORG_COLUMNS, read_organisation, replace_organisation
from analytics.store.uploads import NewUpload

SEED = 2613
SECTOR = ("9", "Fellesområder")
UNIT = ("900", "Finans")
TAX_ANSVAR, FINANCE_ANSVAR, FUNDS_ANSVAR = "9000", "9100", "9200"
ANSVAR = {
    TAX_ANSVAR: "Skatt og rammetilskudd",
    FINANCE_ANSVAR: "Renter, avdrag og avskrivninger",
    FUNDS_ANSVAR: "Avsetninger og inndekning",
}
ARTS = {
    "18700": "Skatt på inntekt og formue",
    "18000": "Rammetilskudd",
    "15000": "Renteutgifter",
    "15100": "Avdrag på lån",
    "19000": "Renteinntekter",
    "15900": "Avskrivninger",
    "19900": "Motpost avskrivninger",
    "10890": "Premieavvik",
    "15400": "Avsetning til disposisjonsfond",
    "19400": "Bruk av disposisjonsfond",
    "15300": "Dekning av tidligere års merforbruk",
}
TAX_SHARE = 0.44  # of tax and block grant together
START_BALANCE = {  # at the end of the year before FIRST_YEAR
    "disposisjonsfond": 14_000_000.0,
    "langsiktig gjeld": 1_120_000_000.0,
    "pensjonsforpliktelser": 760_000_000.0,
    "utlån": 38_000_000.0,
    "ubrukte lånemidler": 12_000_000.0,
    "formidlingslån": 32_000_000.0,
    "selvkostlån": 55_000_000.0,
    "avskrivbare anleggsmidler": 540_000_000.0,
    "akkumulert merforbruk": 0.0,
}
INSTALMENT_YEARS = 27  # the loan debt ÷ this is a year's instalment
DEFICIT_PCT = -2.0  # the accounting result of year c−3, % of operating income
SURPLUS_PCT = 0.8  # the fund allocation of a good year, % of operating income
COVERAGE = (0.30, 0.30, 0.40)  # of the deficit, in c−2, c−1, c
PENSION_GROWTH = 0.03
INCOME_PER_EXPENSE = 1.0  # tax and grant cover the net expenses exactly (the budget balances)


def interest_rate(year: int) -> float:
    """The portfolio's average interest rate (%) in a year: low until 2021, then higher."""
    return 1.8 if year <= 2021 else 3.1 if year == 2022 else 4.2


def add_demo(store: Store, today: dt.date | None = None) -> str:
    """Writes the finance sector, its lines, the balance, loans, coverage plan and scenarios."""
    today = today or clock.today()
    year = today.year
    _add_finance_sector(store)
    units = yearly_ledger_sums(store)
    budget, accounts, balances = central_lines(units, year, today)
    uploads = _uploads(budget, accounts)
    names = pd.DataFrame(
        [("art", art, name) for art, name in ARTS.items()], columns=["field", "code", "name"]
    )
    write_demo_ledger(store, uploads, budget, accounts, names)
    _store_balance(store, balances, year)
    _store_loans(store, balances[year - 1], year)
    _store_coverage(store, balances, year)
    _store_scenarios(store, year)
    return t("demo.finance_summary", loans=len(LOANS), scenarios=3)


def _add_finance_sector(store: Store) -> None:
    organisation = read_organisation(store)
    rows = pd.DataFrame(
        [(code, name, *UNIT, *SECTOR) for code, name in ANSVAR.items()], columns=ORG_COLUMNS
    )
    replace_organisation(store, pd.concat([organisation, rows], ignore_index=True))


def _sum(units: pd.DataFrame, year: int, kind: str) -> float:
    hit = units[(units["year"] == year) & (units["kind"] == kind)]
    return float(hit["amount"].sum())


# (loan, lender, share of the loan debt, rate − the year's average (pp), fixed for (years; None:
# floating), matures in (years))
LOANS = (
    ("20150012", "Kommunalbanken", 0.22, -0.35, 3, 18),
    ("20170031", "Kommunalbanken", 0.16, 0.10, None, 21),
    ("20190007", "KLP Kommunekreditt", 0.14, -0.60, 1, 13),
    ("OBL-2021", "Obligasjonslån (Nordic Trustee)", 0.12, -0.80, 4, 4),
    ("SERT-24", "Sertifikatlån", 0.08, 0.25, None, 1),
    ("20220044", "Kommunalbanken", 0.13, 0.30, 6, 28),
    ("HB-START", "Husbanken (startlån)", 0.07, -0.45, None, 22),
    ("20240019", "KLP Kommunekreditt", 0.08, 0.05, 2, 30),
)  # fmt: skip


def central_lines(
    units: pd.DataFrame, year: int, today: dt.date
) -> tuple[pd.DataFrame, pd.DataFrame, dict[int, Balance]]:
    """Budget and accounts lines of the finance sector for every year, and the balance at each
    closed year's end (deterministic for a `today`)."""
    rng = np.random.default_rng(SEED)
    balance = Balance(FIRST_YEAR - 1, START_BALANCE)
    budget_rows: list[tuple[object, ...]] = []
    account_rows: list[tuple[object, ...]] = []
    balances: dict[int, Balance] = {}
    deficit = 0.0
    last_plan = int(units.loc[units["kind"] == "plan", "year"].max())
    for when in range(FIRST_YEAR, last_plan + 1):
        fixed = _fixed_lines(balance, when)
        kinds = _budget_kinds(units, when, year)
        for kind in kinds:
            lines = {**fixed, **_budget_funds(when, year, deficit, _sum(units, when, kind))}
            lines.update(_income(_sum(units, when, kind), lines))
            budget_rows += [
                (when, kind, ansvar, art, amount) for ansvar, art, amount in _rows(lines)
            ]
        if when < year:
            lines, result = _closed_year(units, when, year, fixed, deficit, rng)
            account_rows += [
                (when, month, a, art, part)
                for a, art, amount in _rows(lines)
                for month, part in _by_month(art, amount)
            ]
            deficit = deficit if result >= 0 else -result
            balance = _next_balance(balance, when, lines, result, _sum(units, when, "new_loans"))
            balances[when] = balance
        elif when == year:
            own = {**fixed, **_budget_funds(when, year, deficit, _sum(units, when, kinds[-1]))}
            own.update(_income(_sum(units, when, kinds[-1]), own))
            account_rows += _months_so_far(own, when, today)
    budget = pd.DataFrame(budget_rows, columns=["year", "budget_kind", "ansvar", "art", "amount"])
    accounts = pd.DataFrame(account_rows, columns=["year", "period", "ansvar", "art", "amount"])
    return _as_budget(budget), _as_accounts(accounts), balances


def _budget_kinds(units: pd.DataFrame, when: int, year: int) -> list[str]:
    if when > year:
        return ["plan"]
    return ["original", "revised"] if when in REVISED_YEARS else ["original"]


def _fixed_lines(balance: Balance, when: int) -> dict[str, float]:
    """Interest, instalments, interest income and depreciation from the balance before `when`."""
    debt = balance.item("langsiktig gjeld") - balance.item("pensjonsforpliktelser")
    depreciation = _hundreds(balance.item("avskrivbare anleggsmidler") * 0.03)
    return {
        "15000": _hundreds(debt * interest_rate(when) / 100),
        "15100": _hundreds(debt / INSTALMENT_YEARS),
        "19000": -_hundreds(2_400_000 * 1.03 ** (when - FIRST_YEAR)),
        "15900": depreciation,
        "19900": -depreciation,
    }


def _budget_funds(when: int, year: int, deficit: float, units: float) -> dict[str, float]:
    """The budget's lines below the result: coverage of the deficit or a fund allocation."""
    if year - 2 <= when <= year and deficit > 0:
        return {"15300": _hundreds(_coverage_share(when, year) * deficit)}
    if when == year - 3:
        return {}
    return {"15400": _hundreds(units * SURPLUS_PCT / 100)}


def _coverage_share(when: int, year: int) -> float:
    return COVERAGE[when - (year - 2)]


def _income(units: float, lines: dict[str, float]) -> dict[str, float]:
    """Tax and block grant that balance the budget (every line summed to 0)."""
    total = -(units + sum(lines.values())) * INCOME_PER_EXPENSE
    tax = _hundreds(total * TAX_SHARE)
    return {"18700": tax, "18000": _hundreds(total - tax)}


def _closed_year(
    units: pd.DataFrame,
    when: int,
    year: int,
    fixed: dict[str, float],
    deficit: float,
    rng: np.random.Generator,
) -> tuple[dict[str, float], float]:
    """A closed year's lines and its accounting result (the story of the module docstring)."""
    spent = _sum(units, when, "accounts")
    lines = {**fixed, "10890": _hundreds(float(rng.normal(0.0, 1_500_000)))}
    result = 0.0
    if when == year - 3:
        result = _hundreds(spent * DEFICIT_PCT / 100)
    elif year - 2 <= when and deficit > 0:
        lines["15300"] = _hundreds(_coverage_share(when, year) * deficit)
    else:
        lines["15400"] = _hundreds(spent * SURPLUS_PCT / 100)
    total = -result - (spent + sum(lines.values()))
    tax = _hundreds(total * TAX_SHARE)
    lines.update({"18700": tax, "18000": round(total - tax, 2)})
    return lines, result


def _year_end(art: str) -> bool:
    return art in {"15900", "19900", "10890", "15400", "19400", "15300"}


def _next_balance(
    balance: Balance, when: int, lines: dict[str, float], result: float, new_loans: float
) -> Balance:
    movements = Movements(
        fund_allocations=lines.get("15400", 0.0),
        fund_uses=lines.get("19400", 0.0),
        new_loans=new_loans,
        instalments=lines["15100"],
        deficit_coverage=lines.get("15300", 0.0),
        accounting_result=result,
    )
    carried = carried_forward(balance, when, movements)
    assets = balance.item("avskrivbare anleggsmidler") - lines["15900"] - new_loans * 1.1
    pensions = balance.item("pensjonsforpliktelser") * (1 + PENSION_GROWTH)
    debt = carried.item("langsiktig gjeld") + pensions - balance.item("pensjonsforpliktelser")
    items = {
        **carried.items,
        "avskrivbare anleggsmidler": round(assets, 2),
        "pensjonsforpliktelser": round(pensions, 2),
        "langsiktig gjeld": round(debt, 2),
    }
    return Balance(when, items)


def _months_so_far(lines: dict[str, float], when: int, today: dt.date) -> list[tuple[object, ...]]:
    """The current year's central accounts up to the last complete month (no year-end lines)."""
    return [
        (when, month, ansvar, art, part)
        for ansvar, art, amount in _rows(lines)
        if not _year_end(art)
        for month, part in _by_month(art, amount)
        if month < today.month
    ]


def _by_month(art: str, amount: float) -> list[tuple[int, float]]:
    """A year's line as the books have it month by month: tax, grant, interest and interest
    income by twelfths, instalments in June and December, year-end lines in period 13. The
    last month takes the rounding, so the months sum to the line to the øre."""
    if _year_end(art):
        return [(13, amount)]
    shares = {6: 0.5, 12: 0.5} if art == "15100" else {month: 1 / 12 for month in range(1, 13)}
    parts = [(month, round(amount * share, 2)) for month, share in shares.items()]
    *first, (last, _) = parts
    return [*first, (last, round(amount - sum(part for _, part in first), 2))]


def _rows(lines: dict[str, float]) -> list[tuple[str, str, float]]:
    """(ansvar, art, amount) of each line: income on the tax ansvar, fund lines on their own."""

    def ansvar(art: str) -> str:
        if art in ("18700", "18000"):
            return TAX_ANSVAR
        return FUNDS_ANSVAR if art in ("15400", "19400", "15300") else FINANCE_ANSVAR

    return [(ansvar(art), art, float(amount)) for art, amount in lines.items() if amount]


def _hundreds(amount: float) -> float:
    return float(round(amount, -2))


def _as_budget(frame: pd.DataFrame) -> pd.DataFrame:
    key = "finance-budget-" + frame["budget_kind"] + "-" + frame["year"].astype(str)
    return frame.assign(
        month=pd.array([None] * len(frame), dtype="Int64"),
        tjeneste="880",
        prosjekt="",
        upload_key=key.where(frame["budget_kind"] != "plan", "finance-plan"),
    )


def _as_accounts(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(
        tjeneste="880", prosjekt="", upload_key="finance-accounts-" + frame["year"].astype(str)
    )


def _uploads(budget: pd.DataFrame, accounts: pd.DataFrame) -> list[DemoUpload]:
    uploads = []
    for key, lines in budget.groupby("upload_key"):
        years = sorted(int(y) for y in lines["year"].unique())
        uploads.append(
            DemoUpload(
                key=str(key),
                kind="budget",
                file_name=f"demo-{key}.xlsx",
                sha256=_digest(str(key)),
                uploaded_at=dt.datetime(years[0] - 1, 12, 18, 12),
                row_count=len(lines),
                coverage={
                    "years": years,
                    "budget_kinds": sorted(set(lines["budget_kind"])),
                    "ansvar": sorted(set(lines["ansvar"])),
                },
            )
        )
    for key, lines in accounts.groupby("upload_key"):
        year = int(lines["year"].iloc[0])
        periods = sorted(int(p) for p in set(lines["period"]))
        uploads.append(
            DemoUpload(
                key=str(key),
                kind="accounts",
                file_name=f"demo-{key}.xlsx",
                sha256=_digest(str(key)),
                uploaded_at=dt.datetime(year + 1, 2, 20, 12)
                if 13 in periods
                else dt.datetime(year, min(max(periods) + 1, 12), 10, 12),
                row_count=len(lines),
                coverage={
                    "years": [year],
                    "periods": periods,
                    "ansvar": sorted(set(lines["ansvar"])),
                },
            )
        )
    return sorted(uploads, key=lambda upload: upload.uploaded_at)


def _digest(text: str) -> str:
    return hashlib.sha256(f"demo:finance:{text}".encode()).hexdigest()


def _upload(kind: str, rows: int, year: int) -> NewUpload:
    at = dt.datetime(year, 2, 25, 9)
    return NewUpload(kind, f"demo-{kind}-{year}.xlsx", _digest(kind), DEMO_UPLOADER, rows, {}, at)


def _store_balance(store: Store, balances: dict[int, Balance], year: int) -> None:
    items = pd.DataFrame(
        [
            (when, name, amount)
            for when, balance in balances.items()
            if when >= year - 6
            for name, amount in balance.items.items()
        ],
        columns=["year", "item", "amount"],
    )
    store_items_upload(store, _upload("balance", len(items), year), items)


def _store_loans(store: Store, balance: Balance, year: int) -> None:
    debt = balance.item("langsiktig gjeld") - balance.item("pensjonsforpliktelser")
    rows = []
    for loan, lender, share, spread, fixed, matures in LOANS:
        rows.append(
            {
                "loan": loan,
                "lender": lender,
                "balance": _hundreds(debt * share),
                "rate_pct": round(interest_rate(year) + spread, 2),
                "fixed_until": dt.date(year + fixed, 6, 30) if fixed is not None else None,
                "maturity": dt.date(year + matures, 12, 31),
            }
        )
    store_loans_upload(store, _upload("loans", len(rows), year), pd.DataFrame(rows))


def _store_coverage(store: Store, balances: dict[int, Balance], year: int) -> None:
    deficit = balances[year - 3].item("akkumulert merforbruk")
    left = deficit
    rows = []
    for offset, share in enumerate(COVERAGE):
        amount = _hundreds(deficit * share) if offset < len(COVERAGE) - 1 else round(left, 2)
        left -= amount
        rows.append((year - 2 + offset, amount))
    plan = pd.DataFrame(rows, columns=["year", "amount"])
    store_coverage_upload(store, _upload("coverage", len(plan), year - 2), plan)


RUNNING_COSTS = {"P1001": -1_800_000.0, "P1002": 4_500_000.0}  # a year, from opening


def demo_scenarios(year: int) -> list[Scenario]:
    """Without the new buildings, with the school, with both: their plan years' costs."""
    school, centre = (_planned(code, year) for code in ("P1001", "P1002"))
    return [
        Scenario(t("finance.demo.scenario_none")),
        Scenario(t("finance.demo.scenario_school"), (school,)),
        Scenario(t("finance.demo.scenario_both"), (school, centre)),
    ]


def _planned(code: str, year: int) -> PlannedInvestment:
    project = next(p for p in PROJECTS if p.code == code)
    costs = {
        year + project.start + offset: round(project.frame * share, -2)
        for offset, share in enumerate(project.profile)
        if year + project.start + offset > year
    }
    base = {when: cost / 1.25 for when, cost in costs.items()}
    return PlannedInvestment(
        project=code,
        name=project.name,
        costs=costs,
        grants={when: round(amount * project.grant, -2) for when, amount in base.items()},
        opens=year + project.start + len(project.profile),
        running_cost=RUNNING_COSTS[code],
    )


def _store_scenarios(store: Store, year: int) -> None:
    at = dt.datetime(year, 3, 1, 9)
    for order, scenario in enumerate(demo_scenarios(year)):
        saved = at + dt.timedelta(minutes=order)  # listed in this order
        write_scenario(store, scenario.name, scenario_json(scenario), DEMO_UPLOADER, saved)
