"""Issue 11's findings, each with a file in that shape made by the test (openpyxl): the real
layouts of published budgets import with no options (or `--ledger`/`--kind`/`--year` where the
file truly does not say), and every unit's figures equal what the file sums to, to the krone."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected, UserError
from analytics.imports import importer
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.store.projects import read_projects
from analytics.store.uploads import read_line_names
from tests.analytics.imports.files import Rows
from tests.analytics.imports.helpers import ORGANISATION, import_sheet, prepare_sheet


def lines(store: Store, table: str = "active_budget") -> pd.DataFrame:
    return store.frame(
        f"SELECT ledger, year, budget_kind, ansvar, art, tjeneste, prosjekt, "
        f"CAST(amount AS DOUBLE) AS amount FROM {table}"
    )


def sums(store: Store, by: str, table: str = "active_budget", **where: object) -> dict:
    frame = lines(store, table) if table == "active_budget" else accounts_lines(store)
    for column, value in where.items():
        frame = frame[frame[column] == value]
    return {key: round(value, 2) for key, value in frame.groupby(by)["amount"].sum().items()}


def accounts_lines(store: Store) -> pd.DataFrame:
    return store.frame(
        "SELECT ledger, year, ansvar, art, prosjekt, CAST(amount AS DOUBLE) AS amount "
        "FROM active_accounts"
    )


# --- 1. operating and investment apart -------------------------------------------------------------


def published_budget(title: str, amounts: dict[str, list[tuple[str, float]]]) -> Rows:
    rows: list[list[object]] = [["Čáhppesvuotna kommune"], [title], []]
    rows.append(["Ansvar", "Ansvar(T)", "Art", "Art(T)", "Budsjett 2013"])
    for ansvar, arts in amounts.items():
        rows += [[ansvar, f"Ansvar {ansvar}", art, "", amount] for art, amount in arts]
        rows.append(["", f"Sum ansvar {ansvar}", "", "", sum(a for _, a in arts)])
    return rows


OPERATING = {
    "1200": [("10100", 4_000_000), ("11000", 250_000), ("16200", -300_000)],
    "1300": [("10100", 1_500_000), ("11800", 400_000)],
}
INVESTMENT = {
    "1200": [("02300", 12_000_000), ("07290", -2_400_000), ("09100", -9_600_000)],
    "1300": [("02000", 800_000)],
}


def test_an_investment_budget_leaves_the_operating_budget_of_the_same_ansvar(store: Store) -> None:
    first = import_sheet(
        store, "budsjett_2013.xlsx", published_budget("Driftsbudsjett 2013", OPERATING)
    )
    second = import_sheet(
        store, "budsjett_2013_inv.xlsx", published_budget("Investeringsbudsjett 2013", INVESTMENT)
    )
    assert second.replaced == ()
    assert first.preview.facts[1] == ("Drift/investering", "Drift")
    assert second.preview.facts[1] == ("Drift/investering", "Investering")
    assert any("fordi filen sier «investeringsbudsjett»" in n for n in second.preview.notes)
    assert sums(store, "ansvar", ledger="operating") == {"1200": 3_950_000, "1300": 1_900_000}
    assert sums(store, "ansvar", ledger="investment") == {"1200": 0, "1300": 800_000}
    # the operating budget again (a newer export) replaces only the operating lines
    newer = {"1200": [("10100", 4_100_000)], "1300": [("10100", 1_600_000)]}
    third = import_sheet(
        store, "budsjett_2013_v2.xlsx", published_budget("Driftsbudsjett 2013", newer)
    )
    assert third.replaced == (first.upload_id,)
    assert sums(store, "ansvar", ledger="operating") == {"1200": 4_100_000, "1300": 1_600_000}
    assert sums(store, "ansvar", ledger="investment") == {"1200": 0, "1300": 800_000}


def test_the_art_rule_splits_a_file_that_says_nothing(store: Store) -> None:
    rows = [
        ["År", "Periode", "Ansvar", "Art", "Regnskap"],
        [2024, 1, "1200", "10100", 1000],
        [2024, 1, "1200", "02300", 50_000],  # 5 digits, first 0: investment
        [2024, 1, "1200", "32300", 7_000],  # first 3: investment
        [2024, 1, "1200", "280", 90],  # 3 digits: the rule says nothing, so operating
    ]
    result = import_sheet(store, "hovedbok.xlsx", rows)
    assert sums(store, "ledger", table="active_accounts") == {
        "investment": 57_000,
        "operating": 1090,
    }
    notes = " ".join(result.preview.notes)
    assert (
        "Investering: 2 linjer, etter artsregelen (5-sifret art som begynner på 0 eller 3)" in notes
    )
    assert "Drift: 1 linjer, etter artsregelen (5-sifret art som begynner på 1)" in notes
    assert "Drift: 1 linjer; verken filen eller artene sier investering" in notes


def test_ledger_from_the_column_or_the_option(store: Store) -> None:
    rows = [
        ["Ansvar", "Art", "Driftsbudsjett 2024", "Investeringsbudsjett 2024"],
        ["1200", "230", 100, 5_000],
    ]
    import_sheet(store, "b.xlsx", rows)
    assert sums(store, "ledger") == {"investment": 5_000, "operating": 100}
    plain = [["Ansvar", "Art", "Budsjett 2025"], ["1300", "230", 77]]
    result = import_sheet(store, "c.xlsx", plain, ledger="investment")
    assert sums(store, "ledger", year=2025) == {"investment": 77}
    assert "Investering: 1 linjer, slik du valgte." in result.preview.notes


# --- 2. sum rows by structure ----------------------------------------------------------------------


def business_area_proposal() -> tuple[Rows, dict[str, float]]:
    """A budget proposal keyed by business area (names only): a large area of taxes and block
    grant whose name begins with «Sum», and the sheet's own sum rows under each area."""
    generator = random.Random(11)
    rows: list[list[object]] = [
        ["Budsjettforslag 2024"],
        ["Virksomhetsomraade", "Art", "Art(T)", "Beløp"],
    ]
    expected: dict[str, float] = {}
    areas = {
        "Helse og omsorg": [
            (f"1{a:03d}0", generator.randint(10_000, 900_000)) for a in range(10, 40)
        ],
        "Oppvekst": [(f"1{a:03d}0", generator.randint(10_000, 900_000)) for a in range(10, 30)],
        "Sum felles inntekter og utgifter (skatt og rammetilskudd)": [
            (f"18{a % 100:02d}{a // 100}", -21_851_851.85 + a * 3.5) for a in range(270)
        ],
    }
    for area, arts in areas.items():
        rows += [[area, art, "", amount] for art, amount in arts]
        total = round(sum(amount for _, amount in arts), 2)
        rows.append([f"Sum {area.lower()}" if not area.startswith("Sum") else "", "", "", total])
        expected[area] = total
    rows.append(["Totalt", "", "", round(sum(expected.values()), 2)])
    return rows, expected


def test_an_area_whose_name_begins_with_sum_is_data(store: Store) -> None:
    rows, expected = business_area_proposal()
    result = import_sheet(store, "budsjettforslag_2024.xlsx", rows)
    stored = sums(store, "ansvar")
    assert stored == expected
    assert stored["Sum felles inntekter og utgifter (skatt og rammetilskudd)"] == pytest.approx(
        -5_900_000_000, rel=1e-4
    )
    preview = result.preview
    assert preview.row_count == 30 + 20 + 270
    assert preview.sum_rows == 4
    total = round(sum(expected.values()) * 2, 2)  # the areas' sums and the grand total
    assert any(n.startswith("4 sumrader er hoppet over (budsjett") for n in preview.notes)
    assert any(
        f"{abs(total):,.2f}".split(".")[0].replace(",", "\u00a0") in n for n in preview.notes
    )
    assert dict(preview.facts)["Nøkkel"] == "tjeneste-/virksomhetsområde"


def test_a_row_that_closes_its_lines_is_a_sum_row_a_row_that_does_not_is_data(store: Store) -> None:
    rows = [
        ["År", "Ansvar", "Ansvar(T)", "Art", "Regnskap"],
        [2024, "1200", "Skuvla", "10100", 100],
        [2024, "1200", "Skuvla", "11000", 50],
        [2024, "1200", "Sum Skuvla", "", 150],  # closes the lines above: a sum row
        [2024, "1300", "Summit-leir", "", 40],  # a name that begins with «Sum»: data
        [2024, "", "", "", 7],  # no unit and closes nothing: a line without unit
    ]
    result = import_sheet(store, "r.xlsx", rows)
    assert sums(store, "ansvar", table="active_accounts") == {"1200": 150, "1300": 40}
    assert result.preview.sum_rows == 1
    assert (
        "1 linjer uten ansvar (eller annen enhetsnøkkel) er hoppet over (regnskap 7 kr): rad 6."
        in result.preview.notes
    )


# --- 3. real layouts that were refused -----------------------------------------------------------------


def nynorsk_project_budget() -> Rows:
    return [
        ["Investeringsbudsjett 2014"],
        [
            "Prosjekt",
            "Prosjekt_tekst",
            "Rekneskap 2011",
            "Rekneskap 2012",
            "Budsjett 2013",
            "Budsjett 2014",
        ],
        ["P100", "Ny Kárášjoga skuvla", 1_200_000, 8_400_000, 30_000_000, 55_000_000],
        ["P200", "Omsorgsbustader", "", 350_000, 2_000_000, 9_500_000],
        ["", "Sum investeringar", 1_200_000, 8_750_000, 32_000_000, 64_500_000],
    ]


def test_a_nynorsk_project_budget_with_account_and_budget_years(store: Store) -> None:
    result = import_sheet(store, "investering.xlsx", nynorsk_project_budget())
    assert result.preview.kind == "mixed" and result.preview.sum_rows == 1
    budget = lines(store)
    assert set(budget["ledger"]) == {"investment"} and set(budget["ansvar"]) == {""}
    assert set(budget["budget_kind"]) == {"original"}  # 2013 and 2014: two adopted budgets
    assert sums(store, "prosjekt", year=2014) == {"P100": 55_000_000, "P200": 9_500_000}
    assert sums(store, "prosjekt", year=2013) == {"P100": 30_000_000, "P200": 2_000_000}
    accounts = accounts_lines(store).groupby(["prosjekt", "year"])["amount"].sum().to_dict()
    assert accounts == {
        ("P100", 2011): 1_200_000,
        ("P100", 2012): 8_400_000,
        ("P200", 2012): 350_000,
    }
    register = read_projects(store).set_index("code")
    assert register.loc["P100", "name"] == "Ny Kárášjoga skuvla"  # the file's own names
    assert pd.isna(register.loc["P100", "frame"]) and register.loc["P100", "source"] == "ledger"
    assert read_line_names(store, "prosjekt")["P200"] == "Omsorgsbustader"


def department_budget() -> Rows:
    """A department budget built from change groups, with four economic-plan years."""
    groups = [("Vedtatt budsjett 2012", 1.0), ("Lønns- og prisvekst", 0.03), ("Nye tiltak", 0.02)]
    rows: list[list[object]] = [
        ["Budsjett 2013 og økonomiplan 2013–2016"],
        ["Avdeling", "Endringsgruppe", "2013", "2014", "2015", "2016"],
    ]
    for department, base in (("20 Helse og omsorg", 40_000_000), ("30 Oppvekst", 55_000_000)):
        block = [[department, group, *(round(base * share * (1 + 0.01 * y)) for y in range(4))]
                 for group, share in groups]  # fmt: skip
        rows += block
        rows.append([f"Sum {department}", "", *(sum(r[2 + y] for r in block) for y in range(4))])
    return rows


def test_a_department_budget_of_change_groups_with_four_plan_years(store: Store) -> None:
    rows = department_budget()
    result = import_sheet(store, "budsjett_avdeling.xlsx", rows)
    budget = lines(store)
    kinds = budget.groupby("year")["budget_kind"].unique().to_dict()
    assert {year: list(k) for year, k in kinds.items()} == {
        2013: ["original"],
        2014: ["plan"],
        2015: ["plan"],
        2016: ["plan"],
    }
    expected = {
        (code, 2013 + y): sum(r[2 + y] for r in rows[2:] if str(r[0]).startswith(code))
        for code in ("20", "30")
        for y in range(4)
    }
    assert budget.groupby(["ansvar", "year"])["amount"].sum().to_dict() == expected
    assert any(
        "Økonomiplan: 2013 lagres som vedtatt budsjett, 2014–2016 som planår" in note
        for note in result.preview.notes
    )
    assert read_line_names(store, "ansvar") == {"20": "Helse og omsorg", "30": "Oppvekst"}
    assert any("«Endringsgruppe»" in warning for warning in result.preview.warnings)


def test_plan_words_in_the_headers(store: Store) -> None:
    rows = [
        ["Ansvar", "Art", "Budsjett 2012", "Budsjett 2013", "ØP 2014", "ØP 2015"],
        ["1200", "10100", 90, 100, 105, 110],
    ]
    import_sheet(store, "b.xlsx", rows)
    kinds = lines(store).set_index("year")["budget_kind"].to_dict()
    assert kinds == {2012: "original", 2013: "original", 2014: "plan", 2015: "plan"}


def test_an_investment_budget_by_ansvar_and_function_without_art(store: Store) -> None:
    rows = [
        ["Investeringsbudsjett 2024"],
        ["Ansvar", "Funksjon", "Budsjett"],
        ["1200", "202", 4_000_000],
        ["1300", "381", 1_250_000],
    ]
    import_sheet(store, "inv.xlsx", rows)
    budget = lines(store)
    assert set(budget["art"]) == {""} and set(budget["ledger"]) == {"investment"}
    assert budget.set_index("ansvar")["amount"].to_dict() == {"1200": 4_000_000, "1300": 1_250_000}


# --- 4. problems at once, hand mapping, vocabulary ---------------------------------------------------------


def test_every_problem_of_a_file_in_one_message(store: Store) -> None:
    rows = [
        ["Kst", "Art", "Periode", "Beløp"],
        ["1200", "10100", 1, "tusen"],
        ["1300", "10100", 14, 5],
    ]
    with pytest.raises(ImportRejected) as raised:
        import_sheet(store, "ny.xlsx", rows, year=2024)
    message = str(raised.value)
    assert "kolonne D («Beløp»): det står ikke om beløpene er regnskap eller budsjett" in message
    assert "mangler kolonne for ansvar" in message
    assert "rad 2, kolonne D («Beløp»): «tusen» er ikke et beløp" in message
    assert "rad 3, kolonne C («Periode»): «14» er ikke en periode" in message
    assert message.count("Filen «ny.xlsx»") == 4


def test_a_column_mapped_on_the_command_line_is_remembered(store: Store) -> None:
    rows = [["Kst", "Art", "Periode", "Beløp"], ["1200", "10100", 1, 5]]
    import_sheet(store, "a.xlsx", rows, kind="accounts", year=2024, mapping=(("Kst", "ansvar"),))
    again = import_sheet(
        store, "b.xlsx", [*rows, ["1300", "10100", 2, 6]], kind="accounts", year=2024
    )
    assert again.preview.ansvar == ("1200", "1300")


def test_a_recognised_column_can_be_mapped_to_something_else(store: Store) -> None:
    rows = [["Ansvar", "Avdeling", "Art", "Budsjett 2024"], ["1200", "20", "10100", 5]]
    import_sheet(store, "a.xlsx", rows, mapping=(("Ansvar", "ignored"),))
    assert sums(store, "ansvar") == {"20": 5}  # the department is the key now


def test_a_mapping_to_an_unknown_field_or_column_is_refused(store: Store) -> None:
    rows = [["Ansvar", "Art", "Budsjett 2024"], ["1200", "10100", 5]]
    with pytest.raises(UserError, match="Ukjent felt skatt"):
        import_sheet(store, "a.xlsx", rows, mapping=(("Ansvar", "skatt"),))
    with pytest.raises(UserError, match="filen har ingen kolonne «Kst»"):
        import_sheet(store, "a.xlsx", rows, mapping=(("Kst", "ansvar"),))


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Tjenesteomraade", "sector"),
        ("Virksomhetsomraade", "sector"),
        ("Funksjonsomrade", "sector"),
        ("Tiltak", "prosjekt"),
        ("Avdeling", "unit"),
    ],
)
def test_the_spellings_of_the_issue_key_the_lines(store: Store, header: str, field: str) -> None:
    result = import_sheet(store, "b.xlsx", [[header, "Budsjett 2024"], ["X1", 10]])
    key = dict(result.preview.columns)[header]
    assert key == field
    assert sums(store, "prosjekt" if field == "prosjekt" else "ansvar") == {"X1": 10}


@pytest.mark.parametrize(
    ("title", "name", "kind", "ledger"),
    [
        ("Investeringsbudsjett", "a.xlsx", "budget", "investment"),
        ("", "driftsbudsjett_2024.xlsx", "budget", "operating"),
        ("Budsjettforslag", "a.xlsx", "budget", "operating"),
        ("Investeringsrekneskap", "a.xlsx", "accounts", "investment"),
    ],
)
def test_words_of_the_title_or_file_name_set_kind_and_ledger(
    store: Store, title: str, name: str, kind: str, ledger: str
) -> None:
    rows = [[title], ["Ansvar", "Art", "Beløp"], ["1200", "230", 10]]
    result = import_sheet(store, name, rows, year=2024)
    assert result.preview.kind == kind
    table = "active_budget" if kind == "budget" else "active_accounts"
    assert store.value(f"SELECT ledger FROM {table}") == ledger


# --- 5. projects, names and access ---------------------------------------------------------------------------


def test_names_from_the_file_where_no_organisation_names_the_unit(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    rows = [
        ["Ansvar", "Ansvar_tekst", "Art", "Budsjett 2024"],
        ["9100", "Áltá bibliotek", "230", 5],
    ]
    import_sheet(store, "b.xlsx", rows)
    from analytics.economy.ledger import load_ledger

    ledger = load_ledger(store, Access.system(), 2024)
    names = dict(
        zip(ledger.organisation["ansvar"], ledger.organisation["ansvar_name"], strict=True)
    )
    assert names["9100"] == "Áltá bibliotek"
    assert names["1200"] == "Kárášjoga skuvla"  # the organisation's name wins where it has one


def test_undoing_a_ledger_upload_takes_its_new_projects_out_of_the_register(store: Store) -> None:
    result = import_sheet(store, "investering.xlsx", nynorsk_project_budget())
    assert set(read_projects(store)["code"]) == {"P100", "P200"}
    importer.undo(store, Access.system(), result.upload_id)
    assert read_projects(store).empty
    assert lines(store).empty


def test_a_budget_holder_imports_only_their_own_projects(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    holder = Access("kari", Role.BUDGET_HOLDER, frozenset({"12"}))
    rows = nynorsk_project_budget()
    with pytest.raises(AccessDenied):  # the register does not know these projects' units
        import_sheet(store, "investering.xlsx", rows, access=holder)
    import_sheet(
        store,
        "register.xlsx",
        [["Prosjekt", "Prosjektnavn", "Ansvarlig enhet", "Kostnadsramme"],
         ["P100", "Ny Kárášjoga skuvla", "12", 95_000_000],
         ["P200", "Omsorgsbustader", "13", 12_000_000]],
    )  # fmt: skip
    with pytest.raises(AccessDenied):  # P200 belongs to unit 13
        import_sheet(store, "investering.xlsx", rows, access=holder)
    own = [rows[0], rows[1], rows[2]]
    result = import_sheet(store, "investering_p100.xlsx", own, access=holder)
    assert result.preview.ansvar == ("12",)


def test_the_preview_says_what_it_replaces_in_its_own_ledger_only(store: Store) -> None:
    import_sheet(store, "d.xlsx", published_budget("Driftsbudsjett 2013", OPERATING))
    prepared = prepare_sheet(
        store, "i.xlsx", published_budget("Investeringsbudsjett 2013", INVESTMENT)
    )
    assert prepared.preview.replaced.empty
    again = prepare_sheet(store, "d2.xlsx", published_budget("Driftsbudsjett 2013", OPERATING))
    assert list(again.preview.replaced["Drift/investering"]) == ["drift"]
