"""Texts of the store and the command line. Bokmål."""

NB: dict[str, str] = {
    "store.locked": (
        "Databasefilen {path} er i bruk av en annen prosess (PID {pid}). Stopp appen eller den "
        "andre kommandoen først, eller bruk en annen fil med --db."
    ),
    "store.unknown_scope": "Fant ingen sektor, enhet eller ansvar med koden «{code}».",
    "store.ambiguous_scope": "Koden «{code}» finnes på flere nivåer: {levels}.",
    "cli.description": "Kommunens økonomi- og måldashbord på kommandolinjen.",
    "cli.error": "Feil: {message}",
    "cli.json": "Skriv JSON",
    "settings.error.art_groups": (
        "Innstillingen {name}: «{value}» nevner artsgrupper som ikke finnes. Skriv nøklene "
        "kommaseparert, for eksempel lonn,varer_tjenester. Ingenting er lagret."
    ),
    "settings.error.choice": (
        "Innstillingen {name} kan være {choices}, ikke «{value}». Ingenting er lagret."
    ),
    "settings.error.empty": "Innstillingen {name} kan ikke være tom. Ingenting er lagret.",
    "settings.error.green_above_red": (
        "Grensen for grønn status ({green} %) kan ikke være over grensen for rød ({red} %). "
        "Ingenting er lagret."
    ),
    "settings.error.kompass_targets": (
        "Innstillingen {name} skrives som år:poeng, kommaseparert, med poeng mellom 0 og 800, "
        "for eksempel 2022:320,2025:450. «{value}» kan ikke leses. Ingenting er lagret."
    ),
    "settings.error.net_debt_excludes": (
        "Innstillingen {name} kan være tom, formidlingslån, selvkostlån eller begge "
        "kommaseparert, ikke «{value}». Ingenting er lagret."
    ),
    "settings.error.range": (
        "Innstillingen {name} må være mellom {low} og {high}, ikke «{value}». Ingenting er lagret."
    ),
    "settings.status_green_max_pct": (
        "Grønn status når prognosert merforbruk er under denne andelen av årsbudsjettet (%)."
    ),
    "settings.status_red_min_pct": (
        "Rød status når prognosert merforbruk er over denne andelen av årsbudsjettet (%)."
    ),
    "settings.budget_spread": (
        "Hvordan et årsbudsjett fordeles på måneder: «even» (likt) eller «profile» "
        "(fjorårets månedsprofil av regnskapet)."
    ),
    "settings.profile_art_groups": (
        "Artsgrupper som periodiseres etter fjorårets profil når fordelingen er «even» "
        "(kommaseparert, f.eks. «lonn»)."
    ),
    "settings.sick_leave_target_pct": "Mål for sykefravær (%).",
    "settings.sick_leave_min_headcount": "Minste antall ansatte før sykefravær vises.",
    "settings.sick_leave_min_agreed_days": (
        "Minste antall avtalte dagsverk i måneden før sykefravær vises (når antall ansatte mangler)."
    ),
    "settings.kompass_targets": "Mål for Kommunekompasset som år:poeng, kommaseparert.",
    "settings.kompass_national_average": "Gjennomsnittlig poengsum for norske kommuner.",
    "settings.import_max_bytes": "Største filstørrelse ved import (byte).",
    "settings.import_max_rows": "Største antall rader ved import.",
    "settings.session_timeout_hours": "Innloggingen utløper etter så mange timer.",
    "settings.lockout_attempts": "Antall feil passord før kontoen låses.",
    "settings.lockout_minutes": "Hvor lenge en konto er låst etter for mange feil passord.",
    "settings.municipality_name": "Kommunens navn.",
    "settings.finance_net_result_min_pct": (
        "Handlingsregel: netto driftsresultat minst så mange prosent av driftsinntektene "
        "(TBU anbefaler 1,75 for kommuner)."
    ),
    "settings.finance_fund_min_pct": (
        "Handlingsregel: disposisjonsfondet minst så mange prosent av driftsinntektene."
    ),
    "settings.finance_net_debt_max_pct": (
        "Handlingsregel: netto lånegjeld høyst så mange prosent av driftsinntektene."
    ),
    "settings.finance_net_debt_excludes": (
        "Lån som holdes utenfor netto lånegjeld i handlingsregelen: formidlingslån, selvkostlån "
        "(kommaseparert), eller tomt."
    ),
    "page.oversikt": "Oversikt",
    "page.okonomi": "Økonomi",
    "page.verksted": "Økonomiverksted",
    "page.sykefravaer": "Sykefravær",
    "page.kompass": "Kommunekompasset",
    "page.program": "Fremtidens kommune",
    "page.last_opp": "Last opp",
    "page.rapport": "Rapport",
    "page.admin": "Administrasjon",
    "nav.economy": "Økonomi",
    "nav.goals": "Mål og program",
    "nav.data": "Data og rapporter",
    "cli.bad_lang": "Ukjent språk «{language}». Velg nb eller se.",
    "cli.help.accounts_year": "Regnskapsår, f.eks. 2024",
    "cli.help.db": "DuckDB-fil (standard: $KOMMUNE_DB eller data/kommune.duckdb)",
    "cli.help.demo": "Lag demokommunen (demodata)",
    "cli.help.ensure_demo": "Lag demokommunen hvis databasen er tom",
    "cli.help.force": "Slett alt i databasen først",
    "cli.help.forecast": "Prognose",
    "cli.help.import": "Importer en fil (xlsx eller csv)",
    "cli.help.import_file": "Filen som skal importeres",
    "cli.help.kind": "Hva filen inneholder",
    "cli.help.lang": "Språk for utskrift og filer: nb (bokmål) eller se (nordsamisk); standard: $KOMMUNE_LANG",
    "cli.help.level": "Nivå",
    "cli.help.made_by": "Navn på forsiden (standard: system)",
    "cli.help.month": "Til og med måned 1–12",
    "cli.help.only_unit": "Bare denne sektoren, enheten eller ansvaret",
    "cli.help.pdf_out": "PDF-fil som skal skrives",
    "cli.help.sector_or_unit": "Sektor eller enhet",
    "cli.help.server": "Send kommandoen til appen på denne adressen (standard: $KOMMUNE_URL); API-nøkkelen leses fra $KOMMUNE_TOKEN",
    "cli.help.sheet": "Arket som skal leses",
    "cli.help.undo": "Angre én opplasting",
    "cli.help.unit_code": "Sektor, enhet eller ansvar (kode); standard: hele kommunen",
    "cli.help.upload_id": "Nummeret på opplastingen",
    "cli.help.uploads": "Vis opplastingshistorikken",
    "cli.help.year": "År, f.eks. 2026",
    "cli.help.year_of_file": "År, når filen ikke sier det",
}
