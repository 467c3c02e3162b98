"""Texts of sick leave, Kommunekompasset, risks and milestones. Bokmål."""

NB: dict[str, str] = {
    "programme.demo_summary": (
        "{rows} rader sykefravær, {evaluations} kompassevalueringer, {risks} risikoer og "
        "{milestones} milepæler"
    ),
    "programme.demo_start": "Oppstart av arbeidsgruppen {group}",
    "programme.demo_meeting": "Arbeidsmøte",
    "programme.demo_status": "Statusrapport til styringsgruppen",
    "programme.demo_finish": "Sluttrapport med anbefalte tiltak",
    "programme.write_denied": (
        "Bare kommunedirektøren, ledere og administratorer kan endre programmets registre."
    ),
    "programme.where_table": "rad {row}, kolonne «{column}»",
    "programme.scale_invalid": "{where}: ventet et heltall fra 1 til 5, fant «{value}».",
    "programme.risk_missing": "{where}: risikoen mangler beskrivelse.",
    "programme.factor_mismatch": (
        "{where}: oppgitt risikofaktor {stated} stemmer ikke med sannsynlighet × konsekvens = "
        "{product}."
    ),
    "programme.group_missing": "{where}: arbeidsgruppe mangler.",
    "programme.year_invalid": "{where}: ventet et årstall, fant «{value}».",
    "programme.week_invalid": "{where}: ventet et ukenummer fra 1 til 53, fant «{value}».",
    "programme.kind_invalid": (
        "{where}: ukjent type «{value}»; bruk planens bokstaver (S statusmøte, O oppstart, "
        "A arbeidsgruppemøte, P prosjektgruppemøte, F ferdig) eller et ord som møte eller "
        "avslutning."
    ),
    "kompass.too_many_areas": (
        "{where}: Kommunekompasset har åtte områder, men fant {count} (det niende er «{name}»)."
    ),
    "kompass.too_few_areas": "{where}: Kommunekompasset har åtte områder, men fant bare {count}.",
    "kompass.score_out_of_range": (
        "{where}: poeng for «{name}» må være mellom 0 og 100, fant {value}."
    ),
    "kompass.total_mismatch": (
        "{where}: oppgitt sum {stated} stemmer ikke med summen av områdene, {total}."
    ),
    "kompass.empty": "ingenting",
    "kompass.where_form": "Evalueringen {date}",
    "sick.benchmark_all": "Landet, alle sektorer, egen- og legemeldt (SSB/KS)",
    "sick.benchmark_municipal_doctor": "Kommunene, bare legemeldt (SSB/KS)",
    "programme.cli.sickleave_help": "Sykefravær per måned og år, for kommunen, sektorer eller enheter",
    "programme.cli.kompass_help": "Kommunekompasset: evalueringer, områder, sum og mål",
    "programme.cli.risks_help": "Risikoregisteret slik det er lagret, høyeste risikofaktor først",
    "programme.cli.milestones_help": "Milepælsplanen slik den er lagret, etter dato",
    "programme.cli.no_risks": "Risikoregisteret er tomt.",
    "programme.cli.no_milestones": "Milepælsplanen er tom.",
    "programme.cli.col_number": "Nr",
    "programme.cli.col_risk": "Risiko",
    "programme.cli.col_probability": "S",
    "programme.cli.col_consequence": "K",
    "programme.cli.col_factor": "RF",
    "programme.cli.col_band": "Nivå",
    "programme.cli.col_mitigation": "Tiltak",
    "programme.cli.col_owner": "Ansvarlig",
    "programme.cli.col_working_group": "Arbeidsgruppe",
    "programme.cli.col_year": "År",
    "programme.cli.col_week": "Uke",
    "programme.cli.col_date": "Dato",
    "programme.cli.col_kind": "Type",
    "programme.cli.col_description": "Beskrivelse",
    "programme.cli.no_sick_leave": "Ingen sykefraværstall for {year}.",
    "programme.cli.no_kompass": "Ingen evalueringer av Kommunekompasset ennå.",
    "programme.cli.col_key": "Kode",
    "programme.cli.col_name": "Navn",
    "programme.cli.col_period": "Periode",
    "programme.cli.col_pct": "Sykefravær",
    "programme.cli.col_short_pct": "Korttid",
    "programme.cli.col_long_pct": "Langtid",
    "programme.cli.col_area": "Område",
    "programme.cli.col_score": "Poeng",
    "programme.cli.kompass_heading": "Evaluering {date}: {total} av 800 poeng",
    "programme.cli.kompass_targets": "Mål: {targets}. Gjennomsnittlig norsk kommune: {average} poeng.",
    "sick.suppressed": "skjult",
    "goals.heading": "Programmets mål",
    "goals.no_data": "Ingen data ennå",
    "goals.no_status": "Ikke målt",
    "goals.economy_target": "Mål: prognosert avvik ved årets slutt ≥ 0 kr",
    "goals.economy_detail": "Prognosert avvik ved årsslutt. Avvik hittil: {gap} ({period}).",
    "goals.sick_leave_target": "Mål: {target}",
    "goals.sick_leave_detail": "Tapte av avtalte dagsverk, 12 måneder til og med {until}.",
    "goals.kompass_value": "{total} poeng",
    "goals.kompass_target": "Mål: {points} poeng innen {year}",
    "goals.kompass_detail": (
        "Siste evaluering {date}. {needed} poeng igjen, {per_year} poeng per år."
    ),
    "goals.kompass_reached": "Alle mål er nådd (siste evaluering {date}).",
    "sick.chart_trend_title": "Sykefravær per måned og siste 12 måneder",
    "sick.chart_monthly": "Måned",
    "sick.chart_rolling": "Siste 12 måneder",
    "sick.chart_target": "Mål {target}",
    "sick.chart_suppressed": "Skjult (for få ansatte)",
    "sick.axis_pct": "Sykefravær (% av avtalte dagsverk)",
    "sick.self": "Egenmeldt",
    "sick.doctor": "Legemeldt",
    "sick.short": "Korttid (dag 1–16)",
    "sick.long": "Langtid (fra dag 17)",
    "sick.chart_split_certification": "Egenmeldt og legemeldt fravær",
    "sick.chart_split_duration": "Korttids- og langtidsfravær",
    "sick.chart_season_title": "Sesongmønster: sykefravær per kalendermåned, alle år",
    "sick.chart_heatmap_title": "Sykefravær per enhet og måned",
    "kompass.chart_total_title": "Kommunekompasset: sum poeng over tid",
    "kompass.chart_total": "Sum poeng (av 800)",
    "kompass.chart_targets": "Mål",
    "kompass.chart_target_label": "Mål {year}",
    "kompass.chart_average": "Gjennomsnittlig norsk kommune",
    "kompass.axis_points": "Poeng (av 800)",
    "kompass.chart_radar_title": "Områdene, evaluering mot evaluering (0–100 poeng)",
    "risk.chart_title": "Risikomatrise: sannsynlighet × konsekvens",
    "risk.probability": "Sannsynlighet (S)",
    "risk.consequence": "Konsekvens (K)",
    "milestone.chart_title": "Milepælsplan for arbeidsgruppene",
    "milestone.start": "Oppstart (O)",
    "milestone.group_meeting": "Arbeidsgruppemøte (A)",
    "milestone.project_meeting": "Prosjektgruppemøte (P)",
    "milestone.meeting": "Møte",
    "milestone.status": "Statusmøte (S)",
    "milestone.finish": "Ferdig (F)",
    "sick.col_code": "Kode",
    "sick.col_name": "Navn",
    "sick.col_period": "Periode",
    "sick.col_pct": "Sykefravær %",
    "sick.col_self": "Egenmeldt %",
    "sick.col_doctor": "Legemeldt %",
    "sick.col_short": "Korttid %",
    "sick.col_long": "Langtid %",
    "sick.col_agreed": "Avtalte dagsverk",
    "sick.col_lost": "Tapte dagsverk",
    "sick.col_note": "Merknad",
    "sick.suppressed_note": "skjult: for få ansatte, eller for å skjerme en annen skjult gruppe",
    "sick.page_intro": (
        "Sykefravær for {scope}: tapte dagsverk delt på avtalte dagsverk, alltid regnet fra "
        "summerte dagsverk."
    ),
    "sick.by_level": "Fordel på",
    "sick.metric_year": "Sykefravær {year}",
    "sick.metric_rolling": "Siste 12 måneder",
    "sick.metric_target": "Mål",
    "sick.benchmarks_note": (
        "De stiplede linjene er nasjonale tall per år (SSB, publisert av KS). «{all}» måler "
        "egenmeldt og legemeldt fravær og sammenlignes med kommunens samlede fravær. «{doctor}» "
        "måler bare legemeldt fravær og sammenlignes med det legemeldte fraværet under "
        "fordelingen."
    ),
    "sick.tab_split": "Egenmeldt/legemeldt og korttid/langtid",
    "sick.tab_season": "Sesongmønster",
    "sick.tab_parts": "Enheter",
    "sick.no_parts": "Ingen underliggende enheter å vise for dette utvalget.",
    "sick.privacy_note": (
        "Personvern: grupper med færre enn {people} ansatte (eller under {days:g} avtalte "
        "dagsverk i måneden når antall ansatte mangler) vises som skjult. De teller likevel med "
        "i summene over. Der én skjult gruppe kunne regnes ut fra summen, skjules også en "
        "gruppe til."
    ),
    "programme.import_file": "Velg fil (xlsx eller csv)",
    "programme.import_button": "Importer",
    "programme.import_heading_sickleave": "Importer sykefravær",
    "programme.import_help_sickleave": (
        "Én rad per enhet og måned eller kvartal: avtalte dagsverk og tapte dagsverk (eller "
        "egenmeldt/legemeldt, korttid/langtid, eller prosent), gjerne antall ansatte."
    ),
    "programme.import_heading_kompass": "Importer evalueringer",
    "programme.import_help_kompass": (
        "Én rad per evaluering (dato, åtte områder, sum), én kolonne per evaluering (områdene "
        "nedover, sum nederst), eller én rad per område (dato, område, poeng)."
    ),
    "programme.import_heading_risks": "Importer risikoregister",
    "programme.import_help_risks": (
        "Kolonnene risiko, sannsynlighet (S), konsekvens (K), gjerne RF, tiltak og ansvarlig. "
        "Erstatter registeret."
    ),
    "programme.import_heading_milestones": "Importer milepælsplan",
    "programme.import_help_milestones": (
        "Kolonnene arbeidsgruppe, år, uke, type (oppstart, møte, status, avslutning) og "
        "beskrivelse. Erstatter planen."
    ),
    "kompass.page_intro": (
        "Kommunekompasset vurderer kommunens forvaltningspraksis på åtte områder, 0–100 poeng "
        "hvert, til sammen 0–800."
    ),
    "kompass.metric_latest": "Siste evaluering ({date})",
    "kompass.points": "{points} poeng",
    "kompass.metric_next_target": "Neste mål",
    "kompass.all_reached": "Alle mål er nådd",
    "kompass.metric_per_year": "Trengs per år",
    "kompass.per_year_help": "{needed} poeng igjen til neste mål, fordelt på årene som er igjen.",
    "kompass.compare": "Sammenlign evalueringer",
    "kompass.weakest_heading": "Svakeste områder først (siste evaluering)",
    "kompass.all_heading": "Alle evalueringer",
    "kompass.none_yet": "Ingen evalueringer ennå. Importer en fil eller registrer en under.",
    "kompass.form_heading": "Registrer en evaluering",
    "kompass.version": "Versjon av Kommunekompasset",
    "kompass.version_classic": "Klassisk (om lag 2010–2019)",
    "kompass.version_2020": "Revidert 2020",
    "kompass.date": "Dato for evalueringen",
    "kompass.area_label": "Område {number}",
    "kompass.score_label": "Poeng",
    "kompass.note": "Merknad",
    "kompass.save": "Lagre evalueringen",
    "kompass.saved": "Evalueringen {date} er lagret.",
    "kompass.col_number": "Nr",
    "kompass.col_area": "Område",
    "kompass.col_score": "Poeng",
    "kompass.col_change": "Endring siden forrige",
    "kompass.total_row": "Sum (av 800)",
    "risk.col_number": "Nr",
    "risk.col_risk": "Risiko",
    "risk.col_probability": "S",
    "risk.col_consequence": "K",
    "risk.col_factor": "RF",
    "risk.col_band": "Nivå",
    "risk.col_mitigation": "Tiltak",
    "risk.col_owner": "Ansvarlig",
    "risk.band_low": "Lav",
    "risk.band_moderate": "Moderat",
    "risk.band_high": "Høy",
    "risk.band_critical": "Svært høy",
    "risk.heading": "Risikovurdering",
    "risk.intro": (
        "Risikofaktor RF = sannsynlighet (S) × konsekvens (K), begge 1–5. Tallene i matrisen er "
        "risikoenes nummer i tabellen."
    ),
    "risk.edit": "Rediger risikoregisteret",
    "risk.save": "Lagre risikoregisteret",
    "risk.saved": "Risikoregisteret er lagret: {count} risikoer.",
    "milestone.heading": "Milepælsplan",
    "milestone.edit": "Rediger milepælsplanen",
    "milestone.save": "Lagre milepælsplanen",
    "milestone.saved": "Milepælsplanen er lagret: {count} milepæler.",
    "milestone.col_group": "Arbeidsgruppe",
    "milestone.col_year": "År",
    "milestone.col_week": "Uke",
    "milestone.col_kind": "Type",
    "milestone.col_description": "Beskrivelse",
    "measure.heading": "Tiltak fra økonomiverkstedet, etter ansvarlig og frist",
    "measure.col_owner": "Ansvarlig",
    "measure.col_deadline": "Frist",
    "measure.col_unit": "Enhet",
    "measure.col_title": "Tiltak",
    "measure.col_status": "Status",
    "measure.col_overdue": "Forfalt",
    "measure.overdue": "Forfalt",
    "measure.none": "Ingen tiltak registrert ennå.",
    "programme.page_intro": (
        "Programmet Fremtidens kommune: risikoer, arbeidsgruppenes milepæler og tiltakene fra "
        "økonomiverkstedet."
    ),
    "programme.read_only": "Du kan se registrene, men bare ledere og kommunedirektøren kan endre dem.",
    "kompass.metric_next_target_year": "Neste mål ({year})",
    "goals.sick_leave_suppressed": "Skjult fordi gruppen har for få ansatte (personvern).",
}
