"""What the director writes into the tertial report: the text of each section and the proposed
budget changes. Only the director and administrators write them; every change is audited."""

from __future__ import annotations

from collections.abc import Sequence

from analytics.core import clock
from analytics.core.access import Access
from analytics.core.audit import record
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.report.tertial.proposals import ProposalDraft, check_proposal
from analytics.report.tertial.report import require_director
from analytics.report.tertial.sections import SECTIONS
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.tertial import Period, replace_proposals, write_text

MAX_TEXT = 20_000  # characters of one section's text


def save_section_text(
    store: Store, access: Access, key: Period, section: str, markdown: str
) -> None:
    """Stores the director's text (Markdown) of one section; an empty text removes it."""
    require_director(access)
    if section not in SECTIONS:
        raise UserError(t("tertial.unknown_section", section=section, sections=", ".join(SECTIONS)))
    if len(markdown) > MAX_TEXT:
        raise UserError(t("tertial.text_too_long", length=len(markdown), limit=MAX_TEXT))
    write_text(store, key, section, markdown, access.user, clock.now())
    year, tertial, scope = key
    record(store, access.user, "tertial_text", f"{year}-T{tertial} {scope or 'kommune'} {section}")


def save_proposal(
    store: Store, access: Access, year: int, tertial: int, drafts: Sequence[ProposalDraft]
) -> None:
    """Checks (every row, and that the whole balances) and stores the tertial's proposed
    changes in place of the earlier ones; nothing is stored when any row is refused."""
    require_director(access)
    check_proposal(drafts, read_organisation(store))
    rows = [(d.appropriation, d.amount, d.reason.strip(), d.kind, d.allocation) for d in drafts]
    replace_proposals(store, year, tertial, rows, access.user, clock.now())
    record(store, access.user, "tertial_proposal", f"{year}-T{tertial}: {len(rows)}")
