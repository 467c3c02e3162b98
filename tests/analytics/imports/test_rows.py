"""Reading a sheet row by field: numbers, places in messages, sum rows, problems together."""

from __future__ import annotations

import pytest

from analytics.core.errors import ImportRejected
from analytics.imports.layout import recognise_layout
from analytics.imports.reader import RawTable
from analytics.imports.rows import CellErrors, data_rows, each_checked, is_sum_label


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Sum", True), ("SUM 1300", True), ("Totalt", True), ("I alt", True), ("Hele kommunen", True),
     ("Sum:", True), ("Summer camp", False), ("Sumpen barnehage", False), (12, False), ("", False)],
)  # fmt: skip
def test_sum_labels(value: object, expected: bool) -> None:
    assert is_sum_label(value) is expected


def test_a_row_reads_its_cells_by_field_and_names_them() -> None:
    table = RawTable(
        "f.xlsx", "Ark1", [["Tittel", ""], ["Enhet", "Avtalte dagsverk"], ["310", "1 000,5"],
                           ["", ""], ["220", "-3"]]
    )  # fmt: skip
    layout = recognise_layout(table, vocabulary="sickleave")
    first, second = data_rows(table, layout)
    assert (first.number, first.text("unit"), first.amount("agreed_days")) == (3, "310", 1000.5)
    assert first.get("headcount") == ""
    with pytest.raises(ImportRejected, match=r"rad 5, kolonne B .*negativt, fant «-3»"):
        second.amount("agreed_days")


def test_every_refusal_is_listed_in_one() -> None:
    def read(value: int) -> int:
        if value % 2:
            raise ImportRejected(f"rad {value}: odde")
        return value

    assert each_checked([2, 4], read) == [2, 4]
    with pytest.raises(ImportRejected) as raised:
        each_checked(range(40), read, CellErrors())
    lines = str(raised.value).splitlines()
    assert lines[0] == "rad 1: odde" and len(lines) == 16 and lines[-1] == "… og 5 feil til."
