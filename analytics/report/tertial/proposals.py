"""Proposed budget changes ("forslag til vedtak"): per appropriation, balanced, then adopted.

The council amends its appropriations at the level it adopted them (here: per sector). The
director proposes a change per appropriation (amount, reason) with the administration's
allocation to ansvar and art underneath; a `financing` row pays for the net effect (e.g. the
use of the disposition fund, art 940, as a negative amount). Amounts NOK as stored: a positive
change is more net budget for the appropriation. The proposal balances when all its rows sum to
0 kr; one that does not is refused before it is stored. Each row's allocation must sum to the
row's amount, and every allocated ansvar must lie in the row's appropriation (the financing rows
excepted: they may lie anywhere, e.g. on a central ansvar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.errors import UserError
from analytics.core.formatting import format_nok
from analytics.core.texts import t
from analytics.store.tertial import ProposalRow

TOLERANCE = 0.5  # kr: rounding


@dataclass(frozen=True)
class Proposal:
    """A tertial's proposed changes, as stored."""

    rows: tuple[ProposalRow, ...]

    @property
    def changes(self) -> tuple[ProposalRow, ...]:
        return tuple(row for row in self.rows if row.kind == "change")

    @property
    def increase(self) -> float:
        """The net change of the appropriations (NOK)."""
        return round(sum(row.amount for row in self.changes), 2)

    @property
    def financing_total(self) -> float:
        return round(sum(row.amount for row in self.rows if row.kind == "financing"), 2)

    @property
    def total(self) -> float:
        return round(sum(row.amount for row in self.rows), 2)

    @property
    def balanced(self) -> bool:
        return abs(self.total) <= TOLERANCE


def proposal_of(rows: Sequence[ProposalRow]) -> Proposal:
    return Proposal(tuple(rows))


@dataclass(frozen=True)
class ProposalDraft:
    """One row as the director enters it (see the module docstring)."""

    appropriation: str  # a sector code
    amount: float
    reason: str
    kind: str = "change"
    allocation: tuple[tuple[str, str, float], ...] = ()  # (ansvar, art, amount)


def check_proposal(drafts: Sequence[ProposalDraft], organisation: pd.DataFrame) -> None:
    """Raises UserError (Norwegian, naming each row's problem, all at once) unless every row
    has a reason, an allocation that sums to its amount within its appropriation, and the rows
    together balance."""
    problems = [
        problem
        for number, draft in enumerate(drafts, start=1)
        for problem in _row_problems(number, draft, organisation)
    ]
    total = round(sum(draft.amount for draft in drafts), 2)
    if abs(total) > TOLERANCE:
        problems.append(t("tertial.proposal_unbalanced", total=format_nok(total)))
    if problems:
        raise UserError("\n".join(problems))


def _row_problems(number: int, draft: ProposalDraft, organisation: pd.DataFrame) -> list[str]:
    problems = []
    sectors = set(organisation["sector_code"])
    if draft.kind not in ("change", "financing"):
        problems.append(t("tertial.proposal_bad_kind", row=number, kind=draft.kind))
    if draft.kind == "change" and draft.appropriation not in sectors:
        problems.append(t("tertial.proposal_unknown_sector", row=number, code=draft.appropriation))
    if not draft.reason.strip():
        problems.append(t("tertial.proposal_no_reason", row=number))
    allocated = round(sum(amount for _, _, amount in draft.allocation), 2)
    if abs(allocated - draft.amount) > TOLERANCE:
        problems.append(
            t(
                "tertial.proposal_allocation_sum",
                row=number,
                allocated=format_nok(allocated),
                amount=format_nok(draft.amount),
            )
        )
    if draft.kind == "change":
        inside = set(organisation.loc[organisation["sector_code"] == draft.appropriation, "ansvar"])
        outside = sorted({ansvar for ansvar, _, _ in draft.allocation} - inside)
        if outside:
            problems.append(
                t("tertial.proposal_outside", row=number, codes=", ".join(outside[:10]))
            )
    return problems
