"""Streamlit parts of Økonomisk handlingsrom and its card on Oversikt."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.core import clock
from analytics.core.formatting import format_nok, format_pct
from analytics.core.names import STATUS_LOOK
from analytics.core.texts import t
from analytics.finance.books import FinanceRoom, compute_room, may_see_room, read_books
from analytics.finance.charts import rule_chart
from analytics.finance.debt import debt_management
from analytics.finance.kostra import compare_with_kostra, group_name, read_kostra
from analytics.finance.loans import LoanKind
from analytics.finance.room import RULES
from analytics.finance.scenarios import (
    PlannedInvestment,
    Scenario,
    scenario_from_json,
    scenario_json,
)
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
from analytics.store.finance import delete_scenario, read_scenarios, write_scenario
from analytics.store.organisation import read_organisation
from ui.context import View, remember
from ui.text import plain, show_chart

SHORT_LABELS = {
    "net_operating_result": "finance.key.net_operating_result_pct",
    "disposition_fund": "finance.key.disposition_fund_pct",
    "net_debt": "finance.key.net_debt_pct",
}
EDITOR_COLUMNS = ("project", "name", "year", "cost", "grants", "own_funds", "opens", "running_cost")


def may_see(view: View) -> bool:
    """Whether this person may see the whole municipality's figures."""
    return may_see_room(view.access, read_organisation(view.store))


def current_room(view: View) -> FinanceRoom:
    """The room as of the clock's date, computed once per data version."""
    today = clock.today()
    return remember(
        view,
        "finance.room",
        (today, view.settings),
        lambda: compute_room(read_books(view.store, today), view.settings),
    )


def saved_scenarios(view: View) -> list[Scenario]:
    return [scenario_from_json(spec) for spec in read_scenarios(view.store).values()]


def show_finance_card(view: View) -> None:
    """The card on Oversikt: this year's forecast of the three rules and the ROBEK status."""
    if not may_see(view):
        return
    room = current_room(view)
    year = headline(room)
    if year is None:
        return
    with st.container(border=True):
        st.markdown(
            f"**{t('finance.card.title', year=year.year, source=t(f'finance.source.{year.figures.source}'))}**"
        )
        columns = st.columns(len(RULES) + 1)
        for column, rule in zip(columns, RULES, strict=False):
            column.metric(
                f"{STATUS_LOOK[year.statuses[rule]].icon} {t(SHORT_LABELS[rule])}",
                format_pct(year.shares[rule], 2),
                help=t(
                    "finance.card.target", target=format_pct(rule_target(rule, view.settings), 2)
                ),
            )
        columns[-1].metric(
            t("finance.key.net_operating_result"), format_nok(year.figures.net_operating_result)
        )
        st.caption(robek_sentences(room.robek)[0])
        st.page_link("pages/handlingsrom.py", label=t("finance.card.link"))


def show_figures(view: View, room: FinanceRoom) -> None:
    st.subheader(t("finance.page.figures"))
    st.dataframe(figures_table(room.years), hide_index=True, key="finance_figures")
    st.subheader(t("finance.page.rules"))
    st.caption(
        t(
            "finance.page.rules_caption",
            result=format_pct(view.settings.finance_net_result_min_pct, 2),
            fund=format_pct(view.settings.finance_fund_min_pct, 2),
            debt=format_pct(view.settings.finance_net_debt_max_pct, 2),
        )
    )
    st.dataframe(rules_table(room.years, view.settings), hide_index=True, key="finance_rules")


def show_charts(view: View, room: FinanceRoom) -> None:
    for rule in RULES:
        figure = rule_chart(room.years, rule, rule_target(rule, view.settings), view.demo)
        show_chart(figure, key=f"finance_chart_{rule}")


def show_kostra(view: View, room: FinanceRoom) -> None:
    """The rules' shares beside SSB's figures for the municipality, the country without Oslo
    and the KOSTRA group, per accounts scope; how to get the file when there is none."""
    st.subheader(t("finance.kostra.title"))
    kostra = remember(view, "finance.kostra", None, lambda: read_kostra(view.store))
    rows = compare_with_kostra(kostra, room.years) if not kostra.empty else []
    if not rows:
        st.info(t("finance.kostra.none"))
        return
    st.caption(t("finance.kostra.caption"))
    st.dataframe(kostra_table(rows, group_name(kostra)), hide_index=True, key="finance_kostra")


def show_robek(room: FinanceRoom) -> None:
    st.subheader(t("finance.page.robek"))
    sentences = robek_sentences(room.robek)
    (st.warning if room.robek.registered else st.success)(sentences[0])
    for sentence in sentences[1:]:
        st.markdown(f"- {plain(sentence)}")
    if room.robek.plan:
        st.dataframe(coverage_table(room.robek), hide_index=True, key="finance_coverage")
    else:
        st.info(t("finance.page.no_coverage_plan"))


def show_debt(room: FinanceRoom) -> None:
    st.subheader(t("finance.page.debt"))
    loans = room.books.loans
    if loans.empty:
        st.info(t("finance.page.no_loans"))
    else:
        figures = debt_management(loans, clock.today())
        left, middle, right, last = st.columns(4)
        left.metric(t("finance.debt.total"), format_nok(figures.total))
        middle.metric(t("finance.debt.fixed_share"), format_pct(figures.fixed_share_pct, 1))
        right.metric(t("finance.debt.average_rate"), format_pct(figures.average_rate_pct, 2))
        last.metric(t("finance.debt.one_point"), format_nok(figures.one_point_first_year))
        st.caption(t("finance.debt.one_point_full", amount=format_nok(figures.one_point_full)))
        maturities = pd.DataFrame(
            {
                t("finance.key.year"): [str(year) for year in figures.maturities],
                t("finance.debt.falls_due"): [format_nok(v) for v in figures.maturities.values()],
            }
        )
        st.dataframe(maturities, hide_index=True, key="finance_maturities")
    _show_minimum_instalment(room)


def _show_minimum_instalment(room: FinanceRoom) -> None:
    year = headline(room)
    check = minimum_instalment_check(room, year.year) if year is not None else None
    if check is None or check.minimum is None:
        st.info(t("finance.page.no_minimum"))
        return
    text = t(
        "finance.minimum.sufficient" if check.sufficient else "finance.minimum.short",
        year=check.year,
        minimum=format_nok(check.minimum),
        instalments=format_nok(check.instalments),
    )
    (st.success if check.sufficient else st.error)(text)


def show_scenarios(view: View, room: FinanceRoom) -> None:
    st.subheader(t("finance.page.scenarios"))
    scenarios = saved_scenarios(view)
    if not scenarios:
        st.info(t("finance.page.no_scenarios"))
    else:
        table = scenarios_table(room, scenarios, view.settings)
        st.dataframe(table, hide_index=True, key="finance_scenarios")
        if room.robek.registered:
            st.warning(t("finance.page.robek_loans"))
    if view.access.sees_everything and view.access.may_write:
        _scenario_editor(view, scenarios)


def _scenario_editor(view: View, scenarios: list[Scenario]) -> None:
    with st.expander(t("finance.editor.title")):
        names = [scenario.name for scenario in scenarios]
        chosen = st.selectbox(
            t("finance.editor.start_from"), [t("finance.editor.new"), *names], key="finance_pick"
        )
        base = next((s for s in scenarios if s.name == chosen), Scenario(""))
        name = st.text_input(t("finance.editor.name"), value=base.name, key="finance_name")
        left, middle, right = st.columns(3)
        rate = left.number_input(t("finance.editor.rate"), 0.0, 30.0, base.rate_pct, 0.25)
        years = middle.number_input(t("finance.editor.years"), 1, 60, base.loan_years)
        kind = right.selectbox(
            t("finance.editor.kind"),
            ["annuity", "serial"],
            index=0 if base.loan_kind == "annuity" else 1,
            format_func=lambda value: t(f"finance.loan_kind.{value}"),
        )
        edited = st.data_editor(
            _investment_rows(base),
            num_rows="dynamic",
            hide_index=True,
            key=f"finance_editor_{chosen}",
            column_config={c: t(f"finance.editor.col.{c}") for c in EDITOR_COLUMNS},
        )
        save, remove = st.columns(2)
        if save.button(t("finance.editor.save"), key="finance_save", disabled=not name.strip()):
            loan_kind: LoanKind = "serial" if kind == "serial" else "annuity"
            scenario = Scenario(
                name.strip(), _investments(edited), float(rate), int(years), loan_kind
            )
            write_scenario(
                view.store, scenario.name, scenario_json(scenario), view.access.user, clock.now()
            )
            st.rerun()
        if base.name and remove.button(t("finance.editor.delete"), key="finance_delete"):
            delete_scenario(view.store, base.name)
            st.rerun()


def _investment_rows(scenario: Scenario) -> pd.DataFrame:
    rows = [
        {
            "project": item.project,
            "name": item.name,
            "year": year,
            "cost": cost,
            "grants": item.grants.get(year, 0.0),
            "own_funds": item.own_funds.get(year, 0.0),
            "opens": item.opens,
            "running_cost": item.running_cost,
        }
        for item in scenario.investments
        for year, cost in sorted(item.costs.items())
    ]
    frame = pd.DataFrame(rows, columns=list(EDITOR_COLUMNS))
    return frame.astype({"year": "Int64", "opens": "Int64"})


def _investments(rows: pd.DataFrame) -> tuple[PlannedInvestment, ...]:
    """The edited rows as investments, one per project (rows without project or year dropped)."""
    rows = rows.dropna(subset=["project", "year"])
    result = []
    for project, lines in rows.groupby("project", sort=False):
        first = lines.iloc[0]
        result.append(
            PlannedInvestment(
                project=str(project),
                name=str(first["name"] or project),
                costs=_per_year(lines, "cost"),
                grants=_per_year(lines, "grants"),
                own_funds=_per_year(lines, "own_funds"),
                opens=int(first["opens"]) if pd.notna(first["opens"]) else None,
                running_cost=float(first["running_cost"] or 0.0),
            )
        )
    return tuple(result)


def _per_year(lines: pd.DataFrame, column: str) -> dict[int, float]:
    values = lines[column].fillna(0.0).astype(float)
    return dict(zip(lines["year"].astype(int).tolist(), values.tolist(), strict=True))
