"""The project register's entries: what each holds, checked the same way whether it comes from a
register file (`--kind projects`) or from the table on the Investeringer page.

An entry: code (required), name (required), responsible unit (a sector, unit or ansvar code;
may be empty), the total cost frame adopted by the council (NOK, not negative; empty until
given), start and end year (1990–2100, start not after end), and phase: planning, building or
finished (also in Norwegian: planlegging, bygging, ferdig …; empty is planning).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

from analytics.core.errors import ImportRejected, UserError
from analytics.core.numbers import AmountNotNumeric, normalise_code, parse_amount
from analytics.core.texts import t
from analytics.store.projects import PHASES, PROJECT_COLUMNS

Where = Callable[[int, str], str]  # (row number, field) → «Filen …, rad 3, kolonne B»
FIELDS = ("code", "name", "unit_code", "frame", "start_year", "end_year", "phase")
PHASE_WORDS: dict[str, str] = {
    **{word: "planning" for word in ("planning", "planlegging", "planlegging/prosjektering",
                                     "prosjektering", "utredning", "forprosjekt", "plan",
                                     "planfase", "ikke startet", "")},
    **{word: "building" for word in ("building", "bygging", "byggefase", "under bygging",
                                     "gjennomføring", "utføring", "pågår", "igangsatt")},
    **{word: "finished" for word in ("finished", "ferdig", "ferdigstilt", "avsluttet",
                                     "fullført", "overlevert", "avslutta")},
}  # fmt: skip


def clean_entry(cells: Mapping[str, object], number: int, where: Where) -> dict[str, object]:
    """One entry from its cells (field → cell); raises ImportRejected naming the cell."""
    code = normalise_code(cells.get("code"))
    name = normalise_code(cells.get("name"))
    if not code:
        raise ImportRejected(t("investments.error.no_code", where=where(number, "code")))
    if not name:
        raise ImportRejected(t("investments.error.no_name", where=where(number, "name")))
    start = _year(cells.get("start_year"), number, "start_year", where)
    end = _year(cells.get("end_year"), number, "end_year", where)
    if start is not None and end is not None and start > end:
        raise ImportRejected(
            t("investments.error.years", where=where(number, "end_year"), start=start, end=end)
        )
    return {
        "code": code,
        "name": name,
        "unit_code": normalise_code(cells.get("unit_code")),
        "frame": _frame(cells.get("frame"), number, where),
        "start_year": start,
        "end_year": end,
        "phase": _phase(cells.get("phase"), number, where),
        "source": "register",
    }


def _frame(value: object, number: int, where: Where) -> float:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return float("nan")
    try:
        amount = parse_amount(value)
    except AmountNotNumeric:
        amount = -1.0
    if amount is None:
        return float("nan")
    if amount < 0:
        raise ImportRejected(
            t("investments.error.frame", where=where(number, "frame"), value=value)
        )
    return float(amount)


def _year(value: object, number: int, field: str, where: Where) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    text = normalise_code(value)
    if not text:
        return None
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    raise ImportRejected(t("import.bad_cell", where=where(number, field),
                           problem=t("import.not_a_year", value=text)))  # fmt: skip


def _phase(value: object, number: int, where: Where) -> str:
    text = " ".join(normalise_code(value).lower().split())
    phase = PHASE_WORDS.get(text)
    if phase is None:
        raise ImportRejected(
            t(
                "investments.error.phase",
                where=where(number, "phase"),
                value=text,
                phases=", ".join(t(f"investments.phase.{p}") for p in PHASES),
            )
        )
    return phase


def clean_register(frame: pd.DataFrame, where: Where) -> pd.DataFrame:
    """Every row of an edited register checked (all problems at once: UserError), empty rows
    left out, codes once only. Columns: PROJECT_COLUMNS."""
    entries, problems = [], []
    for number, row in enumerate(_records(frame), start=1):
        if not any(normalise_code(row.get(field)) for field in FIELDS if field != "phase"):
            continue
        try:
            entries.append(clean_entry(row, number, where))
        except ImportRejected as error:
            problems.append(str(error))
    problems += twice(entries, where)
    if problems:
        raise UserError("\n".join(problems))
    return pd.DataFrame(entries, columns=PROJECT_COLUMNS)


def twice(entries: Sequence[Mapping[str, object]], where: Where) -> list[str]:
    """A message for each code that stands in more than one row."""
    seen: dict[str, int] = {}
    problems = []
    for number, entry in enumerate(entries, start=1):
        code = str(entry["code"])
        if code in seen:
            problems.append(t("investments.error.twice", where=where(number, "code"), code=code))
        seen.setdefault(code, number)
    return problems


def changes_of(current: pd.DataFrame, entries: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The entries that are new or differ from the current register, and the codes of the
    current register that are no longer among the entries."""
    before = {str(row["code"]): _comparable(row) for row in _records(current)}
    changed = [
        index
        for index, row in enumerate(_records(entries))
        if before.get(str(row["code"])) != _comparable(row)
    ]
    removed = sorted(set(before) - set(entries["code"]))
    return entries.iloc[changed].reset_index(drop=True), removed


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """The rows as field → value."""
    return [{str(key): value for key, value in row.items()} for row in frame.to_dict("records")]


def _comparable(row: Mapping[str, object]) -> tuple[object, ...]:
    def plain(value: object) -> object:
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return None
        return float(value) if isinstance(value, int | float) else str(value)

    return tuple(plain(row.get(field)) for field in FIELDS)
