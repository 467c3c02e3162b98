"""One clock for the whole product: what "today" is.

The demo municipality's accounts run to the month before today, "the latest month", session
expiry, the report's "Laget" date, deadlines and the audit log all ask this module. Set
`KOMMUNE_TODAY=YYYY-MM-DD` to run the product as of another day (a demo "as of April", or a test
run pinned to one date); the time of day stays the real one, so sessions still expire.
"""

from __future__ import annotations

import datetime as dt
import os

from analytics.core.errors import UserError
from analytics.core.texts import t

TODAY_VARIABLE = "KOMMUNE_TODAY"


def today() -> dt.date:
    """Today's date: $KOMMUNE_TODAY when set, else the machine's date."""
    pinned = os.environ.get(TODAY_VARIABLE, "").strip()
    if not pinned:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(pinned)
    except ValueError:
        raise UserError(t("clock.bad_today", variable=TODAY_VARIABLE, value=pinned)) from None


def now() -> dt.datetime:
    """Today's date at the machine's time of day."""
    return dt.datetime.combine(today(), dt.datetime.now().time())


def previous_month() -> tuple[int, int]:
    """The (year, month) of the month before today: the newest month whose books can be closed."""
    current = today()
    if current.month == 1:
        return current.year - 1, 12
    return current.year, current.month - 1
