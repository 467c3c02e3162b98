"""The tertial report, built from a workshop history made here: every explanation (the latest of
the tertial per unit, with its month), forecast and proposed change is in it, in the PDF and in
the Word file, and its figures are the gap tables'."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, UserError
from analytics.core.formatting import format_nok
from analytics.economy.gaps import compute_gaps
from analytics.report.sections.economy import gap_row
from analytics.report.tertial.content import TERTIAL_END
from analytics.report.tertial.editing import save_proposal, save_section_text
from analytics.report.tertial.proposals import ProposalDraft
from analytics.report.tertial.report import (
    build_tertial_report,
    compare_versions,
    freeze_tertial,
    make_tertial,
    report_text,
    tertial_request,
)
from analytics.store import Store
from analytics.store.tertial import read_proposals, read_versions
from analytics.workshop.records import save_own_forecast
from tests.analytics.economy.data import PURCHASE, SALARY, SALES, make_ledger, monthly
from tests.analytics.report.conftest import page_texts, plain

YEAR = 2025
DIRECTOR = Access("direktør", Role.DIRECTOR)
MADE_AT = dt.datetime(2025, 9, 3, 10, 0)


@pytest.fixture
def books(store: Store) -> Store:
    make_ledger(
        store,
        budget=[
            (YEAR, None, "1000", SALARY, "original", 1200.0),
            (YEAR, None, "1100", PURCHASE, "original", 600.0),
            (YEAR, None, "2000", SALARY, "original", 2400.0),
            (YEAR, None, "2000", SALES, "original", -240.0),
        ],
        accounts=[
            *monthly(YEAR, "1000", SALARY, [130.0] * 8),  # overspending: 130 against 100 a month
            *monthly(YEAR, "1100", PURCHASE, [50.0] * 8),
            *monthly(YEAR, "2000", SALARY, [200.0] * 8),
            *monthly(YEAR, "2000", SALES, [-20.0] * 8),
        ],
    )
    # The budget holders' explanations over the months: the latest of each tertial counts.
    for month, text in ((2, "Vikarer i februar"), (3, "Vikarer i mars"), (6, "Lønnsoppgjør")):
        save_own_forecast(store, Access.system(), YEAR, month, "10", 1500.0 + month, text, "Sárá")
    save_own_forecast(store, Access.system(), YEAR, 4, "20", None, "Færre liggedøgn", "Ánde")
    save_own_forecast(store, Access.system(), YEAR, 9, "20", None, "Etter tertialet", "Ánde")
    return store


def _texts(store: Store, tertial: int) -> str:
    request = tertial_request(store, DIRECTOR, YEAR, tertial, "", "direktør", MADE_AT)
    return report_text(build_tertial_report(store, DIRECTOR, request))


def test_the_latest_explanation_of_the_tertial_per_unit_with_its_month(books: Store) -> None:
    lines = [plain(line) for line in _texts(books, 1).splitlines()]
    assert "Kárášjoga skuvla | mars | Vikarer i mars | Sárá | 1 503 kr" in lines
    assert "Dikšoruoktu | april | Færre liggedøgn | Ánde |" in lines
    assert not any("Vikarer i februar" in line or "Etter tertialet" in line for line in lines)
    second = [plain(line) for line in _texts(books, 2).splitlines()]
    assert "Kárášjoga skuvla | juni | Lønnsoppgjør | Sárá | 1 506 kr" in second


def test_the_figures_are_the_gap_tables_at_the_tertials_end(books: Store) -> None:
    lines = [plain(line) for line in _texts(books, 1).splitlines()]
    month = TERTIAL_END[1]
    units = compute_gaps(books, Access.system(), YEAR, month, "unit", "sektor:1").rows
    assert units
    for unit in units:
        row = plain(" | ".join(gap_row(unit)))
        assert row in lines, row
    total = compute_gaps(books, Access.system(), YEAR, month, "sector").total
    assert plain(f"Prognoseavvik: {format_nok(total.forecast_gap)}") in lines


def test_a_proposal_must_balance_and_be_allocated_within_its_appropriation(books: Store) -> None:
    unbalanced = [ProposalDraft("1", 300.0, "Vikarer", allocation=(("1000", SALARY, 300.0),))]
    with pytest.raises(
        UserError, match="ikke i balanse: endringene og finansieringen summerer seg til 300 kr"
    ):
        save_proposal(books, DIRECTOR, YEAR, 2, unbalanced)
    outside = [
        ProposalDraft("1", 300.0, "Vikarer", allocation=(("2000", SALARY, 300.0),)),
        ProposalDraft("2", -300.0, "", allocation=(("2000", SALES, -200.0),)),
    ]
    with pytest.raises(UserError) as refused:
        save_proposal(books, DIRECTOR, YEAR, 2, outside)
    message = str(refused.value)
    assert "Rad 1: ansvar utenfor bevilgningen: 2000." in message
    assert "Rad 2: begrunnelsen mangler." in message
    assert "Rad 2: fordelingen på ansvar og art er -200 kr, men endringen er -300 kr." in message
    assert read_proposals(books, YEAR, 2) == []
    with pytest.raises(AccessDenied):
        save_proposal(books, Access("leder", Role.LEADER, frozenset({"1"})), YEAR, 2, [])


def test_every_comment_forecast_and_change_is_in_both_formats(books: Store) -> None:
    save_proposal(
        books,
        DIRECTOR,
        YEAR,
        2,
        [
            ProposalDraft(
                "1", 450.0, "Økt vikarbruk i skolen", allocation=(("1000", SALARY, 450.0),)
            ),
            ProposalDraft(
                "2", -450.0, "Bruk av disposisjonsfond", "financing", (("2000", "19400", -450.0),)
            ),
        ],
    )
    save_section_text(books, DIRECTOR, (YEAR, 2, ""), "drift", "Skolen har **høyt** sykefravær.")
    made = make_tertial(books, DIRECTOR, YEAR, 2, "", "direktør", MADE_AT)
    pdf = plain(" ".join(page_texts(made.pdf)))
    word = plain(" ".join(p.text for p in Document(io.BytesIO(made.docx)).paragraphs))
    cells = plain(
        " ".join(
            cell.text
            for table in Document(io.BytesIO(made.docx)).tables
            for row in table.rows
            for cell in row.cells
        )
    )
    for expected in (
        "Lønnsoppgjør",
        "Færre liggedøgn",
        "1 506 kr",
        "Økt vikarbruk i skolen",
        "450 kr",
    ):
        assert expected in pdf, expected
        assert expected in word + " " + cells, expected
    assert "Skolen har høyt sykefravær." in pdf and "Skolen har høyt sykefravær." in word
    assert "Forslaget er i balanse." in pdf and "Forslaget er i balanse." in word
    assert "Tertialrapport 2" in pdf and "2. tertial 2025" in word


def test_frozen_versions_are_numbered_and_compared(books: Store) -> None:
    key = (YEAR, 1, "")
    first = make_tertial(books, DIRECTOR, YEAR, 1, "", "direktør", MADE_AT)
    assert freeze_tertial(books, DIRECTOR, first) == 1
    save_section_text(books, DIRECTOR, key, "sammendrag", "Driften er under kontroll.")
    second = make_tertial(books, DIRECTOR, YEAR, 1, "", "direktør", MADE_AT)
    assert second.fingerprint != first.fingerprint  # the director's text is part of it
    assert freeze_tertial(books, DIRECTOR, second) == 2
    older, newer = read_versions(books, key)
    assert (older.version, newer.version) == (1, 2)
    assert compare_versions(older.content, newer.content) == [
        "+Driften er under kontroll.",
    ]
    with pytest.raises(AccessDenied):
        freeze_tertial(books, Access("leder", Role.LEADER, frozenset({"1"})), second)


def test_who_may_make_which_report(books: Store) -> None:
    leader = Access("leder", Role.LEADER, frozenset({"1"}))
    assert tertial_request(books, leader, YEAR, 1, "1", "leder").scope.key == "sektor:1"
    with pytest.raises(AccessDenied):
        tertial_request(books, leader, YEAR, 1, "", "leder")
    with pytest.raises(UserError):  # another sector is not found among what the leader sees
        tertial_request(books, leader, YEAR, 1, "2", "leder")
    holder = Access("Sárá", Role.BUDGET_HOLDER, frozenset({"10"}))
    with pytest.raises(AccessDenied):
        tertial_request(books, holder, YEAR, 1, "1", "Sárá")
    with pytest.raises(UserError, match="Tertialet må være 1"):
        make_tertial(books, DIRECTOR, YEAR, 3, "", "direktør")
