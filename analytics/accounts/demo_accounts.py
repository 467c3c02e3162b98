"""The demo accounts, one per role, and their passwords, which are published (README, sign-in
page of the demo). Accounts know them so that no one can choose one as a real password, and so
that the app can refuse to start on a real (non-demo) database while any of them still works.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.core.access import Role


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
    DemoAccount("politiker", "demo-politiker", Role.POLITICIAN),
)
DEMO_PASSWORDS: dict[str, str] = {account.name: account.password for account in DEMO_ACCOUNTS}
PUBLISHED_PASSWORDS = frozenset(DEMO_PASSWORDS.values())
