"""Small builders shared by the tests."""

from __future__ import annotations

import pandas as pd

from analytics.store.organisation import ORG_COLUMNS

OrganisationRow = tuple[str, str, str, str, str, str]


def organisation(*rows: OrganisationRow) -> pd.DataFrame:
    """An organisation frame, one row per ansvar:
    (ansvar, ansvar name, unit code, unit name, sector code, sector name)."""
    return pd.DataFrame(list(rows), columns=ORG_COLUMNS, dtype=object)
