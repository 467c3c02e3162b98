"""The working groups' milestone plan from a spreadsheet, as a list or as the programme's grid.

A list has a row per milestone: working group, year, week, kind (a week letter S, O, A, P, F
or a word such as "oppstart" or "møte") and a description. The programme's own grid has a row
per working group and a column per week ("Uke 5", "U5" or just 5) with the week's letters in
its cells ("S", "O/A"). Without a year column the year comes from the title above the header
("Milepælsplan 2026"), else from `--year`, else from the file name. An upload replaces the
whole plan; undo gives the replaced plan back.
"""

from __future__ import annotations

import re
from pathlib import PurePath

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.texts import t
from analytics.imports.kind import (
    PROGRAMME,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    new_upload,
)
from analytics.imports.kinds.registers import (
    RegisterCoverage,
    as_shown,
    cells_of,
    reader_of,
    replaced_uploads_of,
    where_in,
)
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    recognise_layout,
    sure_score,
    title_year,
)
from analytics.imports.reader import normalise_header
from analytics.imports.rows import SheetRow, data_rows, each_checked, require_columns
from analytics.programme.cells import Where
from analytics.programme.milestones import (
    EDIT_MILESTONE_COLUMNS,
    MILESTONE_LETTERS,
    clean_milestone,
    kind_word,
    load_milestones,
)
from analytics.store import Store
from analytics.store.programme import store_milestones_upload
from analytics.store.uploads import MILESTONES

VOCABULARY = "milestones"
FIELDS = ("working_group", "year", "week", "kind", "description")
_WEEK_HEADER = re.compile(r"^(?:uke|veke|u|v|week|w|uke nr|veke nr)?\s*(\d{1,2})$")
_MIN_WEEK_COLUMNS = 3
_LETTERS = re.compile(r"^[SOAPF](?:\s*[/,;+ ]?\s*[SOAPF])*$")
_FILE_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def week_columns(layout: Layout) -> dict[int, int]:
    """Column index → ISO week of the headers that name a week ("Uke 5", "U5", "5")."""
    found = {}
    for index in layout.unrecognised():
        match = _WEEK_HEADER.match(normalise_header(layout.headers[index]))
        if match and 1 <= int(match.group(1)) <= 53:
            found[index] = int(match.group(1))
    return found if len(found) >= _MIN_WEEK_COLUMNS else {}


def recognise(source: Source) -> int:
    """Sure of a sheet with a working-group column and a week column, or week columns."""
    return sure_score(source.tables, VOCABULARY, _is_plan)


def _is_plan(layout: Layout) -> bool:
    has_weeks = layout.column("week") is not None or bool(week_columns(layout))
    return layout.column("working_group") is not None and has_weeks


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The plan of the file, checked (every bad cell listed), and the plan it replaces."""
    table = choose_table(source.tables, source.file_name, VOCABULARY, ("working_group",))
    layout = recognise_layout(table, vocabulary=VOCABULARY)
    weeks = week_columns(layout) if layout.column("week") is None else {}
    needed = {"working_group": ("working_group",)}
    require_columns(layout, needed if weeks else {**needed, "week": ("week",), "kind": ("kind",)})
    year = _year(layout, options, source.file_name)
    rows = [
        row
        for row in data_rows(table, layout)
        if row.text("working_group") or _any_week(row, weeks)
    ]
    read = each_checked(rows, lambda row: _milestones_of(row, weeks, year))
    plan = pd.DataFrame([m for found in read for m in found], columns=EDIT_MILESTONE_COLUMNS)
    if plan.empty:
        raise ImportRejected(t("import.rows.empty", where=layout.place(layout.header_row_number)))
    plan = plan.sort_values(["year", "week", "working_group"], ignore_index=True)
    return PreparedImport("milestones", _preview(store, source, layout, plan, weeks), plan)


def _any_week(row: SheetRow, weeks: dict[int, int]) -> bool:
    return any(str(row.at(column)).strip() for column in weeks)


def _year(layout: Layout, options: ImportOptions, file_name: str) -> int | None:
    """The plan's year when the sheet has no year column: title, option, file name."""
    if layout.column("year") is not None:
        return None
    found = title_year(layout) or options.year
    if found is None:
        years = {int(y) for y in _FILE_YEAR.findall(PurePath(file_name).stem)}
        found = years.pop() if len(years) == 1 else None
    if found is None:
        raise ImportRejected(
            t(
                "import.rows.missing_columns",
                where=layout.place(layout.header_row_number),
                missing=t("import.rows.need.year"),
            )
        )
    return found


def _milestones_of(
    row: SheetRow, weeks: dict[int, int], year: int | None
) -> list[dict[str, object]]:
    cells = cells_of(row, FIELDS)
    if year is not None:
        cells["year"] = year
    if not weeks:
        return [clean_milestone(cells, row.number, where_in(row))]
    found = []
    for column, week in weeks.items():
        where = _cell_of(row, column)
        for kind in _kinds_in(row, column):
            found.append(clean_milestone({**cells, "week": week, "kind": kind}, row.number, where))
    return found


def _cell_of(row: SheetRow, column: int) -> Where:
    """A grid cell's place for what it gives (week and kind); the row's columns otherwise."""

    def where(number: int, field: str) -> str:
        if field in ("week", "kind"):
            return row.layout.place(row.number, column)
        return row.where(field)

    return where


def _kinds_in(row: SheetRow, column: int) -> list[str]:
    """The kinds a grid cell marks: its week letters ("S", "O/A"), or one word; refused else."""
    text = str(row.at(column)).strip()
    if not text:
        return []
    if _LETTERS.match(text.upper()):
        return [MILESTONE_LETTERS[letter] for letter in re.findall(r"[SOAPF]", text.upper())]
    return [text]  # a word, such as "møte": `clean_milestone` reads or refuses it


def _preview(
    store: Store, source: Source, layout: Layout, plan: pd.DataFrame, weeks: dict[int, int]
) -> Preview:
    current = load_milestones(store)
    groups = int(plan["working_group"].nunique())
    return Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="milestones",
        form="weeks" if weeks else "rows",
        row_count=len(plan),
        coverage=RegisterCoverage("milestones", len(plan), groups),
        facts=(
            (t("import.page.kind_label"), t("import.kind.milestones")),
            (t("import.preview.milestones"), str(len(plan))),
            (t("import.preview.groups"), str(groups)),
            (t("import.preview.replaced_count"), str(len(current))),
        ),
        stored=plan_table(plan),
        replaced=plan_table(current),
        replaces=replaced_uploads_of(store, MILESTONES),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )


def plan_table(plan: pd.DataFrame) -> pd.DataFrame:
    """Working group, year, week, kind (its label) and description, Norwegian headers."""
    headers = {
        "working_group": t("milestone.col_group"),
        "year": t("milestone.col_year"),
        "week": t("milestone.col_week"),
        "kind": t("milestone.col_kind"),
        "description": t("milestone.col_description"),
    }
    if plan.empty:
        return pd.DataFrame(columns=list(headers.values()))
    return as_shown(plan.assign(kind=[kind_word(kind) for kind in plan["kind"]]), headers)


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the plan in place of the current one."""
    plan = prepared.payload_as(pd.DataFrame)
    return store_milestones_upload(store, new_upload(prepared, access), plan)


KIND = ImportKind(
    "milestones",
    PROGRAMME,
    recognise,
    prepare,
    commit,
    reader_of("milestones"),
    tables=(MILESTONES,),
    whole=True,
)
