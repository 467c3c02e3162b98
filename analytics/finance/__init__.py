"""The municipality's financial room: key figures, the council's rules, ROBEK, loans, the
balance carried forward, and what planned investments do to them."""
