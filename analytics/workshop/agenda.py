"""The workshop's agenda: the units in the order the meeting goes through them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from analytics.core.names import Status
from analytics.core.texts import t


class AgendaOrder(StrEnum):
    """How the workshop steps through the units."""

    ORGANISATION = "organisation"  # sector, then unit code, as in the organisation
    WORST_FIRST = "worst_first"  # red before yellow before green, then the largest overspend

    @property
    def label(self) -> str:
        return t(f"workshop.order.{self.value}")


@dataclass(frozen=True)
class UnitSignal:
    """A unit's status light (green, yellow, red) and forecast gap in NOK (negative: overspend)."""

    status: Status
    forecast_gap: float | None


@dataclass(frozen=True)
class AgendaItem:
    """One unit on the workshop's agenda."""

    unit_code: str
    unit_name: str
    sector_code: str
    sector_name: str
    signal: UnitSignal


def build_agenda(
    organisation: pd.DataFrame, order: AgendaOrder, signals: Mapping[str, UnitSignal]
) -> tuple[AgendaItem, ...]:
    """The units of the (visible, scoped) organisation in the order the workshop takes them.

    `signals` maps unit codes to their status and forecast gap; units without one come last when
    ordering worst first, and in organisation order otherwise.
    """
    units = organisation.drop_duplicates("unit_code").sort_values(["sector_code", "unit_code"])
    items = [
        AgendaItem(
            str(row.unit_code),
            str(row.unit_name),
            str(row.sector_code),
            str(row.sector_name),
            signals.get(str(row.unit_code), UnitSignal(Status.NONE, None)),
        )
        for row in units.itertuples()
    ]
    if order is AgendaOrder.WORST_FIRST:
        items.sort(key=_severity)  # stable: ties keep organisation order
    return tuple(items)


def _severity(item: AgendaItem) -> tuple[int, float]:
    rank = item.signal.status.rank
    gap = item.signal.forecast_gap
    return rank, gap if gap is not None else float("inf")


def step_unit(unit_codes: Sequence[str], current: str | None, offset: int) -> str | None:
    """The unit `offset` places from `current` (+1 next, -1 previous), held at either end.

    An unknown or missing current unit gives the first one; an empty agenda gives None.
    """
    if not unit_codes:
        return None
    if current not in unit_codes:
        return unit_codes[0]
    index = unit_codes.index(current) + offset
    return unit_codes[max(0, min(index, len(unit_codes) - 1))]
