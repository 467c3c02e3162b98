"""The demo accounts in the demo municipality: one per role, with its published password.

The table of accounts and passwords is `analytics.accounts.demo_accounts` (accounts refuse the
published passwords as real ones); this module gives them their units in the demo organisation.
"""

from __future__ import annotations

import pandas as pd

from analytics.accounts.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORDS, DemoAccount
from analytics.accounts.users import accounts_with_demo_password, add_demo_account
from analytics.core.errors import UserError
from analytics.core.names import level
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.organisation import read_organisation

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORDS",
    "DemoAccount",
    "accounts_with_demo_password",
    "add_demo",
    "demo_units",
]


def add_demo(store: Store) -> str:
    """Adds the demo accounts (marked is_demo) and returns a one-line summary."""
    organisation = read_organisation(store)
    for account in DEMO_ACCOUNTS:
        add_demo_account(
            store,
            account.name,
            account.role.value,
            demo_units(organisation, account),
            f"{account.name}@demo.example",
            account.password,
        )
    return t("users.demo_summary", count=len(DEMO_ACCOUNTS))


def demo_units(organisation: pd.DataFrame, account: DemoAccount) -> tuple[str, ...]:
    """The code of the first sector or unit (by code) whose name holds one of the words."""
    if not account.unit_level:
        return ()
    columns = level(account.unit_level)
    code_column, name_column = columns.code_column, columns.name_column
    names = organisation[name_column].str.lower()
    found = organisation[names.str.contains("|".join(account.name_contains), regex=True)]
    if found.empty:
        raise UserError(t("users.demo_unit_missing", name=account.name))
    return (str(found[code_column].sort_values().iloc[0]),)
