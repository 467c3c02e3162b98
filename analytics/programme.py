"""The programme "Fremtidens kommune": risk register, milestone plan and measures.

A risk's factor is probability × consequence (S × K = RF), each 1–5, so 1–25; the bands that
colour the 5 × 5 matrix are declared once in RISK_BANDS. Milestones are (working group, year,
ISO week, kind) with kind start, meeting, status or finish.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from analytics.access import Access, visible_organisation
from analytics.errors import AccessDenied, ImportRejected
from analytics.formatting import format_date
from analytics.kompass import require_programme_write
from analytics.organisation import read_organisation
from analytics.store import Store
from analytics.store.programme import (
    read_measures,
    read_milestones,
    read_risks,
    replace_milestones,
    replace_risks,
)
from analytics.texts import t

SCALE = (1, 2, 3, 4, 5)
MILESTONE_KINDS = ("start", "meeting", "status", "finish")
EDIT_RISK_COLUMNS = ["risk", "probability", "consequence", "mitigation", "owner"]
EDIT_MILESTONE_COLUMNS = ["working_group", "year", "week", "kind", "description"]


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


# --- validation of edited or imported rows ---------------------------------------------------

Where = Callable[[int, str], str]  # (row number, column) → "fil …, ark …, rad …, kolonne …"


def _table_where(row: int, column: str) -> str:
    return t("programme.where_table", row=row, column=column)


def _scale_value(value: object, row: int, column: str, where: Where) -> int:
    number = _number(value)
    if number is None or number != int(number) or int(number) not in SCALE:
        raise ImportRejected(t("programme.scale_invalid", where=where(row, column), value=value))
    return int(number)


def _number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ".").strip())
    except ValueError:
        return None
    return None if math.isnan(number) else number


def _text(value: object) -> str:
    return (
        ""
        if value is None or (isinstance(value, float) and math.isnan(value))
        else str(value).strip()
    )


def _non_empty_rows(rows: pd.DataFrame, first_row: int) -> list[tuple[int, dict[str, object]]]:
    """(row number, cells) of the rows that hold anything; numbering starts at `first_row`."""
    return [
        (first_row + offset, {str(key): value for key, value in row.items()})
        for offset, row in enumerate(rows.to_dict("records"))
        if any(_text(value) != "" for value in row.values())
    ]


def clean_risks(
    rows: pd.DataFrame, where: Where = _table_where, first_row: int = 1
) -> pd.DataFrame:
    """Checked risk rows (risk, probability, consequence, mitigation, owner).

    Raises ImportRejected naming the row and column for an empty risk or a probability or
    consequence that is not a whole number 1–5. A stated factor is checked when given (column
    `factor`). Rows with every cell empty are skipped."""
    cleaned = [_clean_risk(row, number, where) for number, row in _non_empty_rows(rows, first_row)]
    return pd.DataFrame(cleaned, columns=EDIT_RISK_COLUMNS)


def _clean_risk(row: dict[str, object], number: int, where: Where) -> dict[str, object]:
    risk = _text(row.get("risk"))
    if not risk:
        raise ImportRejected(t("programme.risk_missing", where=where(number, "risk")))
    probability = _scale_value(row.get("probability"), number, "probability", where)
    consequence = _scale_value(row.get("consequence"), number, "consequence", where)
    stated = _number(row.get("factor"))
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
        "mitigation": _text(row.get("mitigation")),
        "owner": _text(row.get("owner")),
    }


def clean_milestones(
    rows: pd.DataFrame, where: Where = _table_where, first_row: int = 1
) -> pd.DataFrame:
    """Checked milestone rows (working_group, year, week, kind, description).

    `kind` must be one of MILESTONE_KINDS (after `milestone_kind` reads Norwegian words), the week
    an ISO week of its year. Raises ImportRejected naming row and column; empty rows skipped."""
    cleaned = [
        _clean_milestone(row, number, where) for number, row in _non_empty_rows(rows, first_row)
    ]
    return pd.DataFrame(cleaned, columns=EDIT_MILESTONE_COLUMNS)


def _clean_milestone(row: dict[str, object], number: int, where: Where) -> dict[str, object]:
    group = _text(row.get("working_group"))
    if not group:
        raise ImportRejected(t("programme.group_missing", where=where(number, "working_group")))
    year = _number(row.get("year"))
    if year is None or year != int(year) or not 2000 <= year <= 2100:
        raise ImportRejected(
            t("programme.year_invalid", where=where(number, "year"), value=row.get("year"))
        )
    week = _number(row.get("week"))
    if week is None or week != int(week) or not 1 <= week <= _weeks_in(int(year)):
        raise ImportRejected(
            t("programme.week_invalid", where=where(number, "week"), value=row.get("week"))
        )
    kind = milestone_kind(_text(row.get("kind")))
    if kind is None:
        raise ImportRejected(
            t("programme.kind_invalid", where=where(number, "kind"), value=row.get("kind"))
        )
    return {
        "working_group": group,
        "year": int(year),
        "week": int(week),
        "kind": kind,
        "description": _text(row.get("description")),
    }


_KIND_WORDS = {
    "start": "start",
    "oppstart": "start",
    "oppstartsmøte": "start",
    "meeting": "meeting",
    "møte": "meeting",
    "mote": "meeting",
    "gruppemøte": "meeting",
    "status": "status",
    "statusmøte": "status",
    "statusrapport": "status",
    "rapport": "status",
    "finish": "finish",
    "slutt": "finish",
    "avslutning": "finish",
    "ferdig": "finish",
    "sluttrapport": "finish",
    "frist": "finish",
}


def milestone_kind(word: str) -> str | None:
    """start, meeting, status or finish from the English key or a Norwegian word; None if unknown."""
    return _KIND_WORDS.get(word.strip().lower())


def _weeks_in(year: int) -> int:
    return dt.date(year, 12, 28).isocalendar().week


def save_risks(store: Store, access: Access, rows: pd.DataFrame) -> int:
    """Validates and stores the whole risk register (as edited in the app); returns its size."""
    require_programme_write(access)
    risks = clean_risks(rows)
    with store.transaction() as tx:
        replace_risks(tx, risks)
    return len(risks)


def save_milestones(store: Store, access: Access, rows: pd.DataFrame) -> int:
    """Validates and stores the whole milestone plan (as edited in the app); returns its size."""
    require_programme_write(access)
    milestones = clean_milestones(rows)
    with store.transaction() as tx:
        replace_milestones(tx, milestones)
    return len(milestones)


# --- reading -----------------------------------------------------------------------------------


def load_risks(store: Store) -> pd.DataFrame:
    """The risk register with factors and bands, highest factor first (municipal, seen by all)."""
    risks = read_risks(store)
    if risks.empty:
        return risks.assign(
            factor=pd.Series(dtype=int), band=pd.Series(dtype=str), number=pd.Series(dtype=int)
        )
    return with_factors(risks)


def load_milestones(store: Store) -> pd.DataFrame:
    """The milestone plan (id, working_group, year, week, kind, description)."""
    return read_milestones(store)


def milestone_timeline(milestones: pd.DataFrame) -> pd.DataFrame:
    """The milestones with `date`: the Monday of their ISO week, ordered by date and group."""
    dates = [
        dt.date.fromisocalendar(int(year), int(week), 1)
        for year, week in zip(milestones["year"], milestones["week"], strict=True)
    ]
    return milestones.assign(date=dates).sort_values(["date", "working_group"], ignore_index=True)


def measures_by_owner(store: Store, access: Access, today: dt.date) -> pd.DataFrame:
    """The workshop's measures the person may see, by owner and deadline, with the unit's name
    and `overdue` (deadline passed, neither done nor dropped)."""
    organisation = visible_organisation(read_organisation(store), access)
    measures = read_measures(store)
    codes = set(organisation["unit_code"]) | set(organisation["ansvar"])
    visible = (
        measures[measures["unit_code"].isin(codes)] if not access.sees_everything else measures
    )
    names = dict(zip(organisation["ansvar"], organisation["ansvar_name"], strict=True))
    names |= dict(zip(organisation["unit_code"], organisation["unit_name"], strict=True))
    deadlines = pd.to_datetime(visible["deadline"]).dt.date
    return (
        visible.assign(
            unit_name=visible["unit_code"].map(names).fillna(visible["unit_code"]),
            deadline=deadlines,
            overdue=(deadlines < today) & ~visible["status"].isin(["done", "dropped"]),
            owner_order=[_sort_key(owner) for owner in visible["owner"]],
        )
        .sort_values(["owner_order", "deadline", "id"], ignore_index=True)
        .drop(columns="owner_order")
    )


def _sort_key(text: str) -> str:
    """Á sorts with A and č with c, as a Norwegian reader looks for them."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- tables for the screen, the editors and exports --------------------------------------------


def may_edit_programme(access: Access) -> bool:
    """True for the people `require_programme_write` lets through."""
    try:
        require_programme_write(access)
    except AccessDenied:
        return False
    return True


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


def milestones_for_editing(milestones: pd.DataFrame) -> pd.DataFrame:
    """The plan with the kind as a Norwegian word (oppstart, møte, status, avslutning), which
    `milestone_kind` reads back when saving."""
    return milestones[EDIT_MILESTONE_COLUMNS].assign(
        kind=[kind_word(kind) for kind in milestones["kind"]]
    )


def kind_word(kind: str) -> str:
    """oppstart, møte, status or avslutning."""
    return t(f"milestone.{kind}").lower()


def measures_table(measures: pd.DataFrame) -> pd.DataFrame:
    """Measures by owner and deadline, Norwegian headers, dates as 23.11.2026."""
    return pd.DataFrame(
        {
            t("measure.col_owner"): measures["owner"],
            t("measure.col_deadline"): [format_date(d) for d in measures["deadline"]],
            t("measure.col_unit"): measures["unit_name"],
            t("measure.col_title"): measures["title"],
            t("measure.col_status"): [t(f"workshop.status.{s}") for s in measures["status"]],
            t("measure.col_overdue"): [
                t("measure.overdue") if o else "" for o in measures["overdue"]
            ],
        }
    )
