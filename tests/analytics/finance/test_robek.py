"""ROBEK: the coverage plan year by year and the criteria of § 28-1, worked by hand."""

from __future__ import annotations

from analytics.finance.robek import CoverageYear, RobekInput, assess

M = 1_000_000
FACTS = RobekInput(
    deficits={2023: 0.0, 2024: 15 * M, 2025: 12 * M},
    plan={2025: 3 * M, 2026: 4 * M, 2027: 4 * M, 2028: 4 * M},
    booked={2024: 0.0, 2025: 3 * M},
    operating_income=1_000 * M,
    budget_sums={2026: 0.4},  # balanced, but for rounding
    plan_sums={2027: 0.0, 2028: 250_000.0},
)


def test_the_plan_year_by_year() -> None:
    status = assess(FACTS)
    assert status.plan == (
        CoverageYear(2025, 3 * M, 3 * M, 12 * M),  # from 15 M at the end of 2024
        CoverageYear(2026, 4 * M, None, 8 * M),
        CoverageYear(2027, 4 * M, None, 4 * M),
        CoverageYear(2028, 4 * M, None, 0.0),
    )
    assert [year.keeps_plan for year in status.plan] == [True, None, None, None]
    assert (status.deficit, status.deficit_pct, status.deficit_year) == (12 * M, 1.2, 2024)
    assert status.covered_by == 2029  # 12 M left at 3 M a year after 2025


def test_the_criteria_of_section_28_1() -> None:
    criteria = {c.key: c.verdict for c in assess(FACTS).criteria}
    assert criteria == {
        "budget_unbalanced": "clear",
        "plan_unbalanced": "applies",  # 2028 does not balance
        "not_covered_in_time": "applies",  # a 2024 deficit must be covered by the end of 2026
        "deficit_over_3pct": "clear",  # 1.2 %
        "late": "unknown",  # cannot be read from the figures
    }
    assert assess(FACTS).registered


def test_a_municipality_that_meets_none_leaves_the_register() -> None:
    facts = RobekInput(
        deficits={2024: 6 * M, 2025: 2 * M},
        plan={2025: 4 * M, 2026: 2 * M},
        booked={2025: 3.5 * M},  # 0,5 M short of the plan this year
        operating_income=1_000 * M,
        budget_sums={2026: 0.0},
        plan_sums={2027: 0.0},
    )
    status = assess(facts)
    assert [year.keeps_plan for year in status.plan] == [False, None]
    assert not status.registered
    big = assess(RobekInput({2025: 40 * M}, {}, {}, 1_000 * M, {}, {}))
    assert {c.key: c.verdict for c in big.criteria}["deficit_over_3pct"] == "applies"
    assert big.covered_by is None  # nothing is being covered


def test_no_deficit_is_covered() -> None:
    status = assess(RobekInput({2025: 0.0}, {}, {}, 1_000 * M, {}, {}))
    assert (status.deficit, status.covered_by, status.registered) == (0.0, 2025, False)
