"""Texts of the financial room: key figures, the council's rules, ROBEK, loans, scenarios. North Sami."""

SE: dict[str, str] = {
    "finance.kostra.title": "Buohtastahttin KOSTRA:in",
    "finance.kostra.caption": (
        "SSB KOSTRA-čoavddaloguin, mat leat sáddejuvvon «Sádde fiillaid» siidui (šládja indikáhtorat). "
        "Gielddakássa lea gieldda iežas rehketdoallu; konsearna váldá mielde gielddalaš "
        "fitnodagaid ja gielddaidgaskasaš searvvažiid. «Rehkenastojuvvon dáppe» lea "
        "rehkenastojuvvon gieldda iežas rehketdoaluin dán dashbordas (dušše gielddakássii)."
    ),
    "finance.kostra.report_caption": (
        "SSB KOSTRA-čoavddaloguin (tabealla 12134). Gielddakássa lea gieldda iežas rehketdoallu; "
        "konsearna váldá mielde gielddalaš fitnodagaid ja gielddaidgaskasaš searvvažiid. "
        "«Rehkenastojuvvon dáppe» lea rehkenastojuvvon gieldda iežas rehketdoaluin dán "
        "dashbordas (dušše gielddakássii)."
    ),
    "finance.kostra.none": (
        "KOSTRA-čoavddalogut eai leat sáddejuvvon. Viečča gielddarehketdoalu čoavddaloguid "
        "(tabealla 12134) SSB statistihkkabáŋkkus gielddain, riikkain Oslo "
        "haga ja KOSTRA-joavkkuin, ja sádde fiilla nugo dat lea «Sádde fiillaid» siidui."
    ),
    "finance.kostra.col.figure": "Čoavddalohku",
    "finance.kostra.col.scope": "Rehketdoallodoaba",
    "finance.kostra.col.own": "Rehkenastojuvvon dáppe",
    "finance.kostra.col.published": "Gielda (SSB)",
    "finance.kostra.col.national": "Riika Oslo haga",
    "finance.kostra.col.group": "KOSTRA-joavku",
    "page.handlingsrom": "Ekonomalaš doaibmalatnja",
    "finance.chart.target": "Doaibmanjuolggadus {target} %",
    "finance.rule.net_operating_result": "Netto doaibmaboađus %:in doaibmasisaboađuin",
    "finance.rule.disposition_fund": "Disposišuvdnafoanda %:in doaibmasisaboađuin",
    "finance.rule.net_debt": "Netto loatnavealgi %:in doaibmasisaboađuin",
    "finance.reason.net_operating_result.none": "Eai leat doaibmasisaboađut maid rehkenastit.",
    "finance.reason.net_operating_result.meets": "{value} lea unnimusat ulbmil {target}.",
    "finance.reason.net_operating_result.misses": "{value} lea vuollelis ulbmila {target}.",
    "finance.reason.disposition_fund.none": "Jagi bilánsa váilu (loaddi bilánssa).",
    "finance.reason.disposition_fund.meets": "{value} lea unnimusat ulbmil {target}.",
    "finance.reason.disposition_fund.misses": "{value} lea vuollelis ulbmila {target}.",
    "finance.reason.net_debt.none": "Jagi bilánsa váilu (loaddi bilánssa).",
    "finance.reason.net_debt.meets": "{value} lea badjerájá {target} siskkobealde.",
    "finance.reason.net_debt.misses": "{value} lea badjerájá {target} badjelis dahje lahka.",
    "finance.col.rule": "Doaibmanjuolggadus",
    "finance.col.status": "Stáhtus",
    "finance.col.reason": "Ákkastallan",
    "finance.col.planned": "Galgá gokčojuvvot",
    "finance.col.booked": "Gokčojuvvon (šládja 530)",
    "finance.col.keeps_plan": "Doallá plána",
    "finance.col.remaining": "Báhcá gokčat",
    "finance.col.scenario": "Scenário",
    "finance.col.new_loans": "Ođđa loanat",
    "finance.col.interest_instalments": "Reanttut ja máksosat",
    "finance.col.lights": "Doaibmanjuolggadusat",
    "finance.keeps.True": "Juo",
    "finance.keeps.False": "Ii",
    "finance.keeps.None": "Ii vel rehketdoallu",
    "finance.robek.registered": (
        "Gielda deavdá unnimusat ovtta ROBEK-eavttuin (gielddalága § 28-1): ođđa loanat ja "
        "guhkes láigosoahpamušat fertejit stáhtas dohkkehuvvot."
    ),
    "finance.robek.clear": "Ii oktage ROBEK-eavttuin (gielddalága § 28-1) leat devdon loguid mielde.",
    "finance.robek.deficit": "Čohkkejuvvon badjegolahus: {amount} ({pct} doaibmasisaboađuin), šattai {year}.",
    "finance.robek.covered_by": "Dán rádjái gokčama mielde badjegolahus lea gokčojuvvon {year}.",
    "finance.robek.not_covering": "Badjegolahusa gokčan (šládja 530) ii leat vel čállojuvvon.",
    "finance.criterion.budget_unbalanced.applies": "Jahkebušeahtta ii leat dássedis.",
    "finance.criterion.budget_unbalanced.clear": "Jahkebušeahtta lea dássedis.",
    "finance.criterion.plan_unbalanced.applies": "Ekonomiijaplána ii leat dássedis.",
    "finance.criterion.plan_unbalanced.clear": "Ekonomiijaplána lea dássedis.",
    "finance.criterion.not_covered_in_time.applies": (
        "Badjegolahus ii gokčojuvvo guovtti jagi siste dan jagi maŋŋá go šattai (§ 14-10)."
    ),
    "finance.criterion.not_covered_in_time.clear": "Badjegolahus gokčojuvvo áigemeari siste, dahje ii leat badjegolahus.",
    "finance.criterion.deficit_over_3pct.applies": "Badjegolahus lea badjel 3 % doaibmasisaboađuin.",
    "finance.criterion.deficit_over_3pct.clear": "Badjegolahus ii leat badjel 3 % doaibmasisaboađuin.",
    "finance.criterion.late.unknown": (
        "Mearriduvvojedje go bušeahtta ja ekonomiijaplána áiggis, ii sáhte lohkat loguin."
    ),
    "finance.card.title": "Ekonomalaš doaibmalatnja {year} ({source})",
    "finance.card.target": "Doaibmanjuolggadus: {target}",
    "finance.card.link": "Geahča doaibmalanja",
    "finance.page.caption": "Olles gielda, {first}–{last}: rehketdoallu, dán jagi prognosa ja ekonomiijaplána.",
    "finance.page.demo": "Demodieđut: hutkojuvvon gielda.",
    "finance.page.no_data": "Ii rehketdoallu, bušeahtta iige ekonomiijaplána leat vel loaddejuvvon.",
    "finance.page.figures": "Čoavddalogut jahkásaččat",
    "finance.page.rules": "Doaibmanjuolggadusat",
    "finance.page.rules_caption": (
        "Gielddastivrra ulbmilat: netto doaibmaboađus unnimusat {result}, disposišuvdnafoanda "
        "unnimusat {fund}, netto loatnavealgi eanemusat {debt} doaibmasisaboađuin (rievdaduvvo Heivehusain)."
    ),
    "finance.page.robek": "ROBEK ja gokčanplána",
    "finance.page.no_coverage_plan": "Gokčanplána ii leat loaddejuvvon.",
    "finance.page.debt": "Ruhta- ja vealgehálddašeapmi",
    "finance.page.no_loans": "Loatnaportfolio ii leat loaddejuvvon.",
    "finance.page.no_minimum": "Unnimus máksosa ii sáhte rehkenastit bilánssa haga (vealgi ja čálihahtti opmodat) ovddit jagis.",
    "finance.page.scenarios": "Maid investeremat dahket doaibmalanjain",
    "finance.page.no_scenarios": "Scenárioat eai leat vurkejuvvon.",
    "finance.page.robek_loans": "Gielda lea ROBEK:as: ođđa loanat fertejit stáhtas dohkkehuvvot (gielddalága § 28-2).",
    "finance.debt.total": "Loatnavealgi",
    "finance.debt.fixed_share": "Fásta reantu oassi",
    "finance.debt.average_rate": "Gaskamearálaš reantu",
    "finance.debt.one_point": "+1 proseantačuokkis, vuosttaš jahki",
    "finance.debt.one_point_full": "Okta proseantačuokkis alit reantu máksá {amount} jahkái go fásta reanttut leat nohkan.",
    "finance.debt.falls_due": "Gávnnahuvvo máksit",
    "finance.minimum.sufficient": (
        "Unnimus máksu {year} (gielddalága § 14-18): {minimum}. Bušehtton máksu {instalments} doarvá."
    ),
    "finance.minimum.short": (
        "Unnimus máksu {year} (gielddalága § 14-18): {minimum}. Bušehtton máksu {instalments} lea menddo unnán."
    ),
    "finance.editor.title": "Ráhkat dahje rievdat scenário",
    "finance.editor.start_from": "Vuolggasadji",
    "finance.editor.new": "Ođđa scenário",
    "finance.editor.name": "Scenário namma",
    "finance.editor.rate": "Reantu (%)",
    "finance.editor.years": "Máksináigi (jagit)",
    "finance.editor.kind": "Loatnašládja",
    "finance.editor.save": "Vurke scenário",
    "finance.editor.delete": "Sihko scenário",
    "finance.editor.col.project": "Prošeakta",
    "finance.editor.col.name": "Namma",
    "finance.editor.col.year": "Jahki",
    "finance.editor.col.cost": "Golut mearvedearruin",
    "finance.editor.col.grants": "Doarjagat",
    "finance.editor.col.own_funds": "Iežas ruhta",
    "finance.editor.col.opens": "Váldojuvvo atnui",
    "finance.editor.col.running_cost": "Rievdan doaibmagolut jahkái",
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
