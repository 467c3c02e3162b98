-- A person's own choices that outlive a session: the language of the screens. Kept beside
-- `users` (not in it) so a migration that makes `users` again keeps them.
CREATE TABLE user_preferences (
    name     TEXT PRIMARY KEY,
    language TEXT
);
