"""One year of one ledger for what a person may see, at the leaf level.

A *leaf* is one ansvar and art group: the periodised budget (b1 … b12), the accounts
(a1 … a12) and the trusted seasonal shares (s1 … s12). Every figure of the economy pages is
a sum of leaves. The ledger is the operating ledger ("drift") unless the investment ledger is
asked for; the two are never mixed. Amounts in NOK, expenses positive, income negative.

The organisation the leaves roll up in is the organisation file's, plus the codes of the lines
it does not know as ansvar: a code that is a unit's or a sector's (a budget keyed by department
or service area) rolls up under that unit or sector; any other code under "Ukjent". Such codes
carry the name their own file gave them (`Ansvar(T)`, `1200 Kárášjoga skuvla`), else the
code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analytics.core import clock
from analytics.core.access import Access, visible_organisation
from analytics.core.artgroups import OPERATING, group_name
from analytics.core.errors import AccessDenied
from analytics.core.organisation import (
    UNKNOWN_CODE,
    Scope,
    ansvar_in_scope,
    resolve_scope,
    whole_municipality,
    with_unknown_ansvar,
)
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.economy.budget import BUDGET_COLUMNS, monthly_profile, periodise_budget
from analytics.economy.forecast import (
    SHARE_COLUMNS,
    SHARE_KEYS,
    ForecastChoice,
    allocate_targets,
    apply_own_forecasts,
    forecast_leaves,
    seasonal_shares,
)
from analytics.store import Store
from analytics.store.ledger import (
    ACTUAL_COLUMNS,
    latest_accounts_month,
    ledger_codes,
    read_actuals_by_art,
    read_actuals_by_group,
    read_actuals_by_project,
    read_budget,
    read_budget_by_project,
    read_own_forecasts,
)
from analytics.store.organisation import read_organisation
from analytics.store.projects import read_projects
from analytics.store.uploads import read_line_names

LEAF_KEYS = ["ansvar", "art_group"]


@dataclass(frozen=True, eq=False)
class Ledger:
    """One year of the organisation a person may see, at the leaf level (ansvar × art group)."""

    year: int
    organisation: pd.DataFrame  # visible organisation plus "Ukjent" ansvar
    leaves: pd.DataFrame  # org columns, art_group, art_group_name, b1…b12, a1…a12, s1…s12
    history: pd.DataFrame  # year, ansvar, art_group, a1…a12 for every stored year up to `year`
    profile: pd.DataFrame  # last year's monthly profile (budget.monthly_profile)
    own: pd.DataFrame  # own forecasts: month, unit_code, forecast
    settings: Settings = field(default_factory=Settings)
    complete_organisation: pd.DataFrame | None = None  # all of it, when the person sees a part
    ledger_name: str = OPERATING  # operating or investment


def load_ledger(store: Store, access: Access, year: int, ledger_name: str = OPERATING) -> Ledger:
    """Reads one year of a ledger (and the history before it) for what `access` may see."""
    history, budget, complete, organisation = _read_year(store, access, year, ledger_name)
    settings = load_settings(store)
    profile = monthly_profile(history[history["year"] == year - 1])
    leaves = _build_leaves(
        history[history["year"] == year],
        periodise_budget(budget, profile, settings, LEAF_KEYS),
        seasonal_shares(history, year),
        organisation,
        LEAF_KEYS,
    )
    own = read_own_forecasts(store, year)
    if ledger_name != OPERATING:  # the budget holders' own forecasts are of the operating ledger
        own = own.iloc[0:0]
    visible_codes = set(organisation["unit_code"]) | set(organisation["ansvar"])
    return Ledger(
        year,
        organisation,
        leaves,
        history,
        profile,
        own[own["unit_code"].isin(visible_codes)],
        settings,
        None if access.sees_everything else complete,
        ledger_name,
    )


def _read_year(
    store: Store, access: Access, year: int, ledger_name: str
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The accounts history and the year's budget of what the person may see, with the whole
    organisation and the visible part (the lines' own units taken in: `with_line_units`)."""
    organisation = read_organisation(store)
    if access.sees_everything:
        history = read_actuals_by_group(store, 0, year, None, ledger_name)
        budget = read_budget(store, year, None, ledger=ledger_name)
        codes = set(history["ansvar"]) | set(budget["ansvar"])
        complete = with_line_units(organisation, store, codes)
        named = _named(with_unknown_ansvar(complete, codes), read_line_names(store, "ansvar"))
        return history, budget, complete, named
    complete = with_line_units(organisation, store, set(ledger_codes(store, ledger_name)))
    visible = visible_organisation(complete, access)
    ansvar = visible["ansvar"].tolist()
    history = read_actuals_by_group(store, 0, year, ansvar, ledger_name)
    return history, read_budget(store, year, ansvar, ledger=ledger_name), complete, visible


def with_line_units(organisation: pd.DataFrame, store: Store, line_codes: set[str]) -> pd.DataFrame:
    """The organisation plus, for each of the lines' codes that is a unit's or a sector's code
    and no ansvar, a row under that unit (or sector): a department or area budget rolls up
    where the organisation has it. Named by the file, else by the unit."""
    codes = line_codes - set(organisation["ansvar"])
    if not codes or not codes & (set(organisation["unit_code"]) | set(organisation["sector_code"])):
        return organisation
    names = read_line_names(store, "ansvar")
    rows = [_row_under(organisation, code, names) for code in sorted(codes)]
    found = [row for row in rows if row is not None]
    return (
        pd.concat([organisation, pd.DataFrame(found)], ignore_index=True) if found else organisation
    )


def _row_under(
    organisation: pd.DataFrame, code: str, names: dict[str, str]
) -> dict[str, str] | None:
    units = organisation[organisation["unit_code"] == code]
    if not units.empty:
        first = units.iloc[0]
        return {
            **{str(key): str(value) for key, value in first.items()},
            "ansvar": code,
            "ansvar_name": names.get(code, first["unit_name"]),
        }
    sectors = organisation[organisation["sector_code"] == code]
    if sectors.empty:
        return None
    first = sectors.iloc[0]
    name = names.get(code, first["sector_name"])
    return {
        **{str(key): str(value) for key, value in first.items()},
        "ansvar": code,
        "ansvar_name": name,
        "unit_code": code,
        "unit_name": name,
    }


def _named(organisation: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """The "Ukjent" rows named by the files their codes came from ('' as "(uten ansvar)")."""
    unknown = organisation["unit_code"] == UNKNOWN_CODE
    if not unknown.any():
        return organisation
    codes = organisation.loc[unknown, "ansvar"]
    named = codes.map(lambda code: names.get(code) or (code or t("economy.no_ansvar")))
    return organisation.assign(ansvar_name=organisation["ansvar_name"].mask(unknown, named))


def _build_leaves(
    actual: pd.DataFrame,
    budget: pd.DataFrame,
    shares: pd.DataFrame,
    organisation: pd.DataFrame,
    keys: list[str],
) -> pd.DataFrame:
    joined = budget.merge(actual[[*keys, *ACTUAL_COLUMNS]], on=keys, how="outer")
    joined = joined.fillna({column: 0.0 for column in BUDGET_COLUMNS + ACTUAL_COLUMNS})
    joined = joined.merge(shares, on=SHARE_KEYS, how="left").merge(
        organisation, on="ansvar", how="inner"
    )
    return joined.assign(art_group_name=joined["art_group"].map(group_name)).sort_values(
        keys, ignore_index=True
    )


def reporting_month(store: Store) -> tuple[int, int]:
    """The (year, month) the figures speak of by default: the newest month with accounts, or the
    month before today (the clock) when there are none yet."""
    return latest_accounts_month(store) or clock.previous_month()


def scope_of(ledger: Ledger, scope: Scope | str | None) -> Scope:
    """The scope as a Scope: None is the whole municipality; text is a code or a scope key."""
    if scope is None:
        return whole_municipality()
    known = (
        ledger.organisation
        if ledger.complete_organisation is None
        else ledger.complete_organisation
    )
    chosen = scope if isinstance(scope, Scope) else resolve_scope(known, scope)
    _require_whole_scope(ledger, chosen)
    return chosen


def _require_whole_scope(ledger: Ledger, scope: Scope) -> None:
    """A sector or unit is shown only to someone who sees all of it: under its name, a part of
    it would pass for the whole. (The whole municipality is each person's own part of it.)"""
    if scope.level == "kommune" or ledger.complete_organisation is None:
        return
    wanted = set(ansvar_in_scope(ledger.complete_organisation, scope))
    if not wanted or not wanted <= set(ledger.organisation["ansvar"]):
        raise AccessDenied(t("access.denied"))


def leaf_forecasts(ledger: Ledger, month: int, choice: ForecastChoice = "auto") -> pd.DataFrame:
    """The leaves with forecast, forecast_method and own_adjustment at `month` (1–12)."""
    forecasted = forecast_leaves(ledger.leaves, month, choice)
    own = ledger.own if choice == "auto" else ledger.own.iloc[0:0]
    return apply_own_forecasts(forecasted, own, month)


def leaves_in_scope(leaves: pd.DataFrame, organisation: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    """The leaves whose ansvar lies in the scope."""
    if scope.level == "kommune":
        return leaves
    return leaves[leaves["ansvar"].isin(ansvar_in_scope(organisation, scope))]


def art_leaves(
    store: Store,
    ledger: Ledger,
    month: int,
    scope: Scope,
    art_group: str,
    method: ForecastChoice = "auto",
) -> pd.DataFrame:
    """The leaves of one art group in a scope split per art, with forecasts that add up to the
    art group's (own-forecast adjustments spread over the arts like over the art groups).
    `art_name` is the name the files give the art (else the code)."""
    codes = ansvar_in_scope(ledger.organisation, scope) if scope.level != "kommune" else None
    actual = read_actuals_by_art(store, ledger.year, codes, art_group, ledger.ledger_name)
    budget = read_budget(store, ledger.year, codes, art_group, ledger.ledger_name)
    leaves = _split_leaves(ledger, actual, budget, scope, [*LEAF_KEYS, "art"], method, month)
    names = read_line_names(store, "art")
    return leaves.assign(art_name=leaves["art"].map(lambda art: names.get(art, art)))


def project_leaves(
    store: Store, ledger: Ledger, month: int, scope: Scope, method: ForecastChoice = "auto"
) -> pd.DataFrame:
    """The leaves of a scope split per project (`prosjekt`, '' for lines of no project), with
    forecasts that add up to the art groups' as `art_leaves` do. `project_name` is the
    register's name, else the files' name, else the code («uten prosjekt» for '')."""
    codes = ansvar_in_scope(ledger.organisation, scope) if scope.level != "kommune" else None
    actual = read_actuals_by_project(store, ledger.year, codes, ledger.ledger_name)
    budget = read_budget_by_project(store, ledger.year, codes, ledger.ledger_name)
    keys = [*LEAF_KEYS, "prosjekt"]
    leaves = _split_leaves(ledger, actual, budget, scope, keys, method, month)
    names = {**read_line_names(store, "prosjekt"), **_register_names(store)}
    return leaves.assign(
        project_name=leaves["prosjekt"].map(
            lambda code: names.get(code, code) if code else t("economy.no_project")
        )
    )


def _register_names(store: Store) -> dict[str, str]:
    register = read_projects(store)
    return dict(zip(register["code"], register["name"], strict=True))


def _split_leaves(
    ledger: Ledger,
    actual: pd.DataFrame,
    budget: pd.DataFrame,
    scope: Scope,
    keys: list[str],
    method: ForecastChoice,
    month: int,
) -> pd.DataFrame:
    """Leaves split finer than ansvar × art group (by `keys`), forecast so that they add up to
    the ledger's own leaves, own forecasts included."""
    leaves = _build_leaves(
        actual,
        periodise_budget(budget, ledger.profile, ledger.settings, keys),
        ledger.leaves[[*SHARE_KEYS, *SHARE_COLUMNS]],
        ledger.organisation,
        keys,
    )
    leaves = leaves_in_scope(leaves, ledger.organisation, scope)
    return _spread_group_adjustments(
        forecast_leaves(leaves, month, method), leaf_forecasts(ledger, month, method)
    )


def _spread_group_adjustments(arts: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    adjusted = groups[groups["forecast_method"] == "own"]
    if adjusted.empty or arts.empty:
        return arts
    leaf_key = arts["ansvar"] + "\x1f" + arts["art_group"]
    targets = arts.groupby(leaf_key)["forecast"].sum()
    adjustment = pd.Series(
        adjusted["own_adjustment"].to_numpy(),
        index=adjusted["ansvar"] + "\x1f" + adjusted["art_group"],
    )
    targets = (targets + adjustment.reindex(targets.index)).dropna()
    return allocate_targets(arts.assign(leaf_key=leaf_key), "leaf_key", targets).drop(
        columns="leaf_key"
    )


def monthly_series(ledger: Ledger, month: int, scope: Scope | str | None = None) -> pd.DataFrame:
    """Per month 1–12: budget, actual, and their cumulative sums (actual NaN after `month`).

    The budget is the periodised budget the gap uses. Amounts in NOK.
    """
    leaves = leaves_in_scope(ledger.leaves, ledger.organisation, scope_of(ledger, scope))
    budget = leaves[BUDGET_COLUMNS].to_numpy(dtype=float).sum(axis=0).round(2)
    actual = leaves[ACTUAL_COLUMNS].to_numpy(dtype=float).sum(axis=0).round(2)
    shown = np.arange(1, 13) <= month
    return pd.DataFrame(
        {
            "month": np.arange(1, 13),
            "budget": budget,
            "actual": np.where(shown, actual, np.nan),
            "budget_cum": budget.cumsum().round(2),
            "actual_cum": np.where(shown, actual.cumsum().round(2), np.nan),
        }
    )


def unit_names(ledger: Ledger) -> dict[str, str]:
    """Unit code → unit name, for the units the ledger's person may see."""
    units = ledger.organisation.drop_duplicates("unit_code")
    return dict(zip(units["unit_code"], units["unit_name"], strict=True))
