"""The report archive's SQL, the uploads behind a report, and the data digests."""

from __future__ import annotations

import datetime as dt

from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.store.reports import (
    digest_report_data,
    list_reports,
    read_report,
    read_report_sources,
    save_report,
)
from tests.helpers import organisation

ORGANISATION = organisation(
    ("2200", "Kárášjoga skuvla, undervisning", "220", "Kárášjoga skuvla", "2", "Oppvekst"),
    ("2300", "Máŋggabealát", "230", "Máŋggabealát mánáidgárdi", "2", "Oppvekst"),
)


def add_upload(store: Store, file_name: str, status: str = "active") -> int:
    with store.transaction() as tx:
        row = tx.execute(
            "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
            "coverage, status) VALUES ('accounts', ?, ?, 'ola', ?, 1, '{}', ?) RETURNING id",
            [file_name, "f" * 64, dt.datetime(2026, 3, 1), status],
        ).fetchone()
    assert row is not None
    return int(row[0])


def add_accounts(store: Store, upload_id: int, rows: list[tuple[int, int, str, float]]) -> None:
    with store.transaction() as tx:
        for year, period, ansvar, amount in rows:
            tx.execute(
                "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, amount) "
                "VALUES (?, ?, ?, ?, '11000', ?)",
                [upload_id, year, period, ansvar, amount],
            )


def test_archive_round_trip_newest_first(store: Store) -> None:
    first = save_report(
        store,
        "direktør",
        dt.datetime(2026, 11, 1, 8),
        (2026, 10),
        "",
        ("a" * 64, "b" * 64),
        b"%PDF-1",
    )
    second = save_report(
        store,
        "leder",
        dt.datetime(2026, 11, 2, 8),
        (2026, 10),
        "sektor:2",
        ("c" * 64, "d" * 64),
        b"%PDF-22",
    )
    archive = list_reports(store, None)
    assert list(archive["id"]) == [second, first]
    assert list(archive["pdf_bytes"]) == [7, 6]
    assert list(list_reports(store, ["sektor:2"])["id"]) == [second]
    assert read_report(store, first) == ("", b"%PDF-1")
    assert read_report(store, 999) is None


def test_sources_are_the_active_uploads_with_lines_in_scope_and_period(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    ours = add_upload(store, "regnskap-2026.xlsx")
    add_accounts(store, ours, [(2026, 3, "2200", 100.0)])
    other_unit = add_upload(store, "annen-enhet.xlsx")
    add_accounts(store, other_unit, [(2026, 3, "2300", 5.0)])
    later = add_upload(store, "regnskap-2026-11.xlsx")
    add_accounts(store, later, [(2026, 11, "2200", 7.0)])
    old = add_upload(store, "regnskap-2015.xlsx")
    add_accounts(store, old, [(2015, 5, "2200", 9.0)])
    undone = add_upload(store, "angret.xlsx", status="undone")
    add_accounts(store, undone, [(2026, 2, "2200", 1.0)])
    sources = read_report_sources(store, (2026, 10), 2023, ["2200", "220"])
    assert list(sources["file_name"]) == ["regnskap-2026.xlsx"]
    everything = read_report_sources(store, (2026, 10), 2023, None)
    assert list(everything["id"]) == [ours, other_unit]


def test_digests_are_canonical_and_follow_the_scope(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    upload = add_upload(store, "regnskap.xlsx")
    add_accounts(store, upload, [(2026, 1, "2200", 1.0), (2026, 2, "2300", 2.0)])
    unit = digest_report_data(store, (2026, 10), 2023, ["2200", "220"])
    names = [line.split(" ")[0] for line in unit.splitlines()]
    assert names == sorted(names) and "accounts" in names and "uploads" in names
    assert digest_report_data(store, (2026, 10), 2023, ["2200", "220"]) == unit
    add_accounts(store, upload, [(2026, 3, "2300", 3.0)])  # another unit's line
    assert digest_report_data(store, (2026, 10), 2023, ["2200", "220"]) == unit
    add_accounts(store, upload, [(2026, 11, "2200", 4.0)])  # after the report's month
    assert digest_report_data(store, (2026, 10), 2023, ["2200", "220"]) == unit
    add_accounts(store, upload, [(2026, 4, "2200", 5.0)])
    changed = digest_report_data(store, (2026, 10), 2023, ["2200", "220"])
    assert changed != unit
    assert [line for line in changed.splitlines() if not line.startswith("accounts")] == [
        line for line in unit.splitlines() if not line.startswith("accounts")
    ]
