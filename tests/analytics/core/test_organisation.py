"""The organisation tree: scopes, resolving codes, the "Ukjent" roll-up, replacing it."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core.errors import NotFound, UserError
from analytics.core.organisation import (
    UNKNOWN_CODE,
    Scope,
    ansvar_in_scope,
    child_level,
    resolve_scope,
    scopes,
    whole_municipality,
    with_unknown_ansvar,
)
from analytics.store import Store
from analytics.store.organisation import ORG_COLUMNS, read_organisation, replace_organisation

ORGANISATION = pd.DataFrame(
    [
        ("3100", "Langtidsavdeling", "310", "Sykehjem", "3", "Helse og omsorg"),
        ("3101", "Korttid", "310", "Sykehjem", "3", "Helse og omsorg"),
        ("3200", "Hjemmesykepleie", "320", "Hjemmetjenesten", "3", "Helse og omsorg"),
        ("2100", "Undervisning", "210", "Čáhppesvuona skuvla", "2", "Oppvekst"),
        ("0100", "Rådmann", "010", "Stab", "1", "Stab og støtte"),
    ],
    columns=ORG_COLUMNS,
)
# "7" is both a sector and an ansvar here: a code that resolve_scope cannot place alone
AMBIGUOUS = pd.concat(
    [
        ORGANISATION,
        pd.DataFrame([("7", "Sju", "700", "Kultur", "7", "Kultur")], columns=ORG_COLUMNS),
    ],
    ignore_index=True,
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("", Scope("kommune", "", "Hele kommunen")),
        ("kommune", Scope("kommune", "", "Hele kommunen")),
        ("3", Scope("sektor", "3", "Helse og omsorg")),
        ("310", Scope("enhet", "310", "Sykehjem")),
        ("3101", Scope("ansvar", "3101", "Korttid")),
        ("0100", Scope("ansvar", "0100", "Rådmann")),
        ("210", Scope("enhet", "210", "Čáhppesvuona skuvla")),
        ("enhet:320", Scope("enhet", "320", "Hjemmetjenesten")),
        ("sektor:2", Scope("sektor", "2", "Oppvekst")),
    ],
)
def test_resolve_scope_at_each_level(code: str, expected: Scope) -> None:
    assert resolve_scope(ORGANISATION, code) == expected


def test_resolve_scope_refuses_a_code_found_at_two_levels() -> None:
    with pytest.raises(UserError, match="flere nivåer: Sektor, Ansvar"):
        resolve_scope(AMBIGUOUS, "7")


def test_a_level_prefix_settles_an_ambiguous_code() -> None:
    assert resolve_scope(AMBIGUOUS, "ansvar:7") == Scope("ansvar", "7", "Sju")
    assert resolve_scope(AMBIGUOUS, "sektor:7") == Scope("sektor", "7", "Kultur")


@pytest.mark.parametrize("code", ["9999", "100", "enhet:3100", "sektor:310"])
def test_resolve_scope_refuses_an_unknown_code(code: str) -> None:
    with pytest.raises(NotFound, match="Fant ingen"):
        resolve_scope(ORGANISATION, code)


def test_scope_keys_are_stable_text() -> None:
    assert whole_municipality().key == "kommune"
    assert Scope("enhet", "310", "Sykehjem").key == "enhet:310"
    assert resolve_scope(ORGANISATION, Scope("sektor", "3", "").key).name == "Helse og omsorg"


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (whole_municipality(), ["3100", "3101", "3200", "2100", "0100"]),
        (Scope("sektor", "3", ""), ["3100", "3101", "3200"]),
        (Scope("enhet", "310", ""), ["3100", "3101"]),
        (Scope("ansvar", "0100", ""), ["0100"]),
        (Scope("enhet", "999", ""), []),
    ],
)
def test_ansvar_in_scope(scope: Scope, expected: list[str]) -> None:
    assert ansvar_in_scope(ORGANISATION, scope) == expected


def test_scopes_list_sectors_then_their_units_in_code_order() -> None:
    keys = [scope.key for scope in scopes(ORGANISATION)]
    assert keys == [
        "kommune",
        "sektor:1",
        "enhet:010",
        "sektor:2",
        "enhet:210",
        "sektor:3",
        "enhet:310",
        "enhet:320",
    ]


def test_scopes_with_ansvar_put_each_ansvar_under_its_unit() -> None:
    keys = [scope.key for scope in scopes(ORGANISATION, include_ansvar=True)]
    assert keys[keys.index("enhet:310") : keys.index("enhet:320") + 2] == [
        "enhet:310",
        "ansvar:3100",
        "ansvar:3101",
        "enhet:320",
        "ansvar:3200",
    ]


def test_unknown_ansvar_roll_up_under_ukjent() -> None:
    result = with_unknown_ansvar(ORGANISATION, ["3100", "9990", "0990", "9990"])
    extra = result.iloc[len(ORGANISATION) :].reset_index(drop=True)
    expected = pd.DataFrame(
        {
            "ansvar": ["0990", "9990"],
            "ansvar_name": ["0990", "9990"],
            "unit_code": UNKNOWN_CODE,
            "unit_name": "Ukjent",
            "sector_code": UNKNOWN_CODE,
            "sector_name": "Ukjent",
        }
    )
    pd.testing.assert_frame_equal(extra, expected, check_dtype=False)
    assert len(ORGANISATION) == 5  # the argument is not changed


def test_known_ansvar_leave_the_organisation_as_it_is() -> None:
    assert with_unknown_ansvar(ORGANISATION, ["3100", "0100"]) is ORGANISATION


@pytest.mark.parametrize(
    ("level", "expected"),
    [("kommune", "sektor"), ("sektor", "enhet"), ("enhet", "ansvar"), ("ansvar", None)],
)
def test_child_level(level: str, expected: str | None) -> None:
    assert child_level(level) == expected  # type: ignore[arg-type]


def test_replace_organisation_round_trips_codes_and_names(store: Store) -> None:
    replace_organisation(store, ORGANISATION.iloc[:2])
    replace_organisation(store, ORGANISATION)
    stored = read_organisation(store)
    expected = ORGANISATION.sort_values(["sector_code", "unit_code", "ansvar"], ignore_index=True)
    pd.testing.assert_frame_equal(stored, expected, check_dtype=False)
