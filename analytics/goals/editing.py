"""The goal tree edited in the app: the editor's table read back as goals, checked by the rules of
the tree, and stored as a new upload of the whole tree (undo on Last opp gives the old one back).
Administrators and the director change it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

import pandas as pd

from analytics.core import audit, clock
from analytics.core.access import Access, require_goal_write
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.goals.tree import Goal, goal_frames, tree_problems
from analytics.store import Store
from analytics.store.goals import GOAL_COLUMNS, MUNICIPALITY, store_goal_tree_upload
from analytics.store.organisation import read_organisation
from analytics.store.uploads import NewUpload

EDIT_COLUMNS = [column for column in GOAL_COLUMNS if column != "position"] + ["indicators"]


def editable_frame(goals: Sequence[Goal]) -> pd.DataFrame:
    """The goals as the editor shows them (EDIT_COLUMNS; indicators as «a; b»)."""
    rows = [
        {column: getattr(goal, column) for column in EDIT_COLUMNS if column != "indicators"}
        | {"indicators": "; ".join(goal.indicators)}
        for goal in goals
    ]
    return pd.DataFrame(rows, columns=EDIT_COLUMNS).astype(
        {"first_year": "Int64", "last_year": "Int64", "kompass_area": "Int64"}
    )


def goals_of_frame(frame: pd.DataFrame) -> list[Goal]:
    """The editor's rows (EDIT_COLUMNS) as goals; blank rows left out."""
    goals = []
    for row in frame.to_dict("records"):
        if not _text(row.get("code")) and not _text(row.get("title")):
            continue
        goals.append(
            Goal(
                code=_text(row.get("code")),
                parent_code=_text(row.get("parent_code")),
                level=_text(row.get("level")) or "community",  # type: ignore[arg-type]
                title=_text(row.get("title")),
                description=_text(row.get("description")),
                owner=_text(row.get("owner")),
                unit_code=_text(row.get("unit_code")) or MUNICIPALITY,
                first_year=_number(row.get("first_year")),
                last_year=_number(row.get("last_year")),
                kompass_area=_number(row.get("kompass_area")),
                focus_area=_text(row.get("focus_area")),
                indicators=tuple(
                    key.strip()
                    for key in re.split(r"[;,]", _text(row.get("indicators")))
                    if key.strip()
                ),
            )
        )
    return goals


def _text(value: object) -> str:
    """A cell as trimmed text ('' for an empty cell: None, NaN, <NA>)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _number(value: object) -> int | None:
    text = _text(value)
    return int(float(text)) if re.fullmatch(r"\d+(\.0)?", text) else None


def save_goal_tree(store: Store, access: Access, frame: pd.DataFrame) -> int:
    """Stores the edited tree in place of the current one; returns the upload id.

    Raises AccessDenied for anyone but administrators and the director, UserError listing every
    breach of the tree's rules (nothing stored then)."""
    require_goal_write(access)
    goals = goals_of_frame(frame)
    problems = tree_problems(goals, read_organisation(store))
    if problems:
        raise UserError("\n".join(message for _, message in problems))
    rows, links = goal_frames(goals)
    coverage = {"goals": len(rows), "links": len(links), "edited": True}
    content = json.dumps(
        [
            clock.now().isoformat(),
            rows.astype(str).values.tolist(),
            links.astype(str).values.tolist(),
        ]
    )
    digest = hashlib.sha256(content.encode()).hexdigest()
    upload = NewUpload("goals", t("goals.edited_file"), digest, access.user, len(rows), coverage)
    upload_id, _ = store_goal_tree_upload(store, upload, rows, links)
    audit.record(store, access.user, "goals_edit", f"{upload_id}: {len(rows)}")
    return upload_id
