"""The balance items: net debt, and the balance carried forward, worked by hand."""

from __future__ import annotations

from analytics.finance.balance import Balance, Movements, balances_through, carried_forward

M = 1_000_000
END_2025 = Balance(
    2025,
    {
        "disposisjonsfond": 30 * M,
        "langsiktig gjeld": 900 * M,  # pension obligations included, as the balance sheet shows
        "pensjonsforpliktelser": 400 * M,
        "utlån": 50 * M,
        "ubrukte lånemidler": 20 * M,
        "formidlingslån": 40 * M,
        "selvkostlån": 60 * M,
        "akkumulert merforbruk": 12 * M,
    },
)


def test_net_debt_with_and_without_the_loans_a_council_may_leave_out() -> None:
    assert END_2025.net_debt() == 430 * M  # 900 − 400 − 50 − 20
    assert END_2025.net_debt(("formidlingslån", "selvkostlån")) == 330 * M
    assert END_2025.net_debt(("selvkostlån",)) == 370 * M


def test_a_year_carried_forward() -> None:
    movements = Movements(
        fund_allocations=5 * M,  # art 540, stored positive
        fund_uses=-2 * M,  # art 940, stored negative
        new_loans=-25 * M,  # art 910 in the investment ledger, stored negative
        instalments=18 * M,  # art 510
        deficit_coverage=4 * M,  # art 530
        accounting_result=1 * M,  # a surplus: no new deficit
    )
    end_2026 = carried_forward(END_2025, 2026, movements)
    assert end_2026.carried and end_2026.year == 2026
    assert end_2026.item("disposisjonsfond") == 33 * M  # 30 + 5 − 2
    assert end_2026.item("langsiktig gjeld") == 907 * M  # 900 + 25 − 18
    assert end_2026.item("akkumulert merforbruk") == 8 * M  # 12 − 4
    assert end_2026.item("utlån") == 50 * M  # unchanged


def test_a_new_deficit_adds_to_what_is_left_to_cover() -> None:
    movements = Movements(deficit_coverage=2 * M, accounting_result=-3 * M)
    assert carried_forward(END_2025, 2026, movements).item("akkumulert merforbruk") == 13 * M


def test_balances_through_the_plan_years_keep_the_stored_ones() -> None:
    stored_2027 = Balance(2027, {"disposisjonsfond": 1.0})
    balances = balances_through(
        [END_2025, stored_2027], {2026: Movements(fund_allocations=M)}, 2029
    )
    assert list(balances) == [2025, 2026, 2027, 2028, 2029]
    assert balances[2026].item("disposisjonsfond") == 31 * M and balances[2026].carried
    assert balances[2027] is stored_2027
    assert balances[2029].item("disposisjonsfond") == 1.0
    assert balances_through([], {}, 2029) == {}
