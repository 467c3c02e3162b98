"""Adopting the tertial's proposed changes: a budget change upload whose lines add to the
budget that applies (figures computed here by hand), locked while adopted, undone exactly."""

from __future__ import annotations

import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, UserError
from analytics.economy.gaps import compute_gaps
from analytics.imports import importer
from analytics.report.tertial.editing import adopt_proposal, save_proposal
from analytics.report.tertial.proposals import ProposalDraft
from analytics.store import Store
from analytics.store.budget_changes import read_change_lines
from analytics.store.tertial import read_proposals
from analytics.store.uploads import read_upload
from tests.analytics.economy.data import SALARY, SALES, make_ledger
from tests.analytics.report.test_tertial import DIRECTOR, YEAR, books  # noqa: F401 (fixture)

PROPOSAL = [
    ProposalDraft("1", 300.0, "Vikarer", allocation=(("1000", SALARY, 300.0),)),
    ProposalDraft(
        "2", -300.0, "Lavere innkjøp", kind="change", allocation=(("2000", SALES, -300.0),)
    ),
]


def annual_budgets(store: Store) -> dict[str, float]:
    rows = compute_gaps(store, Access.system(), YEAR, 8, "ansvar").rows
    return {row.key: row.annual_budget for row in rows}


def test_adopting_adds_to_the_budget_and_undo_takes_it_out(books: Store) -> None:  # noqa: F811
    before = annual_budgets(books)
    assert before == {"1000": 1200.0, "1100": 600.0, "2000": 2160.0}
    save_proposal(books, DIRECTOR, YEAR, 2, PROPOSAL)
    upload_id = adopt_proposal(books, DIRECTOR, YEAR, 2)
    assert annual_budgets(books) == {"1000": 1500.0, "1100": 600.0, "2000": 1860.0}
    assert read_change_lines(books, upload_id) == [
        ("1", "Vikarer", "1000", SALARY, 300.0),
        ("2", "Lavere innkjøp", "2000", SALES, -300.0),
    ]
    record = read_upload(books, upload_id)
    assert record is not None and record.kind == "budget_change" and record.row_count == 2
    assert {row.adopted_upload for row in read_proposals(books, YEAR, 2)} == {upload_id}

    with pytest.raises(UserError, match=f"allerede vedtatt som opplasting nr. {upload_id}"):
        adopt_proposal(books, DIRECTOR, YEAR, 2)
    with pytest.raises(UserError, match="kan ikke endres"):
        save_proposal(books, DIRECTOR, YEAR, 2, PROPOSAL[:1])

    importer.undo(books, DIRECTOR, upload_id)
    assert annual_budgets(books) == before
    assert {row.adopted_upload for row in read_proposals(books, YEAR, 2)} == {None}
    save_proposal(books, DIRECTOR, YEAR, 2, PROPOSAL)  # open for editing again


def test_a_revised_budget_imported_later_holds_the_change(books: Store) -> None:  # noqa: F811
    save_proposal(books, DIRECTOR, YEAR, 2, PROPOSAL)
    adopt_proposal(books, DIRECTOR, YEAR, 2)
    # the ERP's revised budget, with the change in it, arrives after the adoption
    make_ledger(books, budget=[(YEAR, None, "1000", SALARY, "revised", 1500.0)])
    budgets = annual_budgets(books)
    assert budgets["1000"] == 1500.0  # not 1800: the revision holds the change
    assert budgets["2000"] == 1860.0  # no revision there: the change still adds
    assert budgets["1100"] == 600.0


def test_only_the_director_adopts_and_only_a_proposal(books: Store) -> None:  # noqa: F811
    with pytest.raises(UserError, match="ingen forslag"):
        adopt_proposal(books, DIRECTOR, YEAR, 1)
    save_proposal(books, DIRECTOR, YEAR, 2, PROPOSAL)
    with pytest.raises(AccessDenied):
        adopt_proposal(books, Access("leder", Role.LEADER, frozenset({"1"})), YEAR, 2)
    upload_id = adopt_proposal(books, DIRECTOR, YEAR, 2)
    with pytest.raises(AccessDenied):
        importer.undo(books, Access("leder", Role.LEADER, frozenset({"1"})), upload_id)
