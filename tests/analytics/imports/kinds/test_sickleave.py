"""The sick-leave kind: HR exports in the layouts they come in, refusals, access, replacement.

Every file is an xlsx (or csv) written by the test, in the layouts real exports use.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.core.settings import Settings
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.store.sickleave import read_sick_leave
from tests.analytics.imports.files import Rows
from tests.analytics.imports.helpers import import_sheet, prepare_sheet

ORGANISATION = pd.DataFrame(
    {
        "ansvar": ["3100", "3101", "2200", "4300"],
        "ansvar_name": ["Langtid", "Korttid", "Kárášjoga skuvla", "Svømmehall"],
        "unit_code": ["310", "310", "220", "430"],
        "unit_name": ["Dikšoruoktu", "Dikšoruoktu", "Kárášjoga skuvla", "Svømmehallen"],
        "sector_code": ["3", "3", "2", "4"],
        "sector_name": ["Helse", "Helse", "Oppvekst", "Teknisk"],
    }
)


@pytest.fixture
def org_store(store: Store) -> Store:
    replace_organisation(store, ORGANISATION)
    return store


def stored(store: Store) -> pd.DataFrame:
    return read_sick_leave(store).set_index(["year", "month", "unit_code"]).sort_index()


def test_bokmal_export_with_title_block_names_and_sum_row(org_store: Store) -> None:
    rows = [
        ["Sykefraværsstatistikk 2026"],
        ["Utskrevet 05.11.2026"],
        [],
        ["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk", "Egenmeldt",
         "Legemeldt", "Antall ansatte"],
        ["310 Dikšoruoktu", 2026, "januar", "1 000,5", 80, 20, 60, 45],
        ["2200 Kárášjoga skuvla", 2026, "februar", 400, "12,5", None, None, 20],
        ["Sum", None, None, 1400.5, 92.5, None, None, 65],
    ]  # fmt: skip
    anne = Access("anne", Role.DIRECTOR)
    result = import_sheet(org_store, "sykefravær.xlsx", rows, access=anne, sheet="Fravær")
    assert result.preview.kind == "sickleave" and result.preview.sum_rows == 1
    assert "Sykefravær 01.2026–02.2026 for 2 enheter" in result.summary()
    rows_stored = stored(org_store)
    assert rows_stored.loc[
        (2026, 1, "310"), ["agreed_days", "lost_days", "self_cert_days", "headcount"]
    ].tolist() == [1000.5, 80.0, 20.0, 45.0]
    assert rows_stored.loc[(2026, 2, "2200"), "lost_days"] == 12.5
    upload = org_store.rows("SELECT kind, file_name, uploaded_by, row_count FROM uploads")
    assert upload == [("sickleave", "sykefravær.xlsx", "anne", 2)]
    assert org_store.value("SELECT count(*) FROM audit_log WHERE action = 'upload'") == 1


def test_nynorsk_headers_and_year_month_periods(org_store: Store) -> None:
    rows = [
        ["Eining", "Einingsnamn", "Månad", "Avtalte dagsverk", "Eigenmeldt fråvær",
         "Legemeldt fråvær", "Korttidsfråvær", "Langtidsfråvær", "Tal tilsette"],
        ["430", "Svømmehallen", "2025-11", 200, 4, 10, 5, 9, 9],
        ["430", "Svømmehallen", "12.2025", 190, 2, 8, 3, 7, 9],
    ]  # fmt: skip
    import_sheet(org_store, "sjukefråvær.xlsx", rows)
    rows_stored = stored(org_store)
    assert rows_stored.index.tolist() == [(2025, 11, "430"), (2025, 12, "430")]
    # No total column: the total is egenmeldt + legemeldt.
    assert rows_stored["lost_days"].tolist() == [14.0, 10.0]
    assert rows_stored["short_days"].tolist() == [5.0, 3.0]


def test_hr_percentages_are_weighted_by_agreed_days(org_store: Store) -> None:
    # Cells formatted as % in Excel arrive as fractions: 0.08 is 8 %.
    rows = [
        ["Ansvar", "Periode", "Mulige dagsverk", "Sykefravær %", "Egenmeldt %", "Legemeldt %"],
        ["3100", "jan 2026", 500, 0.08, 0.02, 0.06],
        ["3101", "jan 2026", 250, 0.04, 0.01, 0.03],
    ]
    import_sheet(org_store, "hr.xlsx", rows)
    rows_stored = stored(org_store)
    assert rows_stored["lost_days"].tolist() == pytest.approx([40.0, 10.0])
    assert rows_stored["self_cert_days"].tolist() == pytest.approx([10.0, 2.5])


def test_percent_written_as_text(org_store: Store) -> None:
    rows = [
        ["Enhet", "År", "Mnd", "Avtalte dagsverk", "Sykefravær"],
        ["310", 2026, 3, 1000, "6,5 %"],
    ]
    import_sheet(org_store, "hr.xlsx", rows)
    assert stored(org_store)["lost_days"].tolist() == pytest.approx([65.0])


def test_ansvar_column_wins_over_the_unit_column(org_store: Store) -> None:
    # Two columns: the unit and, finer, the ansvar (with its name in an "(T)" column).
    rows = [["Enhet", "Ansvar", "Ansvar(T)", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk"],
            ["310", "3100", "Langtid", 2026, 1, 500, 40],
            ["310", "3101", "Korttid", 2026, 1, 250, 10]]  # fmt: skip
    import_sheet(org_store, "ansvar.xlsx", rows)
    assert read_sick_leave(org_store)["unit_code"].tolist() == ["3100", "3101"]


def test_a_unit_given_by_name_only(org_store: Store) -> None:
    rows = [["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk"],
            ["Svømmehallen", 2026, 1, 100, 4]]  # fmt: skip
    import_sheet(org_store, "navn.xlsx", rows)
    assert read_sick_leave(org_store)["unit_code"].tolist() == ["430"]


def test_quarters_are_spread_over_their_months(org_store: Store) -> None:
    rows = [["Enhet", "År", "Kvartal", "Avtalte dagsverk", "Tapte dagsverk", "Antall ansatte"],
            ["220", 2026, "K2", 3000, 240, 50]]  # fmt: skip
    import_sheet(org_store, "kvartal.xlsx", rows)
    rows_stored = stored(org_store)
    assert rows_stored.index.get_level_values("month").tolist() == [4, 5, 6]
    assert rows_stored["agreed_days"].tolist() == pytest.approx([1000.0] * 3)
    assert rows_stored["lost_days"].tolist() == pytest.approx([80.0] * 3)
    assert rows_stored["headcount"].tolist() == [50.0] * 3


def _sick_rows(*rows: list[object]) -> Rows:
    return [["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk", "Egenmeldt",
             "Legemeldt"], *rows]  # fmt: skip


GOOD_ROW = ["220", 2026, 1, 100, 5, None, None]  # row 2 of every file below with these headers


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, 100, "mange", None, None]),
         "Filen «feil.xlsx», arket «Ark1», rad 3, kolonne E («Tapte dagsverk»): ventet et tall, fant «mange»."),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, 100, 10, 2, 3]),
         "rad 3, kolonne F («Egenmeldt»): «Egenmeldt» og «Legemeldt» er til sammen 5,0 dagsverk, men totalt fravær er 10,0."),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, 100, 120, None, None]),
         "tapte dagsverk (120,0) er flere enn avtalte dagsverk (100,0)"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, 100, 10, None, None], ["310", 2026, "januar", 90, 9, None, None]),
         "rad 4: samme enhet og periode står også i rad 3"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 14, 100, 10, None, None]), "rad 3, kolonne C («Måned»): ventet en måned"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 13, 100, 10, None, None]), "rad 3, kolonne C («Måned»): ventet en måned"),
        (_sick_rows(GOOD_ROW, ["310", None, 1, 100, 10, None, None]), "rad 3, kolonne B («År»): året mangler"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, None, 10, None, None]), "kolonne D («Avtalte dagsverk»): avtalte dagsverk mangler"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, -100, 10, None, None]), "kan ikke være negativt"),
        (_sick_rows(GOOD_ROW, ["Ukjent sted", 2026, 1, 100, 10, None, None]), "fant ingen enhet eller ansvar som heter «Ukjent sted»"),
        ([["Enhet", "Måned", "Sykefravær %"], ["310", "2026-01", 6.5]],
         "overskriftsraden mangler kolonne for avtalte dagsverk"),
        ([["Enhet", "Avtalte dagsverk", "Tapte dagsverk"], ["310", 100, 5]],
         "overskriftsraden mangler kolonne for måned eller kvartal"),
        ([["Navn", "Telefon"], ["Ola", "123"]], "fant ingen overskriftsrad med kjente kolonnenavn for sykefravær"),
    ],
)  # fmt: skip
def test_bad_sick_leave_files_are_refused_whole(org_store: Store, rows: Rows, message: str) -> None:
    with pytest.raises(ImportRejected, match=re.escape(message)):
        import_sheet(org_store, "feil.xlsx", rows, kind="sickleave")
    assert read_sick_leave(org_store).empty
    assert org_store.value("SELECT count(*) FROM uploads") == 0


def test_every_bad_row_is_named_in_one_refusal(org_store: Store) -> None:
    rows = _sick_rows(GOOD_ROW, ["310", 2026, 1, 100, "mange", None, None],
                      ["430", 2026, 1, None, 10, None, None], ["220", 2026, 14, 100, 1, None, None])  # fmt: skip
    with pytest.raises(ImportRejected) as raised:
        import_sheet(org_store, "feil.xlsx", rows)
    lines = str(raised.value).splitlines()
    assert [line.split(":")[0].split(", ")[2] for line in lines] == ["rad 3", "rad 4", "rad 5"]


def test_a_budget_holder_may_import_only_their_own_units(org_store: Store) -> None:
    holder = Access("b", Role.BUDGET_HOLDER, frozenset({"310"}))
    both = _sick_rows(["310", 2026, 1, 100, 5, None, None], ["220", 2026, 1, 100, 5, None, None])
    with pytest.raises(AccessDenied):
        import_sheet(org_store, "f.xlsx", both, access=holder)
    assert read_sick_leave(org_store).empty
    import_sheet(
        org_store, "g.xlsx", _sick_rows(["3101", 2026, 1, 100, 5, None, None]), access=holder
    )
    assert read_sick_leave(org_store)["unit_code"].tolist() == ["3101"]


def test_the_preview_shows_what_is_stored_and_what_it_replaces(org_store: Store) -> None:
    first = import_sheet(org_store, "jan.xlsx", _sick_rows(["310", 2026, 1, 100, 5, None, None]))
    rows = _sick_rows(["310", 2026, 1, 100, 7, None, None], ["310", 2026, 2, 100, 6, None, None])
    preview = prepare_sheet(org_store, "jan-feb.xlsx", rows).preview
    assert preview.replaces == (first.upload_id,)
    assert preview.replaced.to_dict("records") == [
        {"Opplasting": str(first.upload_id), "Fil": "jan.xlsx", "Rader": 1, "Enheter": 1,
         "Fra": "01.2026", "Til": "01.2026"}
    ]  # fmt: skip
    assert preview.stored["Måneder"].tolist() == [2]
    assert preview.stored["Sykefravær %"].tolist() == [6.5]


def test_sick_leave_from_a_semicolon_csv(org_store: Store) -> None:
    text = (
        "Enhet;År;Måned;Avtalte dagsverk;Sykefravær %;Antall ansatte\n"
        "310 Dikšoruoktu;2026;1;1 200,0;7,5;60\n"
        "220;2026;2;400;5;20\n"
    )
    importer.import_file(
        org_store, Access.system(), text.encode("utf-8"), "fravær.csv", ImportOptions(), Settings()
    )
    assert stored(org_store)["lost_days"].tolist() == pytest.approx([90.0, 20.0])
