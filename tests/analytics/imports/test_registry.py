"""The registry: which kind a file is, with `--kind auto`, and the choices offered."""

from __future__ import annotations

import pytest

from analytics.core.errors import ImportRejected, UserError
from analytics.imports import registry
from analytics.imports.kind import Source
from analytics.imports.reader import RawTable
from tests.analytics.imports.files import Rows

KOMPASS = ["Dato", *(f"{n} Område {n}" for n in range(1, 9)), "Sum"]


def source(*sheets: Rows, name: str = "fil.xlsx") -> Source:
    tables = tuple(
        RawTable(name, f"Ark{i}", [list(row) for row in rows]) for i, rows in enumerate(sheets)
    )
    return Source(name, "sha", tables)


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        ([["År", "Periode", "Ansvar", "Art", "Regnskap"], [2024, 1, "1", "2", 5]], "ledger"),
        ([["Ansvar", "Ansvar(T)", "Enhet", "Sektor"], ["1", "a", "10", "1"]], "units"),
        ([["Enhet", "Måned", "Avtalte dagsverk", "Tapte dagsverk"], ["1", 1, 9, 1]], "sickleave"),
        ([KOMPASS, ["2019", *[40] * 8, 320]], "kompass"),
        ([["Fokusområde", 2022], ["Effektivitet", 40]], "kompass"),
        ([["Risiko", "S", "K", "Tiltak"], ["Brann", 3, 4, ""]], "risks"),
        ([["Arbeidsgruppe", "År", "Uke", "Type"], ["Brann", 2026, 5, "O"]], "milestones"),
        ([["Arbeidsgruppe", "Uke 1", "Uke 2", "Uke 3"], ["Brann", "O", "A", "F"]], "milestones"),
        ([["Prosjekt", "Prosjektnavn", "Kostnadsramme"], ["P1", "Ny skole", 1000]], "projects"),
        ([["Hovedbok", "x"], [1, 2]], "ledger"),  # nobody is sure: the ledger's refusal explains
    ],
)
def test_auto_recognises_every_kind(rows: Rows, kind: str) -> None:
    assert registry.recognise(source(rows)).name == kind


def test_a_wide_ledger_with_numbered_months_is_no_kompass() -> None:
    rows = [
        ["År", "Ansvar", "Art", *(f"{m:02d}" for m in range(1, 13))],
        [2024, "1", "2", *[1] * 12],
    ]
    assert registry.recognise(source(rows)).name == "ledger"


def test_a_file_that_is_surely_two_kinds_is_refused() -> None:
    risks = [["Risiko", "S", "K"], ["Brann", 3, 4]]
    plan = [["Arbeidsgruppe", "Uke", "Type"], ["Brann", 5, "O"]]
    with pytest.raises(ImportRejected, match="filen kan være både"):
        registry.recognise(source(risks, plan))


def test_the_choices_and_a_kind_that_does_not_exist() -> None:
    assert registry.CHOICES == (
        "auto", "budget", "accounts", "units", "forecast", "sickleave", "kompass", "risks",
        "milestones", "projects", "goals", "indicators", "balance", "loans", "coverage",
    )  # fmt: skip
    with pytest.raises(UserError, match="Ukjent type «lønn»"):
        registry.kind_for("lønn", source([["a"]]))
    assert registry.kind_of_upload("mixed") is registry.kind_named("ledger")
    assert registry.kind_of_upload("noe annet") is None
