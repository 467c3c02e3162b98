"""The goal tree from a spreadsheet: a row per goal (code, the goal above it, level, title,
description, owner, sector or unit, period, Kommunekompasset area, focus area, indicators).

The level may be left out: a goal with none above it is a community goal, one of a sector a
sector goal, one of a unit a unit goal. The period is «2024–2027» or first and last year. The
indicators are named by key or name, separated by «;» or «,». The upload replaces the whole
tree (only the newest can be undone); administrators and the director change it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access, may_edit_goals, require_goal_write
from analytics.core.errors import ImportRejected
from analytics.core.numbers import normalise_code
from analytics.core.texts import t
from analytics.goals.indicators import read_catalogue
from analytics.goals.tree import (
    FOCUS_AREAS,
    Goal,
    focus_label,
    goal_frames,
    level_label,
    tree_problems,
)
from analytics.imports.kind import (
    AccessRule,
    CoversNoUnits,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    json_field,
    new_upload,
)
from analytics.imports.kinds.indicator_forms import Units, key_of
from analytics.imports.kinds.registers import replaced_uploads_of
from analytics.imports.layout import SURE, choose_table, describe_roles, recognise_layout
from analytics.imports.reader import normalise_header
from analytics.imports.rows import CellErrors, SheetRow, data_rows, each_checked, require_columns
from analytics.store import Store
from analytics.store.goals import GOALS, MUNICIPALITY, TREE_TABLES, store_goal_tree_upload
from analytics.store.organisation import read_organisation

VOCABULARY = "goals"
_LEVEL_WORDS = {
    "samfunnsmål": "community",
    "samfunn": "community",
    "kommune": "community",
    "community": "community",
    "sektormål": "sector",
    "sektor": "sector",
    "sector": "sector",
    "enhetsmål": "unit",
    "enhet": "unit",
    "eining": "unit",
    "unit": "unit",
}
_PERIOD = re.compile(r"^((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class GoalCoverage(CoversNoUnits):
    """What a goal-tree upload holds: its number of goals and indicator links."""

    goals: int
    links: int
    edited: bool = False

    def describe(self) -> str:
        return t("goals.coverage", goals=self.goals, links=self.links)

    def to_json(self) -> dict[str, Any]:
        return {"goals": self.goals, "links": self.links, "edited": self.edited}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> GoalCoverage:
    return GoalCoverage(
        int(json_field(raw, "goals", 0)),
        int(json_field(raw, "links", 0)),
        bool(json_field(raw, "edited", False)),
    )


def _check(organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> None:
    require_goal_write(access)


RULE = AccessRule("goals", _check, lambda _, access, __: may_edit_goals(access), may_edit_goals)


def _fits(source: Source) -> bool:
    for table in source.tables:
        try:
            layout = recognise_layout(table, vocabulary=VOCABULARY)
        except ImportRejected:
            continue
        if layout.column("goal_title") is not None and layout.column("goal_code") is not None:
            return True
    return False


def recognise(source: Source) -> int:
    """Sure of a sheet with a goal code and a goal title column."""
    return SURE + 3 if _fits(source) else 0


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The tree of the file, checked against the rules of the tree and the organisation."""
    table = choose_table(source.tables, source.file_name, VOCABULARY, ("goal_title",))
    layout = recognise_layout(table, vocabulary=VOCABULARY)
    require_columns(layout, {"goal_code": ("goal_code",), "goal_title": ("goal_title",)})
    organisation = read_organisation(store)
    reader = _GoalReader(Units(organisation), read_catalogue(store))
    rows = data_rows(table, layout)
    goals = each_checked(rows, reader.goal)
    where = {goal.code: row.where("goal_code") for goal, row in zip(goals, rows, strict=True)}
    errors = CellErrors()
    for code, message in tree_problems(goals, organisation):
        errors.add(f"{where.get(code, layout.place())}: {message}")
    errors.raise_if_any()
    frame, links = goal_frames(goals)
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="goals",
        form="rows",
        row_count=len(goals),
        coverage=GoalCoverage(len(goals), len(links)),
        facts=(
            (t("import.page.kind_label"), t("import.kind.goals")),
            (t("goals.import.goals"), str(len(goals))),
            (t("goals.import.links"), str(len(links))),
        ),
        stored=goals_table(goals),
        replaced=pd.DataFrame(),
        replaces=replaced_uploads_of(store, GOALS),
        warnings=tuple(reader.warnings),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )
    return PreparedImport("goals", preview, (frame, links))


class _GoalReader:
    """Reads goal rows; knows the organisation's units and the indicators' keys and names."""

    def __init__(self, units: Units, catalogue: Mapping[str, Any]) -> None:
        self.units = units
        self.indicators = {normalise_header(key): key for key in catalogue}
        self.indicators.update(
            {normalise_header(item.title): key for key, item in catalogue.items()}
        )
        self.warnings: list[str] = []

    def goal(self, row: SheetRow) -> Goal:
        code = row.text("goal_code")
        parent = row.text("parent_code")
        unit_code = self.units.code(row, "goal_unit")
        first, last = _years(row)
        return Goal(
            code=code,
            parent_code=parent,
            level=_level(row, parent, unit_code, self.units),
            title=row.text("goal_title"),
            description=row.text("goal_description"),
            owner=row.text("goal_owner"),
            unit_code=unit_code,
            first_year=first,
            last_year=last,
            kompass_area=_kompass_area(row),
            focus_area=_focus_area(row),
            indicators=self._indicators(row),
        )

    def _indicators(self, row: SheetRow) -> tuple[str, ...]:
        keys = []
        for word in re.split(r"[;,\n]", row.text("goal_indicators")):
            if not word.strip():
                continue
            key = self.indicators.get(normalise_header(word))
            if key is None:
                key = key_of(word)
                self.warnings.append(
                    t(
                        "goals.import.unknown_indicator",
                        where=row.where("goal_indicators"),
                        name=word.strip(),
                    )
                )
            keys.append(key)
        return tuple(dict.fromkeys(keys))


def _level(row: SheetRow, parent: str, unit_code: str, units: Units) -> Any:
    text = normalise_header(row.get("goal_level"))
    if text:
        level = _LEVEL_WORDS.get(text)
        if level is None:
            names = ", ".join(level_label(name) for name in ("community", "sector", "unit"))
            raise ImportRejected(
                t("goals.import.bad_level", where=row.where("goal_level"), value=text, levels=names)
            )
        return level
    if not parent or unit_code == MUNICIPALITY:
        return "community"
    return "sector" if unit_code in units.sectors else "unit"


def _years(row: SheetRow) -> tuple[int | None, int | None]:
    period = normalise_code(row.get("goal_period")).replace(" ", "")
    match = _PERIOD.match(period)
    if match:
        return int(match.group(1)), int(match.group(2))
    if _YEAR.match(period):
        return int(period), int(period)
    if period:
        raise ImportRejected(
            t("goals.import.bad_period", where=row.where("goal_period"), value=period)
        )
    return _year(row, "first_year"), _year(row, "last_year")


def _year(row: SheetRow, field: str) -> int | None:
    text = row.text(field)
    if not text:
        return None
    if not _YEAR.match(text):
        raise ImportRejected(t("goals.import.bad_year", where=row.where(field), value=text))
    return int(text)


def _kompass_area(row: SheetRow) -> int | None:
    text = row.text("kompass_area")
    match = re.match(r"^\s*(\d+)", text)
    if not text:
        return None
    if match is None:
        raise ImportRejected(
            t("goals.import.bad_area", where=row.where("kompass_area"), value=text)
        )
    return int(match.group(1))


def _focus_area(row: SheetRow) -> str:
    text = normalise_header(row.get("focus_area"))
    if not text:
        return ""
    for area in FOCUS_AREAS:
        if text in (area, normalise_header(focus_label(area)), area.replace("_", " ")):
            return area
    names = ", ".join(focus_label(area) for area in FOCUS_AREAS)
    raise ImportRejected(
        t("goals.import.bad_focus", where=row.where("focus_area"), value=text, areas=names)
    )


def goals_table(goals: Any) -> pd.DataFrame:
    """The goals as the preview shows them."""
    return pd.DataFrame(
        {
            t("goals.col.code"): [goal.code for goal in goals],
            t("goals.col.level"): [level_label(goal.level) for goal in goals],
            t("goals.col.title"): [goal.title for goal in goals],
            t("goals.col.unit"): [goal.unit_code for goal in goals],
            t("goals.col.period"): [goal.period_text for goal in goals],
            t("goals.col.indicators"): [", ".join(goal.indicators) for goal in goals],
        }
    )


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the tree in place of the whole current one."""
    frame, links = prepared.payload_as(tuple)
    return store_goal_tree_upload(store, new_upload(prepared, access), frame, links)


KIND = ImportKind(
    "goals", RULE, recognise, prepare, commit, read_coverage, tables=TREE_TABLES, whole=True
)
