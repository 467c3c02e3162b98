-- People, their roles and units, failed sign-ins, and the audit log. Passwords only as hashes.

CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    email         TEXT,
    role          TEXT NOT NULL CHECK (role IN
                  ('administrator', 'director', 'leader', 'budget_holder', 'viewer')),
    units         TEXT NOT NULL DEFAULT '',   -- comma-separated sector, unit or ansvar codes
    password_hash TEXT,                       -- argon2id; NULL for single sign-on only
    is_demo       BOOLEAN NOT NULL DEFAULT false,
    created_at    TIMESTAMP NOT NULL
);

CREATE TABLE login_attempts (
    name        TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL,
    succeeded   BOOLEAN NOT NULL
);

CREATE SEQUENCE audit_ids START 1;

CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY DEFAULT nextval('audit_ids'),
    happened_at TIMESTAMP NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,          -- sign_in, sign_in_failed, upload, undo, export, user_change, ...
    detail      TEXT NOT NULL DEFAULT ''
);
