"""The financial key figures of a year, computed from the operating ledger by KOSTRA art.

Amounts are NOK as stored: expenses positive, income negative. The art lists are the table
`data/finance_lines.csv` (configurable per municipality): each *line* is a set of 3-digit KOSTRA
art ranges, and S(line) is the sum of the amounts on those arts. With the default lists:

| figure | definition |
| --- | --- |
| operating income | − S(600–890 without the internal 690 and 790) |
| operating expenses | S(010–490 without the internal 290, and 590 depreciation) |
| gross operating result | operating income − operating expenses |
| net financial items | − S(900–909) − S(500–509) − S(510 instalments) |
| net operating result | gross result + net financial items − S(990, the counter-entry of depreciation) |
| net operating result % | net operating result ÷ operating income × 100 |
| corrected net operating result | the same without the premium deviation (its effect −S(089) is taken out) and without the net allocation to restricted funds S(550) + S(950) |
| accounting result | − the sum of every operating art but 580/980 (positive: "mindreforbruk") |

`net_financial_items` is income minus costs, so it has the opposite sign of KOSTRA's "netto
finansutgifter". The investment side and loans given or received (512, 520–529, 910–929) and the
lines below the result (fund transfers 540–580 and 940–980, the transfer to investment 570, the
coverage of earlier deficits 530) are in no figure above the net operating result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from analytics.core.artgroups import kostra_art
from analytics.core.reference import read_table

Source = Literal["accounts", "forecast", "plan"]
YEAR_END_LINE = "year_end_result"


@dataclass(frozen=True)
class ArtRange:
    """One range of 3-digit KOSTRA arts (inclusive) that belongs to a line."""

    line: str
    first_art: int
    last_art: int


def art_ranges() -> tuple[ArtRange, ...]:
    """The art ranges of every line (data/finance_lines.csv)."""
    rows = read_table("finance_lines.csv", (("line", str), ("first_art", int), ("last_art", int)))
    return tuple(ArtRange(*row) for row in rows)


def line_names() -> tuple[str, ...]:
    """Every line in the table, in its order."""
    return tuple(dict.fromkeys(art_range.line for art_range in art_ranges()))


@dataclass(frozen=True)
class YearFigures:
    """A year's key figures (NOK; % of operating income), and where its figures come from."""

    year: int
    source: Source
    operating_income: float
    operating_expenses: float
    gross_operating_result: float
    net_financial_items: float
    net_operating_result: float
    net_operating_result_pct: float | None
    corrected_net_operating_result: float
    accounting_result: float


def with_kostra_art(lines: pd.DataFrame) -> pd.DataFrame:
    """`lines` (year, art as the local code, amount) with `kostra_art` (int; -1 when the art rule
    does not cover the code), summed per year and KOSTRA art."""
    codes = lines["art"].astype(str)
    mapping = {code: _kostra_number(code) for code in codes.unique()}
    frame = lines.assign(kostra_art=codes.map(mapping).to_numpy())
    summed = frame.groupby(["year", "kostra_art"], as_index=False)["amount"].sum()
    return pd.DataFrame(summed)


def _kostra_number(code: str) -> int:
    kostra = kostra_art(code)
    return int(kostra) if kostra is not None else -1


def line_sums(by_art: pd.DataFrame) -> pd.DataFrame:
    """S(line) per year: a row per year, a column per line, plus `all_operating` (every art).

    `by_art`: year, kostra_art, amount (see `with_kostra_art`).
    """
    years = sorted(int(year) for year in by_art["year"].unique())
    sums = pd.DataFrame({"year": years})
    arts = by_art["kostra_art"].to_numpy()
    for line in line_names():
        ranges = [r for r in art_ranges() if r.line == line]
        hit = np.zeros(len(by_art), dtype=bool)
        for art_range in ranges:
            hit |= (arts >= art_range.first_art) & (arts <= art_range.last_art)
        per_year = by_art[hit].groupby("year")["amount"].sum()
        sums[line] = [float(per_year.get(year, 0.0)) for year in years]
    total = by_art.groupby("year")["amount"].sum()
    return sums.assign(all_operating=[float(total.get(year, 0.0)) for year in years])


def year_figures(year: int, source: Source, sums: pd.Series) -> YearFigures:
    """The key figures from one row of `line_sums` (see the module docstring)."""
    income = -sums["operating_income"]
    expenses = sums["operating_expenses"]
    gross = income - expenses
    financial = -sums["financial_income"] - sums["financial_expenses"] - sums["instalments"]
    result = gross + financial - sums["depreciation_counter"]
    restricted = sums["restricted_allocations"] + sums["restricted_uses"]
    corrected = result + sums["premium_deviation"] - restricted
    accounting = -(sums["all_operating"] - sums[YEAR_END_LINE])
    return YearFigures(
        year=year,
        source=source,
        operating_income=_rounded(income),
        operating_expenses=_rounded(expenses),
        gross_operating_result=_rounded(gross),
        net_financial_items=_rounded(financial),
        net_operating_result=_rounded(result),
        net_operating_result_pct=share_pct(result, income),
        corrected_net_operating_result=_rounded(corrected),
        accounting_result=_rounded(accounting),
    )


def figures_by_year(by_art: pd.DataFrame, sources: dict[int, Source]) -> list[YearFigures]:
    """The key figures of every year in `by_art` that `sources` names, by year."""
    sums = line_sums(by_art)
    return [
        year_figures(year, sources[year], row)
        for year, (_, row) in zip(sums["year"].astype(int).tolist(), sums.iterrows(), strict=True)
        if year in sources
    ]


def share_pct(amount: float, operating_income: float) -> float | None:
    """`amount` as % of operating income (two decimals); None without operating income."""
    if operating_income <= 0:
        return None
    return round(amount / operating_income * 100, 2) + 0.0


def _rounded(value: float) -> float:
    return round(float(value), 2) + 0.0
