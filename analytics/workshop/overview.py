"""The workshop's measures across units, by owner and deadline (the programme page)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from analytics.core.access import Access, visible_organisation
from analytics.core.formatting import format_date
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.workshop.records import read_measures


def measures_by_owner(store: Store, access: Access, today: dt.date) -> pd.DataFrame:
    """The workshop's measures the person may see, by owner and deadline, with the unit's name
    and `overdue` (the workshop's own rule: deadline passed, neither done nor dropped).

    Columns: id, unit_code, unit_name, title, owner, deadline, status (code), expected_effect
    (NOK), overdue.
    """
    organisation = visible_organisation(read_organisation(store), access)
    names = dict(zip(organisation["ansvar"], organisation["ansvar_name"], strict=True))
    names |= dict(zip(organisation["unit_code"], organisation["unit_name"], strict=True))
    measures = sorted(
        read_measures(store, access), key=lambda m: (_sort_key(m.owner), m.deadline, m.id)
    )
    return pd.DataFrame(
        {
            "id": [m.id for m in measures],
            "unit_code": [m.unit_code for m in measures],
            "unit_name": [names.get(m.unit_code, m.unit_code) for m in measures],
            "title": [m.title for m in measures],
            "owner": [m.owner for m in measures],
            "deadline": [m.deadline for m in measures],
            "status": [m.status.value for m in measures],
            "expected_effect": [m.expected_effect for m in measures],
            "overdue": [m.is_overdue(today) for m in measures],
        }
    )


def _sort_key(text: str) -> str:
    """Á sorts with A and č with c, as a Norwegian reader looks for them."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def owner_table(measures: pd.DataFrame) -> pd.DataFrame:
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
