-- The workshop's own notes, apart from the budget holder's comment in unit_forecasts:
-- leaders and the director write these during the meeting, one per unit, month and person.
CREATE TABLE workshop_comments (
    year        INTEGER NOT NULL,
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    unit_code   TEXT NOT NULL,
    comment     TEXT NOT NULL,
    written_by  TEXT NOT NULL,
    written_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (year, month, unit_code, written_by)
);

-- What each change to a measure changed, as JSON {"field": [old, new]}, so the history can show
-- a moved deadline or a new owner, not only the status. The creation row holds every field.
ALTER TABLE measure_history ADD COLUMN changes TEXT DEFAULT '{}';
