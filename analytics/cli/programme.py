"""`sickleave`, `kompass`, `risks` and `milestones`: the programme on the command line.

Suppressed sick-leave groups print as suppressed, with null numbers in JSON, exactly as the app
shows them (the same suppression, including the complementary cells). The risk register and the
milestone plan print as stored (the register highest factor first, the plan by date).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from analytics.cli.output import print_json, print_table
from analytics.core.access import Access
from analytics.core.errors import UserError
from analytics.core.formatting import format_date, format_number, format_pct
from analytics.core.organisation import Level, whole_municipality
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.kompass.evaluations import Evaluation, read_evaluations
from analytics.programme.milestones import kind_word, load_milestones, milestone_timeline
from analytics.programme.risks import load_risks
from analytics.sickleave.figures import (
    SickLeaveRow,
    build_overview,
    read_located_sick_leave,
    rows_of,
)
from analytics.store import Store

SICK_LEAVE_KEYS = ("key", "name", "period", "pct", "short_pct", "long_pct", "suppressed")
RISK_KEYS = (
    "number", "risk", "probability", "consequence", "factor", "band", "mitigation", "owner"
)  # fmt: skip
MILESTONE_KEYS = ("working_group", "year", "week", "date", "kind", "description")
_LEVELS: dict[str, Level] = {"sector": "sektor", "unit": "enhet"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `sickleave`, `kompass`, `risks` and `milestones`."""
    sick = subparsers.add_parser("sickleave", help=t("programme.cli.sickleave_help"))
    sick.add_argument("--year", type=int, required=True, help="År, f.eks. 2026")
    sick.add_argument("--by", choices=tuple(_LEVELS), default=None, help="Sektor eller enhet")
    sick.add_argument("--json", action="store_true", help="Skriv JSON")
    sick.set_defaults(handler=run_sick_leave)
    for name, handler in (
        ("kompass", run_kompass),
        ("risks", run_risks),
        ("milestones", run_milestones),
    ):
        command = subparsers.add_parser(name, help=t(f"programme.cli.{name}_help"))
        command.add_argument("--json", action="store_true", help="Skriv JSON")
        command.set_defaults(handler=handler)


def sick_leave_rows(store: Store, access: Access, year: int, by: str | None) -> list[SickLeaveRow]:
    """The municipality's months and year, then each sector's or unit's, for `year`, of what
    `access` may see."""
    located = read_located_sick_leave(store, access)
    level = _LEVELS[by] if by else None
    table = build_overview(located, whole_municipality(), level, year, load_settings(store))
    of_year = table[table["year"] == year]
    return rows_of(of_year.sort_values(["role", "key", "month"], ascending=[False, True, True]))


def run_sick_leave(store: Store, args: argparse.Namespace) -> int:
    """Prints sick leave per month and for the year; suppressed groups without numbers."""
    rows = sick_leave_rows(store, args.access, args.year, args.by)
    if not rows:
        raise UserError(t("programme.cli.no_sick_leave", year=args.year))
    if args.json:
        print_json([{key: getattr(row, key) for key in SICK_LEAVE_KEYS} for row in rows])
        return 0
    hidden = t("sick.suppressed")
    print_table(
        [t(f"programme.cli.col_{key}") for key in SICK_LEAVE_KEYS[:-1]],
        [
            [row.key, row.name, row.period]
            + [
                hidden if row.suppressed else format_pct(getattr(row, key))
                for key in SICK_LEAVE_KEYS[3:6]
            ]
            for row in rows
        ],
    )
    return 0


def run_kompass(store: Store, args: argparse.Namespace) -> int:
    """Prints each evaluation with its areas and total, and the targets."""
    evaluations = read_evaluations(store)
    settings = load_settings(store)
    if args.json:
        print_json(kompass_json(evaluations, settings))
        return 0
    if not evaluations:
        raise UserError(t("programme.cli.no_kompass"))
    for evaluation in evaluations:
        _print_evaluation(evaluation)
    targets = ", ".join(
        f"{format_number(points)} ({year})" for year, points in settings.kompass_target_points()
    )
    average = format_number(settings.kompass_national_average)
    print(t("programme.cli.kompass_targets", targets=targets, average=average))
    return 0


def kompass_json(evaluations: list[Evaluation], settings: Settings) -> dict[str, object]:
    """Evaluations (date, version, areas name → score, total), targets and national average."""
    return {
        "evaluations": [
            {
                "date": e.evaluated_on.isoformat(),
                "version": e.version,
                "areas": {area.name: area.score for area in e.areas},
                "total": e.total,
            }
            for e in evaluations
        ],
        "targets": [
            {"year": year, "points": points} for year, points in settings.kompass_target_points()
        ],
        "national_average": settings.kompass_national_average,
    }


def _print_evaluation(evaluation: Evaluation) -> None:
    print(
        t(
            "programme.cli.kompass_heading",
            date=format_date(evaluation.evaluated_on),
            total=format_number(evaluation.total),
        )
    )
    print_table(
        [t("programme.cli.col_area"), t("programme.cli.col_score")],
        [[f"{a.number} {a.name}", format_number(a.score)] for a in evaluation.areas],
    )
    print()


def risk_rows(store: Store) -> list[dict[str, object]]:
    """The register as stored, highest factor first, one object per risk (RISK_KEYS)."""
    risks = load_risks(store)
    return [{key: _plain(record[key]) for key in RISK_KEYS} for record in risks.to_dict("records")]


def run_risks(store: Store, args: argparse.Namespace) -> int:
    """Prints the risk register: number, risk, S, K, RF, band, mitigation, owner."""
    return _print_rows(args, risk_rows(store), RISK_KEYS, "no_risks", _risk_cells)


def _risk_cells(row: dict[str, object]) -> list[object]:
    return [row[key] if key != "band" else t(f"risk.band_{row[key]}") for key in RISK_KEYS]


def _print_rows(
    args: argparse.Namespace,
    rows: list[dict[str, object]],
    keys: tuple[str, ...],
    empty_key: str,
    cells: Callable[[dict[str, object]], list[object]],
) -> int:
    """JSON as stored, or a table of the rows' cells; an empty text table is a user error."""
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        raise UserError(t(f"programme.cli.{empty_key}"))
    print_table([t(f"programme.cli.col_{key}") for key in keys], [cells(row) for row in rows])
    return 0


def milestone_rows(store: Store) -> list[dict[str, object]]:
    """The plan as stored, by date and group, one object per milestone (MILESTONE_KEYS); the
    date is the Monday of the ISO week, the kind its key (start, status, …)."""
    plan = load_milestones(store)
    if plan.empty:
        return []
    timeline = milestone_timeline(plan).assign(date=lambda frame: frame["date"].astype(str))
    return [
        {key: _plain(record[key]) for key in MILESTONE_KEYS}
        for record in timeline.to_dict("records")
    ]


def run_milestones(store: Store, args: argparse.Namespace) -> int:
    """Prints the milestone plan: group, year, week, date, kind, description."""
    return _print_rows(args, milestone_rows(store), MILESTONE_KEYS, "no_milestones", _plan_cells)


def _plan_cells(row: dict[str, object]) -> list[object]:
    shown = {
        "date": format_date(dt.date.fromisoformat(str(row["date"]))),
        "kind": kind_word(str(row["kind"])),
    }
    return [shown.get(key, row[key]) for key in MILESTONE_KEYS]


def _plain(value: object) -> object:
    """numpy numbers as Python ones, for JSON."""
    return value.item() if hasattr(value, "item") else value
