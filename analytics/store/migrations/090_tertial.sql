-- The tertial report to the council (kommuneloven § 14-5): the director's own text per section,
-- the proposed budget changes, and every frozen version with its data fingerprint.
-- `scope_code` is '' for the whole municipality, else a scope key (`sektor:3`).

CREATE TABLE tertial_texts (
    year        INTEGER NOT NULL,
    tertial     INTEGER NOT NULL CHECK (tertial IN (1, 2)),
    scope_code  TEXT NOT NULL,
    section     TEXT NOT NULL,          -- the section's anchor
    markdown    TEXT NOT NULL,
    edited_by   TEXT NOT NULL,
    edited_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (year, tertial, scope_code, section)
);

CREATE SEQUENCE tertial_version_ids START 1;

CREATE TABLE tertial_versions (
    id               BIGINT PRIMARY KEY DEFAULT nextval('tertial_version_ids'),
    year             INTEGER NOT NULL,
    tertial          INTEGER NOT NULL CHECK (tertial IN (1, 2)),
    scope_code       TEXT NOT NULL,
    version          INTEGER NOT NULL,
    frozen_by        TEXT NOT NULL,
    frozen_at        TIMESTAMP NOT NULL,
    data_fingerprint TEXT NOT NULL,
    content          TEXT NOT NULL,     -- the report as plain text lines, to compare versions
    pdf              BLOB NOT NULL,
    docx             BLOB NOT NULL,
    UNIQUE (year, tertial, scope_code, version)
);

CREATE SEQUENCE budget_proposal_ids START 1;

-- A proposed change to one appropriation (the level the council adopted: a sector), with the
-- administration's allocation to ansvar and art underneath (JSON [[ansvar, art, amount], …]).
-- Amounts NOK as stored: more expenses positive, more income negative. A `financing` row pays
-- for the net effect of the changes (e.g. the use of the disposition fund, art 940, as a
-- negative amount); a proposal's rows together must balance to 0 kr.
CREATE TABLE budget_proposals (
    id               BIGINT PRIMARY KEY DEFAULT nextval('budget_proposal_ids'),
    year             INTEGER NOT NULL,
    tertial          INTEGER NOT NULL CHECK (tertial IN (1, 2)),
    appropriation    TEXT NOT NULL,
    amount           DECIMAL(18, 2) NOT NULL,
    reason           TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'financing')),
    allocation       TEXT NOT NULL DEFAULT '[]',
    entered_by       TEXT NOT NULL,
    entered_at       TIMESTAMP NOT NULL,
    adopted_upload   BIGINT
);
