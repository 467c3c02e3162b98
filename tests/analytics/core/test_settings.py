"""Settings: declared once with defaults, stored as text, loaded typed."""

from __future__ import annotations

import dataclasses

import pytest

from analytics.core.errors import UserError
from analytics.core.settings import (
    CHECKS,
    Settings,
    declared_settings,
    load_settings,
    parse_setting,
    save_setting,
    save_settings,
)
from analytics.store import Store
from analytics.store.settings import write_setting


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
    with pytest.raises(UserError, match="ingen innstilling som heter no_such_setting"):
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


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("sick_leave_target_pct", " 6,5 ", 6.5),
        ("import_max_rows", "2 000 000", 2_000_000),
        ("budget_spread", "profile ", "profile"),
    ],
)
def test_parse_setting(name: str, text: str, value: object) -> None:
    assert parse_setting(name, text) == value


def test_parse_setting_refuses_unknown_names() -> None:
    with pytest.raises(UserError, match="ingen innstilling som heter farge"):
        parse_setting("farge", "blå")


def test_every_setting_has_a_check_and_its_default_passes_it() -> None:
    names = [setting.name for setting in declared_settings()]
    assert sorted(CHECKS) == sorted(names)
    for setting in declared_settings():
        assert parse_setting(setting.name, str(setting.default)) == setting.default


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("kompass_targets", "2022-320", "kompass_targets skrives som år:poeng"),
        ("kompass_targets", "2022:900", "poeng mellom 0 og 800"),
        ("kompass_targets", "", "«» kan ikke leses"),
        ("budget_spread", "banana", "budget_spread kan være even, profile, ikke «banana»"),
        ("profile_art_groups", "lonn,bananer", "artsgrupper som ikke finnes"),
        ("status_red_min_pct", "150", "mellom 0 og 100, ikke «150»"),
        ("lockout_attempts", "0", "lockout_attempts må være mellom 1 og 100"),
        ("session_timeout_hours", "nan", "må være et tall, ikke «nan»"),
        ("municipality_name", "  ", "kan ikke være tom"),
    ],
)
def test_a_bad_value_is_refused_with_the_value_shown_and_nothing_stored(
    store: Store, name: str, text: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        save_setting(store, name, text)
    assert store.value("SELECT count(*) FROM settings") == 0


def test_a_green_limit_above_the_red_one_is_refused(store: Store) -> None:
    with pytest.raises(UserError, match=r"grønn status \(4.0 %\) kan ikke være over .* \(3.0 %\)"):
        save_setting(store, "status_green_max_pct", "4")
    with pytest.raises(UserError, match="kan ikke være over"):
        save_settings(store, {"status_green_max_pct": "5", "status_red_min_pct": "4,5"})
    save_settings(store, {"status_green_max_pct": "5", "status_red_min_pct": "6"})
    assert (load_settings(store).status_green_max_pct, load_settings(store).status_red_min_pct) == (
        5.0,
        6.0,
    )


def test_a_bad_value_stored_by_an_older_version_falls_back_to_the_default(store: Store) -> None:
    write_setting(store, "kompass_targets", "2022-320")
    write_setting(store, "budget_spread", "banana")
    settings = load_settings(store)
    assert settings.kompass_targets == Settings().kompass_targets
    assert settings.kompass_target_points() == [(2022, 320.0), (2025, 450.0)]
    assert settings.budget_spread == "even"
