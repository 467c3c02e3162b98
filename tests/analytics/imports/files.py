"""Spreadsheets made by the tests: good workbooks, and hostile or broken ones built from them."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Sequence

import openpyxl

Rows = Sequence[Sequence[object]]


def xlsx_bytes(sheets: dict[str, Rows]) -> bytes:
    """A workbook with these sheets (name → rows), written by openpyxl."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rewrite_member(data: bytes, name: str, content: bytes, compress: bool = True) -> bytes:
    """The same zip with one part replaced (or added)."""
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", method) as target,
    ):
        for member in source.infolist():
            if member.filename != name:
                target.writestr(member.filename, source.read(member))
        target.writestr(name, content)
    return buffer.getvalue()


def read_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def declare_size(data: bytes, name: str, size: int) -> bytes:
    """The same zip whose directory claims `size` unpacked bytes for one part (a lie)."""
    encoded = name.encode()
    patched = bytearray(data)
    start = 0
    while (start := patched.find(b"PK\x01\x02", start)) >= 0:
        name_length = struct.unpack_from("<H", patched, start + 28)[0]
        if bytes(patched[start + 46 : start + 46 + name_length]) == encoded:
            struct.pack_into("<I", patched, start + 24, size)
        start += 4
    return bytes(patched)


def zip_bomb() -> bytes:
    """A workbook with a 20 MB part of zeros that compresses about a thousand times."""
    base = xlsx_bytes({"Data": [["Ansvar", "Beløp"], ["1200", 5]]})
    return rewrite_member(base, "xl/media/padding.xml", b"\x00" * (20 * 1024 * 1024))


def encrypted_workbook() -> bytes:
    """The start of an OLE container holding an EncryptedPackage stream, as Excel writes one."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return header + "EncryptedInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol2;</t></si></sst>"""
