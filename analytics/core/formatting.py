"""Norwegian formats through Babel: `1 234 567 kr`, `94,3 %`, `23.11.2026`, in the current language.

Numbers and dates use Babel's locale for the language of the texts (`nb_NO` for bokmål, `se_NO`
for North Sami). Both group thousands with a no-break space, so an amount never breaks across
lines, and write decimals with a comma; dates keep the dashboard's `dd.MM.yyyy` in both
(Babel's own short North Sami date would be ISO `2026-11-23`). Amounts say `kr` in both languages.
Month names come from the translation tables (`month.1` …), which follow CLDR for North Sami.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_decimal

from analytics.core.texts import DEFAULT_LANGUAGE, current_language, t

LOCALES = {"nb": "nb_NO", "se": "se_NO"}
# The abbreviations the formats carry, per language: "klokka" (diibmu) and "millioner"
# (miljovnna). A language without its own (English, until it has tables) writes bokmål's.
CLOCK_WORDS = {"nb": "kl.", "se": "dii."}
MILLION_WORDS = {"nb": "mill.", "se": "milj."}
MISSING = "–"


def _in_language(table: dict[str, str]) -> str:
    return table.get(current_language(), table[DEFAULT_LANGUAGE])


def current_locale() -> str:
    """Babel's locale for the current language: `nb_NO` or `se_NO`."""
    return _in_language(LOCALES)


def format_number(value: float | None, decimals: int = 0) -> str:
    """`1 234 567` or with decimals `1 234,50`; a dash when missing."""
    if value is None or math.isnan(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    # Half away from zero, as people round money (Babel would round half to even).
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    return format_decimal(
        rounded, format=pattern, locale=current_locale(), decimal_quantization=False
    )


def format_plain(value: float) -> str:
    """A count or score as written by hand, decimals only where there are any: `52,5`, `400`."""
    return format_decimal(value, format="#,##0.##", locale=current_locale())


def format_nok(value: float | None) -> str:
    """Whole kroner: `1 234 567 kr`, `-1 362 250 kr`."""
    number = format_number(value)
    return number if number == MISSING else f"{number} kr"


def format_millions(value: float | None) -> str:
    """Compact for key-figure cards: `41,9 mill. kr` (North Sami `41,9 milj. kr`); below a million
    as whole kroner."""
    if value is None or math.isnan(value):
        return MISSING
    if abs(value) < 1_000_000:
        return format_nok(value)
    return f"{format_number(value / 1_000_000, 1)} {_in_language(MILLION_WORDS)} kr"


def format_pct(value: float | None, decimals: int = 1) -> str:
    """`94,3 %`; a dash when missing (e.g. consumption with a zero budget)."""
    number = format_number(value, decimals)
    return number if number == MISSING else f"{number} %"


def format_date(value: dt.date) -> str:
    """`23.11.2026`."""
    return babel_format_date(value, format="dd.MM.yyyy", locale=current_locale())


def format_datetime(value: dt.datetime) -> str:
    """`23.11.2026 kl. 14:05` (North Sami `23.11.2026 dii. 14:05`)."""
    pattern = f"dd.MM.yyyy '{_in_language(CLOCK_WORDS)}' HH:mm"
    return babel_format_datetime(value, format=pattern, locale=current_locale())


def month_name(month: int) -> str:
    """`januar` … `desember`, and `periode 13` (North Sami `ođđajagemánnu` … `áigodat 13`)."""
    return t(f"month.{month}")


def month_short(month: int) -> str:
    """`jan` … `des` (North Sami `ođđj` … `juov`), for axes and column headers."""
    return t(f"month_short.{month}")


def period_label(year: int, month: int) -> str:
    """`oktober 2026` (North Sami `golggotmánnu 2026`)."""
    return f"{month_name(month)} {year}"
