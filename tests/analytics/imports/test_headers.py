from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.texts import NB
from analytics.imports.headers import FIELDS, MAPPABLE_FIELDS, ColumnRole, classify_header


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Ansvar", ColumnRole("ansvar")),
        ("Ansvarssted", ColumnRole("ansvar")),
        ("Koststed", ColumnRole("ansvar")),
        ("Ansvar(T)", ColumnRole("ansvar_name")),
        ("Artsnavn", ColumnRole("art_name")),
        ("Kontoart", ColumnRole("art")),
        ("Teneste", ColumnRole("tjeneste")),
        ("Funksjon", ColumnRole("tjeneste")),
        ("Månad", ColumnRole("period")),
        ("Beløp", ColumnRole("amount")),
        ("beloep", ColumnRole("amount")),
        ("Rekneskap", ColumnRole("accounts")),
        ("Regnskap hittil i år", ColumnRole("accounts_cumulative")),
        ("Regulert budsjett", ColumnRole("budget_revised")),
        ("rekneskap_2011", ColumnRole("accounts", year=2011)),
        ("Budsjett 2024", ColumnRole("budget", year=2024)),
        ("jan", ColumnRole("amount", month=1)),
        ("Desember", ColumnRole("amount", month=12)),
        ("Periode 13", ColumnRole("amount", month=13)),
        ("07", ColumnRole("amount", month=7, bare_number=True)),
        (7.0, ColumnRole("amount", month=7, bare_number=True)),
        ("Regnskap mars 2024", ColumnRole("accounts", year=2024, month=3)),
        ("Forbruk %", ColumnRole("ignored")),
        (dt.datetime(2024, 3, 1), ColumnRole("amount", year=2024, month=3)),
        ("Budsjett hittil", ColumnRole("ignored")),
        ("Hovedbok", None),
        ("Periode 14", None),
        ("", None),
    ],
)
def test_classify_header(header: object, role: ColumnRole | None) -> None:
    assert classify_header(header) == role


def test_every_field_has_a_norwegian_label() -> None:
    assert all(f"import.field.{field}" in NB for field in MAPPABLE_FIELDS)
    assert all(f"import.field.{field.name}" in NB for field in FIELDS)


def test_no_synonym_means_two_fields() -> None:
    seen: dict[str, str] = {}
    for field in FIELDS:
        for synonym in field.synonyms:
            assert seen.setdefault(synonym, field.name) == field.name, synonym
