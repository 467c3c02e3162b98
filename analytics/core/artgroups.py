"""KOSTRA art groups, declared once (data/kostra_art_groups.csv): which 3-digit KOSTRA arts each
group covers.

A local art code becomes its KOSTRA art by the rule in `KOSTRA_DIGITS` (by code length, from
data/kostra_art_digits.csv): 5 digits → digits 2–4 (10100 → 010), 4 digits → the first three
(2800 → 280), 3 digits as is. Codes the rule does not cover, or that fall outside every group,
go to the group `annet`. Names come from the translation table (`artgroup.<key>`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analytics.core.reference import boolean, read_table
from analytics.core.texts import t


@dataclass(frozen=True)
class ArtGroup:
    """A range of KOSTRA arts (inclusive); `income` groups hold income (negative amounts)."""

    key: str
    first: int
    last: int
    income: bool

    @property
    def name(self) -> str:
        return t(f"artgroup.{self.key}")


ART_GROUPS: tuple[ArtGroup, ...] = tuple(
    ArtGroup(*row)
    for row in read_table(
        "kostra_art_groups.csv",
        (("key", str), ("first_art", int), ("last_art", int), ("income", boolean)),
    )
)
OTHER_GROUP = "annet"

# Code length → which characters of the local art code are the KOSTRA art.
KOSTRA_DIGITS: dict[int, slice] = {
    length: slice(first - 1, last)
    for length, first, last in read_table(
        "kostra_art_digits.csv", (("code_length", int), ("first_digit", int), ("last_digit", int))
    )
}


def kostra_art(art: str) -> str | None:
    """The 3-digit KOSTRA art of a local art code, or None when the rule does not cover it."""
    code = art.strip()
    part = KOSTRA_DIGITS.get(len(code))
    if part is None or not code.isdigit():
        return None
    return code[part]


def art_group_of(art: str) -> str:
    """The key of the art group an art code belongs to (`annet` when none)."""
    kostra = kostra_art(art)
    if kostra is None:
        return OTHER_GROUP
    number = int(kostra)
    for group in ART_GROUPS:
        if group.first <= number <= group.last:
            return group.key
    return OTHER_GROUP


def art_group_map(arts: Iterable[str]) -> pd.DataFrame:
    """A frame (art, art_group) for the given art codes, one row per distinct code."""
    codes = sorted({str(art) for art in arts})
    return pd.DataFrame(
        {"art": pd.Series(codes, dtype=object), "art_group": [art_group_of(c) for c in codes]}
    )


def group_keys() -> list[str]:
    """Every group key in display order, `annet` last."""
    return [group.key for group in ART_GROUPS] + [OTHER_GROUP]


def group_name(key: str) -> str:
    """The Norwegian name of a group key."""
    return t(f"artgroup.{key}")


def income_groups() -> frozenset[str]:
    """The keys of the groups that hold income."""
    return frozenset(group.key for group in ART_GROUPS if group.income)


def mapping_digest() -> str:
    """A short digest of the grouping rules; stored sums made under other rules are rebuilt."""
    text = repr((ART_GROUPS, sorted((k, v.start, v.stop) for k, v in KOSTRA_DIGITS.items())))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
