-- The whole books: every budget and accounts line belongs to one ledger, the operating
-- ("drift") or the investment ledger ("investering"), which the municipal act keeps apart; the
-- same ansvar codes occur in both. A budget line may also be a plan figure of the economic plan
-- (budget kind 'plan': a later year of "økonomiplan", never that year's adopted budget), and may
-- have no art (a frame budget: art '').
--
-- What a newer upload of the same ledger, kind and year replaces is the line's unit: its
-- `ansvar` (which holds the key of a file keyed by ansvar, department or business area) and
-- its `scope_key`, '' for those files; a file keyed by project or function has `ansvar` ''
-- and `scope_key` 'prosjekt:P100' or 'tjeneste:201' (the project's responsible unit comes
-- from the register when the lines are read, so it may change without touching the lines).
--
-- Both line tables are made anew, since DuckDB cannot change a CHECK constraint in place.

CREATE TABLE budget_lines_books (
    upload_id   BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    month       INTEGER,                -- NULL: whole year (an annual budget)
    ansvar      TEXT NOT NULL,
    art         TEXT NOT NULL,          -- '' for a frame budget without art
    tjeneste    TEXT NOT NULL DEFAULT '',
    prosjekt    TEXT NOT NULL DEFAULT '',
    budget_kind TEXT NOT NULL CHECK (budget_kind IN ('original', 'revised', 'plan')),
    amount      DECIMAL(18, 2) NOT NULL,
    replaced_by BIGINT,
    ledger      TEXT NOT NULL DEFAULT 'operating' CHECK (ledger IN ('operating', 'investment')),
    scope_key   TEXT NOT NULL DEFAULT '',
    CHECK (month IS NULL OR month BETWEEN 1 AND 12)
);
INSERT INTO budget_lines_books
    SELECT upload_id, year, month, ansvar, art, tjeneste, prosjekt, budget_kind, amount,
           replaced_by, 'operating', ''
    FROM budget_lines;
DROP TABLE budget_lines;
ALTER TABLE budget_lines_books RENAME TO budget_lines;

CREATE TABLE accounts_lines_books (
    upload_id   BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    period      INTEGER NOT NULL CHECK (period BETWEEN 1 AND 13),
    ansvar      TEXT NOT NULL,
    art         TEXT NOT NULL,
    tjeneste    TEXT NOT NULL DEFAULT '',
    prosjekt    TEXT NOT NULL DEFAULT '',
    amount      DECIMAL(18, 2) NOT NULL,
    replaced_by BIGINT,
    ledger      TEXT NOT NULL DEFAULT 'operating' CHECK (ledger IN ('operating', 'investment')),
    scope_key   TEXT NOT NULL DEFAULT ''
);
INSERT INTO accounts_lines_books
    SELECT upload_id, year, period, ansvar, art, tjeneste, prosjekt, amount, replaced_by,
           'operating', ''
    FROM accounts_lines;
DROP TABLE accounts_lines;
ALTER TABLE accounts_lines_books RENAME TO accounts_lines;

-- The names a file gives its codes ("Ansvar(T)", "prosjekt_tekst", "1200 Kárášjoga skuvla"),
-- per store column (ansvar, art, tjeneste, prosjekt): shown wherever no organisation file or
-- project register names the code. The newest active upload's name counts.
CREATE TABLE line_names (
    upload_id   BIGINT NOT NULL,
    field       TEXT NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL
);

-- The pre-summed tables get the ledger (derived data: rebuilt on first use).
DROP TABLE accounts_summary;
CREATE TABLE accounts_summary (
    ledger      TEXT NOT NULL,
    year        INTEGER NOT NULL,
    ansvar      TEXT NOT NULL,
    art_group   TEXT NOT NULL,
    a1 DECIMAL(18, 2) NOT NULL, a2 DECIMAL(18, 2) NOT NULL, a3 DECIMAL(18, 2) NOT NULL,
    a4 DECIMAL(18, 2) NOT NULL, a5 DECIMAL(18, 2) NOT NULL, a6 DECIMAL(18, 2) NOT NULL,
    a7 DECIMAL(18, 2) NOT NULL, a8 DECIMAL(18, 2) NOT NULL, a9 DECIMAL(18, 2) NOT NULL,
    a10 DECIMAL(18, 2) NOT NULL, a11 DECIMAL(18, 2) NOT NULL, a12 DECIMAL(18, 2) NOT NULL
);
DROP TABLE budget_summary;
CREATE TABLE budget_summary (
    ledger      TEXT NOT NULL,
    year        INTEGER NOT NULL,
    ansvar      TEXT NOT NULL,
    art_group   TEXT NOT NULL,
    month       INTEGER,
    amount      DOUBLE NOT NULL
);
DELETE FROM accounts_summary_state;
