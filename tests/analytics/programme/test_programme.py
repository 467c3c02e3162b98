"""The programme: risk factors and the matrix, validation of edited rows, milestones, measures."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.core.access import Access, Role, may_edit_programme
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.core.texts import texts_for, using_language
from analytics.programme.milestones import (
    MILESTONE_KIND_TABLE,
    MILESTONE_KINDS,
    clean_milestones,
    kind_word,
    load_milestones,
    milestone_kind,
    milestone_timeline,
    milestones_for_editing,
    save_milestones,
)
from analytics.programme.risks import (
    RISK_BANDS,
    clean_risks,
    load_risks,
    risk_band,
    risk_factor,
    risk_matrix,
    save_risks,
    with_factors,
)
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.workshop.overview import measures_by_owner
from tests.helpers import organisation

RISKS = pd.DataFrame(
    {
        "risk": ["Svømmehall stenges", "Lang saksbehandling", "Renhold ustabilt"],
        "probability": [3, 3, 4],
        "consequence": [5, 3, 3],
        "mitigation": ["Rehabilitering", "Digitale skjema", "Faste vikarer"],
        "owner": ["Sárá", "Heaika", "Ánde"],
    }
)


@pytest.mark.parametrize(
    ("probability", "consequence", "factor", "band"),
    [(1, 1, 1, "low"), (2, 2, 4, "low"), (1, 5, 5, "moderate"), (3, 3, 9, "moderate"),
     (2, 5, 10, "high"), (3, 5, 15, "high"), (4, 4, 16, "critical"), (5, 5, 25, "critical")],
)  # fmt: skip
def test_factor_is_probability_times_consequence(
    probability: int, consequence: int, factor: int, band: str
) -> None:
    assert risk_factor(probability, consequence) == factor
    assert risk_band(factor).key == band


def test_bands_cover_every_factor_once() -> None:
    covered = [f for band in RISK_BANDS for f in range(band.low, band.high + 1)]
    assert sorted(covered) == list(range(1, 26))


def test_with_factors_ranks_highest_first_and_numbers_them() -> None:
    ranked = with_factors(RISKS)
    assert ranked[["risk", "factor", "number"]].values.tolist() == [
        ["Svømmehall stenges", 15, 1],
        ["Renhold ustabilt", 12, 2],
        ["Lang saksbehandling", 9, 3],
    ]
    assert "factor" not in RISKS  # not mutated


def test_matrix_places_each_risk_in_its_cell() -> None:
    matrix = risk_matrix(RISKS)
    assert len(matrix) == 25
    cell = matrix.set_index(["probability", "consequence"])
    assert cell.loc[(3, 5), "numbers"] == "1"
    assert cell.loc[(4, 3), "numbers"] == "2"
    assert cell.loc[(3, 3), ["count", "factor", "band"]].tolist() == [1, 9, "moderate"]
    assert cell["count"].sum() == 3


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"risk": "", "probability": 2, "consequence": 2}, "rad 1, kolonne «risk»: risikoen mangler"),
        ({"risk": "x", "probability": 6, "consequence": 2}, "kolonne «probability»: ventet et heltall fra 1 til 5, fant «6»"),
        ({"risk": "x", "probability": 2.5, "consequence": 2}, "fant «2.5»"),
        ({"risk": "x", "probability": 2, "consequence": "høy"}, "kolonne «consequence»"),
        ({"risk": "x", "probability": 2, "consequence": 3, "factor": 5}, "oppgitt risikofaktor 5 stemmer ikke med sannsynlighet × konsekvens = 6"),
    ],
)  # fmt: skip
def test_clean_risks_rejects_bad_rows(row: dict[str, object], message: str) -> None:
    with pytest.raises(ImportRejected, match=message):
        clean_risks(pd.DataFrame([row]))


def test_clean_risks_skips_empty_rows_and_accepts_text_numbers() -> None:
    rows = pd.DataFrame(
        [{"risk": " Brann ", "probability": "3", "consequence": 4.0, "factor": "12"},
         {"risk": None, "probability": None, "consequence": None, "factor": None}]
    )  # fmt: skip
    cleaned = clean_risks(rows)
    assert cleaned.to_dict("records") == [
        {"risk": "Brann", "probability": 3, "consequence": 4, "mitigation": "", "owner": ""}
    ]


@pytest.mark.parametrize(
    ("word", "kind"),
    [("oppstart", "start"), ("Møte", "meeting"), ("status", "status"), ("Avslutning", "finish"),
     ("finish", "finish"), ("kaffe", None), ("S", "status"), ("O", "start"),
     ("A", "group_meeting"), ("p", "project_meeting"), ("F", "finish"),
     ("Arbeidsgruppemøte (A)", "group_meeting"), ("Statusmøte (S)", "status")],
)  # fmt: skip
def test_milestone_kinds_from_words(word: str, kind: str | None) -> None:
    assert milestone_kind(word) == kind


@pytest.mark.parametrize(
    ("word", "kind"),
    [("Álggaheapmi (O)", "start"), ("álggaheapmi", "start"), ("Čoahkkin", "meeting"),
     ("Bargojoavkku čoahkkin (A)", "group_meeting"), ("prošeaktajoavkku  čoahkkin", "project_meeting"),
     ("Stáhtusčoahkkin (S)", "status"), ("stáhtus", "status"), ("Gárvvis (F)", "finish"),
     ("Loahpaheapmi", "finish"), ("gáffe", None)],
)  # fmt: skip
def test_milestone_kinds_from_north_sami_words(word: str, kind: str | None) -> None:
    assert milestone_kind(word) == kind


@pytest.mark.parametrize("language", ["nb", "se"])
def test_every_kinds_label_reads_back_whatever_the_language_now(language: str) -> None:
    """A plan edited in one language is saved by a person (or a run) in the other."""
    for kind in MILESTONE_KINDS:
        with using_language(language):
            label = kind_word(kind)
        for reader in ("nb", "se"):
            with using_language(reader):
                assert milestone_kind(label) == kind, (label, reader)


def test_no_milestone_word_means_two_kinds() -> None:
    """Each word, letter and label of a kind reads as that kind, in every language (a word
    declared for two kinds would read as only one of them)."""
    wrong = [
        (word, kind.key)
        for kind in MILESTONE_KIND_TABLE
        for word in (*kind.words, kind.letter, *texts_for(f"milestone.{kind.key}").values())
        if word and milestone_kind(word) != kind.key
    ]
    assert wrong == []


def test_a_plan_edited_in_north_sami_is_saved_in_bokmal(store: Store, today: dt.date) -> None:
    plan = pd.DataFrame(
        [{"working_group": "Skuvla", "year": today.year, "week": 10, "kind": "finish",
          "description": "Loahpparaporta"}]
    )  # fmt: skip
    save_milestones(store, Access.system(), plan)
    with using_language("se"):
        editable = milestones_for_editing(load_milestones(store))
    assert editable["kind"].tolist() == ["Gárvvis (F)"]
    with using_language("nb"):
        save_milestones(store, Access.system(), editable.assign(week=11))
    assert load_milestones(store)[["week", "kind"]].values.tolist() == [[11, "finish"]]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"working_group": "", "year": 2026, "week": 5, "kind": "møte"}, "arbeidsgruppe mangler"),
        ({"working_group": "Brann", "year": 2026, "week": 54, "kind": "møte"}, "ukenummer fra 1 til 53, fant «54»"),
        ({"working_group": "Brann", "year": 2025, "week": 53, "kind": "møte"}, "fant «53»"),
        ({"working_group": "Brann", "year": "i fjor", "week": 5, "kind": "møte"}, "ventet et årstall"),
        ({"working_group": "Brann", "year": 2026, "week": 5, "kind": "fest"}, "ukjent type «fest»"),
    ],
)  # fmt: skip
def test_clean_milestones_rejects_bad_rows(row: dict[str, object], message: str) -> None:
    with pytest.raises(ImportRejected, match=message):
        clean_milestones(pd.DataFrame([row]))


def test_week_53_exists_only_in_long_years() -> None:
    # 2026 starts on a Thursday, so it has 53 ISO weeks; 2025 has 52 (see the case above).
    row = {"working_group": "Brann", "year": 2026, "week": 53, "kind": "status"}
    assert clean_milestones(pd.DataFrame([row]))["week"].tolist() == [53]


def test_timeline_dates_are_the_mondays_of_the_iso_weeks() -> None:
    plan = clean_milestones(
        pd.DataFrame(
            [{"working_group": "Renhold", "year": 2026, "week": 1, "kind": "oppstart"},
             {"working_group": "Brann", "year": 2025, "week": 52, "kind": "avslutning"}]
        )
    )  # fmt: skip
    timeline = milestone_timeline(plan)
    assert timeline["date"].tolist() == [dt.date(2025, 12, 22), dt.date(2025, 12, 29)]
    assert timeline["kind"].tolist() == ["finish", "start"]


def test_save_and_edit_round_trip(store: Store) -> None:
    assert save_risks(store, Access.system(), RISKS) == 3
    assert load_risks(store)["factor"].tolist() == [15, 12, 9]
    plan = pd.DataFrame(
        [
            {
                "working_group": "Svømmehall",
                "year": 2026,
                "week": 10,
                "kind": "start",
                "description": "",
            }
        ]
    )
    save_milestones(store, Access.system(), plan)
    editable = milestones_for_editing(load_milestones(store))
    assert editable["kind"].tolist() == ["Oppstart (O)"]
    save_milestones(store, Access.system(), editable)
    assert load_milestones(store)["kind"].tolist() == ["start"]


def test_a_bad_edit_stores_nothing_and_viewers_may_not_save(store: Store) -> None:
    save_risks(store, Access.system(), RISKS)
    with pytest.raises(ImportRejected):
        save_risks(store, Access.system(), RISKS.assign(probability=[1, 2, 9]))
    viewer = Access("v", Role.VIEWER, frozenset({"1"}))
    assert not may_edit_programme(viewer) and may_edit_programme(Access.system())
    with pytest.raises(AccessDenied):
        save_risks(store, viewer, RISKS)
    assert len(load_risks(store)) == 3


def test_measures_by_owner_and_deadline_within_access(store: Store) -> None:
    replace_organisation(
        store,
        organisation(
            ('3100', 'Sykehjem', '310', 'Dikšoruoktu', '3', 'Helse'),
            ('2100', 'Skole', '210', 'Skuvla', '2', 'Oppvekst'),
        ),
    )  # fmt: skip
    for unit, owner, deadline, status in [
        ("310", "Máret", "2026-03-01", "started"),
        ("310", "Áile", "2026-12-01", "planned"),
        ("210", "Áile", "2026-01-15", "done"),
    ]:
        store.rows(
            "INSERT INTO measures (unit_code, title, owner, deadline, status, created_year, "
            "created_month, created_by, created_at) VALUES (?, 'Tiltak', ?, ?, ?, 2026, 1, 't', now())",
            [unit, owner, deadline, status],
        )
    everyone = measures_by_owner(store, Access.system(), dt.date(2026, 6, 1))
    assert everyone[["owner", "unit_name", "overdue"]].values.tolist() == [
        ["Áile", "Skuvla", False],  # Á sorts with A; done measures are never overdue
        ["Áile", "Dikšoruoktu", False],
        ["Máret", "Dikšoruoktu", True],
    ]
    holder = Access("b", Role.BUDGET_HOLDER, frozenset({"310"}))
    assert measures_by_owner(store, holder, dt.date(2026, 6, 1))["unit_name"].tolist() == [
        "Dikšoruoktu",
        "Dikšoruoktu",
    ]
