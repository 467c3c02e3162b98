"""What administrators change besides accounts: the settings, checked and typed, with a trail."""

from __future__ import annotations

import pandas as pd

from analytics.core import audit
from analytics.core.access import Access, require_administrator
from analytics.core.settings import Settings, load_settings, save_settings
from analytics.core.texts import t
from analytics.store import Store


def change_settings(store: Store, access: Access, values: dict[str, str]) -> Settings:
    """Stores the settings whose text differs from the current value; returns the new settings.

    Every value is checked first (numbers may use a decimal comma), so a bad one changes nothing.
    Raises AccessDenied for anyone but an administrator, UserError naming the bad setting.
    """
    require_administrator(access)
    current = load_settings(store)
    changed = {
        name: text for name, text in values.items() if text.strip() != str(getattr(current, name))
    }
    updated = save_settings(store, changed)
    for name in changed:
        audit.record(
            store,
            access.user,
            "settings_change",
            t(
                "admin.audit_setting",
                name=name,
                old=getattr(current, name),
                new=getattr(updated, name),
            ),
        )
    return updated


def assignable_units(organisation: pd.DataFrame) -> dict[str, str]:
    """The sector and unit codes an account may be given, with a label, in tree order."""
    labels: dict[str, str] = {}
    for row in organisation.sort_values(["sector_code", "unit_code"]).itertuples():
        labels.setdefault(
            str(row.sector_code), f"{row.sector_code} {row.sector_name} ({t('level.sektor')})"
        )
        labels.setdefault(str(row.unit_code), f"{row.unit_code} {row.unit_name}")
    return labels
