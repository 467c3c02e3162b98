-- The summed accounts, one row per year, ansvar and art group with a column per month:
-- the economy views read whole years, so this is what they fetch without further summing.
-- Replaces the long form of 020; the summary is rebuilt on first use (state cleared).

DROP TABLE accounts_summary;

CREATE TABLE accounts_summary (
    year        INTEGER NOT NULL,
    ansvar      TEXT NOT NULL,
    art_group   TEXT NOT NULL,
    a1 DECIMAL(18, 2) NOT NULL, a2 DECIMAL(18, 2) NOT NULL, a3 DECIMAL(18, 2) NOT NULL,
    a4 DECIMAL(18, 2) NOT NULL, a5 DECIMAL(18, 2) NOT NULL, a6 DECIMAL(18, 2) NOT NULL,
    a7 DECIMAL(18, 2) NOT NULL, a8 DECIMAL(18, 2) NOT NULL, a9 DECIMAL(18, 2) NOT NULL,
    a10 DECIMAL(18, 2) NOT NULL, a11 DECIMAL(18, 2) NOT NULL, a12 DECIMAL(18, 2) NOT NULL
);

DELETE FROM accounts_summary_state;
