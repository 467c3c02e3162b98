"""The tertial report's section on the financial room: the key figures and the council's
rules year by year beside KOSTRA's figures, ROBEK and the coverage plan, and finance and debt
management (the council must be told about it during the year, kommuneloven § 14-13 and the
finance regulations), as of the tertial's last day. Opened by a summary written from the
figures and the director's text; then the same blocks as the snapshot
(`report.sections.finance`)."""

from __future__ import annotations

from analytics.core.access import Access
from analytics.core.formatting import format_nok, format_pct
from analytics.core.names import Status
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.finance.books import FinanceRoom, compute_room, may_see_room, read_books
from analytics.finance.kostra import read_kostra
from analytics.finance.room import RULES
from analytics.finance.tables import headline, robek_sentences
from analytics.report.model import Block, Paragraph, Section
from analytics.report.sections.finance import (
    FINANCE_ANCHOR,
    debt_blocks,
    kostra_blocks,
    robek_blocks,
    rules_blocks,
)
from analytics.report.tertial.content import TertialRequest
from analytics.store import Store
from analytics.store.organisation import read_organisation

ANCHOR = FINANCE_ANCHOR


def finance_part(
    store: Store, access: Access, request: TertialRequest, director_text: list[Block]
) -> Section:
    """Key figures, rules, ROBEK and debt management; a plain note for those who may not see
    the whole municipality."""
    title = t("tertial.section.handlingsrom")
    if not may_see_room(access, read_organisation(store)):
        return Section(ANCHOR, title, (Paragraph(t("finance.not_allowed"), kind="empty"),))
    settings = load_settings(store)
    room = compute_room(read_books(store, request.as_of), settings)
    if not room.years:
        return Section(ANCHOR, title, (Paragraph(t("finance.page.no_data"), kind="empty"),))
    blocks: list[Block] = [Paragraph(sentence) for sentence in finance_summary(room, settings)]
    blocks += director_text
    blocks.append(Paragraph(t("tertial.finance.lead", tertial=request.tertial)))
    blocks += rules_blocks(room, settings)
    blocks += kostra_blocks(room, read_kostra(store))
    blocks += robek_blocks(room)
    blocks += debt_blocks(room, request.as_of)
    return Section(ANCHOR, title, tuple(blocks))


def finance_summary(room: FinanceRoom, settings: Settings) -> list[str]:
    """The headline year's net operating result, how many of the council's rules it meets,
    and ROBEK: sentences from the figures, nothing else."""
    year = headline(room)
    if year is None:
        return []
    figures = year.figures
    met = [rule for rule in RULES if year.statuses[rule] == Status.GREEN]
    missed = [t(f"finance.rule.{rule}").lower() for rule in RULES if rule not in met]
    sentences = [
        t(
            f"tertial.finance.summary_{figures.source}",
            year=year.year,
            amount=format_nok(figures.net_operating_result),
            pct=format_pct(figures.net_operating_result_pct, 2),
            target=format_pct(settings.finance_net_result_min_pct, 2),
        ),
        t("tertial.finance.summary_rules", met=len(met), count=len(RULES))
        + (" " + t("tertial.finance.summary_missed", rules=", ".join(missed)) if missed else ""),
    ]
    sentences.append(robek_sentences(room.robek)[0])
    return sentences
