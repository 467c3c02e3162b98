"""Texts of the snapshot report and the Rapport page. North Sami."""

SE: dict[str, str] = {
    "report.cli_bad_month": "Mánnu galgá leat 1–12, ii {month}.",
    "report.cli_col_id": "Nr.",
    "report.cli_col_made": "Ráhkaduvvon",
    "report.cli_col_period": "Áigodat",
    "report.cli_col_scope": "Válljen",
    "report.cli_col_size": "Sturrodat (byte)",
    "report.cli_no_data": "Ii leat bušeahtta iige rehketdoallu jagis {year}; vállje eará jagi.",
    "report.cli_reports_help": "Ráhkaduvvon stáhtusraporttaid arkiiva",
    "report.cli_snapshot_help": (
        "Ráhkat stáhtusraportta (PDF) ovtta mánnui, gildii dahje ovtta ovttadahkii"
    ),
    "report.cli_written": (
        "Čállojuvvon: {path} (raporta nr. {id})\nPDF SHA-256: {sha256}\nDieđuvuođu suorbmamearka: "
        "{fingerprint}"
    ),
    "report.col_comment": "Kommeanta",
    "report.col_dataset": "Dieđut",
    "report.col_file": "Fiila",
    "report.col_kind": "Šládja",
    "report.col_own_forecast": "Iežas prognosa",
    "report.col_rows": "Ráiddut",
    "report.col_fingerprint": "Dieđuvuođu suorbmamearka",
    "report.col_made_by": "Ráhkadii",
    "report.col_pdf_sha256": "PDF SHA-256",
    "report.col_sha256": "SHA-256",
    "report.col_upload_id": "Nr.",
    "report.col_uploaded": "Sáddejuvvon",
    "report.col_written_by": "Čálii",
    "report.contents": "Sisdoallu",
    "report.cover_made": "Ráhkaduvvon {when}, ráhkadii {who}",
    "report.cover_period": "Áigodat: {period}",
    "report.cover_scope": "Válljen: {scope}",
    "report.denied_viewer": "Don sáhtát dušše lohkat, itge sáhte ráhkadit raporttaid.",
    "report.economy": "Ekonomiija",
    "report.economy_ansvar": "Ovddasvástádusat",
    "report.economy_chart": "Rehketdoallu bušeahta ektui jagi mielde",
    "report.economy_largest": "Stuorimus erohusat jagi álggu rájes",
    "report.economy_lead": (
        "{scope}: rehketdoallu ja bušeahtta áigodaga {period} rádjái, ja jagi prognosa. Erohus "
        "= bušeahtta − rehketdoallu; negatiivvalaš lohku mearkkaša badjegolahusa."
    ),
    "report.economy_note": (
        "Prognosa lea bušeahttaovddasvástideaddji iežas doppe gos dat lea addojuvvon, muđui "
        "jahkeáigeprofiila ovddit jagiin, muđui lineára ovddasguvlui rehkenastin. Stáhtus: "
        "prognosa mielde badjegolahus oassin brutto jahkebušeahtas."
    ),
    "report.economy_sectors_units": "Suorggit ja ovttadagat",
    "report.economy_units": "Ovttadagat",
    "report.fingerprint": "Dieđuvuođu suorbmamearka (SHA-256): {value}",
    "report.fingerprint_explained": (
        "Suorbmamearka lea SHA-256 buot ráidduin maidda raporta vuođđuduvvá (bušeahtta, "
        "rehketdoallu, prognosat, kommeanttat, doaibmabijut, buohccejávkan, Kommunekompasset, "
        "ásahusat ja sáddejumit), ortnegii biddjon ja čállojuvvon teakstan. Seamma dieđut ja "
        "ásahusat addet seamma suorbmamearkka ja seamma sisdoalu."
    ),
    "report.fingerprint_heading": "Suorbmamearka",
    "report.glance": "Mánnu loguin",
    "report.glance_open_measures": "Rabas doaibmabijut",
    "report.glance_overdue_measures": "Doaibmabijut main áigemearri lea mannan",
    "report.glance_status": "Stáhtus «{status}»",
    "report.goal_economy": "Doaibma dássedeattus bušeahtain",
    "report.goal_economy_note": (
        "Erohus jagi álggu rájes {gap}. Jagi prognosa {forecast}, jahkebušeahtta {budget}."
    ),
    "report.goal_economy_target": "Ulbmil: prognosa mielde jahkeboađus bušeahttarámma siskkobealde.",
    "report.goal_kompass": "Kommunekompasset",
    "report.goal_kompass_note": (
        "Maŋimuš árvvoštallan {date}. Gaskamearálaš Norgga gielda: sullii {average} čuoggá."
    ),
    "report.goal_kompass_target": "Ulbmil: {targets}.",
    "report.goal_kompass_target_item": "{points} čuoggá jagi {year} rádjái",
    "report.goal_sick": "Buohccejávkan vulos riikka gaskamearálašdássái",
    "report.goal_sick_none": "Menddo unnán logut vai sáhttá čájehit 12 mánu jávkama.",
    "report.goal_sick_note": "Maŋimuš 12 mánu, dan mánu rádjái mii álgá {until}.",
    "report.goal_sick_target": "Ulbmil: {target} dahje vuollelis.",
    "report.kompass": "Kommunekompasset",
    "report.kompass_all_reached": "Maŋimuš árvvoštallan attii {total} čuoggá: buot ulbmilat leat olahuvvon.",
    "report.kompass_area": "Fáddá",
    "report.kompass_area_no": "Nr.",
    "report.kompass_areas": "Fáttát árvvoštallamis {date}, heajumus vuosttažin",
    "report.kompass_change": "Rievdadus",
    "report.kompass_chart": "Ovdáneapmi ulbmiliid ektui",
    "report.kompass_date": "Árvvoštallojuvvon",
    "report.kompass_evaluations": "Árvvoštallamat",
    "report.kompass_lead": (
        "Kommunekompasset árvvoštallá gieldda vieruid gávcci fáttás, 0–100 čuoggá juohkehaččas "
        "(0–800 oktiibuot). Gaskamearálaš Norgga gielda oažžu sullii {average} čuoggá."
    ),
    "report.kompass_none": "Ii leat vel Kommunekompasset-árvvoštallan.",
    "report.kompass_progress": (
        "Maŋimuš árvvoštallan attii {total} čuoggá. Boahtte ulbmil lea {target} čuoggá jagi "
        "{year} rádjái: {needed} čuoggá báhcá."
    ),
    "report.kompass_score": "Čuoggát",
    "report.kompass_total": "Čuoggát oktiibuot",
    "report.kompass_version": "Veršuvdna",
    "report.kompass_version_2020": "Ođasmahttojuvvon (2020)",
    "report.kompass_version_classic": "Klassihkalaš",
    "report.not_found": "Ii gávdnon raporta nr. {id} masa dus lea beassan.",
    "report.page_archive": "Arkiiva",
    "report.page_archive_download": "Viežžat raportta nr. {id}",
    "report.page_archive_empty": "Arkiivvas eai leat vel raporttat.",
    "report.page_archive_pick": "Raporta",
    "report.page_download": "Viežžat PDF",
    "report.page_intro": (
        "Ráhkat stáhtusraportta PDF-fiilan ovtta mánnui: ekonomiija, ekonomiijabargobádji, "
        "buohccejávkan ja Kommunekompasset, gálduiguin ja dieđuvuođu suorbmamearkkain. Juohke "
        "raporta arkiverejuvvo."
    ),
    "report.page_made": "Raporta nr. {id} lea ráhkaduvvon ja arkiverejuvvon. Suorbmamearka: {fingerprint}",
    "report.page_make": "Ráhkadit raportta",
    "report.page_no_scopes": "Dus eai leat ovttadagat maidda sáhtát ráhkadit raportta.",
    "report.page_scope": "Válljen",
    "report.page_of": "Siidu {page}/{pages}",
    "report.points": "{points} čuoggá",
    "report.progress_archiving": "Arkivere raportta …",
    "report.progress_done": "Gárvvis.",
    "report.progress_economy": "Rehkenastá erohusaid ja prognosaid …",
    "report.progress_fingerprint": "Váldá dieđuvuođu suorbmamearkka …",
    "report.progress_printing": "Sárgu govvosiid ja čállá PDF …",
    "report.progress_programme": "Viežžá buohccejávkama ja Kommunekompasset …",
    "report.progress_workshop": "Viežžá kommeanttaid ja doaibmabijuid …",
    "report.sick": "Buohccejávkan",
    "report.sick_chart": "Ovdáneapmi",
    "report.sick_lead": (
        "Buohccejávkan = massojuvvon bargobeaivvit ÷ šiehtaduvvon bargobeaivvit, supmejuvvon "
        "juohke joavkku várás (ii goassege proseanttaid gaskamearri), áigodaga {period} rádjái."
    ),
    "report.sick_month": "{period}",
    "report.sick_none": "Eai leat buohccejávkanlogut dán jahkái.",
    "report.sick_parts_ansvar": "Ovddasvástádusat",
    "report.sick_parts_enhet": "Ovttadagat",
    "report.sick_parts_sektor": "Suorggit",
    "report.sick_privacy": (
        "Persovdnasuodjalus: joavkkuid logut main leat unnit go {people} bargi eai čájehuvvo "
        "(«čihkkojuvvon»), eaige logut mat sáhtášedje almmustahttit daid eretgeassima bokte. Beaivvit "
        "rehkenastojuvvojit goittotge mielde supmiide."
    ),
    "report.sick_rolling": "Maŋimuš 12 mánu",
    "report.sick_target": "Ulbmil",
    "report.sick_year": "Jagi {year} álggu rájes",
    "report.sources": "Gáldut",
    "report.sources_lead": "Sáddejumit maidda raportta logut vuođđuduvvet:",
    "report.sources_none": "Dán válljema duogábealde eai leat sáddejumit.",
    "report.subtitle": "Ekonomiija, buohccejávkan ja Kommunekompasset",
    "report.summary": "Čoahkkáigeassu",
    "report.suppressed": "čihkkojuvvon",
    "report.title": "Stáhtusraporta",
    "report.workshop": "Ekonomiijabargobádji",
    "report.workshop_comments": "Bušeahttaovddasvástideddjiid kommeanttat",
    "report.workshop_lead": "Ekonomiijabargobáji kommeanttat ja doaibmabijut: {period}.",
    "report.workshop_measures": "Doaibmabijut",
    "report.workshop_no_comments": "Eai leat kommeanttat dán mánus.",
    "report.workshop_no_measures": "Eai leat doaibmabijut dán mánus.",
    "report.preview_failed": "Ovdačájeheapmi ii sáhttán sárgojuvvot ({detail}). Viečča PDF:a ja raba dan.",
}
