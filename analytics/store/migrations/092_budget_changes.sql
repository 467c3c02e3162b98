-- Budget changes the council adopted (the tertial report's proposals): lines that add to the
-- budget that applies instead of replacing it. One upload (kind budget_change) per adoption;
-- undoing the upload takes its lines out. A revised budget imported after the change is taken
-- to hold it already (the ERP has it by then), so the change then no longer adds.
CREATE TABLE budget_change_lines (
    upload_id     BIGINT NOT NULL,
    ledger        TEXT NOT NULL DEFAULT 'operating',
    year          INTEGER NOT NULL,
    ansvar        TEXT NOT NULL,
    art           TEXT NOT NULL,
    prosjekt      TEXT NOT NULL DEFAULT '',
    amount        DECIMAL(18, 2) NOT NULL,
    appropriation TEXT NOT NULL,
    reason        TEXT NOT NULL
);

CREATE VIEW ledger_budget_changes AS
    SELECT c.upload_id, c.year, CAST(NULL AS INTEGER) AS month, c.ansvar, c.art,
           '' AS tjeneste, c.prosjekt, 'change' AS budget_kind, c.amount, c.ledger,
           '' AS scope_key
    FROM budget_change_lines c
    WHERE c.upload_id IN (SELECT id FROM uploads WHERE status = 'active')
      AND c.upload_id > coalesce((
          SELECT max(r.upload_id) FROM active_budget r
          WHERE r.budget_kind = 'revised' AND r.ledger = c.ledger AND r.year = c.year
            AND r.ansvar = c.ansvar AND r.art = c.art AND r.prosjekt = c.prosjekt), 0);
