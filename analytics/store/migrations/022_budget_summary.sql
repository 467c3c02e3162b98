-- The budget that applies (revised over original, monthly over annual; see ledger.read_budget),
-- summed per year, ansvar, art group and month (NULL: an annual amount to be spread).
-- Derived data, rebuilt together with accounts_summary when budget or accounts change.

CREATE TABLE budget_summary (
    year        INTEGER NOT NULL,
    ansvar      TEXT NOT NULL,
    art_group   TEXT NOT NULL,
    month       INTEGER,
    amount      DOUBLE NOT NULL
);

DELETE FROM accounts_summary_state;
