from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.numbers import (
    AmountNotNumeric,
    normalise_code,
    parse_amount,
    split_code_and_name,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (-1362250, -1362250.0),
        (1234.5, 1234.5),
        ("-1 362 250", -1362250.0),
        ("-1\u00a0362\u00a0250", -1362250.0),
        ("1\u202f234", 1234.0),
        ("1 234,50", 1234.5),
        ("1.234,50", 1234.5),
        ("1,234.50", 1234.5),
        ("12,5", 12.5),
        ("-   ", 0.0),
        ("-", 0.0),
        ("(1 234)", -1234.0),
        ("1 234-", -1234.0),
        ("\u2212500", -500.0),
        ("kr 1 200", 1200.0),
        ("1 200,- ", 1200.0),
        ("1e3", 1000.0),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_amount_reads_what_exports_write(cell: object, expected: float | None) -> None:
    assert parse_amount(cell) == expected


@pytest.mark.parametrize(
    "cell", ["abc", "12 kroner og 50 øre", "1,2,3.4.5", True, dt.date(2024, 1, 1), float("nan")]
)
def test_parse_amount_refuses_what_is_not_a_number(cell: object) -> None:
    with pytest.raises(AmountNotNumeric) as raised:
        parse_amount(cell)
    assert isinstance(raised.value, ValueError)
    assert raised.value.value == cell or cell != cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (1200.0, "1200"),
        (1200, "1200"),
        (" 0100 ", "0100"),
        ("F357", "F357"),
        (None, ""),
        (12.5, "12.5"),
    ],
)
def test_normalise_code_keeps_codes_as_text(cell: object, expected: str) -> None:
    assert normalise_code(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1200 Kárášjoga skuvla", ("1200", "Kárášjoga skuvla")),
        ("1200 - Kárášjoga skuvla", ("1200", "Kárášjoga skuvla")),
        ("1200: Skule", ("1200", "Skule")),
        ("F357 Brann og redning", ("F357", "Brann og redning")),
        ("0100", ("0100", "")),
        (1200.0, ("1200", "")),
        ("Sum", ("", "Sum")),
        ("Čáhppesvuotna", ("", "Čáhppesvuotna")),
        ("", ("", "")),
    ],
)
def test_split_code_and_name(cell: object, expected: tuple[str, str]) -> None:
    assert split_code_and_name(cell) == expected
