-- The monthly economy workshop: the budget holder's own forecast and comment, and measures.

CREATE TABLE unit_forecasts (
    year        INTEGER NOT NULL,
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    unit_code   TEXT NOT NULL,          -- a unit (enhet) or an ansvar code
    forecast    DECIMAL(18, 2),         -- expected year-end net actual; NULL: comment only
    comment     TEXT NOT NULL DEFAULT '',
    entered_by  TEXT NOT NULL,
    entered_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (year, month, unit_code)
);

CREATE SEQUENCE measure_ids START 1;

CREATE TABLE measures (
    id              BIGINT PRIMARY KEY DEFAULT nextval('measure_ids'),
    unit_code       TEXT NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    owner           TEXT NOT NULL,
    deadline        DATE NOT NULL,
    expected_effect DECIMAL(18, 2) NOT NULL DEFAULT 0,
    status          TEXT NOT NULL CHECK (status IN ('planned', 'started', 'done', 'dropped')),
    created_year    INTEGER NOT NULL,
    created_month   INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL
);

-- Every change to a measure, so the workshop can show how it moved month to month.
CREATE TABLE measure_history (
    measure_id  BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    status      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMP NOT NULL
);
