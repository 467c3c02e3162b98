"""The sections of the tertial report. Each opens with a short summary built from the figures
(never invented), then the director's own text for the section when written, then the detail.

- Sammendrag: the scope's year-end and each sector's, in plain sentences.
- Drift: per sector its sentence, its units' gap table, the budget holders' latest explanation
  per unit (with the month it was written) and the measures as they stood at the tertial's end.
- Sykefravær, Risiko: the latest figures and the register.
- Forslag til vedtak: the proposed budget changes per appropriation, balanced, as the council
  adopts them, with the administration's allocation to ansvar and art underneath.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from analytics.core.formatting import format_millions, format_nok, format_pct, month_name
from analytics.core.names import Status
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus
from analytics.economy.narrative import year_end_sentence
from analytics.programme.risks import risk_band
from analytics.report.content import economy_charts, sick_leave_chart
from analytics.report.markdown import parse_markdown
from analytics.report.model import Block, Column, Paragraph, Section, Subheading, Table
from analytics.report.sections.economy import gap_columns, gap_row, key_figures
from analytics.report.sections.programme import sick_leave_section
from analytics.report.tertial.content import Explanation, TertialFacts, TertialRequest
from analytics.report.tertial.proposals import Proposal, proposal_of
from analytics.workshop.measures import Measure

SECTIONS = (
    "sammendrag", "drift", "investering", "handlingsrom", "sykefravaer", "mal", "risiko", "forslag",
)  # fmt: skip
HIGH_RISK = 10  # factors from this up are the register's high and critical risks


def director_text(facts: TertialFacts, anchor: str) -> list[Block]:
    """The director's own text of the section (a small, safe Markdown), when written."""
    text = facts.texts.get(anchor, "").strip()
    return [parse_markdown(text)] if text else []


def summary_section(facts: TertialFacts, request: TertialRequest) -> Section:
    """The year-end of the scope and of each sector, sentence by sentence."""
    total = facts.economy.total
    sentences = [year_end_sentence(total, facts.by_art_group.get(total.key))]
    sentences += [
        year_end_sentence(sector, facts.by_art_group.get(sector.key))
        for sector in facts.economy.sectors
        if facts.economy.total.level == "kommune"
    ]
    blocks: list[Block] = [
        Paragraph(t("tertial.summary_lead", tertial=request.tertial, year=request.year)),
        *[Paragraph(sentence) for sentence in sentences],
        *director_text(facts, "sammendrag"),
        key_figures(total),
    ]
    cumulative, bars = economy_charts(
        facts.ledger, facts.economy, request.scope, (request.year, request.month), facts.demo
    )
    blocks += [chart for chart in (cumulative, bars) if chart is not None]
    return Section("sammendrag", t("tertial.section.sammendrag"), tuple(blocks))


def operating_section(facts: TertialFacts, request: TertialRequest) -> Section:
    """The operating economy per sector: sentence, units, explanations and measures."""
    blocks: list[Block] = [
        Paragraph(operating_summary(facts)),
        *director_text(facts, "drift"),
    ]
    sectors = facts.economy.sectors if facts.economy.total.level == "kommune" else ()
    parts = sectors or (facts.economy.total,)
    unit_sector = dict(
        zip(request.organisation["unit_code"], request.organisation["sector_code"], strict=False)
    )
    for part in parts:
        units = [u for u in facts.units.rows if not sectors or unit_sector.get(u.key) == part.key]
        blocks += _sector_blocks(facts, part, units, unit_sector if sectors else None)
    return Section("drift", t("tertial.section.drift"), tuple(blocks))


def operating_summary(facts: TertialFacts) -> str:
    """How many units expect an overspend and how many are red."""
    rows = facts.units.rows
    over = [row for row in rows if row.forecast_gap < 0]
    red = [row for row in rows if row.status == Status.RED]
    return t(
        "tertial.operating_summary",
        units=len(rows),
        over=len(over),
        red=len(red),
        amount=format_millions(-sum(row.forecast_gap for row in over)),
    )


def _sector_blocks(
    facts: TertialFacts,
    part: BudgetStatus,
    units: Sequence[BudgetStatus],
    unit_sector: Mapping[str, str] | None,
) -> list[Block]:
    codes = {unit.key for unit in units}
    explanations = [e for e in facts.explanations if e.unit_code in codes]
    measures = [m for m in facts.measures if _unit_of(m.unit_code, facts) in codes]
    return [
        Subheading(f"drift-{part.key}", f"{part.key} {part.name}"),
        Paragraph(year_end_sentence(part, facts.by_art_group.get(part.key))),
        Table(
            gap_columns(),
            tuple(gap_row(row) for row in (*units, part)),
            emphasised_rows=frozenset({len(units)}),
        ),
        _explanations_table(explanations, facts.names),
        _measures_table(measures, facts),
    ]


def _unit_of(code: str, facts: TertialFacts) -> str:
    """The unit a workshop code belongs to (measures may be kept per ansvar)."""
    organisation = facts.ledger.organisation
    match = organisation.loc[organisation["ansvar"] == code, "unit_code"]
    return str(match.iloc[0]) if not match.empty else code


def _explanations_table(explanations: Sequence[Explanation], names: Mapping[str, str]) -> Block:
    if not explanations:
        return Paragraph(t("tertial.no_explanations"), kind="empty")
    columns = (
        Column(t("workshop.col.unit_name")),
        Column(t("tertial.col_month")),
        Column(t("tertial.col_explanation")),
        Column(t("report.col_written_by")),
        Column(t("report.col_own_forecast"), "number"),
    )
    rows = tuple(
        (
            names.get(e.unit_code, e.unit_code),
            month_name(e.month),
            e.text,
            e.written_by,
            format_nok(e.forecast) if e.forecast is not None else "",
        )
        for e in explanations
    )
    return Table(columns, rows, caption=t("tertial.explanations_caption"))


def _measures_table(measures: Sequence[Measure], facts: TertialFacts) -> Block:
    if not measures:
        return Paragraph(t("tertial.no_measures"), kind="empty")
    columns = (
        Column(t("workshop.col.unit_name")),
        Column(t("workshop.col.title")),
        Column(t("workshop.col.owner")),
        Column(t("workshop.col.expected_effect"), "number"),
        Column(t("workshop.col.status")),
    )
    rows = tuple(
        (
            facts.names.get(m.unit_code, m.unit_code),
            m.title,
            m.owner,
            format_nok(m.expected_effect),
            m.status.label,
        )
        for m in measures
    )
    return Table(columns, rows, caption=t("tertial.measures_caption"))


def sick_leave_part(facts: TertialFacts, request: TertialRequest) -> Section:
    """The snapshot's sick-leave section, opened by its summary and the director's text."""
    chart = sick_leave_chart(facts.sick, facts.settings)
    section = sick_leave_section(facts.sick, (request.year, request.month), facts.settings, chart)
    rolling = facts.sick.rolling
    summary = (
        t(
            "tertial.sick_summary",
            pct=format_pct(rolling[1]),
            target=format_pct(facts.settings.sick_leave_target_pct),
        )
        if rolling is not None
        else t("report.sick_none")
    )
    blocks = (Paragraph(summary), *director_text(facts, "sykefravaer"), *section.blocks)
    return Section(section.anchor, section.title, blocks)


def risk_section(facts: TertialFacts) -> Section:
    """The risk register, highest factor first, opened by how many risks are high."""
    risks = facts.risks
    high = risks[risks["factor"] >= HIGH_RISK] if not risks.empty else risks
    summary = t("tertial.risk_summary", count=len(risks), high=len(high))
    blocks: list[Block] = [Paragraph(summary), *director_text(facts, "risiko")]
    if not risks.empty:
        blocks.append(_risk_table(risks))
    return Section("risiko", t("tertial.section.risiko"), tuple(blocks))


def _risk_table(risks: pd.DataFrame) -> Table:
    columns = (
        Column(t("risk.col_number"), "code"),
        Column(t("risk.col_risk")),
        Column(t("risk.col_factor"), "number"),
        Column(t("risk.col_band")),
        Column(t("risk.col_mitigation")),
        Column(t("risk.col_owner")),
    )
    rows = tuple(
        (
            str(row["number"]),
            str(row["risk"]),
            str(row["factor"]),
            t(f"risk.band_{risk_band(int(row['factor'])).key}"),
            str(row["mitigation"]),
            str(row["owner"]),
        )
        for row in risks.to_dict("records")
    )
    return Table(columns, rows)


def proposals_section(facts: TertialFacts, names: Mapping[str, str]) -> Section:
    """The proposed budget changes as the table the council adopts, and their allocation."""
    proposal = proposal_of(facts.proposals)
    blocks: list[Block] = [Paragraph(proposal_summary(proposal)), *director_text(facts, "forslag")]
    if proposal.rows:
        blocks += [_decision_table(proposal, names), _allocation_table(proposal)]
    return Section("forslag", t("tertial.section.forslag"), tuple(blocks))


def proposal_summary(proposal: Proposal) -> str:
    """How many appropriations change, by how much, and how the net effect is financed."""
    if not proposal.rows:
        return t("tertial.no_proposals")
    return t(
        "tertial.proposal_summary",
        changes=len(proposal.changes),
        increase=format_nok(proposal.increase),
        financing=format_nok(-proposal.financing_total),
        balance=t("tertial.balanced") if proposal.balanced else t("tertial.unbalanced"),
    )


def _decision_table(proposal: Proposal, names: Mapping[str, str]) -> Table:
    columns = (
        Column(t("tertial.col_appropriation")),
        Column(t("tertial.col_change"), "number"),
        Column(t("tertial.col_reason")),
    )
    rows = tuple(
        (names.get(row.appropriation, row.appropriation), format_nok(row.amount), row.reason)
        for row in proposal.rows
    )
    total = (t("tertial.col_total"), format_nok(proposal.total), "")
    return Table(
        columns,
        (*rows, total),
        caption=t("tertial.decision_caption"),
        emphasised_rows=frozenset({len(rows)}),
    )


def _allocation_table(proposal: Proposal) -> Table:
    columns = (
        Column(t("tertial.col_appropriation")),
        Column(t("common.ansvar"), "code"),
        Column(t("tertial.col_art"), "code"),
        Column(t("tertial.col_change"), "number"),
    )
    rows = tuple(
        (row.appropriation, ansvar, art, format_nok(amount))
        for row in proposal.rows
        for ansvar, art, amount in row.allocation
    )
    return Table(columns, rows, caption=t("tertial.allocation_caption"))
