"""Migrations 040 and 041 on a database written before them: what was stored stays, and the
registers and sick leave become versioned like the ledger."""

from __future__ import annotations

from pathlib import Path

import duckdb

from analytics.store import open_store
from analytics.store.db import _migrations, close_all
from analytics.store.kompass import read_kompass_scores
from analytics.store.programme import read_milestones, read_risks
from analytics.store.sickleave import read_sick_leave

OLD_ROWS = """
INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, coverage)
VALUES ('sickleave', 'a.xlsx', 'a', 'x', now(), 1, '{}'),
       ('sickleave', 'b.xlsx', 'b', 'x', now(), 1, '{}'),
       ('sickleave', 'c.xlsx', 'c', 'x', now(), 1, '{}');
UPDATE uploads SET status = 'undone' WHERE id = 3;
INSERT INTO sick_leave (upload_id, year, month, unit_code, agreed_days, lost_days)
VALUES (1, 2026, 1, '310', 100, 5), (1, 2026, 2, '310', 100, 6),
       (2, 2026, 1, '310', 100, 7), (3, 2026, 2, '310', 100, 9);
INSERT INTO kompass_evaluations (evaluated_on, version, note) VALUES ('2019-03-14', 'classic', 'x');
INSERT INTO kompass_scores SELECT 1, n, 'Område ' || n, 40 FROM range(1, 9) t(n);
INSERT INTO risks (risk, probability, consequence) VALUES ('Brann', 3, 4);
INSERT INTO milestones (working_group, year, week, kind) VALUES ('Brann', 2026, 5, 'meeting');
"""


def test_what_was_stored_before_040_and_041_stays(tmp_path: Path) -> None:
    path = tmp_path / "gammel.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT)")
    for number, name, sql in _migrations():
        if number < 40:
            connection.execute(sql)
            connection.execute("INSERT INTO schema_migrations VALUES (?, ?)", [number, name])
    connection.execute(OLD_ROWS)
    connection.close()

    store = open_store(path)  # applies 040 and 041
    sick = read_sick_leave(store)
    # January: upload 2 replaced upload 1; February: upload 3 was undone, so upload 1 counts.
    assert sick[["month", "lost_days"]].values.tolist() == [[1, 7.0], [2, 6.0]]
    assert read_kompass_scores(store)["score"].sum() == 320
    assert read_risks(store)["risk"].tolist() == ["Brann"]
    assert read_milestones(store)["kind"].tolist() == ["meeting"]
    with store.transaction() as tx:  # the new kinds are allowed, a date may hold versions
        tx.execute(
            "INSERT INTO milestones (working_group, year, week, kind) VALUES ('A', 2026, 6, 'group_meeting')"
        )
        tx.execute(
            "INSERT INTO kompass_evaluations (evaluated_on, version, note) VALUES ('2019-03-14', 'classic', 'y')"
        )
    close_all()
