"""Budget and accounts: the ledger, the periodised budget, forecasts, gaps, drill-down, periods, signals, tables and charts."""
