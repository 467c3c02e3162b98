"""Texts of the financial room: key figures, the council's rules, ROBEK, loans, scenarios. Bokmål."""

NB: dict[str, str] = {
    "finance.kostra.title": "Sammenligning med KOSTRA",
    "finance.kostra.caption": (
        "Fra SSBs KOSTRA-nøkkeltall, lastet opp på Last opp (type indikatorer). Kommunekasse er "
        "kommunens egne regnskaper; konsern tar med kommunale foretak og interkommunale "
        "selskaper. «Beregnet her» er regnet av kommunens egne regnskaper i dette dashbordet "
        "(bare for kommunekassen)."
    ),
    "finance.kostra.report_caption": (
        "Fra SSBs KOSTRA-nøkkeltall (tabell 12134). Kommunekasse er kommunens egne regnskaper; "
        "konsern tar med kommunale foretak og interkommunale selskaper. «Beregnet her» er regnet "
        "av kommunens egne regnskaper i dette dashbordet (bare for kommunekassen)."
    ),
    "finance.kostra.none": (
        "Ingen KOSTRA-nøkkeltall er lastet opp. Last ned «Utvalgte nøkkeltall for "
        "kommuneregnskapet» (tabell 12134) fra SSBs statistikkbank med kommunen, landet uten "
        "Oslo og KOSTRA-gruppen, og last filen opp som den er på Last opp."
    ),
    "finance.kostra.col.figure": "Nøkkeltall",
    "finance.kostra.col.scope": "Regnskapsomfang",
    "finance.kostra.col.own": "Beregnet her",
    "finance.kostra.col.published": "Kommunen (SSB)",
    "finance.kostra.col.national": "Landet uten Oslo",
    "finance.kostra.col.group": "KOSTRA-gruppen",
    "page.handlingsrom": "Økonomisk handlingsrom",
    "finance.chart.target": "Handlingsregel {target} %",
    "finance.rule.net_operating_result": "Netto driftsresultat i % av driftsinntektene",
    "finance.rule.disposition_fund": "Disposisjonsfond i % av driftsinntektene",
    "finance.rule.net_debt": "Netto lånegjeld i % av driftsinntektene",
    "finance.reason.net_operating_result.none": "Ingen driftsinntekter å regne av.",
    "finance.reason.net_operating_result.meets": "{value} er minst målet på {target}.",
    "finance.reason.net_operating_result.misses": "{value} er under målet på {target}.",
    "finance.reason.disposition_fund.none": "Balansen for året mangler (last opp balansen).",
    "finance.reason.disposition_fund.meets": "{value} er minst målet på {target}.",
    "finance.reason.disposition_fund.misses": "{value} er under målet på {target}.",
    "finance.reason.net_debt.none": "Balansen for året mangler (last opp balansen).",
    "finance.reason.net_debt.meets": "{value} er innenfor taket på {target}.",
    "finance.reason.net_debt.misses": "{value} er over eller nær taket på {target}.",
    "finance.col.rule": "Handlingsregel",
    "finance.col.status": "Status",
    "finance.col.reason": "Begrunnelse",
    "finance.col.planned": "Skal dekkes",
    "finance.col.booked": "Dekket (art 530)",
    "finance.col.keeps_plan": "Holder planen",
    "finance.col.remaining": "Igjen å dekke",
    "finance.col.scenario": "Scenario",
    "finance.col.new_loans": "Nye lån",
    "finance.col.interest_instalments": "Renter og avdrag",
    "finance.col.lights": "Handlingsreglene",
    "finance.keeps.True": "Ja",
    "finance.keeps.False": "Nei",
    "finance.keeps.None": "Ikke regnskap ennå",
    "finance.robek.registered": (
        "Kommunen oppfyller minst ett av vilkårene for ROBEK (kommuneloven § 28-1): nye lån og "
        "lange leieavtaler må godkjennes av staten."
    ),
    "finance.robek.clear": "Ingen av vilkårene for ROBEK (kommuneloven § 28-1) er oppfylt ut fra tallene.",
    "finance.robek.deficit": "Akkumulert merforbruk: {amount} ({pct} av driftsinntektene), oppstått i {year}.",
    "finance.robek.covered_by": "Med dekningen så langt er merforbruket dekket i {year}.",
    "finance.robek.not_covering": "Det er ikke ført dekning av merforbruket (art 530) ennå.",
    "finance.criterion.budget_unbalanced.applies": "Årsbudsjettet er ikke i balanse.",
    "finance.criterion.budget_unbalanced.clear": "Årsbudsjettet er i balanse.",
    "finance.criterion.plan_unbalanced.applies": "Økonomiplanen er ikke i balanse.",
    "finance.criterion.plan_unbalanced.clear": "Økonomiplanen er i balanse.",
    "finance.criterion.not_covered_in_time.applies": (
        "Merforbruket blir ikke dekket innen to år etter året det oppsto (§ 14-10)."
    ),
    "finance.criterion.not_covered_in_time.clear": "Merforbruket dekkes innen fristen, eller det er ikke noe merforbruk.",
    "finance.criterion.deficit_over_3pct.applies": "Merforbruket er over 3 % av driftsinntektene.",
    "finance.criterion.deficit_over_3pct.clear": "Merforbruket er ikke over 3 % av driftsinntektene.",
    "finance.criterion.late.unknown": (
        "Om budsjett og økonomiplan ble vedtatt i tide, kan ikke leses av tallene."
    ),
    "finance.card.title": "Økonomisk handlingsrom {year} ({source})",
    "finance.card.target": "Handlingsregelen: {target}",
    "finance.card.link": "Se handlingsrommet",
    "finance.page.caption": "Hele kommunen, {first}–{last}: regnskap, prognose for i år og økonomiplanen.",
    "finance.page.demo": "Demodata: en oppdiktet kommune.",
    "finance.page.no_data": "Ingen regnskap, budsjett eller økonomiplan er lastet opp ennå.",
    "finance.page.figures": "Nøkkeltall per år",
    "finance.page.rules": "Handlingsreglene",
    "finance.page.rules_caption": (
        "Kommunestyrets mål: netto driftsresultat minst {result}, disposisjonsfond minst {fund}, "
        "netto lånegjeld høyst {debt} av driftsinntektene (endres under Innstillinger)."
    ),
    "finance.page.robek": "ROBEK og inndekningsplanen",
    "finance.page.no_coverage_plan": "Ingen inndekningsplan er lastet opp.",
    "finance.page.debt": "Finans- og gjeldsforvaltning",
    "finance.page.no_loans": "Ingen låneportefølje er lastet opp.",
    "finance.page.no_minimum": "Minimumsavdraget kan ikke regnes ut uten balanse (gjeld og avskrivbare anleggsmidler) for året før.",
    "finance.page.scenarios": "Hva investeringene gjør med handlingsrommet",
    "finance.page.no_scenarios": "Ingen scenarioer er lagret.",
    "finance.page.robek_loans": "Kommunen er i ROBEK: nye lån må godkjennes av staten (kommuneloven § 28-2).",
    "finance.debt.total": "Lånegjeld",
    "finance.debt.fixed_share": "Andel fastrente",
    "finance.debt.average_rate": "Gjennomsnittlig rente",
    "finance.debt.one_point": "+1 prosentpoeng, første år",
    "finance.debt.one_point_full": "Ett prosentpoeng høyere rente koster {amount} i året når fastrentene er løpt ut.",
    "finance.debt.falls_due": "Forfaller",
    "finance.minimum.sufficient": (
        "Minimumsavdrag {year} (kommuneloven § 14-18): {minimum}. Budsjettert avdrag {instalments} er nok."
    ),
    "finance.minimum.short": (
        "Minimumsavdrag {year} (kommuneloven § 14-18): {minimum}. Budsjettert avdrag {instalments} er for lite."
    ),
    "finance.editor.title": "Lag eller endre et scenario",
    "finance.editor.start_from": "Ta utgangspunkt i",
    "finance.editor.new": "Nytt scenario",
    "finance.editor.name": "Navn på scenarioet",
    "finance.editor.rate": "Rente (%)",
    "finance.editor.years": "Løpetid (år)",
    "finance.editor.kind": "Lånetype",
    "finance.editor.save": "Lagre scenarioet",
    "finance.editor.delete": "Slett scenarioet",
    "finance.editor.col.project": "Prosjekt",
    "finance.editor.col.name": "Navn",
    "finance.editor.col.year": "År",
    "finance.editor.col.cost": "Kostnad med mva",
    "finance.editor.col.grants": "Tilskudd",
    "finance.editor.col.own_funds": "Egenkapital",
    "finance.editor.col.opens": "Tas i bruk",
    "finance.editor.col.running_cost": "Endret driftskostnad per år",
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
