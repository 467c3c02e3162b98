"""SQL of the goal tree and the indicators: goals, the indicators under them, and the
indicators' definitions, targets and values, current rows only.

The goal tree (`goals` and `goal_indicators`) is replaced whole by an upload: a file, or the
tree as edited in the app. An indicator upload replaces by scope: the definition of the same
indicator and unit, the target of the same indicator, unit and year, the value of the same
indicator, unit, region, accounts scope, year and period (`replaced_by`, see `uploads`); undo gives back what
it replaced. `unit_code` is a sector, unit or ansvar code, or 'kommune' for the whole
municipality. Values are in the indicator's unit of measure (%, points, days, kr, count).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics.store.db import Store
from analytics.store.uploads import NewUpload, Versioned, current, store_upload

MUNICIPALITY = "kommune"  # the unit code of figures for the whole municipality

GOALS = Versioned("goals", ())
GOAL_INDICATORS = Versioned("goal_indicators", ())
DEFINITIONS = Versioned("indicator_definitions", ("indicator_key", "unit_code"))
TARGETS = Versioned("indicator_targets", ("indicator_key", "unit_code", "year"))
VALUES = Versioned(
    "indicator_values",
    (
        "indicator_key",
        "unit_code",
        "region",
        "accounts_scope",
        "year",
        "period_kind",
        "period_month",
    ),
)
TREE_TABLES = (GOALS, GOAL_INDICATORS)
INDICATOR_TABLES = (DEFINITIONS, TARGETS, VALUES)

GOAL_COLUMNS = [
    "code",
    "parent_code",
    "level",
    "title",
    "description",
    "owner",
    "unit_code",
    "first_year",
    "last_year",
    "kompass_area",
    "focus_area",
    "position",
]
LINK_COLUMNS = ["goal_code", "indicator_key", "position"]
DEFINITION_COLUMNS = [
    "indicator_key",
    "unit_code",
    "name",
    "measure_unit",
    "direction",
    "yellow_band",
    "source",
    "form",
    "description",
]
TARGET_COLUMNS = ["indicator_key", "unit_code", "year", "target", "yellow_limit", "red_limit"]
VALUE_COLUMNS = [
    "indicator_key",
    "unit_code",
    "region",
    "region_name",
    "accounts_scope",
    "year",
    "period_kind",
    "period_month",
    "value",
    "reference",
    "respondents",
]
_SCOPE_TYPES = {"year": "int64", "period_month": "int64"}


# --- the goal tree -------------------------------------------------------------------------------


def read_goals(store: Store) -> pd.DataFrame:
    """The current goals (GOAL_COLUMNS), in the tree's order (position, then code).

    first_year, last_year and kompass_area are nullable integers (pandas Int64)."""
    frame = store.frame(
        f"SELECT {', '.join(GOAL_COLUMNS)} FROM goals WHERE {current()} ORDER BY position, code"
    )
    return frame.astype({"first_year": "Int64", "last_year": "Int64", "kompass_area": "Int64"})


def read_goal_indicators(store: Store) -> pd.DataFrame:
    """The indicators hung under the current goals (LINK_COLUMNS), by goal and position."""
    return store.frame(
        f"SELECT {', '.join(LINK_COLUMNS)} FROM goal_indicators WHERE {current()} "
        "ORDER BY goal_code, position, indicator_key"
    )


def store_goal_tree_upload(
    store: Store, upload: NewUpload, goals: pd.DataFrame, links: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores a new goal tree (GOAL_COLUMNS) with its indicator links (LINK_COLUMNS) in one
    transaction, in place of the whole current tree; returns its id and the uploads replaced."""
    return store_upload(
        store, upload, [(GOALS, goals, GOAL_COLUMNS), (GOAL_INDICATORS, links, LINK_COLUMNS)]
    )


# --- indicators --------------------------------------------------------------------------------


def read_definitions(store: Store) -> pd.DataFrame:
    """Each indicator's current definition (DEFINITION_COLUMNS without unit_code): the one of
    the newest upload among its units' definitions; by key."""
    columns = [column for column in DEFINITION_COLUMNS if column != "unit_code"]
    return store.frame(
        f"SELECT {', '.join(columns)} FROM indicator_definitions WHERE {current()} "
        "QUALIFY row_number() OVER (PARTITION BY indicator_key "
        "ORDER BY coalesce(upload_id, 0) DESC, unit_code) = 1 ORDER BY indicator_key"
    )


def read_targets(store: Store, unit_codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The current targets (TARGET_COLUMNS; limits NaN where none), of these units (None: all)."""
    return _read(store, "indicator_targets", TARGET_COLUMNS, unit_codes, "year")


def read_values(store: Store, unit_codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The current values (VALUE_COLUMNS; reference NaN and respondents <NA> where none), of
    these units (None: all), by indicator, unit, region, year and period."""
    frame = _read(
        store, "indicator_values", VALUE_COLUMNS, unit_codes, "region, year, period_month"
    )
    return frame.astype({"respondents": "Int64"})


def _read(
    store: Store, table: str, columns: list[str], unit_codes: Sequence[str] | None, order: str
) -> pd.DataFrame:
    where = "" if unit_codes is None else " AND list_contains(?, unit_code)"
    params = [] if unit_codes is None else [list(unit_codes)]
    return store.frame(
        f"SELECT {', '.join(columns)} FROM {table} WHERE {current()}{where} "
        f"ORDER BY indicator_key, unit_code, {order}",
        params,
    )


def store_indicator_upload(
    store: Store,
    upload: NewUpload,
    definitions: pd.DataFrame,
    targets: pd.DataFrame,
    values: pd.DataFrame,
) -> tuple[int, tuple[int, ...]]:
    """Stores an indicator upload's definitions, targets and values in one transaction,
    replacing the current rows of their scope (see the module docstring); returns its id and
    the uploads it replaced rows of."""
    return store_upload(
        store,
        upload,
        [
            (DEFINITIONS, definitions, DEFINITION_COLUMNS),
            (TARGETS, targets, TARGET_COLUMNS),
            (VALUES, values, VALUE_COLUMNS),
        ],
    )


def replaced_in_scope(store: Store, versioned: Versioned, rows: pd.DataFrame) -> pd.DataFrame:
    """What storing these rows would replace in one table: upload_id (None for rows of no
    upload), file_name, rows; one row per upload."""
    keys = rows[list(versioned.scope)].drop_duplicates() if not rows.empty else _no_keys(versioned)
    match = " AND ".join(f"k.{column} = t.{column}" for column in versioned.scope)
    cursor = store.cursor()
    cursor.register("scope_keys", keys)
    frame = cursor.execute(
        "SELECT t.upload_id, coalesce(any_value(u.file_name), '') AS file_name, "
        f"count(*) AS rows FROM {versioned.table} t LEFT JOIN uploads u ON u.id = t.upload_id "
        f"WHERE {current('t')} AND EXISTS (SELECT 1 FROM scope_keys k WHERE {match}) "
        "GROUP BY t.upload_id ORDER BY t.upload_id"
    ).df()
    cursor.unregister("scope_keys")
    return frame


def _no_keys(versioned: Versioned) -> pd.DataFrame:
    return pd.DataFrame(
        {c: pd.Series(dtype=_SCOPE_TYPES.get(c, "object")) for c in versioned.scope}
    )


# --- workshop measures linked to goals and indicators -------------------------------------------


def set_measure_link(store: Store, measure_id: int, goal_code: str, indicator_key: str) -> None:
    """Links a workshop measure to a goal (its code) and an indicator (its key); '' for none."""
    with store.transaction() as tx:
        tx.execute(
            "UPDATE measures SET goal_code = ?, indicator_key = ? WHERE id = ?",
            [goal_code, indicator_key, measure_id],
        )


def read_measure_links(store: Store, unit_codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The measures linked to a goal or an indicator (id, unit_code, title, status, goal_code,
    indicator_key), of these units (None: all), by id."""
    where = "" if unit_codes is None else " AND list_contains(?, unit_code)"
    params = [] if unit_codes is None else [list(unit_codes)]
    return store.frame(
        "SELECT id, unit_code, title, status, coalesce(goal_code, '') AS goal_code, "
        "coalesce(indicator_key, '') AS indicator_key FROM measures "
        f"WHERE (coalesce(goal_code, '') <> '' OR coalesce(indicator_key, '') <> ''){where} "
        "ORDER BY id",
        params,
    )
