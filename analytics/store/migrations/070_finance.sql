-- The financial room: balance sheet items and the economic plan's main figures per year, the
-- loan portfolio, the ROBEK coverage plan, the finance office's own forecasts and the saved
-- investment scenarios. The first three are versioned like every uploaded table (upload_id,
-- replaced_by): balance items by year and item, the portfolio and the plan as a whole.

CREATE TABLE finance_items (
    upload_id   BIGINT,
    year        INTEGER NOT NULL,
    item        TEXT NOT NULL,          -- analytics/finance/balance.py ITEMS, or a plan figure
    amount      DECIMAL(18, 2) NOT NULL, -- NOK; balances as positive amounts
    replaced_by BIGINT
);

CREATE TABLE loans (
    upload_id   BIGINT,
    loan        TEXT NOT NULL,          -- the loan's number or name
    lender      TEXT NOT NULL DEFAULT '',
    balance     DECIMAL(18, 2) NOT NULL,
    rate_pct    DOUBLE NOT NULL,
    fixed_until DATE,                   -- NULL: floating rate
    maturity    DATE,
    replaced_by BIGINT
);

CREATE TABLE coverage_plan (
    upload_id   BIGINT,
    year        INTEGER NOT NULL,
    amount      DECIMAL(18, 2) NOT NULL, -- the deficit to cover that year (NOK, positive)
    replaced_by BIGINT
);

CREATE TABLE finance_forecasts (
    year        INTEGER NOT NULL,
    line        TEXT NOT NULL,          -- a line of data/finance_lines.csv
    amount      DECIMAL(18, 2) NOT NULL, -- S(line) expected at the year end, as stored
    comment     TEXT NOT NULL DEFAULT '',
    entered_by  TEXT NOT NULL,
    entered_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (year, line)
);

CREATE TABLE finance_scenarios (
    name        TEXT PRIMARY KEY,
    spec        TEXT NOT NULL,          -- JSON: the scenario's investments and loan terms
    saved_by    TEXT NOT NULL,
    saved_at    TIMESTAMP NOT NULL
);
