"""The demo municipality's organisation and economy: deterministic, plausible, well labelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from analytics.cli import main
from analytics.core.errors import UserError
from analytics.demo import create_demo
from analytics.demo.economy import ARTS, add_demo, build_ledger, demo_organisation
from analytics.store import Store, open_store
from analytics.store.db import close_all
from analytics.store.organisation import read_organisation

TODAY = dt.date(2026, 11, 29)
SAMI_LETTERS = set("áčđŋšŧžÁČĐŊŠŦŽ")


@pytest.fixture(scope="module")
def ledger() -> tuple[pd.DataFrame, pd.DataFrame]:
    return build_ledger(demo_organisation(), TODAY)


@pytest.fixture(scope="module")
def economy_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with only this part of the demo (the organisation and the ledger)."""
    path = tmp_path_factory.mktemp("economy") / "economy.duckdb"
    add_demo(open_store(path), today=TODAY)
    close_all()
    return path


@pytest.fixture
def demo_store(economy_db: Path) -> Iterator[Store]:
    """The economy part of the demo, opened for one test (shadows the whole-demo fixture)."""
    yield open_store(economy_db)
    close_all()


def test_two_builds_give_identical_lines(ledger: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    budget, accounts = build_ledger(demo_organisation(), TODAY)
    pd.testing.assert_frame_equal(budget, ledger[0])
    pd.testing.assert_frame_equal(accounts, ledger[1])


def test_two_demo_databases_hold_the_same_sums(demo_store: Store, tmp_path: Path) -> None:
    store = open_store(tmp_path / "again.duckdb")
    add_demo(store, today=TODAY)
    query = "SELECT year, sum(amount) AS amount FROM {} GROUP BY year ORDER BY year"
    for table in ("budget_lines", "accounts_lines"):
        pd.testing.assert_frame_equal(
            store.frame(query.format(table)), demo_store.frame(query.format(table))
        )


def test_expenses_are_positive_and_income_negative(
    ledger: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    accounts = ledger[1]
    monthly = accounts[accounts["period"] <= 12]
    income = monthly["art"].str[:2].isin(["16", "17", "18"])
    assert (monthly.loc[income, "amount"] < 0).all()
    assert (monthly.loc[~income, "amount"] > 0).all()
    assert income.any()


def test_salaries_are_about_two_thirds_of_the_expenses(demo_store: Store) -> None:
    shares = demo_store.frame(
        "SELECT year, sum(amount) FILTER (WHERE art LIKE '10%') "
        "/ sum(amount) FILTER (WHERE art < '16') AS share "
        "FROM active_accounts WHERE period <= 12 GROUP BY year"
    )
    assert shares["share"].between(0.60, 0.72).all(), shares


def test_june_salaries_dip_for_the_holiday_pay(demo_store: Store) -> None:
    salaries = demo_store.frame(
        "SELECT year, period, sum(amount) AS amount FROM active_accounts "
        "WHERE art = '10100' AND year < 2026 GROUP BY year, period"
    )
    for _, year in salaries.groupby("year"):
        june = year.loc[year["period"] == 6, "amount"].iloc[0]
        others = year.loc[~year["period"].isin([6, 13]), "amount"]
        assert june < 0.6 * others.mean()


def test_every_art_is_a_named_five_digit_operations_art(
    ledger: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    budget, accounts = ledger
    arts = set(budget["art"]) | set(accounts["art"])
    assert arts <= set(ARTS)
    assert all(len(art) == 5 and art.startswith("1") for art in arts)
    assert len(arts) >= 20


def test_the_current_year_has_accounts_to_the_last_complete_month(
    ledger: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    budget, accounts = ledger
    assert accounts.loc[accounts["year"] == 2026, "period"].max() == 10
    assert accounts.loc[accounts["year"] == 2025, "period"].max() == 13
    assert set(budget["year"]) == set(range(2019, 2027))
    early = build_ledger(demo_organisation(), dt.date(2027, 1, 5))[1]
    assert 2027 not in set(early["year"])
    assert early.loc[early["year"] == 2026, "period"].max() == 13


def test_budgets_are_annual_with_some_units_monthly_and_some_years_revised(
    ledger: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    budget = ledger[0]
    monthly_ansvar = set(budget.loc[budget["month"].notna(), "ansvar"])
    assert monthly_ansvar == {"3100", "3101", "3102", "4600", "4601"}
    assert budget.loc[budget["month"].isna(), "ansvar"].nunique() == 39
    revised_years = set(budget.loc[budget["budget_kind"] == "revised", "year"])
    assert revised_years == {2020, 2022, 2024, 2026}


def test_overspending_units_converge_towards_balance(demo_store: Store) -> None:
    consumption = demo_store.frame(
        "WITH budget AS (SELECT year, ansvar, sum(amount) AS amount FROM active_budget "
        "  WHERE budget_kind = 'original' GROUP BY ALL), "
        "actual AS (SELECT year, ansvar, sum(amount) AS amount FROM active_accounts GROUP BY ALL) "
        "SELECT o.unit_code, year, sum(a.amount) / sum(b.amount) AS pct "
        "FROM budget b JOIN actual a USING (year, ansvar) JOIN organisation o USING (ansvar) "
        "WHERE year IN (2019, 2025) GROUP BY ALL"
    ).pivot(index="unit_code", columns="year", values="pct")
    overspending = consumption[consumption[2019] > 1.04]
    assert len(overspending) >= 4
    assert (overspending[2025] < overspending[2019] - 0.03).all()
    assert (consumption[2019] < 0.97).any()


def test_organisation_has_sectors_units_and_about_forty_ansvar(demo_store: Store) -> None:
    organisation = read_organisation(demo_store)
    assert organisation["sector_code"].nunique() == 5
    assert 20 <= organisation["unit_code"].nunique() <= 35
    assert 38 <= len(organisation) <= 46
    assert organisation["ansvar"].is_unique


def test_codes_are_unique_across_levels(demo_store: Store) -> None:
    organisation = read_organisation(demo_store)
    sectors = set(organisation["sector_code"])
    units = set(organisation["unit_code"])
    ansvar = set(organisation["ansvar"])
    assert not (sectors & units) and not (sectors & ansvar) and not (units & ansvar)


@pytest.mark.parametrize(
    "name", ["Čáhppesvuona skuvla", "Kárášjoga skuvla", "Máŋggabealát mánáidgárdi"]
)
def test_north_sami_unit_names_survive_the_store(demo_store: Store, name: str) -> None:
    organisation = read_organisation(demo_store)
    assert name in set(organisation["unit_name"])
    assert set(name) & SAMI_LETTERS


def test_the_units_the_other_demo_parts_rely_on_exist(demo_store: Store) -> None:
    organisation = read_organisation(demo_store).set_index("ansvar")
    assert "sykehjem" in str(organisation.loc["3100", "unit_name"])
    assert organisation.loc["4100", "unit_name"] == "Brann og redning"
    assert organisation.loc["4300", "unit_name"] == "Svømmehallen"


def test_accounts_have_old_ansvar_codes_for_the_unknown_unit(demo_store: Store) -> None:
    unknown = demo_store.frame(
        "SELECT DISTINCT ansvar FROM active_accounts "
        "WHERE ansvar NOT IN (SELECT ansvar FROM organisation) ORDER BY ansvar"
    )
    assert unknown["ansvar"].tolist() == ["0990", "9990"]


def test_every_line_belongs_to_a_demo_upload(demo_store: Store) -> None:
    orphans = demo_store.value(
        "SELECT count(*) FROM (SELECT upload_id FROM budget_lines UNION ALL "
        "SELECT upload_id FROM accounts_lines) WHERE upload_id NOT IN (SELECT id FROM uploads)"
    )
    assert orphans == 0
    uploads = demo_store.frame("SELECT kind, file_name, uploaded_by, row_count FROM uploads")
    ledger_uploads = uploads[uploads["kind"].isin(["budget", "accounts"])]
    assert (ledger_uploads["uploaded_by"] == "demo").all()
    assert "demo-regnskap-2024.xlsx" in set(ledger_uploads["file_name"])
    lines = demo_store.value(
        "SELECT (SELECT count(*) FROM budget_lines) + (SELECT count(*) FROM accounts_lines)"
    )
    assert ledger_uploads["row_count"].sum() == lines


def test_creating_the_demo_again_needs_force(demo_db: Path) -> None:
    store = open_store(demo_db)  # a copy of the whole demo (tests/conftest.py)
    lines = store.value("SELECT count(*) FROM accounts_lines")
    with pytest.raises(UserError, match="--force"):
        create_demo(store)
    assert store.value("SELECT count(*) FROM accounts_lines") == lines
    close_all()


def test_command_line_demo_refuses_a_full_database_and_rebuilds_with_force(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "demo"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "demo", "--force"]) == 0
    assert "regnskapslinjer" in capsys.readouterr().out
    store = open_store(demo_db)
    assert (
        store.value("SELECT count(DISTINCT ansvar) FROM organisation") == 47
    )  # 44 units, and the finance sector's 3
    assert store.value("SELECT value FROM meta WHERE key = 'demo'") == "true"
    close_all()
