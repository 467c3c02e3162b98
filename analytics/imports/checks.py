"""Checks and sums on extracted lines before anything is stored; pure functions on frames.

Lines are the frames of `analytics.imports.lines` (columns `LINE_COLUMNS`, amounts in NOK with
expenses positive). Cumulative accounts ("hittil i år") become per-period amounts here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

KEY = ["year", "ledger", "scope_key", "ansvar", "art", "tjeneste", "prosjekt"]
LINE_KEY = [
    "kind",
    "budget_kind",
    "ledger",
    "year",
    "period",
    "ansvar",
    "art",
    "tjeneste",
    "prosjekt",
]


@dataclass(frozen=True)
class ControlTotal:
    """The sum of one kind (budget original/revised/plan, or accounts), ledger and year, NOK."""

    kind: str
    budget_kind: str
    year: int
    lines: int
    amount: float
    ledger: str = "operating"


@dataclass(frozen=True)
class Duplicates:
    """Lines whose key (kind, year, period, codes) occurs more than once; rows as examples."""

    count: int
    example_rows: tuple[tuple[int, ...], ...]


def decumulate(lines: pd.DataFrame, stored: pd.DataFrame) -> pd.DataFrame:
    """Per-period accounts from cumulative ones ("hittil i år"), against what is stored.

    For each key (year, ledger, scope and codes) and the periods p1 < p2 < … the file has for
    that year, the amount of p1 is cum(p1) minus the stored sum of periods before p1, and of
    each later period cum(p) − cum(previous). A key the file lacks in a period has 0 so far
    that year; a stored key of the file's scope (its units, in its ledgers) that the file lacks
    gets a line that takes it to 0. `stored` has columns year, period, ledger, scope_key,
    ansvar, art, tjeneste, prosjekt, amount. Returns lines with `cumulative` False, in the
    columns of `lines`; other lines pass unchanged.
    """
    cumulative = lines[lines["cumulative"]]
    if cumulative.empty:
        return lines
    parts = [lines[~lines["cumulative"]]]
    for year, of_year in cumulative.groupby("year"):
        parts.append(_decumulate_year(of_year, stored[stored["year"] == year], lines.columns))
    return pd.concat(parts, ignore_index=True)


def _decumulate_year(
    cumulative: pd.DataFrame, stored: pd.DataFrame, columns: pd.Index
) -> pd.DataFrame:
    codes = KEY[1:]
    in_file = cumulative.groupby([*codes, "period"], as_index=False).agg(
        amount=("amount", "sum"), row=("row", "min")
    )
    movement = _movements(in_file, _opening(cumulative, stored))
    rows = in_file.set_index([*codes, "period"])["row"]
    movement = movement.assign(
        row=rows.reindex(pd.MultiIndex.from_frame(movement[[*codes, "period"]]))
        .fillna(0)
        .to_numpy(),
        year=int(cumulative["year"].iloc[0]),
        kind="accounts",
        budget_kind="",
        cumulative=False,
    )
    keep = (movement["amount"] != 0) | (movement["row"] > 0)
    result = movement[keep].assign(row=movement["row"].astype("int64"))
    return result.astype({"period": "Int64"})[list(columns)]


def _opening(cumulative: pd.DataFrame, stored: pd.DataFrame) -> pd.DataFrame:
    """The stored sums per key before the file's first period, for the file's scope."""
    first = int(cumulative["period"].min())
    units = stored[["ledger", "ansvar", "scope_key"]].merge(
        cumulative[["ledger", "ansvar", "scope_key"]].drop_duplicates(), how="left", indicator=True
    )
    scope = (units["_merge"] == "both").to_numpy()
    before = stored[(stored["period"] < first) & scope]
    return before.groupby(KEY[1:], as_index=False).agg(amount=("amount", "sum"))


def _movements(in_file: pd.DataFrame, opening: pd.DataFrame) -> pd.DataFrame:
    """Per key and period: the cumulative amount minus the one before (the opening first)."""
    codes = KEY[1:]
    periods = sorted(int(p) for p in in_file["period"].unique())
    wide = in_file.pivot_table(index=codes, columns="period", values="amount", aggfunc="sum")
    keys = pd.concat([wide.reset_index()[codes], opening[codes]]).drop_duplicates()
    wide = wide.reindex(pd.MultiIndex.from_frame(keys), fill_value=0).fillna(0.0)[periods]
    previous = wide.shift(1, axis=1)
    previous[periods[0]] = (
        opening.set_index(codes)["amount"].reindex(wide.index, fill_value=0.0).astype(float)
    )
    return (
        (wide - previous)
        .melt(ignore_index=False, var_name="period", value_name="amount")
        .reset_index()
    )


def control_totals(lines: pd.DataFrame) -> tuple[ControlTotal, ...]:
    """The sum and line count per kind, budget kind, ledger and year, sorted by kind, ledger
    (operating first) and year."""
    if lines.empty:
        return ()
    keys = ["kind", "budget_kind", "ledger", "year"]
    varying = _varying(lines, keys)
    if not varying:  # one kind, ledger and year, the usual file: one total, no grouping
        kind, budget_kind, ledger, year = (lines[column].iloc[0] for column in keys)
        amount = round(float(lines["amount"].sum()), 2)
        return (
            ControlTotal(str(kind), str(budget_kind), int(year), len(lines), amount, str(ledger)),
        )
    grouped = lines.groupby(varying, as_index=False).agg(
        lines=("amount", "size"), amount=("amount", "sum")
    )
    grouped = grouped.assign(
        **{column: lines[column].iloc[0] for column in keys if column not in varying}
    )
    columns = ["kind", "budget_kind", "year", "lines", "amount", "ledger"]
    totals = [
        ControlTotal(
            str(kind), str(budget_kind), int(year), int(count), round(float(amount), 2), str(ledger)
        )
        for kind, budget_kind, year, count, amount, ledger in zip(
            *(grouped[c].tolist() for c in columns), strict=True
        )
    ]
    return tuple(sorted(totals, key=lambda x: (x.kind, x.ledger != "operating", x.year)))


def find_duplicates(lines: pd.DataFrame, examples: int = 5) -> Duplicates:
    """Lines with the same kind, year, period and codes as another line (they are both kept).

    `count` is the number of lines beyond the first of each key; the examples are the rows of
    the first few such keys.
    """
    repeated = lines[lines.duplicated(_varying(lines, LINE_KEY) or LINE_KEY[:1], keep=False)]
    if repeated.empty:
        return Duplicates(0, ())
    group = repeated.groupby(LINE_KEY, sort=False, dropna=False).ngroup().to_numpy()
    rows = repeated["row"].to_numpy()
    first_groups = pd.unique(group)[:examples]
    found = tuple(tuple(sorted(int(r) for r in rows[group == g])) for g in first_groups)
    return Duplicates(int(len(group) - len(pd.unique(group))), found)


def _varying(lines: pd.DataFrame, keys: list[str]) -> list[str]:
    """The key columns that tell lines apart (none when every line has the same key). A
    column that holds one value in every line (the kind of a budget file, its year) is left
    out, which spares grouping or hashing it row by row."""
    return [column for column in keys if not is_constant(lines[column])]


def is_constant(column: pd.Series) -> bool:
    """Whether every value of the column is the first one (missing counts as a value)."""
    if column.empty:
        return True
    first = column.iloc[0]
    if pd.isna(first):
        return bool(column.isna().all())
    return bool(column.eq(first).fillna(False).all())


def groups_of(lines: pd.DataFrame, column: str) -> list[tuple[object, pd.DataFrame]]:
    """(value, its lines) for each value of a column, sorted by value; the frame itself,
    uncopied, when every line holds the same value (a file of one kind, the usual case)."""
    if lines.empty:
        return []
    if is_constant(lines[column]):
        return [(lines[column].iloc[0], lines)]
    return list(lines.groupby(column, sort=True))
