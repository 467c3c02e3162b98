"""Norwegian formats through Babel: `1 234 567 kr`, `94,3 %`, `23.11.2026`.

Babel's nb locale groups thousands with a no-break space, so an amount never breaks across lines.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_decimal

from analytics.core.texts import t

LOCALE = "nb_NO"
MISSING = "–"


def format_number(value: float | None, decimals: int = 0) -> str:
    """`1 234 567` or with decimals `1 234,50`; a dash when missing."""
    if value is None or math.isnan(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    # Half away from zero, as people round money (Babel would round half to even).
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    return format_decimal(rounded, format=pattern, locale=LOCALE, decimal_quantization=False)


def format_plain(value: float) -> str:
    """A count or score as written by hand, decimals only where there are any: `52,5`, `400`."""
    return format_decimal(value, format="#,##0.##", locale=LOCALE)


def format_nok(value: float | None) -> str:
    """Whole kroner: `1 234 567 kr`, `-1 362 250 kr`."""
    number = format_number(value)
    return number if number == MISSING else f"{number} kr"


def format_millions(value: float | None) -> str:
    """Compact for key-figure cards: `41,9 mill. kr`; below a million as whole kroner."""
    if value is None or math.isnan(value):
        return MISSING
    if abs(value) < 1_000_000:
        return format_nok(value)
    return f"{format_number(value / 1_000_000, 1)} mill. kr"


def format_pct(value: float | None, decimals: int = 1) -> str:
    """`94,3 %`; a dash when missing (e.g. consumption with a zero budget)."""
    number = format_number(value, decimals)
    return number if number == MISSING else f"{number} %"


def format_date(value: dt.date) -> str:
    """`23.11.2026`."""
    return babel_format_date(value, format="dd.MM.yyyy", locale=LOCALE)


def format_datetime(value: dt.datetime) -> str:
    """`23.11.2026 kl. 14:05`."""
    return babel_format_datetime(value, format="dd.MM.yyyy 'kl.' HH:mm", locale=LOCALE)


def month_name(month: int) -> str:
    """`januar` … `desember`, and `periode 13`."""
    return t(f"month.{month}")


def month_short(month: int) -> str:
    return t(f"month_short.{month}")


def period_label(year: int, month: int) -> str:
    """`oktober 2026`."""
    return f"{month_name(month)} {year}"
