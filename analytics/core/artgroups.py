"""KOSTRA art groups, declared once (data/kostra_art_groups.csv): which 3-digit KOSTRA arts each
group covers.

A local art code becomes its KOSTRA art by the rule in `KOSTRA_DIGITS` (by code length, from
data/kostra_art_digits.csv): 5 digits → digits 2–4 (10100 → 010), 4 digits → the first three
(2800 → 280), 3 digits as is. Codes the rule does not cover, or that fall outside every group,
go to the group `annet`. Names come from the translation table (`artgroup.<key>`).

The two ledgers the municipal act keeps apart, the operating ("drift") and the investment
("investering") ledger, use the same arts. Where the municipality's local art code says which
ledger a line belongs to, the rule is `LEDGER_ART_RULE` (from data/ledger_art_rule.csv): by
code length and first digit, e.g. a 5-digit art whose first digit is 0 or 3 is investment and 1
operating. Codes the rule does not cover say nothing (the file, or `--ledger`, decides).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, cast

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


LedgerName = Literal["operating", "investment"]
OPERATING: LedgerName = "operating"
INVESTMENT: LedgerName = "investment"
LEDGERS: tuple[LedgerName, ...] = (OPERATING, INVESTMENT)


def _ledger_name(text: str) -> LedgerName:
    if text not in LEDGERS:
        raise ValueError(text)
    return cast(LedgerName, text)


# (code length, first digit) → ledger.
LEDGER_ART_RULE: dict[tuple[int, str], LedgerName] = {
    (length, str(digit)): ledger
    for length, digit, ledger in read_table(
        "ledger_art_rule.csv",
        (("code_length", int), ("first_digit", int), ("ledger", _ledger_name)),
    )
}


def ledger_of_art(art: str) -> LedgerName | None:
    """The ledger a local art code belongs to by `LEDGER_ART_RULE`, or None when the rule does
    not cover the code (other lengths or first digits, codes with letters, no art)."""
    code = art.strip()
    if not code.isdigit():
        return None
    return LEDGER_ART_RULE.get((len(code), code[0]))


def describe_ledger_rule(ledger: LedgerName) -> str:
    """The rule in words for the preview: «5-sifret art som begynner på 0 eller 3»."""
    by_length: dict[int, list[str]] = {}
    for (length, digit), named in sorted(LEDGER_ART_RULE.items()):
        if named == ledger:
            by_length.setdefault(length, []).append(digit)
    parts = [
        t("artgroup.ledger_rule", length=length, digits=t_or(digits))
        for length, digits in by_length.items()
    ]
    return t_or(parts)


def t_or(items: list[str]) -> str:
    """`a`, `a eller b`, `a, b eller c`."""
    if len(items) <= 1:
        return "".join(items)
    return t("common.or_list", first=", ".join(items[:-1]), last=items[-1])


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
