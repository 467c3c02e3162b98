-- Sign-ins that last (a browser's session cookie) and API tokens for service accounts.
-- Only SHA-256 hashes of the random tokens are kept; the tokens themselves are shown once.

CREATE TABLE sign_in_sessions (
    token_hash     TEXT PRIMARY KEY,        -- sha256 of the cookie's random token
    user_name      TEXT NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    expires_at     TIMESTAMP NOT NULL,      -- created_at + session_timeout_hours
    address        TEXT NOT NULL DEFAULT '',
    single_sign_on BOOLEAN NOT NULL DEFAULT false,
    ended_at       TIMESTAMP,               -- set by sign-out, a password or account change
    ended_reason   TEXT                     -- signed_out, password_changed, account_changed, account_removed
);

CREATE SEQUENCE api_token_ids START 1;

CREATE TABLE api_tokens (
    id           BIGINT PRIMARY KEY DEFAULT nextval('api_token_ids'),
    name         TEXT NOT NULL,             -- the service account, e.g. nattlig-import
    role         TEXT NOT NULL CHECK (role IN
                 ('administrator', 'director', 'leader', 'budget_holder', 'viewer')),
    units        TEXT NOT NULL DEFAULT '',  -- comma-separated sector, unit or ansvar codes
    token_hash   TEXT NOT NULL UNIQUE,      -- sha256 of the token
    created_at   TIMESTAMP NOT NULL,
    created_by   TEXT NOT NULL,
    expires_at   TIMESTAMP,                 -- NULL: until revoked
    revoked_at   TIMESTAMP,
    last_used_at TIMESTAMP
);

-- Failed sign-ins are counted per name and address together, so a stranger cannot lock a
-- known name out everywhere.
ALTER TABLE login_attempts ADD COLUMN address TEXT NOT NULL DEFAULT '';
