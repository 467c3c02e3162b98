-- The read-only role of the people's view: politicians see the whole municipality, change
-- nothing. DuckDB cannot change a CHECK, so the table is made again with the wider one.
CREATE TABLE users_with_politicians (
    name          TEXT PRIMARY KEY,
    email         TEXT,
    role          TEXT NOT NULL CHECK (role IN
                  ('administrator', 'director', 'leader', 'budget_holder', 'viewer', 'politician')),
    units         TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    is_demo       BOOLEAN NOT NULL DEFAULT false,
    created_at    TIMESTAMP NOT NULL
);
INSERT INTO users_with_politicians
    SELECT name, email, role, units, password_hash, is_demo, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_with_politicians RENAME TO users;
