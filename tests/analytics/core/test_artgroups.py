"""The KOSTRA art rule and the art groups."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core.artgroups import (
    ART_GROUPS,
    OTHER_GROUP,
    art_group_map,
    art_group_of,
    group_keys,
    group_name,
    income_groups,
    kostra_art,
)


@pytest.mark.parametrize(
    ("art", "kostra"),
    [
        ("10100", "010"),  # 5 digits: digits 2–4
        ("11150", "115"),
        ("17101", "710"),
        ("2800", "280"),  # 4 digits: the first three
        ("339", "339"),  # 3 digits as is
        (" 339 ", "339"),
        ("12", None),
        ("A1234", None),
        ("123456", None),
    ],
)
def test_kostra_art(art: str, kostra: str | None) -> None:
    assert kostra_art(art) == kostra


@pytest.mark.parametrize(
    ("art", "group"),
    [
        ("10100", "lonn"),
        ("1000", "varer_tjenester"),
        ("13700", "kjop_erstatter"),
        ("470", "overforingsutgifter"),
        ("500", "finansutgifter"),
        ("16200", "salgsinntekter"),
        ("17101", "refusjoner"),
        ("7290", "refusjoner"),  # 4 digits → 729 momskompensasjon
        ("1729", "varer_tjenester"),  # 4 digits → 172
        ("800", "overforingsinntekter"),
        ("999", "finansinntekter"),
        ("005", OTHER_GROUP),  # below 010
        ("X", OTHER_GROUP),
    ],
)
def test_art_group_of(art: str, group: str) -> None:
    assert art_group_of(art) == group


def test_groups_cover_010_to_999_once_and_have_names() -> None:
    covered = [n for group in ART_GROUPS for n in range(group.first, group.last + 1)]
    assert sorted(covered) == list(range(10, 1000))
    assert all(group_name(key) and group_name(key) != key for key in group_keys())
    assert income_groups() == {
        "salgsinntekter",
        "refusjoner",
        "overforingsinntekter",
        "finansinntekter",
    }


def test_art_group_map_is_one_row_per_code() -> None:
    expected = pd.DataFrame(
        {"art": ["10100", "16200"], "art_group": ["lonn", "salgsinntekter"]}
    ).astype({"art": object})
    result = art_group_map(["16200", "10100", "16200"])
    pd.testing.assert_frame_equal(result.astype({"art": object}), expected)
