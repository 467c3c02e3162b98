from __future__ import annotations

import pandas as pd

from analytics.imports.checks import (
    ControlTotal,
    control_totals,
    decumulate,
    find_duplicates,
    groups_of,
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


def test_duplicates_when_every_key_column_holds_one_value() -> None:
    frame = lines([(2, "budget", 2024, 1, "1", "a", 1.0), (5, "budget", 2024, 1, "1", "a", 2.0)])
    found = find_duplicates(frame)
    assert (found.count, found.example_rows) == (1, ((2, 5),))
    assert find_duplicates(frame.iloc[:1]).count == 0


def test_a_missing_period_is_a_period_of_its_own() -> None:
    frame = lines(
        [
            (2, "budget", 2024, None, "1", "a", 1.0),
            (3, "budget", 2024, 1, "1", "a", 2.0),
            (4, "budget", 2024, None, "1", "a", 3.0),
        ]
    )
    found = find_duplicates(frame)
    assert (found.count, found.example_rows) == (1, ((2, 4),))
    assert find_duplicates(frame.iloc[:2]).count == 0
    only_missing = lines(
        [(2, "budget", 2024, None, "1", "a", 1.0), (3, "budget", 2024, None, "2", "a", 1.0)]
    )
    assert find_duplicates(only_missing).count == 0


def test_control_totals_of_one_kind_and_year_and_of_several() -> None:
    frame = lines([(2, "budget", 2024, 1, "1", "a", 1.25), (3, "budget", 2024, 2, "1", "b", 2.0)])
    assert control_totals(frame) == (ControlTotal("budget", "", 2024, 2, 3.25),)
    mixed = pd.concat(
        [
            frame,
            lines([(4, "accounts", 2025, 1, "1", "a", -1.0)]),
            lines([(5, "budget", 2024, 1, "1", "a", 7.0)]).assign(ledger="investment"),
        ],
        ignore_index=True,
    )
    assert control_totals(mixed) == (
        ControlTotal("accounts", "", 2025, 1, -1.0),
        ControlTotal("budget", "", 2024, 2, 3.25),
        ControlTotal("budget", "", 2024, 1, 7.0, "investment"),
    )


def test_groups_of_a_column_hand_back_the_frame_when_it_holds_one_value() -> None:
    frame = lines([(2, "budget", 2024, 1, "1", "a", 1.0), (3, "budget", 2025, 1, "1", "a", 2.0)])
    [(kind, of_kind)] = groups_of(frame, "kind")
    assert kind == "budget" and of_kind is frame
    assert [(year, list(part["row"])) for year, part in groups_of(frame, "year")] == [
        (2024, [2]),
        (2025, [3]),
    ]
    assert groups_of(frame.iloc[:0], "kind") == []
