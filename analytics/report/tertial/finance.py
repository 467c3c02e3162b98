"""The tertial report's section on the financial room: the key figures and the council's
rules year by year, ROBEK and the coverage plan, and finance and debt management (the council
must be told about it during the year, kommuneloven § 14-13 and the finance regulations), as
of the tertial's last day. The same blocks as the snapshot (`report.sections.finance`)."""

from __future__ import annotations

from analytics.core.access import Access
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.finance.books import compute_room, may_see_room, read_books
from analytics.report.model import Block, Paragraph, Section
from analytics.report.sections.finance import debt_blocks, robek_blocks, rules_blocks
from analytics.report.tertial.content import TertialRequest
from analytics.store import Store
from analytics.store.organisation import read_organisation

ANCHOR = "tertial-handlingsrom"


def finance_part(store: Store, access: Access, request: TertialRequest) -> Section:
    """Key figures, rules, ROBEK and debt management; a plain note for those who may not see
    the whole municipality."""
    title = t("tertial.finance.title")
    if not may_see_room(access, read_organisation(store)):
        return Section(ANCHOR, title, (Paragraph(t("finance.not_allowed"), kind="empty"),))
    settings = load_settings(store)
    room = compute_room(read_books(store, request.as_of), settings)
    if not room.years:
        return Section(ANCHOR, title, (Paragraph(t("finance.page.no_data"), kind="empty"),))
    blocks: list[Block] = [Paragraph(t("tertial.finance.lead", tertial=request.tertial))]
    blocks += rules_blocks(room, settings)
    blocks += robek_blocks(room)
    blocks += debt_blocks(room, request.as_of)
    return Section(ANCHOR, title, tuple(blocks))
