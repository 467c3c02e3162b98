"""The Kommunekompasset kind: three layouts of the reports, refusals, rights, exact undo."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.imports import importer
from analytics.kompass.evaluations import (
    AREA_SETS,
    AreaScore,
    Evaluation,
    read_evaluations,
    save_evaluation,
)
from analytics.store import Store
from tests.analytics.imports.files import Rows
from tests.analytics.imports.helpers import import_sheet, prepare_sheet

CLASSIC_HEADERS = ["1 Offentlighet og demokrati", "2 Tilgjengelighet", "3 Politisk styring",
                   "4 Lederskap", "5 Resultatfokus", "6 Arbeidsgiver", "7 Utviklingsstrategi",
                   "8 Samfunnsutvikler"]  # fmt: skip
BY_ROW = [["Dato", *CLASSIC_HEADERS, "Sum"],
          ["14.03.2019", 42, 38, 35, 37, 33, 40, 30, 35, 290],
          [dt.datetime(2022, 4, 21), 45, 41, 44, 43, 38, 36, 45, 43, 335]]  # fmt: skip


def totals(store: Store) -> list[tuple[dt.date, float]]:
    return [(e.evaluated_on, e.total) for e in read_evaluations(store)]


def test_a_row_per_evaluation(store: Store) -> None:
    result = import_sheet(store, "kompass.xlsx", BY_ROW)  # recognised without --kind
    assert result.preview.kind == "kompass" and result.preview.form == "by_row"
    assert "2 evalueringer: 14.03.2019, 21.04.2022" in result.summary()
    first, second = read_evaluations(store)
    assert (first.evaluated_on, first.total, first.version) == (
        dt.date(2019, 3, 14),
        290,
        "classic",
    )
    assert first.areas[0].name == "Offentlighet og demokrati"
    assert second.total == 335


def test_a_column_per_evaluation_as_in_the_reports(store: Store) -> None:
    rows: Rows = [["Kommunekompasset, Čáhppesvuona gielda"], [], ["Fokusområde", 2022, 2025]]
    scores_2022 = [45, 41, 44, 43, 38, 36, 45, 43]
    scores_2025 = [58, 50, 55, 56, 48, 47, 56, 50]
    names = list(AREA_SETS["2020"])
    rows = [*rows, *([n, a, b] for n, a, b in zip(names, scores_2022, scores_2025, strict=True))]
    rows.append(["Totalt", 335, 420])
    import_sheet(store, "rapport.xlsx", rows)
    evaluations = read_evaluations(store)
    assert [(e.evaluated_on, e.total, e.version) for e in evaluations] == [
        (dt.date(2022, 6, 30), 335, "2020"),
        (dt.date(2025, 6, 30), 420, "2020"),
    ]
    assert [a.name for a in evaluations[1].areas] == names


def test_a_row_per_area_with_numbers_only(store: Store) -> None:
    rows: Rows = [["Dato", "Nr", "Område", "Poeng"]]
    rows = [*rows, *(["15.05.2025", n, "", 50 + n] for n in range(1, 9))]
    import_sheet(store, "lang.xlsx", rows)
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
def test_rejections(store: Store, change: str, message: str) -> None:
    header: list[object] = ["Dato", *CLASSIC_HEADERS, "Sum"]
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
    with pytest.raises(ImportRejected, match=message):
        import_sheet(store, "k.xlsx", [header, row], kind="kompass")
    assert read_evaluations(store) == []


def test_every_bad_evaluation_is_named_in_one_refusal(store: Store) -> None:
    rows = [BY_ROW[0], ["14.03.2019", *[40] * 8, 300], ["21.04.2022", *[50] * 8, 401]]
    with pytest.raises(ImportRejected) as raised:
        import_sheet(store, "k.xlsx", rows)
    assert "rad 2: oppgitt sum 300" in str(raised.value)
    assert "rad 3: oppgitt sum 401" in str(raised.value)


@pytest.mark.parametrize(
    "access",
    [Access("v", Role.VIEWER, frozenset({"3"})), Access("b", Role.BUDGET_HOLDER, frozenset({"3"}))],
    ids=["viewer", "budget holder"],
)
def test_import_needs_programme_rights(store: Store, access: Access) -> None:
    with pytest.raises(AccessDenied):
        import_sheet(store, "k.xlsx", BY_ROW, access=access)
    assert read_evaluations(store) == []


def test_undo_restores_the_evaluation_it_replaced_on_the_same_date(store: Store) -> None:
    """The bug: undo removed the new evaluation and left the date without any."""
    day = dt.date(2019, 3, 14)
    areas = tuple(AreaScore(n + 1, name, 30.0) for n, name in enumerate(AREA_SETS["classic"]))
    save_evaluation(store, Access.system(), Evaluation(day, "classic", "for hånd", areas))
    assert totals(store) == [(day, 240.0)]
    preview = prepare_sheet(store, "kompass.xlsx", BY_ROW).preview
    assert preview.replaced["Sum poeng"].tolist() == ["240"]
    result = import_sheet(store, "kompass.xlsx", BY_ROW)
    assert totals(store) == [(day, 290.0), (dt.date(2022, 4, 21), 335.0)]
    message = importer.undo(store, Access.system(), result.upload_id)
    assert "Det den erstattet, gjelder igjen." in message
    assert totals(store) == [(day, 240.0)]
    assert read_evaluations(store)[0].note == "for hånd"


def test_a_budget_holder_may_not_undo_a_kompass_upload(store: Store) -> None:
    """The bug: undo checked only the ansvar of the coverage, which Kompass has none of."""
    result = import_sheet(store, "kompass.xlsx", BY_ROW)
    holder = Access("b", Role.BUDGET_HOLDER, frozenset({"310"}))
    with pytest.raises(AccessDenied):
        importer.undo(store, holder, result.upload_id)
    assert len(read_evaluations(store)) == 2
    assert importer.upload_history(store, holder).empty  # nor is it offered in the history
    leader = Access("l", Role.LEADER, frozenset({"3"}))
    assert importer.upload_history(store, leader)["may_undo"].tolist() == [True]
