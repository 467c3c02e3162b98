"""What a person may see of the indicators, read once: the catalogue, the visible values (built-in
and imported), the targets, and the statuses computed from them.

Access per unit, in the data layer: a value counts only when the person may see all of its
unit (a sector, unit or ansvar wholly visible; the whole municipality only for those who see
everything). The Kommunekompasset total is the municipality's register and shown to everyone,
as on its own page. Values of other regions (KOSTRA comparisons) are public statistics and kept
apart in `comparisons`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from analytics.core import clock
from analytics.core.access import Access, selectable_scopes, visible_organisation
from analytics.core.names import Kpi
from analytics.core.organisation import Scope
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.economy.ledger import load_ledger
from analytics.finance.books import as_of, compute_room, may_see_room, read_books
from analytics.goals.builtin import (
    economy_values,
    finance_values,
    kompass_values,
    sick_leave_values,
    unit_code_of,
)
from analytics.goals.indicators import (
    IndicatorStatus,
    assess_unit,
    latest_in_year,
    read_catalogue,
    target_for,
    with_hidden,
)
from analytics.kompass.evaluations import read_evaluations
from analytics.sickleave.figures import read_located_sick_leave
from analytics.store import Store
from analytics.store.goals import MUNICIPALITY, read_targets, read_values
from analytics.store.ledger import latest_month, years_with_data
from analytics.store.organisation import read_organisation

COMPARISON = ""  # the unit code of a region the municipality is compared with


@dataclass(frozen=True, eq=False)
class IndicatorData:
    """The indicators a person may see: catalogue by key, values (VALUE_COLUMNS and `hidden`),
    targets (TARGET_COLUMNS), other regions' values, names and sectors of the unit codes."""

    catalogue: dict[str, Kpi]
    values: pd.DataFrame
    targets: pd.DataFrame
    comparisons: pd.DataFrame
    scopes: tuple[Scope, ...]  # the sectors, units and ansvar the person sees whole
    settings: Settings
    names: dict[str, str] = field(default_factory=dict)
    sector_of: dict[str, str] = field(default_factory=dict)

    @property
    def unit_codes(self) -> tuple[str, ...]:
        return tuple(unit_code_of(scope) for scope in self.scopes)

    def unit_name(self, unit_code: str) -> str:
        return self.names.get(unit_code, unit_code)

    def status(self, key: str, unit_code: str, year: int) -> IndicatorStatus:
        """The indicator's status for the unit and year (its latest value of the year, else of
        the latest year before with one)."""
        indicator = self.catalogue[key]
        row = latest_in_year(self.values, key, unit_code, year)
        if row is None:  # a survey taken every other year: its latest result still tells
            year = self.latest_year(key, unit_code, year) or year
            row = latest_in_year(self.values, key, unit_code, year)
        target = target_for(self.targets, indicator, unit_code, year, self.sector_of, self.settings)
        return assess_unit(indicator, unit_code, self.unit_name(unit_code), year, row, target)

    def latest_year(self, key: str, unit_code: str, year: int) -> int | None:
        """The latest year up to `year` with a value of the indicator for the unit."""
        values = self.values
        years = values.loc[
            (values["indicator_key"] == key) & (values["unit_code"] == unit_code)
            & (values["year"] <= year), "year"
        ]  # fmt: skip
        return int(years.max()) if len(years) else None

    def statuses(
        self, year: int, unit_codes: Iterable[str] | None = None, keys: Iterable[str] | None = None
    ) -> list[IndicatorStatus]:
        """Every indicator and unit with a value in the year (of these units and keys), by
        indicator and the units' order."""
        wanted = set(unit_codes) if unit_codes is not None else None
        chosen = set(keys) if keys is not None else None
        rows = self.values[self.values["year"] == year]
        order = {code: index for index, code in enumerate(self.unit_codes)}
        pairs = sorted(
            {
                (str(key), str(unit))
                for key, unit in zip(rows["indicator_key"], rows["unit_code"], strict=True)
                if key in self.catalogue
                and (wanted is None or unit in wanted)
                and (chosen is None or key in chosen)
            },
            key=lambda pair: (list(self.catalogue).index(pair[0]), order.get(pair[1], 1_000_000)),
        )
        return [self.status(key, unit, year) for key, unit in pairs]

    def series(self, key: str, unit_code: str) -> pd.DataFrame:
        """The indicator's values of the unit over time, oldest first: year, period_kind,
        period_month, value, reference, hidden."""
        rows = self.values[
            (self.values["indicator_key"] == key) & (self.values["unit_code"] == unit_code)
        ]
        return rows.sort_values(["year", "period_month"], ignore_index=True)[
            ["year", "period_kind", "period_month", "value", "reference", "hidden"]
        ]

    def years(self) -> list[int]:
        """The years with any value, oldest first."""
        return sorted({int(year) for year in self.values["year"]})


def read_indicator_data(
    store: Store, access: Access, year: int, month: int | None = None
) -> IndicatorData:
    """The indicators `access` may see, with the built-in ones computed for `year` (economy as
    of `month`, default the latest month with accounts of that year)."""
    complete = read_organisation(store)
    visible = visible_organisation(complete, access)
    scopes = tuple(visible_scopes(complete, visible))
    settings = load_settings(store)
    codes = [unit_code_of(scope) for scope in scopes]
    builtin = builtin_values(store, access, scopes, year, month, settings)
    imported = with_hidden(read_values(store, [*codes, *_visible_ansvar(visible, codes)]))
    return IndicatorData(
        catalogue=read_catalogue(store),
        values=_concat([builtin, imported]),
        targets=read_targets(store),
        comparisons=read_values(store, [COMPARISON]),
        scopes=scopes,
        settings=settings,
        names=unit_names(complete),
        sector_of=sectors_of(complete),
    )


def visible_scopes(complete: pd.DataFrame, visible: pd.DataFrame) -> list[Scope]:
    """The scopes the person sees whole, the municipality first when they see all of it."""
    return selectable_scopes(complete, visible)


def _visible_ansvar(visible: pd.DataFrame, codes: Sequence[str]) -> list[str]:
    """Ansvar codes inside the units the person sees whole (values may be kept per ansvar)."""
    whole_units = visible[visible["unit_code"].isin(list(codes))]
    return sorted(set(whole_units["ansvar"]))


def builtin_values(
    store: Store,
    access: Access,
    scopes: Sequence[Scope],
    year: int,
    month: int | None,
    settings: Settings,
) -> pd.DataFrame:
    """The built-in indicators' values for the visible scopes (economy for `year` only)."""
    parts = [sick_leave_values(read_located_sick_leave(store, access), scopes, settings)]
    parts.append(kompass_values(read_evaluations(store)))
    if year in years_with_data(store):
        ledger = load_ledger(store, access, year)
        parts.append(economy_values(ledger, month or latest_month(store, year) or 12, scopes))
    if may_see_room(access, read_organisation(store)):  # the whole municipality's figures
        room = compute_room(read_books(store, as_of(year, clock.today())), settings)
        parts.append(finance_values(room.years))
    return _concat(parts)


def _concat(parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    found = [part for part in parts if not part.empty]
    return pd.concat(found, ignore_index=True) if found else parts[0]


def unit_names(organisation: pd.DataFrame) -> dict[str, str]:
    """Sector, unit and ansvar codes → names, and `kommune` → «Hele kommunen»."""
    names = {MUNICIPALITY: t("common.kommune")}
    for code_column, name_column in (
        ("ansvar", "ansvar_name"),
        ("unit_code", "unit_name"),
        ("sector_code", "sector_name"),
    ):
        names.update(
            (str(code), str(name))
            for code, name in zip(organisation[code_column], organisation[name_column], strict=True)
        )
    return names


def sectors_of(organisation: pd.DataFrame) -> dict[str, str]:
    """Sector, unit and ansvar codes → the code of their sector."""
    sectors: dict[str, str] = {}
    for column in ("ansvar", "unit_code", "sector_code"):
        sectors.update(
            (str(code), str(sector))
            for code, sector in zip(organisation[column], organisation["sector_code"], strict=True)
        )
    return sectors
