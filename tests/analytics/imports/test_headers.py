from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.texts import NB
from analytics.imports.headers import (
    FIELDS,
    MAPPABLE_FIELDS,
    VOCABULARIES,
    ColumnRole,
    classify_header,
    mappable_fields,
    word_table,
)


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


@pytest.mark.parametrize(
    ("vocabulary", "header", "role"),
    [
        ("sickleave", "Avtalte dagsverk", ColumnRole("agreed_days")),
        ("sickleave", "Tapte dagsverk", ColumnRole("lost_days")),
        ("sickleave", "Sykefravær %", ColumnRole("lost_days", percent=True)),
        ("sickleave", "Sykefravær", ColumnRole("lost_days", percent=True)),  # alone: a share
        ("sickleave", "Sjukefråvær dagsverk", ColumnRole("lost_days")),
        ("sickleave", "Egenmeldt %", ColumnRole("self_cert_days", percent=True)),
        ("sickleave", "Eigenmeldt fråvær", ColumnRole("self_cert_days")),
        ("sickleave", "Tal tilsette", ColumnRole("headcount")),
        ("sickleave", "Månad", ColumnRole("period")),
        ("sickleave", "Kvartal", ColumnRole("quarter")),
        ("sickleave", "Einingsnamn", ColumnRole("unit_name")),
        ("sickleave", "Ansvar(T)", ColumnRole("ansvar_name")),
        ("sickleave", "Regnskap", None),
        ("kompass", "Fokusområde", ColumnRole("area")),
        ("kompass", "Sum", ColumnRole("total")),
        ("kompass", "4 Lederskap", None),  # an area: read by the Kompass kind
        ("risks", "Ansvarleg", ColumnRole("owner")),
        ("risks", "Ansvar", ColumnRole("owner")),  # the person, not the ansvar code
        ("risks", "S", ColumnRole("probability")),
        ("risks", "Risikoreduserande tiltak", ColumnRole("mitigation")),
        ("milestones", "Veke", ColumnRole("week")),
        ("milestones", "Uke 5", None),  # a week column of the programme's grid
        ("milestones", "Arbeidsgruppe", ColumnRole("working_group")),
        ("ledger", "Ansvar", ColumnRole("ansvar")),
    ],
)
def test_every_vocabulary_reads_its_own_words(
    vocabulary: str, header: str, role: ColumnRole | None
) -> None:
    assert classify_header(header, vocabulary) == role


def test_every_field_has_a_norwegian_label() -> None:
    assert all(f"import.field.{field}" in NB for field in MAPPABLE_FIELDS)
    assert all(f"import.field.{field.name}" in NB for field in FIELDS)
    for vocabulary in VOCABULARIES:
        assert all(f"import.field.{field}" in NB for field in mappable_fields(vocabulary))


@pytest.mark.parametrize("vocabulary", VOCABULARIES)
def test_no_word_means_two_fields_in_one_vocabulary(vocabulary: str) -> None:
    seen: dict[str, str] = {}
    for field in FIELDS:
        if vocabulary not in field.vocabularies:
            continue
        for synonym in field.synonyms:
            assert seen.setdefault(synonym, field.name) == field.name, synonym
    assert set(seen) <= set(word_table(vocabulary))


def test_one_synonym_table_serves_every_kind() -> None:
    assert {vocabulary for field in FIELDS for vocabulary in field.vocabularies} == set(
        VOCABULARIES
    )
