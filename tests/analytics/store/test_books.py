"""The two ledgers in the store: every query reads one ledger, plan figures never apply as a
year's budget, a project's lines count under its responsible unit, and the finance domain's
queries by year and art."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd

from analytics.core.access import Access
from analytics.economy.gaps import compute_gaps
from analytics.store import Store, open_store
from analytics.store.db import _migrations, close_all
from analytics.store.ledger import (
    accounts_by_art,
    budget_by_art,
    latest_month,
    plan_by_art,
    read_actuals_by_group,
    read_budget,
    years_with_data,
)
from analytics.store.organisation import replace_organisation
from analytics.store.projects import insert_projects, read_projects
from analytics.store.uploads import NewUpload, store_ledger_upload
from tests.analytics.economy.data import ORGANISATION

UPLOAD = NewUpload("mixed", "x.xlsx", "x", "kari", 1, {})


def budget(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    columns = ["ledger", "year", "budget_kind", "ansvar", "prosjekt", "art", "amount", "scope_key"]
    return pd.DataFrame(rows, columns=columns).assign(month=None, tjeneste="")


def accounts(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    columns = ["ledger", "year", "period", "ansvar", "prosjekt", "art", "amount", "scope_key"]
    return pd.DataFrame(rows, columns=columns).assign(tjeneste="")


def fill(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    store_ledger_upload(
        store,
        UPLOAD,
        budget(
            [
                ("operating", 2026, "original", "1000", "", "10100", 500.0, ""),
                ("operating", 2026, "revised", "1000", "", "10100", 550.0, ""),
                ("operating", 2027, "plan", "1000", "", "10100", 570.0, ""),
                ("investment", 2026, "original", "1000", "", "02300", 9000.0, ""),
                ("investment", 2026, "original", "", "P1", "02300", 4000.0, "prosjekt:P1"),
                ("investment", 2027, "plan", "", "P1", "02300", 6000.0, "prosjekt:P1"),
            ]
        ),
        accounts(
            [
                ("operating", 2026, 3, "1000", "", "10100", 40.0, ""),
                ("investment", 2026, 5, "1000", "", "02300", 700.0, ""),
                ("investment", 2026, 2, "", "P1", "02300", 300.0, "prosjekt:P1"),
            ]
        ),
    )


def test_every_query_reads_one_ledger(store: Store) -> None:
    fill(store)
    operating = read_budget(store, 2026, None)
    assert operating["amount"].sum() == 550.0  # revised over original, the plan left out
    investment = read_budget(store, 2026, None, ledger="investment")
    assert investment.groupby("ansvar")["amount"].sum().to_dict() == {"": 4000.0, "1000": 9000.0}
    assert read_actuals_by_group(store, 2026, 2026, None)["a3"].sum() == 40.0
    assert read_actuals_by_group(store, 2026, 2026, None, "investment")["a5"].sum() == 700.0
    assert (latest_month(store, 2026), latest_month(store, 2026, "investment")) == (3, 5)
    assert years_with_data(store) == [2026]  # a year of plan figures only is not a year of data


def test_a_projects_lines_count_under_its_responsible_unit(store: Store) -> None:
    fill(store)
    insert_projects(
        store,
        pd.DataFrame(
            [("P1", "Ny skuvla", "1001", 10_000.0, 2026, 2027, "building", "register")],
            columns=read_projects(store).columns,
        ),
    )
    investment = read_budget(store, 2026, None, ledger="investment")
    assert investment.groupby("ansvar")["amount"].sum().to_dict() == {
        "1000": 9000.0,
        "1001": 4000.0,
    }
    table = compute_gaps(
        store, Access.system(), 2026, 6, "ansvar", "enhet:10", ledger_name="investment"
    )
    assert {row.key: row.annual_budget for row in table.rows} == {"1000": 9000.0, "1001": 4000.0}


def test_the_finance_queries_by_year_and_art(store: Store) -> None:
    fill(store)
    assert budget_by_art(store).values.tolist() == [[2026, "10100", 550.0]]
    assert plan_by_art(store).values.tolist() == [[2027, "10100", 570.0]]
    assert accounts_by_art(store).values.tolist() == [[2026, "10100", 40.0]]
    assert plan_by_art(store, "investment").values.tolist() == [[2027, "02300", 6000.0]]
    assert budget_by_art(store, "investment").values.tolist() == [[2026, "02300", 13000.0]]


def test_lines_stored_before_the_two_ledgers_are_operating(tmp_path: Path) -> None:
    path = tmp_path / "gammel.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT)")
    for number, name, sql in _migrations():
        if number < 80:
            connection.execute(sql)
            connection.execute("INSERT INTO schema_migrations VALUES (?, ?)", [number, name])
    connection.execute(
        "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
        "coverage) VALUES ('mixed', 'a.xlsx', 'a', 'x', ?, 2, '{}')",
        [dt.datetime(2025, 1, 1)],
    )
    connection.execute(
        "INSERT INTO budget_lines VALUES (1, 2025, NULL, '1000', '10100', '', '', 'original', 5, NULL)"
    )
    connection.execute(
        "INSERT INTO accounts_lines VALUES (1, 2025, 2, '1000', '10100', '', '', 3, NULL)"
    )
    connection.close()
    store = open_store(path)  # applies 080 and 081
    assert store.rows("SELECT ledger, scope_key, amount FROM active_budget") == [
        ("operating", "", 5)
    ]
    assert store.rows("SELECT ledger, scope_key, amount FROM active_accounts") == [
        ("operating", "", 3)
    ]
    with store.transaction() as tx:  # the plan kind is allowed now
        tx.execute(
            "INSERT INTO budget_lines (upload_id, year, ansvar, art, budget_kind, amount) "
            "VALUES (1, 2026, '1000', '10100', 'plan', 6)"
        )
    assert plan_by_art(store).values.tolist() == [[2026, "10100", 6.0]]
    close_all()
