"""Reading an uploaded file into raw tables of cells, after refusing what is hostile or broken.

A workbook (.xlsx) is a zip of XML parts. Before python-calamine sees one, it is checked: the
zip's directory must be readable, the declared sizes and compression ratios of its parts must be
sane (a zip bomb is refused before anything is decompressed), no part may declare a DOCTYPE or
ENTITY (XML entity tricks), and macros (vbaProject, .xlsm) are refused. A password-protected
workbook is an OLE container with an `EncryptedPackage` stream and is refused with its own
message. Text files are read as CSV (`;`, `,` or tab separated; UTF-8, UTF-8 with BOM or
Windows-1252 as Excel writes it in Norway); a cell longer than Excel's own limit (32 767
characters) is refused, naming its row and column.

Every refusal is an `ImportRejected` whose Norwegian message names the file and, where it
applies, the sheet, row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import hashlib
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import IO

import python_calamine
from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from analytics.core.errors import ImportRejected
from analytics.core.formatting import format_number
from analytics.core.settings import Settings
from analytics.core.texts import t

# What a cell holds as read: '' when empty. CSV cells are always text.
Cell = str | float | int | bool | dt.date | dt.time | dt.timedelta

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG-bilde",
    b"\xff\xd8\xff": "JPEG-bilde",
    b"GIF8": "GIF-bilde",
    b"\x1f\x8b": "gzip-arkiv",
    b"Rar!": "RAR-arkiv",
    b"7z\xbc\xaf": "7z-arkiv",
    b"MZ": "Windows-program",
    b"\x7fELF": "program",
    b"{\\rtf": "RTF-dokument",
}
_EXCEL_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb"})

# Zip-bomb limits: a worksheet's XML compresses 10–30 times; 200 times is no spreadsheet.
MAX_COMPRESSION_RATIO = 200
MAX_EXPANSION = 40  # the parts together may unpack to at most 40 × the upload size limit
MAX_ZIP_MEMBERS = 10_000
_RATIO_FLOOR_BYTES = 1024 * 1024  # tiny parts may compress well; ratios count above 1 MB
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_SMALL_XML_BYTES = 1024 * 1024  # parts this small are parsed in full with defusedxml
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1024 * 1024
MAX_CELL_CHARACTERS = 32_767  # the most an Excel cell holds; no real export has more


@dataclass(frozen=True)
class RawTable:
    """One sheet's cells as read, row by row; `rows[i]` is spreadsheet row `first_row + i`.

    Empty cells are ''; every row has the same number of cells. Rows keep their position (blank rows stay), so a row's 1-based
    number in the spreadsheet is `row_number(i)` and a column's letter is `column_letter(j)`.
    """

    file_name: str
    sheet: str
    rows: list[list[Cell]]
    first_row: int = 1

    def row_number(self, index: int) -> int:
        return self.first_row + index


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def display_cell(value: object) -> str:
    """A cell as a person typed it, for messages: 14.0 → 14."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def describe_place(
    file_name: str,
    sheet: str | None = None,
    row: int | None = None,
    column: int | None = None,
    header: str = "",
) -> str:
    """The Norwegian «Filen «x», arket «y», rad 12, kolonne C («Beløp»)» prefix of a message."""
    if sheet is None:
        return t("import.where_file", file=file_name)
    if row is None:
        return t("import.where_sheet", file=file_name, sheet=sheet)
    if column is None:
        return t("import.where_row", file=file_name, sheet=sheet, row=row)
    place = {"file": file_name, "sheet": sheet, "row": row, "column": column_letter(column)}
    if not header:
        return t("import.where_column", **place)
    return t("import.where_cell", **place, header=header)


def read_tables(
    data: bytes, file_name: str, sheet: str | None, settings: Settings
) -> list[RawTable]:
    """The sheets of an uploaded .xlsx or .csv as raw tables, after the hostile-file checks.

    With `sheet`, only that sheet; else every worksheet that has content. Raises
    ImportRejected (Norwegian, naming the file and sheet) for anything refused.
    """
    where = describe_place(file_name)
    _check_size(data, where, settings)
    if data.startswith(_OLE_MAGIC):
        _refuse_ole(data, where)
    if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return _read_workbook(data, file_name, sheet, settings)
    _refuse_binary(data, file_name, where)
    return [_read_csv(data, file_name, sheet, settings)]


def _check_size(data: bytes, where: str, settings: Settings) -> None:
    if not data:
        raise ImportRejected(t("import.empty_file", where=where))
    refuse_too_large(len(data), where, settings.import_max_bytes)


def refuse_too_large(size: int, where: str, limit: int) -> None:
    """Raises ImportRejected for a file of `size` bytes over the limit (checked before reading)."""
    if size > limit:
        raise ImportRejected(
            t("import.too_large", where=where, size=_megabytes(size), limit=_megabytes(limit))
        )


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".replace(".", ",")


def _refuse_ole(data: bytes, where: str) -> None:
    """An OLE container: an encrypted workbook (EncryptedPackage) or an old .xls/.doc."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise ImportRejected(t("import.encrypted", where=where))
    raise ImportRejected(t("import.legacy_xls", where=where))


def _refuse_binary(data: bytes, file_name: str, where: str) -> None:
    for magic, found in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ImportRejected(t("import.not_spreadsheet", where=where, found=found))
    if b"\x00" in data[:8192]:
        raise ImportRejected(
            t("import.not_spreadsheet", where=where, found=t("import.binary_data"))
        )
    extension = PurePath(file_name).suffix.lower()
    if extension in _EXCEL_EXTENSIONS:
        raise ImportRejected(t("import.wrong_extension", where=where, extension=extension))


# --- workbooks -------------------------------------------------------------------------------


def _read_workbook(
    data: bytes, file_name: str, sheet: str | None, settings: Settings
) -> list[RawTable]:
    where = describe_place(file_name)
    if PurePath(file_name).suffix.lower() == ".xlsm":
        raise ImportRejected(t("import.macros", where=where))
    check_workbook_zip(data, where, settings)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as error:
        raise ImportRejected(t("import.encrypted", where=where)) from error
    except (python_calamine.CalamineError, ValueError, OSError) as error:
        raise ImportRejected(t("import.unreadable", where=where, detail=error)) from error
    return _read_sheets(workbook, file_name, sheet, settings)


def check_workbook_zip(data: bytes, where: str, settings: Settings) -> None:
    """Refuses a corrupt zip, macros, a zip bomb and XML with DOCTYPE/ENTITY declarations.

    Sizes are checked from the zip directory before anything is decompressed. Small XML parts
    are then parsed with defusedxml (Python's zipfile stops at the declared size and checks the
    CRC); of a large part (a worksheet) only the start is read, where a DOCTYPE would have to
    stand. calamine's zip reader refuses a part that unpacks to more than its declared size.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportRejected(t("import.corrupt", where=where, detail=error)) from error
    with archive:
        members = archive.infolist()
        _check_member_names(members, where)
        _check_declared_sizes(members, where, settings)
        for member in members:
            if member.filename.lower().endswith(_XML_SUFFIXES):
                _check_xml_member(archive, member, where)


def _check_member_names(members: Sequence[zipfile.ZipInfo], where: str) -> None:
    names = {member.filename.lower() for member in members}
    if any(name.endswith("vbaproject.bin") for name in names):
        raise ImportRejected(t("import.macros", where=where))
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise ImportRejected(t("import.not_spreadsheet", where=where, found="et annet zip-arkiv"))
    if any(member.flag_bits & 0x1 for member in members):
        raise ImportRejected(t("import.encrypted", where=where))


def _check_declared_sizes(
    members: Sequence[zipfile.ZipInfo], where: str, settings: Settings
) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportRejected(t("import.zip_bomb", where=where, detail=f"{len(members)} deler"))
    total_limit = MAX_EXPANSION * settings.import_max_bytes
    total = 0
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR_BYTES and ratio > MAX_COMPRESSION_RATIO:
            detail = f"«{member.filename}» pakkes {ratio:.0f} ganger"
            raise ImportRejected(t("import.zip_bomb", where=where, detail=detail))
        total += member.file_size
        if total > total_limit:
            detail = f"over {_megabytes(total_limit)} MB"
            raise ImportRejected(t("import.zip_bomb", where=where, detail=detail))


def _check_xml_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, where: str) -> None:
    """Refuses DOCTYPE/ENTITY in a part (all of a small one, the start of a large one)."""
    try:
        with archive.open(member) as stream:
            if member.file_size <= _SMALL_XML_BYTES:
                _parse_small_xml(stream.read(), member.filename, where)
                return
            _scan_large_xml(stream, member.filename, where)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        ValueError,
    ) as error:
        raise ImportRejected(t("import.corrupt", where=where, detail=error)) from error


def _parse_small_xml(content: bytes, member: str, where: str) -> None:
    if _DECLARATION.search(_as_ascii_view(content)):
        raise ImportRejected(t("import.xml_entities", where=where, member=member))
    try:
        SafeElementTree.fromstring(content)
    except DefusedXmlException as error:
        raise ImportRejected(t("import.xml_entities", where=where, member=member)) from error
    except SafeElementTree.ParseError as error:
        raise ImportRejected(t("import.corrupt", where=where, detail=member)) from error


def _scan_large_xml(stream: IO[bytes], member: str, where: str) -> None:
    """A DOCTYPE can only stand before the root element: look in the first chunk."""
    first = stream.read(_CHUNK)
    if _DECLARATION.search(_as_ascii_view(first)):
        raise ImportRejected(t("import.xml_entities", where=where, member=member))


def _as_ascii_view(content: bytes) -> bytes:
    """UTF-16 XML with its zero bytes dropped, so the declaration search sees the markup."""
    if content[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return content.replace(b"\x00", b"")
    return content


def _read_sheets(
    workbook: python_calamine.CalamineWorkbook,
    file_name: str,
    sheet: str | None,
    settings: Settings,
) -> list[RawTable]:
    names = [
        meta.name
        for meta in workbook.sheets_metadata
        if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
    ]
    if sheet is not None:
        if sheet not in names:
            where = describe_place(file_name)
            listed = ", ".join(f"«{name}»" for name in names)
            raise ImportRejected(
                t("import.sheet_not_found", where=where, sheet=sheet, sheets=listed)
            )
        names = [sheet]
    tables = [_read_sheet(workbook, file_name, name, settings) for name in names]
    tables = [table for table in tables if table.rows]
    if not tables:
        raise ImportRejected(t("import.empty_workbook", where=describe_place(file_name)))
    return tables


def _read_sheet(
    workbook: python_calamine.CalamineWorkbook, file_name: str, name: str, settings: Settings
) -> RawTable:
    where = describe_place(file_name, name)
    try:
        sheet = workbook.get_sheet_by_name(name)
        if sheet.height > settings.import_max_rows:
            raise ImportRejected(
                t(
                    "import.too_many_rows",
                    where=where,
                    rows=sheet.height,
                    limit=settings.import_max_rows,
                )
            )
        with cycle_collection_paused():
            rows: list[list[Cell]] = sheet.to_python(skip_empty_area=False)
    except python_calamine.CalamineError as error:
        raise ImportRejected(t("import.unreadable", where=where, detail=error)) from error
    return RawTable(file_name, name, _strip_trailing_blank_rows(rows))


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while calamine makes a sheet's rows, and while they
    are read (`importer.prepare_import`): a list of cells per row, which cannot form a cycle,
    and which would otherwise set off collections that walk all of them, and every object of
    the process (the app's too), while the rows are made; and again, twice, soon after, since
    rows made while the collector was paused are all of its youngest generation. Nests."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _strip_trailing_blank_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    end = len(rows)
    while end and all(cell == "" for cell in rows[end - 1]):
        end -= 1
    return rows if end == len(rows) else rows[:end]


# --- text files ------------------------------------------------------------------------------


def _read_csv(data: bytes, file_name: str, sheet: str | None, settings: Settings) -> RawTable:
    """A CSV file as one table named after the file (a CSV has no sheets)."""
    sheet_name = sheet or PurePath(file_name).stem
    where = describe_place(file_name, sheet_name)
    text = decode_text(data, where)
    lines = text.splitlines()
    if len(lines) > settings.import_max_rows:
        raise ImportRejected(
            t("import.too_many_rows", where=where, rows=len(lines), limit=settings.import_max_rows)
        )
    delimiter = guess_delimiter(lines[:50])
    # Python's csv stops at 131 072 characters a field with an error that names no cell; let
    # it read any field this file can hold, and refuse a long one below by its place.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    # From the text itself, not its lines, so a quoted cell keeps its line breaks.
    read = _rectangular(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    _refuse_long_cells(read, file_name, sheet_name)
    rows = _strip_trailing_blank_rows(read)
    if not rows:
        raise ImportRejected(t("import.empty_file", where=describe_place(file_name)))
    return RawTable(file_name, sheet_name, rows)


def _rectangular(rows: Iterable[list[str]]) -> list[list[Cell]]:
    """Rows padded with '' to the width of the widest, as a spreadsheet's rows are."""
    read: list[list[Cell]] = list(rows)  # type: ignore[arg-type]
    width = max((len(row) for row in read), default=0)
    for row in read:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return read


def _refuse_long_cells(rows: list[list[Cell]], file_name: str, sheet: str) -> None:
    """Refuses the first cell longer than MAX_CELL_CHARACTERS, naming its row and column."""
    for index, row in enumerate(rows):
        if max(map(len, row), default=0) <= MAX_CELL_CHARACTERS:  # type: ignore[arg-type]
            continue
        column = next(i for i, cell in enumerate(row) if len(str(cell)) > MAX_CELL_CHARACTERS)
        where = describe_place(file_name, sheet, index + 1, column)
        raise ImportRejected(
            t(
                "import.cell_too_long",
                where=where,
                length=format_number(len(str(row[column]))),
                limit=format_number(MAX_CELL_CHARACTERS),
            )
        )


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel writes CSV in Norway."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: Iterable[str] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return unicodedata.normalize("NFC", data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise ImportRejected(t("import.bad_encoding", where=where))


def guess_delimiter(lines: Sequence[str]) -> str:
    """`;` when half the lines hold it (Norwegian Excel), else tab; else the one most lines
    hold (a long quoted cell may fill the first lines), `;` first on a tie; else `,`."""
    counts = {d: sum(d in line for line in lines) for d in (";", "\t", ",")}
    for delimiter in (";", "\t"):
        if counts[delimiter] >= max(1, len(lines) // 2):
            return delimiter
    return max(counts, key=counts.__getitem__) if any(counts.values()) else ","


# --- the header row --------------------------------------------------------------------------


class HeaderNotFound(LookupError):
    """No row among the first ones looks like a header of known column names."""


HEADER_SEARCH_ROWS = 100


def normalise_header(value: object) -> str:
    """A header cell as compared with the vocabulary: lower case, `_`/`-`/`.` as spaces."""
    text = unicodedata.normalize("NFC", str(value)).lower().replace("\u00a0", " ")
    text = re.sub(r"[_\-.:;/]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=8192, typed=True)
def header_words(value: object) -> frozenset[str]:
    """The forms of a header cell worth looking up: whole, first word, without digits.

    Cached: every kind looks at the same first rows when a file's kind is recognised.
    """
    text = normalise_header(value)
    if not text:
        return frozenset()
    without_digits = re.sub(r"\s*\d+\s*", " ", text).strip()
    without_suffix = re.sub(r"\s*\(.*\)\s*$", "", text).strip()
    return frozenset({text, text.split(" ")[0], without_digits, without_suffix} - {""})


def find_header_row(
    rows: Sequence[Sequence[Cell]], known_words: Iterable[str], min_matches: int = 2
) -> int:
    """The 0-based index of the header row: the first of the rows with the most known names.

    A cell counts when its normalised text, its first word, or its text without digits is one
    of `known_words` (compare with `normalise_header`). Only the first 100 rows are searched
    (a title block is short). Raises HeaderNotFound when no row has `min_matches` known names.
    """
    known = _normalised_words(frozenset(known_words))
    best_index, best_count = -1, min_matches - 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = sum(1 for cell in row if cell != "" and header_words(cell) & known)
        if count > best_count:
            best_index, best_count = index, count
    if best_index < 0:
        raise HeaderNotFound(f"no row with {min_matches} known column names")
    return best_index


@lru_cache(maxsize=64)
def _normalised_words(words: frozenset[str]) -> frozenset[str]:
    """The words as `normalise_header` makes them. Cached: every kind asks with its whole
    vocabulary when a file's kind is recognised, and a vocabulary does not change."""
    return frozenset(normalise_header(word) for word in words)


def sha256_of(data: bytes) -> str:
    """The file's SHA-256 as hex: how an upload is recognised when it comes again."""
    return hashlib.sha256(data).hexdigest()
