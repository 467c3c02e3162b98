"""Texts of the goal tree and the indicators. North Sami."""

SE: dict[str, str] = {
    "indicator.reason.no_value": "Ii vel makkárge árvu.",
    "indicator.reason.no_target": "{value}, ulbmila haga.",
    "indicator.reason.hidden": "Čihkkojuvvon go joavku lea menddo unni čájehit.",
    "indicator.reason.on_target": "{value} lea ulbmilis {target}.",
    "indicator.reason.over": "{value} lea {difference} badjelis ulbmila {target}.",
    "indicator.reason.under": "{value} lea {difference} vuolábealde ulbmila {target}.",
    "indicator.reason.red": "{reason} Ruoksat {limit} rájes.",
    "indicator.unit.pct": "{value} %",
    "indicator.unit.points": "{value} čuoggá",
    "indicator.unit.days": "{value} beaivvi",
    "indicator.unit.count": "{value}",
    "indicator.difference.pct": "{value} proseantačuoggá",
    "indicator.difference.points": "{value} čuoggá",
    "indicator.difference.days": "{value} beaivvi",
    "indicator.difference.count": "{value}",
    "indicator.period.tertial": "{number}. tertiála {year}",
    "indicator.period.quarter": "{number}. kvartála {year}",
    "ks10.factor.indre_motivasjon": "Siskkáldas movtta",
    "ks10.factor.mestringstro": "Hálddašanoskkáldus",
    "ks10.factor.autonomi": "Autonomiija",
    "ks10.factor.bruk_av_kompetanse": "Gelbbolašvuođa geavaheapmi",
    "ks10.factor.mestringsorientert_ledelse": "Hálddašeapmái vuođđuduvvon jođiheapmi",
    "ks10.factor.rolleklarhet": "Rollačielggasvuohta",
    "ks10.factor.relevant_kompetanseutvikling": "Áigeguovdilis gelbbolašvuođa ovdáneapmi",
    "ks10.factor.fleksibilitetsvilje": "Nuppástuhttinmiella",
    "ks10.factor.mestringsklima": "Hálddašanbirras",
    "ks10.factor.prosessorientert_ledelse": "Proseassaide vuođđuduvvon jođiheapmi",
    "import.kind.indicators": "indikáhtorat",
    "import.kind.goals": "ulbmilstruktuvra",
    "indicator.form.long": "guhkes hábmi (indikáhtor, ovttadat, jahki, áigodat, árvu, ulbmil)",
    "indicator.form.employee_survey": "bargiidiehtočoaggin 10-FAKTOR",
    "indicator.form.user_survey": "geavaheddjiidiehtočoaggin",
    "indicator.form.case_time": "áššemeannudanáigi",
    "indicator.form.kostra": "KOSTRA-čoavddalogut SSB:s",
    "indicator.coverage": "Indikáhtorat, {form}: {count} indikáhtora, jagit {years}",
    "indicator.source.ks10": "KS 10-FAKTOR",
    "indicator.source.bedrekommune": "bedrekommune.no",
    "indicator.source.kostra": "SSB KOSTRA",
    "indicator.scope.kommunekasse": "gielddakássa",
    "indicator.scope.konsern": "konsearna",
    "indicator.user_survey_name": "{service}: {question}",
    "indicator.case_share_name": "{case}: mearrádusaid oassi áigemeari siste",
    "indicator.case_days_name": "{case}: meannudanáigi",
    "indicator.case_deadline": "Lága áigemearri: {deadline}.",
    "indicator.import.unknown_unit": (
        "{where}: «{value}» ii leat suorgi, ovttadat iige ovddasvástádus organisašuvnnas."
    ),
    "indicator.import.year_missing": (
        "{where}: jahki váilu (ii leat jahkečuolda, iige bajilčála dahje bláđđi nama jagi)."
    ),
    "indicator.import.bad_year": "{where}: «{value}» ii leat jahki.",
    "indicator.import.bad_period": (
        "{where}: «{value}» ii leat áigodat (čális jagi, T1–T3, K1–K4 dahje mánu)."
    ),
    "indicator.import.name_missing": "{where}: indikáhtora namma váilu.",
    "indicator.import.bad_measure": "{where}: «{value}» ii leat mihttoovttadat (geavat {choices}).",
    "indicator.import.bad_direction": (
        "{where}: «{value}» ii leat guovlu (čális «høyere er bedre» dahje «lavere er bedre»)."
    ),
    "indicator.import.unknown_factor": (
        "{where}: «{value}» ii leat okta dain logi faktoris 10-FAKTOR:s ({factors})."
    ),
    "indicator.import.out_of_range": "{where}: {value} lea skála {low}–{high} olggobealde.",
    "indicator.import.share_over": "{where}: oassi lea badjel 100 %.",
    "indicator.import.within_over": (
        "{where}: eanet mearrádusat áigemeari siste go mearrádusat oktiibuot."
    ),
    "indicator.import.kostra_no_values": "{where}: ii gávdnan čuolda mas leat logut.",
    "indicator.import.bad_scope": (
        "{where}: «{value}» ii leat gielddakássa iige konsearna (rehketdoallodoaba)."
    ),
    "indicator.import.own_region_missing": (
        "Ii gávdnan gieldda iežas regiovnnaid gaskkas; buot logut vurkejuvvojit buohtastahttimin."
    ),
    "indicator.import.no_layout": (
        "{where}: čuolddat eai heive makkárge indikáhtorhápmái. Dovddus hámit: indikáhtor, "
        "ovttadat, jahki, áigodat, árvu ja ulbmil; 10-FAKTOR (ovttadat ja faktorat); "
        "geavaheddjiidiehtočoaggin (bálvalus, gažaldat, gaskamearri); áššemeannudeapmi "
        "(áššešládja, mearrádusat, áigemeari siste); KOSTRA SSB:s (region, statistikkvariabel, "
        "jahki)."
    ),
    "indicator.import.form_label": "Hábmi",
    "indicator.import.indicators": "Indikáhtorat",
    "indicator.import.values": "Árvvut",
    "indicator.import.targets": "Ulbmilat",
    "indicator.col.indicator": "Indikáhtor",
    "indicator.col.unit": "Ovttadat",
    "indicator.col.period": "Áigodat",
    "indicator.col.value": "Árvu",
    "indicator.col.target": "Ulbmil",
    "indicator.col.status": "Stáhtus",
    "indicator.col.reason": "Ákkastallan",
    "indicator.cli.help": "Indikáhtoriid stáhtus juohke ovttadahkii ovtta jahkái, ákkastallamiin",
    "indicator.cli.year": "Jahki (omd. 2026)",
    "indicator.cli.unit": "Dušše dát suorgi dahje ovttadat (kode), dahje «kommune»",
    "indicator.cli.unknown_unit": "In dovdda suorggi dahje ovttadaga «{unit}» masa dus lea beassan.",
    "indicator.cli.heading": "Indikáhtorat {year}",
    "indicator.cli.none": "Eai leat indikáhtorat main leat árvvut dán jagi.",
    "goals.demo_description": "Demodieđut: ovdamearka ulbmilis gieldaplána ulbmilstruktuvrras.",
    "goals.demo_owner": "Demo: gielddadirektevra",
    "goals.demo_summary": "{goals} ulbmila ja {indicators} indikáhtora (demodieđut)",
    "goals.write_denied": "Dušše hálddašeaddji ja gielddadirektevra sáhttiba rievdadit ulbmilstruktuvrra.",
    "goals.period_from": "{year} rájes",
    "goals.period_to": "{year} rádjái",
    "goals.level.community": "Servodatulbmil",
    "goals.level.sector": "Suorgeulbmil",
    "goals.level.unit": "Ovttadatulbmil",
    "goals.focus.virksomhetsstyring": "Doaimma stivren",
    "goals.focus.tjenestekvalitet": "Bálvaluskvalitehta",
    "goals.focus.digitalisering": "Digitaliseren",
    "goals.focus.okonomisk_omstilling": "Ekonomalaš nuppástuhttin",
    "goals.coverage": "Ulbmilstruktuvra: {goals} ulbmila, {links} indikáhtorčatnosa",
    "goals.error.code_twice": "Ulbmilnummir {code} lea guktii.",
    "goals.error.code_missing": "Ulbmilnummir váilu.",
    "goals.error.title_missing": "Ulbmilis {code} váilu ulbmilcealkka.",
    "goals.error.title_too_long": "Ulbmil {code}: ulbmilcealkka lea guhkit go {limit} mearkka.",
    "goals.error.years": "Ulbmil {code}: álgojahki lea maŋŋel loahppajagi.",
    "goals.error.kompass_area": "Ulbmil {code}: Kommunekompasset:s leat surggit 1–8, ii {area}.",
    "goals.error.focus_area": "Ulbmil {code}: «{area}» ii leat fokusguovlu.",
    "goals.error.unit_community": "Servodatulbmil {code} guoská olles gildii, ii «{unit}».",
    "goals.error.unit_sector": "Suorgeulbmil {code}: «{unit}» ii leat suorgi.",
    "goals.error.unit_unit": "Ovttadatulbmil {code}: «{unit}» ii leat ovttadat iige ovddasvástádus.",
    "goals.error.community_parent": "Servodatulbmil {code} ii sáhte leat eará ulbmila vuolde.",
    "goals.error.parent_missing": "Ulbmil {code}: bajit ulbmil «{parent}» ii gávdno.",
    "goals.error.parent_level": "Ulbmil {code} galgá leat ulbmila vuolde dásis {levels}, ii {parent}.",
    "goals.error.unit_outside": "Ulbmil {code}: ovttadat ii gula ulbmila {parent} suorgái.",
    "goals.import.goals": "Ulbmilat",
    "goals.import.links": "Indikáhtorčatnosat",
    "goals.import.unknown_indicator": (
        "{where}: indikáhtor «{name}» ii leat vel dovddus; čatnos vurkejuvvo ja čájehuvvo go "
        "indikáhtor lea viežžojuvvon."
    ),
    "goals.import.bad_level": "{where}: «{value}» ii leat dássi (geavat {levels}).",
    "goals.import.bad_period": "{where}: «{value}» ii leat áigodat (čális omd. 2024–2027).",
    "goals.import.bad_year": "{where}: «{value}» ii leat jahki.",
    "goals.import.bad_area": "{where}: «{value}» ii leat Kommunekompasset suorgi (1–8).",
    "goals.import.bad_focus": "{where}: «{value}» ii leat fokusguovlu (geavat {areas}).",
    "goals.col.code": "Nr.",
    "goals.col.level": "Dássi",
    "goals.col.title": "Ulbmil",
    "goals.col.unit": "Guoská",
    "goals.col.period": "Áigodat",
    "goals.col.indicators": "Indikáhtorat",
}
