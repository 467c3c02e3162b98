"""The demo goal tree and indicators: the master plan's community goals in the programme's four
focus areas, sector and unit goals under them, 10-FAKTOR and user-survey results, case
times for the fire service and building cases, and KOSTRA's financial key figures beside the
country's and the KOSTRA group's. Deterministic (no randomness): the figures follow
from the unit and the year, so every demo database is the same for the same clock year.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from analytics.core import clock
from analytics.core.names import KS_FACTORS
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.finance.books import compute_room, read_books
from analytics.goals.tree import Goal, goal_frames
from analytics.imports.kinds.indicator_forms import (
    CASE_RED,
    CASE_TARGET,
    SURVEY_BAND,
    IndicatorRows,
    kostra_indicator,
)
from analytics.store import Store
from analytics.store.goals import MUNICIPALITY, store_goal_tree_upload, store_indicator_upload
from analytics.store.uploads import NewUpload

SOURCE = "demo"
_GOALS: tuple[tuple[str, str, str, str, str, int | None, tuple[str, ...]], ...] = (
    # code, parent, level, unit, title, Kommunekompasset area, indicators
    ("1", "", "community", MUNICIPALITY, "Kommunen styres helhetlig og kunnskapsbasert", 4, ()),
    ("1.1", "1", "sector", "1", "Alle enheter følger opp mål og økonomi hver måned", 4,
     ("economy",)),
    ("1.1.1", "1.1", "unit", "120", "Prognose og avvik rapporteres innen den 10. hver måned",
     4, ("economy",)),
    ("2", "", "community", MUNICIPALITY, "Innbyggerne får gode tjenester der de bor", 3, ()),
    ("2.1", "2", "sector", "3", "Trygge og verdige tjenester i helse og omsorg", 3,
     ("bruker.sykehjem.respektfull_behandling", "sick_leave")),
    ("2.1.1", "2.1", "unit", "310", "Beboerne på sykehjemmet trives og blir hørt", 3,
     ("bruker.sykehjem.trivsel", "bruker.sykehjem.medvirkning", "ks10.mestringsklima")),
    ("2.2", "2", "sector", "2", "Elevene lærer og trives i skolen", 3,
     ("bruker.skole.trivsel",)),
    ("2.2.1", "2.2", "unit", "220", "Et godt læringsmiljø på Kárášjoga skuvla", 3,
     ("bruker.skole.trivsel", "ks10.mestringsorientert_ledelse")),
    ("2.3", "2", "sector", "4", "Forutsigbar saksbehandling og trygg beredskap", 3,
     ("saker.byggesak_med_ansvarsrett",)),
    ("2.3.1", "2.3", "unit", "440", "Byggesaker avgjøres innen lovens frist", 3,
     ("saker.byggesak_med_ansvarsrett", "saker.byggesak_med_ansvarsrett.dager")),
    ("2.3.2", "2.3", "unit", "410", "Tilsyn med særskilte brannobjekter innen fristen", 3,
     ("saker.tilsyn_særskilte_brannobjekter",)),
    ("3", "", "community", MUNICIPALITY, "Digitale tjenester gjør hverdagen enklere", 6, ()),
    ("3.1", "3", "sector", "1", "Innbyggerne søker og får svar digitalt", 6,
     ("saker.byggesak_med_ansvarsrett",)),
    ("3.1.1", "3.1", "unit", "140", "Alle ansatte mestrer de digitale verktøyene", 6,
     ("ks10.bruk_av_kompetanse",)),
    ("4", "", "community", MUNICIPALITY, "Økonomien gir handlingsrom for framtida", 2,
     ("net_operating_result", "disposition_fund", "net_debt")),
    ("4.1", "4", "sector", "3", "Helse og omsorg drives innenfor rammen", 2,
     ("economy", "sick_leave")),
    ("4.1.1", "4.1", "unit", "320", "Hjemmetjenesten planlegger etter behov og ressurser", 2,
     ("economy", "ks10.rolleklarhet")),
)  # fmt: skip
_FOCUS = {"1": "virksomhetsstyring", "2": "tjenestekvalitet", "3": "digitalisering",
          "4": "okonomisk_omstilling"}  # fmt: skip
KS10_UNITS = ("140", "220", "310", "320", "410", "440")
_NATIONAL_KS10 = (4.4, 4.3, 4.1, 4.2, 4.0, 4.3, 3.9, 4.3, 4.1, 3.9)
_USER_SURVEYS = (  # service, unit, question, national average
    ("Sykehjem", "310", "Trivsel", 5.0),
    ("Sykehjem", "310", "Respektfull behandling", 5.3),
    ("Sykehjem", "310", "Medvirkning", 4.6),
    ("Skole", "220", "Trivsel", 4.3),
    ("Skole", "220", "Læringskultur", 4.1),
    ("Barnehage", "230", "Trivsel", 4.7),
)
_CASES = (  # case type, unit, deadline, decided per tertial, base share within, days
    ("Byggesak med ansvarsrett", "440", "12 uker", 24, 88.0, 62.0),
    ("Byggesak uten ansvarsrett", "440", "3 uker", 30, 93.0, 18.0),
    ("Tilsyn særskilte brannobjekter", "410", "1 år", 9, 95.0, 0.0),
)


# SSB's KOSTRA statistics of the three financial rules, with made-up figures for the country
# without Oslo and the demo's KOSTRA group for the last three closed years (oldest first).
_KOSTRA = (  # rule, statistic, national, group
    ("net_operating_result",
     "Netto driftsresultat i prosent av brutto driftsinntekter (prosent)",
     (2.9, 3.1, 2.2), (1.6, 2.4, 1.1)),
    ("disposition_fund", "Disposisjonsfond i prosent av brutto driftsinntekter (prosent)",
     (13.1, 13.8, 13.5), (9.4, 10.2, 9.8)),
    ("net_debt", "Netto lånegjeld i prosent av brutto driftsinntekter (prosent)",
     (80.2, 82.5, 84.1), (96.3, 98.0, 101.2)),
)  # fmt: skip
_KOSTRA_REGIONS = (("EAKUO", "Landet uten Oslo"), ("EKG16", "Kostragruppe 16"))
KOSTRA_OWN_REGION = "5601"


def _wobble(*parts: object) -> float:
    """A fixed number in [-1, 1] from the parts (the same parts give the same number)."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).digest()
    return digest[0] / 127.5 - 1


def demo_goals(year: int) -> list[Goal]:
    """The demo goal tree: the master plan's goals over twelve years, the sectors' and units'
    over seven, around `year`."""
    return [
        Goal(code, parent, level, title, unit_code=unit,  # type: ignore[arg-type]
             description=t("goals.demo_description"), owner=t("goals.demo_owner"),
             first_year=year - 4 if level == "community" else year - 3,
             last_year=year + 7 if level == "community" else year + 3, kompass_area=area,
             focus_area=_FOCUS[code[0]], indicators=indicators)
        for code, parent, level, unit, title, area, indicators in _GOALS
    ]  # fmt: skip


def demo_indicators(year: int) -> IndicatorRows:
    """10-FAKTOR for the two years before, user surveys for the last, case times per tertial
    for three years."""
    rows = IndicatorRows("demo")
    for survey_year in (year - 2, year - 1):
        for unit in KS10_UNITS:
            for factor, national in zip(KS_FACTORS, _NATIONAL_KS10, strict=True):
                key = f"ks10.{factor.key}"
                score = round(national + 0.35 * _wobble(unit, factor.key, survey_year), 2)
                rows.define(key, unit, name=t(f"ks10.factor.{factor.key}"), measure_unit="points",
                            direction="higher", yellow_band=SURVEY_BAND["employee_survey"],
                            source=SOURCE, form="employee_survey")  # fmt: skip
                rows.add(key, unit, survey_year, score, reference=national, respondents=18)
                rows.aim(key, unit, survey_year, national)
    for service, unit, question, national in _USER_SURVEYS:
        key = f"bruker.{service.lower()}.{question.lower().replace(' ', '_')}"
        score = round(national + 0.5 * _wobble(service, question, year - 1), 1)
        rows.define(key, unit, name=f"{service}: {question}", measure_unit="points",
                    direction="higher", yellow_band=SURVEY_BAND["user_survey"], source=SOURCE,
                    form="user_survey")  # fmt: skip
        rows.add(key, unit, year - 1, score, reference=national, respondents=42)
        rows.aim(key, unit, year - 1, national)
    _add_cases(rows, year)
    return rows


def add_kostra(rows: IndicatorRows, year: int, own: Mapping[int, Mapping[str, float | None]],
               name: str) -> None:  # fmt: skip
    """KOSTRA key figures as SSB publishes them for the three closed years before `year`: the
    municipality's own (its computed shares, to SSB's one decimal), the country's, the group's."""
    years = (year - 3, year - 2, year - 1)
    for rule, statistic, national, group in _KOSTRA:
        key, title, measure, _ = kostra_indicator(statistic, "kommunekasse")
        rows.define(key, MUNICIPALITY, name=title, measure_unit=measure, direction="none",
                    source=t("indicator.source.kostra"), form="kostra")  # fmt: skip
        for index, kostra_year in enumerate(years):
            share = own.get(kostra_year, {}).get(rule)
            if share is not None:
                rows.add(key, MUNICIPALITY, kostra_year, round(share, 1),
                         region=KOSTRA_OWN_REGION, region_name=name,
                         accounts_scope="kommunekasse")  # fmt: skip
            for (region, region_name), figures in zip(_KOSTRA_REGIONS, (national, group),
                                                      strict=True):  # fmt: skip
                rows.add(key, "", kostra_year, figures[index], region=region,
                         region_name=region_name, accounts_scope="kommunekasse")  # fmt: skip


def _add_cases(rows: IndicatorRows, year: int) -> None:
    for case, unit, deadline, decided, share, days in _CASES:
        key = f"saker.{case.lower().replace(' ', '_')}"
        description = t("indicator.case_deadline", deadline=deadline)
        rows.define(key, unit, name=t("indicator.case_share_name", case=case), measure_unit="%",
                    direction="higher", yellow_band=CASE_TARGET - CASE_RED, source=SOURCE,
                    form="case_time", description=description)  # fmt: skip
        if days:
            rows.define(f"{key}.dager", unit, name=t("indicator.case_days_name", case=case),
                        measure_unit="days", direction="lower", source=SOURCE, form="case_time",
                        description=description)  # fmt: skip
        for case_year in (year - 2, year - 1, year):
            rows.aim(key, unit, case_year, CASE_TARGET)
            for tertial in (1, 2, 3) if case_year < year else (1, 2):
                step = (case_year - year + 2) * 3 + tertial
                value = min(100.0, round(share + step + 3 * _wobble(case, case_year, tertial), 1))
                rows.add(key, unit, case_year, value, period_kind="tertial",
                         period_month=tertial * 4, respondents=decided)  # fmt: skip
                if days:
                    rows.add(f"{key}.dager", unit, case_year, round(days - 2 * step, 0),
                             period_kind="tertial", period_month=tertial * 4)  # fmt: skip


def add_demo(store: Store) -> str:
    """Writes the demo goal tree and indicators; returns a summary."""
    year = clock.today().year
    goals, links = goal_frames(demo_goals(year))
    store_goal_tree_upload(store, _upload("goals", "demo-mål", len(goals), {"goals": len(goals),
                           "links": len(links)}), goals, links)  # fmt: skip
    rows = demo_indicators(year)
    settings = load_settings(store)
    room = compute_room(read_books(store, clock.today()), settings)
    own = {item.year: item.shares for item in room.years if item.figures.source == "accounts"}
    add_kostra(rows, year, own, settings.municipality_name)
    definitions, targets, values = rows.frames()
    coverage = {"form": "demo", "keys": sorted(set(definitions["indicator_key"])),
                "units": sorted(set(values["unit_code"])), "years": [year - 3, year - 2, year - 1, year]}  # fmt: skip
    upload = _upload("indicators", "demo-indikatorer", len(values), coverage)
    store_indicator_upload(store, upload, definitions, targets, values)
    return t("goals.demo_summary", goals=len(goals), indicators=len(coverage["keys"]))


def _upload(kind: str, name: str, rows: int, coverage: Mapping[str, object]) -> NewUpload:
    digest = hashlib.sha256(json.dumps([name, coverage], sort_keys=True).encode()).hexdigest()
    return NewUpload(kind, name, digest, "demo", rows, coverage)
