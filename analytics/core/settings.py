"""The settings a municipality may change, declared once: name, default and help text.

Values are stored in the `settings` table as text; `load_settings` returns them typed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from analytics.core.texts import t
from analytics.store.settings import read_stored_settings, write_setting

if TYPE_CHECKING:
    from analytics.store import Store


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

    def kompass_target_points(self) -> list[tuple[int, float]]:
        """The Kommunekompasset targets as (year, points), by year."""
        pairs = (item.split(":") for item in self.kompass_targets.split(",") if item.strip())
        return sorted((int(year), float(points)) for year, points in pairs)


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


def load_settings(store: Store) -> Settings:
    """The defaults, overridden by what the municipality stored."""
    stored = read_stored_settings(store)
    defaults = Settings()
    typed = {
        field.name: type(getattr(defaults, field.name))(stored[field.name])
        for field in fields(Settings)
        if field.name in stored
    }
    return replace(defaults, **typed)


def save_setting(store: Store, name: str, value: object) -> None:
    """Stores one setting; raises KeyError for a name that is not declared."""
    if name not in {field.name for field in fields(Settings)}:
        raise KeyError(name)
    write_setting(store, name, str(value))
