"""Texts of the imports: reading files, the Last opp page, templates. Bokmål."""

NB: dict[str, str] = {
    "import.kind.balance": "balanse",
    "import.kind.loans": "låneportefølje",
    "import.kind.coverage": "inndekningsplan (ROBEK)",
    "import.coverage_balance": "Balanse med {rows} poster",
    "import.coverage_loans": "Låneportefølje med {rows} lån",
    "import.coverage_coverage": "Inndekningsplan med {rows} år",
    "import.finance.bad_year": "{where}: «{value}» er ikke et årstall.",
    "import.finance.missing": "{where}: cellen er tom, men må fylles ut.",
    "import.finance.bad_date": "{where}: «{value}» er ikke en dato (skriv f.eks. 31.12.2030).",
    "import.finance.bad_item": "{where}: «{value}» er ikke en kjent balansepost. Kjente poster: {items}.",
    "import.finance.bad_rate": "{where}: renten {value} % er urimelig høy (over 30 %).",
    "import.finance.doubles": "{where}: disse står mer enn én gang i filen: {keys}.",
    "import.finance.col.year": "År",
    "import.finance.col.item": "Post",
    "import.finance.col.amount": "Beløp",
    "import.finance.col.balance": "Restgjeld",
    "import.finance.col.loan": "Lån",
    "import.finance.col.lender": "Långiver",
    "import.finance.col.rate_pct": "Rente",
    "import.finance.col.fixed_until": "Fastrente til",
    "import.finance.col.maturity": "Forfall",
    "import.field.balance_item": "balansepost",
    "import.field.balance_amount": "beløp",
    "import.field.loan": "lån",
    "import.field.lender": "långiver",
    "import.field.loan_balance": "restgjeld",
    "import.field.rate": "rente",
    "import.field.fixed_until": "fastrente til",
    "import.field.maturity": "forfall",
    "import.where_file": "Filen «{file}»",
    "import.where_sheet": "Filen «{file}», arket «{sheet}»",
    "import.where_row": "Filen «{file}», arket «{sheet}», rad {row}",
    "import.where_cell": "Filen «{file}», arket «{sheet}», rad {row}, kolonne {column} («{header}»)",
    "import.where_column": "Filen «{file}», arket «{sheet}», rad {row}, kolonne {column}",
    "import.cell_too_long": (
        "{where}: cellen har {length} tegn, men en celle kan ha høyst {limit} (grensen i Excel). "
        "Kontroller at filen er riktig eksportert, og at ingen celle har fått hele filen i seg."
    ),
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
    "import.field.quarter": "kvartal",
    "import.field.agreed_days": "avtalte dagsverk",
    "import.field.lost_days": "tapte dagsverk",
    "import.field.self_cert_days": "egenmeldt",
    "import.field.doctor_cert_days": "legemeldt",
    "import.field.short_days": "korttid (dag 1–16)",
    "import.field.long_days": "langtid (fra dag 17)",
    "import.field.headcount": "antall ansatte",
    "import.field.date": "dato",
    "import.field.area": "område",
    "import.field.area_no": "områdenummer",
    "import.field.score": "poeng",
    "import.field.total": "sum",
    "import.field.version": "versjon",
    "import.field.note": "merknad",
    "import.field.number": "nummer",
    "import.field.risk": "risiko",
    "import.field.probability": "sannsynlighet",
    "import.field.consequence": "konsekvens",
    "import.field.factor": "risikofaktor",
    "import.field.mitigation": "tiltak",
    "import.field.owner": "ansvarlig",
    "import.field.working_group": "arbeidsgruppe",
    "import.field.week": "uke",
    "import.field.kind": "type",
    "import.field.description": "beskrivelse",
    "import.rows.not_a_number": "{where}: ventet et tall, fant «{value}».",
    "import.rows.negative": "{where}: tallet kan ikke være negativt, fant «{value}».",
    "import.rows.missing_columns": "{where}: overskriftsraden mangler kolonne for {missing}.",
    "import.rows.need.agreed_days": "avtalte dagsverk",
    "import.rows.need.unit_or_ansvar": "enhet eller ansvar",
    "import.rows.need.month_or_quarter": "måned eller kvartal",
    "import.rows.need.date": "dato eller år for evalueringen",
    "import.rows.need.year": "år (eller året i tittelen over tabellen)",
    "import.rows.need.working_group": "arbeidsgruppe",
    "import.rows.need.week": "uke (eller én kolonne per uke)",
    "import.rows.need.kind": "type (S, O, A, P, F eller et ord som oppstart)",
    "import.rows.need.risk": "risiko",
    "import.rows.need.probability": "sannsynlighet",
    "import.rows.need.consequence": "konsekvens",
    "import.rows.no_header": "{where}: fant ingen overskriftsrad med kjente kolonnenavn for {kind}.",
    "import.rows.empty": "{where}: fant ingen datarader under overskriftsraden.",
    "import.rows.duplicate_row": "{where}: samme enhet og periode står også i rad {other}.",
    "import.rows.period_invalid": (
        "{where}: ventet en måned (1–12, «januar», «2026-01») eller et kvartal (1–4, «K1»), "
        "fant «{value}»."
    ),
    "import.rows.year_missing": (
        "{where}: året mangler; legg til en kolonne «År» eller skriv året i perioden."
    ),
    "import.rows.agreed_missing": (
        "{where}: avtalte dagsverk mangler. De trengs for å vekte fraværet, også når filen har "
        "prosent."
    ),
    "import.rows.percent_over_100": "{where}: en prosent over 100 er ikke mulig, fant «{value}».",
    "import.rows.split_mismatch": (
        "{where}: «{first}» og «{second}» er til sammen {parts} dagsverk, men totalt fravær "
        "er {lost}."
    ),
    "import.rows.lost_missing": (
        "{where}: fraværet mangler; oppgi tapte dagsverk, prosent, eller egenmeldt og legemeldt."
    ),
    "import.rows.lost_over_agreed": (
        "{where}: tapte dagsverk ({lost}) er flere enn avtalte dagsverk ({agreed})."
    ),
    "import.rows.unit_unknown": "{where}: fant ingen enhet eller ansvar som heter «{value}».",
    "import.rows.kompass_numbers": (
        "{where}: områdene må ha numrene 1 til 8, hvert nummer én gang."
    ),
    "import.rows.date_invalid": (
        "{where}: ventet en dato (15.03.2019) eller et år, fant «{value}»."
    ),
    "import.preview.col_kind": "Type",
    "import.preview.col_year": "År",
    "import.preview.col_lines": "Linjer",
    "import.preview.col_amount": "Sum",
    "import.preview.col_upload": "Opplasting",
    "import.preview.col_file": "Fil",
    "import.preview.col_unit": "Enhet/ansvar",
    "import.preview.col_from": "Fra",
    "import.preview.col_to": "Til",
    "import.preview.col_date": "Dato",
    "import.preview.col_total": "Sum poeng",
    "import.preview.no_upload": "(uten opplasting)",
    "import.preview.sectors": "Sektorer",
    "import.preview.units": "Enheter",
    "import.preview.changed": "Endres eller fjernes",
    "import.preview.months": "Måneder",
    "import.preview.rows": "Rader",
    "import.preview.evaluations": "Evalueringer",
    "import.preview.replaced_count": "Erstatter",
    "import.preview.risks": "Risikoer",
    "import.preview.milestones": "Milepæler",
    "import.preview.groups": "Arbeidsgrupper",
    "import.preview.org_ansvar": "Ansvar",
    "import.preview.org_ansvar_name": "Ansvar (navn)",
    "import.preview.org_unit_code": "Enhet",
    "import.preview.org_unit_name": "Enhet (navn)",
    "import.preview.org_sector_code": "Sektor",
    "import.preview.org_sector_name": "Sektor (navn)",
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
    "import.stored": "Filen «{file}» er importert som opplasting {id}: {what}.",
    "import.replaced": "Den erstatter det tilsvarende fra opplasting {ids}.",
    "import.already_undone": "Opplasting {id} er allerede angret.",
    "import.no_such_upload": "Fant ingen opplasting med nummer {id}.",
    "import.forecast_undo": (
        "Opplasting {id} er en prognosemal og kan ikke angres. Last opp malen på nytt med "
        "riktige tall."
    ),
    "import.undone": "Opplasting {id} («{file}») er angret.",
    "import.undone_back": "Det den erstattet, gjelder igjen.",
    "import.undone_partly_back": (
        "Det den erstattet, gjelder igjen, unntatt det opplasting {later} senere har erstattet."
    ),
    "import.undone_none_back": (
        "Det den erstattet, kommer ikke tilbake, fordi opplasting {later} senere har erstattet det."
    ),
    "import.undone_all_replaced": (
        "Alt den brakte, var allerede erstattet av opplasting {later}, så ingen tall er endret."
    ),
    "import.undone_nothing_replaced": "Den erstattet ingenting; tallene fra den er fjernet.",
    "import.undo_later": (
        "Opplasting {id} kan ikke angres nå: opplasting {later} har senere erstattet alt den "
        "brakte. Angre opplasting {later} først."
    ),
    "import.whole_municipality_only": (
        "Opplastingen sier ikke hvilke enheter den gjelder, så bare kommunedirektøren og "
        "administratorer kan endre den."
    ),
    "import.ambiguous_kind": (
        "{where}: filen kan være både {kinds}. Velg hva den inneholder (--kind eller "
        "nedtrekkslisten på siden)."
    ),
    "import.edited_in_app": "(redigert i appen)",
    "import.kind.ledger": "regnskap eller budsjett",
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
    "import.coverage_sickleave": "Sykefravær {first}–{last} for {units} enheter",
    "import.coverage_sickleave_years": "Sykefravær {years}",
    "import.coverage_kompass": "Kommunekompasset, {count} evalueringer: {dates}",
    "import.coverage_risks": "Risikoregister med {rows} risikoer",
    "import.coverage_milestones": "Milepælsplan med {rows} milepæler for {groups} arbeidsgrupper",
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
        "Last opp regnskap, budsjett, organisasjon, en utfylt prognosemal, sykefravær, "
        "Kommunekompasset, risikoregister eller milepælsplan (.xlsx eller .csv). Du ser hva "
        "som er funnet og hva det erstatter før noe lagres, og hver opplasting kan angres."
    ),
    "import.page.file_sheet": "Filen «{file}», arket «{sheet}»",
    "import.page.stored": "Dette lagres",
    "import.page.replaced": "Dette erstattes",
    "import.page.replaces_nothing": "Erstatter ingenting som er lagret.",
    "import.page.already": (
        "Denne filen er allerede importert (opplasting {id}), og alt fra den gjelder fortsatt. "
        "Å lagre den igjen ville ikke endre noe."
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
    "import.page.read_only": (
        "Du har bare lesetilgang: du ser opplastingene for enhetene dine, men kan ikke laste "
        "opp filer eller angre opplastinger."
    ),
    "import.unit_key_fields": "ansvar (eller avdeling/enhet, tjeneste- eller virksomhetsområde, prosjekt eller funksjon)",
    "import.map_unknown_column": "{where}: filen har ingen kolonne {columns} (fra --map). Kolonnene heter: {headers}.",
    "import.map_bad_field": "Ukjent felt {fields} i --map. Velg et av: {allowed}.",
    "import.cli.ledger_help": "Drift (operating) eller investering (investment), når filen ikke sier det",
    "import.cli.map_help": "Hva en kolonne inneholder, som KOLONNE=FELT (kan gjentas); huskes for filer med samme kolonner. Felt: {fields}",
    "import.cli.map_format": '«{value}» er ikke KOLONNE=FELT (for eksempel --map "Avd=unit").',
    "import.note_new_projects": "{count} prosjekter får en oppføring i prosjektregisteret, uten kostnadsramme til den er gitt: {projects}.",
    "import.note_plan": "Økonomiplan: {adopted} lagres som vedtatt budsjett, {plan} som planår i økonomiplanen, ikke som vedtatte budsjetter for de årene.",
    "import.page.key": "Nøkkel",
    "import.page.ledger": "Drift/investering",
    "import.preview.col_ledger": "Drift/investering",
    "import.key.ansvar": "ansvar",
    "import.key.unit": "avdeling/enhet",
    "import.key.sector": "tjeneste-/virksomhetsområde",
    "import.key.prosjekt": "prosjekt",
    "import.key.tjeneste": "funksjon",
    "import.ledger_note.option": "{ledger}: {lines} linjer, slik du valgte.",
    "import.ledger_note.column": "{ledger}: {lines} linjer, fordi kolonnen «{words}» sier det.",
    "import.ledger_note.file": "{ledger}: {lines} linjer, fordi filen sier «{words}».",
    "import.ledger_note.art_rule": "{ledger}: {lines} linjer, etter artsregelen ({rule}).",
    "import.ledger_note.default": "{ledger}: {lines} linjer; verken filen eller artene sier investering (velg --ledger investment hvis det er investering).",
    "import.skipped.sum_rows": "{count} sumrader er hoppet over ({amounts}): rad {rows}.",
    "import.skipped.without_unit": "{count} linjer uten ansvar (eller annen enhetsnøkkel) er hoppet over ({amounts}): rad {rows}.",
    "import.budget_kind.plan": "økonomiplan",
    "import.field.budget_plan": "økonomiplan (planår)",
    "import.page.ledger_auto": "det filen sier",
    "import.page.ledger_choice": "Drift eller investering",
    "import.page.ledger_help": "Velg bare når filen ikke selv sier om den er drift eller investering (tittel, filnavn, ark, kolonner eller art).",
    "import.page.mapping_keep": "(som nå: {field})",
    "import.budget_change.coverage": "Budsjettendring {year}, {tertial}. tertial ({count} ansvar)",
    "import.budget_change.not_a_file": "En budsjettendring lages ved å vedta forslaget i tertialrapporten, ikke fra en fil.",
    "import.kind.budget_change": "budsjettendring",
    "import.binary_data": "binærdata",
}
