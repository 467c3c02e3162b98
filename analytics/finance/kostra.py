"""The municipality's key figures against the national average and its KOSTRA group, from
KOSTRA key figures as Statistics Norway publishes them (read by the KOSTRA import kind).

`kostra`: a frame with region, statistic, year, value (a share in %) and accounts_scope
(`kommunekasse`: the municipal fund; `konsern`: the group, with municipal enterprises and
inter-municipal companies). A statistic is matched to a rule by its text (`STATISTICS`, as SSB
words them); a region is the national average or the KOSTRA group when it starts with one of
the given names ("Landet uten Oslo", "KOSTRA-gruppe 11"). A comparison row holds both, for
the same accounts scope, beside the municipality's own figure of that year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.finance.room import RULES, FinanceYear

STATISTICS: Mapping[str, tuple[str, ...]] = {
    "net_operating_result": ("netto driftsresultat i prosent av brutto driftsinntekter",
                             "netto driftsresultat i prosent av driftsinntektene",
                             "netto driftsresultat i prosent av brutto driftsinntekter, konsern"),
    "disposition_fund": ("disposisjonsfond i prosent av brutto driftsinntekter",
                         "disposisjonsfond i prosent av driftsinntektene"),
    "net_debt": ("netto lånegjeld i prosent av brutto driftsinntekter",
                 "netto lånegjeld i prosent av driftsinntektene"),
}  # fmt: skip
NATIONAL = ("landet uten oslo", "landet")
SCOPES = ("kommunekasse", "konsern")


@dataclass(frozen=True)
class ComparisonRow:
    """One rule in one year and accounts scope: our share and the two others' (%)."""

    rule: str
    year: int
    accounts_scope: str
    own: float | None
    national: float | None
    group: float | None


def rule_of(statistic: str) -> str | None:
    """The rule a KOSTRA statistic measures (by its text, case and spacing aside), or None."""
    text = " ".join(str(statistic).lower().split())
    for rule, names in STATISTICS.items():
        if any(text.startswith(name) for name in names):
            return rule
    return None


def compare_with_kostra(
    kostra: pd.DataFrame, years: Sequence[FinanceYear], group: str
) -> list[ComparisonRow]:
    """Rows for every rule, accounts scope and year the KOSTRA frame has a figure for, ordered
    by rule, scope and year. `group`: the region name of the KOSTRA group ("KOSTRA-gruppe 11")."""
    frame = kostra.assign(
        rule=kostra["statistic"].map(rule_of),
        place=kostra["region"].map(lambda region: _place(str(region), group)),
    ).dropna(subset=["rule", "place"])
    own = {year.year: year.shares for year in years}
    rows = []
    for key, found in frame.groupby(["rule", "accounts_scope", "year"]):
        rule, scope, year = (str(part) for part in key)
        values = dict(zip(found["place"], found["value"].astype(float), strict=False))
        rows.append(
            ComparisonRow(
                rule=rule,
                year=int(year),
                accounts_scope=scope,
                own=own.get(int(year), {}).get(rule),
                national=values.get("national"),
                group=values.get("group"),
            )
        )
    order = {rule: index for index, rule in enumerate(RULES)}
    return sorted(
        rows,
        key=lambda row: (
            order[row.rule],
            SCOPES.index(row.accounts_scope) if row.accounts_scope in SCOPES else 9,
            row.year,
        ),
    )


def _place(region: str, group: str) -> str | None:
    text = " ".join(region.lower().split())
    if text.startswith(" ".join(group.lower().split())):
        return "group"
    if any(text.startswith(name) for name in NATIONAL):
        return "national"
    return None
