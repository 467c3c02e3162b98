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
    "artgroup.lonn": "Lønn og sosiale utgifter",
    "artgroup.varer_tjenester": "Kjøp av varer og tjenester",
    "artgroup.kjop_erstatter": "Kjøp som erstatter egenproduksjon",
    "artgroup.overforingsutgifter": "Overføringsutgifter",
    "artgroup.finansutgifter": "Finansutgifter",
    "artgroup.salgsinntekter": "Salgsinntekter",
    "artgroup.refusjoner": "Refusjoner",
    "artgroup.overforingsinntekter": "Overføringsinntekter",
    "artgroup.finansinntekter": "Finansinntekter",
    "artgroup.annet": "Annet",
    "economy.level.artgroup": "Artsgruppe",
    "economy.level.art": "Art",
    "economy.col.key": "Kode",
    "economy.col.name": "Navn",
    "economy.col.annual_budget": "Årsbudsjett",
    "economy.col.budget_ytd": "Budsjett hittil",
    "economy.col.actual_ytd": "Regnskap hittil",
    "economy.col.gap_ytd": "Avvik hittil",
    "economy.col.consumption_pct": "Forbruk %",
    "economy.col.forecast": "Prognose",
    "economy.col.forecast_gap": "Prognoseavvik",
    "economy.col.forecast_method": "Metode",
    "economy.col.status": "Status",
    "economy.col.period": "Periode",
    "economy.col.budget_period": "Budsjett i perioden",
    "economy.col.actual_period": "Regnskap i perioden",
    "economy.col.gap_period": "Avvik i perioden",
    "economy.col.gap_change": "Endring i avvik siden forrige rapport",
    "economy.col.forecast_change": "Endring i prognose siden forrige rapport",
    "economy.col.year": "År",
    "economy.col.month": "Måned",
    "economy.col.warning": "Varsel",
    "economy.col.mean_error_pct": "Snittfeil %",
    "economy.method.run_rate": "Lineær framskriving",
    "economy.method.seasonal": "Sesongprofil",
    "economy.method.own": "Budsjettansvarliges prognose",
    "economy.method.mixed": "Blandet",
    "economy.method.auto": "Automatisk",
    "economy.quarter": "{number}. kvartal",
    "economy.tertial": "{number}. tertial",
    "economy.warning.growing_overspend": "Merforbruket har økt tre måneder på rad",
    "economy.warning.forecast_beyond": "Prognosen har passert grensen for rød status",
    "economy.chart.budget": "Budsjett (periodisert, akkumulert)",
    "economy.chart.actual": "Regnskap (akkumulert)",
    "economy.chart.forecast": "Prognose til årsslutt",
    "economy.chart.title": "Akkumulert regnskap mot budsjett {year}",
    "economy.chart.gap_title": "Prognoseavvik per enhet {year}",
    "economy.chart.month": "Måned",
    "economy.chart.amount": "Beløp (kr)",
    "economy.cli.gaps_help": "Budsjettavvik og prognose per sektor, enhet, ansvar eller artsgruppe",
    "economy.cli.no_data": "Ingen budsjett eller regnskap for {year}.",
    "economy.cli.bad_month": "Måneden må være 1–12, ikke {month}.",
    "economy.cli.heading": "Budsjettavvik {year} til og med {month} (prognose: {method})",
    "economy.page.oversikt_caption": "{name}: status til og med {period}",
    "economy.page.okonomi_caption": "{name}: til og med {period}",
    "economy.page.units": "Enheter",
    "economy.page.largest": "Største avvik",
    "economy.page.warnings": "Tidlige varsler",
    "economy.page.no_warnings": "Ingen tidlige varsler denne måneden.",
    "economy.page.by_artgroup": "Per artsgruppe",
    "economy.page.drilldown": "Gå ett nivå ned",
    "economy.page.drilldown_pick": "Velg rad å se nærmere på",
    "economy.page.drilldown_none": "Laveste nivå: ingen rader under.",
    "economy.page.periods": "Kvartal og tertial",
    "economy.page.period_kind": "Vis per",
    "economy.page.period_quarter": "Kvartal",
    "economy.page.period_tertial": "Tertial",
    "economy.page.backtest": "Hvor mye kan prognosen stoles på?",
    "economy.page.backtest_help": (
        "Gjennomsnittlig avvik mellom prognosen laget i hver måned og det faktiske "
        "årsresultatet i tidligere år, i prosent av årsresultatet."
    ),
    "economy.page.backtest_none": "Trenger minst ett tidligere år med regnskap.",
    "economy.page.forecast_method": "Prognosemetode",
    "economy.page.sheet": "Avvik",
    "economy.page.gap_help": "Avvik = budsjett − regnskap. Negativt tall betyr merforbruk.",
    # --- workshop (Økonomiverksted, measures, comments, own forecasts, exports) ----------------
    "workshop.agenda.empty": "Ingen enheter i utvalget.",
    "workshop.agenda.next": "Neste enhet",
    "workshop.agenda.order": "Rekkefølge",
    "workshop.agenda.position": "Enhet {position} av {count}",
    "workshop.agenda.previous": "Forrige enhet",
    "workshop.agenda.unit": "Enhet på skjermen",
    "workshop.col.changed_at": "Tidspunkt",
    "workshop.col.changed_by": "Endret av",
    "workshop.col.changed_in": "Måned",
    "workshop.col.changes": "Endringer",
    "workshop.col.deadline": "Frist",
    "workshop.col.description": "Beskrivelse",
    "workshop.col.expected_effect": "Forventet effekt (kr)",
    "workshop.col.note": "Merknad",
    "workshop.col.overdue": "Over fristen",
    "workshop.col.owner": "Ansvarlig",
    "workshop.col.status": "Status",
    "workshop.col.title": "Tiltak",
    "workshop.col.unit_code": "Kode",
    "workshop.col.unit_name": "Enhet",
    "workshop.comments.by": "{by}, {at}",
    "workshop.comments.heading": "Kommentarer fra verkstedet",
    "workshop.comments.input": "Din kommentar",
    "workshop.comments.none": "Ingen kommentarer fra verkstedet denne måneden.",
    "workshop.comments.save": "Lagre kommentar",
    "workshop.comments.saved": "Kommentaren er lagret.",
    "workshop.demo.summary": "{measures} tiltak og {comments} kommentarer i verkstedet",
    "workshop.error.measure_missing": "Fant ikke tiltak nr. {id}.",
    "workshop.error.month": "Måneden må være 1–12, ikke {month}.",
    "workshop.error.owner_missing": "Tiltaket må ha en ansvarlig person.",
    "workshop.error.title_missing": "Tiltaket må ha en tittel.",
    "workshop.error.title_too_long": "Tittelen kan være høyst {limit} tegn.",
    "workshop.field.deadline": "Frist",
    "workshop.field.description": "Beskrivelse",
    "workshop.field.expected_effect": "Forventet effekt",
    "workshop.field.owner": "Ansvarlig",
    "workshop.field.status": "Status",
    "workshop.field.title": "Tittel",
    "workshop.history.change": "{field}: {old} → {new}",
    "workshop.history.created": "Opprettet",
    "workshop.key.method": "Prognosemetode: **{method}**",
    "workshop.measures.add": "Nytt tiltak",
    "workshop.measures.added": "Tiltaket «{title}» er lagret.",
    "workshop.measures.edit": "Endre tiltak",
    "workshop.measures.heading": "Tiltak",
    "workshop.measures.history": "Historikk for «{title}»",
    "workshop.measures.new_option": "– nytt tiltak –",
    "workshop.measures.none": "Ingen tiltak for enheten denne måneden.",
    "workshop.measures.note": "Merknad til endringen",
    "workshop.measures.pick": "Tiltak å endre",
    "workshop.measures.pick_history": "Vis historikk for tiltak",
    "workshop.measures.read_only": "Du kan lese tiltakene, men ikke registrere eller endre dem for denne enheten.",
    "workshop.measures.save": "Lagre tiltak",
    "workshop.measures.unchanged": "Ingen endringer å lagre.",
    "workshop.measures.updated": "Endringene i «{title}» er lagret.",
    "workshop.month_measures.heading": "Månedens tiltak i hele utvalget",
    "workshop.no": "Nei",
    "workshop.order.organisation": "Organisasjonsrekkefølge",
    "workshop.order.worst_first": "Dårligst status først",
    "workshop.overdue.count": "{count} tiltak har passert fristen.",
    "workshop.overdue.heading": "Tiltak over fristen i hele utvalget",
    "workshop.overdue.none": "Ingen tiltak har passert fristen.",
    "workshop.own_forecast.comment": "Kommentar",
    "workshop.own_forecast.entered": "Lagt inn av {by} {at}",
    "workshop.own_forecast.forecast": "Prognose for årets netto regnskap (kr)",
    "workshop.own_forecast.forecast_help": (
        "Forventet netto regnskap ved årets slutt, utgifter positive og inntekter negative. "
        "La feltet stå tomt for bare en kommentar."
    ),
    "workshop.own_forecast.heading": "Budsjettansvarliges prognose og kommentar",
    "workshop.own_forecast.input_heading": "Egen prognose og kommentar for {period}",
    "workshop.own_forecast.none": "Ingen egen prognose eller kommentar for {period}.",
    "workshop.own_forecast.save": "Lagre prognose og kommentar",
    "workshop.own_forecast.saved": "Prognosen og kommentaren er lagret.",
    "workshop.own_forecast.value": "Egen prognose for årets netto regnskap: {amount}",
    "workshop.page.overview": "Hele utvalget",
    "workshop.projector": "Stor skrift (projektor)",
    "workshop.page.caption": "{scope} · {period}",
    "workshop.sheet.measures": "Tiltak",
    "workshop.sheet.overdue": "Over fristen",
    "workshop.status.done": "Gjennomført",
    "workshop.status.dropped": "Droppet",
    "workshop.status.planned": "Planlagt",
    "workshop.status.started": "Startet",
    "workshop.yes": "Ja",
    # --- import (reading files, upload page, templates) ---------------------------------------
    "import.where_file": "Filen «{file}»",
    "import.where_sheet": "Filen «{file}», arket «{sheet}»",
    "import.where_row": "Filen «{file}», arket «{sheet}», rad {row}",
    "import.where_cell": "Filen «{file}», arket «{sheet}», rad {row}, kolonne {column} («{header}»)",
    "import.too_large": (
        "{where}: filen er {size} MB, men grensen er {limit} MB. Del opp filen, eller be "
        "administrator øke grensen (import_max_bytes)."
    ),
    "import.empty_file": "{where}: filen er tom.",
    "import.not_spreadsheet": (
        "{where}: dette er ikke et regneark (fant {found}). Last opp en .xlsx- eller .csv-fil."
    ),
    "import.wrong_extension": (
        "{where}: filen heter {extension}, men innholdet er ikke et Excel-regneark. Lagre den "
        "på nytt som .xlsx fra Excel."
    ),
    "import.legacy_xls": (
        "{where}: filen er i det gamle .xls-formatet (eller et annet Office-format). Åpne den "
        "i Excel og lagre som .xlsx."
    ),
    "import.corrupt": (
        "{where}: filen er skadet eller ufullstendig ({detail}). Last den ned eller eksporter "
        "den på nytt."
    ),
    "import.encrypted": (
        "{where}: arbeidsboken er passordbeskyttet. Fjern passordet i Excel (Fil → Info → "
        "Beskytt arbeidsbok) og last opp på nytt."
    ),
    "import.macros": (
        "{where}: arbeidsboken inneholder makroer (.xlsm/vbaProject). Av sikkerhetshensyn tas "
        "slike filer ikke imot. Lagre som vanlig .xlsx uten makroer."
    ),
    "import.zip_bomb": (
        "{where}: filen pakkes ut til mer enn tillatt ({detail}). Den ser ut som en zip-bombe "
        "og er avvist."
    ),
    "import.xml_entities": (
        "{where}: delen «{member}» inneholder DOCTYPE- eller ENTITY-erklæringer. Slike filer "
        "avvises av sikkerhetshensyn."
    ),
    "import.empty_workbook": "{where}: arbeidsboken har ingen ark med innhold.",
    "import.sheet_not_found": "{where}: fant ikke arket «{sheet}». Arkene heter: {sheets}.",
    "import.too_many_rows": (
        "{where}: arket har {rows} rader, men grensen er {limit}. Del opp filen, eller be "
        "administrator øke grensen (import_max_rows)."
    ),
    "import.bad_encoding": (
        "{where}: fant ikke ut hvilken tegnkoding filen har. Lagre den som «CSV UTF-8» fra Excel."
    ),
    "import.unreadable": "{where}: regnearket kan ikke leses ({detail}).",
    "import.no_header": (
        "{where}: fant ingen overskriftsrad. Ventet kolonner som Ansvar, Art, Periode og "
        "Beløp (eller Regnskap/Budsjett) i en rad over dataene."
    ),
    "import.several_sheets": (
        "{where}: flere ark ser ut som data ({sheets}). Velg ett med --sheet NAVN (eller i "
        "nedtrekkslisten på siden)."
    ),
    "import.double_column": (
        "{where}: kolonnene {columns} betyr det samme. Fjern en av dem, eller koble dem for hånd."
    ),
    "import.period_and_months": (
        "{where}: arket har både en periodekolonne og én kolonne per måned. Det er uklart "
        "hvilken som gjelder; fjern den ene."
    ),
    "import.mixed_month_columns": (
        "{where}: noen beløpskolonner er per måned og andre ikke. Del arket i to filer."
    ),
    "import.more_errors": "… og {count} feil til.",
    "import.no_amount_column": (
        "{where}: fant ingen beløpskolonne (Beløp, Regnskap, Budsjett, måneder eller år). "
        "Ukjente kolonner: {columns}."
    ),
    "import.unknown_kind": (
        "{where}: det står ikke om beløpene er regnskap eller budsjett. Oppgi --kind accounts "
        "eller --kind budget (eller velg type på siden)."
    ),
    "import.kind_mismatch": (
        "{where}: kolonnen passer ikke med valgt type «{kind}». Bruk --kind auto, eller fjern "
        "kolonnen."
    ),
    "import.kind.budget": "budsjett",
    "import.kind.accounts": "regnskap",
    "import.kind.mixed": "regnskap og budsjett",
    "import.kind.units": "organisasjon",
    "import.kind.forecast": "prognosemal",
    "import.missing_columns": (
        "{where}: mangler kolonne for {missing}. Ukjente kolonner i filen: {columns}. Gi "
        "kolonnen et kjent navn, eller koble den for hånd på siden «Last opp»."
    ),
    "import.field.ansvar": "ansvar",
    "import.field.ansvar_name": "ansvar (navn)",
    "import.field.art": "art",
    "import.field.art_name": "art (navn)",
    "import.field.tjeneste": "tjeneste/funksjon",
    "import.field.tjeneste_name": "tjeneste (navn)",
    "import.field.prosjekt": "prosjekt",
    "import.field.prosjekt_name": "prosjekt (navn)",
    "import.field.unit": "enhet",
    "import.field.unit_name": "enhet (navn)",
    "import.field.sector": "sektor",
    "import.field.sector_name": "sektor (navn)",
    "import.field.year": "år",
    "import.field.period": "periode/måned",
    "import.field.accounts": "regnskap",
    "import.field.accounts_cumulative": "regnskap hittil i år",
    "import.field.budget": "budsjett (opprinnelig)",
    "import.field.budget_revised": "budsjett (revidert)",
    "import.field.amount": "beløp",
    "import.field.ignored": "(brukes ikke)",
    "import.bad_cell": "{where}: {problem}",
    "import.not_a_year": "«{value}» er ikke et årstall (ventet f.eks. 2024).",
    "import.bad_period": "«{value}» er ikke en periode 1–13 (ventet f.eks. 5, 05, mai eller 202405).",
    "import.no_year": (
        "{where}: fant ikke hvilket år tallene gjelder. Legg til en kolonne «År», skriv året "
        "i kolonnenavnet (f.eks. «Regnskap 2024»), oppgi --year 2024, eller ha året i "
        "filnavnet."
    ),
    "import.not_a_number": "{where}: «{value}» er ikke et beløp (ventet f.eks. -1 362 250 eller 1 234,50).",
    "import.row_without_year": "{where}: raden mangler år.",
    "import.budget_period_13": "{where}: budsjett kan ikke føres på periode 13 (bare 1–12).",
    "import.already": (
        "Filen «{file}» er allerede importert (opplasting {id}). Ingenting er lagt til på nytt."
    ),
    "import.stored": "Filen «{file}» er importert som opplasting {id}: {kind}, {rows} linjer.",
    "import.replaced": "Den erstatter tilsvarende linjer fra opplasting {ids}.",
    "import.already_undone": "Opplasting {id} er allerede angret.",
    "import.no_such_upload": "Fant ingen opplasting med nummer {id}.",
    "import.forecast_undo": (
        "Opplasting {id} er en prognosemal og kan ikke angres. Last opp malen på nytt med "
        "riktige tall."
    ),
    "import.undone": "Opplasting {id} («{file}») er angret; det den erstattet gjelder igjen.",
    "import.ansvar_twice": "{where}: ansvar {code} står flere ganger (rad {rows}).",
    "import.unit_in_two_sectors": "{where}: enhet {code} står under mer enn én sektor.",
    "import.missing_code": "{where}: koden mangler.",
    "import.units_need_director": (
        "Bare administrator eller kommunedirektør kan importere eller angre organisasjonen."
    ),
    "import.bad_kind": "Ukjent type «{kind}». Velg en av: {kinds}.",
    "import.no_lines": "{where}: fant ingen linjer med beløp under overskriftsraden.",
    "import.cumulative_needs_period": (
        "{where}: regnskap «hittil i år» trenger en periodekolonne (eller én kolonne per "
        "måned) for å vite hvilken periode tallene gjelder til og med."
    ),
    "import.control_total": "{kind} {year}: {amount} ({lines} linjer)",
    "import.budget_kind.original": "opprinnelig",
    "import.budget_kind.revised": "revidert",
    "import.kind.sickleave": "sykefravær",
    "import.kind.kompass": "Kommunekompasset",
    "import.kind.risks": "risikoer",
    "import.kind.milestones": "milepæler",
    "import.kind.auto": "finn ut selv",
    "import.periods_word": "periode",
    "import.ansvar_count": "({count} ansvar)",
    "import.coverage_units": "Organisasjon med {count} ansvar",
    "import.coverage_forecast": "Prognose {month}/{year} for {units}",
    "import.warn_unknown_ansvar": (
        "{count} ansvar finnes ikke i organisasjonen og vises under «Ukjent»: {codes}"
    ),
    "import.warn_duplicates": (
        "{count} linjer har samme år, periode og koder som en annen linje (rad {rows}). "
        "Alle er tatt med."
    ),
    "import.warn_ignored_columns": "Disse kolonnene brukes ikke: {columns}.",
    "import.warn_year_from_title": "Året ({year}) er hentet fra tittelen over tabellen.",
    "import.warn_year_from_option": "Året ({year}) er det du oppga.",
    "import.warn_year_from_file_name": "Året ({year}) er hentet fra filnavnet.",
    "import.warn_annual_accounts": ("Årsregnskap uten periode lagres på periode 12 (desember)."),
    "import.template.sheet": "Prognose",
    "import.template.info_sheet": "Om malen",
    "import.template.key": "Felt",
    "import.template.value": "Verdi",
    "import.template.mark": "Mal",
    "import.template.col.ansvar": "Ansvar",
    "import.template.col.ansvar_name": "Ansvar(T)",
    "import.template.col.art": "Art",
    "import.template.col.budget": "Årsbudsjett",
    "import.template.col.actual": "Regnskap hittil",
    "import.template.col.forecast": "Prognose årsslutt",
    "import.template.col.comment": "Kommentar",
    "import.template.no_unit": "Fant ingen enhet eller ansvar «{code}» som du har tilgang til.",
    "import.template.broken": (
        "{where}: malen er endret så den ikke kan leses (arkene «Prognose» og «Om malen» med "
        "kolonnene slik de var). Last ned en ny mal."
    ),
    "import.template.nothing_filled": "Malen har verken prognose eller kommentar utfylt.",
    "import.no_file": "Fant ikke filen {path}.",
    "import.warning_line": "  Merk: {warning}",
    "import.history.id": "Nr.",
    "import.history.kind": "Type",
    "import.history.file_name": "Fil",
    "import.history.uploaded_by": "Av",
    "import.history.uploaded_at": "Tidspunkt",
    "import.history.row_count": "Linjer",
    "import.history.status": "Status",
    "import.history.what": "Innhold",
    "import.history.replaced": "Erstattet opplasting",
    "import.status.active": "aktiv",
    "import.status.undone": "angret",
    "import.step.reading": "Leser filen …",
    "import.step.recognising": "Kjenner igjen kolonnene …",
    "import.step.checking": "Sjekker hver linje …",
    "import.step.storing": "Lagrer …",
    "import.step.done": "Ferdig.",
    "import.page.caption": (
        "Last opp regnskap, budsjett, organisasjon eller en utfylt prognosemal (.xlsx eller "
        ".csv). Du ser hva som er funnet før noe lagres."
    ),
    "import.page.tab_upload": "Last opp fil",
    "import.page.tab_template": "Prognosemal",
    "import.page.tab_history": "Historikk",
    "import.page.file": "Fil (.xlsx eller .csv)",
    "import.page.kind": "Hva inneholder filen?",
    "import.page.year": "År (hvis filen ikke sier det)",
    "import.page.sheet": "Ark (hvis flere ark har data)",
    "import.page.preview": "Dette ble funnet",
    "import.page.kind_label": "Type",
    "import.page.years": "År",
    "import.page.periods": "Perioder",
    "import.page.units": "Ansvar",
    "import.page.rows": "Linjer",
    "import.page.sum_rows": "Sumrader hoppet over",
    "import.page.control_totals": "Kontrollsummer (sjekk mot regnearket)",
    "import.page.columns": "Kolonner",
    "import.page.column": "Kolonne i filen",
    "import.page.field": "Tolket som",
    "import.page.unrecognised": "(ikke gjenkjent)",
    "import.page.confirm": "Lagre",
    "import.page.mapping": "Koble ukjente kolonner for hånd",
    "import.page.mapping_help": (
        "Velg hva hver kolonne inneholder. Koblingen huskes for filer med samme kolonner."
    ),
    "import.page.mapping_none": "(ikke bruk)",
    "import.page.mapping_save": "Lagre koblingen og prøv igjen",
    "import.page.template_help": (
        "Last ned malen for enheten din, fyll inn prognose for året og en kommentar per linje, "
        "og last den opp igjen under «Last opp fil». Tom prognose betyr at linjen forventes å "
        "treffe budsjettet."
    ),
    "import.page.template_unit": "Enhet",
    "import.page.template_download": "Last ned prognosemal",
    "import.page.template_none": "Du har ingen enheter du kan føre prognose for.",
    "import.page.history_empty": "Ingen opplastinger ennå.",
    "import.page.undo_choice": "Opplasting som skal angres",
    "import.page.undo": "Angre opplastingen",
    "import.page.read_only": "Du har bare lesetilgang og kan ikke laste opp filer.",
    # --- programme (sick leave, Kommunekompasset, risks, milestones) --------------------------
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
        "{where}: ukjent type «{value}»; bruk oppstart, møte, status eller avslutning."
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
    "programme.kind_sickleave": "sykefravær",
    "programme.kind_kompass": "Kommunekompasset",
    "programme.kind_risks": "risikoer",
    "programme.kind_milestones": "milepæler",
    "programme.field_unit": "enhet eller ansvar",
    "programme.field_agreed_days": "avtalte dagsverk",
    "programme.field_period": "måned eller kvartal",
    "programme.field_date": "dato eller år for evalueringen",
    "programme.field_year": "år",
    "programme.field_risk": "risiko",
    "programme.field_probability": "sannsynlighet",
    "programme.field_consequence": "konsekvens",
    "programme.field_working_group": "arbeidsgruppe",
    "programme.field_week": "uke",
    "programme.field_kind": "type (oppstart, møte, status, avslutning)",
    "programme.import_unknown_kind": "Ukjent importtype «{kind}». Bruk en av: {kinds}.",
    "programme.import_no_header": (
        "{where}: fant ingen overskriftsrad med kjente kolonnenavn for {kind}."
    ),
    "programme.import_missing_columns": "{where}: overskriftsraden mangler kolonne for {missing}.",
    "programme.import_empty": "{where}: fant ingen datarader under overskriftsraden.",
    "programme.not_a_number": "{where}: ventet et tall, fant «{value}».",
    "programme.negative": "{where}: tallet kan ikke være negativt, fant «{value}».",
    "programme.period_invalid": (
        "{where}: ventet en måned (1–12, «januar», «2026-01») eller et kvartal (1–4, «K1»), "
        "fant «{value}»."
    ),
    "programme.year_missing": (
        "{where}: året mangler; legg til en kolonne «År» eller skriv året i perioden."
    ),
    "programme.duplicate_row": "{where}: samme enhet og periode står også i rad {other}.",
    "programme.agreed_missing": (
        "{where}: avtalte dagsverk mangler. De trengs for å vekte fraværet, også når filen har "
        "prosent."
    ),
    "programme.percent_over_100": "{where}: en prosent over 100 er ikke mulig, fant «{value}».",
    "programme.split_mismatch": (
        "{where}: «{first}» og «{second}» er til sammen {parts} dagsverk, men totalt fravær "
        "er {lost}."
    ),
    "programme.lost_missing": (
        "{where}: fraværet mangler; oppgi tapte dagsverk, prosent, eller egenmeldt og legemeldt."
    ),
    "programme.lost_over_agreed": (
        "{where}: tapte dagsverk ({lost}) er flere enn avtalte dagsverk ({agreed})."
    ),
    "programme.unit_unknown": "{where}: fant ingen enhet eller ansvar som heter «{value}».",
    "programme.imported_sickleave": (
        "Importerte {rows} rader sykefravær for {units} enheter, {first}–{last}."
    ),
    "programme.imported_kompass": "Importerte {count} evalueringer av Kommunekompasset: {dates}.",
    "programme.kompass_numbers": ("{where}: områdene må ha numrene 1 til 8, hvert nummer én gang."),
    "programme.date_invalid": "{where}: ventet en dato (15.03.2019) eller et år, fant «{value}».",
    "programme.imported_risks": "Importerte risikoregisteret: {count} risikoer.",
    "programme.imported_milestones": (
        "Importerte milepælsplanen: {count} milepæler for {groups} arbeidsgrupper."
    ),
    "programme.cli.sickleave_help": "Sykefravær per måned og år, for kommunen, sektorer eller enheter",
    "programme.cli.kompass_help": "Kommunekompasset: evalueringer, områder, sum og mål",
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
    "goals.economy_title": "Drift i balanse",
    "goals.economy_target": "Mål: prognosert avvik ved årets slutt ≥ 0 kr",
    "goals.economy_detail": "Prognosert avvik ved årsslutt. Avvik hittil: {gap} ({period}).",
    "goals.sick_leave_title": "Sykefravær, siste 12 måneder",
    "goals.sick_leave_target": "Mål: {target}",
    "goals.sick_leave_detail": "Tapte av avtalte dagsverk, 12 måneder til og med {until}.",
    "goals.kompass_title": "Kommunekompasset",
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
    "milestone.start": "Oppstart",
    "milestone.meeting": "Møte",
    "milestone.status": "Status",
    "milestone.finish": "Avslutning",
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
    # --- access (sign-in, users, roles, audit) ------------------------------------------------
    "access.denied": "Du har ikke tilgang til dette utvalget.",
    "access.link_refused": "Lenken viser til noe du ikke har tilgang til. Du ser ditt eget utvalg.",
    "access.read_only": "Du har bare lesetilgang.",
    "access.write_denied": "Du kan ikke endre data for {count} av ansvarene i filen; de er ikke dine.",
    "access.admin_only": "Bare administratorer kan gjøre dette.",
    "access.no_units": (
        "Brukeren din har ingen enheter som finnes i organisasjonen. Be en administrator om hjelp."
    ),
    "admin.add_user": "Legg til bruker",
    "admin.audit_log": "Revisjonslogg",
    "admin.audit_setting": "{name}: {old} → {new}",
    "admin.bad_number": "Innstillingen {name} må være et tall, ikke «{value}». Ingenting er lagret.",
    "admin.setting_help": "Standard: {value} (innstillingen heter {name}).",
    "admin.password_set": "Nytt passord er satt for {name}.",
    "admin.remove_user": "Fjern bruker",
    "admin.removed": "Fjernet {name}.",
    "admin.reset_password": "Sett nytt passord",
    "admin.save_settings": "Lagre innstillinger",
    "admin.saved": "Innstillingene er lagret.",
    "admin.settings": "Innstillinger",
    "admin.unknown_setting": "Det finnes ingen innstilling som heter {name}.",
    "admin.user_added": "La til {name}.",
    "admin.users": "Brukere",
    "audit.action.export": "Eksport",
    "audit.action.settings_change": "Innstilling endret",
    "audit.action.sign_in": "Innlogging",
    "audit.action.sign_in_failed": "Mislykket innlogging",
    "audit.action.sign_in_locked": "Innlogging mens kontoen er låst",
    "audit.action.sign_out": "Utlogging",
    "audit.action.undo": "Angret opplasting",
    "audit.action.upload": "Opplasting",
    "audit.action.user_change": "Brukerendring",
    "audit.col.action": "Hva",
    "audit.col.actor": "Hvem",
    "audit.col.detail": "Detaljer",
    "audit.col.happened_at": "Tid",
    "auth.account_gone": "Brukeren din finnes ikke lenger. Logg inn på nytt.",
    "auth.demo_accounts": (
        "Dette er demokontoer for den oppdiktede demokommunen. Passordene er offentlige og "
        "skal aldri brukes med ekte data."
    ),
    "auth.demo_passwords_left": (
        "Appen starter ikke: databasen har ekte data, men disse brukerne har fortsatt et "
        "offentlig demopassord: {names}. Gi dem nye passord med «python -m analytics users "
        "set-password NAVN», eller fjern dem med «python -m analytics users remove NAVN»."
    ),
    "auth.expired": "Innloggingen er utløpt. Logg inn på nytt.",
    "auth.name": "Brukernavn",
    "auth.or_local": "Eller logg inn med brukernavn og passord:",
    "auth.password": "Passord",
    "auth.role": "Rolle",
    "auth.sign_in": "Logg inn",
    "auth.sign_out": "Logg ut",
    "auth.signed_in_as": "Innlogget som {name} ({role})",
    "auth.signed_out": "Du er logget ut.",
    "auth.sso_sign_in": "Logg inn med kommunens pålogging",
    "auth.title": "Logg inn",
    "auth.unknown_email": (
        "Du er logget inn som {email}, men den e-postadressen har ingen bruker i dashbordet. "
        "Be en administrator om tilgang."
    ),
    "role.administrator": "Administrator",
    "role.director": "Kommunedirektør",
    "role.leader": "Leder",
    "role.budget_holder": "Budsjettansvarlig",
    "role.viewer": "Leser",
    "users.audit_added": "La til {name} ({role}, enheter: {units})",
    "users.audit_password": "Nytt passord for {name}",
    "users.audit_removed": "Fjernet {name}",
    "users.bad_email": "«{email}» er ikke en gyldig e-postadresse.",
    "users.bad_name": (
        "Brukernavnet «{name}» kan ikke brukes. Bruk 2–64 bokstaver, sifre, punktum, @, _ eller -."
    ),
    "users.bad_role": "Ukjent rolle «{role}». Gyldige roller: {roles}.",
    "users.cannot_remove_self": "Du kan ikke fjerne din egen bruker.",
    "users.cli.add_help": "Legg til en bruker (passordet leses fra standard inn)",
    "users.cli.added": "La til {name} ({role}).",
    "users.cli.audit_help": "Vis revisjonsloggen (nyeste først)",
    "users.cli.help": "Brukere og roller",
    "users.cli.list_help": "Vis alle brukere",
    "users.cli.no_password_help": "Bare innlogging med kommunens pålogging (krever --email)",
    "users.cli.password_again": "Gjenta passordet: ",
    "users.cli.password_mismatch": "Passordene var ikke like. Ingenting er endret.",
    "users.cli.password_prompt": "Nytt passord: ",
    "users.cli.password_set": "Nytt passord er satt for {name}.",
    "users.cli.remove_help": "Fjern en bruker",
    "users.cli.removed": "Fjernet {name}.",
    "users.cli.role_help": "administrator, director, leader, budget_holder eller viewer",
    "users.cli.set_password_help": "Sett nytt passord (leses fra standard inn)",
    "users.cli.units_help": "Kommaseparerte sektor-, enhets- eller ansvarskoder",
    "users.col.created_at": "Opprettet",
    "users.col.demo_password": "demopassord",
    "users.col.has_password": "Passord",
    "users.col.email": "E-post",
    "users.col.has_password.False": "nei",
    "users.col.has_password.True": "ja",
    "users.col.is_demo": "Demo",
    "users.col.name": "Brukernavn",
    "users.col.role": "Rolle",
    "users.col.units": "Enheter",
    "users.demo_unit_missing": "Demo-organisasjonen mangler en enhet for demobrukeren {name}.",
    "users.email_taken": "E-postadressen {email} tilhører allerede en annen bruker.",
    "users.exists": "Brukeren {name} finnes allerede.",
    "users.locked": (
        "For mange mislykkede innlogginger. Vent {minutes} minutter og prøv igjen, eller be en "
        "administrator om hjelp."
    ),
    "users.needs_password_or_email": (
        "En bruker trenger passord, eller e-post for innlogging med kommunens pålogging."
    ),
    "users.not_found": "Fant ingen bruker med navnet «{name}».",
    "users.password_too_short": "Passordet må ha minst {length} tegn.",
    "users.sign_in_failed": "Feil brukernavn eller passord.",
    "users.units_not_for_role": "Rollen {role} ser hele kommunen og skal ikke ha enheter.",
    "users.units_required": "Rollen {role} trenger minst én enhet (sektor-, enhets- eller ansvarskode).",
    "users.unknown_actor": "ukjent",
    "users.unknown_units": "Disse kodene finnes ikke i organisasjonen: {codes}.",
    # --- report (snapshot PDF, Rapport page) --------------------------------------------------
    "report.cli_bad_month": "Måneden må være 1–12, ikke {month}.",
    "report.cli_col_id": "Nr.",
    "report.cli_col_made": "Laget",
    "report.cli_col_period": "Periode",
    "report.cli_col_scope": "Utvalg",
    "report.cli_col_size": "Størrelse (byte)",
    "report.cli_no_data": "Ingen budsjett eller regnskap for {year}; velg et annet år.",
    "report.cli_reports_help": "Arkivet av statusrapporter som er laget",
    "report.cli_snapshot_help": "Lag statusrapport (PDF) for en måned, for kommunen eller en enhet",
    "report.cli_written": (
        "Skrev {path} (rapport nr. {id})\nPDF SHA-256: {sha256}\nDatagrunnlagets fingeravtrykk: "
        "{fingerprint}"
    ),
    "report.col_comment": "Kommentar",
    "report.col_dataset": "Datasett",
    "report.col_file": "Fil",
    "report.col_kind": "Type",
    "report.col_own_forecast": "Egen prognose",
    "report.col_rows": "Rader",
    "report.col_fingerprint": "Datagrunnlagets fingeravtrykk",
    "report.col_made_by": "Laget av",
    "report.col_pdf_sha256": "PDF SHA-256",
    "report.col_sha256": "SHA-256",
    "report.col_upload_id": "Nr.",
    "report.col_uploaded": "Lastet opp",
    "report.col_written_by": "Skrevet av",
    "report.contents": "Innhold",
    "report.cover_made": "Laget {when} av {who}",
    "report.cover_period": "Periode: {period}",
    "report.cover_scope": "Utvalg: {scope}",
    "report.denied_viewer": "Du har bare lesetilgang og kan ikke lage rapporter.",
    "report.economy": "Økonomi",
    "report.economy_ansvar": "Ansvar",
    "report.economy_chart": "Regnskap mot budsjett gjennom året",
    "report.economy_largest": "Største avvik hittil i år",
    "report.economy_lead": (
        "{scope}: regnskap og budsjett til og med {period}, og prognose for året. Avvik = "
        "budsjett − regnskap; et negativt tall betyr merforbruk."
    ),
    "report.economy_note": (
        "Prognosen er budsjettansvarliges egen der den er gitt, ellers sesongprofil fra "
        "tidligere år, ellers lineær framskriving. Status: prognosert merforbruk som andel av "
        "brutto årsbudsjett."
    ),
    "report.economy_sectors_units": "Sektorer og enheter",
    "report.economy_units": "Enheter",
    "report.fingerprint": "Datagrunnlagets fingeravtrykk (SHA-256): {value}",
    "report.fingerprint_explained": (
        "Fingeravtrykket er en SHA-256 over alle rader rapporten bygger på (budsjett, regnskap, "
        "prognoser, kommentarer, tiltak, sykefravær, Kommunekompasset, innstillinger og "
        "opplastinger), sortert og skrevet som tekst. Samme data og innstillinger gir samme "
        "fingeravtrykk og samme innhold."
    ),
    "report.fingerprint_heading": "Fingeravtrykk",
    "report.glance": "Måneden i tall",
    "report.glance_open_measures": "Åpne tiltak",
    "report.glance_overdue_measures": "Tiltak over fristen",
    "report.glance_status": "Status «{status}»",
    "report.goal_economy": "Drift i balanse med budsjettet",
    "report.goal_economy_note": (
        "Avvik hittil i år {gap}. Prognose for året {forecast} mot årsbudsjett {budget}."
    ),
    "report.goal_economy_target": "Mål: prognosert årsresultat innenfor budsjettrammen.",
    "report.goal_kompass": "Kommunekompasset",
    "report.goal_kompass_note": (
        "Siste evaluering {date}. Gjennomsnittlig norsk kommune: om lag {average} poeng."
    ),
    "report.goal_kompass_target": "Mål: {targets}.",
    "report.goal_kompass_target_item": "{points} poeng innen {year}",
    "report.goal_sick": "Sykefravær ned mot landsgjennomsnittet",
    "report.goal_sick_none": "For få tall til å vise et tolvmånedersfravær.",
    "report.goal_sick_note": "Siste tolv måneder til og med måneden som begynner {until}.",
    "report.goal_sick_target": "Mål: {target} eller lavere.",
    "report.kompass": "Kommunekompasset",
    "report.kompass_all_reached": "Siste evaluering ga {total} poeng: alle mål er nådd.",
    "report.kompass_area": "Område",
    "report.kompass_area_no": "Nr.",
    "report.kompass_areas": "Områdene i evalueringen {date}, svakeste først",
    "report.kompass_change": "Endring",
    "report.kompass_chart": "Utvikling mot målene",
    "report.kompass_date": "Evaluert",
    "report.kompass_evaluations": "Evalueringer",
    "report.kompass_lead": (
        "Kommunekompasset vurderer kommunens praksis på åtte områder à 0–100 poeng (0–800 i "
        "alt). Gjennomsnittlig norsk kommune får om lag {average} poeng."
    ),
    "report.kompass_none": "Ingen evaluering fra Kommunekompasset ennå.",
    "report.kompass_progress": (
        "Siste evaluering ga {total} poeng. Neste mål er {target} poeng innen {year}: "
        "{needed} poeng gjenstår."
    ),
    "report.kompass_score": "Poeng",
    "report.kompass_total": "Poeng i alt",
    "report.kompass_version": "Versjon",
    "report.kompass_version_2020": "Revidert (2020)",
    "report.kompass_version_classic": "Klassisk",
    "report.not_found": "Fant ingen rapport nr. {id} som du har tilgang til.",
    "report.page_archive": "Arkiv",
    "report.page_archive_download": "Last ned rapport nr. {id}",
    "report.page_archive_empty": "Ingen rapporter i arkivet ennå.",
    "report.page_archive_pick": "Rapport",
    "report.page_download": "Last ned PDF",
    "report.page_intro": (
        "Lag en statusrapport som PDF for en måned: økonomi, økonomiverkstedet, sykefravær og "
        "Kommunekompasset, med kilder og datagrunnlagets fingeravtrykk. Hver rapport arkiveres."
    ),
    "report.page_made": "Rapport nr. {id} er laget og arkivert. Fingeravtrykk: {fingerprint}",
    "report.page_make": "Lag rapport",
    "report.page_no_scopes": "Du har ingen enheter å lage rapport for.",
    "report.page_scope": "Utvalg",
    "report.page_of": "Side {page} av {pages}",
    "report.points": "{points} poeng",
    "report.progress_archiving": "Arkiverer rapporten …",
    "report.progress_done": "Ferdig.",
    "report.progress_economy": "Regner ut avvik og prognoser …",
    "report.progress_fingerprint": "Tar fingeravtrykk av datagrunnlaget …",
    "report.progress_printing": "Tegner figurer og skriver PDF …",
    "report.progress_programme": "Henter sykefravær og Kommunekompasset …",
    "report.progress_workshop": "Henter kommentarer og tiltak …",
    "report.sick": "Sykefravær",
    "report.sick_chart": "Utvikling",
    "report.sick_lead": (
        "Sykefravær = tapte dagsverk ÷ avtalte dagsverk, summert for hver gruppe (aldri et "
        "snitt av prosenter), til og med {period}."
    ),
    "report.sick_month": "{period}",
    "report.sick_none": "Ingen sykefraværstall for året.",
    "report.sick_parts_ansvar": "Ansvar",
    "report.sick_parts_enhet": "Enheter",
    "report.sick_parts_sektor": "Sektorer",
    "report.sick_privacy": (
        "Personvern: tall for grupper med færre enn {people} ansatte vises ikke («skjult»), "
        "og heller ikke tall som ville avsløre dem ved subtraksjon. Dagene teller likevel med "
        "i summene."
    ),
    "report.sick_rolling": "Siste 12 måneder",
    "report.sick_target": "Mål",
    "report.sick_year": "Hittil i {year}",
    "report.sources": "Kilder",
    "report.sources_lead": "Opplastingene tallene i rapporten bygger på:",
    "report.sources_none": "Ingen opplastinger ligger bak dette utvalget.",
    "report.subtitle": "Økonomi, sykefravær og Kommunekompasset",
    "report.summary": "Sammendrag",
    "report.suppressed": "skjult",
    "report.title": "Statusrapport",
    "report.workshop": "Økonomiverkstedet",
    "report.workshop_comments": "Budsjettansvarliges kommentarer",
    "report.workshop_lead": "Kommentarer og tiltak fra økonomiverkstedet for {period}.",
    "report.workshop_measures": "Tiltak",
    "report.workshop_no_comments": "Ingen kommentarer denne måneden.",
    "report.workshop_no_measures": "Ingen tiltak denne måneden.",
    # --- demo ---------------------------------------------------------------------------------
    "demo.created": "Demokommunen er laget i {path}: {summary}",
    "demo.economy_summary": (
        "{ansvar} ansvar, {budget_lines} budsjettlinjer, {accounts_lines} regnskapslinjer"
    ),
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
