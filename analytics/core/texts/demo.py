"""Texts of the demo municipality. Bokmål."""

NB: dict[str, str] = {
    "demo.created": "Demokommunen er laget i {path}: {summary}",
    "demo.economy_summary": (
        "{ansvar} ansvar, {budget_lines} budsjettlinjer, {accounts_lines} regnskapslinjer"
    ),
    "demo.not_empty": (
        "Databasen {path} har allerede data. Bruk --force for å slette alt og lage demokommunen."
    ),
    "demo.projects_summary": "{count} investeringsprosjekter",
    "demo.finance_summary": "balanse, {loans} lån, inndekningsplan og {scenarios} scenarioer",
}
