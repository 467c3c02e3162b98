"""The balance sheet figures the council's rules speak of, per year end, and how they carry on.

Items (NOK, as positive balances at the year's end), as imported (`--kind balance`):
`disposisjonsfond` (disposition fund), `langsiktig gjeld` (long-term debt, pension obligations
included, as the balance sheet shows it), `pensjonsforpliktelser` (pension obligations),
`utlån` (loans given), `ubrukte lånemidler` (unused loan funds), `formidlingslån` (on-lending
loans), `selvkostlån` (self-financing loans), `avskrivbare anleggsmidler` (book value of
depreciable fixed assets) and `akkumulert merforbruk` (the accumulated deficit not yet covered).

- Net debt ("netto lånegjeld") = long-term debt − pension obligations − loans given − unused
  loan funds; with `net_debt_excludes` set, also less the on-lending and/or self-financing
  loans, as many councils' rules count it.
- For a year without a stored balance (this year's forecast, the plan years) the balance is
  carried forward from the year before: the fund grows by what is allocated to it (art 540,
  stored positive) and shrinks by what is used (art 940, stored negative): fund + S(540) +
  S(940); the debt grows by new loans (art 910 in the investment ledger, stored negative, so
  − S(910)) and shrinks by the instalments (art 510): debt − S(910) − S(510). The other items
  stay as they were.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

ITEMS = (
    "disposisjonsfond",
    "langsiktig gjeld",
    "pensjonsforpliktelser",
    "utlån",
    "ubrukte lånemidler",
    "formidlingslån",
    "selvkostlån",
    "avskrivbare anleggsmidler",
    "akkumulert merforbruk",
)


@dataclass(frozen=True)
class Balance:
    """The balance items at one year's end (NOK); `carried` when computed, not imported."""

    year: int
    items: Mapping[str, float]
    carried: bool = False

    def item(self, name: str) -> float:
        return float(self.items.get(name, 0.0))

    def net_debt(self, excludes: Sequence[str] = ()) -> float:
        """Long-term debt less pension obligations, loans given, unused loan funds and the
        excluded items (on-lending, self-financing loans)."""
        debt = self.item("langsiktig gjeld") - self.item("pensjonsforpliktelser")
        debt -= self.item("utlån") + self.item("ubrukte lånemidler")
        debt -= sum(self.item(name) for name in excludes)
        return round(debt, 2) + 0.0


@dataclass(frozen=True)
class Movements:
    """What moves the balance in a year (NOK as stored): S(540), S(940), S(910), S(510)."""

    fund_allocations: float = 0.0
    fund_uses: float = 0.0
    new_loans: float = 0.0  # S(910): negative, as income in the investment ledger
    instalments: float = 0.0
    deficit_coverage: float = 0.0  # S(530)
    accounting_result: float = 0.0  # the year's result: negative is a new deficit


def carried_forward(previous: Balance, year: int, movements: Movements) -> Balance:
    """The balance at the end of `year` from the one before and the year's movements."""
    items = dict(previous.items)
    fund = previous.item("disposisjonsfond") + movements.fund_allocations + movements.fund_uses
    debt = previous.item("langsiktig gjeld") - movements.new_loans - movements.instalments
    new_deficit = max(-movements.accounting_result, 0.0)
    deficit = previous.item("akkumulert merforbruk") - movements.deficit_coverage + new_deficit
    deficit = max(deficit, 0.0)
    items.update(
        {
            "disposisjonsfond": round(fund, 2),
            "langsiktig gjeld": round(debt, 2),
            "akkumulert merforbruk": round(deficit, 2),
        }
    )
    return Balance(year, items, carried=True)


def balances_through(
    stored: Sequence[Balance], movements: Mapping[int, Movements], last_year: int
) -> dict[int, Balance]:
    """Every year's balance up to `last_year`: the stored ones, and each later year carried
    forward from the one before. Years before the first stored balance have none."""
    by_year = {balance.year: balance for balance in stored}
    if not by_year:
        return {}
    year = min(by_year)
    while year < last_year:
        year += 1
        if year not in by_year:
            by_year[year] = carried_forward(
                by_year[year - 1], year, movements.get(year, Movements())
            )
    return dict(sorted(by_year.items()))


def with_item(balance: Balance, name: str, amount: float) -> Balance:
    """The balance with one item changed."""
    return replace(balance, items={**balance.items, name: amount})
