"""A small municipality's books for the finance tests, with every figure worked out by hand.

Closed year (the year before the run's): expenses 600 000 (art 100) + 50 000 internal (290)
+ depreciation 40 000 (590); income 100 000 (600) + 50 000 internal (690) + tax 760 000 (870);
interest 20 000 (500), interest income 5 000 (900), instalments 30 000 (510), counter-entry
40 000 (990), premium deviation −10 000 (089), fund allocation 25 000 (540), deficit
coverage 15 000 (530).
  operating income 860 000, expenses 600 000 + 40 000 − 10 000 (089 is in 010–289: the
  deviation lowers the pension cost) = 630 000, gross 230 000, financial −45 000,
  net operating result 230 000 − 45 000 + 40 000 = 225 000 = 26,16 %; corrected (without the
  deviation) 215 000; accounting result −(sum of every line) = 225 000 − 530 − 540 = 185 000.
Balance at its end: fund 100 000, debt 2 000 000, pensions 800 000, loans given 100 000,
unused loan funds 50 000: net debt 1 050 000 = 122,09 %, fund 11,63 %.

Current year, accounts through March: art 100 150 000 a month (run rate 1 800 000), tax
−200 000 (a fixed line: the revised budget −2 000 000 applies); instalments budget 60 000,
the finance office forecasts 70 000. Investment budget: new loans 500 000 (910).
  income 2 000 000, expenses 1 800 000, gross 200 000, financial −70 000, result 130 000
  = 6,50 %; debt 2 000 000 + 500 000 − 70 000 = 2 430 000, net debt 1 480 000 = 74,00 %.
Plan year after it: art 100 1 900 000, tax −2 100 000, instalments 80 000: result 120 000
= 5,71 %; debt 2 350 000, net debt 1 400 000 = 66,67 %.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.store import Store
from analytics.store.finance import store_items_upload, write_forecast
from analytics.store.organisation import replace_organisation
from analytics.store.uploads import NewUpload, store_ledger_upload
from tests.analytics.economy.data import ORGANISATION

CLOSED = {
    "11000": 600_000.0,
    "12900": 50_000.0,
    "15900": 40_000.0,
    "16000": -100_000.0,
    "16900": -50_000.0,
    "18700": -760_000.0,
    "15000": 20_000.0,
    "19000": -5_000.0,
    "15100": 30_000.0,
    "19900": -40_000.0,
    "10890": -10_000.0,
    "15400": 25_000.0,
    "15300": 15_000.0,
}
BALANCE = {
    "disposisjonsfond": 100_000.0,
    "langsiktig gjeld": 2_000_000.0,
    "pensjonsforpliktelser": 800_000.0,
    "utlån": 100_000.0,
    "ubrukte lånemidler": 50_000.0,
}


def _budget(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    columns = ["ledger", "year", "budget_kind", "ansvar", "prosjekt", "art", "amount", "scope_key"]
    return pd.DataFrame(rows, columns=columns).assign(month=None, tjeneste="")


def _accounts(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    columns = ["ledger", "year", "period", "ansvar", "prosjekt", "art", "amount", "scope_key"]
    return pd.DataFrame(rows, columns=columns).assign(tjeneste="")


def fill_books(store: Store, year: int) -> None:
    """The books of the module docstring, `year` being the current year."""
    replace_organisation(store, ORGANISATION)
    closed = [("operating", year - 1, 13, "1000", "", art, a, "") for art, a in CLOSED.items()]
    current = [("operating", year, m, "1000", "", "11000", 150_000.0, "") for m in (1, 2, 3)]
    current.append(("operating", year, 2, "1000", "", "18700", -200_000.0, ""))
    budget = [
        ("operating", year, "original", "1000", "", "18700", -1_900_000.0, ""),
        ("operating", year, "revised", "1000", "", "18700", -2_000_000.0, ""),
        ("operating", year, "original", "1000", "", "15100", 60_000.0, ""),
        ("operating", year, "original", "1000", "", "11000", 1_700_000.0, ""),
        ("investment", year, "original", "1000", "", "09100", -500_000.0, ""),
        ("operating", year + 1, "plan", "1000", "", "11000", 1_900_000.0, ""),
        ("operating", year + 1, "plan", "1000", "", "18700", -2_100_000.0, ""),
        ("operating", year + 1, "plan", "1000", "", "15100", 80_000.0, ""),
    ]
    upload = NewUpload("mixed", "bøker.xlsx", "x", "kari", 1, {})
    store_ledger_upload(store, upload, _budget(budget), _accounts(closed + current))
    items = pd.DataFrame(
        [(year - 1, item, amount) for item, amount in BALANCE.items()],
        columns=["year", "item", "amount"],
    )
    store_items_upload(store, NewUpload("balance", "balanse.xlsx", "y", "kari", 5, {}), items)
    at = dt.datetime(year, 4, 2, 9)
    write_forecast(store, year, "instalments", 70_000.0, "nytt lån i mars", "kari", at)
