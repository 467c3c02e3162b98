"""An economic plan without art: its main figures per year (imported as `balance` rows: year,
item, amount, amounts positive), each item standing for one 3-digit KOSTRA art so that the
plan year's figures are computed as from plan lines (`finance.figures`):

| item | art | stored as |
| --- | --- | --- |
| driftsinntekter | 800 | − amount |
| driftsutgifter | 100 | amount (depreciation included) |
| finansinntekter | 900 | − amount |
| finansutgifter | 500 | amount |
| avdrag | 510 | amount |
| motpost avskrivninger | 990 | − amount |
| avsetning til disposisjonsfond | 540 | amount |
| bruk av disposisjonsfond | 940 | − amount |
| dekning av merforbruk | 530 | amount |

A year with plan lines by art uses those; the main figures are only for years without.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

PLAN_ITEMS: dict[str, tuple[int, int]] = {
    "driftsinntekter": (800, -1),
    "driftsutgifter": (100, 1),
    "finansinntekter": (900, -1),
    "finansutgifter": (500, 1),
    "avdrag": (510, 1),
    "motpost avskrivninger": (990, -1),
    "avsetning til disposisjonsfond": (540, 1),
    "bruk av disposisjonsfond": (940, -1),
    "dekning av merforbruk": (530, 1),
}
PLAN_SPELLINGS = {
    "driftsinntekter": ("driftsinntekter", "sum driftsinntekter", "driftsinntekter i alt"),
    "driftsutgifter": ("driftsutgifter", "sum driftsutgifter", "driftsutgifter i alt"),
    "finansinntekter": ("finansinntekter", "renteinntekter"),
    "finansutgifter": ("finansutgifter", "renteutgifter"),
    "avdrag": ("avdrag", "avdrag på lån"),
    "motpost avskrivninger": ("motpost avskrivninger", "motpost avskrivingar"),
    "avsetning til disposisjonsfond": ("avsetning til disposisjonsfond",
                                       "avsetjing til disposisjonsfond"),
    "bruk av disposisjonsfond": ("bruk av disposisjonsfond",),
    "dekning av merforbruk": ("dekning av merforbruk", "dekning av meirforbruk",
                              "inndekning av merforbruk"),
}  # fmt: skip


def plan_by_art_from_items(
    items: Mapping[int, Mapping[str, float]], skip_years: set[int], after: int
) -> pd.DataFrame:
    """year, kostra_art, amount (NOK as stored) of the main figures of the years after `after`
    that are not in `skip_years` (those have plan lines by art)."""
    rows = [
        (year, PLAN_ITEMS[name][0], PLAN_ITEMS[name][1] * float(amount))
        for year, figures in sorted(items.items())
        if year > after and year not in skip_years
        for name, amount in figures.items()
        if name in PLAN_ITEMS
    ]
    return pd.DataFrame(rows, columns=["year", "kostra_art", "amount"])
