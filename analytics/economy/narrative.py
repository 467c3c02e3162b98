"""Plain-language sentences about a part of the organisation's year-end, built from its figures.

"Helse og omsorg venter et merforbruk på 4,2 mill. kr ved årets slutt, hovedsakelig lønn og
sosiale utgifter (3,1 mill. kr) og mindre refusjoner enn budsjettert (0,9 mill. kr)."

Every word comes from the gap table (`GapTable`: the forecast gap = annual budget − forecast,
negative an overspend) and the same scope's gap table by art group, never from anything else:
- within `BALANCE_SHARE` of the gross budget (or under `BALANCE_KRONER`), the scope keeps its
  budget; otherwise an overspend or an underspend with its amount;
- the reasons are the art groups that pull the same way, largest first, as many as it takes to
  explain `EXPLAINED_SHARE` of the total (at most `MAX_REASONS`); an income group that pulls
  towards an overspend is less income than budgeted.
"""

from __future__ import annotations

from collections.abc import Sequence

from analytics.core.artgroups import income_groups
from analytics.core.formatting import format_millions
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus, GapTable

BALANCE_SHARE = 0.005
BALANCE_KRONER = 100_000.0
EXPLAINED_SHARE = 0.6
MAX_REASONS = 3


def year_end_sentence(total: BudgetStatus, by_art_group: GapTable | None = None) -> str:
    """One sentence on the scope's expected year-end, with its main reasons when given."""
    gap = total.forecast_gap
    if _in_balance(total):
        return t("narrative.balance", name=total.name, amount=format_millions(abs(gap))) + "."
    key = "narrative.overspend" if gap < 0 else "narrative.underspend"
    sentence = t(key, name=total.name, amount=format_millions(abs(gap)))
    reasons = main_reasons(gap, by_art_group.rows) if by_art_group else []
    if reasons:
        listed = _listed([_reason(row, gap) for row in reasons])
        sentence = t("narrative.with_reasons", sentence=sentence, reasons=listed)
    return sentence + "."


def main_reasons(gap: float, rows: Sequence[BudgetStatus]) -> list[BudgetStatus]:
    """The art groups that pull the way the total goes, largest first, until they explain
    `EXPLAINED_SHARE` of it (at most `MAX_REASONS`)."""
    pulling = sorted(
        (row for row in rows if row.forecast_gap * gap > 0),
        key=lambda row: abs(row.forecast_gap),
        reverse=True,
    )
    chosen: list[BudgetStatus] = []
    for row in pulling[:MAX_REASONS]:
        chosen.append(row)
        if sum(abs(r.forecast_gap) for r in chosen) >= EXPLAINED_SHARE * abs(gap):
            break
    return chosen


def _in_balance(total: BudgetStatus) -> bool:
    gross = max(abs(total.annual_budget), 1.0)
    return abs(total.forecast_gap) < max(BALANCE_KRONER, BALANCE_SHARE * gross)


def _reason(row: BudgetStatus, gap: float) -> str:
    amount = format_millions(abs(row.forecast_gap))
    name = row.name[:1].lower() + row.name[1:]
    if row.key in income_groups():
        key = "narrative.less_income" if gap < 0 else "narrative.more_income"
        return t(key, group=name, amount=amount)
    return t("narrative.expense_reason", group=name, amount=amount)


def _listed(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return t("narrative.and", first=", ".join(parts[:-1]), last=parts[-1])
