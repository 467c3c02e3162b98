"""Texts of the snapshot report and the Rapport page. Bokmål."""

NB: dict[str, str] = {
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
    "report.preview_failed": "Forhåndsvisningen kunne ikke tegnes ({detail}). Last ned PDF-en og åpne den.",
}
