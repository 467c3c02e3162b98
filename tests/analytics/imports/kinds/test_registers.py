"""What the two registers share: their coverage, read from what older uploads stored too."""

from __future__ import annotations

from analytics.imports.kinds.registers import RegisterCoverage, reader_of


def test_register_coverage_round_trips_and_reads_older_uploads() -> None:
    plan = RegisterCoverage("milestones", 45, 5)
    assert reader_of("milestones")(plan.to_json(), "milestones") == plan
    assert plan.describe() == "Milepælsplan med 45 milepæler for 5 arbeidsgrupper"
    older = reader_of("risks")({}, "risks")  # the programme importer stored no coverage
    assert (older.rows, older.codes, older.years) == (0, frozenset(), ())
