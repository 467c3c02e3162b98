"""`indicators`: every indicator's status per unit for a year, with the reason in words.

`--json` prints one object per indicator and unit with exactly `indicator`, `unit`, `period`,
`value`, `target`, `direction`, `status` (value and target in the indicator's unit of measure;
null where there is none; period `2026`, `2026-T2`, `2026-K3` or `2026-10`).
"""

from __future__ import annotations

import argparse

from analytics.cli.output import print_json, print_table
from analytics.core.errors import UserError
from analytics.core.names import format_measure
from analytics.core.texts import t
from analytics.goals.data import read_indicator_data
from analytics.goals.indicators import IndicatorStatus
from analytics.store import Store

JSON_KEYS = ("indicator", "unit", "period", "value", "target", "direction", "status")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `indicators`."""
    command = subparsers.add_parser("indicators", help=t("indicator.cli.help"))
    command.add_argument("--year", type=int, required=True, help=t("indicator.cli.year"))
    command.add_argument("--unit", default=None, help=t("indicator.cli.unit"))
    command.add_argument("--json", action="store_true", help=t("cli.json"))
    command.set_defaults(handler=run_indicators)


def run_indicators(store: Store, args: argparse.Namespace) -> int:
    """Prints the statuses of the year (of one unit with --unit), within the caller's access."""
    data = read_indicator_data(store, args.access, args.year)
    units = None
    if args.unit is not None:
        if args.unit not in data.unit_codes:
            raise UserError(t("indicator.cli.unknown_unit", unit=args.unit))
        units = [args.unit]
    statuses = data.statuses(args.year, units)
    if args.json:
        print_json([as_json(status) for status in statuses])
        return 0
    print(t("indicator.cli.heading", year=args.year))
    if not statuses:
        print(t("indicator.cli.none"))
        return 0
    headers = [t(f"indicator.col.{key}") for key in ("indicator", "unit", "period", "value",
                                                       "target", "status", "reason")]  # fmt: skip
    print_table(headers, [_row(status) for status in statuses])
    return 0


def as_json(status: IndicatorStatus) -> dict[str, object]:
    """The object of one indicator and unit (JSON_KEYS)."""
    return {
        "indicator": status.indicator.key,
        "unit": status.unit_code,
        "period": status.period_code,
        "value": status.value,
        "target": status.target.value if status.target is not None else None,
        "direction": status.indicator.direction,
        "status": str(status.status),
    }


def _row(status: IndicatorStatus) -> list[str]:
    unit = status.indicator.unit
    return [
        status.indicator.title,
        status.unit_name,
        status.period_text,
        "–" if status.value is None else format_measure(status.value, unit),
        "–" if status.target is None else format_measure(status.target.value, unit),
        status.status.label,
        status.assessment.reason,
    ]
