"""Texts of the goal tree and the indicators: the Mål og indikatorer page, the imports of goals
and indicators, the command line, the people's view. Bokmål."""

NB: dict[str, str] = {
    # the one status rule's reasons
    "indicator.reason.no_value": "Ingen verdi ennå.",
    "indicator.reason.no_target": "{value}, uten mål.",
    "indicator.reason.hidden": "Skjult fordi gruppen er for liten til å vises.",
    "indicator.reason.on_target": "{value} er på målet {target}.",
    "indicator.reason.over": "{value} er {difference} over målet {target}.",
    "indicator.reason.under": "{value} er {difference} under målet {target}.",
    "indicator.reason.red": "{reason} Rødt fra {limit}.",
    "indicator.unit.pct": "{value} %",
    "indicator.unit.points": "{value} poeng",
    "indicator.unit.days": "{value} dager",
    "indicator.unit.count": "{value}",
    "indicator.difference.pct": "{value} prosentpoeng",
    "indicator.difference.points": "{value} poeng",
    "indicator.difference.days": "{value} dager",
    "indicator.difference.count": "{value}",
    "indicator.period.tertial": "{number}. tertial {year}",
    "indicator.period.quarter": "{number}. kvartal {year}",
    # 10-FAKTOR
    "ks10.factor.indre_motivasjon": "Indre motivasjon",
    "ks10.factor.mestringstro": "Mestringstro",
    "ks10.factor.autonomi": "Autonomi",
    "ks10.factor.bruk_av_kompetanse": "Bruk av kompetanse",
    "ks10.factor.mestringsorientert_ledelse": "Mestringsorientert ledelse",
    "ks10.factor.rolleklarhet": "Rolleklarhet",
    "ks10.factor.relevant_kompetanseutvikling": "Relevant kompetanseutvikling",
    "ks10.factor.fleksibilitetsvilje": "Fleksibilitetsvilje",
    "ks10.factor.mestringsklima": "Mestringsklima",
    "ks10.factor.prosessorientert_ledelse": "Prosessorientert ledelse",
    # the import of indicators
    "import.kind.indicators": "indikatorer",
    "import.kind.goals": "målstruktur",
    "indicator.form.long": "langt format (indikator, enhet, år, periode, verdi, mål)",
    "indicator.form.employee_survey": "medarbeiderundersøkelsen 10-FAKTOR",
    "indicator.form.user_survey": "brukerundersøkelse",
    "indicator.form.case_time": "saksbehandlingstid",
    "indicator.form.kostra": "KOSTRA-nøkkeltall fra SSB",
    "indicator.coverage": "Indikatorer, {form}: {count} indikatorer, år {years}",
    "indicator.source.ks10": "KS 10-FAKTOR",
    "indicator.source.bedrekommune": "bedrekommune.no",
    "indicator.source.kostra": "SSB KOSTRA",
    "indicator.scope.kommunekasse": "kommunekasse",
    "indicator.scope.konsern": "konsern",
    "indicator.user_survey_name": "{service}: {question}",
    "indicator.case_share_name": "{case}: andel vedtak innen frist",
    "indicator.case_days_name": "{case}: behandlingstid",
    "indicator.case_deadline": "Lovens frist: {deadline}.",
    "indicator.import.unknown_unit": (
        "{where}: «{value}» er ingen sektor, enhet eller ansvar i organisasjonen."
    ),
    "indicator.import.year_missing": (
        "{where}: året mangler (ingen årskolonne, og tittelen eller arknavnet nevner ikke ett år)."
    ),
    "indicator.import.bad_year": "{where}: «{value}» er ikke et år.",
    "indicator.import.bad_period": (
        "{where}: «{value}» er ingen periode (skriv år, T1–T3, K1–K4 eller en måned)."
    ),
    "indicator.import.name_missing": "{where}: navnet på indikatoren mangler.",
    "indicator.import.bad_measure": "{where}: «{value}» er ingen måleenhet (bruk {choices}).",
    "indicator.import.bad_direction": (
        "{where}: «{value}» er ingen retning (skriv «høyere er bedre» eller «lavere er bedre»)."
    ),
    "indicator.import.unknown_factor": (
        "{where}: «{value}» er ingen av de ti faktorene i 10-FAKTOR ({factors})."
    ),
    "indicator.import.out_of_range": "{where}: {value} ligger utenfor skalaen {low}–{high}.",
    "indicator.import.share_over": "{where}: andelen er over 100 %.",
    "indicator.import.within_over": "{where}: flere vedtak innen frist enn vedtak i alt.",
    "indicator.import.kostra_no_values": "{where}: fant ingen kolonne med tall.",
    "indicator.import.bad_scope": (
        "{where}: «{value}» er verken kommunekasse eller konsern (regnskapsomfang)."
    ),
    "indicator.import.own_region_missing": (
        "Fant ikke kommunen selv blant regionene; alle tallene lagres som sammenligning."
    ),
    "indicator.import.no_layout": (
        "{where}: kolonnene passer ikke til noe indikatoroppsett. Kjente oppsett: indikator, "
        "enhet, år, periode, verdi og mål; 10-FAKTOR (enhet og faktorer); brukerundersøkelse "
        "(tjeneste, spørsmål, snitt); saksbehandling (sakstype, vedtak, innen frist); KOSTRA fra "
        "SSB (region, statistikkvariabel, år)."
    ),
    "indicator.import.form_label": "Oppsett",
    "indicator.import.indicators": "Indikatorer",
    "indicator.import.values": "Verdier",
    "indicator.import.targets": "Mål",
    "indicator.col.indicator": "Indikator",
    "indicator.col.unit": "Enhet",
    "indicator.col.period": "Periode",
    "indicator.col.value": "Verdi",
    "indicator.col.target": "Mål",
    "indicator.col.status": "Status",
    "indicator.col.reason": "Begrunnelse",
    "indicator.cli.help": "Indikatorenes status per enhet for et år, med begrunnelse",
    "indicator.cli.year": "Året (f.eks. 2026)",
    "indicator.cli.unit": "Bare denne sektoren eller enheten (kode), eller «kommune»",
    "indicator.cli.unknown_unit": "Kjenner ingen sektor eller enhet «{unit}» som du har tilgang til.",
    "indicator.cli.heading": "Indikatorer {year}",
    "indicator.cli.none": "Ingen indikatorer med verdier dette året.",
    # the goal tree
    "goals.demo_description": "Demodata: et eksempel på et mål i kommuneplanens målstruktur.",
    "goals.demo_owner": "Demo: kommunedirektøren",
    "goals.demo_summary": "{goals} mål og {indicators} indikatorer (demodata)",
    "goals.write_denied": "Bare administrator og kommunedirektør kan endre målstrukturen.",
    "goals.period_from": "fra {year}",
    "goals.period_to": "til {year}",
    "goals.level.community": "Samfunnsmål",
    "goals.level.sector": "Sektormål",
    "goals.level.unit": "Enhetsmål",
    "goals.focus.virksomhetsstyring": "Virksomhetsstyring",
    "goals.focus.tjenestekvalitet": "Tjenestekvalitet",
    "goals.focus.digitalisering": "Digitalisering",
    "goals.focus.okonomisk_omstilling": "Økonomisk omstilling",
    "goals.coverage": "Målstruktur: {goals} mål, {links} indikatorkoblinger",
    "goals.error.code_twice": "Målnummeret {code} står to ganger.",
    "goals.error.code_missing": "Målnummeret mangler.",
    "goals.error.title_missing": "Mål {code} mangler målformulering.",
    "goals.error.title_too_long": "Mål {code}: målformuleringen er lengre enn {limit} tegn.",
    "goals.error.years": "Mål {code}: fra-året er etter til-året.",
    "goals.error.kompass_area": "Mål {code}: Kommunekompasset har område 1–8, ikke {area}.",
    "goals.error.focus_area": "Mål {code}: «{area}» er ikke et fokusområde.",
    "goals.error.unit_community": "Samfunnsmål {code} gjelder hele kommunen, ikke «{unit}».",
    "goals.error.unit_sector": "Sektormål {code}: «{unit}» er ingen sektor.",
    "goals.error.unit_unit": "Enhetsmål {code}: «{unit}» er ingen enhet eller ansvar.",
    "goals.error.community_parent": "Samfunnsmål {code} kan ikke ligge under et annet mål.",
    "goals.error.parent_missing": "Mål {code}: det overordnede målet «{parent}» finnes ikke.",
    "goals.error.parent_level": "Mål {code} må ligge under et mål av nivå {levels}, ikke {parent}.",
    "goals.error.unit_outside": "Mål {code}: enheten hører ikke til sektoren til mål {parent}.",
    "goals.import.goals": "Mål",
    "goals.import.links": "Indikatorkoblinger",
    "goals.import.unknown_indicator": (
        "{where}: indikatoren «{name}» er ikke kjent ennå; koblingen lagres og vises når "
        "indikatoren er lastet opp."
    ),
    "goals.import.bad_level": "{where}: «{value}» er ikke et nivå (bruk {levels}).",
    "goals.import.bad_period": "{where}: «{value}» er ingen periode (skriv f.eks. 2024–2027).",
    "goals.import.bad_year": "{where}: «{value}» er ikke et år.",
    "goals.import.bad_area": "{where}: «{value}» er ikke et område i Kommunekompasset (1–8).",
    "goals.import.bad_focus": "{where}: «{value}» er ikke et fokusområde (bruk {areas}).",
    "goals.col.code": "Nr.",
    "goals.col.level": "Nivå",
    "goals.col.title": "Mål",
    "goals.col.unit": "Gjelder",
    "goals.col.period": "Periode",
    "goals.col.indicators": "Indikatorer",
}
