"""SQL of the organisation: every ansvar with its unit (enhet) and sector, codes as text."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.store.db import Store

ORG_COLUMNS = ["ansvar", "ansvar_name", "unit_code", "unit_name", "sector_code", "sector_name"]


def read_organisation(store: Store) -> pd.DataFrame:
    """Every ansvar with its unit and sector, codes as text, sorted by sector, unit, ansvar."""
    return store.frame(
        f"SELECT {', '.join(ORG_COLUMNS)} FROM organisation ORDER BY sector_code, unit_code, ansvar"
    )


def replace_organisation(store: Store, organisation: pd.DataFrame) -> None:
    """Replaces the whole organisation in one transaction (units import, demo)."""
    with store.transaction() as tx:
        write_organisation(tx, organisation)


def organisation_rows(tx: duckdb.DuckDBPyConnection) -> list[list[str]]:
    """The organisation as plain rows (ORG_COLUMNS), inside the caller's transaction."""
    rows = tx.execute(f"SELECT {', '.join(ORG_COLUMNS)} FROM organisation").fetchall()
    return [list(row) for row in rows]


def write_organisation(tx: duckdb.DuckDBPyConnection, organisation: pd.DataFrame) -> None:
    """Replaces the organisation inside the caller's transaction."""
    frame = organisation[ORG_COLUMNS].astype(str)
    tx.execute("DELETE FROM organisation")
    tx.register("new_organisation", frame)
    tx.execute(f"INSERT INTO organisation SELECT {', '.join(ORG_COLUMNS)} FROM new_organisation")
    tx.unregister("new_organisation")
