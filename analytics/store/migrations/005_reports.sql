-- The archive of snapshot reports made.

CREATE SEQUENCE report_ids START 1;

CREATE TABLE reports (
    id          BIGINT PRIMARY KEY DEFAULT nextval('report_ids'),
    made_by     TEXT NOT NULL,
    made_at     TIMESTAMP NOT NULL,
    year        INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    scope_code  TEXT NOT NULL,          -- '' for the whole municipality
    pdf_sha256  TEXT NOT NULL,
    data_fingerprint TEXT NOT NULL,
    pdf         BLOB NOT NULL
);
