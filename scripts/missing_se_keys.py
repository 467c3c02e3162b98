"""Lists the bokmål keys that have no North Sami text yet, grouped by area module, for the
translator's next pass.

    .venv/bin/python scripts/missing_se_keys.py

For each area (analytics/core/texts/<area>.py) it prints the keys missing in
analytics/core/texts/se/<area>.py as lines ready to paste into that module's `SE` dict, with the
bokmål text to translate, then the keys North Sami has that bokmål no longer has (to delete) and
the texts whose placeholders differ (to fix). An area with no North Sami module yet lists all its
keys. Exit code 0 when North Sami is complete, 1 when something is listed.
"""

from __future__ import annotations

import importlib
import string
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class AreaGaps:
    """What one area's North Sami module lacks or has too much of."""

    area: str
    has_module: bool
    missing: dict[str, str]  # key -> bokmål text
    extra: tuple[str, ...]
    placeholders_differ: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.missing or self.extra or self.placeholders_differ)


def placeholders(text: str) -> set[tuple[str, str | None, str | None]]:
    """The str.format fields of a text, with format spec and conversion."""
    return {
        (field, spec, conversion)
        for _, field, spec, conversion in string.Formatter().parse(text)
        if field is not None
    }


def area_gaps(area: str, bokmal: dict[str, str], sami: dict[str, str] | None) -> AreaGaps:
    """Compares one area's bokmål table with its North Sami table (None: no module yet)."""
    present = sami or {}
    return AreaGaps(
        area=area,
        has_module=sami is not None,
        missing={key: text for key, text in bokmal.items() if not present.get(key, "").strip()},
        extra=tuple(sorted(set(present) - set(bokmal))),
        placeholders_differ=tuple(
            key
            for key, text in present.items()
            if key in bokmal and placeholders(text) != placeholders(bokmal[key])
        ),
    )


def report_lines(gaps: AreaGaps) -> list[str]:
    """The area's listing: a heading, then paste-ready lines and the keys to delete or fix."""
    where = f"analytics/core/texts/se/{gaps.area}.py"
    heading = where if gaps.has_module else f"{where} (no module yet)"
    lines = [f"# {heading}: {len(gaps.missing)} missing"]
    lines += [f"    {key!r}: {text!r},  # bokmål" for key, text in gaps.missing.items()]
    lines += [f"    # not in bokmål, delete: {key}" for key in gaps.extra]
    lines += [f"    # placeholders differ from bokmål: {key}" for key in gaps.placeholders_differ]
    return lines


def _sami_table(area: str) -> dict[str, str] | None:
    name = f"analytics.core.texts.se.{area}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return None
    table: dict[str, str] = module.SE
    return table


def all_gaps() -> list[AreaGaps]:
    """The gaps of every bokmål area module the translation package merges."""
    sys.path.insert(0, str(ROOT))
    texts = importlib.import_module("analytics.core.texts")
    tables: tuple[ModuleType, ...] = texts.TABLES
    return [
        area_gaps(area, table.NB, _sami_table(area))
        for table in tables
        for area in [table.__name__.rsplit(".", 1)[-1]]
    ]


def main() -> int:
    gaps = [g for g in all_gaps() if not g.empty]
    if not gaps:
        print("North Sami has a text for every bokmål key.")
        return 0
    for area in gaps:
        print("\n".join(report_lines(area)), end="\n\n")
    total = sum(len(g.missing) for g in gaps)
    print(f"{total} bokmål keys without a North Sami text in {len(gaps)} area(s).")
    return 1


if __name__ == "__main__":
    sys.exit(main())
