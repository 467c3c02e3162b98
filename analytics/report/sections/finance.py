"""The snapshot's section on the financial room (and the blocks the tertial report borrows):
the key figures per year, the council's rules with their lights and reasons, the rules' shares
beside KOSTRA's (when SSB's figures are stored), ROBEK in plain words with the coverage plan,
the debt management figures and the scenarios side by side. The same rows as the page and the
command line (`finance.tables`), so they agree to the krone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from analytics.core.formatting import format_nok, format_pct
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.finance.books import FinanceRoom
from analytics.finance.charts import rule_chart
from analytics.finance.debt import debt_management
from analytics.finance.kostra import compare_with_kostra, group_name
from analytics.finance.room import RULES
from analytics.finance.scenarios import Scenario
from analytics.finance.tables import (
    coverage_table,
    figures_table,
    headline,
    kostra_table,
    minimum_instalment_check,
    robek_sentences,
    rule_target,
    rules_table,
    scenarios_table,
)
from analytics.report.figures import printable_chart
from analytics.report.model import (
    Block,
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Subheading,
    Table,
)

FINANCE_ANCHOR = "handlingsrom"


def as_table(frame: pd.DataFrame, caption: str = "", code_column: int = 0) -> Table:
    """A frame of text cells as a report table (one column a code: the first, the year)."""
    columns = tuple(
        Column(str(name), "code" if index == code_column else "text")
        for index, name in enumerate(frame)
    )
    rows = tuple(tuple(str(cell) for cell in row) for row in frame.itertuples(index=False))
    return Table(columns, rows, caption)


def kostra_blocks(room: FinanceRoom, kostra: pd.DataFrame | None) -> list[Block]:
    """The rules' shares beside SSB's KOSTRA figures for the municipality, the country
    without Oslo and the KOSTRA group (the page's table; its year the code); nothing when
    none are stored."""
    if kostra is None or kostra.empty:
        return []
    rows = compare_with_kostra(kostra, room.years)
    if not rows:
        return []
    return [
        Subheading(f"{FINANCE_ANCHOR}-kostra", t("finance.kostra.title")),
        Paragraph(t("finance.kostra.report_caption")),
        as_table(kostra_table(rows, group_name(kostra)), code_column=1),
    ]


def key_figures(room: FinanceRoom) -> KeyFigures | None:
    """The headline year's net operating result and the three rules, with their lights."""
    year = headline(room)
    if year is None:
        return None
    figures = [
        KeyFigure(
            t("finance.key.net_operating_result"), format_nok(year.figures.net_operating_result)
        )
    ]
    figures += [
        KeyFigure(t(f"finance.rule.{rule}"), format_pct(year.shares[rule], 2), year.statuses[rule])
        for rule in RULES
    ]
    return KeyFigures(tuple(figures))


def rules_blocks(room: FinanceRoom, settings: Settings) -> list[Block]:
    """The key figures per year and the rules with reasons (the tertial report's blocks too)."""
    blocks: list[Block] = []
    figures = key_figures(room)
    if figures is not None:
        blocks.append(figures)
    blocks += [
        Subheading(f"{FINANCE_ANCHOR}-tall", t("finance.page.figures")),
        as_table(figures_table(room.years)),
        Subheading(f"{FINANCE_ANCHOR}-regler", t("finance.page.rules")),
        Paragraph(
            t(
                "finance.page.rules_caption",
                result=format_pct(settings.finance_net_result_min_pct, 2),
                fund=format_pct(settings.finance_fund_min_pct, 2),
                debt=format_pct(settings.finance_net_debt_max_pct, 2),
            )
        ),
        as_table(rules_table(room.years, settings)),
    ]
    return blocks


def robek_blocks(room: FinanceRoom) -> list[Block]:
    blocks: list[Block] = [Subheading(f"{FINANCE_ANCHOR}-robek", t("finance.page.robek"))]
    blocks += [Paragraph(sentence) for sentence in robek_sentences(room.robek)]
    if room.robek.plan:
        blocks.append(as_table(coverage_table(room.robek)))
    return blocks


def debt_blocks(room: FinanceRoom, today: dt.date) -> list[Block]:
    """Finance and debt management: the portfolio's figures, maturities, § 14-18."""
    blocks: list[Block] = [Subheading(f"{FINANCE_ANCHOR}-gjeld", t("finance.page.debt"))]
    if room.books.loans.empty:
        blocks.append(Paragraph(t("finance.page.no_loans"), kind="empty"))
    else:
        figures = debt_management(room.books.loans, today)
        blocks.append(
            KeyFigures(
                (
                    KeyFigure(t("finance.debt.total"), format_nok(figures.total)),
                    KeyFigure(
                        t("finance.debt.fixed_share"), format_pct(figures.fixed_share_pct, 1)
                    ),
                    KeyFigure(
                        t("finance.debt.average_rate"), format_pct(figures.average_rate_pct, 2)
                    ),
                    KeyFigure(
                        t("finance.debt.one_point"), format_nok(figures.one_point_first_year)
                    ),
                )
            )
        )
        blocks.append(
            Paragraph(t("finance.debt.one_point_full", amount=format_nok(figures.one_point_full)))
        )
        maturities = pd.DataFrame(
            {
                t("finance.key.year"): [str(year) for year in figures.maturities],
                t("finance.debt.falls_due"): [format_nok(v) for v in figures.maturities.values()],
            }
        )
        blocks.append(as_table(maturities))
    year = headline(room)
    check = minimum_instalment_check(room, year.year) if year is not None else None
    if check is None or check.minimum is None:
        blocks.append(Paragraph(t("finance.page.no_minimum"), kind="note"))
    else:
        key = "finance.minimum.sufficient" if check.sufficient else "finance.minimum.short"
        blocks.append(
            Paragraph(
                t(key, year=check.year, minimum=format_nok(check.minimum),
                  instalments=format_nok(check.instalments))
            )
        )  # fmt: skip
    return blocks


def finance_section(
    room: FinanceRoom | None,
    settings: Settings,
    scenarios: Sequence[Scenario],
    demo: bool,
    today: dt.date,
    kostra: pd.DataFrame | None = None,
) -> Section:
    """The snapshot's section; a plain note for a person who may not see the whole
    municipality (`room` None) or when there are no figures. `kostra`: the stored KOSTRA
    figures (`finance.kostra.read_kostra`), compared with the rules when there are any."""
    title = t("page.handlingsrom")
    if room is None:
        return Section(FINANCE_ANCHOR, title, (Paragraph(t("finance.not_allowed"), kind="empty"),))
    if not room.years:
        return Section(FINANCE_ANCHOR, title, (Paragraph(t("finance.page.no_data"), kind="empty"),))
    blocks: list[Block] = [
        Paragraph(t("finance.page.caption", first=room.years[0].year, last=room.years[-1].year))
    ]
    blocks += rules_blocks(room, settings)
    rule = "net_operating_result"
    blocks.append(printable_chart(rule_chart(room.years, rule, rule_target(rule, settings), demo)))
    blocks += kostra_blocks(room, kostra)
    blocks += robek_blocks(room)
    blocks += debt_blocks(room, today)
    if scenarios:
        blocks += [
            Subheading(f"{FINANCE_ANCHOR}-scenarioer", t("finance.page.scenarios")),
            as_table(scenarios_table(room, scenarios, settings)),
        ]
        if room.robek.registered:
            blocks.append(Paragraph(t("finance.page.robek_loans"), kind="note"))
    return Section(FINANCE_ANCHOR, title, tuple(blocks))
