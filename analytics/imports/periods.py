"""The one reader of period cells, for every kind of file: months, quarters and their years.

A month comes as 3, "03", "mars", "mar", "2026-03", "03.2026", "2026/03", "mars 2026",
"jan 2026", 202603, "202603", "032026" or a date cell; a quarter as "K1", "Q1", "kv1",
"1. kvartal", "2026-K1" or, in a column that holds quarters, 1–4. Period 13 (the year-end
entries some ERP systems add) is read as a month number 13: the ledger takes it, sick leave
refuses it. The year is None when the cell does not say it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from analytics.core.numbers import normalise_code

YEAR_END_PERIOD = 13

MONTH_NAMES = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
MONTH_WORDS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)},
    "des.": 12,
    "sept": 9,
    "febr": 2,
    "aug.": 8,
}
_QUARTER = re.compile(
    r"^(?:(\d{4})\s*[-/ ]?\s*)?(?:k|q|kv|kvartal)?\s*([1-4])\s*\.?\s*(?:kvartal|kv)?"
    r"(?:\s*[-/ ]?\s*(\d{4}))?$"
)
_QUARTER_MARK = re.compile(r"\b(k|q|kv|kvartal)\b|^(k|q|kv)[1-4]|\d(k|q)[1-4]")
_SEPARATORS = re.compile(r"[-./ ]")


@dataclass(frozen=True)
class Period:
    """A month (1–12, or 13 for year-end entries) or a quarter (1–4); year None when unsaid."""

    year: int | None
    month: int | None = None
    quarter: int | None = None


def month_from_value(value: object) -> int | None:
    """A month name in a cell ("januar", "jan", "Mars") as 1–12; None otherwise."""
    if not isinstance(value, str):
        return None
    return MONTH_WORDS.get(" ".join(value.lower().replace("_", " ").split()))


def parse_period(value: object, quarter_column: bool = False) -> Period | None:
    """The month or quarter a period cell names (see the module docstring); None if none.

    `quarter_column`: the column holds quarters, so a bare 1–4 is a quarter, not a month.
    """
    if isinstance(value, dt.datetime | dt.date):
        return Period(value.year, month=value.month)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_number(float(value), quarter_column)
    text = " ".join(normalise_code(value).lower().split())
    if not text:
        return None
    if quarter_column or "kvartal" in text or _QUARTER_MARK.search(_SEPARATORS.sub("", text)):
        return _quarter(text)
    return _from_digits(text) or _from_words(text)


def _from_number(number: float, quarter_column: bool) -> Period | None:
    if not number.is_integer():
        return None
    whole = int(number)
    if quarter_column:
        return Period(None, quarter=whole) if 1 <= whole <= 4 else None
    if 1 <= whole <= YEAR_END_PERIOD:
        return Period(None, month=whole)
    return _year_and_month(whole // 100, whole % 100)


def _quarter(text: str) -> Period | None:
    match = _QUARTER.match(text)
    if match is None:
        return None
    year = match.group(1) or match.group(3)
    return Period(int(year) if year else None, quarter=int(match.group(2)))


def _from_digits(text: str) -> Period | None:
    """5, 05, 202405, 052024, 2024-05, 05.2024, 2024/5."""
    parts = _SEPARATORS.split(text)
    if not all(part.isdigit() for part in parts):
        return None
    if len(parts) == 2:
        first, second = parts
        if len(first) == 4:
            return _year_and_month(int(first), int(second))
        if len(second) == 4:
            return _year_and_month(int(second), int(first))
        return None
    digits = parts[0] if len(parts) == 1 else ""
    if 1 <= len(digits) <= 2:
        return _from_number(float(digits), False)
    if len(digits) == 6:
        if digits[:2] in ("19", "20", "21"):
            return _year_and_month(int(digits[:4]), int(digits[4:]))
        return _year_and_month(int(digits[2:]), int(digits[:2]))
    return None


def _from_words(text: str) -> Period | None:
    """ "mars", "mars 2026", "2026 mars"."""
    words = text.split(" ")
    months = [month for month in map(month_from_value, words) if month is not None]
    years = [int(word) for word in words if word.isdigit() and len(word) == 4]
    if len(months) == 1 and len(words) == 1 + len(years) and len(years) <= 1:
        return Period(years[0] if years else None, month=months[0])
    return None


def _year_and_month(year: int, month: int) -> Period | None:
    if 1900 < year < 2200 and 1 <= month <= YEAR_END_PERIOD:
        return Period(year, month=month)
    return None
