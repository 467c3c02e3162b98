"""The demo municipality's organisation, budgets and monthly accounts (made up, deterministic).

A small Sami municipality of about 2 600 inhabitants: 5 sectors, 29 units, 44 ansvar.
Codes: sectors one digit ("3"), units three digits ("310"), ansvar four digits ("3100"), so
no code appears at two levels. Amounts in NOK, expenses positive, income negative.
Budgets from 2019 to the current year (annual; two units have monthly budgets; some years
revised), accounts per period 1–12 (period 13 for a few year-end lines) up to the last complete
month before today. Salaries are about two thirds of the costs, with a June dip (holiday pay).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.core import clock
from analytics.core.formatting import format_number
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.demo import DemoUpload, write_demo_ledger
from analytics.store.organisation import replace_organisation

SEED = 2600
FIRST_YEAR = 2019
WAGE_GROWTH = 0.035  # yearly growth of every budget line
REVISED_YEARS = (2020, 2022, 2024, 2026)
WAGE_SETTLEMENT = 0.012  # extra salary growth in the revised years, in budget and accounts
MONTHLY_BUDGET_UNITS = ("310", "460")  # units that send a monthly ("periodisert") budget
PLAN_YEARS = 3  # the economic plan's years after the adopted one
_BUDGET_FIELDS = ["year", "month", "ansvar", "art", "tjeneste", "prosjekt", "budget_kind", "amount"]
_ACCOUNT_FIELDS = ["year", "period", "ansvar", "art", "tjeneste", "prosjekt", "amount"]
UNKNOWN_ANSVAR = (("9990", 2019, 2021), ("0990", 2023, 2023))  # old codes: (code, from, to)

# The chart of arts the demo uses (5 digits: 1 = operations, then the KOSTRA art: 10100 → 010).
ARTS: dict[str, str] = {
    "10100": "Fastlønn",
    "10200": "Lønn vikarer",
    "10400": "Overtid",
    "10900": "Pensjon",
    "10990": "Arbeidsgiveravgift",
    "11000": "Kontormateriell",
    "11150": "Matvarer",
    "11200": "Forbruksmateriell",
    "11300": "Post, telefon og bredbånd",
    "11500": "Kurs og opplæring",
    "11800": "Energi",
    "11950": "Lisenser og avgifter",
    "12300": "Vedlikehold bygg og anlegg",
    "12700": "Konsulenttjenester",
    "13500": "Kjøp fra kommuner",
    "13700": "Kjøp fra private",
    "14290": "Merverdiavgift",
    "14700": "Tilskudd til andre",
    "16200": "Salgsinntekter og brukerbetaling",
    "16300": "Husleieinntekter",
    "17000": "Refusjon fra staten",
    "17101": "Sykelønnsrefusjon",
    "17290": "Momskompensasjon",
    "18100": "Tilskudd fra staten",
}

# How the salary total splits over the salary arts, in the budget and in the accounts: the
# accounts have more temporary staff than budgeted, paid for by sick-pay refunds.
SALARY_SPLIT_BUDGET = {"10100": 0.72, "10200": 0.03, "10400": 0.015, "10900": 0.13, "10990": 0.105}
SALARY_SPLIT_ACTUAL = {"10100": 0.72, "10200": 0.06, "10400": 0.015, "10900": 0.13, "10990": 0.105}
SICK_PAY_REFUND = {"budget": 0.01, "actual": 0.04}  # of the salary total
VAT_SHARE = 0.12  # of goods and services (11xxx, 12xxx): 14290 out, 17290 back in


@dataclass(frozen=True)
class Profile:
    """The cost structure of a kind of unit; shares of gross expenses, income as positive."""

    salary: float
    other: dict[str, float]
    income: dict[str, float]


PROFILES: dict[str, Profile] = {
    "admin": Profile(
        0.72,
        {"11000": 3, "11300": 3, "11500": 4, "11950": 10, "12700": 5, "13700": 3},
        {"16200": 0.02},
    ),
    "politics": Profile(0.55, {"11000": 3, "11150": 2, "11500": 5, "13500": 25, "14700": 10}, {}),
    "ikt": Profile(0.45, {"11200": 5, "11300": 10, "11950": 30, "12700": 10}, {"16200": 0.03}),
    "school": Profile(
        0.80,
        {"11000": 2, "11150": 2, "11200": 5, "11500": 2, "11800": 4, "13700": 3, "14700": 2},
        {"16200": 0.03, "17000": 0.02, "18100": 0.03},
    ),
    "sfo": Profile(0.82, {"11150": 6, "11200": 8, "11800": 2}, {"16200": 0.30}),
    "kindergarten": Profile(
        0.82,
        {"11150": 4, "11200": 5, "11500": 2, "11800": 3, "12300": 2, "13700": 2},
        {"16200": 0.12, "18100": 0.04},
    ),
    "care": Profile(
        0.80,
        {"11150": 6, "11200": 6, "11300": 1, "11500": 1, "11800": 3, "13700": 2},
        {"16200": 0.14, "17000": 0.02},
    ),
    "homecare": Profile(0.82, {"11200": 6, "11300": 2, "11500": 1, "13700": 5}, {"16200": 0.05}),
    "doctor": Profile(
        0.60,
        {"11200": 8, "11300": 2, "11950": 5, "13500": 15},
        {"16200": 0.10, "17000": 0.15},
    ),
    "nav": Profile(0.30, {"11000": 5, "13500": 10, "14700": 55}, {"17000": 0.05}),
    "childcare": Profile(0.35, {"13500": 20, "13700": 40, "14700": 5}, {"17000": 0.10}),
    "psych": Profile(0.75, {"11200": 5, "11500": 3, "13700": 15}, {"17000": 0.05}),
    "fire": Profile(
        0.65,
        {"11200": 8, "11500": 8, "11800": 3, "12300": 6, "13500": 6},
        {"16200": 0.08},
    ),
    "property": Profile(
        0.35,
        {"11200": 5, "11800": 25, "11950": 5, "12300": 25, "13700": 5},
        {"16300": 0.25},
    ),
    "cleaning": Profile(0.85, {"11000": 3, "11200": 12}, {"16200": 0.05}),
    "pool": Profile(0.45, {"11200": 10, "11800": 30, "12300": 15}, {"16200": 0.10}),
    "casework": Profile(0.75, {"11000": 3, "11950": 8, "12700": 12}, {"16200": 0.35}),
    "road": Profile(0.25, {"11800": 10, "12300": 40, "13700": 25}, {"18100": 0.05}),
    "water": Profile(0.25, {"11200": 10, "11800": 15, "12300": 30, "13700": 20}, {"16200": 0.80}),
    "culture": Profile(
        0.65, {"11200": 10, "11800": 5, "11950": 5, "14700": 15}, {"16200": 0.08, "18100": 0.10}
    ),
}

# (sector code, sector name, [(unit code, unit name, [(ansvar, name, profile, size, tjeneste)])])
# size: gross annual expenses in FIRST_YEAR, NOK; tjeneste: the KOSTRA function.
ORGANISATION = (
    ("1", "Stab og støtte", (
        ("100", "Politisk styring", (
            ("1000", "Kommunestyre og utvalg", "politics", 3_500_000, "100"),
            ("1001", "Kontrollutvalg og revisjon", "politics", 1_200_000, "110"),
        )),
        ("110", "Kommunedirektøren", (
            ("1100", "Kommunedirektør", "admin", 4_500_000, "120"),
            ("1101", "Servicetorg og arkiv", "admin", 3_800_000, "120"),
        )),
        ("120", "Økonomi", (("1200", "Økonomi og lønn", "admin", 6_200_000, "120"),)),
        ("130", "Personal", (
            ("1300", "Personal og HMS", "admin", 3_900_000, "120"),
            ("1301", "Lærlinger", "admin", 2_100_000, "120"),
        )),
        ("140", "IKT og digitalisering", (("1400", "IKT-drift", "ikt", 7_500_000, "120"),)),
    )),
    ("2", "Oppvekst", (
        ("200", "Oppvekstkontoret", (("2000", "Oppvekstkontor", "admin", 2_800_000, "202"),)),
        ("210", "Čáhppesvuona skuvla", (
            ("2100", "Čáhppesvuona skuvla, undervisning", "school", 28_000_000, "202"),
            ("2101", "Čáhppesvuona skuvla, SFO", "sfo", 2_600_000, "215"),
            ("2102", "Spesialundervisning", "school", 6_500_000, "202"),
        )),
        ("220", "Kárášjoga skuvla", (
            ("2200", "Kárášjoga skuvla, undervisning", "school", 14_000_000, "202"),
            ("2201", "Kárášjoga skuvla, SFO", "sfo", 1_400_000, "215"),
        )),
        ("230", "Máŋggabealát mánáidgárdi", (
            ("2300", "Máŋggabealát mánáidgárdi", "kindergarten", 13_000_000, "201"),
        )),
        ("240", "Beaivváš mánáidgárdi", (
            ("2400", "Beaivváš mánáidgárdi", "kindergarten", 8_000_000, "201"),
        )),
        ("250", "Kulturskolen", (("2500", "Kulturskole", "culture", 2_400_000, "383"),)),
        ("260", "Voksenopplæringen", (("2600", "Voksenopplæring", "school", 3_100_000, "213"),)),
    )),
    ("3", "Helse og omsorg", (
        ("300", "Helse og omsorg stab", (("3000", "Helse- og omsorgsstab", "admin", 3_200_000, "120"),)),
        ("310", "Čáhppesvuona dikšoruoktu (sykehjem)", (
            ("3100", "Sykehjem, langtidsavdeling", "care", 34_000_000, "253"),
            ("3101", "Korttid og rehabilitering", "care", 11_000_000, "253"),
            ("3102", "Institusjonskjøkken", "care", 5_500_000, "253"),
        )),
        ("320", "Hjemmetjenesten", (
            ("3200", "Hjemmesykepleie", "homecare", 21_000_000, "254"),
            ("3201", "Praktisk bistand", "homecare", 6_000_000, "254"),
            ("3202", "Ájastealli bofellesskap", "homecare", 14_000_000, "254"),
        )),
        ("330", "Legekontoret", (
            ("3300", "Legekontor", "doctor", 9_000_000, "241"),
            ("3301", "Helsestasjon og skolehelsetjeneste", "psych", 3_600_000, "232"),
        )),
        ("340", "NAV sosial", (("3400", "Sosialtjeneste og økonomisk sosialhjelp", "nav", 5_500_000, "281"),)),
        ("350", "Barnevernet", (
            ("3500", "Barnevern, saksbehandling", "childcare", 5_000_000, "244"),
            ("3501", "Barnevern, tiltak utenfor hjemmet", "childcare", 9_000_000, "252"),
        )),
        ("360", "Psykisk helse og rus", (("3600", "Psykisk helse og rus", "psych", 6_500_000, "243"),)),
    )),
    ("4", "Plan, teknisk, miljø og næring", (
        ("400", "PTMN stab og næring", (("4000", "Stab og næringsutvikling", "admin", 3_500_000, "325"),)),
        ("410", "Brann og redning", (("4100", "Brann og redning", "fire", 7_000_000, "339"),)),
        ("420", "Eiendom FDV", (
            ("4200", "Eiendomsforvaltning FDV", "property", 18_000_000, "222"),
            ("4201", "Renhold", "cleaning", 8_500_000, "222"),
        )),
        ("430", "Svømmehallen", (("4300", "Svømmehall", "pool", 3_300_000, "381"),)),
        ("440", "Byggesak og plan", (
            ("4400", "Byggesak og oppmåling", "casework", 2_600_000, "302"),
            ("4401", "Plansaksbehandling", "casework", 2_200_000, "301"),
        )),
        ("450", "Vei", (("4500", "Kommunale veier", "road", 6_000_000, "332"),)),
        ("460", "Vann og avløp", (
            ("4600", "Vannforsyning", "water", 5_000_000, "345"),
            ("4601", "Avløp", "water", 4_500_000, "353"),
        )),
    )),
    ("5", "Kultur og samfunn", (
        ("500", "Kultur", (
            ("5000", "Bibliotek", "culture", 2_200_000, "370"),
            ("5001", "Kultur og frivillighet", "culture", 2_800_000, "385"),
        )),
        ("510", "Giellaguovddáš – samisk språksenter", (
            ("5100", "Giellaguovddáš", "culture", 4_000_000, "385"),
        )),
    )),
)  # fmt: skip

# Overspending in FIRST_YEAR as a share of the budget, shrinking to balance by 2026;
# negative: underspending that persists. Units not named keep close to their budget.
UNIT_TRENDS = {
    "310": 0.07,
    "320": 0.05,
    "350": 0.14,
    "210": 0.04,
    "420": 0.05,
    "330": 0.03,
    "230": -0.025,
    "140": -0.04,
    "460": -0.02,
}
BALANCE_YEAR = 2026

_FLAT = np.ones(12)
_SALARY_MONTHS = np.array([1, 1, 1, 1, 1, 0.45, 1, 1, 1, 1, 1, 1.05])  # June: holiday pay
_TEMPORARY_STAFF_MONTHS = np.array([1.2, 1.2, 1.1, 1, 0.9, 1.1, 2.2, 1.2, 0.8, 0.8, 0.8, 0.9])
_ENERGY_MONTHS = np.array([1.6, 1.5, 1.3, 1.0, 0.7, 0.5, 0.4, 0.5, 0.7, 1.0, 1.3, 1.5])
_MAINTENANCE_MONTHS = np.array([0.5, 0.5, 0.6, 0.8, 1.2, 1.6, 1.4, 1.5, 1.3, 1.0, 0.8, 0.8])
_OTHER_MONTHS = np.array([0.8, 1, 1, 1, 1, 1, 0.6, 0.9, 1.1, 1, 1, 1.4])
_HALF_YEAR_MONTHS = np.array([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1])
_QUARTERLY_BILLING = np.array([0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0])  # water and sewage fees
_SEASONS = {
    "10100": _SALARY_MONTHS,
    "10200": _TEMPORARY_STAFF_MONTHS,
    "10400": _SALARY_MONTHS,
    "10900": _SALARY_MONTHS,
    "10990": _SALARY_MONTHS,
    "11800": _ENERGY_MONTHS,
    "12300": _MAINTENANCE_MONTHS,
    "16200": _FLAT,
    "16300": _FLAT,
    "17000": _HALF_YEAR_MONTHS,
    "18100": _HALF_YEAR_MONTHS,
}


def add_demo(store: Store, today: dt.date | None = None) -> str:
    """Writes the demo organisation, budgets and accounts; returns a one-line summary.

    `today` (default: the real date) decides the current year and its last complete month.
    """
    today = today or clock.today()
    organisation = demo_organisation()
    budget, accounts = build_ledger(organisation, today)
    uploads, budget, accounts = _with_uploads(budget, accounts)
    plan = economic_plan(budget, today.year)
    uploads.append(_plan_upload(plan, today.year))
    budget = pd.concat([budget, plan.assign(upload_key="plan")], ignore_index=True)
    replace_organisation(store, organisation)
    names = pd.DataFrame(
        [("art", art, name) for art, name in ARTS.items()], columns=["field", "code", "name"]
    )
    write_demo_ledger(store, uploads, budget, accounts, names)
    return t(
        "demo.economy_summary",
        ansvar=len(organisation),
        budget_lines=format_number(len(budget)),
        accounts_lines=format_number(len(accounts)),
    )


def demo_organisation() -> pd.DataFrame:
    """The flat organisation (ORG columns plus profile, size and tjeneste of each ansvar)."""
    rows = [
        {
            "ansvar": ansvar,
            "ansvar_name": ansvar_name,
            "unit_code": unit_code,
            "unit_name": unit_name,
            "sector_code": sector_code,
            "sector_name": sector_name,
            "profile": profile,
            "size": float(size),
            "tjeneste": tjeneste,
        }
        for sector_code, sector_name, units in ORGANISATION
        for unit_code, unit_name, ansvar_rows in units
        for ansvar, ansvar_name, profile, size, tjeneste in ansvar_rows
    ]
    return pd.DataFrame(rows)


def build_ledger(organisation: pd.DataFrame, today: dt.date) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The budget lines and accounts lines, without upload keys (deterministic for a `today`)."""
    rng = np.random.default_rng(SEED)
    years = list(range(FIRST_YEAR, today.year + 1))
    structure = _art_structure(organisation)
    original = _original_budget(structure, years, rng)
    budget = pd.concat([original, _revised_budget(original, rng)], ignore_index=True)
    budget = _periodise_some_units(budget)
    budget = budget.assign(month=budget["month"].astype("Int64"))[_BUDGET_FIELDS]
    expected = _expected_actuals(original, rng)
    accounts = _monthly_accounts(expected, rng)
    accounts = pd.concat(
        [accounts, _year_end_lines(expected, years[:-1], rng), _unknown_ansvar_lines(rng)],
        ignore_index=True,
    )
    accounts = _until_last_complete_month(accounts, today)
    return budget, accounts


def _art_structure(organisation: pd.DataFrame) -> pd.DataFrame:
    """Per ansvar and art: the budget share and actual share of the gross expenses."""
    rows: list[tuple[object, ...]] = []
    for ansvar in organisation.itertuples():
        profile = PROFILES[str(ansvar.profile)]
        other_total = sum(profile.other.values())
        goods = sum(w for art, w in profile.other.items() if art[:2] in ("11", "12"))
        goods_share = (1 - profile.salary) * goods / other_total
        shares: dict[str, tuple[float, float]] = {
            art: (profile.salary * SALARY_SPLIT_BUDGET[art], profile.salary * actual)
            for art, actual in SALARY_SPLIT_ACTUAL.items()
        }
        for art, weight in profile.other.items():
            share = (1 - profile.salary) * weight / other_total
            shares[art] = (share, share)
        if goods_share > 0:
            vat = goods_share * VAT_SHARE
            shares["14290"] = (vat, vat)
            shares["17290"] = (-vat, -vat)
        refund = -profile.salary
        shares["17101"] = (refund * SICK_PAY_REFUND["budget"], refund * SICK_PAY_REFUND["actual"])
        for art, share in profile.income.items():
            shares[art] = (-share, -share)
        rows.extend(
            (ansvar.ansvar, art, ansvar.unit_code, ansvar.tjeneste, ansvar.size, budget, actual)
            for art, (budget, actual) in shares.items()
        )
    columns = ["ansvar", "art", "unit_code", "tjeneste", "size", "budget_share", "actual_share"]
    return pd.DataFrame(rows, columns=columns).sort_values(["ansvar", "art"], ignore_index=True)


def _original_budget(
    structure: pd.DataFrame, years: list[int], rng: np.random.Generator
) -> pd.DataFrame:
    frame = structure.merge(pd.DataFrame({"year": years}), how="cross")
    growth = (1 + WAGE_GROWTH) ** (frame["year"] - FIRST_YEAR)
    variation = rng.normal(1.0, 0.03, len(frame))
    amount = frame["size"] * frame["budget_share"] * growth * variation
    return frame.assign(
        month=None, prosjekt="", budget_kind="original", amount=_round_to_hundreds(amount)
    )


def _revised_budget(original: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Revised budgets: the wage settlement on salaries, and half the overspend granted."""
    revised = original[original["year"].isin(REVISED_YEARS)]
    salary = revised["art"].str.startswith("10")
    granted = revised["unit_code"].map(UNIT_TRENDS).fillna(0).clip(lower=0) / 2
    expense = revised["amount"] > 0
    settlement = np.where(salary, WAGE_SETTLEMENT, 0)
    factor = 1 + settlement + np.where(expense, granted * _remaining(revised), 0)
    amount = revised["amount"] * factor * rng.normal(1.0, 0.005, len(revised))
    return revised.assign(budget_kind="revised", amount=_round_to_hundreds(amount))


def _periodise_some_units(budget: pd.DataFrame) -> pd.DataFrame:
    """The units in MONTHLY_BUDGET_UNITS send their budget by month, with the season's profile."""
    monthly = budget["unit_code"].isin(MONTHLY_BUDGET_UNITS)
    by_month = budget[monthly].merge(pd.DataFrame({"month_number": range(1, 13)}), how="cross")
    weights = _season_weights(by_month["art"], by_month["month_number"], by_month["unit_code"])
    by_month = by_month.assign(
        month=by_month["month_number"], amount=(by_month["amount"] * weights).round(2)
    ).drop(columns="month_number")
    return pd.concat([budget[~monthly], by_month], ignore_index=True)


def _expected_actuals(original: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Each ansvar × art × year's actual for the whole year, before monthly noise."""
    ratio = original["actual_share"] / original["budget_share"]
    start = original["unit_code"].map(UNIT_TRENDS).fillna(0)
    trend = start.where(start < 0, start * _remaining(original))
    expense = original["amount"] > 0
    revised_salary = original["year"].isin(REVISED_YEARS) & original["art"].str.startswith("10")
    settlement = np.where(revised_salary, 1 + WAGE_SETTLEMENT, 1.0)
    noise = rng.normal(1.0, 0.01, len(original))
    factor = np.where(expense, 1 + trend, 1.0) * settlement * noise
    return original.assign(amount=original["amount"] * ratio * factor)


def _monthly_accounts(expected: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    frame = expected.merge(pd.DataFrame({"period": range(1, 13)}), how="cross")
    weights = _season_weights(frame["art"], frame["period"], frame["unit_code"])
    noise = rng.normal(1.0, 0.04, len(frame))
    amount = (frame["amount"] * weights * noise).round(2)
    return frame.assign(amount=amount)[_ACCOUNT_FIELDS][amount != 0].reset_index(drop=True)


def _year_end_lines(
    expected: pd.DataFrame, years: list[int], rng: np.random.Generator
) -> pd.DataFrame:
    """Period 13: the pension premium deviation ("premieavvik") on the largest ansvar."""
    pension = expected[(expected["art"] == "10900") & expected["year"].isin(years)]
    largest = pension[pension["size"] >= 13_000_000]
    amount = (largest["amount"] * rng.normal(0.0, 0.04, len(largest))).round(2)
    return largest.assign(period=13, amount=amount)[_ACCOUNT_FIELDS]


def _unknown_ansvar_lines(rng: np.random.Generator) -> pd.DataFrame:
    """Small lines on old ansvar codes the organisation no longer has (the "Ukjent" unit)."""
    rows = [
        (year, period, code, art, "120", "", round(float(rng.uniform(2_000, 40_000)), 2))
        for code, first, last in UNKNOWN_ANSVAR
        for year in range(first, last + 1)
        for period in (3, 9)
        for art in ("11000", "12700")
    ]
    return pd.DataFrame(rows, columns=_ACCOUNT_FIELDS)


def _until_last_complete_month(accounts: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """Drops the current year's periods from the current month on (and its period 13)."""
    current = accounts["year"] == today.year
    keep = ~current | (accounts["period"] < today.month)
    return accounts[keep].reset_index(drop=True)


def _season_weights(arts: pd.Series, months: pd.Series, unit_codes: pd.Series) -> np.ndarray:
    """Each line's share of its annual amount in its month (the 12 shares of an art sum to 1)."""
    seasons = {**_SEASONS, "other": _OTHER_MONTHS, "water_fees": _QUARTERLY_BILLING}
    table = pd.DataFrame({key: season / season.sum() for key, season in seasons.items()})
    keys = arts.where(arts.isin(list(_SEASONS)), "other")
    keys = keys.mask((unit_codes == "460") & (arts == "16200"), "water_fees")
    rows = months.to_numpy(dtype=int) - 1
    columns = table.columns.get_indexer(pd.Index(keys))
    return table.to_numpy()[rows, columns]


def _remaining(frame: pd.DataFrame) -> pd.Series:
    """How much of a unit's first-year overspend is left in the line's year (1 → 0, fast at first)."""
    span = BALANCE_YEAR - FIRST_YEAR
    return (((BALANCE_YEAR - frame["year"]) / span).clip(lower=0.0)) ** 1.5


def _round_to_hundreds(amount: pd.Series) -> pd.Series:
    return (amount / 100).round() * 100


def economic_plan(budget: pd.DataFrame, year: int) -> pd.DataFrame:
    """The economic plan's later years (budget kind `plan`): the year's adopted budget per
    ansvar and art, annual, grown by `WAGE_GROWTH` a year for `PLAN_YEARS` years."""
    adopted = budget[(budget["year"] == year) & (budget["budget_kind"] == "original")]
    annual = adopted.groupby(["ansvar", "art", "tjeneste", "prosjekt"], as_index=False)[
        "amount"
    ].sum()
    years = [
        annual.assign(
            year=year + ahead,
            month=pd.array([None] * len(annual), dtype="Int64"),
            budget_kind="plan",
            amount=_round_to_hundreds(annual["amount"] * (1 + WAGE_GROWTH) ** ahead),
        )
        for ahead in range(1, PLAN_YEARS + 1)
    ]
    return pd.concat(years, ignore_index=True)[_BUDGET_FIELDS]


def _plan_upload(plan: pd.DataFrame, year: int) -> DemoUpload:
    years = sorted(int(y) for y in plan["year"].unique())
    return DemoUpload(
        key="plan",
        kind="budget",
        file_name=f"demo-okonomiplan-{year}-{years[-1]}.xlsx",
        sha256=_digest("plan"),
        uploaded_at=dt.datetime(year - 1, 12, 18, 11),
        row_count=len(plan),
        coverage={
            "budget": {
                "years": years,
                "periods": [],
                "budget_kinds": ["plan"],
                "ansvar": sorted(set(plan["ansvar"])),
            }
        },
    )


def _with_uploads(
    budget: pd.DataFrame, accounts: pd.DataFrame
) -> tuple[list[DemoUpload], pd.DataFrame, pd.DataFrame]:
    """One upload per year and budget kind, one per year of accounts; lines get its key."""
    budget = budget.assign(
        upload_key="budget-" + budget["budget_kind"] + "-" + budget["year"].astype(str)
    )
    accounts = accounts.assign(upload_key="accounts-" + accounts["year"].astype(str))
    uploads = [
        _budget_upload(key, lines) for key, lines in budget.groupby("upload_key", sort=True)
    ] + [_accounts_upload(key, lines) for key, lines in accounts.groupby("upload_key", sort=True)]
    return sorted(uploads, key=lambda upload: upload.uploaded_at), budget, accounts


def _budget_upload(key: object, lines: pd.DataFrame) -> DemoUpload:
    year = int(lines["year"].iloc[0])
    kind = str(lines["budget_kind"].iloc[0])
    revised = kind == "revised"
    return DemoUpload(
        key=str(key),
        kind="budget",
        file_name=f"demo-budsjett-{year}{'-revidert' if revised else ''}.xlsx",
        sha256=_digest(str(key)),
        uploaded_at=dt.datetime(year, 6, 20, 10) if revised else dt.datetime(year - 1, 12, 18, 10),
        row_count=len(lines),
        coverage={"years": [year], "budget_kind": kind, "ansvar": sorted(set(lines["ansvar"]))},
    )


def _accounts_upload(key: object, lines: pd.DataFrame) -> DemoUpload:
    year = int(lines["year"].iloc[0])
    periods = sorted(int(period) for period in set(lines["period"]))
    last = max(period for period in periods if period <= 12)
    uploaded = (
        dt.datetime(year + 1, 2, 20, 10) if last == 12 else dt.datetime(year, last + 1, 10, 10)
    )
    return DemoUpload(
        key=str(key),
        kind="accounts",
        file_name=f"demo-regnskap-{year}.xlsx",
        sha256=_digest(str(key)),
        uploaded_at=uploaded,
        row_count=len(lines),
        coverage={"years": [year], "periods": periods, "ansvar": sorted(set(lines["ansvar"]))},
    )


def _digest(text: str) -> str:
    return hashlib.sha256(f"demo:{text}".encode()).hexdigest()
