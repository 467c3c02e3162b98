"""The programme's risk register: probability × consequence (S × K = RF), each 1–5, so 1–25.

The bands that colour the 5 × 5 matrix are declared once in RISK_BANDS.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access, require_programme_write
from analytics.core.errors import ImportRejected
from analytics.core.texts import t
from analytics.programme.cells import (
    Where,
    cell_number,
    cell_text,
    non_empty_rows,
    save_edited_register,
    shown,
    table_where,
)
from analytics.store import Store
from analytics.store.programme import read_risks, store_risks_upload

SCALE = (1, 2, 3, 4, 5)
EDIT_RISK_COLUMNS = ["risk", "probability", "consequence", "mitigation", "owner"]


@dataclass(frozen=True)
class RiskBand:
    """Factors from `low` to `high` (inclusive) share a name and a colour."""

    key: str
    low: int
    high: int
    colour: str


RISK_BANDS: tuple[RiskBand, ...] = (
    RiskBand("low", 1, 4, "#8BC34A"),
    RiskBand("moderate", 5, 9, "#FFEB3B"),
    RiskBand("high", 10, 15, "#FF9800"),
    RiskBand("critical", 16, 25, "#E53935"),
)


def risk_band(factor: int) -> RiskBand:
    """The band of a risk factor 1–25."""
    for band in RISK_BANDS:
        if band.low <= factor <= band.high:
            return band
    raise ValueError(factor)


def risk_factor(probability: int, consequence: int) -> int:
    """S × K: both 1–5, so the factor is 1–25."""
    return probability * consequence


def with_factors(risks: pd.DataFrame) -> pd.DataFrame:
    """The risks with factor (S × K), band and number (1 = highest factor), highest first."""
    factor = risks["probability"].astype(int) * risks["consequence"].astype(int)
    ranked = risks.assign(
        factor=factor, band=[risk_band(int(value)).key for value in factor]
    ).sort_values(["factor", "probability"], ascending=False, ignore_index=True)
    return ranked.assign(number=range(1, len(ranked) + 1))


def risk_matrix(risks: pd.DataFrame) -> pd.DataFrame:
    """The 5 × 5 matrix, one row per (probability, consequence) cell: factor, band, count and
    the numbers of the risks placed there (their 1-based position in `with_factors` order)."""
    ranked = with_factors(risks)
    cells = []
    for probability in SCALE:
        for consequence in SCALE:
            here = ranked[
                (ranked["probability"] == probability) & (ranked["consequence"] == consequence)
            ]
            factor = risk_factor(probability, consequence)
            cells.append(
                {
                    "probability": probability,
                    "consequence": consequence,
                    "factor": factor,
                    "band": risk_band(factor).key,
                    "count": len(here),
                    "numbers": ", ".join(str(n) for n in here["number"]),
                }
            )
    return pd.DataFrame(cells)


def _scale_value(value: object, row: int, column: str, where: Where) -> int:
    number = cell_number(value)
    if number is None or number != int(number) or int(number) not in SCALE:
        raise ImportRejected(
            t("programme.scale_invalid", where=where(row, column), value=shown(value))
        )
    return int(number)


def clean_risks(rows: pd.DataFrame, where: Where = table_where, first_row: int = 1) -> pd.DataFrame:
    """Checked risk rows (risk, probability, consequence, mitigation, owner).

    Raises ImportRejected naming the row and column for an empty risk or a probability or
    consequence that is not a whole number 1–5. A stated factor is checked when given (column
    `factor`). Rows with every cell empty are skipped."""
    cleaned = [clean_risk(row, number, where) for number, row in non_empty_rows(rows, first_row)]
    return pd.DataFrame(cleaned, columns=EDIT_RISK_COLUMNS)


def clean_risk(row: dict[str, object], number: int, where: Where) -> dict[str, object]:
    """One checked risk row (see `clean_risks`); `number` is its row number for messages."""
    risk = cell_text(row.get("risk"))
    if not risk:
        raise ImportRejected(t("programme.risk_missing", where=where(number, "risk")))
    probability = _scale_value(row.get("probability"), number, "probability", where)
    consequence = _scale_value(row.get("consequence"), number, "consequence", where)
    stated = cell_number(row.get("factor"))
    product = risk_factor(probability, consequence)
    if stated is not None and stated != product:
        raise ImportRejected(
            t(
                "programme.factor_mismatch",
                where=where(number, "factor"),
                stated=f"{stated:g}",
                product=product,
            )
        )
    return {
        "risk": risk,
        "probability": probability,
        "consequence": consequence,
        "mitigation": cell_text(row.get("mitigation")),
        "owner": cell_text(row.get("owner")),
    }


def save_risks(store: Store, access: Access, rows: pd.DataFrame) -> int:
    """Validates and stores the whole risk register as edited in the app; returns its size.

    The edit is an upload of its own in the history (so it can be undone like a file); an
    unchanged register stores nothing.
    """
    require_programme_write(access)
    risks = clean_risks(rows)
    current = read_risks(store)[EDIT_RISK_COLUMNS]
    return save_edited_register(
        store, access, "risks", (risks, current), {"rows": len(risks)}, store_risks_upload
    )


# --- reading -----------------------------------------------------------------------------------


def load_risks(store: Store) -> pd.DataFrame:
    """The risk register with factors and bands, highest factor first (municipal, seen by all)."""
    risks = read_risks(store)
    if risks.empty:
        return risks.assign(
            factor=pd.Series(dtype=int), band=pd.Series(dtype=str), number=pd.Series(dtype=int)
        )
    return with_factors(risks)


def risk_table(risks: pd.DataFrame) -> pd.DataFrame:
    """The register as shown and exported: number, risk, S, K, RF, band, mitigation, owner."""
    return pd.DataFrame(
        {
            t("risk.col_number"): risks["number"],
            t("risk.col_risk"): risks["risk"],
            t("risk.col_probability"): risks["probability"],
            t("risk.col_consequence"): risks["consequence"],
            t("risk.col_factor"): risks["factor"],
            t("risk.col_band"): [t(f"risk.band_{band}") for band in risks["band"]],
            t("risk.col_mitigation"): risks["mitigation"],
            t("risk.col_owner"): risks["owner"],
        }
    )
