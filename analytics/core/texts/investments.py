"""Texts of the investment projects: the Investeringer page, the register, the command line.
Bokmål."""

NB: dict[str, str] = {
    "page.investeringer": "Investeringer",
    "investments.page.caption": (
        "{scope}, {period}. Investeringsprosjektene: årets budsjett og regnskap, brukt hittil "
        "og prognose for sluttkostnad mot kostnadsrammen kommunestyret har vedtatt."
    ),
    "investments.page.none": "Ingen investeringsprosjekter i dette utvalget.",
    "investments.page.gap_help": (
        "Kostnadsramme minus prognose for sluttkostnad, for prosjektene som har en ramme. "
        "Negativt tall betyr at prosjektene ventes å gå over rammen."
    ),
    "investments.page.one_project": "Ett prosjekt",
    "investments.page.pick": "Velg prosjekt",
    "investments.page.project_caption": "Ansvarlig enhet: {unit}. Fase: {phase}. År: {years}.",
    "investments.page.by_art": "Budsjett og regnskap {year} per art",
    "investments.page.forecast_heading": "Prognose for sluttkostnad, {period}",
    "investments.page.forecast_now": "Prognose for sluttkostnad: {amount} ({source}).",
    "investments.page.entered": "Sist gitt for {period} av {by}, {at}.",
    "investments.page.forecast_input": "Ny prognose for sluttkostnad (hele prosjektet, kr)",
    "investments.page.comment": "Kommentar",
    "investments.page.save_forecast": "Lagre prognosen",
    "investments.page.forecast_saved": "Prognosen er lagret. Den gjelder fra denne måneden til en ny blir gitt.",
    "investments.page.risks": "Risikoer (sannsynlighet × konsekvens)",
    "investments.page.no_risks": "Ingen risikoer er registrert for prosjektet.",
    "investments.page.edit_risks": "Endre risikoene",
    "investments.page.save_risks": "Lagre risikoene",
    "investments.page.risks_saved": "Risikoene er lagret.",
    "investments.page.register": "Prosjektregisteret",
    "investments.page.edit_register": "Endre prosjektregisteret",
    "investments.page.register_help": (
        "Kode, navn, ansvarlig enhet (sektor-, enhets- eller ansvarskode), kostnadsramme, "
        "start- og sluttår og fase. Endringen lagres som en opplasting og kan angres under "
        "«Last opp». Prosjekter som bare er sett i budsjett- eller regnskapslinjer, står her "
        "uten ramme til den er gitt."
    ),
    "investments.page.save_register": "Lagre registeret",
    "investments.page.register_saved": "Prosjektregisteret er lagret som opplasting {id}.",
    "investments.page.register_unchanged": "Ingenting er endret i registeret.",
    "investments.workshop.heading": "Investeringsprosjekter",
    "investments.col.code": "Prosjekt",
    "investments.col.name": "Navn",
    "investments.col.unit": "Ansvarlig enhet",
    "investments.col.unit_code": "Ansvarlig enhet (kode)",
    "investments.col.phase": "Fase",
    "investments.col.start_year": "Startår",
    "investments.col.end_year": "Sluttår",
    "investments.col.frame": "Kostnadsramme",
    "investments.col.budget_year": "Årets budsjett",
    "investments.col.actual_year": "Årets regnskap",
    "investments.col.actual_to_date": "Brukt hittil",
    "investments.col.spent_pct": "Brukt av rammen",
    "investments.col.forecast_final": "Prognose sluttkostnad",
    "investments.col.forecast_gap": "Avvik mot ramme",
    "investments.col.status": "Status",
    "investments.col.art": "Art",
    "investments.col.art_name": "Artsnavn",
    "investments.phase.planning": "planlegging",
    "investments.phase.building": "bygging",
    "investments.phase.finished": "ferdig",
    "investments.forecast_source.own": "prosjektlederens prognose",
    "investments.forecast_source.budget": "brukt hittil pluss budsjett og økonomiplan for resten",
    "investments.chart.budget": "Budsjett",
    "investments.chart.plan": "Økonomiplan",
    "investments.chart.actual": "Regnskap",
    "investments.chart.to_date": "Brukt hittil",
    "investments.chart.forecast": "Prognose sluttkostnad",
    "investments.chart.frame": "Kostnadsramme",
    "investments.chart.frame_title": "Brukt hittil og prognose mot kostnadsramme, {year}",
    "investments.chart.title_all": "Investeringer per år: regnskap mot budsjett",
    "investments.chart.title_one": "{name}: regnskap mot budsjett per år",
    "investments.no_such_project": "Fant ikke prosjekt «{code}».",
    "investments.bad_forecast": "Prognosen må være et beløp på 0 kr eller mer, fant «{value}».",
    "investments.comment_too_long": "Kommentaren kan ha høyst {limit} tegn.",
    "investments.bad_risk": (
        "Rad {row}: en risiko må ha en tekst og sannsynlighet og konsekvens fra 1 til 5."
    ),
    "investments.register_denied": (
        "Bare kommunedirektøren og administratorer kan endre prosjektregisteret."
    ),
    "investments.row": "Rad {row}",
    "investments.error.no_code": "{where}: prosjektkoden mangler.",
    "investments.error.no_name": "{where}: prosjektnavnet mangler.",
    "investments.error.years": "{where}: sluttåret {end} er før startåret {start}.",
    "investments.error.frame": (
        "{where}: kostnadsrammen må være et beløp på 0 kr eller mer, fant «{value}»."
    ),
    "investments.error.phase": "{where}: ukjent fase «{value}». Bruk en av: {phases}.",
    "investments.error.twice": "{where}: prosjekt {code} står mer enn én gang.",
    "investments.none": "Ingen investeringsprosjekter.",
    "investments.cli.help": (
        "Investeringsprosjektene: årets budsjett og regnskap, brukt hittil, prognose for "
        "sluttkostnad mot kostnadsramme og status"
    ),
    "investments.cli.year": "Året, f.eks. 2026",
    "investments.cli.month": "Til og med måned 1–12 (standard: siste måned med regnskap)",
    "investments.cli.heading": "Investeringsprosjekter {year} til og med {month}",
    "settings.project_status_green_max_pct": (
        "Et investeringsprosjekt er grønt så lenge prognosen for sluttkostnad er høyst så "
        "mange prosent over kostnadsrammen (0: ikke over rammen)"
    ),
    "settings.project_status_red_min_pct": (
        "Et investeringsprosjekt er rødt når prognosen for sluttkostnad er mer enn så mange "
        "prosent over kostnadsrammen (eller mer enn rammen alt er brukt)"
    ),
    "programme.import_heading_projects": "Importer prosjektregister",
    "programme.import_help_projects": (
        "Et regneark med prosjekt, navn, ansvarlig enhet, kostnadsramme, startår, sluttår og "
        "fase. Prosjektene i filen erstatter registerets oppføringer med samme kode; de andre "
        "står som før."
    ),
    "import.kind.projects": "prosjektregister",
    "import.coverage_projects": "Prosjektregister med {rows} prosjekter",
    "import.coverage_projects_removed": ", {count} tatt ut",
    "import.preview.projects": "Prosjekter",
    "import.preview.kept_projects": "Står som før",
    "import.field.project_code": "prosjekt",
    "import.field.project_name": "prosjektnavn",
    "import.field.project_unit": "ansvarlig enhet",
    "import.field.frame": "kostnadsramme",
    "import.field.start_year": "startår",
    "import.field.end_year": "sluttår",
    "import.field.phase": "fase",
    "report.projects_lead": "Investeringsprosjektene per {period}: årets budsjett og regnskap (investeringsregnskapet), brukt hittil og prognose for sluttkostnad mot kostnadsrammen. Tallene er de samme som på siden «Investeringer».",
    "report.projects_table": "Prosjektene",
    "report.projects_comments": "Prosjektledernes kommentarer",
}
