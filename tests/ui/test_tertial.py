"""The proposal editor's lines become changes: grouped by appropriation, type and reason."""

from __future__ import annotations

import pandas as pd

from analytics.report.tertial.proposals import ProposalDraft
from analytics.store.tertial import ProposalRow
from ui.tertial import PROPOSAL_COLUMNS, drafts_of, proposal_lines


def test_lines_are_grouped_into_changes_and_back() -> None:
    lines = pd.DataFrame(
        [
            ("3", "change", "Mer innleie", "3100", "10200", 300_000.0),
            ("3", "change", "Mer innleie", "3101", "10200", 200_000.0),
            ("9", "financing", "Bruk av disposisjonsfond", "9000", "19400", -500_000.0),
            ("", None, "", "", "", None),  # an empty line the editor left
        ],
        columns=list(PROPOSAL_COLUMNS),
    )
    drafts = drafts_of(lines)
    assert drafts == [
        ProposalDraft(
            "3", 500_000.0, "Mer innleie", "change",
            (("3100", "10200", 300_000.0), ("3101", "10200", 200_000.0)),
        ),
        ProposalDraft(
            "9", -500_000.0, "Bruk av disposisjonsfond", "financing",
            (("9000", "19400", -500_000.0),),
        ),
    ]  # fmt: skip
    rows = [
        ProposalRow(i, d.appropriation, d.amount, d.reason, d.kind, d.allocation, "x", None)
        for i, d in enumerate(drafts)
    ]
    assert drafts_of(proposal_lines(rows)) == drafts
