-- The programme's registers keep what an upload replaced, so that undo can give it back:
-- Kommunekompasset evaluations, the risk register and the milestone plan get `upload_id`
-- (NULL: entered outside any upload, as the demo's are) and `replaced_by`, as the ledger lines
-- and sick leave have. An evaluation is no longer unique per date: the newest current one counts.
-- The milestone kinds gain the programme's week letters: A (working-group meeting) and
-- P (project-group meeting) beside start (O), status meeting (S), finish (F) and a plain meeting.

CREATE TABLE kompass_evaluations_versioned (
    id           BIGINT PRIMARY KEY DEFAULT nextval('evaluation_ids'),
    evaluated_on DATE NOT NULL,
    version      TEXT NOT NULL,          -- classic or 2020
    note         TEXT NOT NULL DEFAULT '',
    upload_id    BIGINT,
    replaced_by  BIGINT
);
INSERT INTO kompass_evaluations_versioned (id, evaluated_on, version, note, upload_id)
    SELECT id, evaluated_on, version, note, upload_id FROM kompass_evaluations;
DROP TABLE kompass_evaluations;
ALTER TABLE kompass_evaluations_versioned RENAME TO kompass_evaluations;

ALTER TABLE risks ADD COLUMN upload_id BIGINT;
ALTER TABLE risks ADD COLUMN replaced_by BIGINT;

CREATE TABLE milestones_versioned (
    id            BIGINT PRIMARY KEY DEFAULT nextval('milestone_ids'),
    working_group TEXT NOT NULL,
    year          INTEGER NOT NULL,
    week          INTEGER NOT NULL CHECK (week BETWEEN 1 AND 53),
    kind          TEXT NOT NULL CHECK (kind IN
                  ('start', 'meeting', 'group_meeting', 'project_meeting', 'status', 'finish')),
    description   TEXT NOT NULL DEFAULT '',
    upload_id     BIGINT,
    replaced_by   BIGINT
);
INSERT INTO milestones_versioned (id, working_group, year, week, kind, description)
    SELECT id, working_group, year, week, kind, description FROM milestones;
DROP TABLE milestones;
ALTER TABLE milestones_versioned RENAME TO milestones;
