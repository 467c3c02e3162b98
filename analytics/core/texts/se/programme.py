"""Texts of sick leave, Kommunekompasset, risks and milestones. North Sami.

The milestone kinds are read in either language (the plan's letters S, O, A, P, F, the labels,
and words such as čoahkkin or loahpaheapmi as well as oppstart or møte), so the texts name them
in North Sami. S, K and RF keep the letters of the programme's risk register.
"""

SE: dict[str, str] = {
    "programme.demo_summary": (
        "{rows} ráiddu buohccejávkama, {evaluations} kompassaárvvoštallama, {risks} riskka ja "
        "{milestones} geaidnomearkka"
    ),
    "programme.demo_start": "Bargojoavkku {group} álggaheapmi",
    "programme.demo_meeting": "Bargočoahkkin",
    "programme.demo_status": "Stáhtusraporta stivrenjovkui",
    "programme.demo_finish": "Loahpparaporta ávžžuhuvvon doaibmabijuiguin",
    "programme.write_denied": (
        "Dušše gielddadirektevra, jođiheaddjit ja hálddašeaddjit sáhttet rievdadit prográmma "
        "registariid."
    ),
    "programme.where_table": "ráidu {row}, čuolda «{column}»",
    "programme.scale_invalid": "{where}: vurdojuvvui ollislohku 1–5, gávdnui «{value}».",
    "programme.risk_missing": "{where}: riskkas váilu čilgehus.",
    "programme.factor_mismatch": (
        "{where}: addojuvvon riskafáktor {stated} ii heive jáhkehahttivuhtii × konsekveansii = "
        "{product}."
    ),
    "programme.group_missing": "{where}: bargojoavku váilu.",
    "programme.year_invalid": "{where}: vurdojuvvui jahkelohku, gávdnui «{value}».",
    "programme.week_invalid": "{where}: vurdojuvvui vahkkonummir 1–53, gávdnui «{value}».",
    "programme.kind_invalid": (
        "{where}: dovdameahttun šládja «{value}»; geavat plána bustávaid (S stáhtusčoahkkin, "
        "O álggaheapmi, A bargojoavkku čoahkkin, P prošeaktajoavkku čoahkkin, F gárvvis) dahje "
        "sáni nugo čoahkkin dahje loahpaheapmi."
    ),
    "kompass.too_many_areas": (
        "{where}: Kommunekompasset-árvvoštallamis leat gávcci fáttá, muhto gávdnojedje {count} "
        "(ovccát lea «{name}»)."
    ),
    "kompass.too_few_areas": (
        "{where}: Kommunekompasset-árvvoštallamis leat gávcci fáttá, muhto gávdnojedje dušše {count}."
    ),
    "kompass.score_out_of_range": (
        "{where}: fáttá «{name}» čuoggát galget leat 0 ja 100 gaskkas, gávdnui {value}."
    ),
    "kompass.total_mismatch": (
        "{where}: addojuvvon submi {stated} ii heive fáttáid čuoggáid submái, {total}."
    ),
    "kompass.empty": "ii mihkkege",
    "kompass.where_form": "Árvvoštallan {date}",
    "sick.benchmark_all": ("Riika, buot suorggit, iešdieđihuvvon ja doavttirdieđihuvvon (SSB/KS)"),
    "sick.benchmark_municipal_doctor": "Gielddat, dušše doavttirdieđihuvvon (SSB/KS)",
    "programme.cli.sickleave_help": (
        "Buohccejávkan mánuid ja jagiid mielde, gildii, suorggiide dahje ovttadagaide"
    ),
    "programme.cli.kompass_help": "Kommunekompasset: árvvoštallamat, fáttát, submi ja ulbmilat",
    "programme.cli.risks_help": (
        "Riskaregisttar nugo dat lea vurkejuvvon, alimus riskafáktor vuosttažin"
    ),
    "programme.cli.milestones_help": "Geaidnomearkaplána nugo dat lea vurkejuvvon, beaivemeari mielde",
    "programme.cli.no_risks": "Riskaregisttar lea guorus.",
    "programme.cli.no_milestones": "Geaidnomearkaplána lea guorus.",
    "programme.cli.col_number": "Nr",
    "programme.cli.col_risk": "Riska",
    "programme.cli.col_probability": "S",
    "programme.cli.col_consequence": "K",
    "programme.cli.col_factor": "RF",
    "programme.cli.col_band": "Dássi",
    "programme.cli.col_mitigation": "Doaibmabidju",
    "programme.cli.col_owner": "Ovddasvástideaddji",
    "programme.cli.col_working_group": "Bargojoavku",
    "programme.cli.col_year": "Jahki",
    "programme.cli.col_week": "Vahkku",
    "programme.cli.col_date": "Beaivemearri",
    "programme.cli.col_kind": "Šládja",
    "programme.cli.col_description": "Čilgehus",
    "programme.cli.no_sick_leave": "Eai leat buohccejávkanlogut jagis {year}.",
    "programme.cli.no_kompass": "Eai leat vel Kommunekompasset-árvvoštallamat.",
    "programme.cli.col_key": "Koda",
    "programme.cli.col_name": "Namma",
    "programme.cli.col_period": "Áigodat",
    "programme.cli.col_pct": "Buohccejávkan",
    "programme.cli.col_short_pct": "Oanehisáigge",
    "programme.cli.col_long_pct": "Guhkesáigge",
    "programme.cli.col_area": "Fáddá",
    "programme.cli.col_score": "Čuoggát",
    "programme.cli.kompass_heading": "Árvvoštallan {date}: {total}/800 čuoggá",
    "programme.cli.kompass_targets": (
        "Ulbmilat: {targets}. Gaskamearálaš Norgga gielda: {average} čuoggá."
    ),
    "sick.suppressed": "čihkkojuvvon",
    "goals.heading": "Prográmma ulbmilat",
    "goals.no_data": "Eai leat vel dieđut",
    "goals.no_status": "Ii mihtiduvvon",
    "goals.economy_target": "Ulbmil: prognosa mielde erohus jagi loahpas ≥ 0 kr",
    "goals.economy_detail": "Prognosa mielde erohus jagi loahpas. Erohus dán rádjái: {gap} ({period}).",
    "goals.sick_leave_target": "Ulbmil: {target}",
    "goals.sick_leave_detail": (
        "Massojuvvon bargobeaivvit šiehtaduvvon bargobeaivviin, 12 mánu áigodaga {until} rádjái."
    ),
    "goals.kompass_value": "{total} čuoggá",
    "goals.kompass_target": "Ulbmil: {points} čuoggá jagi {year} rádjái",
    "goals.kompass_detail": (
        "Maŋimuš árvvoštallan {date}. {needed} čuoggá báhcá, {per_year} čuoggá jahkái."
    ),
    "goals.kompass_reached": "Buot ulbmilat leat olahuvvon (maŋimuš árvvoštallan {date}).",
    "sick.chart_trend_title": "Buohccejávkan mánuid mielde ja maŋimuš 12 mánu",
    "sick.chart_monthly": "Mánnu",
    "sick.chart_rolling": "Maŋimuš 12 mánu",
    "sick.chart_target": "Ulbmil {target}",
    "sick.chart_suppressed": "Čihkkojuvvon (menddo unnán bargit)",
    "sick.axis_pct": "Buohccejávkan (% šiehtaduvvon bargobeaivviin)",
    "sick.self": "Iešdieđihuvvon",
    "sick.doctor": "Doavttirdieđihuvvon",
    "sick.short": "Oanehisáigge (beaivi 1–16)",
    "sick.long": "Guhkesáigge (beaivvi 17 rájes)",
    "sick.chart_split_certification": "Iešdieđihuvvon ja doavttirdieđihuvvon jávkan",
    "sick.chart_split_duration": "Oanehisáigge ja guhkesáigge jávkan",
    "sick.chart_season_title": "Jahkeáigemálle: buohccejávkan kalendármánuid mielde, buot jagit",
    "sick.chart_heatmap_title": "Buohccejávkan ovttadagaid ja mánuid mielde",
    "kompass.chart_total_title": "Kommunekompasset: čuoggáid submi áiggi mielde",
    "kompass.chart_total": "Čuoggáid submi (eanemusat 800)",
    "kompass.chart_targets": "Ulbmilat",
    "kompass.chart_target_label": "Ulbmil {year}",
    "kompass.chart_average": "Gaskamearálaš Norgga gielda",
    "kompass.axis_points": "Čuoggát (eanemusat 800)",
    "kompass.chart_radar_title": "Fáttát, árvvoštallan árvvoštallama ektui (0–100 čuoggá)",
    "risk.chart_title": "Riskamatriisa: jáhkehahttivuohta × konsekveansa",
    "risk.probability": "Jáhkehahttivuohta (S)",
    "risk.consequence": "Konsekveansa (K)",
    "milestone.chart_title": "Bargojoavkkuid geaidnomearkaplána",
    "milestone.start": "Álggaheapmi (O)",
    "milestone.group_meeting": "Bargojoavkku čoahkkin (A)",
    "milestone.project_meeting": "Prošeaktajoavkku čoahkkin (P)",
    "milestone.meeting": "Čoahkkin",
    "milestone.status": "Stáhtusčoahkkin (S)",
    "milestone.finish": "Gárvvis (F)",
    "sick.col_code": "Koda",
    "sick.col_name": "Namma",
    "sick.col_period": "Áigodat",
    "sick.col_pct": "Buohccejávkan %",
    "sick.col_self": "Iešdieđihuvvon %",
    "sick.col_doctor": "Doavttirdieđihuvvon %",
    "sick.col_short": "Oanehisáigge %",
    "sick.col_long": "Guhkesáigge %",
    "sick.col_agreed": "Šiehtaduvvon bargobeaivvit",
    "sick.col_lost": "Massojuvvon bargobeaivvit",
    "sick.col_note": "Mearkkašupmi",
    "sick.suppressed_note": (
        "čihkkojuvvon: menddo unnán bargit, dahje vai eará čihkkojuvvon joavku suddjejuvvo"
    ),
    "sick.page_intro": (
        "Buohccejávkan, {scope}: massojuvvon bargobeaivvit juhkkojuvvon šiehtaduvvon "
        "bargobeaivviiguin, álo rehkenastojuvvon supmejuvvon bargobeaivviin."
    ),
    "sick.by_level": "Juoge",
    "sick.metric_year": "Buohccejávkan {year}",
    "sick.metric_rolling": "Maŋimuš 12 mánu",
    "sick.metric_target": "Ulbmil",
    "sick.benchmarks_note": (
        "Botkejuvvon linnját leat riikkaviidosaš logut jagiid mielde (SSB, almmuhan KS). «{all}» "
        "mihtida iešdieđihuvvon ja doavttirdieđihuvvon jávkama ja buohtastahttojuvvo gieldda "
        "oppalaš jávkamiin. «{doctor}» mihtida dušše doavttirdieđihuvvon jávkama ja "
        "buohtastahttojuvvo doavttirdieđihuvvon jávkamiin juohkima vuolde."
    ),
    "sick.tab_split": "Iešdieđihuvvon/doavttirdieđihuvvon ja oanehisáigge/guhkesáigge",
    "sick.tab_season": "Jahkeáigemálle",
    "sick.tab_parts": "Ovttadagat",
    "sick.no_parts": "Dán válljemis eai leat vuollásaš ovttadagat maid čájehit.",
    "sick.privacy_note": (
        "Persovdnasuodjalus: joavkkut main leat unnit go {people} bargi (dahje vuollel {days:g} "
        "šiehtaduvvon bargobeaivvi mánus go bargiidlohku váilu) čájehuvvojit čihkkojuvvon. Dat "
        "rehkenastojuvvojit goittotge mielde badjelis supmiide. Go okta čihkkojuvvon joavku "
        "sáhtášii rehkenastojuvvot submis, de čihkkojuvvo vel okta joavku."
    ),
    "programme.import_file": "Vállje fiilla (xlsx dahje csv)",
    "programme.import_button": "Loga sisa",
    "programme.import_heading_sickleave": "Loga sisa buohccejávkama",
    "programme.import_help_sickleave": (
        "Okta ráidu juohke ovttadahkii ja mánnui dahje kvartálii: šiehtaduvvon bargobeaivvit ja "
        "massojuvvon bargobeaivvit (dahje iešdieđihuvvon/doavttirdieđihuvvon, "
        "oanehisáigge/guhkesáigge, dahje proseanta), ja vel bargiidlohku."
    ),
    "programme.import_heading_kompass": "Loga sisa árvvoštallamiid",
    "programme.import_help_kompass": (
        "Okta ráidu juohke árvvoštallamii (beaivemearri, gávcci fáttá, submi), okta čuolda "
        "juohke árvvoštallamii (fáttát vulos, submi vuolimussan), dahje okta ráidu juohke "
        "fáddái (beaivemearri, fáddá, čuoggát)."
    ),
    "programme.import_heading_risks": "Loga sisa riskaregistara",
    "programme.import_help_risks": (
        "Čuolddat riska, jáhkehahttivuohta (S), konsekveansa (K), ja vel RF, doaibmabidju ja "
        "ovddasvástideaddji. Buhttešuvvá registara."
    ),
    "programme.import_heading_milestones": "Loga sisa geaidnomearkaplána",
    "programme.import_help_milestones": (
        "Čuolddat bargojoavku, jahki, vahkku, šládja (álggaheapmi, čoahkkin, stáhtus, "
        "loahpaheapmi) ja čilgehus. Buhttešuvvá plána."
    ),
    "kompass.page_intro": (
        "Kommunekompasset árvvoštallá gieldda hálddašanvieruid gávcci fáttás, 0–100 čuoggá "
        "juohkehaččas, oktiibuot 0–800."
    ),
    "kompass.metric_latest": "Maŋimuš árvvoštallan ({date})",
    "kompass.points": "{points} čuoggá",
    "kompass.metric_next_target": "Boahtte ulbmil",
    "kompass.all_reached": "Buot ulbmilat leat olahuvvon",
    "kompass.metric_per_year": "Dárbbašuvvo jahkásaččat",
    "kompass.per_year_help": "{needed} čuoggá báhcá boahtte ulbmilii, juhkkojuvvon báhcán jagiide.",
    "kompass.compare": "Buohtastahte árvvoštallamiid",
    "kompass.weakest_heading": "Heajumus fáttát vuosttažin (maŋimuš árvvoštallan)",
    "kompass.all_heading": "Buot árvvoštallamat",
    "kompass.none_yet": "Eai leat vel árvvoštallamat. Loga sisa fiilla dahje registrere ovtta vuolábealde.",
    "kompass.form_heading": "Registrere árvvoštallama",
    "kompass.version": "Kommunekompasset-veršuvdna",
    "kompass.version_classic": "Klassihkalaš (sullii 2010–2019)",
    "kompass.version_2020": "Ođasmahttojuvvon 2020",
    "kompass.date": "Árvvoštallama beaivemearri",
    "kompass.area_label": "Fáddá {number}",
    "kompass.score_label": "Čuoggát",
    "kompass.note": "Mearkkašupmi",
    "kompass.save": "Vurket árvvoštallama",
    "kompass.saved": "Árvvoštallan {date} lea vurkejuvvon.",
    "kompass.col_number": "Nr",
    "kompass.col_area": "Fáddá",
    "kompass.col_score": "Čuoggát",
    "kompass.col_change": "Rievdadus ovddit árvvoštallama rájes",
    "kompass.total_row": "Submi (eanemusat 800)",
    "risk.col_number": "Nr",
    "risk.col_risk": "Riska",
    "risk.col_probability": "S",
    "risk.col_consequence": "K",
    "risk.col_factor": "RF",
    "risk.col_band": "Dássi",
    "risk.col_mitigation": "Doaibmabidju",
    "risk.col_owner": "Ovddasvástideaddji",
    "risk.band_low": "Vuollegaš",
    "risk.band_moderate": "Gaskageardán",
    "risk.band_high": "Alla",
    "risk.band_critical": "Hui alla",
    "risk.heading": "Riskaárvvoštallan",
    "risk.intro": (
        "Riskafáktor RF = jáhkehahttivuohta (S) × konsekveansa (K), goappašagat 1–5. Logut "
        "matriissas leat riskkaid nummirat tabeallas."
    ),
    "risk.edit": "Rievdat riskaregistara",
    "risk.save": "Vurket riskaregistara",
    "risk.saved": "Riskaregisttar lea vurkejuvvon: {count} riskka.",
    "milestone.heading": "Geaidnomearkaplána",
    "milestone.edit": "Rievdat geaidnomearkaplána",
    "milestone.save": "Vurket geaidnomearkaplána",
    "milestone.saved": "Geaidnomearkaplána lea vurkejuvvon: {count} geaidnomearkka.",
    "milestone.col_group": "Bargojoavku",
    "milestone.col_year": "Jahki",
    "milestone.col_week": "Vahkku",
    "milestone.col_kind": "Šládja",
    "milestone.col_description": "Čilgehus",
    "measure.heading": "Ekonomiijabargobáji doaibmabijut, ovddasvástideaddji ja áigemeari mielde",
    "measure.col_owner": "Ovddasvástideaddji",
    "measure.col_deadline": "Áigemearri",
    "measure.col_unit": "Ovttadat",
    "measure.col_title": "Doaibmabidju",
    "measure.col_status": "Stáhtus",
    "measure.col_overdue": "Áigemearri mannan",
    "measure.overdue": "Áigemearri mannan",
    "measure.none": "Eai leat vel doaibmabijut registrerejuvvon.",
    "programme.page_intro": (
        "Prográmma Boahttevaš gielda: riskkat, bargojoavkkuid geaidnomearkkat ja "
        "ekonomiijabargobáji doaibmabijut."
    ),
    "programme.read_only": (
        "Don sáhtát geahččat registariid, muhto dušše jođiheaddjit ja gielddadirektevra "
        "sáhttet daid rievdadit."
    ),
    "kompass.metric_next_target_year": "Boahtte ulbmil ({year})",
    "goals.sick_leave_suppressed": "Čihkkojuvvon danne go joavkkus leat menddo unnán bargit (persovdnasuodjalus).",
}
