"""The demo municipality's workshop: comments and measures over the last four months.

Made up and deterministic for a given database: the months count back from the latest month
with accounts (the economy demo's), so some deadlines have passed (overdue measures) and some
measures were done or dropped along the way. Units the organisation lacks are skipped.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from analytics.core.access import Access, Role
from analytics.core.texts import t
from analytics.economy.ledger import reporting_month
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.workshop.measures import MeasureDraft, MeasureStatus
from analytics.workshop.records import (
    add_measure,
    save_own_forecast,
    save_workshop_comment,
    update_measure,
)

DIRECTOR = Access("Elle Márjá Eira (kommunedirektør)", Role.DIRECTOR)

P, S, D, X = (
    MeasureStatus.PLANNED,
    MeasureStatus.STARTED,
    MeasureStatus.DONE,
    MeasureStatus.DROPPED,
)


@dataclass(frozen=True)
class DemoMeasure:
    """A measure made `created` months before the latest month (0: in it), due `due` months
    after it (negative: already passed) on `due_day`; `steps` are (months back, new status)."""

    unit: str
    title: str
    description: str
    owner: str
    created: int
    due: int
    due_day: int
    effect: float
    steps: tuple[tuple[int, MeasureStatus], ...] = ()


MEASURES = (
    DemoMeasure("310", "Redusere innleie av byråvikarer", "Fast vikarpool for langtidsavdelingen.",
                "Máret Gaup", 3, -1, 30, 400_000, ((2, S),)),
    DemoMeasure("310", "Ny turnus med færre overlapp", "Turnus med helgeavtaler fra neste periode.",
                "Ánde Somby", 3, 2, 1, 250_000, ((2, S), (0, D))),
    DemoMeasure("310", "Mindre matsvinn på institusjonskjøkkenet", "Bestilling etter beleggsliste.",
                "Biret Sara", 2, 3, 15, 60_000),
    DemoMeasure("320", "Ruteplanlegging i hjemmesykepleien", "Digital ruteplan; færre kjørte km.",
                "Niillas Eira", 3, -2, 28, 120_000, ((2, S), (1, D))),
    DemoMeasure("320", "Gjennomgang av vedtak om praktisk bistand", "Alle vedtak eldre enn to år.",
                "Elle Márjá Hætta", 2, -1, 15, 180_000),
    DemoMeasure("350", "Hjemmebaserte tiltak før plassering", "Styrket familieveiledning.",
                "Inger Ánne Buljo", 3, 4, 1, 900_000, ((1, S),)),
    DemoMeasure("350", "Reforhandle avtale med privat tiltaksleverandør", "Pris per døgn.",
                "Jovnna Turi", 1, 0, 10, 350_000),
    DemoMeasure("210", "Spesialundervisning i mindre grupper", "Samkjøring mellom trinnene.",
                "Sunná Magga", 2, 2, 20, 300_000, ((1, S),)),
    DemoMeasure("210", "SFO: færre innkjøp av forbruksmateriell", "Erstattes av felles avtale.",
                "Ánne Kirste Gaup", 3, -2, 1, 40_000, ((1, X),)),
    DemoMeasure("420", "Utsette takvedlikehold på rådhuset", "Flyttes til neste års budsjett.",
                "Heaika Skum", 3, -1, 1, 500_000, ((2, D),)),
    DemoMeasure("420", "Nattsenking av temperatur i kommunale bygg", "Skoler og rådhus først.",
                "Mihkkal Hætta", 2, -1, 20, 150_000, ((1, S),)),
    DemoMeasure("330", "Fakturere egenandeler samme måned", "Rutine for månedlig fakturering.",
                "Risten Oskal", 1, 2, 1, 70_000),
    DemoMeasure("460", "Kartlegge lekkasjer på vannledningsnettet", "Sonevis måling om natta.",
                "Ovllá Guttorm", 2, 5, 1, 200_000, ((1, S),)),
    DemoMeasure("230", "Bemanning etter barnetall i ferieukene", "Plan for sommer og jul.",
                "Gáddjá Pulk", 3, -1, 15, 90_000, ((2, S), (0, D))),
    DemoMeasure("140", "Si opp ubrukte programlisenser", "Gjennomgang av alle lisenser.",
                "Ásllat Mienna", 0, 2, 1, 80_000),
)  # fmt: skip

# (unit, months back, budget holder, comment) — comments without a figure of their own.
COMMENTS = (
    ("310", 1, "Máret Gaup", "Høyt sykefravær gir mye innleie. Vikarpoolen er i gang."),
    ("310", 0, "Máret Gaup", "Innleien går ned, men merforbruket er fortsatt over 1 mill."),
    ("320", 0, "Niillas Eira", "Flere brukere med omfattende behov siden sommeren."),
    ("350", 1, "Inger Ánne Buljo", "To nye plasseringer utenfor hjemmet i perioden."),
    ("350", 0, "Inger Ánne Buljo", "Ingen nye plasseringer; prisen per døgn forhandles."),
    ("210", 0, "Sunná Magga", "Spesialundervisningen er omorganisert fra høsten."),
    ("420", 0, "Heaika Skum", "Energiprisene er lavere enn budsjettert; vedlikehold utsatt."),
    ("230", 0, "Gáddjá Pulk", "Mindreforbruk på grunn av færre barn enn planlagt."),
)

# (tertial's last month, unit, budget holder, comment) — the explanations the tertial report to
# the council picks up, in this year and the year before (where the month has passed).
TERTIAL_EXPLANATIONS = (
    (4, "310", "Máret Gaup", "Vinterens sykefravær ga mye innleie av vikarer i første tertial."),
    (
        4,
        "350",
        "Inger Ánne Buljo",
        "Én ny plassering utenfor hjemmet; tiltaket er dyrere enn budsjettert.",
    ),
    (4, "210", "Sunná Magga", "Flere elever med vedtak om spesialundervisning enn lagt til grunn."),
    (4, "420", "Heaika Skum", "Høye strømpriser i januar og februar."),
    (8, "310", "Máret Gaup", "Vikarpoolen er i gang; innleien er lavere etter sommeren."),
    (8, "320", "Niillas Eira", "Flere brukere med omfattende behov i hjemmetjenesten."),
    (8, "350", "Inger Ánne Buljo", "Prisen per døgn reforhandles med leverandøren."),
    (8, "230", "Gáddjá Pulk", "Færre barn enn planlagt gir et mindreforbruk."),
)

# (unit, months back, comment) — what the director noted in the meeting.
WORKSHOP_NOTES = (
    ("310", 1, "Enhetsleder legger fram plan for lavere innleie til neste verksted."),
    ("350", 0, "Følges opp i ledergruppen; tiltakene gir effekt først neste år."),
    ("420", 0, "Utsatt vedlikehold må med i budsjettet for neste år."),
)


def add_demo(store: Store) -> str:
    """Adds the workshop's demo measures and comments; returns a one-line summary."""
    units = set(read_organisation(store)["unit_code"])
    year, month = reporting_month(store)
    _add_tertial_explanations(store, units, year, month)
    measures = [m for m in MEASURES if m.unit in units]
    for measure in measures:
        _add_measure(store, measure, year, month)
    comments = [c for c in COMMENTS if c[0] in units]
    for unit, back, holder, comment in comments:
        y, m = shift_month(year, month, -back)
        save_own_forecast(store, DIRECTOR, y, m, unit, None, comment, holder)
    for unit, back, note in (n for n in WORKSHOP_NOTES if n[0] in units):
        save_workshop_comment(store, DIRECTOR, *shift_month(year, month, -back), unit, note)
    return t("workshop.demo.summary", measures=len(measures), comments=len(comments))


def _add_tertial_explanations(store: Store, units: set[str], year: int, month: int) -> None:
    """The budget holders' explanations at the tertials' last months that have passed."""
    for explained_year in (year - 1, year):
        for end_month, unit, holder, comment in TERTIAL_EXPLANATIONS:
            if unit in units and (explained_year, end_month) <= (year, month):
                save_own_forecast(
                    store, DIRECTOR, explained_year, end_month, unit, None, comment, holder
                )


def _add_measure(store: Store, measure: DemoMeasure, year: int, month: int) -> None:
    due_year, due_month = shift_month(year, month, measure.due)
    deadline = dt.date(
        due_year, due_month, min(measure.due_day, calendar.monthrange(due_year, due_month)[1])
    )
    draft = MeasureDraft(
        measure.title, measure.description, measure.owner, deadline, measure.effect, P
    )
    created_year, created_month = shift_month(year, month, -measure.created)
    measure_id = add_measure(store, DIRECTOR, measure.unit, draft, created_year, created_month)
    for back, status in measure.steps:
        draft = replace(draft, status=status)
        update_measure(store, DIRECTOR, measure_id, draft, *shift_month(year, month, -back))


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    """The (year, month) `offset` months later (negative: earlier)."""
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1
