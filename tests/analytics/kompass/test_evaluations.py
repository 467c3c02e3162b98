"""Kommunekompasset: validation, the area sets, targets and points needed, weakest areas."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.core.settings import Settings
from analytics.kompass.evaluations import (
    AREA_SETS,
    AreaScore,
    Evaluation,
    evaluation_from_form,
    evaluations_table,
    kompass_status,
    next_target,
    read_evaluations,
    save_evaluation,
    validate_scores,
    version_for,
    weakest_areas,
)
from analytics.store import Store

CLASSIC = AREA_SETS["classic"]


def evaluation(day: dt.date, scores: tuple[float, ...], version: str = "classic") -> Evaluation:
    names = AREA_SETS[version]
    return Evaluation(
        day, version, "", tuple(AreaScore(n + 1, names[n], s) for n, s in enumerate(scores))
    )


def test_both_area_sets_have_eight_distinct_names() -> None:
    for names in AREA_SETS.values():
        assert len(names) == len(set(names)) == 8
    assert CLASSIC[0] == "Offentlighet og demokrati"
    assert {"Samfunnsutvikling", "Styring og kontroll", "Effektivitet"} <= set(AREA_SETS["2020"])


@pytest.mark.parametrize(
    ("scores", "total", "message"),
    [
        ([40.0] * 7 + [101.0], None, "mellom 0 og 100, fant 101"),
        ([40.0] * 7 + [-1.0], None, "mellom 0 og 100, fant -1"),
        ([40.0] * 7 + [None], None, "fant ingenting"),
        ([40.0] * 9, None, "åtte områder, men fant 9"),
        ([40.0] * 7, None, "fant bare 7"),
        ([40.0] * 8, 330.0, "oppgitt sum 330 stemmer ikke med summen av områdene, 320"),
    ],
)
def test_validation_rejects_in_norwegian(
    scores: list[float | None], total: float | None, message: str
) -> None:
    names = [*CLASSIC, "Et niende område"][: len(scores)]
    with pytest.raises(ImportRejected, match=message) as error:
        validate_scores(list(zip(names, scores, strict=True)), total, "Filen «k.xlsx», rad 3")
    assert str(error.value).startswith("Filen «k.xlsx», rad 3")


def test_validation_accepts_a_total_within_rounding() -> None:
    validate_scores([(name, 40.25) for name in CLASSIC], 322.0, "x")


def test_ninth_area_is_named() -> None:
    with pytest.raises(ImportRejected, match="det niende er «Ekstra»"):
        validate_scores([*((n, 40.0) for n in CLASSIC), ("Ekstra", 10.0)], None, "x")


@pytest.mark.parametrize(
    ("total", "today", "expected"),
    [
        # 290 in 2019, today 2020: 30 points to 320 within two years → 15 a year.
        (290.0, dt.date(2020, 5, 1), (2022, 320.0, 30.0, 2, 15.0, False)),
        # 335 passes 320; next is 450 by 2025: 115 over 3 years.
        (335.0, dt.date(2022, 6, 1), (2025, 450.0, 115.0, 3, 115 / 3, False)),
        # 420 and the 2025 target's year has come: overdue, all 30 this year.
        (420.0, dt.date(2026, 11, 29), (2025, 450.0, 30.0, -1, 30.0, True)),
    ],
)
def test_next_target_and_points_per_year(total: float, today: dt.date, expected: tuple) -> None:
    scores = (total / 8,) * 8
    progress = next_target([evaluation(dt.date(2019, 3, 1), scores)], Settings(), today)
    assert progress is not None
    assert (
        progress.target_year,
        progress.target_points,
        progress.points_needed,
        progress.years_left,
        progress.points_per_year,
        progress.overdue,
    ) == pytest.approx(expected)


def test_no_target_left_when_all_are_reached() -> None:
    high = evaluation(dt.date(2025, 1, 1), (60.0,) * 8)
    assert next_target([high], Settings(), dt.date(2025, 2, 1)) is None
    assert next_target([], Settings(), dt.date(2025, 2, 1)) is None


def test_targets_come_from_settings() -> None:
    settings = Settings(kompass_targets="2030:500")
    progress = next_target(
        [evaluation(dt.date(2025, 1, 1), (50.0,) * 8)], settings, dt.date(2026, 1, 1)
    )
    assert progress is not None and (progress.target_year, progress.points_needed) == (2030, 100.0)


def test_weakest_areas_first_with_change_since_the_last_of_the_same_version() -> None:
    first = evaluation(dt.date(2022, 1, 1), (40, 41, 42, 43, 44, 45, 46, 47), "2020")
    second = evaluation(dt.date(2025, 1, 1), (50, 30, 60, 43, 44, 45, 46, 47), "2020")
    weakest = weakest_areas([evaluation(dt.date(2019, 1, 1), (1,) * 8), first, second])
    assert weakest["number"].tolist()[:3] == [2, 4, 5]
    assert weakest.set_index("number")["change"].to_dict()[2] == -11
    assert weakest.set_index("number")["change"].to_dict()[1] == 10


def test_version_by_date() -> None:
    assert version_for(dt.date(2019, 12, 31)) == "classic"
    assert version_for(dt.date(2020, 1, 1)) == "2020"


def test_save_and_read_an_evaluation(store: Store) -> None:
    entered = evaluation_from_form(
        dt.date(2024, 4, 2),
        "2020",
        ["", "Demokrati og innbyggerdialog", *[""] * 6],
        [45.5] * 8,
        " ok ",
    )
    save_evaluation(store, Access.system(), entered)
    (stored,) = read_evaluations(store)
    assert stored.total == 364.0
    assert stored.areas[0].name == "Samfunnsutvikling"
    assert stored.areas[1].name == "Demokrati og innbyggerdialog"
    assert stored.note == "ok"
    table = evaluations_table([stored])
    assert table.iloc[-1].tolist() == ["", "Sum (av 800)", 364.0]


def test_save_replaces_the_evaluation_of_the_same_date(store: Store) -> None:
    day = dt.date(2024, 4, 2)
    save_evaluation(store, Access.system(), evaluation(day, (40.0,) * 8))
    save_evaluation(store, Access.system(), evaluation(day, (45.0,) * 8))
    assert [e.total for e in read_evaluations(store)] == [360.0]


def test_save_refuses_bad_scores_and_budget_holders(store: Store) -> None:
    with pytest.raises(ImportRejected, match="mellom 0 og 100"):
        save_evaluation(
            store, Access.system(), evaluation(dt.date(2024, 1, 1), (40.0,) * 7 + (120.0,))
        )
    holder = Access("b", Role.BUDGET_HOLDER, frozenset({"310"}))
    with pytest.raises(AccessDenied):
        save_evaluation(store, holder, evaluation(dt.date(2024, 1, 1), (40.0,) * 8))
    assert read_evaluations(store) == []


@pytest.mark.parametrize(
    ("total", "as_of", "status"),
    [
        (300, dt.date(2021, 12, 31), "yellow"),  # 320 by 2022 is still ahead
        (300, dt.date(2022, 6, 30), "red"),  # the 2022 target's year has come
        (400, dt.date(2024, 5, 31), "yellow"),  # 320 reached, 450 ahead
        (400, dt.date(2025, 1, 31), "red"),
        (460, dt.date(2026, 10, 31), "green"),
    ],
)
def test_kompass_status(total: float, as_of: dt.date, status: str) -> None:
    assert kompass_status(total, Settings(kompass_targets="2022:320,2025:450"), as_of) == status
