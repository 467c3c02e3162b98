"""Settings: declared once with defaults, stored as text, loaded typed."""

from __future__ import annotations

import dataclasses

import pytest

from analytics.core.settings import Settings, declared_settings, load_settings, save_setting
from analytics.store import Store


def test_an_empty_database_has_the_defaults(store: Store) -> None:
    settings = load_settings(store)
    assert settings == Settings()
    assert settings.municipality_name == "Čáhppesvuotna kommune"
    assert (settings.status_green_max_pct, settings.status_red_min_pct) == (1.0, 3.0)


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("municipality_name", "Kárášjoga gielda", "Kárášjoga gielda"),
        ("status_red_min_pct", "4.5", 4.5),
        ("status_green_max_pct", 0.5, 0.5),
        ("sick_leave_min_headcount", "7", 7),
        ("lockout_attempts", 3, 3),
        ("budget_spread", "profile", "profile"),
    ],
)
def test_stored_values_come_back_typed(
    store: Store, name: str, value: object, expected: object
) -> None:
    save_setting(store, name, value)
    loaded = getattr(load_settings(store), name)
    assert loaded == expected
    assert type(loaded) is type(expected)


def test_saving_again_replaces_the_value(store: Store) -> None:
    save_setting(store, "sick_leave_target_pct", 6.5)
    save_setting(store, "sick_leave_target_pct", 5.5)
    assert load_settings(store).sick_leave_target_pct == 5.5
    assert store.value("SELECT count(*) FROM settings") == 1


def test_an_undeclared_setting_is_refused(store: Store) -> None:
    with pytest.raises(KeyError):
        save_setting(store, "no_such_setting", 1)
    assert store.value("SELECT count(*) FROM settings") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022:320,2025:450", [(2022, 320.0), (2025, 450.0)]),
        ("2025:450, 2022:320", [(2022, 320.0), (2025, 450.0)]),
        ("", []),
    ],
)
def test_kompass_targets_are_parsed_and_sorted(
    text: str, expected: list[tuple[int, float]]
) -> None:
    assert Settings(kompass_targets=text).kompass_target_points() == expected


def test_every_setting_is_declared_with_a_norwegian_help_text() -> None:
    declared = declared_settings()
    assert [setting.name for setting in declared] == [
        field.name for field in dataclasses.fields(Settings)
    ]
    for setting in declared:
        assert setting.help.strip(), setting.name
        assert setting.default == getattr(Settings(), setting.name)


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().municipality_name = "Annen kommune"  # type: ignore[misc]
