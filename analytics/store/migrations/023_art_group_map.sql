-- Every art code in the budget and accounts lines with its art group (analytics/artgroups.py),
-- written with the summaries, so queries by art need not map the codes again.

CREATE TABLE art_group_map (
    art         TEXT PRIMARY KEY,
    art_group   TEXT NOT NULL
);

DELETE FROM accounts_summary_state;
