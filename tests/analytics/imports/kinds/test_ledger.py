"""The ledger kind: every layout of budgets and accounts it recognises, and every refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.imports.kinds.ledger import format_control_total
from analytics.imports.periods import MONTH_NAMES
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from tests.analytics.imports.files import Rows, xlsx_bytes
from tests.analytics.imports.helpers import (
    LEDGER,
    ORGANISATION,
    SETTINGS,
    accounts,
    assert_accounts,
    assert_budget,
    budget,
    counts,
    run_import,
)

MONTHS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]


# --- layouts ---------------------------------------------------------------------------------


def test_canonical_long_format(store: Store) -> None:
    rows = [
        ["År", "Periode", "Ansvar", "Art", "Tjeneste", "Prosjekt", "Regnskap"],
        [2024, 1, "0100", "10100", "12000", "", 1000],
        [2024, 2, "0100", "10100", "12000", "", "2 000,50"],
        [2024, 13, "1200", "16000", "20200", "", -300],
    ]
    result = run_import(store, rows)
    assert (result.preview.kind, result.preview.form, result.preview.year_source) == (
        "accounts",
        "long",
        "column",
    )
    assert_accounts(
        store,
        [
            (2024, 1, "0100", "10100", "12000", 1000.0),
            (2024, 2, "0100", "10100", "12000", 2000.5),
            (2024, 13, "1200", "16000", "20200", -300.0),
        ],
    )


def visma_like_export() -> Rows:
    """A messy export as ERP systems write it: title block, names beside codes, sum rows."""
    nbsp = "\u00a0"
    return [
        ["Čáhppesvuotna kommune"],
        ["Regnskapsrapport 2024", "", "", "", "", "Utskrift 23.11.2026"],
        [],
        ["Ansvar", "Ansvar(T)", "Art", "Art(T)", "Periode", "Regnskap", "Budsjett", "Avvik"],
        [
            "1200",
            "Kárášjoga skuvla",
            "10100",
            "Fastlønn",
            1,
            f"1{nbsp}362{nbsp}250",
            "1 400 000",
            37750,
        ],
        ["1200", "Kárášjoga skuvla", "16000", "Salg", 1, "-12 500,50", "-   ", 12500.5],
        ["", "Sum Kárášjoga skuvla", "", "", "", f"1{nbsp}349{nbsp}749,50", "1 400 000", ""],
        [1300, "Bassenget", "10100", "Fastlønn", "01", 250000, 260000, 10000],
        [1300, "Bassenget", 11150.0, "Matvarer", "02", "  7 000 ", "", ""],
        ["Sum 1300", "", "", "", "", 257000, 260000, ""],
        ["Totalt", "", "", "", "", "1 606 749,50", "1 660 000", ""],
    ]


def test_a_messy_export_matches_its_own_sums(store: Store) -> None:
    result = run_import(store, visma_like_export(), name="Rapport.xlsx")
    preview = result.preview
    assert (preview.kind, preview.year_source, preview.sum_rows) == ("mixed", "title", 3)
    by_ansvar = accounts(store).groupby("ansvar")["amount"].sum().to_dict()
    assert by_ansvar == {"1200": 1349749.5, "1300": 257000.0}  # the sheet's own sum rows
    assert sum(by_ansvar.values()) == 1606749.5  # and its "Totalt"
    assert budget(store).groupby("ansvar")["amount"].sum().to_dict() == {
        "1200": 1400000.0,
        "1300": 260000.0,
    }
    assert set(accounts(store)["art"]) == {"10100", "16000", "11150"}
    assert any("«Avvik»" in warning for warning in preview.warnings)
    accounts_total = next(total for total in preview.control_totals if total.kind == "accounts")
    assert format_control_total(accounts_total) == (
        "Regnskap 2024: 1\u00a0606\u00a0749,50 kr (4 linjer)"
    )


def test_code_and_name_in_one_cell(store: Store) -> None:
    rows = [
        ["Ansvar", "Art", "Periode", "Beløp"],
        ["1200 Kárášjoga skuvla", "10100 Fastlønn", 3, 500],
        ["F357 - Brann", "11000 Matvarer", 3, 20],
    ]
    run_import(store, rows, kind="accounts", year=2025)
    assert_accounts(
        store, [(2025, 3, "1200", "10100", "", 500.0), (2025, 3, "F357", "11000", "", 20.0)]
    )


@pytest.mark.parametrize(
    "headers",
    [
        MONTHS,
        list(MONTH_NAMES),
        [f"Periode {m}" for m in range(1, 13)],
        [f"{m:02d}" for m in range(1, 13)],
        [f"Regnskap {m}" for m in MONTHS],
    ],
    ids=["short", "long", "periode", "numbers", "kind-and-month"],
)
def test_wide_by_month(store: Store, headers: list[str]) -> None:
    rows = [
        ["Regnskap per måned 2024"],
        ["Ansvar", "Art", *headers],
        ["1200", "10100", *range(100, 1300, 100)],
        ["1300", "10100", 5, *([""] * 10), 7],
    ]
    result = run_import(store, rows)
    assert (result.preview.form, result.preview.kind) == ("wide_month", "accounts")
    stored = accounts(store)
    assert stored["period"].tolist() == [1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12]
    assert stored.groupby("ansvar")["amount"].sum().to_dict() == {"1200": 7800.0, "1300": 12.0}


def test_wide_by_month_with_dates_as_headers(store: Store) -> None:
    months = [dt.datetime(2025, month, 1) for month in range(1, 13)]
    rows = [["Ansvar", "Art", *months], ["1200", "10100", *range(1, 13)]]
    result = run_import(store, rows, kind="accounts")
    assert (result.preview.form, result.preview.years) == ("wide_month", (2025,))
    assert accounts(store)["period"].tolist() == list(range(1, 13))


def test_wide_by_month_budget_is_a_periodised_budget(store: Store) -> None:
    rows = [["Ansvar", "Art", *[f"Budsjett {m}" for m in MONTHS]], ["1200", "10100", *[10] * 12]]
    run_import(store, rows, year=2025)
    assert budget(store)["month"].tolist() == list(range(1, 13))


def test_wide_by_year_with_mixed_kinds(store: Store) -> None:
    rows = [
        ["Ansvar", "Art", "rekneskap_2011", "budsjett_2012", "Budsjett 2013", "Forbruk %"],
        ["1200", "10100", "1 000", 1100, 1200, "91 %"],
        ["1200", "16000", -50, -60, "-   ", ""],
    ]
    result = run_import(store, rows)
    assert (result.preview.kind, result.preview.form, result.preview.year_source) == (
        "mixed",
        "annual",
        "header",
    )
    assert_accounts(
        store, [(2011, 12, "1200", "10100", "", 1000.0), (2011, 12, "1200", "16000", "", -50.0)]
    )
    assert_budget(
        store,
        [
            (2012, None, "1200", "10100", "original", 1100.0),
            (2012, None, "1200", "16000", "original", -60.0),
            (2013, None, "1200", "10100", "original", 1200.0),
            (2013, None, "1200", "16000", "original", 0.0),
        ],
    )


def test_nynorsk_headers_and_revised_budget(store: Store) -> None:
    rows = [
        ["Ansvarsstad", "Ansvar", "Art", "Teneste", "Månad", "Rekneskap", "Regulert budsjett"],
        ["x", "1200", "10100", "20200", "mars", 10, 12],
    ]
    run_import(store, rows, year=2024)
    assert_accounts(store, [(2024, 3, "1200", "10100", "20200", 10.0)])
    assert_budget(store, [(2024, 3, "1200", "10100", "revised", 12.0)])


def test_agresso_periods_carry_the_year(store: Store) -> None:
    rows = [
        ["Koststed", "Konto", "Periode", "Beløp"],
        ["1200", "10100", 202405, 10],
        ["1200", "10100", "2024-06", 20],
    ]
    result = run_import(store, rows, kind="accounts")
    assert result.preview.year_source == "column"
    assert_accounts(
        store, [(2024, 5, "1200", "10100", "", 10.0), (2024, 6, "1200", "10100", "", 20.0)]
    )


@pytest.mark.parametrize(
    ("title", "header", "option", "name", "year", "source"),
    [
        ("Regnskap 2022", "Regnskap 2023", 2024, "regnskap_2025.xlsx", 2023, "header"),
        ("Regnskap 2022", "Regnskap", 2024, "regnskap_2025.xlsx", 2022, "title"),
        ("Regnskap", "Regnskap", 2024, "regnskap_2025.xlsx", 2024, "option"),
        ("Regnskap", "Regnskap", None, "regnskap_2025.xlsx", 2025, "file_name"),
    ],
)
def test_where_the_year_comes_from(
    store: Store, title: str, header: str, option: int | None, name: str, year: int, source: str
) -> None:
    rows = [[title], ["Ansvar", "Art", "Periode", header], ["1200", "10100", 1, 5]]
    result = run_import(store, rows, name=name, year=option)
    assert (result.preview.years, result.preview.year_source) == ((year,), source)


def test_a_year_column_wins_over_everything(store: Store) -> None:
    rows = [
        ["Regnskap 2022"],
        ["År", "Ansvar", "Art", "Periode", "Regnskap 2023"],
        [2021, "1200", "10100", 1, 5],
    ]
    result = run_import(store, rows, name="r_2025.xlsx", year=2024)
    assert result.preview.years == (2021,)


def test_cumulative_accounts_become_per_period_against_what_is_stored(store: Store) -> None:
    run_import(
        store,
        [
            ["År", "Periode", "Ansvar", "Art", "Regnskap"],
            [2024, 1, "1200", "10100", 100],
            [2024, 2, "1200", "10100", 100],
            [2024, 2, "1200", "17100", -30],
        ],
    )
    rows = [
        ["År", "Periode", "Ansvar", "Art", "Regnskap hittil i år"],
        [2024, 3, "1200", "10100", 350],
        [2024, 4, "1200", "10100", 400],
        [2024, 4, "1200", "11000", 25],
    ]
    run_import(store, rows)
    assert_accounts(
        store,
        [
            (2024, 1, "1200", "10100", "", 100.0),
            (2024, 2, "1200", "10100", "", 100.0),
            (2024, 2, "1200", "17100", "", -30.0),
            (2024, 3, "1200", "10100", "", 150.0),
            (2024, 3, "1200", "17100", "", 30.0),
            (2024, 4, "1200", "10100", "", 50.0),
            (2024, 4, "1200", "11000", "", 25.0),
        ],
    )
    assert accounts(store)["amount"].sum() == 400 + 25  # the year so far, as the file says


# --- warnings ------------------------------------------------------------------------------------


def test_unknown_ansvar_are_a_warning(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    result = run_import(store, [*LEDGER, [2024, 1, "9999", "10100", 1]])
    assert any("1 ansvar finnes ikke" in w and "9999" in w for w in result.preview.warnings)


def test_duplicate_lines_are_reported(store: Store) -> None:
    result = run_import(store, [*LEDGER, [2024, 1, "1200", "10100", 100]])
    assert any("rad 2 og 4" in w for w in result.preview.warnings)


# --- refusals ------------------------------------------------------------------------------------


REFUSED = [
    (
        "text in an amount",
        [["Regnskap 2024"], ["Ansvar", "Art", "Periode", "Beløp"], ["1200", "10100", 1, "tusen"]],
        {"kind": "accounts"},
        "arket «Data», rad 3, kolonne D («Beløp»): «tusen» er ikke et beløp",
    ),
    (
        "period 14",
        [["År", "Ansvar", "Art", "Periode", "Regnskap"], [2024, "1200", "10100", 14, 1]],
        {},
        "rad 2, kolonne D («Periode»): «14» er ikke en periode",
    ),
    (
        "budget on period 13",
        [["År", "Ansvar", "Art", "Periode", "Budsjett"], [2024, "1200", "10100", 13, 1]],
        {},
        "rad 2, kolonne D («Periode»): budsjett kan ikke",
    ),
    (
        "bad year",
        [["År", "Ansvar", "Art", "Periode", "Regnskap"], ["i fjor", "1200", "10100", 1, 1]],
        {},
        "rad 2, kolonne A («År»): «i fjor» er ikke et årstall",
    ),
    (
        "required column missing",
        [["Kst", "Art", "Periode", "Regnskap"], ["1200", "10100", 1, 1]],
        {"year": 2024},
        "rad 1: mangler kolonne for ansvar (eller avdeling/enhet",
    ),
    (
        "no header",
        [["a", "b"], [1, 2]],
        {},
        "arket «Data»: fant ingen overskriftsrad",
    ),
    (
        "no year anywhere",
        [["Ansvar", "Art", "Periode", "Regnskap"], ["1200", "10100", 1, 1]],
        {},
        "fant ikke hvilket år",
    ),
    (
        "amount without a kind",
        [["Ansvar", "Art", "Periode", "Beløp"], ["1200", "10100", 1, 1]],
        {"year": 2024},
        "kolonne D («Beløp»): det står ikke om beløpene er regnskap eller budsjett",
    ),
    (
        "two columns for ansvar",
        [["Ansvar", "Koststed", "Art", "Regnskap 2024"], ["1", "1", "10100", 1]],
        {},
        "kolonnene «Ansvar», «Koststed» betyr det samme",
    ),
    (
        "period column beside months",
        [["Ansvar", "Art", "Periode", *MONTHS], ["1", "10100", 1, *range(12)]],
        {"kind": "accounts", "year": 2024},
        "både en periodekolonne og én kolonne per måned",
    ),
    (
        "kind contradicts --kind",
        [["Ansvar", "Art", "Budsjett 2024"], ["1200", "10100", 1]],
        {"kind": "accounts"},
        "passer ikke med valgt type «regnskap»",
    ),
    (
        "cumulative without a period",
        [["Ansvar", "Art", "Regnskap hittil 2024"], ["1200", "10100", 1]],
        {},
        "trenger en periodekolonne",
    ),
    (
        "only sum rows",
        [["Ansvar", "Art", "Regnskap 2024"], ["Sum", "", 5]],
        {},
        "fant ingen linjer",
    ),
]


@pytest.mark.parametrize(
    ("rows", "options", "message"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_refusals_name_the_place_and_store_nothing(
    store: Store, rows: Rows, options: dict[str, object], message: str
) -> None:
    run_import(store, LEDGER, name="tidligere.xlsx")
    before = counts(store)
    with pytest.raises(ImportRejected) as raised:
        run_import(store, rows, name="ny.xlsx", **options)
    assert "Filen «ny.xlsx»" in str(raised.value)
    assert message in str(raised.value)
    assert counts(store) == before


def test_many_bad_cells_are_listed_together(store: Store) -> None:
    rows = [["År", "Ansvar", "Art", "Periode", "Regnskap"]]
    rows += [[2024, "1200", "10100", 1, f"feil {i}"] for i in range(20)]
    with pytest.raises(ImportRejected) as raised:
        run_import(store, rows)
    message = str(raised.value)
    assert "rad 2, kolonne E" in message and "rad 16, kolonne E" in message
    assert "og 5 feil til" in message


def test_several_data_sheets_need_a_choice(store: Store) -> None:
    data = xlsx_bytes({"A": LEDGER, "B": LEDGER})
    with pytest.raises(ImportRejected, match="flere ark ser ut som data"):
        importer.import_file(store, Access.system(), data, "x.xlsx", ImportOptions(), SETTINGS)
    result = importer.import_file(
        store, Access.system(), data, "x.xlsx", ImportOptions(sheet="B"), SETTINGS
    )
    assert result.preview.sheet == "B"


# --- mapping unknown columns by hand -----------------------------------------------------------


def test_a_hand_mapping_is_remembered_for_the_layout(store: Store) -> None:
    rows = [["Kst", "Art", "Periode", "Regnskap"], ["1200", "10100", 1, 1]]
    with pytest.raises(ImportRejected, match="«Kst»"):
        run_import(store, rows, year=2024)
    data = xlsx_bytes({"Data": rows})
    layout = importer.inspect_layout(store, data, "x.xlsx", None, SETTINGS)
    assert [layout.headers[i] for i in layout.unrecognised()] == ["Kst"]
    importer.save_mapping(store, Access.system(), layout, {"Kst": "ansvar"})
    result = run_import(store, [*rows, ["1300", "10100", 1, 2]], name="neste.xlsx", year=2024)
    assert result.preview.ansvar == ("1200", "1300")


# --- csv -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_through_the_whole_import(store: Store, encoding: str) -> None:
    text = "Regnskap for Bø og Ærøy 2024\r\nAnsvar;Ansvar(T);Art;Periode;Beløp\r\n"
    text += "1200;Skole på Ørnes;10100;1;-1 362 250\r\n1200;Skole på Ørnes;10100;2;1 234,50\r\n"
    result = importer.import_file(
        store, Access.system(), text.encode(encoding), "hovedbok.csv", ImportOptions(), SETTINGS
    )
    assert result.preview.kind == "accounts" and result.preview.years == (2024,)
    assert accounts(store)["amount"].tolist() == [-1362250.0, 1234.5]
