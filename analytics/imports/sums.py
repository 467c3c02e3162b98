"""Sum rows told by structure, not by name: which rows of a ledger sheet are its own subtotals.

A row is a **sum row** when
- its unit key is blank and a code or name cell carries a sum label ("Sum", "Totalt", "I alt",
  "Samla" …): «Sum Kárášjoga skuvla» under blank codes; or
- its amounts equal, column by column to the øre, the sum of the data rows it closes: those
  since the start of the sheet or since an earlier sum row («Sum 1300» under the lines of 1300,
  «Totalt» at the end). Only rows that look like totals are tried: rows with a sum label, a
  blank unit key or (in a sheet with arts) a blank art.
A code or a name that merely begins with «Sum» is data: a business area called «Sum felles
inntekter og utgifter» with its own lines is a unit like any other. A row with a blank unit key
that closes nothing is a **line without unit**: skipped, and reported with its amounts like the
sum rows. Rows with no amount at all (headings, blank rows) are not lines.

Amounts here are a matrix of the sheet's amount columns (rows × columns, NaN for an empty
cell), in the order of the rows considered.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TOLERANCE = 0.005  # kr: a sum row and its lines agree to the øre


@dataclass(frozen=True)
class RowTypes:
    """What each considered row is: data, a sum row, or a line without unit (masks)."""

    data: np.ndarray
    sums: np.ndarray
    without_unit: np.ndarray


def classify_rows(
    amounts: np.ndarray, candidates: np.ndarray, labelled: np.ndarray, key_blank: np.ndarray
) -> RowTypes:
    """Decides the candidate rows in sheet order (see the module docstring); the others are
    data. Masks over the rows of `amounts`: `candidates` the rows to try, `labelled` those
    among them that are sum rows by their label alone, `key_blank` the rows without unit key.
    """
    filled = np.nan_to_num(amounts, nan=0.0)
    totals = np.vstack([np.zeros((1, filled.shape[1])), np.cumsum(filled, axis=0)])
    sums = np.zeros(len(filled), dtype=bool)
    boundaries = [0]
    excluded = [int(i) for i in np.flatnonzero(key_blank)]
    for row in (int(i) for i in np.flatnonzero(candidates | labelled)):
        if labelled[row] or _closes(filled, totals, row, boundaries, excluded):
            sums[row] = True
            boundaries.append(row + 1)
            if not key_blank[row]:
                excluded.append(row)
    without_unit = key_blank & ~sums
    return RowTypes(~key_blank & ~sums, sums, without_unit)


def _closes(
    filled: np.ndarray,
    totals: np.ndarray,
    row: int,
    boundaries: list[int],
    excluded: list[int],
) -> bool:
    """True when the row's amounts equal the data rows since one of the boundaries."""
    for start in sorted(boundaries, reverse=True):
        if start >= row:
            continue
        block = totals[row] - totals[start]
        for other in excluded:
            if start <= other < row:
                block = block - filled[other]
        if np.all(np.abs(block - filled[row]) <= TOLERANCE) and np.any(block != 0):
            return True
    return False
