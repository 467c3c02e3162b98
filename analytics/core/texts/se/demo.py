"""Texts of the demo municipality. North Sami."""

SE: dict[str, str] = {
    "demo.created": "Demogielda lea ráhkaduvvon fiilii {path}: {summary}",
    "demo.economy_summary": (
        "{ansvar} ovddasvástádusa, {budget_lines} bušeahttalinjá, {accounts_lines} "
        "rehketdoallolinjá"
    ),
    "demo.not_empty": (
        "Diehtovuođđus {path} leat juo dieđut. Geavat --force jus háliidat sihkkut buot ja "
        "ráhkadit demogieldda."
    ),
    "demo.projects_summary": "{count} investerenprošeavtta",
    "demo.finance_summary": "bilánsa, {loans} loana, gokčanplána ja {scenarios} scenária",
}
