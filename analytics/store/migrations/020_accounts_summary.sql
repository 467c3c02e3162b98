-- Accounts summed by year, month, ansvar and KOSTRA art group: what every economy view reads.
-- Derived data only: rebuilt from active_accounts whenever the accounts or uploads change
-- (analytics/store/ledger.py, `refresh_accounts_summary`). Period 13 is summed into month 12.

CREATE TABLE accounts_summary (
    year        INTEGER NOT NULL,
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    ansvar      TEXT NOT NULL,
    art_group   TEXT NOT NULL,
    amount      DECIMAL(18, 2) NOT NULL
);

-- The state of the source data the summary was built from (see `ledger.summary_state`).
CREATE TABLE accounts_summary_state (
    state       TEXT NOT NULL
);
