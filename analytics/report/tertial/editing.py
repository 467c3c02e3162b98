"""What the director writes into the tertial report: the text of each section and the proposed
budget changes. Only the director and administrators write them; every change is audited."""

from __future__ import annotations

import hashlib
import json
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
from analytics.store.budget_changes import store_budget_change
from analytics.store.organisation import read_organisation
from analytics.store.tertial import Period, read_proposals, replace_proposals, write_text
from analytics.store.uploads import NewUpload

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
    adopted = _adopted_upload(store, year, tertial)
    if adopted is not None:
        raise UserError(t("tertial.adopt_locked", id=adopted))
    check_proposal(drafts, read_organisation(store))
    rows = [(d.appropriation, d.amount, d.reason.strip(), d.kind, d.allocation) for d in drafts]
    replace_proposals(store, year, tertial, rows, access.user, clock.now())
    record(store, access.user, "tertial_proposal", f"{year}-T{tertial}: {len(rows)}")


def adopt_proposal(store: Store, access: Access, year: int, tertial: int) -> int:
    """The council adopted the tertial's proposed changes: stores them as a budget change (an
    upload of kind budget_change, undoable on Last opp) whose lines add to the revised budget,
    and locks the proposal until that upload is undone. Returns the upload's id. Refused when
    there is no proposal, when it is adopted already, or when it no longer balances."""
    require_director(access)
    rows = read_proposals(store, year, tertial)
    if not rows:
        raise UserError(t("tertial.adopt_none", year=year, tertial=tertial))
    adopted = _adopted_upload(store, year, tertial)
    if adopted is not None:
        raise UserError(t("tertial.adopt_already", id=adopted))
    drafts = [
        ProposalDraft(r.appropriation, r.amount, r.reason, r.kind, r.allocation) for r in rows
    ]
    check_proposal(drafts, read_organisation(store))
    lines = [
        (row.appropriation, row.reason, ansvar, art, amount)
        for row in rows
        for ansvar, art, amount in row.allocation
    ]
    content = json.dumps([year, tertial, lines], ensure_ascii=False).encode()
    upload = NewUpload(
        "budget_change",
        t("tertial.adopt_file", year=year, tertial=tertial),
        hashlib.sha256(content).hexdigest(),
        access.user,
        len(lines),
        {"year": year, "tertial": tertial, "ansvar": sorted({line[2] for line in lines})},
    )
    upload_id = store_budget_change(store, upload, year, tertial, lines)
    record(store, access.user, "budget_change", f"{year}-T{tertial}: upload {upload_id}")
    return upload_id


def _adopted_upload(store: Store, year: int, tertial: int) -> int | None:
    adopted = [r.adopted_upload for r in read_proposals(store, year, tertial) if r.adopted_upload]
    return adopted[0] if adopted else None
