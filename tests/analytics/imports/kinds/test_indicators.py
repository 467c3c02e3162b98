"""The indicator kinds: the long format, 10-FAKTOR, user surveys, case times and KOSTRA from
files the test writes, each read back with statuses the test works out by hand; the goal tree
with its indicators; refusals, the same-file check, undo and access per unit."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.core.names import Status
from analytics.goals.data import read_indicator_data
from analytics.goals.tree import goals_from_frames
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.store import Store
from analytics.store.goals import read_goal_indicators, read_goals, read_targets, read_values
from analytics.store.organisation import replace_organisation
from tests.analytics.imports.helpers import SETTINGS, import_sheet, prepare_sheet

ORGANISATION = pd.DataFrame(
    {
        "ansvar": ["3100", "3101", "2200", "4300", "4400"],
        "ansvar_name": ["Langtid", "Korttid", "Kárášjoga skuvla", "Brann", "Byggesak"],
        "unit_code": ["310", "310", "220", "430", "440"],
        "unit_name": ["Sykehjemmet", "Sykehjemmet", "Kárášjoga skuvla", "Brannvesenet",
                      "Byggesak"],
        "sector_code": ["3", "3", "2", "4", "4"],
        "sector_name": ["Helse", "Helse", "Oppvekst", "Teknisk", "Teknisk"],
    }
)  # fmt: skip
DIRECTOR = Access("dina", Role.DIRECTOR)
YEAR = 2025


@pytest.fixture
def org_store(store: Store) -> Store:
    replace_organisation(store, ORGANISATION)
    return store


def statuses(
    store: Store, year: int = YEAR, access: Access = DIRECTOR
) -> dict[tuple[str, str], Status]:
    data = read_indicator_data(store, access, year)
    return {(item.indicator.key, item.unit_code): item.status for item in data.statuses(year)}


def light(value: float, target: float, higher: bool, band: float) -> Status:
    """The rule worked out by hand: green on the right side, yellow within the band, red beyond."""
    gap = round((target - value) if higher else (value - target), 9)
    if gap <= 0:
        return Status.GREEN
    return Status.YELLOW if gap <= band else Status.RED


def test_long_format_with_directions_limits_and_periods(org_store: Store) -> None:
    rows = [
        ["Indikator", "Enhet", "År", "Periode", "Verdi", "Mål", "Retning", "Måleenhet",
         "Rød grense"],
        ["Andel elever som trives", "220 Kárášjoga skuvla", YEAR, "T1", 81, 85,
         "høyere er bedre", "%", 80],
        ["Andel elever som trives", "220 Kárášjoga skuvla", YEAR, "T2", 79.5, 85,
         "høyere er bedre", "%", 80],
        ["Ventetid sykehjemsplass", "Sykehjemmet", YEAR, "", 12, 14, "lavere er bedre",
         "dager", None],
    ]  # fmt: skip
    result = import_sheet(org_store, "indikatorer.xlsx", rows, kind="indicators", access=DIRECTOR)
    assert result.preview.form == "long"
    found = statuses(org_store)
    # T2 (the latest period) counts: 79,5 below the red limit 80 → red
    assert found[("andel_elever_som_trives", "220")] is Status.RED
    assert found[("ventetid_sykehjemsplass", "310")] is light(12, 14, False, 0)
    data = read_indicator_data(org_store, DIRECTOR, YEAR)
    item = data.status("andel_elever_som_trives", "220", YEAR)
    assert (
        item.assessment.reason == "79,5 % er 5,5 prosentpoeng under målet 85,0 %. Rødt fra 80,0 %."
    )
    assert item.period_text == "2. tertial 2025"


def test_ks10_wide_with_national_row(org_store: Store) -> None:
    factors = ["Indre motivasjon", "Mestringstro", "Autonomi", "Bruk av kompetanse",
               "Mestringsorientert ledelse", "Rolleklarhet", "Relevant kompetanseutvikling",
               "Fleksibilitetsvilje", "Mestringsklima", "Prosessorientert ledelse"]  # fmt: skip
    norway = [4.4, 4.3, 4.0, 4.2, 4.0, 4.3, 3.9, 4.3, 4.1, 3.9]
    school = [4.5, 4.1, 4.2, 4.1, 3.7, 4.3, 3.8, 4.4, 4.2, 3.95]
    rows = [
        [f"10-FAKTOR medarbeiderundersøkelse {YEAR}"],
        ["Enhet", *factors],
        ["Kárášjoga skuvla", *school],
        ["Norge", *norway],
    ]
    result = import_sheet(org_store, "10faktor.xlsx", rows, access=DIRECTOR)
    assert result.preview.kind == "indicators" and result.preview.form == "employee_survey"
    found = statuses(org_store)
    keys = ["indre_motivasjon", "mestringstro", "autonomi", "bruk_av_kompetanse",
            "mestringsorientert_ledelse", "rolleklarhet", "relevant_kompetanseutvikling",
            "fleksibilitetsvilje", "mestringsklima", "prosessorientert_ledelse"]  # fmt: skip
    for key, mine, national in zip(keys, school, norway, strict=True):
        assert found[(f"ks10.{key}", "220")] is light(mine, national, True, 0.2), key
    values = read_values(org_store, ["220"])
    assert sorted(values["reference"].round(2)) == sorted(norway) and len(values) == 10


def test_ks10_long_refuses_score_outside_the_scale(org_store: Store) -> None:
    rows = [
        ["Enhet", "År", "Faktor", "Snitt", "Snitt Norge"],
        ["Sykehjemmet", YEAR, "Autonomi", 5.6, 4.0],
        ["Sykehjemmet", YEAR, "Ukjent faktor", 4.0, 4.0],
    ]
    with pytest.raises(ImportRejected) as refused:
        import_sheet(org_store, "10f.xlsx", rows, kind="indicators", access=DIRECTOR)
    message = str(refused.value)
    assert "rad 2" in message and "1–5" in message and "rad 3" in message  # both at once


def test_user_survey_against_the_national_average(org_store: Store) -> None:
    rows = [
        ["Tjeneste", "Spørsmål", "Enhet", "År", "Snitt", "Snitt Norge", "Antall svar"],
        ["Sykehjem", "Trivsel", "Sykehjemmet", YEAR, 4.9, 5.0, 40],
        ["Sykehjem", "Respektfull behandling", "Sykehjemmet", YEAR, 5.4, 5.2, 40],
        ["Sykehjem", "Mat", "Sykehjemmet", YEAR, 4.1, 4.8, 38],
    ]
    import_sheet(org_store, "bedrekommune.xlsx", rows, access=DIRECTOR)
    found = statuses(org_store)
    assert found[("bruker.sykehjem.trivsel", "310")] is light(4.9, 5.0, True, 0.3)
    assert found[("bruker.sykehjem.respektfull_behandling", "310")] is Status.GREEN
    assert found[("bruker.sykehjem.mat", "310")] is Status.RED


def test_case_times_share_within_the_legal_deadline(org_store: Store) -> None:
    rows = [
        ["Sakstype", "Enhet", "År", "Tertial", "Antall vedtak", "Innen frist", "Frist",
         "Behandlingstid (dager)"],
        ["Byggesak med ansvarsrett", "Byggesak", YEAR, 2, 40, 38, "12 uker", 55],
        ["Tilsyn særskilte brannobjekter", "Brannvesenet", YEAR, 2, 20, 17, "1 år", None],
    ]  # fmt: skip
    import_sheet(org_store, "saksbehandling.xlsx", rows, access=DIRECTOR)
    found = statuses(org_store)
    assert found[("saker.byggesak_med_ansvarsrett", "440")] is light(95.0, 100, True, 10)
    assert found[("saker.tilsyn_særskilte_brannobjekter", "430")] is light(85.0, 100, True, 10)
    assert found[("saker.byggesak_med_ansvarsrett.dager", "440")] is Status.NONE  # no target


KOSTRA_CSV = (
    '"12134: Utvalgte nøkkeltall for kommuneregnskapet, etter region, statistikkvariabel, år '
    'og regnskapsomfang"\n\n'
    '"region";"statistikkvariabel";"år";"regnskapsomfang";"Utvalgte nøkkeltall"\n'
    '"5601 Čáhppesvuotna";"Netto driftsresultat i prosent av brutto driftsinntekter (prosent)";'
    '"2024";"Kommunekasse";-1,2\n'
    '"5601 Čáhppesvuotna";"Netto driftsresultat i prosent av brutto driftsinntekter (prosent)";'
    '"2024";"Konsern";0,4\n'
    '"EKG16 Kostragruppe 16";"Netto driftsresultat i prosent av brutto driftsinntekter (prosent)";'
    '"2024";"Kommunekasse";2,1\n'
    '"EAK Landet";"Netto driftsresultat i prosent av brutto driftsinntekter (prosent)";'
    '"2024";"Kommunekasse";"."\n'
)


def test_kostra_statbank_csv_keeps_region_and_accounts_scope(org_store: Store) -> None:
    result = importer.import_file(
        org_store, DIRECTOR, KOSTRA_CSV.encode("utf-8"), "12134.csv", ImportOptions(), SETTINGS
    )
    assert result.preview.form == "kostra"
    values = read_values(org_store).set_index(["region", "accounts_scope"])
    assert values.loc[("5601", "kommunekasse"), "value"] == -1.2
    assert values.loc[("5601", "kommunekasse"), "unit_code"] == "kommune"
    assert values.loc[("5601", "konsern"), "value"] == 0.4
    assert values.loc[("EKG16", "kommunekasse"), "unit_code"] == ""  # a comparison
    assert ("EAK", "kommunekasse") not in values.index  # «.»: no figure
    assert set(values["year"]) == {2024}


def test_kostra_foreign_file_refused_clearly(org_store: Store) -> None:
    foreign = '"region";"statistikkvariabel";"år";"tall"\n"5601 X";"Noe (prosent)";"2024";"abc"\n'
    with pytest.raises(ImportRejected, match="abc"):
        importer.import_file(org_store, DIRECTOR, foreign.encode(), "ssb.csv",
                             ImportOptions("indicators"), SETTINGS)  # fmt: skip
    nothing = "a;b;c\n1;2;3\n"
    with pytest.raises(ImportRejected):
        importer.import_file(org_store, DIRECTOR, nothing.encode(), "x.csv",
                             ImportOptions("indicators"), SETTINGS)  # fmt: skip
    assert read_values(org_store).empty


def test_same_file_twice_and_undo(org_store: Store) -> None:
    rows = [["Indikator", "Enhet", "År", "Verdi", "Mål"], ["Frammøte", "Byggesak", YEAR, 90, 95]]
    first = import_sheet(org_store, "a.xlsx", rows, kind="indicators", access=DIRECTOR)
    again = import_sheet(org_store, "a.xlsx", rows, kind="indicators", access=DIRECTOR)
    assert again.already_stored and again.upload_id == first.upload_id
    newer = [["Indikator", "Enhet", "År", "Verdi", "Mål"], ["Frammøte", "Byggesak", YEAR, 97, 95]]
    second = import_sheet(org_store, "b.xlsx", newer, kind="indicators", access=DIRECTOR)
    assert second.replaced == (first.upload_id,)
    assert read_values(org_store)["value"].tolist() == [97.0]
    importer.undo(org_store, DIRECTOR, second.upload_id)
    assert read_values(org_store)["value"].tolist() == [90.0]
    assert read_targets(org_store)["target"].tolist() == [95.0]


def test_access_per_unit(org_store: Store) -> None:
    holder = Access("bo", Role.BUDGET_HOLDER, frozenset({"440"}))
    mine = [["Indikator", "Enhet", "År", "Verdi"], ["Frammøte", "Byggesak", YEAR, 90]]
    import_sheet(org_store, "mine.xlsx", mine, kind="indicators", access=holder)
    theirs = [["Indikator", "Enhet", "År", "Verdi"], ["Frammøte", "Brannvesenet", YEAR, 80]]
    with pytest.raises(AccessDenied):
        prepare_sheet(org_store, "theirs.xlsx", theirs, kind="indicators", access=holder)
    whole = [["Indikator", "År", "Verdi"], ["Frammøte", YEAR, 80]]
    with pytest.raises(AccessDenied):
        prepare_sheet(org_store, "whole.xlsx", whole, kind="indicators", access=holder)
    import_sheet(org_store, "theirs.xlsx", theirs, kind="indicators", access=DIRECTOR)
    seen = statuses(org_store, access=holder)
    assert {unit for _, unit in seen} == {"440"}
    assert {unit for _, unit in statuses(org_store)} >= {"430", "440"}
    politician = Access("per", Role.POLITICIAN)
    assert {unit for _, unit in statuses(org_store, access=politician)} >= {"430", "440"}
    with pytest.raises(AccessDenied):
        prepare_sheet(org_store, "p.xlsx", mine, kind="indicators", access=politician)


def test_goal_tree_with_indicators_and_its_refusals(org_store: Store) -> None:
    indicators = [["Indikator", "Enhet", "År", "Verdi", "Mål"],
                  ["Frammøte", "Byggesak", YEAR, 90, 95]]  # fmt: skip
    import_sheet(org_store, "ind.xlsx", indicators, kind="indicators", access=DIRECTOR)
    rows = [
        ["Nr", "Overordnet", "Mål", "Gjelder for", "Periode", "Kompassområde", "Fokusområde",
         "Indikatorer"],
        ["1", "", "Gode tjenester nær folk", "", "2024–2027", 3, "Tjenestekvalitet", ""],
        ["1.1", "1", "Raske og forutsigbare byggesaker", "4 Teknisk", "2024–2027", 3, "",
         "Frammøte; sick_leave"],
        ["1.1.1", "1.1", "Byggesaker innen frist", "Byggesak", "2025", "", "Digitalisering",
         "frammøte"],
    ]  # fmt: skip
    result = import_sheet(org_store, "mål.xlsx", rows, kind="goals", access=DIRECTOR)
    assert result.preview.kind == "goals"
    goals = goals_from_frames(read_goals(org_store), read_goal_indicators(org_store))
    assert [(goal.code, goal.level, goal.unit_code) for goal in goals] == [
        ("1", "community", "kommune"), ("1.1", "sector", "4"), ("1.1.1", "unit", "440"),
    ]  # fmt: skip
    assert goals[1].indicators == ("frammøte", "sick_leave")
    assert goals[2].first_year == goals[2].last_year == 2025
    bad = [["Nr", "Overordnet", "Mål", "Gjelder for"], ["2.1", "9", "Mål uten forelder", "Helse"],
           ["3", "", "", ""]]  # fmt: skip
    with pytest.raises(ImportRejected) as refused:
        prepare_sheet(org_store, "feil.xlsx", bad, kind="goals", access=DIRECTOR)
    assert "«9» finnes ikke" in str(refused.value) and "mangler målformulering" in str(
        refused.value
    )
    leader = Access("lea", Role.LEADER, frozenset({"4"}))
    with pytest.raises(AccessDenied):
        prepare_sheet(org_store, "mål.xlsx", rows, kind="goals", access=leader)
