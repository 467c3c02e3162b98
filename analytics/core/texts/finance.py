"""Texts of the financial room: key figures, the council's rules, ROBEK, loans, scenarios. Bokmål."""

NB: dict[str, str] = {
    "finance.cli.finance_help": "Økonomiske nøkkeltall per år: regnskap, prognose og økonomiplan",
    "finance.cli.finance_year": "Budsjettåret tallene ses fra (året med prognose), f.eks. 2026",
    "finance.cli.finance_heading": "Økonomisk handlingsrom {first}–{last}",
    "finance.cli.no_data": "Det finnes ikke budsjett eller regnskap for {year}. Velg et år med data.",
    "finance.not_allowed": (
        "Nøkkeltallene gjelder hele kommunen. Du ser dem når tilgangen din dekker hele kommunen "
        "(kommunedirektør, administrator eller leder)."
    ),
    "finance.key.year": "År",
    "finance.key.operating_income": "Driftsinntekter",
    "finance.key.operating_expenses": "Driftsutgifter",
    "finance.key.gross_operating_result": "Brutto driftsresultat",
    "finance.key.net_financial_items": "Netto finansposter",
    "finance.key.net_operating_result": "Netto driftsresultat",
    "finance.key.net_operating_result_pct": "Netto driftsresultat i %",
    "finance.key.disposition_fund_pct": "Disposisjonsfond i %",
    "finance.key.net_debt_pct": "Netto lånegjeld i %",
    "finance.key.source": "Grunnlag",
    "finance.source.accounts": "Regnskap",
    "finance.source.forecast": "Prognose",
    "finance.source.plan": "Økonomiplan",
    "finance.demo.scenario_none": "Uten de nye byggene",
    "finance.demo.scenario_school": "Med den nye skolen",
    "finance.demo.scenario_both": "Med skolen og helsesenteret",
    "finance.cli.amount": "Lånebeløp i kroner",
    "finance.cli.kind": "annuity (annuitetslån) eller serial (serielån)",
    "finance.cli.loan_heading": "{kind} over {years} år, årlige innbetalinger (kr)",
    "finance.cli.loan_help": "Et lån år for år: renter, avdrag og restgjeld",
    "finance.cli.rate": "Årlig rente i prosent, f.eks. 4,25",
    "finance.cli.start": "Året lånet tas opp (det første året er et helt år)",
    "finance.cli.years": "Løpetid i år",
    "finance.col.balance": "Restgjeld",
    "finance.col.instalment": "Avdrag",
    "finance.col.interest": "Renter",
    "finance.col.year": "År",
    "finance.loan_kind.annuity": "Annuitetslån",
    "finance.loan_kind.serial": "Serielån",
    "finance.loan_kind_invalid": "Lånetypen må være annuity (annuitet) eller serial (serie), ikke «{kind}».",
    "finance.loan_terms_invalid": (
        "Lånet kan ikke regnes ut: beløpet må være over 0 (fikk {amount}), renten mellom 0 og 30 % "
        "(fikk {rate}) og løpetiden minst 1 år (fikk {years})."
    ),
    "kpi.disposition_fund.help": (
        "Disposisjonsfondet ved årets slutt som andel av driftsinntektene. Grønn på eller over "
        "handlingsregelen, gul inntil 1 prosentpoeng under, rød under det."
    ),
    "kpi.disposition_fund.title": "Disposisjonsfond",
    "kpi.net_debt.help": (
        "Netto lånegjeld (langsiktig gjeld uten pensjonsforpliktelser, fratrukket utlån og ubrukte "
        "lånemidler) som andel av driftsinntektene. Grønn på eller under handlingsregelen, gul "
        "inntil 5 prosentpoeng over, rød over det."
    ),
    "kpi.net_debt.title": "Netto lånegjeld",
    "kpi.net_operating_result.help": (
        "Netto driftsresultat som andel av driftsinntektene. Grønn på eller over handlingsregelen, "
        "gul inntil 0,5 prosentpoeng under, rød under det."
    ),
    "kpi.net_operating_result.title": "Netto driftsresultat",
}
