"""The tertial report's goals section: the goals of the scope with their lights as of the
tertial's last month, opened by a count of the lights and the most critical goal with its
reason, then the director's text and the snapshot's goals table (the same figures as Mål og
indikatorer)."""

from __future__ import annotations

from collections.abc import Sequence

from analytics.core.names import Status
from analytics.core.texts import t
from analytics.goals.data import IndicatorData
from analytics.goals.view import GoalView
from analytics.report.model import Block, Paragraph, Section
from analytics.report.sections.goals import goal_reason, goals_section

ANCHOR = "mal"


def goals_part(
    goals: Sequence[GoalView], data: IndicatorData, year: int, director_text: list[Block]
) -> Section:
    """The section (see the module docstring); `director_text` goes after the summary."""
    snapshot = goals_section(goals, data, year)
    blocks: list[Block] = [Paragraph(sentence) for sentence in goals_summary(goals)]
    blocks += director_text
    blocks += snapshot.blocks
    return Section(ANCHOR, t("tertial.section.mal"), tuple(blocks))


def goals_summary(goals: Sequence[GoalView]) -> list[str]:
    """How many goals are green, yellow, red and not yet measured, and the most critical one."""
    if not goals:
        return []
    count = {status: sum(item.status is status for item in goals) for status in Status}
    sentences = [
        t(
            "tertial.goals_summary",
            count=len(goals),
            green=count[Status.GREEN],
            yellow=count[Status.YELLOW],
            red=count[Status.RED],
            none=count[Status.NONE],
        )
    ]
    lit = [item for item in goals if item.status is not Status.NONE]
    if lit:
        worst = min(lit, key=lambda item: (item.status.rank, item.depth))
        if worst.status is not Status.GREEN:
            sentences.append(
                t(
                    "tertial.goals_worst",
                    goal=worst.goal.title,
                    reason=goal_reason(worst) or worst.status.label,
                )
            )
    return sentences
