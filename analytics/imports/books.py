"""Where in the books a ledger file's lines belong: which ledger, and which budget kind.

**The ledger** (operating | investment) of a line is the first of:
1. the person's choice (`--ledger`, or the choice on the Last opp page);
2. the amount column's own header (`Investeringsbudsjett 2013`, `Driftsregnskap`);
3. the file: its title block, sheet name, file name and the names of its other columns
   (`Investeringsbudsjett 2013`, `driftsbudsjett_2024.xlsx`, a column `Investeringsprosjekt`);
4. the art rule of the municipality (`core.artgroups.ledger_of_art`, e.g. a 5-digit art whose
   first digit is 0 or 3 is investment), line by line;
5. operating.
A file that names both ledgers (`Drifts- og investeringsbudsjett`) says nothing at step 3.
The preview shows the ledger of every line and why (`LedgerVerdict`).

**Economic-plan years** ("økonomiplan"): a budget with several plan-year columns is an adopted
budget and plan figures, never several adopted budgets. The columns form a plan when a header
says so (`Økonomiplan 2015`, `ØP 2016`, `Plan 2017`), when the file's title, sheet or name says
«økonomiplan» or «handlingsprogram», or when three or more consecutive years of budget stand
side by side (`2013`, `2014`, `2015`, `2016`). The adopted year is the first year the title
names among the columns; else the last plain budget year right before the first plan-worded
column; else the first year of the run. Later years of the plan are stored as budget kind
`plan`; earlier ones (last year's budget beside the new one) stay adopted budgets. Two budget
years side by side with no plan word (`Budsjett 2012`, `Budsjett 2013`) are two adopted
budgets. A long sheet (a year column) is a plan only when the file says «økonomiplan».
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from analytics.core.artgroups import INVESTMENT, LEDGERS, OPERATING, LedgerName
from analytics.imports.headers import ledger_of_word
from analytics.imports.layout import Layout
from analytics.imports.reader import normalise_header

ORIGINAL, REVISED, PLAN = "original", "revised", "plan"
_PLAN_RUN = 3  # consecutive budget years that make a plan without a plan word
_PLAN_WORDS = ("økonomiplan", "handlingsprogram", "økplan", "okonomiplan")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class LedgerVerdict:
    """What decided the ledger of an amount column's lines: `ledger` None means line by line
    by the art rule (operating where the rule says nothing).

    `reason`: option, column, file, art_rule; `words` the text that said so (for the preview).
    """

    ledger: LedgerName | None
    reason: str
    words: str = ""


def file_texts(layout: Layout) -> tuple[str, ...]:
    """What the file says about itself: title block, sheet name, file name (without suffix)."""
    return (*layout.title, layout.sheet, PurePath(layout.file_name).stem)


def ledger_in(texts: Iterable[str]) -> tuple[LedgerName | None, str]:
    """The one ledger these texts name, with the word that names it; (None, '') for none or
    both."""
    found: dict[str, str] = {}
    for text in texts:
        for word in normalise_header(text).split(" "):
            ledger = ledger_of_word(word)
            if ledger is not None:
                found.setdefault(ledger, word)
    if len(found) != 1:
        return None, ""
    ((ledger, word),) = found.items()
    return _named(ledger), word


def ledger_verdicts(
    layout: Layout, amount_columns: Sequence[int], option: str | None
) -> dict[int, LedgerVerdict]:
    """The verdict for each amount column (see the module docstring, steps 1–4)."""
    if option in LEDGERS:
        chosen = _named(str(option))
        return {column: LedgerVerdict(chosen, "option") for column in amount_columns}
    others = [
        header for index, header in enumerate(layout.headers) if index not in set(amount_columns)
    ]
    in_file, file_word = ledger_in((*file_texts(layout), *others))
    verdicts = {}
    for column in amount_columns:
        role = layout.roles[column]
        own = role.ledger if role is not None else None
        if own is not None:
            verdicts[column] = LedgerVerdict(_named(own), "column", layout.headers[column])
        elif in_file is not None:
            verdicts[column] = LedgerVerdict(in_file, "file", file_word)
        else:
            verdicts[column] = LedgerVerdict(None, "art_rule")
    return verdicts


def _named(ledger: str) -> LedgerName:
    return INVESTMENT if ledger == INVESTMENT else OPERATING


# --- economic-plan years -----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanColumn:
    """A budget amount column as the plan rule sees it: its year and whether its header says
    «økonomiplan» (or ØP, plan)."""

    column: int
    year: int
    plan_word: bool


def says_plan(layout: Layout) -> bool:
    """True when the title, sheet or file name speaks of an economic plan."""
    words = normalise_header(" ".join(file_texts(layout))).split(" ")
    return any(word.startswith(_PLAN_WORDS) for word in words)


def title_years(layout: Layout) -> list[int]:
    """The years the title block, sheet and file name name, in the order they come."""
    return [int(year) for text in file_texts(layout) for year in _YEAR.findall(text)]


def plan_kinds(layout: Layout, columns: Sequence[PlanColumn]) -> dict[int, str]:
    """The budget kind (original or plan) of each adopted-budget column with a year."""
    if not columns:
        return {}
    years = sorted({column.year for column in columns})
    adopted = _adopted_year(layout, columns, years)
    run = _run_from(adopted, years)
    is_plan = says_plan(layout) or any(c.plan_word for c in columns) or len(run) >= _PLAN_RUN
    return {
        column.column: PLAN
        if is_plan and (column.year in run[1:] or (column.plan_word and column.year < adopted))
        else ORIGINAL
        for column in columns
    }


def _adopted_year(layout: Layout, columns: Sequence[PlanColumn], years: list[int]) -> int:
    named = [year for year in title_years(layout) if year in years]
    if named:
        return named[0]
    worded = sorted(column.year for column in columns if column.plan_word)
    plain = sorted(column.year for column in columns if not column.plan_word)
    if worded:
        before = [year for year in plain if year == worded[0] - 1]
        return before[0] if before else worded[0]
    runs = [_run_from(year, years) for year in years]
    long_runs = [run for run in runs if len(run) >= _PLAN_RUN]
    return long_runs[0][0] if long_runs else years[0]


def _run_from(first: int, years: list[int]) -> list[int]:
    """The consecutive years from `first` on that are among `years`."""
    run = [first]
    while run[-1] + 1 in years:
        run.append(run[-1] + 1)
    return run


def plan_years_of_rows(layout: Layout, years: Sequence[int]) -> tuple[int, ...]:
    """For a sheet with a year per row: the years stored as plan figures (all but the adopted
    year), when the file says «økonomiplan»; () otherwise."""
    distinct = sorted(set(years))
    if len(distinct) < 2 or not says_plan(layout):
        return ()
    named = [year for year in title_years(layout) if year in distinct]
    adopted = named[0] if named else distinct[0]
    return tuple(year for year in distinct if year > adopted)
