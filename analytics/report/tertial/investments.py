"""The tertial report's investment section: the investment ledger's projects in the scope as
of the tertial's last month, opened by a summary written from their figures (frames, this
year's budget and accounts, the projects expected to exceed their frame), then the director's
text, the projects' figures and chart as in the snapshot, and the budget holders' comments."""

from __future__ import annotations

from collections.abc import Sequence

from analytics.core.formatting import format_millions, format_pct, period_label
from analytics.core.texts import t
from analytics.investments.figures import ProjectStatus
from analytics.investments.tables import totals
from analytics.report.model import Block, Chart, Paragraph, Section
from analytics.report.sections.economy import projects_section

ANCHOR = "investering"


def investment_section(
    projects: Sequence[ProjectStatus],
    period: tuple[int, int],
    chart: Chart | None,
    director_text: list[Block],
) -> Section:
    """The section (see the module docstring); `director_text` goes after the summary."""
    snapshot = projects_section(list(projects), period, chart)
    blocks: list[Block] = [Paragraph(sentence) for sentence in investment_summary(projects, period)]
    blocks += director_text
    blocks += snapshot.blocks[1:]  # the snapshot's lead line is replaced by the summary
    return Section(ANCHOR, t("tertial.section.investering"), tuple(blocks))


def investment_summary(projects: Sequence[ProjectStatus], period: tuple[int, int]) -> list[str]:
    """Plain sentences from the projects' figures, nothing else: what the council reads first."""
    year, month = period
    if not projects:
        return [t("tertial.investment_none", period=period_label(year, month))]
    summed = totals(projects)
    budget = summed["budget_year"]
    spent = format_pct(100 * summed["actual_year"] / budget) if budget else "–"
    sentences = [
        t(
            "tertial.investment_lead",
            period=period_label(year, month),
            count=len(projects),
            frame=format_millions(summed["frame"]),
            budget=format_millions(budget),
            actual=format_millions(summed["actual_year"]),
            spent=spent,
        )
    ]
    over = [p for p in projects if p.forecast_gap is not None and p.forecast_gap < 0]
    if over:
        sentences.append(
            t(
                "tertial.investment_over",
                count=len(over),
                amount=format_millions(-sum(p.forecast_gap or 0.0 for p in over)),
                projects=", ".join(f"{p.code} {p.name}" for p in over),
            )
        )
    else:
        sentences.append(t("tertial.investment_within"))
    return sentences
