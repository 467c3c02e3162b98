"""The one status rule with its reason, the targets' fallbacks, the financial figures as built-in
indicators, and the goal tree's rules; pure, with frames and dataclasses made by the test."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core import clock
from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, UserError
from analytics.core.names import KPIS, Kpi, Status, Target, assess, kpi, status_with_limits
from analytics.core.settings import Settings, load_settings
from analytics.finance.books import compute_room, read_books
from analytics.finance.figures import YearFigures
from analytics.finance.room import FinanceYear
from analytics.goals.builtin import finance_values
from analytics.goals.data import read_indicator_data
from analytics.goals.editing import editable_frame, save_goal_tree
from analytics.goals.indicators import target_for
from analytics.goals.tree import Goal, build_tree, goals_from_frames, tree_problems
from analytics.imports.importer import undo
from analytics.store import Store
from analytics.store.goals import (
    TARGET_COLUMNS,
    read_goal_indicators,
    read_goals,
    read_measure_links,
)
from analytics.workshop.records import link_measure, read_measures

SICK = Kpi("fravær", "%", "lower", yellow_band=1.0, name="Sykefravær", form="long")


@pytest.mark.parametrize(
    ("value", "status"),
    [(5.9, Status.GREEN), (6.0, Status.GREEN), (6.5, Status.YELLOW), (7.0, Status.YELLOW),
     (7.1, Status.RED)],
)  # fmt: skip
def test_one_rule_lower_is_better(value: float, status: Status) -> None:
    assert status_with_limits(value, Target(6.0), "lower", 1.0) is status


def test_the_reason_in_words() -> None:
    assert assess(SICK, 7.1, Target(6.0)).reason == (
        "7,1 % er 1,1 prosentpoeng over målet 6,0 %. Rødt fra 7,0 %."
    )
    assert assess(SICK, 6.0, Target(6.0)).reason == "6,0 % er på målet 6,0 %."
    points = Kpi("trivsel", "points", "higher", yellow_band=0.3, form="user_survey")
    assessment = assess(points, 4.8, Target(5.0))
    assert assessment.status is Status.YELLOW
    assert assessment.reason == "4,8 poeng er 0,2 poeng under målet 5 poeng."
    assert assess(points, None, Target(5.0)).status is Status.NONE


def test_explicit_limits_win_over_the_band() -> None:
    target = Target(90.0, yellow_limit=95.0, red_limit=80.0)
    assert status_with_limits(96, target, "higher", 5) is Status.GREEN
    assert status_with_limits(92, target, "higher", 5) is Status.YELLOW
    assert status_with_limits(79, target, "higher", 5) is Status.RED


def test_targets_fall_back_from_unit_to_sector_to_municipality_to_settings() -> None:
    targets = pd.DataFrame(
        [("fravær", "3", 2026, 7.0, None, None), ("fravær", "kommune", 2026, 6.5, None, None)],
        columns=TARGET_COLUMNS,
    )
    sector_of = {"310": "3", "220": "2"}
    settings = Settings()
    assert target_for(targets, SICK, "310", 2026, sector_of, settings) == Target(7.0)
    assert target_for(targets, SICK, "220", 2026, sector_of, settings) == Target(6.5)
    assert target_for(targets, SICK, "220", 2025, sector_of, settings) is None
    builtin = kpi("sick_leave")
    found = target_for(targets.iloc[0:0], builtin, "220", 2026, sector_of, settings)
    assert found == Target(settings.sick_leave_target_pct)


def test_the_financial_figures_are_built_in_indicators_of_the_same_kind() -> None:
    figures = YearFigures(2025, "accounts", 1000.0, 950.0, 50.0, -30.0, 20.0, 2.0, 20.0, 20.0)  # type: ignore[arg-type]
    year = FinanceYear(figures, None, 6.5, 600.0, 60.0, {})
    values = finance_values([year])
    shares = dict(zip(values["indicator_key"], values["value"], strict=True))
    assert shares == {"net_operating_result": 2.0, "disposition_fund": 6.5, "net_debt": 60.0}
    assert {item.key for item in KPIS} >= set(shares)
    settings = Settings()
    net = kpi("net_operating_result")
    target = Target(settings.finance_net_result_min_pct)
    expected = Status.GREEN if target.value <= 2.0 else Status.YELLOW
    assert assess(net, 2.0, target).status is expected


def test_tree_rules() -> None:
    organisation = pd.DataFrame({"ansvar": ["3100"], "unit_code": ["310"], "sector_code": ["3"]})
    goals = [
        Goal("1", "", "community", "Gode tjenester"),
        Goal("1.1", "1", "sector", "Helse", unit_code="3"),
        Goal("1.1.1", "1.1", "unit", "Sykehjemmet", unit_code="310"),
        Goal("1.2", "1", "sector", "Ukjent", unit_code="9"),
        Goal("2", "1", "community", "Feil"),
    ]
    problems = dict(tree_problems(goals, organisation))
    assert set(problems) == {"1.2", "2"}
    assert [node.goal.code for node in build_tree(goals[:3])] == ["1"]
    assert [depth for depth, _ in build_tree(goals[:3])[0].walk()] == [0, 1, 2]


def test_measure_links_need_write_access(demo_store: Store) -> None:
    holder = Access("budsjett.sykehjem", Role.BUDGET_HOLDER, frozenset({"310"}))
    measure = read_measures(demo_store, holder, ["310", "3100", "3101", "3102"])[0]
    link_measure(demo_store, holder, measure.id, "2.1.1", "sick_leave")
    links = read_measure_links(demo_store, ["310"])
    assert links.loc[links["id"] == measure.id, ["goal_code", "indicator_key"]].values.tolist() == [
        ["2.1.1", "sick_leave"]
    ]
    for stranger in (
        Access("per", Role.POLITICIAN),
        Access("lea", Role.VIEWER, frozenset({"310"})),
    ):
        with pytest.raises(AccessDenied):
            link_measure(demo_store, stranger, measure.id, "1")


def test_the_tree_edited_in_the_app_is_checked_stored_and_undone(demo_store: Store) -> None:
    before = goals_from_frames(read_goals(demo_store), read_goal_indicators(demo_store))
    frame = editable_frame(before)
    frame.loc[0, "title"] = "Kommunen styres helhetlig (endret)"
    frame.loc[len(frame)] = {"code": "5", "parent_code": "", "level": "community",
                             "title": "Nytt samfunnsmål", "unit_code": "kommune",
                             "indicators": "kompass"}  # fmt: skip
    director = Access("dina", Role.DIRECTOR)
    with pytest.raises(AccessDenied):
        save_goal_tree(demo_store, Access("lea", Role.LEADER, frozenset({"3"})), frame)
    upload_id = save_goal_tree(demo_store, director, frame)
    after = goals_from_frames(read_goals(demo_store), read_goal_indicators(demo_store))
    assert after[0].title.endswith("(endret)") and after[-1].indicators == ("kompass",)
    assert len(after) == len(before) + 1
    broken = frame.copy()
    broken.loc[1, "parent_code"] = "99"
    with pytest.raises(UserError, match="«99» finnes ikke"):
        save_goal_tree(demo_store, director, broken)
    undo(demo_store, director, upload_id)
    restored = goals_from_frames(read_goals(demo_store), read_goal_indicators(demo_store))
    assert restored == before


def test_the_demo_reads_the_financial_rules_as_indicators_for_those_who_see_it_all(
    demo_store: Store,
) -> None:
    year = clock.today().year
    room = compute_room(read_books(demo_store, clock.today()), load_settings(demo_store))
    shares = {item.year: item.shares for item in room.years}
    data = read_indicator_data(demo_store, Access("direktør", Role.DIRECTOR), year)
    found = data.values[data.values["indicator_key"] == "net_operating_result"]
    assert dict(zip(found["year"], found["value"], strict=True)) == {
        y: s["net_operating_result"]
        for y, s in shares.items()
        if s["net_operating_result"] is not None
    }
    status = data.status("net_operating_result", "kommune", year)
    target = Target(load_settings(demo_store).finance_net_result_min_pct)
    share = shares[year]["net_operating_result"]
    assert share is not None
    assert status.status is assess(kpi("net_operating_result"), share, target).status
    holder = Access("budsjett.sykehjem", Role.BUDGET_HOLDER, frozenset({"310"}))
    theirs = read_indicator_data(demo_store, holder, year)
    assert "net_operating_result" not in set(theirs.values["indicator_key"])
