"""Kommunekompasset: evaluations by date, eight areas of 0–100 points each, total out of 800.

Area names are stored with each evaluation, since the tool was revised in 2020; the two known
sets are declared once in AREA_SETS and fill in names where a file gives only numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access, require_programme_write
from analytics.core.audit import record
from analytics.core.errors import ImportRejected
from analytics.core.formatting import format_date, format_plain
from analytics.core.names import Status
from analytics.core.reference import read_table
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.kompass import SCORE_COLUMNS, read_kompass_scores, store_kompass_upload
from analytics.store.uploads import edit_upload

AREA_COUNT = 8
MAX_AREA_SCORE = 100.0
MAX_TOTAL = AREA_COUNT * MAX_AREA_SCORE
TOTAL_TOLERANCE = 0.5  # points: reports round each area to whole or half points


def _area_sets() -> dict[str, tuple[str, ...]]:
    """The area names per version (data/kompass_areas.csv), in the order of their numbers 1–8.

    "classic" (about 2010–2019): all eight names as DOMAIN.md gives them. "2020": DOMAIN.md
    names five of the revised areas; the other three names and the numbering are assumptions
    (marked in the file) to be checked against a 2020 report. Names are configurable per
    evaluation, so a file or the form may give the exact ones.
    """
    rows = read_table("kompass_areas.csv", (("version", str), ("number", int), ("name", str)))
    versions = dict.fromkeys(version for version, _, _ in rows)
    return {
        version: tuple(name for v, _, name in sorted(rows, key=lambda r: r[1]) if v == version)
        for version in versions
    }


AREA_SETS: dict[str, tuple[str, ...]] = _area_sets()


@dataclass(frozen=True)
class AreaScore:
    number: int
    name: str
    score: float


@dataclass(frozen=True)
class Evaluation:
    """One Kommunekompasset evaluation: its date, version (classic or 2020) and eight areas."""

    evaluated_on: dt.date
    version: str
    note: str
    areas: tuple[AreaScore, ...]

    @property
    def total(self) -> float:
        """Points out of 800."""
        return sum(area.score for area in self.areas)


@dataclass(frozen=True)
class TargetProgress:
    """How far the latest evaluation is from the next target it has not reached."""

    target_year: int
    target_points: float
    latest_total: float
    points_needed: float
    years_left: int
    points_per_year: float
    overdue: bool


def version_for(evaluated_on: dt.date) -> str:
    """The area set in use at that date: classic before 2020, the revision after."""
    return "classic" if evaluated_on.year < 2020 else "2020"


def default_area_names(version: str) -> tuple[str, ...]:
    return AREA_SETS[version]


def validate_scores(
    scores: Sequence[tuple[str, float | None]], stated_total: float | None, where: str
) -> None:
    """Raises ImportRejected unless there are exactly eight areas with 0–100 points each and a
    stated total (if any) equal to their sum. `where` names the source (file, sheet, row)."""
    if len(scores) > AREA_COUNT:
        raise ImportRejected(
            t("kompass.too_many_areas", where=where, count=len(scores), name=scores[AREA_COUNT][0])
        )
    if len(scores) < AREA_COUNT:
        raise ImportRejected(t("kompass.too_few_areas", where=where, count=len(scores)))
    for name, score in scores:
        if score is None or math.isnan(score) or not 0 <= score <= MAX_AREA_SCORE:
            raise ImportRejected(
                t("kompass.score_out_of_range", where=where, name=name, value=_text(score))
            )
    total = sum(float(score) for _, score in scores if score is not None)
    if stated_total is not None and abs(stated_total - total) > TOTAL_TOLERANCE:
        raise ImportRejected(
            t("kompass.total_mismatch", where=where, stated=_text(stated_total), total=_text(total))
        )


def _text(value: float | None) -> str:
    if value is None or math.isnan(value):
        return t("kompass.empty")
    return format_plain(value)


def save_evaluation(store: Store, access: Access, evaluation: Evaluation) -> None:
    """Validates and stores one evaluation entered in the app, in place of a current one of the
    same date. It is an upload of its own in the history, so it can be undone like a file."""
    require_programme_write(access)
    where = t("kompass.where_form", date=format_date(evaluation.evaluated_on))
    validate_scores([(a.name, a.score) for a in evaluation.areas], None, where)
    scores = scores_frame([evaluation])
    coverage = {"dates": [evaluation.evaluated_on.isoformat()]}
    with store.transaction():
        upload = edit_upload("kompass", access.user, scores, coverage)
        upload_id, _ = store_kompass_upload(store, upload, scores)
        record(store, access.user, "upload", f"{upload_id} kompass {t('import.edited_in_app')}")


def scores_frame(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """One row per area score (evaluated_on, version, note, area_no, area_name, score)."""
    return pd.DataFrame(
        [
            (e.evaluated_on, e.version, e.note, area.number, area.name, area.score)
            for e in evaluations
            for area in e.areas
        ],
        columns=SCORE_COLUMNS,
    )


def read_evaluations(store: Store) -> list[Evaluation]:
    """Every evaluation, oldest first. Evaluations are municipal: every signed-in person sees them."""
    return evaluations_from_scores(read_kompass_scores(store))


def evaluations_from_scores(scores: pd.DataFrame) -> list[Evaluation]:
    """Evaluations from a frame with evaluated_on, version, note, area_no, area_name, score."""
    result = []
    for _, rows in scores.groupby("evaluated_on", sort=True):
        records = rows.sort_values("area_no").to_dict("records")
        areas = tuple(
            AreaScore(int(row["area_no"]), str(row["area_name"]), float(row["score"]))
            for row in records
        )
        first = records[0]
        evaluated_on = pd.Timestamp(first["evaluated_on"]).date()
        result.append(Evaluation(evaluated_on, str(first["version"]), str(first["note"]), areas))
    return result


def totals_frame(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """evaluated_on, total (points out of 800), version: one row per evaluation."""
    return pd.DataFrame(
        {
            "evaluated_on": [e.evaluated_on for e in evaluations],
            "total": [e.total for e in evaluations],
            "version": [e.version for e in evaluations],
        }
    )


def next_target(
    evaluations: Sequence[Evaluation], settings: Settings, today: dt.date
) -> TargetProgress | None:
    """The first target (by year) above the latest total and the points needed per year until
    its year; None without evaluations or when every target is reached. A target whose year has
    come counts as overdue, with all the points needed within the current year."""
    if not evaluations:
        return None
    latest = evaluations[-1].total
    for year, points in settings.kompass_target_points():
        if points > latest:
            years_left = year - today.year
            needed = points - latest
            return TargetProgress(
                year,
                points,
                latest,
                needed,
                years_left,
                needed / max(years_left, 1),
                years_left <= 0,
            )
    return None


def kompass_status(total: float, settings: Settings, as_of: dt.date) -> Status:
    """Red when a target whose year has come is not reached; yellow when a target ahead is not
    reached yet; green when the total reaches every target."""
    targets = settings.kompass_target_points()
    if any(year <= as_of.year and total < points for year, points in targets):
        return Status.RED
    return Status.YELLOW if any(total < points for _, points in targets) else Status.GREEN


def weakest_areas(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """The latest evaluation's areas, weakest first: number, name, score, change (points since
    the evaluation before, for the same area number and version; NaN otherwise)."""
    if not evaluations:
        return pd.DataFrame(columns=["number", "name", "score", "change"])
    latest = evaluations[-1]
    earlier = [e for e in evaluations[:-1] if e.version == latest.version]
    before = {area.number: area.score for area in earlier[-1].areas} if earlier else {}
    frame = pd.DataFrame(
        {
            "number": [area.number for area in latest.areas],
            "name": [area.name for area in latest.areas],
            "score": [area.score for area in latest.areas],
            "change": [area.score - before.get(area.number, math.nan) for area in latest.areas],
        }
    )
    return frame.sort_values(["score", "number"], ignore_index=True)


def evaluation_from_form(
    evaluated_on: dt.date, version: str, names: Sequence[str], scores: Sequence[float], note: str
) -> Evaluation:
    """An evaluation as entered by hand: names and scores in area order 1–8 (blank names take
    the version's default names)."""
    defaults = AREA_SETS[version]
    areas = tuple(
        AreaScore(number, name.strip() or defaults[number - 1], float(score))
        for number, (name, score) in enumerate(zip(names, scores, strict=True), start=1)
    )
    return Evaluation(evaluated_on, version, note.strip(), areas)


def evaluations_table(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """Areas down (number and the latest evaluation's name), an evaluation per column headed
    by its date, and a last row with the totals. Norwegian headers, for screen and export."""
    if not evaluations:
        return pd.DataFrame()
    latest = evaluations[-1]
    columns: dict[str, Sequence[object]] = {
        t("kompass.col_number"): [str(area.number) for area in latest.areas] + [""],
        t("kompass.col_area"): [area.name for area in latest.areas] + [t("kompass.total_row")],
    }
    for evaluation in evaluations:
        scores = {area.number: area.score for area in evaluation.areas}
        values: list[object] = [scores.get(area.number) for area in latest.areas]
        columns[format_date(evaluation.evaluated_on)] = [*values, evaluation.total]
    return pd.DataFrame(columns)


def weakest_table(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """`weakest_areas` with Norwegian headers."""
    weakest = weakest_areas(evaluations)
    return weakest.rename(
        columns={
            "number": t("kompass.col_number"),
            "name": t("kompass.col_area"),
            "score": t("kompass.col_score"),
            "change": t("kompass.col_change"),
        }
    )
