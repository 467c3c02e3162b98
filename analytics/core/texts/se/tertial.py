"""Texts of the tertial report to the council (kommuneloven § 14-5). North Sami."""

SE: dict[str, str] = {
    "tertial.section.handlingsrom": "Ekonomalaš doaibmalatnja ja ruhtahálddašeapmi",
    "tertial.section.mal": "Ulbmilat ja indikáhtorat",
    "tertial.finance.summary_forecast": (
        "Netto doaibmaboađus {year} jagis vurdojuvvo šaddat {amount}, {pct} doaibmasisaboađuin "
        "(doaibmanjuolggadus lea unnimusat {target})."
    ),
    "tertial.finance.summary_accounts": (
        "Netto doaibmaboađus {year} jagis šattai {amount}, {pct} doaibmasisaboađuin "
        "(doaibmanjuolggadus lea unnimusat {target})."
    ),
    "tertial.finance.summary_plan": (
        "Netto doaibmaboađus {year} jahkái lea plánejuvvon {amount}, {pct} doaibmasisaboađuin "
        "(doaibmanjuolggadus lea unnimusat {target})."
    ),
    "tertial.finance.summary_rules": "{met} {count} doaibmanjuolggadusas leat ollašuvvon.",
    "tertial.finance.summary_missed": "Eai ollašuvvon: {rules}.",
    "tertial.goals_summary": (
        "{count} ulbmila čuvvojuvvojit: {green} ruoná, {yellow} fiskes, {red} rukses ja "
        "{none} mat eai vel leat mihtiduvvon."
    ),
    "tertial.goals_worst": "Kritihkalaččamus: {goal} ({reason})",
    "tertial.finance.lead": (
        "Čoavddalogut ja doaibmanjuolggadusat jahkásaččat, ROBEK ja gokčanplána, ja ruhta- ja "
        "vealgehálddašeapmi {tertial}. tertiála loahpas."
    ),
    "audit.action.tertial_freeze": "Tertiáladieđáhus galmmihuvvon",
    "audit.action.tertial_proposal": "Bušeahttaevttohus rievdaduvvon",
    "audit.action.tertial_text": "Tertiálateaksta rievdaduvvon",
    "tertial.allocation_caption": "Hálddahusa juohkin ovddasvástádusaide ja šlájaide",
    "tertial.bad_tertial": "Tertiála galgá leat 1 (ođđajagemánnu–cuoŋománnu) dahje 2 (ođđajagemánnu–borgemánnu), ii {tertial}.",
    "tertial.balanced": "Evttohus lea dássedis.",
    "tertial.col_appropriation": "Juolludeapmi",
    "tertial.col_art": "Šládja",
    "tertial.col_change": "Rievdadus",
    "tertial.col_explanation": "Čilgehus",
    "tertial.col_month": "Mánnu",
    "tertial.col_reason": "Ákkastallan",
    "tertial.col_total": "Rievdadusat oktiibuot",
    "tertial.decision_caption": "Mearridanevttohus: rievdadusat juolludemiin (kr)",
    "tertial.denied": (
        "Tertiáladieđáhusa ráhkada gielddadirektevra ja hálddašeaddjit olles gildii, ja "
        "jođiheaddjit iežaset suorggiide."
    ),
    "tertial.explanations_caption": "Bušeahttaovddasvástideaddjiid maŋimuš čilgehus tertiálas",
    "tertial.measures_caption": "Doaibmabijut tertiála loahpas",
    "tertial.no_explanations": "Eai leat čilgehusat bušeahttaovddasvástideddjiin tertiálas.",
    "tertial.no_measures": "Eai leat doaibmabijut tertiála loahpas.",
    "tertial.no_proposals": "Hálddahus ii evttot bušeahttarievdadusaid dán tertiálas.",
    "tertial.operating_summary": (
        "{over} {units} ovttadagas vurdet badjegolahusa jagi loahpas, oktiibuot {amount}; {red} "
        "leat rukses stáhtusis."
    ),
    "tertial.period": "{tertial}. tertiála {year}",
    "tertial.proposal_allocation_sum": (
        "Ráidu {row}: juohkin ovddasvástádusaide ja šlájaide lea {allocated}, muhto rievdadus lea {amount}."
    ),
    "tertial.proposal_bad_kind": "Ráidu {row}: šládja galgá leat rievdadus dahje ruhtadeapmi, ii «{kind}».",
    "tertial.proposal_no_reason": "Ráidu {row}: ákkastallan váilu.",
    "tertial.proposal_outside": "Ráidu {row}: ovddasvástádusat juolludeami olggobealde: {codes}.",
    "tertial.proposal_summary": (
        "Hálddahus evttoha rievdadusaid {changes} juolludemiin, netto {increase}, "
        "ruhtaduvvon {financing}. {balance}"
    ),
    "tertial.proposal_unbalanced": (
        "Evttohus ii leat dássedis: rievdadusat ja ruhtadeapmi šaddet oktiibuot {total}. "
        "Mihkkege ii leat vurkejuvvon."
    ),
    "tertial.proposal_unknown_sector": "Ráidu {row}: ii gávdnon suorgi man koda lea «{code}».",
    "tertial.risk_summary": (
        "Riskaregistaris leat {count} riskka; {high} leat riskafáktoriin 10 dahje eanet."
    ),
    "tertial.section.investering": "Investeremat",
    "tertial.investment_none": "Eai leat investerenprošeavttat dán guovllus {period}.",
    "tertial.investment_lead": (
        "Investeremat {period}: {count} prošeavtta, main goluid rámma lea oktiibuot {frame}. "
        "Dán jagi bušeahtta lea {budget}, ja rehketdoallu dán rádjái lea {actual} ({spent} "
        "dán jagi bušeahtas)."
    ),
    "tertial.investment_over": (
        "{count} prošeavtta vurdojuvvojit mannat badjel goluid rámma, oktiibuot {amount}: "
        "{projects}."
    ),
    "tertial.investment_within": "Ii oktage prošeakta vurdojuvvo mannat badjel goluid rámma.",
    "tertial.adopt_none": "Ii leat bušeahttarievdadanevttohus {tertial}. tertiálii {year} maid mearridit.",
    "tertial.adopt_already": "Evttohus lea juo mearriduvvon sáddejupmin nr. {id}. Gomit dan «Sádde fiilla» siiddus vai sáhtát rievdadit evttohusa.",
    "tertial.adopt_locked": "Evttohus lea mearriduvvon (sáddejupmi nr. {id}) iige sáhte rievdaduvvot. Gomit sáddejumi «Sádde fiilla» siiddus vuos.",
    "tertial.adopt_file": "Mearriduvvon bušeahttarievdadus {tertial}. tertiála {year}",
    "tertial.page_adopt": "Mearrit evttohusa (vurkejuvvo bušeahttarievdadussan)",
    "tertial.page_adopt_help": "Go suohkanstivra lea mearridan rievdadusaid: dat lasihuvvojit reviderejuvvon bušehttii ja sáhttet gomihuvvot «Sádde fiilla» siiddus.",
    "tertial.page_adopted": "Mearriduvvon ja vurkejuvvon bušeahttarievdadussan, sáddejupmi nr. {id}. Gomihuvvo «Sádde fiilla» siiddus.",
    "tertial.section.drift": "Doaibma",
    "tertial.section.forslag": "Mearridanevttohus",
    "tertial.section.risiko": "Riska",
    "tertial.section.sammendrag": "Čoahkkáigeassu",
    "tertial.section.sykefravaer": "Buohccejávkan",
    "tertial.sick_summary": "Buohccejávkan maŋimuš 12 mánus lea {pct} (ulbmil {target}).",
    "tertial.summary_lead": (
        "Dieđáhus gielddastivrii {tertial}. tertiála {year} gielddalága § 14-5 mielde: "
        "vurdojuvvon jahkeboađus, erohusat ja doaibmabijut."
    ),
    "tertial.title": "Tertiáladieđáhus {tertial}",
    "tertial.unbalanced": "Evttohus ii leat dássedis.",
    "tertial.text_too_long": "Teavsttas leat {length} mearkka; dieđáhusa oassi sáhttá leat eanemusat {limit}.",
    "tertial.unknown_section": "Dieđáhusas ii leat oassi man namma lea «{section}». Oasit leat {sections}.",
    "tertial.cli_bad_format": "Dieđáhus čállojuvvo PDF dahje Word: fiilla galgá loahpahit .pdf dahje .docx, ii «{path}».",
    "tertial.cli_freeze": "Galmmit dieđáhusa ođđa veršuvdnan arkiivii",
    "tertial.cli_frozen": "Galmmihuvvon veršuvdnan {version}.",
    "tertial.cli_help": "Tertiáladieđáhus gielddastivrii PDF dahje Word hápmin",
    "tertial.cli_made_by": "Namma ovdasiidui (standárda: system)",
    "tertial.cli_out": "Fiilla mii čállojuvvo: .pdf dahje .docx",
    "tertial.cli_tertial": "1 (ođđajagemánnu–cuoŋománnu) dahje 2 (ođđajagemánnu–borgemánnu)",
    "tertial.cli_unit": "Suorgi (koda); standárda: olles gielda",
    "tertial.cli_written": "Čálii {path} (dieđuvuođu suorbmamearka {fingerprint}).",
    "tertial.cli_year": "Jahki, omd. 2026",
    "page.tertial": "Tertiáladieđáhus",
    "tertial.page_changes": "Rievdaduvvon veršuvnnas {older} veršuvdnii {newer}",
    "tertial.page_download_docx": "Viečča Word-fiilan",
    "tertial.page_download_pdf": "Viečča PDF-fiilan",
    "tertial.page_fingerprint": "Dieđuvuođu suorbmamearka (SHA-256): {fingerprint}",
    "tertial.page_freeze": "Galmmit ođđa veršuvdnan",
    "tertial.page_frozen": "Galmmihuvvon veršuvdnan {version}.",
    "tertial.page_frozen_at": "Galmmihuvvon",
    "tertial.page_intro": "Dieđáhus gielddastivrii cuoŋománu 30. ja borgemánu 31. beaivve mielde (gielddalága § 14-5), čohkkejuvvon loguin ja ekonomiijabargobájis. Čále iežat teavstta juohke oassái, bija bušeahttarievdadusevttohusaid, geahča dieđáhusa nu go dat šaddá, ja galmmit veršuvnna go dat galgá olggos.",
    "tertial.page_kind": "Šládja",
    "tertial.page_make": "Ráhkat dieđáhusa",
    "tertial.page_markdown_help": "Teaksta sáhttá geavahit álkis Markdown: **buoiddes**, *vinju*, listtat - ja 1. mielde, sitáhtat > mielde. HTML ja govat eai čájehuvvo. Teaksta bidjojuvvo oasi čoahkkáigeasu maŋŋái.",
    "tertial.page_no_changes": "Eai rievdadusat teavsttas.",
    "tertial.page_no_versions": "Ii oktage veršuvdna dán dieđáhusas leat vel galmmihuvvon.",
    "tertial.page_page": "Siidu {number}",
    "tertial.page_save_proposal": "Vurke evttohusa",
    "tertial.page_save_text": "Vurke teavstta",
    "tertial.page_saved": "Vurkejuvvon.",
    "tertial.page_tab_proposals": "Mearridanevttohus",
    "tertial.page_tab_report": "Dieđáhus",
    "tertial.page_tab_texts": "Teaksta",
    "tertial.page_tab_versions": "Veršuvnnat",
    "tertial.page_tertial": "Tertiála",
    "tertial.page_tertial_1": "1. tertiála (ođđajagemánnu–cuoŋománnu)",
    "tertial.page_tertial_2": "2. tertiála (ođđajagemánnu–borgemánnu)",
    "tertial.page_text": "Iežat teaksta (Markdown)",
    "tertial.page_version": "Veršuvdna",
    "tertial.page_version_docx": "Veršuvdna {version} Word-fiilan",
    "tertial.page_version_pdf": "Veršuvdna {version} PDF-fiilan",
}
