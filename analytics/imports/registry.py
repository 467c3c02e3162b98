"""The registry of import kinds: every kind the pipeline knows, and which one a file is.

A new kind is one module under `analytics/imports/kinds/` declaring its `KIND`, and its name
in `KINDS` below. The order of `KINDS` is the order of the choices on the page and the
command line.
"""

from __future__ import annotations

from analytics.core.errors import ImportRejected, UserError
from analytics.core.texts import t
from analytics.imports.kind import ImportKind, Source
from analytics.imports.kinds import (
    budget_change,
    finance,
    goals,
    indicators,
    kompass,
    ledger,
    milestones,
    projects,
    risks,
    sickleave,
    template,
    units,
)
from analytics.imports.layout import SURE
from analytics.imports.reader import describe_place

KINDS: tuple[ImportKind, ...] = (
    ledger.KIND,
    units.KIND,
    template.KIND,
    sickleave.KIND,
    kompass.KIND,
    risks.KIND,
    milestones.KIND,
    projects.KIND,
    goals.KIND,
    indicators.KIND,
    finance.BALANCE_KIND,
    finance.LOANS_KIND,
    finance.COVERAGE_KIND,
    budget_change.KIND,
)
AUTO = "auto"
FILE_KINDS = tuple(kind for kind in KINDS if kind.from_files)
CHOICES: tuple[str, ...] = (AUTO, *(choice for kind in FILE_KINDS for choice in kind.picked_by))
_BY_CHOICE = {choice: kind for kind in FILE_KINDS for choice in kind.picked_by}
_BY_UPLOAD = {stored: kind for kind in KINDS for stored in kind.upload_kinds}
_BY_NAME = {kind.name: kind for kind in KINDS}
FALLBACK = ledger.KIND  # a file no kind is sure of is read as a ledger, whose refusals explain


def kind_named(name: str) -> ImportKind:
    """The kind of this name (an ImportKind's `name`)."""
    return _BY_NAME[name]


def kind_of_upload(upload_kind: str) -> ImportKind | None:
    """The kind that stored uploads of this upload kind (budget, mixed, sickleave, …)."""
    return _BY_UPLOAD.get(upload_kind)


def kind_for(choice: str, source: Source) -> ImportKind:
    """The kind the person chose, or with `auto` the kind the file is (see `recognise`)."""
    if choice == AUTO:
        return recognise(source)
    kind = _BY_CHOICE.get(choice)
    if kind is None:
        raise UserError(t("import.bad_kind", kind=choice, kinds=", ".join(CHOICES)))
    return kind


def recognise(source: Source) -> ImportKind:
    """The kind surest of the file. Two kinds equally sure are refused (the person chooses);
    a file no kind is sure of goes to the ledger, whose refusal names what is missing."""
    scores = sorted(((kind.recognise(source), kind.name) for kind in KINDS), reverse=True)
    (best, name), (second, other) = scores[0], scores[1]
    if best >= SURE and best == second:
        labels = f"{t(f'import.kind.{name}')}, {t(f'import.kind.{other}')}"
        where = describe_place(source.file_name)
        raise ImportRejected(t("import.ambiguous_kind", where=where, kinds=labels))
    return kind_named(name) if best >= SURE else FALLBACK
