"""SQL of the investment projects: the register, the project leaders' forecasts, the risks, and
the investment ledger's lines summed per project.

The register is versioned by code (`uploads.PROJECTS`): an upload (a register file, an edit on
the Investeringer page, or a ledger file naming a project the register lacks) replaces the
current entries of the codes it names and keeps them (`replaced_by`), so undo gives them back.
A project's budgets and accounts are the investment ledger's lines with its code in `prosjekt`.
Amounts are NOK, expenses positive, income negative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from analytics.core.artgroups import INVESTMENT
from analytics.store.db import Store
from analytics.store.ledger import chosen_budget_sql, ensure_accounts_summary
from analytics.store.uploads import (
    CURRENT,
    PROJECTS,
    NewUpload,
    current,
    insert_rows,
    insert_upload,
    replaced_uploads,
    supersede,
)

PROJECT_COLUMNS = [
    "code",
    "name",
    "unit_code",
    "frame",
    "start_year",
    "end_year",
    "phase",
    "source",
]
PHASES = ("planning", "building", "finished")
RISK_COLUMNS = ["id", "project_code", "risk", "probability", "consequence", "mitigation", "owner"]
FORECAST_COLUMNS = [
    "year",
    "month",
    "project_code",
    "forecast_final",
    "comment",
    "entered_by",
    "entered_at",
]


def read_projects(store: Store) -> pd.DataFrame:
    """The current register (PROJECT_COLUMNS, frame as float NOK or NaN), by code."""
    return store.frame(
        "SELECT code, name, unit_code, CAST(frame AS DOUBLE) AS frame, start_year, end_year, "
        f"phase, source FROM projects WHERE {CURRENT} ORDER BY code"
    )


def register_rows_by_upload(store: Store, codes: Sequence[str]) -> pd.DataFrame:
    """The current entries of these codes with the upload they came with: code, upload_id,
    file_name (what a register upload would replace)."""
    return store.frame(
        "SELECT p.code, p.upload_id, coalesce(u.file_name, '') AS file_name FROM projects p "
        "LEFT JOIN uploads u ON u.id = p.upload_id "
        f"WHERE {current('p')} "
        "AND list_contains(?, p.code) ORDER BY p.code",
        [list(codes)],
    )


def store_projects_upload(
    store: Store, upload: NewUpload, entries: pd.DataFrame, removed: Sequence[str] = ()
) -> tuple[int, tuple[int, ...]]:
    """Stores the upload with these register entries (PROJECT_COLUMNS) in one transaction,
    replacing the current entries of their codes and of `removed` (taken out of the register).
    Returns the upload id and the uploads whose entries it replaced."""
    typed = _typed(entries)
    codes = pd.DataFrame({"code": [*typed["code"], *removed]}, dtype=object)
    with store.transaction() as tx:
        upload_id = insert_upload(tx, upload)
        supersede(tx, PROJECTS, upload_id, codes)
        insert_rows(tx, "projects", upload_id, typed, PROJECT_COLUMNS)
        replaced = replaced_uploads(tx, upload_id, [PROJECTS])
    return upload_id, replaced


def insert_projects(store: Store, entries: pd.DataFrame, upload_id: int | None = None) -> None:
    """Adds register entries (PROJECT_COLUMNS) of no upload, or of one (the demo)."""
    with store.transaction() as tx:
        insert_rows(tx, "projects", upload_id, _typed(entries), PROJECT_COLUMNS)


def _typed(entries: pd.DataFrame) -> pd.DataFrame:
    return entries[PROJECT_COLUMNS].astype(
        {"frame": "float64", "start_year": "Int64", "end_year": "Int64"}
    )


# --- the lines of the investment ledger per project ---------------------------------------------


def project_accounts(store: Store, ledger: str = INVESTMENT) -> pd.DataFrame:
    """Accounts per project, year, month and art: prosjekt, year, month (period 13 as 12), art,
    amount (NOK); lines without a project left out."""
    return store.frame(
        "SELECT prosjekt, year, least(period, 12) AS month, art, "
        "CAST(sum(amount) AS DOUBLE) AS amount FROM active_accounts "
        "WHERE ledger = ? AND prosjekt <> '' GROUP BY ALL ORDER BY prosjekt, year, month, art",
        [ledger],
    )


def project_budgets(store: Store, ledger: str = INVESTMENT) -> pd.DataFrame:
    """The applying budget (revised over original, as for the economy) per project, year and
    art: prosjekt, year, art, amount (NOK, annual)."""
    ensure_accounts_summary(store)
    return store.frame(
        "WITH applying AS ("
        + chosen_budget_sql("prosjekt, year, art", "AND ledger = ? AND prosjekt <> ''",
                             "art_group_map")
        + ") SELECT prosjekt, year, art, sum(amount) AS amount FROM applying GROUP BY ALL "
        "ORDER BY prosjekt, year, art",
        [ledger],
    )  # fmt: skip


def project_plans(store: Store, ledger: str = INVESTMENT) -> pd.DataFrame:
    """The economic plan's figures per project, year and art: prosjekt, year, art, amount."""
    return store.frame(
        "SELECT prosjekt, year, art, CAST(sum(amount) AS DOUBLE) AS amount FROM active_budget "
        "WHERE ledger = ? AND budget_kind = 'plan' AND prosjekt <> '' GROUP BY ALL "
        "ORDER BY prosjekt, year, art",
        [ledger],
    )


# --- forecasts of the final cost ----------------------------------------------------------------


def upsert_project_forecast(
    store: Store,
    key: tuple[int, int, str],
    forecast: float | None,
    comment: str,
    by: str,
    at: dt.datetime,
) -> None:
    """Stores a forecast of the final cost (NOK) and comment for (year, month, project code);
    a new one for the same month replaces the old."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT OR REPLACE INTO project_forecasts "
            f"({', '.join(FORECAST_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [*key, forecast, comment, by, at],
        )


def select_project_forecasts(store: Store, codes: Sequence[str] | None = None) -> pd.DataFrame:
    """Every forecast (FORECAST_COLUMNS; forecast_final float or NaN), oldest month first;
    `codes` None: of every project."""
    return store.frame(
        "SELECT year, month, project_code, CAST(forecast_final AS DOUBLE) AS forecast_final, "
        "comment, entered_by, entered_at FROM project_forecasts "
        "WHERE ?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], project_code) "
        "ORDER BY year, month, project_code",
        [None if codes is None else list(codes)] * 2,
    )


# --- risks ----------------------------------------------------------------------------------------


def select_project_risks(store: Store, codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The projects' risks (RISK_COLUMNS), by project and id; `codes` None: every project."""
    return store.frame(
        f"SELECT {', '.join(RISK_COLUMNS)} FROM project_risks "
        "WHERE ?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], project_code) "
        "ORDER BY project_code, id",
        [None if codes is None else list(codes)] * 2,
    )


def replace_project_risks(store: Store, code: str, risks: pd.DataFrame) -> None:
    """Puts these risks (RISK_COLUMNS without id and project_code) in place of the project's
    own, in one transaction."""
    with store.transaction() as tx:
        tx.execute("DELETE FROM project_risks WHERE project_code = ?", [code])
        if risks.empty:
            return
        rows = risks.assign(project_code=code).astype(
            {"probability": "int64", "consequence": "int64"}
        )
        tx.register("new_risks", rows[RISK_COLUMNS[1:]])
        tx.execute(
            f"INSERT INTO project_risks ({', '.join(RISK_COLUMNS[1:])}) "
            f"SELECT {', '.join(RISK_COLUMNS[1:])} FROM new_risks"
        )
        tx.unregister("new_risks")


def projects_version(store: Store) -> str:
    """A fingerprint of the register, forecasts and risks (with the ledger's, for caches)."""
    row = store.rows(
        "SELECT (SELECT count(*) || '/' || coalesce(sum(hash(code, name, unit_code, frame, "
        f"phase)), 0) FROM projects WHERE {CURRENT}), "
        "(SELECT count(*) || '/' || coalesce(max(entered_at)::VARCHAR, '') FROM project_forecasts), "
        "(SELECT count(*) || '/' || coalesce(sum(hash(risk, probability, consequence)), 0) "
        "FROM project_risks)"
    )[0]
    return "|".join(str(value) for value in row)
