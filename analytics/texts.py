"""The one translation table: every text a user sees, keyed, in Norwegian bokmål.

North Sami ("se") and English ("en") follow by adding a dict with the same keys; a key missing
there falls back to bokmål. Use `t("key", name=value)`; placeholders are str.format fields.
Each area of the product keeps its keys in its own section below, in key order.
"""

from __future__ import annotations

import os

NB: dict[str, str] = {
    # --- common -------------------------------------------------------------------------------
    "app.title": "Økonomi- og målstyring",
    "app.demo_banner": (
        "DEMODATA: Dette er en oppdiktet demokommune. Tallene er ikke ekte og må ikke brukes "
        "som kommunens tall."
    ),
    "app.demo_mark": "DEMODATA",
    "common.kommune": "Hele kommunen",
    "common.unknown_unit": "Ukjent",
    "common.unknown_unit_help": "Ansvar som ikke finnes i organisasjonen",
    "common.year": "År",
    "common.month": "Måned",
    "common.unit": "Enhet",
    "common.sector": "Sektor",
    "common.ansvar": "Ansvar",
    "common.download_xlsx": "Last ned som Excel",
    "common.no_data": "Ingen data for dette utvalget ennå.",
    "common.code": "Kode",
    "common.name": "Navn",
    "level.kommune": "Kommune",
    "level.sektor": "Sektor",
    "level.enhet": "Enhet",
    "level.ansvar": "Ansvar",
    "month.1": "januar",
    "month.2": "februar",
    "month.3": "mars",
    "month.4": "april",
    "month.5": "mai",
    "month.6": "juni",
    "month.7": "juli",
    "month.8": "august",
    "month.9": "september",
    "month.10": "oktober",
    "month.11": "november",
    "month.12": "desember",
    "month.13": "periode 13",
    "month_short.1": "jan",
    "month_short.2": "feb",
    "month_short.3": "mar",
    "month_short.4": "apr",
    "month_short.5": "mai",
    "month_short.6": "jun",
    "month_short.7": "jul",
    "month_short.8": "aug",
    "month_short.9": "sep",
    "month_short.10": "okt",
    "month_short.11": "nov",
    "month_short.12": "des",
    "status.green": "I rute",
    "status.yellow": "Følg med",
    "status.red": "Tiltak trengs",
    # --- store and command line ---------------------------------------------------------------
    "store.locked": (
        "Databasefilen {path} er i bruk av en annen prosess (PID {pid}). Stopp appen eller den "
        "andre kommandoen først, eller bruk en annen fil med --db."
    ),
    "store.unknown_scope": "Fant ingen sektor, enhet eller ansvar med koden «{code}».",
    "store.ambiguous_scope": "Koden «{code}» finnes på flere nivåer: {levels}.",
    "cli.description": "Kommunens økonomi- og måldashbord på kommandolinjen.",
    "cli.error": "Feil: {message}",
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
    # --- economy (gaps, forecasts, drill-down, Oversikt and Økonomi pages) ---------------------
    # --- workshop (Økonomiverksted, measures, comments, own forecasts, exports) ----------------
    # --- import (reading files, upload page, templates) ---------------------------------------
    # --- programme (sick leave, Kommunekompasset, risks, milestones) --------------------------
    # --- access (sign-in, users, roles, audit) ------------------------------------------------
    "access.denied": "Du har ikke tilgang til dette utvalget.",
    "access.link_refused": "Lenken viser til noe du ikke har tilgang til. Du ser ditt eget utvalg.",
    "access.read_only": "Du har bare lesetilgang.",
    "access.write_denied": "Du kan ikke endre data for {count} av ansvarene i filen; de er ikke dine.",
    # --- report (snapshot PDF, Rapport page) --------------------------------------------------
    # --- demo ---------------------------------------------------------------------------------
    "demo.created": "Demokommunen er laget i {path}: {summary}",
    "demo.not_empty": (
        "Databasen {path} har allerede data. Bruk --force for å slette alt og lage demokommunen."
    ),
}

SE: dict[str, str] = {}
EN: dict[str, str] = {}

LANGUAGES: dict[str, dict[str, str]] = {"nb": NB, "se": SE, "en": EN}


def current_language() -> str:
    """The user-interface language: $KOMMUNE_LANG (nb, se or en), bokmål by default."""
    language = os.environ.get("KOMMUNE_LANG", "nb")
    return language if language in LANGUAGES else "nb"


def t(key: str, /, **fields: object) -> str:
    """The text for `key` in the current language, with `fields` filled in."""
    text = LANGUAGES[current_language()].get(key) or NB[key]
    return text.format(**fields) if fields else text
