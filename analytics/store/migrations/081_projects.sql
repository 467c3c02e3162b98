-- Investment projects ("investeringsprosjekter"): the register, the project leaders' forecasts of
-- the final cost, and the projects' risks. Budgets and accounts of a project are the
-- investment ledger's lines with its code in `prosjekt` (080).

-- The register, versioned by code like the other registers: an upload (a file, an edit on the
-- Investeringer page, or a ledger file naming a project the register lacks) replaces the
-- current entries of the codes it names; undo gives them back.
CREATE TABLE projects (
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    unit_code   TEXT NOT NULL DEFAULT '',   -- the responsible unit (unit, ansvar or sector code)
    frame       DECIMAL(18, 2),             -- the total cost frame adopted by the council, NOK
    start_year  INTEGER,
    end_year    INTEGER,
    phase       TEXT NOT NULL DEFAULT 'planning'
                CHECK (phase IN ('planning', 'building', 'finished')),
    source      TEXT NOT NULL DEFAULT 'register' CHECK (source IN ('register', 'ledger')),
    upload_id   BIGINT,
    replaced_by BIGINT,
    CHECK (start_year IS NULL OR end_year IS NULL OR start_year <= end_year)
);

-- The project leader's forecast of the final cost (NOK, the whole project over all its years)
-- and comment, per month; the latest one at or before a month counts (carried over).
CREATE TABLE project_forecasts (
    year          INTEGER NOT NULL,
    month         INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    project_code  TEXT NOT NULL,
    forecast_final DECIMAL(18, 2),          -- NULL: a comment only
    comment       TEXT NOT NULL DEFAULT '',
    entered_by    TEXT NOT NULL,
    entered_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (year, month, project_code)
);

-- A project's risks, scored as the programme's are: probability × consequence (S × K), 1–5.
CREATE SEQUENCE project_risk_ids START 1;
CREATE TABLE project_risks (
    id            BIGINT PRIMARY KEY DEFAULT nextval('project_risk_ids'),
    project_code  TEXT NOT NULL,
    risk          TEXT NOT NULL,
    probability   INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
    consequence   INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 5),
    mitigation    TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT ''
);

-- The lines as the economy reads them: a line of a project with no ansvar of its own (a file
-- keyed by project) counts under the project's responsible unit in the register, as it stands.
CREATE VIEW ledger_accounts AS
    SELECT a.* REPLACE (
        CASE WHEN a.ansvar = '' AND a.prosjekt <> '' THEN coalesce(p.unit_code, '')
             ELSE a.ansvar END AS ansvar)
    FROM active_accounts a
    LEFT JOIN (SELECT code, unit_code FROM projects WHERE replaced_by IS NULL
               AND (upload_id IS NULL OR upload_id IN (SELECT id FROM uploads WHERE status = 'active'))) p
      ON a.ansvar = '' AND p.code = a.prosjekt;

CREATE VIEW ledger_budget AS
    SELECT b.* REPLACE (
        CASE WHEN b.ansvar = '' AND b.prosjekt <> '' THEN coalesce(p.unit_code, '')
             ELSE b.ansvar END AS ansvar)
    FROM active_budget b
    LEFT JOIN (SELECT code, unit_code FROM projects WHERE replaced_by IS NULL
               AND (upload_id IS NULL OR upload_id IN (SELECT id FROM uploads WHERE status = 'active'))) p
      ON b.ansvar = '' AND p.code = b.prosjekt;
