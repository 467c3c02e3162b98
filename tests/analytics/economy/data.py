"""Small inline ledgers for the economy tests: an organisation, budget and accounts lines."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.store import Store
from analytics.store.organisation import replace_organisation
from tests.helpers import organisation

# Two sectors; sector 1 has units 10 (two ansvar) and 11; sector 2 has unit 20.
ORGANISATION = organisation(
    ("1000", "Skuvla drift", "10", "Kárášjoga skuvla", "1", "Oppvekst"),
    ("1001", "Skuvla SFO", "10", "Kárášjoga skuvla", "1", "Oppvekst"),
    ("1100", "Mánáidgárdi", "11", "Mánáidgárdi", "1", "Oppvekst"),
    ("2000", "Dikšoruoktu", "20", "Dikšoruoktu", "2", "Helse"),
)
SALARY, PURCHASE, SALES = "10100", "11000", "16200"  # KOSTRA 010, 100, 620


def make_ledger(
    store: Store,
    budget: list[tuple[int, int | None, str, str, str, float]] = (),  # type: ignore[assignment]
    accounts: list[tuple[int, int, str, str, float]] = (),  # type: ignore[assignment]
    organisation: pd.DataFrame = ORGANISATION,
) -> None:
    """Writes the organisation and one upload with the given lines.

    budget rows: (year, month or None, ansvar, art, kind, amount);
    accounts rows: (year, period, ansvar, art, amount).
    """
    replace_organisation(store, organisation)
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
            "coverage) VALUES ('mixed', 'test.csv', 'x', 'test', ?, 0, '{}')",
            [dt.datetime(2024, 1, 1)],
        )
        upload = tx.execute("SELECT max(id) FROM uploads").fetchone()[0]  # type: ignore[index]
        for year, month, ansvar, art, kind, amount in budget:
            tx.execute(
                "INSERT INTO budget_lines (upload_id, year, month, ansvar, art, budget_kind, amount)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [upload, year, month, ansvar, art, kind, amount],
            )
        for year, period, ansvar, art, amount in accounts:
            tx.execute(
                "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, amount) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [upload, year, period, ansvar, art, amount],
            )


def monthly(year: int, ansvar: str, art: str, amounts: list[float]) -> list[tuple]:
    """Accounts rows for periods 1, 2, … with these amounts."""
    return [(year, period, ansvar, art, amount) for period, amount in enumerate(amounts, 1)]


def add_own_forecast(store: Store, year: int, month: int, code: str, forecast: float) -> None:
    """A budget holder's own year-end forecast (the workshop writes these)."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO unit_forecasts (year, month, unit_code, forecast, comment, entered_by, "
            "entered_at) VALUES (?, ?, ?, ?, 'test', 'test', ?)",
            [year, month, code, forecast, dt.datetime(2024, month, 1)],
        )
