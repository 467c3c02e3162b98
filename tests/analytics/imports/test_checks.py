from __future__ import annotations

import pandas as pd

from analytics.imports.checks import (
    ControlTotal,
    control_totals,
    decumulate,
    find_duplicates,
)
from analytics.imports.lines import LINE_COLUMNS


def lines(rows: list[tuple[object, ...]], cumulative: bool = False) -> pd.DataFrame:
    frame = pd.DataFrame(
        rows, columns=["row", "kind", "year", "period", "ansvar", "art", "amount"]
    ).assign(
        budget_kind="",
        cumulative=cumulative,
        tjeneste="",
        prosjekt="",
        ledger="operating",
        scope_key="",
    )
    return frame.astype({"period": "Int64"})[LINE_COLUMNS]


def stored(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "period", "ansvar", "art", "amount"]).assign(
        tjeneste="", prosjekt="", ledger="operating", scope_key=""
    )


def test_decumulate_subtracts_what_came_before() -> None:
    file = lines(
        [
            (5, "accounts", 2024, 4, "1200", "10100", 400.0),
            (6, "accounts", 2024, 5, "1200", "10100", 550.0),
            (7, "accounts", 2024, 5, "1200", "11000", 30.0),
        ],
        cumulative=True,
    )
    before = stored(
        [
            (2024, 1, "1200", "10100", 300.0),
            (2024, 3, "1200", "17000", -20.0),
            (2024, 3, "1300", "10100", 99.0),
        ]
    )
    result = decumulate(file, before).sort_values(["period", "art"]).reset_index(drop=True)
    assert result[["period", "art", "amount", "row"]].values.tolist() == [
        [4, "10100", 100.0, 5],
        [4, "17000", 20.0, 0],  # stored, gone from the file: back to 0 so far
        [5, "10100", 150.0, 6],
        [5, "11000", 30.0, 7],
    ]
    assert not result["cumulative"].any()
    assert result["amount"].sum() == 550 + 30 - 300 + 20  # the file's year so far minus stored


def test_decumulate_leaves_other_lines_alone() -> None:
    plain = lines([(2, "accounts", 2024, 1, "1200", "10100", 5.0)])
    pd.testing.assert_frame_equal(decumulate(plain, stored([])), plain)


def test_control_totals_per_kind_and_year() -> None:
    frame = lines(
        [
            (2, "accounts", 2024, 1, "1", "a", 1.5),
            (3, "accounts", 2024, 2, "1", "a", 2.0),
            (4, "accounts", 2025, 1, "1", "a", -1.0),
        ]
    )
    assert control_totals(frame) == (
        ControlTotal("accounts", "", 2024, 2, 3.5),
        ControlTotal("accounts", "", 2025, 1, -1.0),
    )


def test_duplicates_name_their_rows() -> None:
    frame = lines(
        [
            (2, "accounts", 2024, 1, "1", "a", 1.0),
            (3, "accounts", 2024, 1, "1", "a", 2.0),
            (4, "accounts", 2024, 2, "1", "a", 1.0),
        ]
    )
    found = find_duplicates(frame)
    assert (found.count, found.example_rows) == (1, ((2, 3),))
