"""Sentences on the year-end, built from the gap tables, worked by hand."""

from __future__ import annotations

from analytics.core.names import Status
from analytics.economy.gaps import BudgetStatus, GapTable
from analytics.economy.narrative import main_reasons, year_end_sentence

M = 1_000_000


def row(key: str, name: str, budget: float, forecast_gap: float) -> BudgetStatus:
    forecast = budget - forecast_gap
    return BudgetStatus(
        key, name, "artgroup", budget, 0.0, 0.0, 0.0, None, forecast, forecast_gap, "seasonal",
        Status.GREEN,
    )  # fmt: skip


TOTAL = row("3", "Helse og omsorg", 120 * M, -4.2 * M)
BY_GROUP = GapTable(
    (
        row("lonn", "Lønn og sosiale utgifter", 90 * M, -3.1 * M),
        row("varer_tjenester", "Kjøp av varer og tjenester", 20 * M, 0.4 * M),
        row("refusjoner", "Refusjoner", -5 * M, -0.9 * M),
        row("salgsinntekter", "Salgsinntekter", -8 * M, -0.6 * M),
    ),
    TOTAL,
)


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_an_overspend_with_its_main_reasons() -> None:
    # wages explain 3,1 of 4,2 (74 %), enough on their own
    assert plain(year_end_sentence(TOTAL, BY_GROUP)) == (
        "Helse og omsorg venter et merforbruk på 4,2 mill. kr ved årets slutt, hovedsakelig "
        "lønn og sosiale utgifter (3,1 mill. kr)."
    )
    spread = GapTable(
        (*BY_GROUP.rows[1:], row("lonn", "Lønn og sosiale utgifter", 90 * M, -1.5 * M)), TOTAL
    )
    assert plain(year_end_sentence(TOTAL, spread)) == (
        "Helse og omsorg venter et merforbruk på 4,2 mill. kr ved årets slutt, hovedsakelig "
        "lønn og sosiale utgifter (1,5 mill. kr), mindre refusjoner enn budsjettert "
        "(900 000 kr) og mindre salgsinntekter enn budsjettert (600 000 kr)."
    )


def test_reasons_stop_when_they_explain_most_of_the_gap() -> None:
    # 3,1 of 4,2 is 74 %, more than the 60 % it takes: the wage group alone explains it
    assert [r.key for r in main_reasons(-4.2 * M, BY_GROUP.rows)][:1] == ["lonn"]
    small = [
        row("a", "A", 1.0, -1.0 * M),
        row("b", "B", 1.0, -1.0 * M),
        row("c", "C", 1.0, -1.0 * M),
    ]
    assert [r.key for r in main_reasons(-5 * M, small)] == ["a", "b", "c"]  # three at most


def test_an_underspend_and_a_budget_kept() -> None:
    under = row("2", "Oppvekst", 200 * M, 2.5 * M)
    more_income = GapTable((row("salgsinntekter", "Salgsinntekter", -8 * M, 2.0 * M),), under)
    assert plain(year_end_sentence(under, more_income)) == (
        "Oppvekst venter et mindreforbruk på 2,5 mill. kr ved årets slutt, hovedsakelig mer "
        "salgsinntekter enn budsjettert (2,0 mill. kr)."
    )
    kept = row("4", "Teknisk", 60 * M, -250_000.0)  # under 0,5 % of 60 M
    assert plain(year_end_sentence(kept)) == (
        "Teknisk venter å holde budsjettet ved årets slutt (avvik 250 000 kr)."
    )
