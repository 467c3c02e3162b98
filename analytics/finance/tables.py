"""What the page, the card and the reports show of the room, as plain rows (Norwegian labels,
amounts formatted as `1 234 567 kr`, shares as `0,63 %`), computed once from `year_row`, so
every place shows the same krone."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics.core.formatting import format_nok, format_pct
from analytics.core.names import STATUS_LOOK, Status, kpi
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.finance.books import YEAR_KEYS, FinanceRoom, year_row
from analytics.finance.kostra import ComparisonRow
from analytics.finance.robek import RobekStatus
from analytics.finance.room import RULES, FinanceYear, MinimumInstalment, minimum_instalment
from analytics.finance.scenarios import Scenario, compare, scenario_years

AMOUNT_KEYS = YEAR_KEYS[1:6]
PCT_KEYS = YEAR_KEYS[6:9]


def figures_table(years: Sequence[FinanceYear]) -> pd.DataFrame:
    """A row per year: the key figures formatted, and the source in words."""
    rows = []
    for year in years:
        row = year_row(year)
        cells = {t("finance.key.year"): str(row["year"])}
        cells.update(
            {t(f"finance.key.{key}"): format_nok(_number(row[key])) for key in AMOUNT_KEYS}
        )
        cells.update(
            {t(f"finance.key.{key}"): format_pct(_number(row[key]), 2) for key in PCT_KEYS}
        )
        cells[t("finance.key.source")] = t(f"finance.source.{row['source']}")
        rows.append(cells)
    return pd.DataFrame(rows)


def _number(value: object) -> float | None:
    return None if value is None else float(str(value))


def rule_target(rule: str, settings: Settings) -> float:
    """The council's target of a rule (% of operating income)."""
    return float(getattr(settings, kpi(rule).target_setting))


def reason(year: FinanceYear, rule: str, settings: Settings) -> str:
    """Why the rule has its light this year, in one sentence."""
    share = year.shares[rule]
    target = rule_target(rule, settings)
    if share is None:
        return t(f"finance.reason.{rule}.none")
    side = "meets" if year.statuses[rule] == Status.GREEN else "misses"
    return t(
        f"finance.reason.{rule}.{side}", value=format_pct(share, 2), target=format_pct(target, 2)
    )


def rules_table(years: Sequence[FinanceYear], settings: Settings) -> pd.DataFrame:
    """A row per year and rule: the share, the target, the light and the reason."""
    rows = [
        {
            t("finance.key.year"): str(year.year),
            t("finance.col.rule"): t(f"finance.rule.{rule}"),
            t("finance.col.status"): f"{STATUS_LOOK[year.statuses[rule]].icon} "
            f"{year.statuses[rule].label}",
            t("finance.col.reason"): reason(year, rule, settings),
            t("finance.key.source"): t(f"finance.source.{year.figures.source}"),
        }
        for year in years
        for rule in RULES
    ]
    return pd.DataFrame(rows)


def robek_sentences(robek: RobekStatus) -> list[str]:
    """The ROBEK status in plain words: registered or not, the deficit, each criterion."""
    lines = [t("finance.robek.registered" if robek.registered else "finance.robek.clear")]
    if robek.deficit > 0:
        lines.append(
            t(
                "finance.robek.deficit",
                amount=format_nok(robek.deficit),
                pct=format_pct(robek.deficit_pct, 2),
                year=robek.deficit_year or "–",
            )
        )
        lines.append(
            t("finance.robek.covered_by", year=robek.covered_by)
            if robek.covered_by
            else t("finance.robek.not_covering")
        )
    lines += [t(f"finance.criterion.{c.key}.{c.verdict}") for c in robek.criteria]
    return lines


def coverage_table(robek: RobekStatus) -> pd.DataFrame:
    """The coverage plan: a row per year with planned, booked, kept and what is left."""
    return pd.DataFrame(
        [
            {
                t("finance.key.year"): str(item.year),
                t("finance.col.planned"): format_nok(item.planned),
                t("finance.col.booked"): format_nok(item.booked),
                t("finance.col.keeps_plan"): t(f"finance.keeps.{item.keeps_plan}"),
                t("finance.col.remaining"): format_nok(item.remaining),
            }
            for item in robek.plan
        ]
    )


def headline(room: FinanceRoom) -> FinanceYear | None:
    """The year the card and the reports lead with: the forecast year, else the latest."""
    forecast = [year for year in room.years if year.figures.source == "forecast"]
    return forecast[0] if forecast else (room.years[-1] if room.years else None)


def scenarios_table(
    room: FinanceRoom, scenarios: Sequence[Scenario], settings: Settings
) -> pd.DataFrame:
    """The scenarios side by side: a row per scenario and forecast or plan year with the rules'
    shares and what its investments borrow and cost."""
    compared = compare(room.years, scenarios, settings)
    later = [year.year for year in room.years if year.figures.source != "accounts"]
    rows = []
    for scenario in scenarios:
        effects = {effect.year: effect for effect in scenario_years(scenario, later)}
        for year in compared[scenario.name]:
            if year.year not in effects:
                continue
            effect = effects[year.year]
            rows.append(
                {
                    t("finance.col.scenario"): scenario.name,
                    t("finance.key.year"): str(year.year),
                    t("finance.key.net_operating_result_pct"): format_pct(
                        year.figures.net_operating_result_pct, 2
                    ),
                    t("finance.key.disposition_fund_pct"): format_pct(year.disposition_fund_pct, 2),
                    t("finance.key.net_debt_pct"): format_pct(year.net_debt_pct, 2),
                    t("finance.col.new_loans"): format_nok(effect.new_loans),
                    t("finance.col.interest_instalments"): format_nok(
                        effect.interest + effect.instalments
                    ),
                    t("finance.col.lights"): " ".join(
                        STATUS_LOOK[year.statuses[rule]].icon for rule in RULES
                    ),
                }
            )
    return pd.DataFrame(rows)


def minimum_instalment_check(room: FinanceRoom, year: int) -> MinimumInstalment | None:
    """§ 14-18 for `year`: the debt and book value at the end of the year before, the year's
    depreciation (the counter-entry −S(990), which equals S(590)) and instalments S(510).
    None without a balance."""
    before = room.year(year - 1)
    balance = before.balance if before is not None else None
    if balance is None:
        return None
    depreciation = -room.line(year, "depreciation_counter")  # S(590) = −S(990)
    return minimum_instalment(year, balance, depreciation, room.line(year, "instalments"))


def kostra_table(rows: Sequence[ComparisonRow], group: str) -> pd.DataFrame:
    """The KOSTRA comparison: a row per rule, accounts scope and year; the shares formatted."""
    cells = []
    for row in rows:
        cells.append(
            {
                t("finance.kostra.col.figure"): t(f"finance.rule.{row.rule}"),
                t("finance.key.year"): str(row.year),
                t("finance.kostra.col.scope"): (
                    t(f"indicator.scope.{row.accounts_scope}") if row.accounts_scope else "–"
                ),
                t("finance.kostra.col.own"): format_pct(row.own, 2),
                t("finance.kostra.col.published"): format_pct(row.published, 2),
                t("finance.kostra.col.national"): format_pct(row.national, 2),
                group or t("finance.kostra.col.group"): format_pct(row.group, 2),
            }
        )
    return pd.DataFrame(cells)
