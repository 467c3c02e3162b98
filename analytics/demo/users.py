"""Demo accounts, one per role, with published passwords (they are also in the README).

The passwords are known to everyone, so `accounts_with_demo_password` lets the app refuse to
start on a real (non-demo) database while any of them still works.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics.accounts.users import add_user, password_matches
from analytics.core.access import Access, Role
from analytics.core.errors import UserError
from analytics.core.names import level
from analytics.core.texts import t
from analytics.store import Store
from analytics.store import users as user_rows
from analytics.store.organisation import read_organisation


@dataclass(frozen=True)
class DemoAccount:
    """A demo account; its units are found in the demo organisation by a word in their name."""

    name: str
    password: str
    role: Role
    unit_level: str = ""  # "sector" or "unit"; empty for roles that see everything
    name_contains: tuple[str, ...] = ()


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "demo-admin", Role.ADMINISTRATOR),
    DemoAccount("direktor", "demo-direktor", Role.DIRECTOR),
    DemoAccount("leder.helse", "demo-leder", Role.LEADER, "sector", ("helse",)),
    DemoAccount("budsjett.sykehjem", "demo-budsjett", Role.BUDGET_HOLDER, "unit", ("sykehjem",)),
    DemoAccount("leser.skole", "demo-leser", Role.VIEWER, "unit", ("skole", "skuvla")),
)
DEMO_PASSWORDS: dict[str, str] = {account.name: account.password for account in DEMO_ACCOUNTS}


def add_demo(store: Store) -> str:
    """Adds the demo accounts (marked is_demo) and returns a one-line summary."""
    organisation = read_organisation(store)
    for account in DEMO_ACCOUNTS:
        add_user(
            store,
            Access.system(),
            account.name,
            account.role.value,
            units=demo_units(organisation, account),
            email=f"{account.name}@demo.example",
            password=account.password,
            is_demo=True,
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


def accounts_with_demo_password(store: Store) -> list[str]:
    """Names of accounts that still sign in with a published demo password.

    An account counts when it is marked as a demo account, or when it carries a demo account's
    name and that account's demo password still fits its hash.
    """
    found = []
    for user in user_rows.read_users(store):
        demo_password = DEMO_PASSWORDS.get(user.name)
        if user.is_demo or (
            demo_password is not None and password_matches(user.password_hash, demo_password)
        ):
            found.append(user.name)
    return found
