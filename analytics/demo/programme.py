"""Demo data of the programme: sick leave, Kommunekompasset, risks and milestones (made up).

Sick leave per unit and month from January 2019 to the last complete month, about 10 % at the
start falling towards 7 %, highest in the first quarter and lowest in the third. Three units are
too small to be shown (fewer than five people) and one reports no headcount. Deterministic.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import duckdb
import numpy as np
import pandas as pd

from analytics.core import clock
from analytics.core.texts import t
from analytics.kompass.evaluations import AREA_SETS, version_for
from analytics.programme.risks import EDIT_RISK_COLUMNS
from analytics.store import Store
from analytics.store.kompass import insert_evaluation
from analytics.store.organisation import read_organisation
from analytics.store.programme import insert_milestones, insert_risks
from analytics.store.sickleave import insert_sick_leave
from analytics.store.uploads import NewUpload, insert_upload

SEED = 6006
FIRST_YEAR = 2019
START_PCT = 10.2
END_PCT = 7.0
# Month factors (mean 1): highest in the first quarter, lowest in July and August.
SEASON = np.array([1.18, 1.20, 1.10, 1.00, 0.95, 0.90, 0.80, 0.82, 0.90, 1.00, 1.05, 1.10])
SECTOR_LEVEL = {"1": 0.7, "2": 1.0, "3": 1.3, "4": 1.05, "5": 0.8}  # health and care the highest
SMALL_UNITS = 3  # the units with the fewest people get 3–4 of them
WORK_DAYS_PER_MONTH = 21.0
POSITION_SHARE = 0.85

KOMPASS_DEMO = (
    (dt.date(2019, 3, 14), (42, 38, 35, 37, 33, 40, 30, 35), "Første evaluering (demo)"),
    (dt.date(2022, 4, 21), (45, 41, 44, 43, 38, 36, 45, 43), "Etter fase 1 BASIS (demo)"),
    (dt.date(2025, 5, 15), (58, 50, 55, 56, 48, 47, 56, 50), "Etter fase 2 NY GIV (demo)"),
)

RISKS_DEMO = (
    ("Brann og redning: for lite kapasitet til lovpålagt tilsyn", 3, 4,
     "Interkommunalt samarbeid om forebyggende arbeid", "Brannsjef Niillas Čuoŋo"),
    ("Eiendom/FDV: etterslep på vedlikehold gir dyrere drift", 4, 4,
     "Vedlikeholdsplan med prioritering i økonomiplanen", "Eiendomssjef Máret Šiljá"),
    ("Renhold: høyt sykefravær gir ustabil drift", 4, 3,
     "Tilrettelegging, nytt utstyr og faste vikarer", "Renholdsleder Ánde Đuđđa"),
    ("Svømmehall: teknisk anlegg nær endt levetid, fare for stenging", 3, 5,
     "Tilstandsvurdering og sak til kommunestyret om rehabilitering", "Kultursjef Sárá Ŋuolla"),
    ("Saksbehandling: lang behandlingstid i byggesak og plan", 3, 3,
     "Digitale skjema og felles saksbehandlingsrutiner", "Plansjef Heaika Ŧaŧŧá"),
    ("Ledere får ikke tid til det månedlige økonomiverkstedet", 2, 3,
     "Faste datoer i årshjulet, korte møter", "Økonomisjef Elle Káre Žiŋŋá"),
    ("Tiltak i enhetene mangler eierskap og frist", 3, 4,
     "Hvert tiltak får ansvarlig og frist; følges opp i verkstedet", "Kommunedirektør"),
    ("Digitalisering av saksbehandlingen forsinkes", 2, 2,
     "Trinnvis innføring, opplæring", "IKT-leder"),
)  # fmt: skip

WORKING_GROUPS = ("Brann og redning", "Eiendom/FDV", "Renhold", "Svømmehall", "Saksbehandling")
PLAN_YEAR = 2026


def add_demo(store: Store, today: dt.date | None = None) -> str:
    """Writes the demo sick leave, evaluations, risks and milestones; returns a summary."""
    today = today or clock.today()
    units = read_organisation(store).drop_duplicates("unit_code")
    sick_leave = demo_sick_leave(units, today)
    milestones = demo_milestones()
    risks = pd.DataFrame(RISKS_DEMO, columns=EDIT_RISK_COLUMNS)
    with store.transaction() as tx:
        _write_sick_leave(tx, sick_leave)
        for evaluated_on, scores, note in KOMPASS_DEMO:
            version = version_for(evaluated_on)
            names = AREA_SETS[version]
            areas = [(n + 1, names[n], float(score)) for n, score in enumerate(scores)]
            insert_evaluation(tx, evaluated_on, version, note, areas, None)
        insert_risks(tx, risks)
        insert_milestones(tx, milestones)
    return t(
        "programme.demo_summary",
        rows=len(sick_leave),
        evaluations=len(KOMPASS_DEMO),
        risks=len(risks),
        milestones=len(milestones),
    )


def _write_sick_leave(tx: duckdb.DuckDBPyConnection, sick_leave: pd.DataFrame) -> None:
    """The rows as one upload of kind sickleave, as if an HR export had been imported."""
    if sick_leave.empty:
        return
    coverage = {
        "years": sorted(int(year) for year in sick_leave["year"].unique()),
        "units": sorted(str(code) for code in sick_leave["unit_code"].unique()),
    }
    digest = hashlib.sha256(sick_leave.to_csv(index=False).encode("utf-8")).hexdigest()
    upload = NewUpload("sickleave", "demo-sykefravær", digest, "demo", len(sick_leave), coverage)
    insert_sick_leave(tx, insert_upload(tx, upload), sick_leave)


def demo_sick_leave(units: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """Rows per unit and month (SICK_LEAVE_COLUMNS), up to the month before `today`."""
    if units.empty:
        return pd.DataFrame()
    rng = np.random.default_rng(SEED)
    months = pd.period_range(f"{FIRST_YEAR}-01", pd.Period(today, freq="M") - 1, freq="M")
    heads = _headcounts(units, rng)
    largest = max(heads, key=heads.__getitem__)  # reports agreed days only, no headcount
    frames = [
        _unit_rows(code, sector, heads[code], months, rng, report_headcount=code != largest)
        for code, sector in zip(units["unit_code"], units["sector_code"], strict=True)
    ]
    return pd.concat(frames, ignore_index=True)


def _headcounts(units: pd.DataFrame, rng: np.random.Generator) -> dict[str, int]:
    """8–70 people per unit, except the SMALL_UNITS with the smallest draw: 3–4 people."""
    draws = rng.uniform(0, 1, len(units))
    heads = {
        code: int(8 + 62 * draw**1.5) for code, draw in zip(units["unit_code"], draws, strict=True)
    }
    for position, code in enumerate(sorted(heads, key=heads.__getitem__)[:SMALL_UNITS]):
        heads[code] = 3 + position % 2
    return heads


def _unit_rows(
    code: str,
    sector: str,
    people: int,
    months: pd.PeriodIndex,
    rng: np.random.Generator,
    report_headcount: bool,
) -> pd.DataFrame:
    count = len(months)
    progress = np.linspace(0.0, 1.0, count)
    level = SECTOR_LEVEL.get(str(sector), 1.0) * rng.uniform(0.8, 1.2)
    pct = (START_PCT + (END_PCT - START_PCT) * progress) * SEASON[months.month - 1] * level
    agreed = people * WORK_DAYS_PER_MONTH * POSITION_SHARE * rng.uniform(0.95, 1.05, count)
    noise = rng.lognormal(0.0, 0.6 / np.sqrt(people), count)
    lost = np.round(agreed * pct / 100.0 * noise, 1)
    self_cert = np.round(lost * rng.uniform(0.12, 0.24, count), 1)
    short = np.round(lost * rng.uniform(0.3, 0.45, count), 1)
    return pd.DataFrame(
        {
            "year": months.year,
            "month": months.month,
            "unit_code": code,
            "agreed_days": np.round(agreed, 1),
            "lost_days": lost,
            "self_cert_days": self_cert,
            "doctor_cert_days": np.round(lost - self_cert, 1),
            "short_days": short,
            "long_days": np.round(lost - short, 1),
            "headcount": float(people) if report_headcount else np.nan,
        }
    )


def demo_milestones() -> pd.DataFrame:
    """Each working group: a start (O), a working-group meeting (A) every four weeks, a status
    meeting (S) halfway and a finish (F)."""
    rows = []
    for position, group in enumerate(WORKING_GROUPS):
        start = 4 + 2 * position
        finish = start + 30
        rows.append((group, PLAN_YEAR, start, "start", t("programme.demo_start", group=group)))
        rows.extend(
            (group, PLAN_YEAR, week, "group_meeting", t("programme.demo_meeting"))
            for week in range(start + 4, finish, 4)
            if week != start + 16
        )
        rows.append((group, PLAN_YEAR, start + 16, "status", t("programme.demo_status")))
        rows.append((group, PLAN_YEAR, finish, "finish", t("programme.demo_finish")))
    return pd.DataFrame(rows, columns=["working_group", "year", "week", "kind", "description"])
