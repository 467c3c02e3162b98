"""`import --kind units`: the organisation from a spreadsheet, checked, undoable."""

from __future__ import annotations

import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.core.settings import Settings
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.store import Store
from analytics.store.organisation import read_organisation
from tests.analytics.imports.files import Rows, xlsx_bytes

UNITS = [
    ["Organisasjon per 1.1.2025"],
    ["Ansvar", "Ansvar(T)", "Enhet", "Sektor"],
    ["0100", "Rådmann", "01 Stab", "1 Stab og støtte"],
    ["2100", "Čáhppesvuona skuvla, undervisning", "210 Čáhppesvuona skuvla", "2 Oppvekst"],
    [2101, "SFO", "210 Čáhppesvuona skuvla", "2 Oppvekst"],
]


def import_units(store: Store, rows: Rows, access: Access | None = None) -> importer.ImportResult:
    return importer.import_file(
        store,
        access or Access.system(),
        xlsx_bytes({"Org": rows}),
        "org.xlsx",
        ImportOptions(kind="units"),
        Settings(),
    )


def test_units_are_read_with_codes_and_names_in_one_cell(store: Store) -> None:
    result = import_units(store, UNITS)
    assert result.preview.kind == "units" and result.preview.row_count == 3
    organisation = read_organisation(store)
    assert organisation.values.tolist() == [
        ["0100", "Rådmann", "01", "Stab", "1", "Stab og støtte"],
        [
            "2100",
            "Čáhppesvuona skuvla, undervisning",
            "210",
            "Čáhppesvuona skuvla",
            "2",
            "Oppvekst",
        ],
        ["2101", "SFO", "210", "Čáhppesvuona skuvla", "2", "Oppvekst"],
    ]


def test_auto_recognises_an_organisation_file(store: Store) -> None:
    result = importer.import_file(
        store, Access.system(), xlsx_bytes({"Org": UNITS}), "org.xlsx", ImportOptions(), Settings()
    )
    assert result.preview.kind == "units"


def test_undo_puts_the_previous_organisation_back(store: Store) -> None:
    import_units(store, UNITS)
    second = import_units(store, [*UNITS[:3], ["0200", "Økonomi", "02 Økonomi", "1 Stab"]])
    assert read_organisation(store)["ansvar"].tolist() == ["0100", "0200"]
    importer.undo(store, Access.system(), second.upload_id)
    assert read_organisation(store)["ansvar"].tolist() == ["0100", "2100", "2101"]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([*UNITS, ["2100", "Igjen", "210", "2"]], "ansvar 2100 står flere ganger (rad 4, 6)"),
        ([*UNITS, ["2102", "Spes", "210", "3 Helse"]], "enhet 210 står under mer enn én sektor"),
        ([*UNITS, ["2103", "Uten", "", "2"]], "rad 6, kolonne C («Enhet»): koden mangler"),
        ([["Ansvar", "Enhet"], ["1", "2"]], "mangler kolonne for sektor"),
    ],
    ids=["ansvar twice", "unit in two sectors", "blank unit", "no sector column"],
)
def test_bad_organisations_are_refused(store: Store, rows: Rows, message: str) -> None:
    import_units(store, UNITS)
    with pytest.raises(ImportRejected) as raised:
        import_units(store, rows)
    assert "Filen «org.xlsx», arket «Org»" in str(raised.value)
    assert message in str(raised.value)
    assert len(read_organisation(store)) == 3


def test_only_the_director_or_administrator_imports_the_organisation(store: Store) -> None:
    with pytest.raises(AccessDenied):
        import_units(store, UNITS, Access("leder", Role.LEADER, frozenset({"2"})))
    assert read_organisation(store).empty
