-- Core schema: organisation, ledger, uploads, settings.
-- Amounts are NOK, expenses positive and income negative, as in the ERP exports.
-- Codes are text so that leading zeros (0100) and letters (F357) survive.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The organisation, flat: each ansvar belongs to one unit (enhet), each unit to one sector.
CREATE TABLE organisation (
    ansvar      TEXT PRIMARY KEY,
    ansvar_name TEXT NOT NULL,
    unit_code   TEXT NOT NULL,
    unit_name   TEXT NOT NULL,
    sector_code TEXT NOT NULL,
    sector_name TEXT NOT NULL
);

CREATE SEQUENCE upload_ids START 1;

CREATE TABLE uploads (
    id          BIGINT PRIMARY KEY DEFAULT nextval('upload_ids'),
    kind        TEXT NOT NULL,          -- budget, accounts, mixed, units, forecast, sickleave, ...
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    row_count   BIGINT NOT NULL,
    coverage    TEXT NOT NULL,          -- JSON: years, periods, ansvar covered
    status      TEXT NOT NULL DEFAULT 'active',   -- active, undone
    note        TEXT NOT NULL DEFAULT ''
);

-- A line whose replaced_by is set was superseded by a newer upload of the same scope;
-- undoing that upload clears replaced_by again, so nothing is ever lost.
CREATE TABLE budget_lines (
    upload_id   BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    month       INTEGER,                -- NULL: whole year (an annual budget)
    ansvar      TEXT NOT NULL,
    art         TEXT NOT NULL,
    tjeneste    TEXT NOT NULL DEFAULT '',
    prosjekt    TEXT NOT NULL DEFAULT '',
    budget_kind TEXT NOT NULL CHECK (budget_kind IN ('original', 'revised')),
    amount      DECIMAL(18, 2) NOT NULL,
    replaced_by BIGINT,
    CHECK (month IS NULL OR month BETWEEN 1 AND 12)
);

CREATE TABLE accounts_lines (
    upload_id   BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    period      INTEGER NOT NULL CHECK (period BETWEEN 1 AND 13),
    ansvar      TEXT NOT NULL,
    art         TEXT NOT NULL,
    tjeneste    TEXT NOT NULL DEFAULT '',
    prosjekt    TEXT NOT NULL DEFAULT '',
    amount      DECIMAL(18, 2) NOT NULL,
    replaced_by BIGINT
);

CREATE VIEW active_budget AS
    SELECT * EXCLUDE (replaced_by) FROM budget_lines
    WHERE replaced_by IS NULL
      AND upload_id IN (SELECT id FROM uploads WHERE status = 'active');

CREATE VIEW active_accounts AS
    SELECT * EXCLUDE (replaced_by) FROM accounts_lines
    WHERE replaced_by IS NULL
      AND upload_id IN (SELECT id FROM uploads WHERE status = 'active');

-- Hand-made column mappings, remembered per file layout (a digest of the header row).
CREATE TABLE column_mappings (
    layout_digest TEXT PRIMARY KEY,
    mapping       TEXT NOT NULL,        -- JSON: source column -> field
    saved_by      TEXT NOT NULL,
    saved_at      TIMESTAMP NOT NULL
);
