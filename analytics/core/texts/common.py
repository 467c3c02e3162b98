"""Texts shared by every page: the app, levels, months, common words. Bokmål."""

NB: dict[str, str] = {
    "app.title": "Økonomi- og målstyring",
    "app.demo_banner": (
        "DEMODATA: Dette er en oppdiktet demokommune. Tallene er ikke ekte og må ikke brukes "
        "som kommunens tall."
    ),
    "app.demo_mark": "DEMODATA",
    "clock.bad_today": "{variable}={value} er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-04-30.",
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
    "kpi.economy.help": (
        "Prognosert merforbruk ved årsslutt som andel av brutto utgiftsbudsjett. Grønn under "
        "grensen for grønn status, rød over grensen for rød (innstillingene)."
    ),
    "kpi.economy.title": "Drift i balanse",
    "kpi.kompass.help": (
        "Siste evaluering i Kommunekompasset (0–800 poeng) mot programmets mål. Rød når et mål "
        "ikke er nådd innen sitt år, gul når neste mål ennå ikke er nådd."
    ),
    "kpi.kompass.title": "Kommunekompasset",
    "kpi.sick_leave.help": (
        "Tapte dagsverk ÷ avtalte dagsverk siste 12 måneder, summert over enhetene. Grønn på eller "
        "under målet, gul inntil 1 prosentpoeng over, rød over det."
    ),
    "kpi.sick_leave.title": "Sykefravær, siste 12 måneder",
    "level.kommune": "Kommune",
    "level.sektor": "Sektor",
    "level.enhet": "Enhet",
    "level.ansvar": "Ansvar",
    "level.artgroup": "Artsgruppe",
    "level.art": "Art",
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
    "reference.bad_value": (
        "Referansetabellen {file}, rad {row}, kolonne «{column}»: «{value}» kan ikke leses."
    ),
    "reference.missing_columns": "Referansetabellen {file} mangler kolonnene {columns}.",
    "status.green": "I rute",
    "status.yellow": "Følg med",
    "status.red": "Tiltak trengs",
    "status.none": "Ingen status",
    "common.and_list": "{first} og {last}",
    "common.or_list": "{first} eller {last}",
    "level.project": "Prosjekt",
}
