"""Numbers and codes as ERP exports and spreadsheets write them: the one number reader.

Amounts come as numbers or as text: `-1 362 250` (space or no-break space between thousands),
`1 234,50` (comma decimals), `-   ` for zero, sometimes `1.234,50` or `(1 234)`. Codes are text:
`0100` keeps its zero, `1200.0` (a number cell) becomes `1200`, and `1200 Kárášjoga skuvla` is
split into code and name.
"""

from __future__ import annotations

import datetime as dt
import math
import re

# Every kind of space a spreadsheet puts between thousands.
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009\u200a']+")
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-"})
_ZERO_MARKS = frozenset({"-", "--", "—", "–"})
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_CURRENCY = re.compile(r"^(kr\.?|nok)\s*|\s*(kr\.?|nok|,-)$", re.IGNORECASE)


class AmountNotNumeric(ValueError):
    """A cell that should hold an amount holds text that is not a number."""

    def __init__(self, value: object) -> None:
        super().__init__(f"not a number: {value!r}")
        self.value = value


def parse_amount(value: object) -> float | None:
    """The amount in a cell as a float (NOK), None for an empty cell.

    Accepts numbers, and text with spaces or no-break spaces between thousands, comma or point
    decimals, a leading or trailing minus, parentheses for negatives, `kr`, and `-` alone for
    zero. Raises AmountNotNumeric for anything else (text, dates, booleans).
    """
    if value is None:
        return None
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise AmountNotNumeric(value)
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise AmountNotNumeric(value)
        return float(value)
    if not isinstance(value, str):
        raise AmountNotNumeric(value)
    return _parse_amount_text(value)


def _parse_amount_text(text: str) -> float | None:
    compact = _SPACES.sub("", _CURRENCY.sub("", text.strip()).translate(_DASHES))
    if compact == "":
        return None
    if compact in _ZERO_MARKS:
        return 0.0
    sign = 1.0
    if compact.startswith("(") and compact.endswith(")"):
        sign, compact = -1.0, compact[1:-1]
    elif compact.endswith("-") and not compact.startswith("-"):
        sign, compact = -1.0, compact[:-1]
    number = _normalise_separators(compact)
    if not _PLAIN_NUMBER.fullmatch(number):
        raise AmountNotNumeric(text)
    return sign * float(number)


def _normalise_separators(text: str) -> str:
    """Turns `1.234,50`, `1,234.50`, `1 234,5` and `1,234,567` into plain `1234.50` form."""
    commas, points = text.count(","), text.count(".")
    if commas and points:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return text.replace(thousands, "").replace(decimal, ".")
    if commas > 1:
        return text.replace(",", "")
    if points > 1:
        return text.replace(".", "")
    return text.replace(",", ".")


def normalise_code(value: object) -> str:
    """A code as text: `1200.0` → `1200`, `  0100 ` → `0100`, None → ''.

    Numbers come from cells Excel stored as numbers; their leading zeros are already lost, so
    the text form of the cell is the best there is.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return _SPACES.sub(" ", str(value)).strip()


def split_code_and_name(value: object) -> tuple[str, str]:
    """Splits `1200 Kárášjoga skuvla` (or `1200 - Kárášjoga skuvla`) into code and name.

    The code is the first word when it holds a digit (`1200`, `F357`, `0100`); a cell with no
    such word is all name and the code is ''. A number cell is all code.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return normalise_code(value), ""
    first, _, rest = normalise_code(value).partition(" ")
    if not any(character.isdigit() for character in first):
        return "", f"{first} {rest}".strip()
    return first.rstrip("-–:"), rest.lstrip("-–: ")


def parse_number(value: object, percent: bool = False) -> float | None:
    """A number cell as `parse_amount` reads it; with `percent`, a "%" sign is allowed too."""
    if percent and isinstance(value, str):
        value = value.replace("%", "")
    return parse_amount(value)


def number_or_none(value: object) -> float | None:
    """The number in a cell ("6,5 %" included), or None for an empty cell, NaN or text."""
    try:
        return parse_number(value, percent=True)
    except AmountNotNumeric:
        return None
