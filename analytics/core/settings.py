"""The settings a municipality may change, declared once: name, default, help text and check.

Values are stored in the `settings` table as text. `parse_setting` turns a text into the typed
value and checks it (a range, a list of choices, a format), naming the setting and the value in
Norwegian when it is refused; `check_settings` checks the rules between settings (the green
limit not above the red one). Both run before anything is saved, so a bad value is never
stored. `load_settings` returns the values typed; a stored value that fails today's checks (an
older database) is left out in favour of the default, so no page breaks on it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from analytics.core.artgroups import group_keys
from analytics.core.errors import UserError
from analytics.core.formatting import format_plain
from analytics.core.texts import t
from analytics.store.settings import read_stored_settings, write_setting

if TYPE_CHECKING:
    from analytics.store import Store

BUDGET_SPREADS = ("even", "profile")
NET_DEBT_EXCLUDABLE = ("formidlingslån", "selvkostlån")
_TARGET = re.compile(r"^\s*(\d{4})\s*:\s*(\d+(?:[.,]\d+)?)\s*$")


@dataclass(frozen=True)
class Settings:
    """Every configurable value, with its default."""

    municipality_name: str = "Čáhppesvuotna kommune"
    status_green_max_pct: float = 1.0
    status_red_min_pct: float = 3.0
    budget_spread: str = "even"
    profile_art_groups: str = ""
    sick_leave_target_pct: float = 6.0
    sick_leave_min_headcount: int = 5
    sick_leave_min_agreed_days: float = 100.0
    kompass_targets: str = "2022:320,2025:450"
    kompass_national_average: float = 350.0
    import_max_bytes: int = 50 * 1024 * 1024
    import_max_rows: int = 2_000_000
    session_timeout_hours: float = 8.0
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    finance_net_result_min_pct: float = 1.75
    finance_fund_min_pct: float = 8.0
    finance_net_debt_max_pct: float = 85.0
    finance_net_debt_excludes: str = ""
    project_status_green_max_pct: float = 0.0
    project_status_red_min_pct: float = 5.0

    def kompass_target_points(self) -> list[tuple[int, float]]:
        """The Kommunekompasset targets as (year, points), by year."""
        return kompass_targets_of(self.kompass_targets)


def kompass_targets_of(text: str) -> list[tuple[int, float]]:
    """`2022:320,2025:450` as [(2022, 320.0), (2025, 450.0)], by year; ValueError otherwise."""
    pairs = []
    for item in (part for part in text.split(",") if part.strip()):
        match = _TARGET.match(item)
        if match is None:
            raise ValueError(item)
        pairs.append((int(match.group(1)), float(match.group(2).replace(",", "."))))
    return sorted(pairs)


@dataclass(frozen=True)
class Check:
    """What a setting's typed value must be, and the key of the message that says so."""

    accepts: Callable[[Any], bool]
    message: str
    limits: Mapping[str, object] | None = None


def _within(low: float, high: float) -> Check:
    return Check(
        lambda value: low <= value <= high, "settings.error.range", {"low": low, "high": high}
    )


def _valid_targets(text: str) -> bool:
    try:
        targets = kompass_targets_of(text)
    except ValueError:
        return False
    return bool(targets) and all(0 <= points <= 800 for _, points in targets)


def _known_art_groups(text: str) -> bool:
    return {name.strip() for name in text.split(",") if name.strip()} <= set(group_keys())


def _known_exclusions(text: str) -> bool:
    return {name.strip() for name in text.split(",") if name.strip()} <= set(NET_DEBT_EXCLUDABLE)


CHECKS: dict[str, Check] = {
    "municipality_name": Check(lambda value: bool(value.strip()), "settings.error.empty"),
    "status_green_max_pct": _within(0, 100),
    "status_red_min_pct": _within(0, 100),
    "budget_spread": Check(lambda value: value in BUDGET_SPREADS, "settings.error.choice"),
    "profile_art_groups": Check(_known_art_groups, "settings.error.art_groups"),
    "sick_leave_target_pct": _within(0, 100),
    "sick_leave_min_headcount": _within(1, 1000),
    "sick_leave_min_agreed_days": _within(0, 1_000_000),
    "kompass_targets": Check(_valid_targets, "settings.error.kompass_targets"),
    "kompass_national_average": _within(0, 800),
    "import_max_bytes": _within(1024, 2**31),
    "import_max_rows": _within(1, 50_000_000),
    "session_timeout_hours": _within(0.25, 24 * 30),
    "lockout_attempts": _within(1, 100),
    "lockout_minutes": _within(1, 24 * 60),
    "finance_net_result_min_pct": _within(-20, 20),
    "finance_fund_min_pct": _within(0, 100),
    "finance_net_debt_max_pct": _within(0, 500),
    "finance_net_debt_excludes": Check(_known_exclusions, "settings.error.net_debt_excludes"),
    "project_status_green_max_pct": _within(-100, 100),
    "project_status_red_min_pct": _within(-100, 1000),
}


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


def declared_settings() -> tuple[Setting, ...]:
    """Every setting with its default and Norwegian help text (drives the settings page)."""
    defaults = Settings()
    return tuple(
        Setting(field.name, getattr(defaults, field.name), t(f"settings.{field.name}"))
        for field in fields(Settings)
    )


def parse_setting(name: str, text: object) -> object:
    """The typed value of one setting from its text (numbers may use a decimal comma).

    Raises UserError (Norwegian, naming the setting and the value) when the name is not
    declared, the text is not of the setting's type, or the value fails its check.
    """
    kinds = {field.name: type(getattr(Settings(), field.name)) for field in fields(Settings)}
    if name not in kinds:
        raise UserError(t("admin.unknown_setting", name=name))
    cleaned = str(text).strip()
    value = _typed(name, kinds[name], cleaned)
    check = CHECKS[name]
    if not check.accepts(value):
        choices = ", ".join(BUDGET_SPREADS)
        raise UserError(
            t(check.message, name=name, value=cleaned, choices=choices, **_limits(check))
        )
    return value


def _typed(name: str, kind: type, cleaned: str) -> object:
    try:
        if kind is float:
            number = float(cleaned.replace(",", ".").replace(" ", ""))
            if math.isnan(number) or math.isinf(number):
                raise ValueError(cleaned)
            return number
        if kind is int:
            return int(cleaned.replace(" ", ""))
    except ValueError:
        raise UserError(t("admin.bad_number", name=name, value=cleaned)) from None
    return cleaned


def _limits(check: Check) -> dict[str, str]:
    limits = check.limits or {}
    return {key: format_plain(float(value)) for key, value in limits.items()}  # type: ignore[arg-type]


def check_settings(settings: Settings) -> None:
    """Raises UserError when settings contradict each other (a green limit above its red)."""
    for green, red in _LIMIT_PAIRS:
        if getattr(settings, green) > getattr(settings, red):
            raise UserError(
                t(
                    "settings.error.green_above_red",
                    green=getattr(settings, green),
                    red=getattr(settings, red),
                )
            )


_LIMIT_PAIRS = (
    ("status_green_max_pct", "status_red_min_pct"),
    ("project_status_green_max_pct", "project_status_red_min_pct"),
)


def load_settings(store: Store) -> Settings:
    """The defaults, overridden by what the municipality stored (where it passes the checks)."""
    typed: dict[str, Any] = {}
    for name, text in read_stored_settings(store).items():
        try:
            typed[name] = parse_setting(name, text)
        except UserError:
            continue  # written before the check existed: the default applies
    candidate = replace(Settings(), **typed)
    try:
        check_settings(candidate)
    except UserError:  # contradicting limits from an older database: back to the defaults
        defaults = Settings()
        return replace(
            candidate,
            **{name: getattr(defaults, name) for pair in _LIMIT_PAIRS for name in pair},
        )
    return candidate


def save_settings(store: Store, values: Mapping[str, object]) -> Settings:
    """Checks the values (each, and together with the stored ones) and stores them; returns the
    new settings. Nothing is stored when one is refused (UserError naming it)."""
    parsed: dict[str, Any] = {name: parse_setting(name, value) for name, value in values.items()}
    updated = replace(load_settings(store), **parsed)
    check_settings(updated)
    for name, value in parsed.items():
        write_setting(store, name, str(value))
    return updated


def save_setting(store: Store, name: str, value: object) -> None:
    """Checks and stores one setting (see `save_settings`)."""
    save_settings(store, {name: value})
