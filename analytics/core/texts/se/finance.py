"""Texts of the financial room: key figures, the council's rules, ROBEK, loans, scenarios. North Sami."""

SE: dict[str, str] = {
    "finance.cli.finance_help": "Ekonomalaš čoavddaloguid jahkásaččat: rehketdoallu, prognosa ja ekonomiijaplána",
    "finance.cli.finance_year": "Bušeahttajahki mas logut geahččojuvvojit (prognosajahki), omd. 2026",
    "finance.cli.finance_heading": "Ekonomalaš doaibmalatnja {first}–{last}",
    "finance.cli.no_data": "Jagis {year} ii leat bušeahtta iige rehketdoallu. Vállje jagi mas leat dieđut.",
    "finance.not_allowed": (
        "Čoavddalogut gusket olles gildii. Oainnát daid go du beassan gokčá olles gieldda "
        "(gielddadirektevra, hálddašeaddji dahje jođiheaddji)."
    ),
    "finance.key.year": "Jahki",
    "finance.key.operating_income": "Doaibmasisaboađut",
    "finance.key.operating_expenses": "Doaibmagolut",
    "finance.key.gross_operating_result": "Brutto doaibmaboađus",
    "finance.key.net_financial_items": "Netto ruhtadanpoasttat",
    "finance.key.net_operating_result": "Netto doaibmaboađus",
    "finance.key.net_operating_result_pct": "Netto doaibmaboađus %:in",
    "finance.key.disposition_fund_pct": "Disposišuvdnafoanda %:in",
    "finance.key.net_debt_pct": "Netto loatnavealgi %:in",
    "finance.key.source": "Vuođđu",
    "finance.source.accounts": "Rehketdoallu",
    "finance.source.forecast": "Prognosa",
    "finance.source.plan": "Ekonomiijaplána",
    "finance.demo.scenario_none": "Ođđa visttiid haga",
    "finance.demo.scenario_school": "Ođđa skuvllain",
    "finance.demo.scenario_both": "Skuvllain ja dearvvašvuođaguovddážiin",
    "finance.loan_kind_invalid": "Loatnašládja galgá leat annuity (annuitehta) dahje serial (ráidu), ii «{kind}».",
    "finance.loan_terms_invalid": (
        "Loana ii sáhte rehkenastit: submi galgá leat badjel 0 (oaččui {amount}), reantu 0 ja "
        "30 % gaskkas (oaččui {rate}) ja máksináigi unnimusat 1 jahki (oaččui {years})."
    ),
    "kpi.disposition_fund.help": (
        "Disposišuvdnafoanda jagi loahpas oassin doaibmasisaboađuin. Ruoná doaibmanjuolggadusa "
        "dásis dahje badjelis, fiskat gitta 1 proseantačuoggá vuollelis, rukses das vuollelis."
    ),
    "kpi.disposition_fund.title": "Disposišuvdnafoanda",
    "kpi.net_debt.help": (
        "Netto loatnavealgi (guhkesáigge vealgi penšuvdnageatnegasvuođaid haga, luoikkahusat "
        "ja geavatkeahtes loatnaruđat geassojuvvon eret) oassin doaibmasisaboađuin. Ruoná "
        "doaibmanjuolggadusa dásis dahje vuollelis, fiskat gitta 5 proseantačuoggá badjelis, "
        "rukses das badjelis."
    ),
    "kpi.net_debt.title": "Netto loatnavealgi",
    "kpi.net_operating_result.help": (
        "Netto doaibmaboađus oassin doaibmasisaboađuin. Ruoná doaibmanjuolggadusa dásis dahje "
        "badjelis, fiskat gitta 0,5 proseantačuoggá vuollelis, rukses das vuollelis."
    ),
    "kpi.net_operating_result.title": "Netto doaibmaboađus",
    "finance.cli.amount": "Loatnasubmi ruvnnuin",
    "finance.cli.kind": "annuity (annuitehtaloatna) dahje serial (ráiduloatna)",
    "finance.cli.loan_heading": "{kind} {years} jagi áigge, jahkásaš máksámušat (kr)",
    "finance.cli.loan_help": "Loatna jagis jahkái: reanttut, oasemáksu ja loatnabáza",
    "finance.cli.rate": "Jahkásaš reantu proseanttain, omd. 4,25",
    "finance.cli.start": "Jahki goas loatna váldojuvvo (vuosttaš jahki lea ollis jahki)",
    "finance.cli.years": "Máksináigi jagiin",
    "finance.col.balance": "Loatnabáza",
    "finance.col.instalment": "Oasemáksu",
    "finance.col.interest": "Reanttut",
    "finance.col.year": "Jahki",
    "finance.loan_kind.annuity": "Annuitehtaloatna",
    "finance.loan_kind.serial": "Ráiduloatna",
}
