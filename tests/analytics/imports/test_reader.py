from __future__ import annotations

import dataclasses

import pytest

from analytics.core.errors import ImportRejected
from analytics.core.settings import Settings
from analytics.imports.reader import (
    HeaderNotFound,
    RawTable,
    column_letter,
    describe_place,
    find_header_row,
    read_tables,
)
from tests.analytics.imports.files import (
    BILLION_LAUGHS,
    declare_size,
    encrypted_workbook,
    read_member,
    rewrite_member,
    xlsx_bytes,
    zip_bomb,
)

SETTINGS = Settings()
LEDGER = [
    ["Regnskapsrapport Čáhppesvuotna kommune"],
    [],
    ["Ansvar", "Art", "Periode", "Beløp"],
    ["1200", "10100", 1, "1 234,50"],
]


def good_workbook() -> bytes:
    return xlsx_bytes({"Data": LEDGER})


def test_reads_a_workbook_keeping_row_positions() -> None:
    [table] = read_tables(good_workbook(), "ledger.xlsx", None, SETTINGS)
    assert table.sheet == "Data"
    assert table.rows[0][0] == "Regnskapsrapport Čáhppesvuotna kommune"
    assert table.rows[2] == ["Ansvar", "Art", "Periode", "Beløp"]
    assert table.row_number(3) == 4
    assert table.rows[3][3] == "1 234,50"


def test_reads_every_sheet_with_content_or_the_one_named() -> None:
    data = xlsx_bytes({"Forside": [["Rapport"]], "Tom": [], "Data": LEDGER})
    assert [t.sheet for t in read_tables(data, "x.xlsx", None, SETTINGS)] == ["Forside", "Data"]
    assert [t.sheet for t in read_tables(data, "x.xlsx", "Data", SETTINGS)] == ["Data"]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ";"), ("utf-8-sig", ";"), ("cp1252", ";"), ("utf-8", ","), ("cp1252", "\t")],
)
def test_reads_csv_as_excel_writes_it_in_norway(encoding: str, delimiter: str) -> None:
    lines = ["Ansvar;Navn;Beløp", "1200;Skole i Kárášjohka;-1 362 250", "1300;Bø og Ærøy;5"]
    text = "\r\n".join(line.replace(";", delimiter) for line in lines)
    [table] = read_tables(text.encode(encoding), "hovedbok.csv", None, SETTINGS)
    assert table.sheet == "hovedbok"
    assert table.rows == [line.split(";") for line in lines]


def rejection(data: bytes, name: str = "budsjett.xlsx", **changes: object) -> str:
    settings = dataclasses.replace(SETTINGS, **changes)  # type: ignore[arg-type]
    with pytest.raises(ImportRejected) as raised:
        read_tables(data, name, None, settings)
    return str(raised.value)


def truncated() -> bytes:
    data = good_workbook()
    return data[: len(data) // 2]


def flipped_bytes() -> bytes:
    data = bytearray(good_workbook())
    start = data.find(b"xl/worksheets/sheet1.xml") + 60
    data[start : start + 40] = bytes(40)
    return bytes(data)


def with_macros() -> bytes:
    return rewrite_member(good_workbook(), "xl/vbaProject.bin", b"\x00VBA")


def with_entities(member: str) -> bytes:
    return rewrite_member(good_workbook(), member, BILLION_LAUGHS)


def large_part_with_doctype() -> bytes:
    sheet = read_member(good_workbook(), "xl/worksheets/sheet1.xml")
    doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    padded = doctype + sheet + b" " * 2_000_000
    return rewrite_member(good_workbook(), "xl/worksheets/sheet1.xml", padded, compress=False)


def lying_size() -> bytes:
    return declare_size(good_workbook(), "xl/worksheets/sheet1.xml", 10)


HOSTILE = [
    ("empty file", b"", "x.xlsx", "tom", {}),
    ("pdf named xlsx", b"%PDF-1.7\n...", "x.xlsx", "ikke et regneark (fant PDF)", {}),
    ("png named csv", b"\x89PNG\r\n\x1a\n\x00\x00", "x.csv", "ikke et regneark", {}),
    ("binary junk", b"abc\x00\x01\x02" * 100, "x.csv", "binærdata", {}),
    ("text named xlsx", b"Ansvar;Bel\xc3\xb8p\n1;2\n", "x.xlsx", "innholdet er ikke", {}),
    ("other zip", rewrite_member(b"PK\x05\x06" + bytes(18), "a.txt", b"hei"), "x.xlsx", "zip", {}),
    ("truncated zip", truncated(), "x.xlsx", "skadet", {}),
    ("corrupt part", flipped_bytes(), "x.xlsx", "skadet", {}),
    ("size lie", lying_size(), "x.xlsx", "skadet", {}),
    ("encrypted", encrypted_workbook(), "x.xlsx", "passordbeskyttet", {}),
    ("legacy xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "x.xls", ".xls", {}),
    ("vbaProject", with_macros(), "x.xlsx", "makroer", {}),
    ("xlsm name", good_workbook(), "x.xlsm", "makroer", {}),
    ("zip bomb ratio", zip_bomb(), "x.xlsx", "zip-bombe", {}),
    (
        "zip bomb total",
        declare_size(good_workbook(), "xl/styles.xml", 3_000_000_000),
        "x.xlsx",
        "zip-bombe",
        {},
    ),
    ("entities in strings", with_entities("xl/sharedStrings.xml"), "x.xlsx", "ENTITY", {}),
    ("entities in workbook", with_entities("xl/workbook.xml"), "x.xlsx", "ENTITY", {}),
    ("doctype in large part", large_part_with_doctype(), "x.xlsx", "DOCTYPE", {}),
    ("empty workbook", xlsx_bytes({"Ark1": []}), "x.xlsx", "ingen ark med innhold", {}),
    ("too large", good_workbook(), "x.xlsx", "grensen er 0,0 MB", {"import_max_bytes": 1000}),
    ("too many rows", good_workbook(), "x.xlsx", "arket «Data»", {"import_max_rows": 3}),
    ("too many csv rows", b"a;b\n1;2\n3;4\n", "x.csv", "3 rader", {"import_max_rows": 2}),
    ("unknown encoding", b"Ansvar;\x81\x8d\x8f\x90\n\xff\xfe\xfd", "x.csv", "tegnkoding", {}),
    (
        "csv cell over Python's limit",
        b"Ansvar;Kommentar\n1;ok\n2;" + b"x" * 200_000 + b"\n",
        "x.csv",
        "arket «x», rad 3, kolonne B: cellen har 200\u00a0000 tegn, men en celle kan ha høyst 32\u00a0767",
        {},
    ),
]


@pytest.mark.parametrize(
    ("data", "name", "expected", "changes"),
    [case[1:] for case in HOSTILE],
    ids=[case[0] for case in HOSTILE],
)
def test_hostile_and_broken_files_are_refused_naming_the_file(
    data: bytes, name: str, expected: str, changes: dict[str, object]
) -> None:
    message = rejection(data, name, **changes)
    assert f"Filen «{name}»" in message
    assert expected in message


def test_a_missing_sheet_is_named_with_the_sheets_there_are() -> None:
    with pytest.raises(ImportRejected, match=r"fant ikke arket «Budsjett».*«Data»"):
        read_tables(good_workbook(), "x.xlsx", "Budsjett", SETTINGS)


def test_a_long_quoted_csv_cell_is_named_by_its_row() -> None:
    """A quoted cell over several lines, longer than Excel allows: refused by its place."""
    text = 'Ansvar;Kommentar\n1;"' + "linje\n" * 6_000 + '"\n'
    with pytest.raises(ImportRejected, match="rad 2, kolonne B: cellen har 36"):
        read_tables(text.encode(), "k.csv", None, SETTINGS)
    fine = 'Ansvar;Kommentar\n1;"' + "x" * 32_767 + '"\n'
    assert len(read_tables(fine.encode(), "k.csv", None, SETTINGS)[0].rows[1][1]) == 32_767


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (3, "D"), (25, "Z"), (26, "AA"), (27, "AB")]
)
def test_column_letter(index: int, letter: str) -> None:
    assert column_letter(index) == letter


def test_describe_place_names_file_sheet_row_and_column() -> None:
    assert describe_place("a.xlsx", "Data", 12, 3, "Beløp") == (
        "Filen «a.xlsx», arket «Data», rad 12, kolonne D («Beløp»)"
    )


def test_find_header_row_skips_the_title_block() -> None:
    table = RawTable("x.xlsx", "Data", LEDGER)
    assert find_header_row(table.rows, {"ansvar", "art", "periode", "beløp"}) == 2


def test_find_header_row_matches_names_with_years_and_suffixes() -> None:
    rows = [["Ansvar(T)", "rekneskap_2011", "Budsjett 2024"], ["x", 1, 2]]
    assert find_header_row(rows, {"ansvar", "rekneskap", "budsjett"}) == 0


def test_find_header_row_raises_when_nothing_is_known() -> None:
    with pytest.raises(HeaderNotFound):
        find_header_row([["a", "b"], [1, 2]], {"ansvar", "beløp"})


def test_a_large_part_larger_than_declared_is_refused() -> None:
    rows = [["Ansvar", "Beløp"]] + [[f"{1000 + i % 400}", i * 1.5] for i in range(40_000)]
    data = xlsx_bytes({"Data": rows})
    assert len(read_member(data, "xl/worksheets/sheet1.xml")) > 1024 * 1024
    lie = declare_size(data, "xl/worksheets/sheet1.xml", 1024 * 1024 + 1)
    message = rejection(lie, "stor.xlsx")
    assert "Filen «stor.xlsx»" in message and "kan ikke leses" in message
