-- The goal tree and the indicators (issue 14).
--
-- Goals: the master plan's community goals ('community'), the sectors' goals ('sector') and the
-- units' goals ('unit'), each known by its code (stable across uploads: measures link to it),
-- with the code of the goal above it. The whole tree is replaced by an upload (a file, or the
-- tree as edited in the app): the rows it replaces keep `replaced_by`, so undo gives them back.
-- `goal_indicators` hangs indicators under goals and belongs to the same tree upload.
--
-- Indicators: a definition per indicator and unit (the newest current one is the indicator's),
-- targets per indicator, unit and year with optional yellow and red limits, and values per
-- indicator, unit, region, year and period. Each is replaced by scope by a newer upload.
-- `unit_code` is a sector, unit or ansvar code, or 'kommune' for the whole municipality.
-- A period is a year, tertial, quarter or month, held as its kind and its last month (12 for a
-- year, 4/8/12 for tertials, 3/6/9/12 for quarters), so periods of one year sort by end.
-- KOSTRA values keep the region they are for (the municipality itself, its KOSTRA group, the
-- country) and the accounts scope: the municipal fund ('kommunekasse') or the group ('konsern').

CREATE SEQUENCE goal_row_ids START 1;

CREATE TABLE goals (
    id           BIGINT PRIMARY KEY DEFAULT nextval('goal_row_ids'),
    code         TEXT NOT NULL,
    parent_code  TEXT NOT NULL DEFAULT '',
    level        TEXT NOT NULL CHECK (level IN ('community', 'sector', 'unit')),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    unit_code    TEXT NOT NULL DEFAULT 'kommune',
    first_year   INTEGER,
    last_year    INTEGER,
    kompass_area INTEGER CHECK (kompass_area BETWEEN 1 AND 8),
    focus_area   TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    upload_id    BIGINT,
    replaced_by  BIGINT
);

CREATE TABLE goal_indicators (
    goal_code     TEXT NOT NULL,
    indicator_key TEXT NOT NULL,
    position      INTEGER NOT NULL DEFAULT 0,
    upload_id     BIGINT,
    replaced_by   BIGINT
);

CREATE TABLE indicator_definitions (
    indicator_key TEXT NOT NULL,
    unit_code     TEXT NOT NULL,
    name          TEXT NOT NULL,
    measure_unit  TEXT NOT NULL CHECK (measure_unit IN ('%', 'points', 'days', 'kr', 'count')),
    direction     TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'none')),
    yellow_band   DOUBLE NOT NULL DEFAULT 0,
    source        TEXT NOT NULL DEFAULT '',
    form          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    upload_id     BIGINT,
    replaced_by   BIGINT
);

CREATE TABLE indicator_targets (
    indicator_key TEXT NOT NULL,
    unit_code     TEXT NOT NULL,
    year          INTEGER NOT NULL,
    target        DOUBLE NOT NULL,
    yellow_limit  DOUBLE,
    red_limit     DOUBLE,
    upload_id     BIGINT,
    replaced_by   BIGINT
);

CREATE TABLE indicator_values (
    indicator_key  TEXT NOT NULL,
    unit_code      TEXT NOT NULL,
    region         TEXT NOT NULL DEFAULT '',
    region_name    TEXT NOT NULL DEFAULT '',
    accounts_scope TEXT NOT NULL DEFAULT '' CHECK (accounts_scope IN ('', 'kommunekasse', 'konsern')),
    year           INTEGER NOT NULL,
    period_kind    TEXT NOT NULL CHECK (period_kind IN ('year', 'tertial', 'quarter', 'month')),
    period_month   INTEGER NOT NULL CHECK (period_month BETWEEN 1 AND 12),
    value          DOUBLE NOT NULL,
    reference      DOUBLE,           -- the national average, where the source gives one
    respondents    INTEGER,          -- answers behind a survey score, cases behind a share
    upload_id      BIGINT,
    replaced_by    BIGINT
);
