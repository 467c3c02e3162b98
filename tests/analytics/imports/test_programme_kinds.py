"""Importing the programme's files: sick leave, Kommunekompasset, risks and milestones.

Every file is an xlsx written by the test into tmp_path, in the layouts real exports use.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected, UserError
from analytics.imports.programme_kinds import import_file, parse_period
from analytics.kompass.evaluations import read_evaluations
from analytics.programme.milestones import load_milestones
from analytics.programme.risks import load_risks
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.store.programme import read_sick_leave

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
SYSTEM = Access.system()


@pytest.fixture
def org_store(store: Store) -> Store:
    replace_organisation(store, ORGANISATION)
    return store


def xlsx(tmp_path: Path, name: str, rows: list[list[object]], sheet: str = "Ark1") -> bytes:
    """Writes the rows to tmp_path/name as a workbook and returns its bytes."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path.read_bytes()


def stored(store: Store) -> pd.DataFrame:
    return read_sick_leave(store).set_index(["year", "month", "unit_code"]).sort_index()


# --- sick leave ---------------------------------------------------------------------------------


def test_bokmal_export_with_title_block_names_and_sum_row(org_store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "sykefravær.xlsx",
        [
            ["Sykefraværsstatistikk 2026"],
            ["Utskrevet 05.11.2026"],
            [],
            ["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk", "Egenmeldt",
             "Legemeldt", "Antall ansatte"],
            ["310 Dikšoruoktu", 2026, "januar", "1 000,5", 80, 20, 60, 45],
            ["2200 Kárášjoga skuvla", 2026, "februar", 400, "12,5", None, None, 20],
            ["Sum", None, None, 1400.5, 92.5, None, None, 65],
        ],
        sheet="Fravær",
    )  # fmt: skip
    summary = import_file(org_store, SYSTEM, "sickleave", "sykefravær.xlsx", data, "anne")
    assert summary == "Importerte 2 rader sykefravær for 2 enheter, 01.2026–02.2026."
    rows = stored(org_store)
    assert rows.loc[
        (2026, 1, "310"), ["agreed_days", "lost_days", "self_cert_days", "headcount"]
    ].tolist() == [1000.5, 80.0, 20.0, 45.0]
    assert rows.loc[(2026, 2, "2200"), "lost_days"] == 12.5
    upload = org_store.rows("SELECT kind, file_name, uploaded_by, row_count FROM uploads")
    assert upload == [("sickleave", "sykefravær.xlsx", "anne", 2)]
    assert org_store.value("SELECT count(*) FROM audit_log WHERE action = 'upload'") == 1


def test_nynorsk_headers_and_year_month_periods(org_store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "sjukefråvær.xlsx",
        [
            ["Eining", "Einingsnamn", "Månad", "Avtalte dagsverk", "Eigenmeldt fråvær",
             "Legemeldt fråvær", "Korttidsfråvær", "Langtidsfråvær", "Tal tilsette"],
            ["430", "Svømmehallen", "2025-11", 200, 4, 10, 5, 9, 9],
            ["430", "Svømmehallen", "12.2025", 190, 2, 8, 3, 7, 9],
        ],
    )  # fmt: skip
    import_file(org_store, SYSTEM, "sickleave", "sjukefråvær.xlsx", data, "per")
    rows = stored(org_store)
    assert rows.index.tolist() == [(2025, 11, "430"), (2025, 12, "430")]
    # No total column: the total is egenmeldt + legemeldt.
    assert rows["lost_days"].tolist() == [14.0, 10.0]
    assert rows["short_days"].tolist() == [5.0, 3.0]


def test_hr_percentages_are_weighted_by_agreed_days(org_store: Store, tmp_path: Path) -> None:
    # Cells formatted as % in Excel arrive as fractions: 0.08 is 8 %.
    data = xlsx(
        tmp_path,
        "hr.xlsx",
        [
            ["Ansvar", "Periode", "Mulige dagsverk", "Sykefravær %", "Egenmeldt %", "Legemeldt %"],
            ["3100", "jan 2026", 500, 0.08, 0.02, 0.06],
            ["3101", "jan 2026", 250, 0.04, 0.01, 0.03],
        ],
    )  # fmt: skip
    import_file(org_store, SYSTEM, "sickleave", "hr.xlsx", data, "hr")
    rows = stored(org_store)
    assert rows["lost_days"].tolist() == pytest.approx([40.0, 10.0])
    assert rows["self_cert_days"].tolist() == pytest.approx([10.0, 2.5])


def test_percent_written_as_text(org_store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "hr.xlsx",
        [["Enhet", "År", "Mnd", "Avtalte dagsverk", "Sykefravær"], ["310", 2026, 3, 1000, "6,5 %"]],
    )
    import_file(org_store, SYSTEM, "sickleave", "hr.xlsx", data, "hr")
    assert stored(org_store)["lost_days"].tolist() == pytest.approx([65.0])


def test_ansvar_column_wins_over_the_unit_column(org_store: Store, tmp_path: Path) -> None:
    # Two columns: the unit and, finer, the ansvar (with its name in an "(T)" column).
    data = xlsx(
        tmp_path,
        "ansvar.xlsx",
        [["Enhet", "Ansvar", "Ansvar(T)", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk"],
         ["310", "3100", "Langtid", 2026, 1, 500, 40],
         ["310", "3101", "Korttid", 2026, 1, 250, 10]],
    )  # fmt: skip
    import_file(org_store, SYSTEM, "sickleave", "ansvar.xlsx", data, "x")
    assert read_sick_leave(org_store)["unit_code"].tolist() == ["3100", "3101"]


def test_quarters_are_spread_over_their_months(org_store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "kvartal.xlsx",
        [["Enhet", "År", "Kvartal", "Avtalte dagsverk", "Tapte dagsverk", "Antall ansatte"],
         ["220", 2026, "K2", 3000, 240, 50]],
    )  # fmt: skip
    import_file(org_store, SYSTEM, "sickleave", "kvartal.xlsx", data, "x")
    rows = stored(org_store)
    assert rows.index.get_level_values("month").tolist() == [4, 5, 6]
    assert rows["agreed_days"].tolist() == pytest.approx([1000.0] * 3)
    assert rows["lost_days"].tolist() == pytest.approx([80.0] * 3)
    assert rows["headcount"].tolist() == [50.0] * 3


@pytest.mark.parametrize(
    ("value", "quarter_column", "expected"),
    [
        (3, False, (None, 3, None)), ("mars", False, (None, 3, None)),
        ("2026-03", False, (2026, 3, None)), ("03.2026", False, (2026, 3, None)),
        ("mars 2026", False, (2026, 3, None)), (202603, False, (2026, 3, None)),
        (dt.datetime(2026, 3, 1), False, (2026, 3, None)),
        (2, True, (None, None, 2)), ("K1", False, (None, None, 1)), ("Q4", False, (None, None, 4)),
        ("1. kvartal", False, (None, None, 1)), ("2026-K3", False, (2026, None, 3)),
        ("13", False, None), ("vår", False, None), (5, True, None),
    ],
)  # fmt: skip
def test_parse_period(value: object, quarter_column: bool, expected: tuple | None) -> None:
    period = parse_period(value, quarter_column)
    assert (None if period is None else (period.year, period.month, period.quarter)) == expected


def _sick_rows(*rows: list[object]) -> list[list[object]]:
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
        (_sick_rows(GOOD_ROW, ["310", None, 1, 100, 10, None, None]), "rad 3, kolonne B («År»): året mangler"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, None, 10, None, None]), "kolonne D («Avtalte dagsverk»): avtalte dagsverk mangler"),
        (_sick_rows(GOOD_ROW, ["310", 2026, 1, -100, 10, None, None]), "kan ikke være negativt"),
        (_sick_rows(GOOD_ROW, ["Ukjent sted", 2026, 1, 100, 10, None, None]), "fant ingen enhet eller ansvar som heter «Ukjent sted»"),
        ([["Enhet", "Måned", "Sykefravær %"], ["310", "2026-01", 6.5]],
         "overskriftsraden mangler kolonne for avtalte dagsverk"),
        ([["Enhet", "Avtalte dagsverk", "Tapte dagsverk"], ["310", 100, 5]],
         "overskriftsraden mangler kolonne for måned eller kvartal"),
        ([["Navn", "Telefon"], ["Ola", "123"]], "fant ingen overskriftsrad"),
    ],
)  # fmt: skip
def test_bad_sick_leave_files_are_refused_whole(
    org_store: Store, tmp_path: Path, rows: list[list[object]], message: str
) -> None:
    data = xlsx(tmp_path, "feil.xlsx", rows)
    with pytest.raises(ImportRejected, match=re.escape(message)):
        import_file(org_store, SYSTEM, "sickleave", "feil.xlsx", data, "x")
    assert read_sick_leave(org_store).empty
    assert org_store.value("SELECT count(*) FROM uploads") == 0


def test_a_budget_holder_may_not_import_other_units(org_store: Store, tmp_path: Path) -> None:
    data = xlsx(tmp_path, "f.xlsx", _sick_rows(["310", 2026, 1, 100, 5, None, None],
                                               ["220", 2026, 1, 100, 5, None, None]))  # fmt: skip
    holder = Access("b", Role.BUDGET_HOLDER, frozenset({"310"}))
    with pytest.raises(AccessDenied):
        import_file(org_store, holder, "sickleave", "f.xlsx", data, "b")
    assert read_sick_leave(org_store).empty
    own = xlsx(tmp_path, "g.xlsx", _sick_rows(["3101", 2026, 1, 100, 5, None, None]))
    import_file(org_store, holder, "sickleave", "g.xlsx", own, "b")
    assert read_sick_leave(org_store)["unit_code"].tolist() == ["3101"]


def test_not_a_spreadsheet_and_unknown_kind(org_store: Store) -> None:
    with pytest.raises(ImportRejected, match=re.escape("«tull.xlsx»")):
        import_file(org_store, SYSTEM, "sickleave", "tull.xlsx", b"%PDF-1.4 not a workbook", "x")
    with pytest.raises(UserError, match="Ukjent importtype «lønn»"):
        import_file(org_store, SYSTEM, "lønn", "a.xlsx", b"", "x")


# --- Kommunekompasset ---------------------------------------------------------------------------

CLASSIC_HEADERS = ["1 Offentlighet og demokrati", "2 Tilgjengelighet", "3 Politisk styring",
                   "4 Lederskap", "5 Resultatfokus", "6 Arbeidsgiver", "7 Utviklingsstrategi",
                   "8 Samfunnsutvikler"]  # fmt: skip


def test_kompass_a_row_per_evaluation(store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "kompass.xlsx",
        [["Dato", *CLASSIC_HEADERS, "Sum"],
         ["14.03.2019", 42, 38, 35, 37, 33, 40, 30, 35, 290],
         [dt.datetime(2022, 4, 21), 45, 41, 44, 43, 38, 36, 45, 43, 335]],
    )  # fmt: skip
    summary = import_file(store, SYSTEM, "kompass", "kompass.xlsx", data, "x")
    assert summary == "Importerte 2 evalueringer av Kommunekompasset: 14.03.2019, 21.04.2022."
    first, second = read_evaluations(store)
    assert (first.evaluated_on, first.total, first.version) == (
        dt.date(2019, 3, 14),
        290,
        "classic",
    )
    assert first.areas[0].name == "Offentlighet og demokrati"
    assert second.total == 335


def test_kompass_a_column_per_evaluation_as_in_the_reports(store: Store, tmp_path: Path) -> None:
    rows = [["Kommunekompasset, Čáhppesvuona gielda"], [], ["Fokusområde", 2022, 2025]]
    scores_2022 = [45, 41, 44, 43, 38, 36, 45, 43]
    scores_2025 = [58, 50, 55, 56, 48, 47, 56, 50]
    names = ["Samfunnsutvikling", "Demokrati og åpenhet", "Tilgjengelighet og brukerorientering",
             "Styring og kontroll", "Effektivitet", "Kvalitetsutvikling",
             "Lederskap og medarbeiderskap", "Kommunen som arbeidsgiver"]  # fmt: skip
    rows += [[n, a, b] for n, a, b in zip(names, scores_2022, scores_2025, strict=True)]
    rows.append(["Totalt", 335, 420])
    import_file(store, SYSTEM, "kompass", "rapport.xlsx", xlsx(tmp_path, "rapport.xlsx", rows), "x")
    evaluations = read_evaluations(store)
    assert [(e.evaluated_on, e.total, e.version) for e in evaluations] == [
        (dt.date(2022, 6, 30), 335, "2020"),
        (dt.date(2025, 6, 30), 420, "2020"),
    ]
    assert [a.name for a in evaluations[1].areas] == names


def test_kompass_a_row_per_area_with_numbers_only(store: Store, tmp_path: Path) -> None:
    rows = [["Dato", "Nr", "Område", "Poeng"]]
    rows += [["15.05.2025", n, "", 50 + n] for n in range(1, 9)]
    import_file(store, SYSTEM, "kompass", "lang.xlsx", xlsx(tmp_path, "lang.xlsx", rows), "x")
    (evaluation,) = read_evaluations(store)
    assert evaluation.total == 436
    assert evaluation.areas[4].name == "Effektivitet"  # the 2020 default name for area 5


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("ninth", "åtte områder, men fant 9 \\(det niende er «Ekstra»\\)"),
        ("total", "rad 2: oppgitt sum 300 stemmer ikke med summen av områdene, 290"),
        ("range", "rad 2, kolonne C \\(«2 Tilgjengelighet»\\): poeng for «2 Tilgjengelighet» må være mellom 0 og 100, fant 138"),
        ("date", "kolonne A \\(«Dato»\\): ventet en dato"),
    ],
)  # fmt: skip
def test_kompass_rejections(store: Store, tmp_path: Path, change: str, message: str) -> None:
    header = ["Dato", *CLASSIC_HEADERS, "Sum"]
    row: list[object] = ["14.03.2019", 42, 38, 35, 37, 33, 40, 30, 35, 290]
    if change == "ninth":
        header.insert(9, "Ekstra")
        row.insert(9, 10)
        row[-1] = 300
    elif change == "total":
        row[-1] = 300
    elif change == "range":
        row[2] = 138
    else:
        row[0] = "i fjor"
    data = xlsx(tmp_path, "k.xlsx", [header, row])
    with pytest.raises(ImportRejected, match=message):
        import_file(store, SYSTEM, "kompass", "k.xlsx", data, "x")
    assert read_evaluations(store) == []


def test_kompass_import_needs_programme_rights(store: Store, tmp_path: Path) -> None:
    data = xlsx(tmp_path, "k.xlsx", [["Dato", *CLASSIC_HEADERS], ["2019", *[40] * 8]])
    with pytest.raises(AccessDenied):
        import_file(store, Access("v", Role.VIEWER), "kompass", "k.xlsx", data, "v")


# --- risks and milestones ------------------------------------------------------------------------


def test_risks_nynorsk_with_factor_column(store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "risiko.xlsx",
        [["Risikovurdering Fremtidens kommune"],
         ["Nr", "Risiko", "S", "K", "RF", "Risikoreduserande tiltak", "Ansvarleg"],
         [1, "Svømmehallen må stengjast", 3, 5, 15, "Tilstandsvurdering", "Sárá Ŋuolla"],
         [2, "Lang sakshandsaming", "2", "3", 6, "Digitale skjema", "Heaika"]],
    )  # fmt: skip
    assert import_file(store, SYSTEM, "risks", "risiko.xlsx", data, "x") == (
        "Importerte risikoregisteret: 2 risikoer."
    )
    risks = load_risks(store)
    assert risks[["risk", "factor", "owner"]].values.tolist() == [
        ["Svømmehallen må stengjast", 15, "Sárá Ŋuolla"],
        ["Lang sakshandsaming", 6, "Heaika"],
    ]


def test_risk_with_a_wrong_factor_is_refused(store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "risiko.xlsx",
        [["Risiko", "Sannsynlighet", "Konsekvens", "Risikofaktor"], ["Brann", 3, 4, 12],
         ["Flom", 2, 2, 5]],
    )  # fmt: skip
    with pytest.raises(
        ImportRejected, match="rad 3, kolonne D \\(«Risikofaktor»\\): oppgitt risikofaktor 5"
    ):
        import_file(store, SYSTEM, "risks", "risiko.xlsx", data, "x")
    assert load_risks(store).empty


def test_milestones_with_the_year_in_the_title(store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "plan.xlsx",
        [["Milepælsplan 2026"], [],
         ["Arbeidsgruppe", "Veke", "Type", "Skildring"],
         ["Renhold", 6, "Oppstart", "Første møte"],
         ["Renhold", 10, "møte", ""],
         ["Svømmehall", 22, "avslutning", "Sluttrapport"]],
    )  # fmt: skip
    summary = import_file(store, SYSTEM, "milestones", "plan.xlsx", data, "x")
    assert summary == "Importerte milepælsplanen: 3 milepæler for 2 arbeidsgrupper."
    plan = load_milestones(store)
    assert plan[["working_group", "year", "week", "kind"]].values.tolist() == [
        ["Renhold", 2026, 6, "start"],
        ["Renhold", 2026, 10, "meeting"],
        ["Svømmehall", 2026, 22, "finish"],
    ]


def test_milestone_with_an_unknown_kind_is_refused(store: Store, tmp_path: Path) -> None:
    data = xlsx(
        tmp_path,
        "plan.xlsx",
        [["Arbeidsgruppe", "År", "Uke", "Type"], ["Brann", 2026, 5, "oppstart"],
         ["Brann", 2026, 9, "julebord"]],
    )  # fmt: skip
    with pytest.raises(
        ImportRejected, match="rad 3, kolonne D \\(«Type»\\): ukjent type «julebord»"
    ):
        import_file(store, SYSTEM, "milestones", "plan.xlsx", data, "x")
    assert load_milestones(store).empty


def test_sick_leave_from_a_semicolon_csv(org_store: Store) -> None:
    text = (
        "Enhet;År;Måned;Avtalte dagsverk;Sykefravær %;Antall ansatte\n"
        "310 Dikšoruoktu;2026;1;1 200,0;7,5;60\n"
        "220;2026;2;400;5;20\n"
    )
    import_file(org_store, SYSTEM, "sickleave", "fravær.csv", text.encode("utf-8"), "x")
    rows = stored(org_store)
    assert rows["lost_days"].tolist() == pytest.approx([90.0, 20.0])
