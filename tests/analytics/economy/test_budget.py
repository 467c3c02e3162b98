"""The periodised budget: monthly as is, annual spread evenly or by last year's profile, and
which budget lines apply (revised over original, monthly over annual)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.core.settings import Settings
from analytics.economy.budget import (
    BUDGET_COLUMNS,
    monthly_profile,
    periodise_budget,
    profiled_groups,
)
from analytics.store import Store
from analytics.store.ledger import ACTUAL_COLUMNS, read_budget
from tests.analytics.economy.data import PURCHASE, SALARY, make_ledger

KEYS = ["ansvar", "art_group"]


def budget_frame(rows: list[tuple[str, str, float | None, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["ansvar", "art_group", "month", "amount"]).astype(
        {"month": float}
    )


def profile_of(ansvar: str, group: str, amounts: list[float]) -> pd.DataFrame:
    actual = pd.DataFrame([[ansvar, group, *amounts]], columns=[*KEYS, *ACTUAL_COLUMNS])
    return monthly_profile(actual)


def months_of(result: pd.DataFrame, row: int = 0) -> list[float]:
    return result[BUDGET_COLUMNS].iloc[row].tolist()


def test_annual_budget_is_spread_evenly_and_adds_up_to_the_øre() -> None:
    result = periodise_budget(
        budget_frame([("1000", "lonn", None, 1000.0)]),
        profile_of("x", "lonn", [1] * 12),
        Settings(),
        KEYS,
    )
    assert months_of(result) == [83.33] * 11 + [83.37]
    assert round(sum(months_of(result)), 2) == 1000.0


def test_income_is_spread_with_its_sign() -> None:
    result = periodise_budget(
        budget_frame([("1000", "salgsinntekter", None, -1200.0)]),
        profile_of("x", "lonn", [1] * 12),
        Settings(),
        KEYS,
    )
    assert months_of(result) == [-100.0] * 12


def test_monthly_budget_is_used_as_is_and_added_to_annual_amounts() -> None:
    result = periodise_budget(
        budget_frame(
            [
                ("1000", "lonn", 1.0, 500.0),
                ("1000", "lonn", 6.0, 700.0),
                ("1000", "lonn", None, 1200.0),
            ]
        ),
        profile_of("x", "lonn", [1] * 12),
        Settings(),
        KEYS,
    )
    expected = [100.0] * 12
    expected[0], expected[5] = 600.0, 800.0
    assert months_of(result) == expected


def test_profile_spread_follows_last_years_months() -> None:
    last_year = [100.0] * 12
    last_year[5] = 50.0  # the June holiday-pay dip
    profile = profile_of("1000", "lonn", last_year)
    result = periodise_budget(
        budget_frame([("1000", "lonn", None, 2300.0)]),
        profile,
        Settings(budget_spread="profile"),
        KEYS,
    )
    expected = [200.0] * 12
    expected[5] = 100.0
    assert months_of(result) == expected


def test_profile_only_for_the_named_art_groups() -> None:
    profile = pd.concat(
        [
            profile_of("1000", "lonn", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]),
            profile_of("1000", "varer_tjenester", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]),
        ],
        ignore_index=True,
    )
    budget = budget_frame(
        [("1000", "lonn", None, 1200.0), ("1000", "varer_tjenester", None, 1200.0)]
    )
    result = periodise_budget(budget, profile, Settings(profile_art_groups="lonn"), KEYS)
    assert months_of(result, 0) == [0.0] * 11 + [1200.0]  # lonn: by profile
    assert months_of(result, 1) == [100.0] * 12  # the rest evenly


@pytest.mark.parametrize(
    ("amounts", "usable"),
    [
        ([100.0] * 12, True),
        ([0.0] * 12, False),  # nothing last year
        ([100.0] * 11 + [-50.0], False),  # a correction month of the opposite sign
        ([-100.0] * 12, True),  # income: all negative is fine
    ],
)
def test_unusable_profile_falls_back_to_even(amounts: list[float], usable: bool) -> None:
    profile = profile_of("1000", "lonn", amounts)
    assert (len(profile) == 1) is usable
    result = periodise_budget(
        budget_frame([("1000", "lonn", None, 1200.0)]),
        profile,
        Settings(budget_spread="profile"),
        KEYS,
    )
    assert round(sum(months_of(result)), 2) == 1200.0
    if not usable:
        assert months_of(result) == [100.0] * 12


def test_profiled_groups_setting() -> None:
    assert profiled_groups(Settings(), ["lonn", "annet"]) == set()
    assert profiled_groups(Settings(budget_spread="profile"), ["lonn", "annet"]) == {
        "lonn",
        "annet",
    }
    assert profiled_groups(Settings(profile_art_groups="lonn, refusjoner"), ["lonn"]) == {"lonn"}


def test_revised_replaces_original_per_ansvar_and_art(store: Store) -> None:
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 1200.0),
            (2024, None, "1000", SALARY, "revised", 1800.0),
            (2024, None, "1000", PURCHASE, "original", 600.0),  # no revision: stays
            (2024, None, "1100", SALARY, "original", 100.0),
        ],
    )
    result = read_budget(store, 2024, None)
    assert result[["ansvar", "art_group", "amount"]].values.tolist() == [
        ["1000", "lonn", 1800.0],
        ["1000", "varer_tjenester", 600.0],
        ["1100", "lonn", 100.0],
    ]
    assert result["month"].isna().all()


def test_monthly_lines_replace_annual_lines_of_the_same_kind(store: Store) -> None:
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 1200.0),
            (2024, 1, "1000", SALARY, "original", 300.0),
            (2024, 2, "1000", SALARY, "original", 900.0),
        ],
    )
    result = read_budget(store, 2024, ["1000"])
    assert result["month"].tolist() == [1.0, 2.0]
    assert result["amount"].tolist() == [300.0, 900.0]
    assert np.isclose(result["amount"].sum(), 1200.0)
