"""The unit a ledger line belongs to, and the names a file gives its codes.

A file's unit key is the first of `headers.UNIT_KEY_FIELDS` it has a column for: ansvar;
department or unit ("Avdeling", "Enhet"); business or service area ("Virksomhetsområde",
"Tjenesteområde"); project ("Prosjekt", "Tiltak"); function ("Funksjon"). Given by code, by
name, or both: a key with only a name column ("Ansvar(T)") is keyed by its names, and a code
cell without digits ("Helse og omsorg") is its own code.

Where it is stored: the key's code is the line's `ansvar` for an ansvar, department or area
key (so the economy pages sum it like an ansvar, and the organisation's units and sectors
take it in where their codes match); a project or function key leaves `ansvar` empty (the
project register then names the responsible unit). `scope_key` is `field:code` (what a newer
upload of the same ledger, kind and year replaces).

Names: per store column (ansvar, art, tjeneste, prosjekt), from a name column beside the code
(`Ansvar(T)`, `prosjekt_tekst`) or from a cell holding both (`1200 Kárášjoga skuvla`).
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.imports.headers import UNIT_KEY_FIELDS
from analytics.imports.layout import Layout

STORE_CODE_FIELDS = ("ansvar", "art", "tjeneste", "prosjekt")
# The key fields stored in `ansvar`; the others are stored in their own column.
_IN_ANSVAR = frozenset({"ansvar", "unit", "sector"})


@dataclass(frozen=True)
class UnitKey:
    """The field that keys a sheet's lines, and its code and name columns (0-based)."""

    field: str
    code_column: int | None
    name_column: int | None

    @property
    def stored_in(self) -> str:
        """The store column that holds the key's code."""
        return "ansvar" if self.field in _IN_ANSVAR else self.field

    @property
    def column(self) -> int:
        """The column read for the key's codes: the code column, else the name column."""
        column = self.code_column if self.code_column is not None else self.name_column
        assert column is not None
        return column


def unit_key(layout: Layout) -> UnitKey | None:
    """The sheet's unit key (see the module docstring), or None when it has none."""
    for field in UNIT_KEY_FIELDS:
        code, name = layout.column(field), layout.column(f"{field}_name")
        if code is not None or name is not None:
            return UnitKey(field, code, name)
    return None


def code_columns(layout: Layout, key: UnitKey | None) -> dict[str, int | None]:
    """The column each store code field is read from (None: the sheet has none)."""
    columns: dict[str, int | None] = {
        field: layout.column(field) for field in STORE_CODE_FIELDS if field != "ansvar"
    }
    columns["ansvar"] = None
    if key is not None:
        columns[key.stored_in] = key.column
    return columns


def name_columns(layout: Layout, key: UnitKey | None) -> dict[str, int]:
    """The name column of each store code field, where the sheet has one beside the code."""
    found = {
        field: column
        for field in STORE_CODE_FIELDS
        if field != "ansvar"
        and layout.column(field) is not None
        and (column := layout.column(f"{field}_name")) is not None
    }
    if key is not None and key.code_column is not None and key.name_column is not None:
        found[key.stored_in] = key.name_column
    return found
