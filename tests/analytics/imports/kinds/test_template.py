"""The forecast template: made for a unit, filled in, uploaded back into unit_forecasts."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected, NotFound
from analytics.core.settings import Settings
from analytics.core.texts import using_language
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.imports.kinds.template import build_template
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from tests.analytics.imports.files import xlsx_bytes

ORGANISATION = pd.DataFrame(
    {
        "ansvar": ["3100", "3101", "2100"],
        "ansvar_name": ["Sykehjem", "Kjøkken", "Skuvla"],
        "unit_code": ["310", "310", "210"],
        "unit_name": ["Dikšoruoktu", "Dikšoruoktu", "Skuvla"],
        "sector_code": ["3", "3", "2"],
        "sector_name": ["Helse", "Helse", "Oppvekst"],
    }
)
HOLDER = Access("kari", Role.BUDGET_HOLDER, frozenset({"310"}))


@pytest.fixture
def ledger(store: Store) -> Store:
    replace_organisation(store, ORGANISATION)
    rows = [
        ["År", "Periode", "Ansvar", "Art", "Regnskap", "Budsjett"],
        [2025, 1, "3100", "10100", 90, 100],
        [2025, 2, "3100", "10100", 95, 100],
        [2025, 7, "3100", "10100", 1000, 100],
        [2025, 1, "3101", "11150", 10, 12],
        [2025, 1, "2100", "10100", 5, 5],
    ]
    importer.import_file(
        store, Access.system(), xlsx_bytes({"Data": rows}), "l.xlsx", ImportOptions(), Settings()
    )
    return store


def filled(
    data: bytes, values: dict[int, tuple[object, str]], sheet_name: str = "Prognose"
) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook[sheet_name]
    for row, (forecast, comment) in values.items():
        sheet.cell(row=row, column=6, value=forecast)
        sheet.cell(row=row, column=7, value=comment)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_template_lists_the_units_lines_with_budget_and_actuals(ledger: Store) -> None:
    data = build_template(ledger, HOLDER, "310", 2025, 6, demo=True)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    rows = list(workbook["Prognose"].values)
    assert rows[0][0].startswith("DEMODATA")
    assert rows[1] == (
        "Ansvar",
        "Ansvar(T)",
        "Art",
        "Årsbudsjett",
        "Regnskap hittil",
        "Prognose årsslutt",
        "Kommentar",
    )
    assert [row[:5] for row in rows[2:]] == [
        ("3100", "Sykehjem", "10100", 300, 185),  # July is after June
        ("3101", "Kjøkken", "11150", 12, 10),
    ]


def test_a_filled_template_stores_the_units_forecast(ledger: Store) -> None:
    data = filled(
        build_template(ledger, HOLDER, "310", 2025, 6, demo=False),
        {2: (420, "Vikarer i sommer"), 3: (None, "")},
    )
    result = importer.import_file(ledger, HOLDER, data, "mal.xlsx", ImportOptions(), Settings())
    assert result.preview.kind == "forecast"
    assert ledger.rows(
        "SELECT unit_code, CAST(forecast AS DOUBLE), comment, entered_by FROM unit_forecasts"
    ) == [("310", 432.0, "3100 10100: Vikarer i sommer", "kari")]  # 420 + budget 12


def test_a_template_with_text_as_forecast_names_the_cell(ledger: Store) -> None:
    data = filled(build_template(ledger, HOLDER, "310", 2025, 6, demo=False), {3: ("mye", "")})
    with pytest.raises(ImportRejected, match="arket «Prognose», rad 3, kolonne F"):
        importer.import_file(ledger, HOLDER, data, "mal.xlsx", ImportOptions(), Settings())
    assert ledger.value("SELECT count(*) FROM unit_forecasts") == 0


def test_a_budget_holder_gets_only_their_own_template(ledger: Store) -> None:
    with pytest.raises(NotFound):
        build_template(ledger, HOLDER, "210", 2025, 6, demo=False)
    other = Access("ola", Role.BUDGET_HOLDER, frozenset({"210"}))
    data = filled(build_template(ledger, HOLDER, "310", 2025, 6, demo=False), {2: (1, "")})
    with pytest.raises(AccessDenied):
        importer.import_file(ledger, other, data, "mal.xlsx", ImportOptions(), Settings())


@pytest.mark.parametrize(("made_in", "read_in"), [("se", "nb"), ("nb", "se")])
def test_a_template_made_in_one_language_is_read_back_in_the_other(
    ledger: Store, made_in: str, read_in: str
) -> None:
    with using_language(made_in):
        data = build_template(ledger, HOLDER, "310", 2025, 6, demo=False)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = {"se": "Prognosa", "nb": "Prognose"}[made_in]
    assert workbook.sheetnames == [sheet, {"se": "Málle birra", "nb": "Om malen"}[made_in]]
    data = filled(data, {2: (420, "Sámi dáhpáhusat: ráfi ja ŋ")}, sheet_name=sheet)
    with using_language(read_in):
        result = importer.import_file(ledger, HOLDER, data, "mal.xlsx", ImportOptions(), Settings())
    assert (result.preview.kind, result.preview.sheet) == ("forecast", sheet)
    assert ledger.rows(
        "SELECT unit_code, CAST(forecast AS DOUBLE), comment FROM unit_forecasts"
    ) == [("310", 432.0, "3100 10100: Sámi dáhpáhusat: ráfi ja ŋ")]


def test_a_template_with_a_renamed_column_is_refused_as_changed(ledger: Store) -> None:
    workbook = openpyxl.load_workbook(
        io.BytesIO(build_template(ledger, HOLDER, "310", 2025, 6, demo=False))
    )
    workbook["Prognose"].cell(row=1, column=7, value="Notat")  # was «Kommentar»
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ImportRejected, match="malen er endret så den ikke kan leses"):
        importer.import_file(
            ledger, HOLDER, buffer.getvalue(), "mal.xlsx", ImportOptions(), Settings()
        )
    assert ledger.value("SELECT count(*) FROM unit_forecasts") == 0
