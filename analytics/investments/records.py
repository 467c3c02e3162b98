"""Reading and changing the investment projects under the access rules.

A project belongs to its responsible unit: a person sees the projects of the units they see
(those who see the whole municipality also see projects with no unit yet), and the project
leader (whoever may write for the unit: its budget holder, the leader above it, the director)
records the forecast of the final cost and the project's risks. The register itself (code,
name, unit, frame, years, phase) is changed by the director and administrators, on the
Investeringer page or by importing a register file; each change is an upload of its own in the
history, undoable like a file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core import audit, clock
from analytics.core.access import Access, require_write, visible_organisation
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.investments.figures import (
    ProjectLines,
    ProjectStatus,
    by_art,
    project_statuses,
    yearly_series,
)
from analytics.investments.register import changes_of, clean_register
from analytics.store import Store
from analytics.store import projects as project_store
from analytics.store.organisation import read_organisation
from analytics.store.uploads import edit_upload, read_line_names

MAX_COMMENT = 2000


@dataclass(frozen=True, eq=False)
class Portfolio:
    """The projects a person may see, with everything their figures are made of."""

    register: pd.DataFrame  # PROJECT_COLUMNS of the visible projects
    lines: ProjectLines
    forecasts: pd.DataFrame  # FORECAST_COLUMNS of the visible projects
    unit_names: dict[str, str]
    settings: Settings

    def statuses(self, year: int, month: int) -> list[ProjectStatus]:
        """Every visible project's figures in the year, as of the month."""
        return project_statuses(
            self.register, self.lines, self.forecasts, (year, month), self.unit_names, self.settings
        )

    def yearly(self, codes: Sequence[str] | None = None) -> pd.DataFrame:
        """Budget, plan and actual cost per year of these projects (all visible: None)."""
        chosen = list(self.register["code"]) if codes is None else list(codes)
        return yearly_series(self.lines, chosen)

    def arts(self, store: Store, code: str, year: int) -> pd.DataFrame:
        """One visible project's year per art (see `figures.by_art`)."""
        if code not in set(self.register["code"]):
            raise NotFound(t("investments.no_such_project", code=code))
        return by_art(self.lines, code, year, read_line_names(store, "art"))


def load_portfolio(store: Store, access: Access) -> Portfolio:
    """The projects this person may see (see the module docstring)."""
    register = visible_projects(store, access)
    codes = set(register["code"])
    lines = ProjectLines(
        *(
            frame[frame["prosjekt"].isin(codes)].reset_index(drop=True)
            for frame in (
                project_store.project_budgets(store),
                project_store.project_plans(store),
                project_store.project_accounts(store),
            )
        )
    )
    forecasts = project_store.select_project_forecasts(store, sorted(codes))
    return Portfolio(register, lines, forecasts, _unit_names(store), load_settings(store))


def _unit_names(store: Store) -> dict[str, str]:
    organisation = read_organisation(store)
    names = dict(zip(organisation["ansvar"], organisation["ansvar_name"], strict=True))
    names.update(zip(organisation["sector_code"], organisation["sector_name"], strict=True))
    names.update(zip(organisation["unit_code"], organisation["unit_name"], strict=True))
    return names


def visible_projects(store: Store, access: Access) -> pd.DataFrame:
    """The register's projects this person may see (PROJECT_COLUMNS), by code."""
    register = project_store.read_projects(store)
    if access.sees_everything:
        return register
    visible = visible_organisation(read_organisation(store), access)
    codes = set(visible["ansvar"]) | set(visible["unit_code"]) | set(visible["sector_code"])
    return register[register["unit_code"].isin(codes)].reset_index(drop=True)


def ansvar_of_unit(organisation: pd.DataFrame, code: str) -> set[str]:
    """The ansvar a sector, unit or ansvar code covers (the code itself when unknown)."""
    mask = (
        (organisation["sector_code"] == code)
        | (organisation["unit_code"] == code)
        | (organisation["ansvar"] == code)
    )
    return set(organisation.loc[mask, "ansvar"]) or {code}


def require_project_write(store: Store, access: Access, code: str) -> pd.Series:
    """The project's register entry; AccessDenied unless the person may write for its unit
    (a project with no unit: only those who see the whole municipality)."""
    register = project_store.read_projects(store)
    found = register[register["code"] == code]
    if found.empty:
        raise NotFound(t("investments.no_such_project", code=code))
    project = found.iloc[0]
    if not project["unit_code"]:
        if not access.sees_everything:
            raise AccessDenied(t("access.write_denied", count=1))
        return project
    require_write(
        read_organisation(store),
        access,
        ansvar_of_unit(read_organisation(store), str(project["unit_code"])),
    )
    return project


def may_write_project(store: Store, access: Access, code: str) -> bool:
    """True when the person may record the project's forecast and risks."""
    try:
        require_project_write(store, access, code)
    except (AccessDenied, NotFound):
        return False
    return True


def save_forecast(
    store: Store,
    access: Access,
    period: tuple[int, int],
    code: str,
    forecast: float | None,
    comment: str,
) -> None:
    """Stores the project leader's forecast of the final cost (NOK, the whole project) and a
    comment for a month; it counts from that month on until a newer one. `forecast` None
    keeps only the comment."""
    year, month = period
    if not 1 <= month <= 12:
        raise UserError(t("workshop.error.month", month=month))
    if forecast is not None and (math.isnan(forecast) or forecast < 0):
        raise UserError(t("investments.bad_forecast", value=forecast))
    if len(comment) > MAX_COMMENT:
        raise UserError(t("investments.comment_too_long", limit=MAX_COMMENT))
    require_project_write(store, access, code)
    project_store.upsert_project_forecast(
        store, (year, month, code), forecast, comment.strip(), access.user, clock.now()
    )
    audit.record(store, access.user, "project_forecast", f"{code} {year}-{month:02d}")


def save_risks(store: Store, access: Access, code: str, risks: pd.DataFrame) -> None:
    """Puts the project's risks (risk, probability and consequence 1–5, mitigation, owner) in
    place of its own; refuses (naming the row) a risk without text or a score outside 1–5."""
    require_project_write(store, access, code)
    cleaned = clean_risks(risks)
    project_store.replace_project_risks(store, code, cleaned)
    audit.record(store, access.user, "project_risks", f"{code}: {len(cleaned)}")


RISK_FIELDS = ["risk", "probability", "consequence", "mitigation", "owner"]


def clean_risks(risks: pd.DataFrame) -> pd.DataFrame:
    """The risks with text trimmed and scores as whole numbers 1–5 (empty rows left out)."""
    rows = []
    problems = []
    for number, row in enumerate(risks.to_dict("records"), start=1):
        text = _text(row.get("risk"))
        if (
            not text
            and _score(row.get("probability")) is None
            and _score(row.get("consequence")) is None
        ):
            continue
        scores = [_score(row.get(field)) for field in ("probability", "consequence")]
        if not text or None in scores:
            problems.append(t("investments.bad_risk", row=number))
            continue
        rows.append(
            {
                "risk": text,
                "probability": scores[0],
                "consequence": scores[1],
                "mitigation": _text(row.get("mitigation")),
                "owner": _text(row.get("owner")),
            }
        )
    if problems:
        raise UserError("\n".join(problems))
    return pd.DataFrame(rows, columns=RISK_FIELDS)


def _text(value: object) -> str:
    """A cell as trimmed text; empty for None and NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _score(value: object) -> int | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() and 1 <= number <= 5 else None


def project_risks(store: Store, access: Access, codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The risks of the projects the person may see (RISK_COLUMNS plus factor = S × K)."""
    visible = set(visible_projects(store, access)["code"])
    chosen = sorted(visible if codes is None else visible & set(codes))
    risks = project_store.select_project_risks(store, chosen)
    return risks.assign(factor=risks["probability"] * risks["consequence"])


# --- the register ---------------------------------------------------------------------------------


def require_register_write(access: Access) -> None:
    """The register is changed by the director and administrators."""
    if not access.sees_everything:
        raise AccessDenied(t("investments.register_denied"))


def save_register(
    store: Store, access: Access, edited: pd.DataFrame
) -> tuple[int, tuple[int, ...]] | None:
    """Stores the register as edited on the page (PROJECT_COLUMNS but source) as an upload of
    its own ("(redigert i appen)"): the changed and new entries, and those taken out. Returns
    the upload id and the uploads it replaced entries of; None when nothing changed."""
    require_register_write(access)
    entries = clean_register(edited, lambda number, field: t("investments.row", row=number))
    current = project_store.read_projects(store)
    changed, removed = changes_of(current, entries)
    if changed.empty and not removed:
        return None
    upload = edit_upload(
        "projects", access.user, changed, {"rows": len(changed), "removed": len(removed)}
    )
    stored = project_store.store_projects_upload(store, upload, changed, removed)
    audit.record(store, access.user, "upload", f"{stored[0]} projects {upload.file_name}")
    return stored
