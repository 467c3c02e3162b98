"""A ledger export with North Sami column headings (data/header_words_se.csv) is read as one
with bokmål headings."""

from __future__ import annotations

from analytics.core.access import Access
from analytics.core.reference import read_table
from analytics.imports import importer
from analytics.imports.headers import FIELDS_BY_NAME
from analytics.imports.kind import ImportOptions
from analytics.store import Store
from tests.analytics.imports.files import xlsx_bytes
from tests.analytics.imports.helpers import SETTINGS


def test_every_north_sami_word_names_a_field_we_have() -> None:
    rows = read_table("header_words_se.csv", (("field", str), ("word", str)))
    assert rows and all(field in FIELDS_BY_NAME for field, _ in rows)


def test_accounts_with_north_sami_headings_are_stored(store: Store) -> None:
    rows = [
        ["Jahki", "Mánnu", "Ovddasvástádus", "Šládja", "Rehketdoallu"],
        [2025, 3, "3100", "10100", 1500.25],
        [2025, 3, "3100", "16000", -200],
    ]
    data = xlsx_bytes({"Rehketdoallu": rows})
    importer.import_file(
        store, Access.system(), data, "rehketdoallu.xlsx", ImportOptions(), SETTINGS
    )
    stored = store.rows("SELECT year, period, ansvar, art, amount FROM accounts_lines ORDER BY art")
    assert [(y, p, a, r, float(v)) for y, p, a, r, v in stored] == [
        (2025, 3, "3100", "10100", 1500.25),
        (2025, 3, "3100", "16000", -200.0),
    ]
