"""Texts of the store and the command line. North Sami.

The values a person types (`even`, `profile`, `lonn`, `formidlingslån`) are codes and stay as
they are; the text around them explains them.
"""

SE: dict[str, str] = {
    "store.locked": (
        "Diehtovuođđofiila {path} lea eará proseassa geavahusas (PID {pid}). Bisset áppa dahje "
        "nuppi gohččuma vuos, dahje geavat eará fiilla --db-molssaeavttuin."
    ),
    "store.unknown_scope": "Ii gávdnon suorgi, ovttadat iige ovddasvástádus man koda lea «{code}».",
    "store.ambiguous_scope": "Koda «{code}» gávdno máŋgga dásis: {levels}.",
    "cli.description": "Gieldda ekonomiija- ja ulbmildashboard gohččunlinnjás.",
    "cli.error": "Meattáhus: {message}",
    "settings.error.art_groups": (
        "Ásahus {name}: «{value}» namuha šlájajoavkkuid mat eai gávdno. Čále čoavddaid "
        "rihkkumiin sirrejuvvon, ovdamearkka dihte lonn,varer_tjenester. Mihkkege ii leat "
        "vurkejuvvon."
    ),
    "settings.error.choice": (
        "Ásahus {name} sáhttá leat {choices}, ii «{value}». Mihkkege ii leat vurkejuvvon."
    ),
    "settings.error.empty": "Ásahus {name} ii sáhte leat guorus. Mihkkege ii leat vurkejuvvon.",
    "settings.error.green_above_red": (
        "Ruoná stáhtusa rádji ({green} %) ii sáhte leat badjelis go rukses stáhtusa rádji "
        "({red} %). Mihkkege ii leat vurkejuvvon."
    ),
    "settings.error.kompass_targets": (
        "Ásahus {name} čállojuvvo jahki:čuoggát, rihkkumiin sirrejuvvon, čuoggát 0 ja 800 "
        "gaskkas, ovdamearkka dihte 2022:320,2025:450. «{value}» ii sáhte lohkkojuvvot. Mihkkege "
        "ii leat vurkejuvvon."
    ),
    "settings.error.net_debt_excludes": (
        "Ásahus {name} sáhttá leat guorus, formidlingslån (gaskkustanloatna), selvkostlån "
        "(iešgoluloatna) dahje goappašagat rihkkumiin sirrejuvvon, ii «{value}». Mihkkege ii "
        "leat vurkejuvvon."
    ),
    "settings.error.range": (
        "Ásahus {name} galgá leat {low} ja {high} gaskkas, ii «{value}». Mihkkege ii leat "
        "vurkejuvvon."
    ),
    "settings.status_green_max_pct": (
        "Ruoná stáhtus go prognosa mielde badjegolahus lea vuollelis go dát oassi "
        "jahkebušeahtas (%)."
    ),
    "settings.status_red_min_pct": (
        "Rukses stáhtus go prognosa mielde badjegolahus lea badjelis go dát oassi "
        "jahkebušeahtas (%)."
    ),
    "settings.budget_spread": (
        "Movt jahkebušeahtta juhkkojuvvo mánuide: «even» (seamma ollu juohke mánnui) dahje "
        "«profile» (diibmáš rehketdoalu mánnoprofiilla mielde)."
    ),
    "settings.profile_art_groups": (
        "Šlájajoavkkut mat periodiserejuvvojit diibmáš profiilla mielde go juohkin lea «even» "
        "(rihkkumiin sirrejuvvon, omd. «lonn»)."
    ),
    "settings.sick_leave_target_pct": "Buohccejávkama ulbmil (%).",
    "settings.sick_leave_min_headcount": "Unnimus bargiidlohku ovdal go buohccejávkan čájehuvvo.",
    "settings.sick_leave_min_agreed_days": (
        "Unnimus šiehtaduvvon bargobeaivvit mánus ovdal go buohccejávkan čájehuvvo (go "
        "bargiidlohku váilu)."
    ),
    "settings.kompass_targets": "Kommunekompasset-ulbmilat jahki:čuoggát, rihkkumiin sirrejuvvon.",
    "settings.kompass_national_average": "Norgga gielddaid gaskamearálaš čuoggáid submi.",
    "settings.import_max_bytes": "Stuorimus fiilla sturrodat go dieđut lohkkojuvvojit sisa (byte).",
    "settings.import_max_rows": "Eanemus ráiddut go dieđut lohkkojuvvojit sisa.",
    "settings.session_timeout_hours": "Sisačáliheapmi nohká nu máŋgga diimmu geažes.",
    "settings.lockout_attempts": "Man máŋgga boasttu beassansáni maŋŋá konto lohkkašuvvo.",
    "settings.lockout_minutes": (
        "Man guhká konto lea lohkkašuvvon go leat čállon menddo máŋga boasttu beassansáni."
    ),
    "settings.municipality_name": "Gieldda namma.",
    "settings.finance_net_result_min_pct": (
        "Doaibmanjuolggadus: netto doaibmaboađus unnimusat nu máŋga proseantta "
        "doaibmasisaboađuin (TBU ávžžuha 1,75 gielddaide)."
    ),
    "settings.finance_fund_min_pct": (
        "Doaibmanjuolggadus: disposišuvdnafoanda unnimusat nu máŋga proseantta doaibmasisaboađuin."
    ),
    "settings.finance_net_debt_max_pct": (
        "Doaibmanjuolggadus: netto loatnavealgi eanemusat nu máŋga proseantta doaibmasisaboađuin."
    ),
    "settings.finance_net_debt_excludes": (
        "Loanat mat eai rehkenastojuvvo netto loatnavealgái doaibmanjuolggadusas: "
        "formidlingslån (gaskkustanloatna), selvkostlån (iešgoluloatna) (rihkkumiin "
        "sirrejuvvon), dahje guorus."
    ),
    "page.oversikt": "Bajilgovva",
    "page.okonomi": "Ekonomiija",
    "page.verksted": "Ekonomiijabargobádji",
    "page.sykefravaer": "Buohccejávkan",
    "page.kompass": "Kommunekompasset",
    "page.program": "Boahttevaš gielda",
    "page.last_opp": "Sádde fiillaid",
    "page.rapport": "Raporta",
    "page.admin": "Hálddašeapmi",
    "nav.economy": "Ekonomiija",
    "nav.goals": "Ulbmilat ja prográmma",
    "nav.data": "Dieđut ja raporttat",
    "cli.json": "Čále JSON",
    "cli.bad_lang": "Dovdameahttun giella «{language}». Vállje nb dahje se.",
    "cli.help.accounts_year": "Rehketdoallojahki, omd. 2024",
    "cli.help.db": "DuckDB-fiila (standárda: $KOMMUNE_DB dahje data/kommune.duckdb)",
    "cli.help.demo": "Ráhkat demosuohkana (demodieđut)",
    "cli.help.ensure_demo": "Ráhkat demosuohkana jus diehtovuođđu lea guorus",
    "cli.help.force": "Sihko buot diehtovuođus vuos",
    "cli.help.forecast": "Prognosa",
    "cli.help.import": "Importere fiilla (xlsx dahje csv)",
    "cli.help.import_file": "Fiila mii importerejuvvo",
    "cli.help.kind": "Mii fiillas lea",
    "cli.help.lang": "Giella čálihussii ja fiillaide: nb (dárogiella) dahje se (davvisámegiella); standárda: $KOMMUNE_LANG",
    "cli.help.level": "Dássi",
    "cli.help.made_by": "Namma ovdasiidui (standárda: system)",
    "cli.help.month": "Mánnu 1–12 rádjái",
    "cli.help.only_unit": "Dušše dát suorgi, ovttadat dahje ovddasvástádus",
    "cli.help.pdf_out": "PDF-fiila mii čállojuvvo",
    "cli.help.sector_or_unit": "Suorgi dahje ovttadat",
    "cli.help.server": "Sádde gohččuma prográmmii dán čujuhussii (standárda: $KOMMUNE_URL); API-čoavdda lohkojuvvo $KOMMUNE_TOKEN:s",
    "cli.help.sheet": "Bláđđi mii lohkojuvvo",
    "cli.help.undo": "Gomit ovtta sáddejumi",
    "cli.help.unit_code": "Suorgi, ovttadat dahje ovddasvástádus (kodea); standárda: olles suohkan",
    "cli.help.upload_id": "Sáddejumi nummar",
    "cli.help.uploads": "Čájet sáddejumiid historjjá",
    "cli.help.year": "Jahki, omd. 2026",
    "cli.help.year_of_file": "Jahki, go fiila ii dadjat dan",
}
