"""The municipality's key figures against the national average and its KOSTRA group, from
KOSTRA key figures as Statistics Norway publishes them (read by the KOSTRA form of the
indicators import kind, `imports/kinds/indicator_forms.py`, and stored with the indicators).

`kostra`: a frame with region (its name), statistic, year, value (a share in %),
accounts_scope (`kommunekasse`: the municipal fund; `konsern`: the group, with municipal
enterprises and inter-municipal companies; '' where the file does not say) and own (True for
the municipality's own region). A statistic is matched to a rule by its text (`STATISTICS`, as
SSB words them); a region is the national average when it starts with "Landet uten Oslo" (or
"Landet"), the KOSTRA group when it starts with the given group name, or, with no name given,
when it names a KOSTRA group at all ("KOSTRA-gruppe 11", "EKG16 Kostragruppe 16").

A comparison row holds, for one rule, accounts scope and year: the share computed here from the
municipality's own books (for the municipal fund only: our books are the kommunekasse), SSB's
published figure for the municipality, the national average and the group's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.finance.room import RULES, FinanceYear
from analytics.store import Store
from analytics.store.goals import MUNICIPALITY, read_definitions, read_values

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
KOSTRA_PREFIX = "kostra."
_GROUP = re.compile(r"kostra-?\s*gruppe", re.IGNORECASE)
_SSB_CODE = re.compile(r"^[A-Z]{2,}[A-Z0-9]*\s+")  # SSB's region codes: EAK, EAKUO, EKG16
FRAME_COLUMNS = ["region", "statistic", "year", "value", "accounts_scope", "own"]


@dataclass(frozen=True)
class ComparisonRow:
    """One rule in one year and accounts scope: our share and the others' (%)."""

    rule: str
    year: int
    accounts_scope: str
    own: float | None  # computed here from the books (the municipal fund only)
    national: float | None
    group: float | None
    published: float | None = None  # SSB's figure for the municipality itself


def rule_of(statistic: str) -> str | None:
    """The rule a KOSTRA statistic measures (by its text, case and spacing aside), or None."""
    text = " ".join(str(statistic).lower().split())
    for rule, names in STATISTICS.items():
        if any(text.startswith(name) for name in names):
            return rule
    return None


def read_kostra(store: Store) -> pd.DataFrame:
    """The stored KOSTRA figures as `compare_with_kostra` reads them (FRAME_COLUMNS)."""
    values = read_values(store)
    values = values[values["indicator_key"].str.startswith(KOSTRA_PREFIX)]
    if values.empty:
        return pd.DataFrame(columns=FRAME_COLUMNS)
    names = read_definitions(store).set_index("indicator_key")["name"]
    return pd.DataFrame(
        {
            "region": values["region_name"].where(values["region_name"] != "", values["region"]),
            "statistic": values["indicator_key"].map(names).fillna(""),
            "year": values["year"].astype(int),
            "value": values["value"].astype(float),
            "accounts_scope": values["accounts_scope"],
            "own": values["unit_code"] == MUNICIPALITY,
        }
    ).reset_index(drop=True)


def group_name(kostra: pd.DataFrame) -> str:
    """The KOSTRA group's region name in the frame ('' when there is none)."""
    groups = sorted(
        {str(region) for region, own in zip(kostra["region"], kostra["own"], strict=False)
         if not own and _GROUP.search(str(region))}
    )  # fmt: skip
    return groups[0] if groups else ""


def compare_with_kostra(
    kostra: pd.DataFrame, years: Sequence[FinanceYear], group: str = ""
) -> list[ComparisonRow]:
    """Rows for every rule, accounts scope and year the KOSTRA frame has a figure for, ordered
    by rule, scope and year. `group`: the region name of the KOSTRA group ("KOSTRA-gruppe 11");
    '' takes any region that names a KOSTRA group."""
    if "own" not in kostra:
        kostra = kostra.assign(own=False)
    places = pd.Series(
        [
            "own" if bool(own) else _place(str(region), group)
            for region, own in zip(kostra["region"], kostra["own"], strict=False)
        ],
        index=kostra.index,
        dtype=object,
    )
    frame = kostra.assign(rule=kostra["statistic"].map(rule_of), place=places).dropna(
        subset=["rule", "place"]
    )
    ours = {year.year: year.shares for year in years}
    rows = []
    for key, found in frame.groupby(["rule", "accounts_scope", "year"]):
        rule, scope, year = (str(part) for part in key)
        values = dict(zip(found["place"], found["value"].astype(float), strict=False))
        rows.append(
            ComparisonRow(
                rule=rule,
                year=int(year),
                accounts_scope=scope,
                own=ours.get(int(year), {}).get(rule) if scope != "konsern" else None,
                national=values.get("national"),
                group=values.get("group"),
                published=values.get("own"),
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
    """'national', 'group' or None for a region name (SSB's code before it, «EAKUO», aside)."""
    text = " ".join(_SSB_CODE.sub("", region.strip()).lower().split())
    if group:
        if text.startswith(" ".join(group.lower().split())):
            return "group"
    elif _GROUP.search(text):
        return "group"
    if any(text.startswith(name) for name in NATIONAL):
        return "national"
    return None
