"""The demo municipality's investment projects (made up, deterministic): the two large ones the
programme makes room for, a new school and a new health centre, and a few small ones.

Each project has a register entry (its cost frame adopted by the council, years relative to
the current year, so the demo never grows old), an investment budget per year (the adopted
year and, from an economic plan, the three years after it as plan figures), accounts per
period up to the last complete month, the project leader's forecasts of the final cost with
comments over the last months, and risks for the large projects. Investment arts are 5 digits
starting with 0 (the art rule: investment), the KOSTRA art in digits 2–4. Costs include VAT
(art 04290), refunded as VAT compensation (07290); the rest is financed by loans (09100) and,
for the health centre, a state grant (08100). Amounts in NOK, expenses positive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.core import clock
from analytics.core.access import Access, Role
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.demo import DemoUpload, write_demo_ledger
from analytics.store.projects import (
    PROJECT_COLUMNS,
    insert_projects,
    replace_project_risks,
    upsert_project_forecast,
)

SEED = 2027
PLAN_YEARS = 3
ARTS = {
    "02300": "Bygg og anlegg",
    "02700": "Prosjektering og konsulenter",
    "02000": "Inventar og utstyr",
    "04290": "Merverdiavgift",
    "07290": "Momskompensasjon",
    "08100": "Statstilskudd",
    "09100": "Bruk av lån",
}
COST_SPLIT = {"02300": 0.82, "02700": 0.12, "02000": 0.06}  # of the cost without VAT
VAT = 0.25
_SEASON = np.array([0.5, 0.5, 0.7, 0.9, 1.1, 1.3, 0.8, 1.3, 1.3, 1.2, 1.2, 1.2])
PROJECT_LEADER = Access("Ánte Kemi (prosjektleder)", Role.DIRECTOR)


@dataclass(frozen=True)
class DemoProject:
    """A made-up project: years relative to the current year, the frame's share per year of
    its span, the accounts against the budget, and the leader's view of the final cost."""

    code: str
    name: str
    unit: str  # the responsible unit
    ansvar: str  # the ansvar its lines are booked on
    frame: float
    start: int  # years from the current year
    profile: tuple[float, ...]  # share of the frame per year from `start`
    spending: float  # accounts ÷ budget
    forecast: float | None  # the leader's forecast ÷ frame (None: none given)
    comment: str
    grant: float = 0.0  # share of the cost without VAT paid by the state


PROJECTS = (
    DemoProject("P1001", "Ny Čáhppesvuona skuvla", "210", "2100", 285_000_000, -2,
                (0.04, 0.26, 0.46, 0.24), 1.02, 1.03,
                "Grunnarbeidene ble dyrere enn kalkulert (fjell i tomta); reservene er brukt."),
    DemoProject("P1002", "Nytt helsesenter, Dearvvašvuođaguovddáš", "330", "3300", 195_000_000,
                -1, (0.03, 0.22, 0.45, 0.30), 0.97, 0.99,
                "Anbudet kom under kalkylen; statstilskuddet er bekreftet.", grant=0.2),
    DemoProject("P2001", "Ny mannskapsbil, brann", "410", "4100", 7_500_000, -1, (0.3, 0.7),
                1.0, None, ""),
    DemoProject("P2002", "Rehabilitering av Ájastealli bofellesskap", "320", "3202",
                14_000_000, -1, (0.35, 0.65), 1.15, 1.12,
                "Råteskader i yttervegg; tilleggsarbeid må bestilles."),
    DemoProject("P2003", "LED-veilys", "450", "4500", 4_200_000, -3, (0.5, 0.5), 0.98, None, ""),
    DemoProject("P2004", "Uteområde Máŋggabealát mánáidgárdi", "230", "2300", 2_600_000, 0,
                (1.0,), 0.9, None, ""),
)  # fmt: skip
RISKS = {
    "P1001": (
        ("Prisstigning på byggematerialer", 4, 3, "Indeksregulering avtalt; reserve 5 %", "Prosjektleder"),
        ("Forsinket ferdigstillelse før skolestart", 2, 4, "Milepælsplan med ukentlig oppfølging", "Rektor"),
    ),
    "P1002": (
        ("Statstilskuddet utbetales senere enn planlagt", 2, 3, "Mellomfinansiering i låneopptaket", "Økonomisjef"),
        ("Mangel på fagarbeidere lokalt", 3, 3, "Tidlig kontrahering av underentreprenører", "Prosjektleder"),
    ),
}  # fmt: skip


def add_demo(store: Store, today: dt.date | None = None) -> str:
    """Writes the demo projects, their ledger lines, forecasts and risks; a one-line summary."""
    today = today or clock.today()
    year = today.year
    insert_projects(store, register(year))
    budget, accounts, uploads = ledger_lines(year, today)
    names = pd.DataFrame(
        [("art", art, name) for art, name in ARTS.items()]
        + [("prosjekt", p.code, p.name) for p in PROJECTS],
        columns=["field", "code", "name"],
    )
    write_demo_ledger(store, uploads, budget, accounts, names)
    _forecasts(store, today)
    for code, risks in RISKS.items():
        frame = pd.DataFrame(
            risks, columns=["risk", "probability", "consequence", "mitigation", "owner"]
        )
        replace_project_risks(store, code, frame)
    return t("demo.projects_summary", count=len(PROJECTS))


def register(year: int) -> pd.DataFrame:
    """The register entries (PROJECT_COLUMNS) as of the current year."""
    rows = [
        {
            "code": p.code,
            "name": p.name,
            "unit_code": p.unit,
            "frame": p.frame,
            "start_year": year + p.start,
            "end_year": year + p.start + len(p.profile) - 1,
            "phase": _phase(p, year),
            "source": "register",
        }
        for p in PROJECTS
    ]
    return pd.DataFrame(rows, columns=PROJECT_COLUMNS)


def _phase(project: DemoProject, year: int) -> str:
    end = year + project.start + len(project.profile) - 1
    if end < year:
        return "finished"
    return "building" if project.start < 0 or project.code.startswith("P2") else "planning"


def ledger_lines(year: int, today: dt.date) -> tuple[pd.DataFrame, pd.DataFrame, list[DemoUpload]]:
    """Budget lines (adopted years and plan years) and accounts lines of every project."""
    rng = np.random.default_rng(SEED)
    budget = pd.concat([_budget_of(p, year) for p in PROJECTS], ignore_index=True)
    accounts = pd.concat([_accounts_of(p, year, today, rng) for p in PROJECTS], ignore_index=True)
    budget = budget.assign(
        upload_key=np.where(
            budget["budget_kind"] == "plan",
            "investment-plan",
            "investment-budget-" + budget["year"].astype(str),
        )
    )
    accounts = accounts.assign(upload_key="investment-accounts-" + accounts["year"].astype(str))
    uploads = [_upload(key, lines, "budget") for key, lines in budget.groupby("upload_key")]
    uploads += [_upload(key, lines, "accounts") for key, lines in accounts.groupby("upload_key")]
    return budget, accounts, sorted(uploads, key=lambda upload: upload.uploaded_at)


def _amounts(project: DemoProject, cost: float) -> dict[str, float]:
    """The lines of a year's cost (VAT included): arts and amounts, financing negative."""
    base = cost / (1 + VAT)
    lines = {art: base * share for art, share in COST_SPLIT.items()}
    lines["04290"] = base * VAT
    lines["07290"] = -base * VAT
    grant = base * project.grant
    if grant:
        lines["08100"] = -grant
    lines["09100"] = -(base - grant)
    return {art: round(amount, -2) for art, amount in lines.items()}


def _budget_of(project: DemoProject, year: int) -> pd.DataFrame:
    rows = []
    for offset, share in enumerate(project.profile):
        when = year + project.start + offset
        kind = "plan" if when > year else "original"
        if when > year + PLAN_YEARS:
            continue
        for art, amount in _amounts(project, project.frame * share).items():
            rows.append((when, None, project.ansvar, art, project.code, kind, amount))
    columns = ["year", "month", "ansvar", "art", "prosjekt", "budget_kind", "amount"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.assign(
        tjeneste="", ledger="investment", scope_key="", month=frame["month"].astype("Int64")
    )


def _accounts_of(
    project: DemoProject, year: int, today: dt.date, rng: np.random.Generator
) -> pd.DataFrame:
    rows = []
    season = _SEASON / _SEASON.sum()
    for offset, share in enumerate(project.profile):
        when = year + project.start + offset
        months = 12 if when < year else today.month - 1 if when == year else 0
        spent = project.frame * share * project.spending
        for art, amount in _amounts(project, spent).items():
            noise = rng.normal(1.0, 0.05, 12)
            for month in range(1, months + 1):
                value = round(float(amount * season[month - 1] * noise[month - 1]), 2)
                rows.append((when, month, project.ansvar, art, project.code, value))
    columns = ["year", "period", "ansvar", "art", "prosjekt", "amount"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.assign(tjeneste="", ledger="investment", scope_key="")


def _upload(key: object, lines: pd.DataFrame, kind: str) -> DemoUpload:
    years = sorted(int(y) for y in lines["year"].unique())
    plan = str(key).endswith("plan")
    first = years[0]
    at = dt.datetime(first - 1, 12, 19, 10) if kind == "budget" else dt.datetime(first, 12, 31, 12)
    if plan:
        at = dt.datetime(years[0] - 2, 12, 19, 11)
    name = (
        f"demo-investering-{'okonomiplan' if plan else kind}-{'-'.join(map(str, years[:1]))}.xlsx"
    )
    part = {
        "years": years,
        "periods": sorted(
            int(p) for p in lines.get("period", pd.Series(dtype=int)).dropna().unique()
        ),
        "budget_kinds": sorted(set(lines.get("budget_kind", pd.Series(dtype=str)))),
        "ansvar": sorted(set(lines["ansvar"])),
        "ledgers": ["investment"],
    }
    return DemoUpload(
        str(key),
        kind,
        name,
        hashlib.sha256(f"demo-projects:{key}".encode()).hexdigest(),
        at,
        len(lines),
        {kind: part},
    )


def _forecasts(store: Store, today: dt.date) -> None:
    """The leaders' forecasts of the final cost over the last three complete months."""
    year, month = _before(today)
    for project in PROJECTS:
        if project.forecast is None:
            continue
        for back, drift in ((2, 0.985), (1, 0.995), (0, 1.0)):
            when = _months_back(year, month, back)
            value = round(project.frame * project.forecast * drift, -3)
            comment = project.comment if back == 0 else ""
            upsert_project_forecast(store, (*when, project.code), value, comment,
                                    PROJECT_LEADER.user, dt.datetime(*when, 20, 9))  # fmt: skip


def _before(today: dt.date) -> tuple[int, int]:
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


def _months_back(year: int, month: int, back: int) -> tuple[int, int]:
    index = year * 12 + month - 1 - back
    return index // 12, index % 12 + 1
