"""Texts of the tertial report to the council (kommuneloven § 14-5). Bokmål."""

NB: dict[str, str] = {
    "tertial.section.handlingsrom": "Økonomisk handlingsrom og finansforvaltning",
    "tertial.section.mal": "Mål og indikatorer",
    "tertial.finance.summary_forecast": (
        "Netto driftsresultat for {year} ventes å bli {amount}, {pct} av driftsinntektene "
        "(handlingsregelen er minst {target})."
    ),
    "tertial.finance.summary_accounts": (
        "Netto driftsresultat for {year} ble {amount}, {pct} av driftsinntektene "
        "(handlingsregelen er minst {target})."
    ),
    "tertial.finance.summary_plan": (
        "Netto driftsresultat for {year} er planlagt til {amount}, {pct} av driftsinntektene "
        "(handlingsregelen er minst {target})."
    ),
    "tertial.finance.summary_rules": "{met} av {count} handlingsregler er oppfylt.",
    "tertial.finance.summary_missed": "Ikke oppfylt: {rules}.",
    "tertial.goals_summary": (
        "{count} mål følges: {green} grønne, {yellow} gule, {red} røde og {none} uten måling ennå."
    ),
    "tertial.goals_worst": "Mest kritisk: {goal} ({reason})",
    "tertial.finance.lead": (
        "Nøkkeltallene og handlingsreglene per år, ROBEK og inndekningsplanen, og finans- og "
        "gjeldsforvaltningen ved utgangen av {tertial}. tertial."
    ),
    "audit.action.tertial_freeze": "Tertialrapport frosset",
    "audit.action.tertial_proposal": "Budsjettforslag endret",
    "audit.action.tertial_text": "Tertialtekst endret",
    "tertial.allocation_caption": "Administrasjonens fordeling på ansvar og art",
    "tertial.bad_tertial": "Tertialet må være 1 (januar–april) eller 2 (januar–august), ikke {tertial}.",
    "tertial.balanced": "Forslaget er i balanse.",
    "tertial.col_appropriation": "Bevilgning",
    "tertial.col_art": "Art",
    "tertial.col_change": "Endring",
    "tertial.col_explanation": "Forklaring",
    "tertial.col_month": "Måned",
    "tertial.col_reason": "Begrunnelse",
    "tertial.col_total": "Sum endringer",
    "tertial.decision_caption": "Forslag til vedtak: endringer i bevilgningene (kr)",
    "tertial.denied": (
        "Tertialrapporten lages av kommunedirektøren og administratorer for hele kommunen, og av "
        "ledere for egne sektorer."
    ),
    "tertial.explanations_caption": "Budsjettansvarliges siste forklaring i tertialet",
    "tertial.measures_caption": "Tiltak ved tertialets slutt",
    "tertial.no_explanations": "Ingen forklaringer fra budsjettansvarlige i tertialet.",
    "tertial.no_measures": "Ingen tiltak ved tertialets slutt.",
    "tertial.no_proposals": "Administrasjonen foreslår ingen budsjettendringer dette tertialet.",
    "tertial.operating_summary": (
        "{over} av {units} enheter venter merforbruk ved årets slutt, til sammen {amount}; {red} "
        "har rød status."
    ),
    "tertial.period": "{tertial}. tertial {year}",
    "tertial.proposal_allocation_sum": (
        "Rad {row}: fordelingen på ansvar og art er {allocated}, men endringen er {amount}."
    ),
    "tertial.proposal_bad_kind": "Rad {row}: typen må være endring eller finansiering, ikke «{kind}».",
    "tertial.proposal_no_reason": "Rad {row}: begrunnelsen mangler.",
    "tertial.proposal_outside": "Rad {row}: ansvar utenfor bevilgningen: {codes}.",
    "tertial.proposal_summary": (
        "Administrasjonen foreslår endringer i {changes} bevilgninger, netto {increase}, "
        "finansiert med {financing}. {balance}"
    ),
    "tertial.proposal_unbalanced": (
        "Forslaget er ikke i balanse: endringene og finansieringen summerer seg til {total}. "
        "Ingenting er lagret."
    ),
    "tertial.proposal_unknown_sector": "Rad {row}: fant ingen sektor med kode «{code}».",
    "tertial.risk_summary": (
        "Risikoregisteret har {count} risikoer; {high} har risikofaktor 10 eller høyere."
    ),
    "tertial.section.investering": "Investeringer",
    "tertial.investment_none": "Ingen investeringsprosjekter i dette området per {period}.",
    "tertial.investment_lead": (
        "Investeringene per {period}: {count} prosjekter med samlet kostnadsramme {frame}. "
        "Årets budsjett er {budget}, og regnskapet så langt er {actual} ({spent} av årets "
        "budsjett)."
    ),
    "tertial.investment_over": (
        "{count} prosjekter ventes å gå over kostnadsrammen, til sammen {amount}: {projects}."
    ),
    "tertial.investment_within": "Ingen prosjekter ventes å gå over kostnadsrammen.",
    "tertial.adopt_none": "Det er ingen forslag til budsjettendring for {tertial}. tertial {year} å vedta.",
    "tertial.adopt_already": "Forslaget er allerede vedtatt som opplasting nr. {id}. Angre den på Last opp for å endre forslaget.",
    "tertial.adopt_locked": "Forslaget er vedtatt (opplasting nr. {id}) og kan ikke endres. Angre opplastingen på Last opp først.",
    "tertial.adopt_file": "Vedtatt budsjettendring {tertial}. tertial {year}",
    "tertial.page_adopt": "Vedta forslaget (lagres som budsjettendring)",
    "tertial.page_adopt_help": "Når kommunestyret har vedtatt endringene: de legges til i revidert budsjett og kan angres på Last opp.",
    "tertial.page_adopted": "Vedtatt og lagret som budsjettendring, opplasting nr. {id}. Angres på Last opp.",
    "tertial.section.drift": "Drift",
    "tertial.section.forslag": "Forslag til vedtak",
    "tertial.section.risiko": "Risiko",
    "tertial.section.sammendrag": "Sammendrag",
    "tertial.section.sykefravaer": "Sykefravær",
    "tertial.sick_summary": "Sykefraværet de siste tolv månedene er {pct} (mål {target}).",
    "tertial.summary_lead": (
        "Rapporten til kommunestyret for {tertial}. tertial {year} etter kommuneloven § 14-5: "
        "forventet årsresultat, avvik og tiltak."
    ),
    "tertial.title": "Tertialrapport {tertial}",
    "tertial.unbalanced": "Forslaget er ikke i balanse.",
    "tertial.text_too_long": "Teksten har {length} tegn; en del av rapporten kan ha høyst {limit}.",
    "tertial.unknown_section": "Rapporten har ingen del som heter «{section}». Delene er {sections}.",
    "tertial.cli_bad_format": "Rapporten skrives som PDF eller Word: filen må slutte på .pdf eller .docx, ikke «{path}».",
    "tertial.cli_freeze": "Frys rapporten som en ny versjon i arkivet",
    "tertial.cli_frozen": "Frosset som versjon {version}.",
    "tertial.cli_help": "Tertialrapporten til kommunestyret som PDF eller Word",
    "tertial.cli_made_by": "Navn på forsiden (standard: system)",
    "tertial.cli_out": "Filen som skal skrives: .pdf eller .docx",
    "tertial.cli_tertial": "1 (januar–april) eller 2 (januar–august)",
    "tertial.cli_unit": "Sektor (kode); standard: hele kommunen",
    "tertial.cli_written": "Skrev {path} (datagrunnlagets fingeravtrykk {fingerprint}).",
    "tertial.cli_year": "År, f.eks. 2026",
    "page.tertial": "Tertialrapport",
    "tertial.page_changes": "Endret fra versjon {older} til {newer}",
    "tertial.page_download_docx": "Last ned som Word",
    "tertial.page_download_pdf": "Last ned som PDF",
    "tertial.page_fingerprint": "Datagrunnlagets fingeravtrykk (SHA-256): {fingerprint}",
    "tertial.page_freeze": "Frys som ny versjon",
    "tertial.page_frozen": "Frosset som versjon {version}.",
    "tertial.page_frozen_at": "Frosset",
    "tertial.page_intro": "Rapporten til kommunestyret per 30. april og 31. august (kommuneloven § 14-5), satt sammen av tallene og økonomiverkstedet. Skriv egen tekst per del, legg inn forslag til budsjettendringer, se rapporten slik den blir, og frys en versjon når den skal ut.",
    "tertial.page_kind": "Type",
    "tertial.page_make": "Lag rapporten",
    "tertial.page_markdown_help": "Teksten kan bruke enkel Markdown: **fet**, *kursiv*, lister med - og 1., sitat med >. HTML og bilder vises ikke. Teksten settes inn etter delens sammendrag.",
    "tertial.page_no_changes": "Ingen endringer i teksten.",
    "tertial.page_no_versions": "Ingen versjon av denne rapporten er frosset ennå.",
    "tertial.page_page": "Side {number}",
    "tertial.page_save_proposal": "Lagre forslaget",
    "tertial.page_save_text": "Lagre teksten",
    "tertial.page_saved": "Lagret.",
    "tertial.page_tab_proposals": "Forslag til vedtak",
    "tertial.page_tab_report": "Rapporten",
    "tertial.page_tab_texts": "Tekst",
    "tertial.page_tab_versions": "Versjoner",
    "tertial.page_tertial": "Tertial",
    "tertial.page_tertial_1": "1. tertial (januar–april)",
    "tertial.page_tertial_2": "2. tertial (januar–august)",
    "tertial.page_text": "Egen tekst (Markdown)",
    "tertial.page_version": "Versjon",
    "tertial.page_version_docx": "Versjon {version} som Word",
    "tertial.page_version_pdf": "Versjon {version} som PDF",
}
