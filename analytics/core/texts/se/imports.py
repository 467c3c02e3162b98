"""Texts of the imports: reading files, the Last opp page, templates. North Sami.

Options of the command line (--kind accounts, --sheet NAVN, --year 2024), setting names
(import_max_bytes) and the words a file is expected to carry (Ansvar, Art, Beløp, «CSV UTF-8»)
are quoted as they must be typed or as they appear in the file.
"""

SE: dict[str, str] = {
    "import.kind.balance": "bilánsa",
    "import.kind.loans": "loatnaportfolio",
    "import.kind.coverage": "gokčanplána (ROBEK)",
    "import.coverage_balance": "Bilánsa mas leat {rows} poastta",
    "import.coverage_loans": "Loatnaportfolio mas leat {rows} loana",
    "import.coverage_coverage": "Gokčanplána mas leat {rows} jagi",
    "import.finance.bad_year": "{where}: «{value}» ii leat jahkelohku.",
    "import.finance.missing": "{where}: geađgi lea guoros, muhto galgá devdojuvvot.",
    "import.finance.bad_date": "{where}: «{value}» ii leat beaivemearri (čále omd. 31.12.2030).",
    "import.finance.bad_item": "{where}: «{value}» ii leat dovddus bilánsapoasta. Dovddus poasttat: {items}.",
    "import.finance.bad_rate": "{where}: reantu {value} % lea menddo allat (badjel 30 %).",
    "import.finance.doubles": "{where}: dát leat fiilas eanet go oktii: {keys}.",
    "import.finance.col.year": "Jahki",
    "import.finance.col.item": "Poasta",
    "import.finance.col.amount": "Submi",
    "import.finance.col.balance": "Loatnabáza",
    "import.finance.col.loan": "Loatna",
    "import.finance.col.lender": "Loatnaaddi",
    "import.finance.col.rate_pct": "Reantu",
    "import.finance.col.fixed_until": "Fásta reantu gitta",
    "import.finance.col.maturity": "Máksinbeaivi",
    "import.field.balance_item": "bilánsapoasta",
    "import.field.balance_amount": "submi",
    "import.field.loan": "loatna",
    "import.field.lender": "loatnaaddi",
    "import.field.loan_balance": "loatnabáza",
    "import.field.rate": "reantu",
    "import.field.fixed_until": "fásta reantu gitta",
    "import.field.maturity": "máksinbeaivi",
    "import.where_file": "Fiila «{file}»",
    "import.where_sheet": "Fiila «{file}», bláđđi «{sheet}»",
    "import.where_row": "Fiila «{file}», bláđđi «{sheet}», ráidu {row}",
    "import.where_cell": "Fiila «{file}», bláđđi «{sheet}», ráidu {row}, čuolda {column} («{header}»)",
    "import.where_column": "Fiila «{file}», bláđđi «{sheet}», ráidu {row}, čuolda {column}",
    "import.cell_too_long": (
        "{where}: seallas leat {length} mearkka, muhto sealla sáhttá leat eanemusat {limit} "
        "mearkka (Excela rádji). Dárkkis ahte fiila lea eksporterejuvvon riekta, ja ahte ii "
        "oktage sealla leat ožžon olles fiilla iežas sisa."
    ),
    "import.too_large": (
        "{where}: fiila lea {size} MB, muhto rádji lea {limit} MB. Juoge fiilla, dahje bivdde "
        "hálddašeaddji lasihit ráji (import_max_bytes)."
    ),
    "import.empty_file": "{where}: fiila lea guorus.",
    "import.not_spreadsheet": (
        "{where}: dát ii leat rehkenastinbláđđi (gávdnui {found}). Sádde .xlsx- dahje .csv-fiilla."
    ),
    "import.wrong_extension": (
        "{where}: fiilla namma lea {extension}, muhto sisdoallu ii leat Excel-rehkenastinbláđđi. "
        "Vurke dan ođđasit .xlsx-fiilan Excelis."
    ),
    "import.legacy_xls": (
        "{where}: fiila lea boares .xls-hámis (dahje eará Office-hámis). Rabas dan Excelis ja "
        "vurke .xlsx-fiilan."
    ),
    "import.corrupt": (
        "{where}: fiila lea billašuvvan dahje ii leat ollislaš ({detail}). Viečča dahje "
        "eksportere dan ođđasit."
    ),
    "import.encrypted": (
        "{where}: bargogirji lea suddjejuvvon beassansániin. Sihko beassansáni Excelis (Fil → "
        "Info → Beskytt arbeidsbok) ja sádde ođđasit."
    ),
    "import.macros": (
        "{where}: bargogirjjis leat makrot (.xlsm/vbaProject). Sihkarvuođa dihte dakkár fiillat "
        "eai váldojuvvo vuostái. Vurke dábálaš .xlsx-fiilan makroid haga."
    ),
    "import.zip_bomb": (
        "{where}: fiila šaddá stuorát go lohpi go dat rahpojuvvo ({detail}). Dat orru zip-bomba, "
        "ja dat lea hilgojuvvon."
    ),
    "import.xml_entities": (
        "{where}: oasis «{member}» leat DOCTYPE- dahje ENTITY-julggaštusat. Dakkár fiillat "
        "hilgojuvvojit sihkarvuođa dihte."
    ),
    "import.empty_workbook": "{where}: bargogirjjis ii leat ovttage bláđđi mas lea sisdoallu.",
    "import.sheet_not_found": "{where}: bláđđi «{sheet}» ii gávdnon. Bláđiid namat leat: {sheets}.",
    "import.too_many_rows": (
        "{where}: bláđis leat {rows} ráiddu, muhto rádji lea {limit}. Juoge fiilla, dahje bivdde "
        "hálddašeaddji lasihit ráji (import_max_rows)."
    ),
    "import.bad_encoding": (
        "{where}: ii sáhttán gávnnahit makkár mearkakodema fiila geavaha. Vurke dan «CSV UTF-8» "
        "hámis Excelis."
    ),
    "import.unreadable": "{where}: rehkenastinbláđi ii sáhte lohkat ({detail}).",
    "import.no_header": (
        "{where}: bajilčállinráidu ii gávdnon. Vurdojuvvojedje čuolddat nugo Ansvar, Art, "
        "Periode ja Beløp (dahje Regnskap/Budsjett) ráiddus dieđuid badjelis."
    ),
    "import.several_sheets": (
        "{where}: máŋga bláđi orrot dieđut ({sheets}). Vállje ovtta --sheet NAMMA bokte (dahje "
        "siiddu válljenlisttus)."
    ),
    "import.double_column": (
        "{where}: čuolddat {columns} mearkkašit seamma. Sihko ovtta dain, dahje čatnna daid "
        "gieđain."
    ),
    "import.period_and_months": (
        "{where}: bláđis lea sihke áigodatčuolda ja okta čuolda juohke mánnui. Ii leat čielggas "
        "goabbá gusto; sihko nuppi."
    ),
    "import.mixed_month_columns": (
        "{where}: muhtin submačuolddat leat mánuid mielde ja earát eai. Juoge bláđi guovtti fiilii."
    ),
    "import.more_errors": "… ja vel {count} meattáhusa.",
    "import.no_amount_column": (
        "{where}: submačuolda ii gávdnon (Beløp, Regnskap, Budsjett, mánut dahje jagit). "
        "Dovdameahttun čuolddat: {columns}."
    ),
    "import.unknown_kind": (
        "{where}: ii čuožžu leatgo supmit rehketdoallu vai bušeahtta. Čále --kind accounts "
        "dahje --kind budget (dahje vállje šlája siiddus)."
    ),
    "import.kind_mismatch": (
        "{where}: čuolda ii heive válljejuvvon šládjii «{kind}». Geavat --kind auto, dahje sihko "
        "čuoldda."
    ),
    "import.kind.budget": "bušeahtta",
    "import.kind.accounts": "rehketdoallu",
    "import.kind.mixed": "rehketdoallu ja bušeahtta",
    "import.kind.units": "organisašuvdna",
    "import.kind.forecast": "prognosamálle",
    "import.missing_columns": (
        "{where}: váilu čuolda: {missing}. Dovdameahttun čuolddat fiillas: {columns}. Atte "
        "čuoldii dovdosis nama, dahje čatnna dan gieđain siiddus «Sádde fiillaid»."
    ),
    "import.field.ansvar": "ovddasvástádus",
    "import.field.ansvar_name": "ovddasvástádus (namma)",
    "import.field.art": "šládja",
    "import.field.art_name": "šládja (namma)",
    "import.field.tjeneste": "bálvalus/funkšuvdna",
    "import.field.tjeneste_name": "bálvalus (namma)",
    "import.field.prosjekt": "prošeakta",
    "import.field.prosjekt_name": "prošeakta (namma)",
    "import.field.unit": "ovttadat",
    "import.field.unit_name": "ovttadat (namma)",
    "import.field.sector": "suorgi",
    "import.field.sector_name": "suorgi (namma)",
    "import.field.year": "jahki",
    "import.field.period": "áigodat/mánnu",
    "import.field.accounts": "rehketdoallu",
    "import.field.accounts_cumulative": "rehketdoallu jagi álggu rájes",
    "import.field.budget": "bušeahtta (mearriduvvon)",
    "import.field.budget_revised": "bušeahtta (rievdaduvvon)",
    "import.field.amount": "submi",
    "import.field.ignored": "(ii geavahuvvo)",
    "import.field.quarter": "kvartála",
    "import.field.agreed_days": "šiehtaduvvon bargobeaivvit",
    "import.field.lost_days": "massojuvvon bargobeaivvit",
    "import.field.self_cert_days": "iešdieđihuvvon",
    "import.field.doctor_cert_days": "doavttirdieđihuvvon",
    "import.field.short_days": "oanehisáigge (beaivi 1–16)",
    "import.field.long_days": "guhkesáigge (beaivvi 17 rájes)",
    "import.field.headcount": "bargiidlohku",
    "import.field.date": "beaivemearri",
    "import.field.area": "fáddá",
    "import.field.area_no": "fáddánummir",
    "import.field.score": "čuoggát",
    "import.field.total": "submi",
    "import.field.version": "veršuvdna",
    "import.field.note": "mearkkašupmi",
    "import.field.number": "nummir",
    "import.field.risk": "riska",
    "import.field.probability": "jáhkehahttivuohta",
    "import.field.consequence": "konsekveansa",
    "import.field.factor": "riskafáktor",
    "import.field.mitigation": "doaibmabidju",
    "import.field.owner": "ovddasvástideaddji",
    "import.field.working_group": "bargojoavku",
    "import.field.week": "vahkku",
    "import.field.kind": "šládja",
    "import.field.description": "čilgehus",
    # The reading of rows (sick leave, Kommunekompasset, risks, milestones); these were
    # programme.* before the imports became one pipeline, and keep their North Sami texts.
    "import.rows.not_a_number": "{where}: vurdojuvvui lohku, gávdnui «{value}».",
    "import.rows.negative": "{where}: lohku ii sáhte leat negatiivvalaš, gávdnui «{value}».",
    "import.rows.missing_columns": "{where}: bajilčállinráiddus váilu čuolda: {missing}.",
    "import.rows.need.agreed_days": "šiehtaduvvon bargobeaivvit",
    "import.rows.need.unit_or_ansvar": "ovttadat dahje ovddasvástádus",
    "import.rows.need.month_or_quarter": "mánnu dahje kvartála",
    "import.rows.need.date": "árvvoštallama beaivemearri dahje jahki",
    "import.rows.need.year": "jahki (dahje jahki tabealla badjelis leahkki namahusas)",
    "import.rows.need.working_group": "bargojoavku",
    "import.rows.need.week": "vahkku (dahje okta čuolda juohke vahkkui)",
    "import.rows.need.kind": "šládja (S, O, A, P, F dahje sátni nugo álggaheapmi)",
    "import.rows.need.risk": "riska",
    "import.rows.need.probability": "jáhkehahttivuohta",
    "import.rows.need.consequence": "konsekveansa",
    "import.rows.no_header": (
        "{where}: ii gávdnon bajilčállinráidu mas leat dovdosis čuoldanamat: {kind}."
    ),
    "import.rows.empty": "{where}: bajilčállinráiddu vuolde eai gávdnon dieđuráiddut.",
    "import.rows.duplicate_row": "{where}: seamma ovttadat ja áigodat čuožžu maiddái ráiddus {other}.",
    "import.rows.period_invalid": (
        "{where}: vurdojuvvui mánnu (1–12, «januar», «2026-01») dahje kvartála (1–4, «K1»), "
        "gávdnui «{value}»."
    ),
    "import.rows.year_missing": (
        "{where}: jahki váilu; lasit čuoldda «År» dahje čále jagi áigodahkii."
    ),
    "import.rows.agreed_missing": (
        "{where}: šiehtaduvvon bargobeaivvit váilot. Dat dárbbašuvvojit vai jávkan sáhttá "
        "deattuhuvvot, maiddái go fiillas leat proseanttat."
    ),
    "import.rows.percent_over_100": "{where}: proseanta badjel 100 ii leat vejolaš, gávdnui «{value}».",
    "import.rows.split_mismatch": (
        "{where}: «{first}» ja «{second}» leat oktiibuot {parts} bargobeaivvi, muhto oppalaš "
        "jávkan lea {lost}."
    ),
    "import.rows.lost_missing": (
        "{where}: jávkan váilu; čále massojuvvon bargobeaivviid, proseantta, dahje "
        "iešdieđihuvvon ja doavttirdieđihuvvon jávkama."
    ),
    "import.rows.lost_over_agreed": (
        "{where}: massojuvvon bargobeaivvit ({lost}) leat eanet go šiehtaduvvon bargobeaivvit "
        "({agreed})."
    ),
    "import.rows.unit_unknown": "{where}: ii gávdnon ovttadat iige ovddasvástádus man namma lea «{value}».",
    "import.rows.kompass_numbers": "{where}: fáttáin galget leat nummirat 1–8, juohke nummir oktii.",
    "import.rows.date_invalid": (
        "{where}: vurdojuvvui beaivemearri (15.03.2019) dahje jahki, gávdnui «{value}»."
    ),
    "import.preview.col_kind": "Šládja",
    "import.preview.col_year": "Jahki",
    "import.preview.col_lines": "Linnját",
    "import.preview.col_amount": "Submi",
    "import.preview.col_upload": "Sáddejupmi",
    "import.preview.col_file": "Fiila",
    "import.preview.col_unit": "Ovttadat/ovddasvástádus",
    "import.preview.col_from": "Álgu",
    "import.preview.col_to": "Loahppa",
    "import.preview.col_date": "Beaivemearri",
    "import.preview.col_total": "Čuoggáid submi",
    "import.preview.no_upload": "(sáddejumi haga)",
    "import.preview.sectors": "Suorggit",
    "import.preview.units": "Ovttadagat",
    "import.preview.changed": "Rievdaduvvojit dahje sihkkojuvvojit",
    "import.preview.months": "Mánut",
    "import.preview.rows": "Ráiddut",
    "import.preview.evaluations": "Árvvoštallamat",
    "import.preview.replaced_count": "Buhtte",
    "import.preview.risks": "Riskkat",
    "import.preview.milestones": "Geaidnomearkkat",
    "import.preview.groups": "Bargojoavkkut",
    "import.preview.org_ansvar": "Ovddasvástádus",
    "import.preview.org_ansvar_name": "Ovddasvástádus (namma)",
    "import.preview.org_unit_code": "Ovttadat",
    "import.preview.org_unit_name": "Ovttadat (namma)",
    "import.preview.org_sector_code": "Suorgi",
    "import.preview.org_sector_name": "Suorgi (namma)",
    "import.bad_cell": "{where}: {problem}",
    "import.not_a_year": "«{value}» ii leat jahkelohku (vurdojuvvui omd. 2024).",
    "import.bad_period": "«{value}» ii leat áigodat 1–13 (vurdojuvvui omd. 5, 05, mai dahje 202405).",
    "import.no_year": (
        "{where}: ii gávdnon guđe jahkái logut gullet. Lasit čuoldda «År», čále jagi "
        "čuoldanammii (omd. «Regnskap 2024»), čále --year 2024, dahje atte jagi "
        "fiillanamas."
    ),
    "import.not_a_number": "{where}: «{value}» ii leat submi (vurdojuvvui omd. -1 362 250 dahje 1 234,50).",
    "import.row_without_year": "{where}: ráiddus váilu jahki.",
    "import.budget_period_13": "{where}: bušeahtta ii sáhte čállojuvvot áigodahkii 13 (dušše 1–12).",
    "import.already": (
        "Fiila «{file}» lea juo lohkkojuvvon sisa (sáddejupmi {id}). Mihkkege ii leat lasihuvvon "
        "ođđasit."
    ),
    "import.stored": "Fiila «{file}» lea lohkkojuvvon sisa sáddejupmin {id}: {what}.",
    "import.replaced": "Dat buhtte vástideaddji dieđuid sáddejumis {ids}.",
    "import.already_undone": "Sáddejupmi {id} lea juo gomihuvvon.",
    "import.no_such_upload": "Ii gávdnon sáddejupmi nummariin {id}.",
    "import.forecast_undo": (
        "Sáddejupmi {id} lea prognosamálle, ja dan ii sáhte gomihit. Sádde málle ođđasit "
        "rivttes loguiguin."
    ),
    "import.undone": "Sáddejupmi {id} («{file}») lea gomihuvvon.",
    "import.undone_back": "Dat maid dat buhttii, gusto fas.",
    "import.undone_partly_back": (
        "Dat maid dat buhttii, gusto fas, earret dan maid sáddejupmi {later} maŋŋelis lea buhttán."
    ),
    "import.undone_none_back": (
        "Dat maid dat buhttii, ii boađe ruovttoluotta, danne go sáddejupmi {later} maŋŋelis lea "
        "dan buhttán."
    ),
    "import.undone_all_replaced": (
        "Buot maid dat buvttii, lei juo buhttejuvvon sáddejumi {later} bokte, nu ahte ii oktage "
        "lohku leat rievdaduvvon."
    ),
    "import.undone_nothing_replaced": "Dat ii buhttán maidege; dan logut leat sihkkojuvvon.",
    "import.undo_later": (
        "Sáddejumi {id} ii sáhte gomihit dál: sáddejupmi {later} lea maŋŋelis buhttán buot maid "
        "dat buvttii. Sáddejupmi {later} ferte gomihuvvot vuos."
    ),
    "import.whole_municipality_only": (
        "Sáddejupmi ii daja guđe ovttadagaide dat guoská, nu ahte dušše gielddadirektevra ja "
        "hálddašeaddjit sáhttet dan rievdadit."
    ),
    "import.ambiguous_kind": (
        "{where}: fiila sáhttá leat sihke {kinds}. Vállje mii das lea (--kind dahje siiddu "
        "válljenlistu bokte)."
    ),
    "import.edited_in_app": "(rievdaduvvon ápas)",
    "import.kind.ledger": "rehketdoallu dahje bušeahtta",
    "import.ansvar_twice": "{where}: ovddasvástádus {code} čuožžu máŋgii (ráidu {rows}).",
    "import.unit_in_two_sectors": "{where}: ovttadat {code} čuožžu eanet go ovtta suorggi vuolde.",
    "import.missing_code": "{where}: koda váilu.",
    "import.units_need_director": (
        "Dušše hálddašeaddji dahje gielddadirektevra sáhttá lohkat sisa dahje gomihit "
        "organisašuvnna."
    ),
    "import.bad_kind": "Dovdameahttun šládja «{kind}». Vállje ovtta dáin: {kinds}.",
    "import.no_lines": "{where}: bajilčállinráiddu vuolde eai gávdnon linnját main leat supmit.",
    "import.cumulative_needs_period": (
        "{where}: rehketdoallu «jagi álggu rájes» dárbbaša áigodatčuoldda (dahje ovtta "
        "čuoldda juohke mánnui) vai diehtá man áigodaga rádjái logut gusket."
    ),
    "import.control_total": "{kind} {year}: {amount} ({lines} linjá)",
    "import.budget_kind.original": "mearriduvvon",
    "import.budget_kind.revised": "rievdaduvvon",
    "import.kind.sickleave": "buohccejávkan",
    "import.kind.kompass": "Kommunekompasset",
    "import.kind.risks": "riskkat",
    "import.kind.milestones": "geaidnomearkkat",
    "import.kind.auto": "gávnnat ieš",
    "import.periods_word": "áigodat",
    "import.ansvar_count": "({count} ovddasvástádusa)",
    "import.coverage_units": "Organisašuvdna mas leat {count} ovddasvástádusa",
    "import.coverage_forecast": "Prognosa {month}/{year}: {units}",
    "import.coverage_sickleave": "Buohccejávkan {first}–{last} {units} ovttadahkii",
    "import.coverage_sickleave_years": "Buohccejávkan {years}",
    "import.coverage_kompass": "Kommunekompasset, {count} árvvoštallama: {dates}",
    "import.coverage_risks": "Riskaregisttar mas leat {rows} riskka",
    "import.coverage_milestones": (
        "Geaidnomearkaplána mas leat {rows} geaidnomearkka {groups} bargojovkui"
    ),
    "import.warn_unknown_ansvar": (
        "{count} ovddasvástádusa eai gávdno organisašuvnnas, ja dat čájehuvvojit «Dovdameahttun» "
        "vuolde: {codes}"
    ),
    "import.warn_duplicates": (
        "{count} linjá leat seammasullasaččat go eará linjá: seamma jahki, áigodat ja kodat "
        "(ráidu {rows}). Buot leat váldojuvvon mielde."
    ),
    "import.warn_ignored_columns": "Dát čuolddat eai geavahuvvo: {columns}.",
    "import.warn_year_from_title": "Jahki ({year}) lea váldojuvvon tabealla badjelis leahkki namahusas.",
    "import.warn_year_from_option": "Jahki ({year}) lea dat maid don čállet.",
    "import.warn_year_from_file_name": "Jahki ({year}) lea váldojuvvon fiillanamas.",
    "import.warn_annual_accounts": (
        "Jahkerehketdoallu áigodaga haga vurkejuvvo áigodahkii 12 (juovlamánnu)."
    ),
    "import.template.sheet": "Prognosa",
    "import.template.info_sheet": "Málle birra",
    "import.template.key": "Gieddi",
    "import.template.value": "Árvu",
    "import.template.mark": "Málle",
    "import.template.col.ansvar": "Ovddasvástádus",
    "import.template.col.ansvar_name": "Ovddasvástádus(T)",
    "import.template.col.art": "Šládja",
    "import.template.col.budget": "Jahkebušeahtta",
    "import.template.col.actual": "Rehketdoallu dán rádjái",
    "import.template.col.forecast": "Prognosa jagi loahpas",
    "import.template.col.comment": "Kommeanta",
    "import.template.no_unit": "Ii gávdnon ovttadat iige ovddasvástádus «{code}» masa dus lea beassan.",
    "import.template.broken": (
        "{where}: málle lea rievdaduvvon nu ahte dan ii sáhte lohkat (bláđit «Prognosa» ja "
        "«Málle birra» čuolddaiguin nugo ledje). Viečča ođđa málle."
    ),
    "import.template.nothing_filled": "Málles ii leat prognosa iige kommeanta deavdojuvvon.",
    "import.no_file": "Ii gávdnon fiila {path}.",
    "import.warning_line": "  Fuomáš: {warning}",
    "import.history.id": "Nr.",
    "import.history.kind": "Šládja",
    "import.history.file_name": "Fiila",
    "import.history.uploaded_by": "Sáddii",
    "import.history.uploaded_at": "Áigi",
    "import.history.row_count": "Linnját",
    "import.history.status": "Stáhtus",
    "import.history.what": "Sisdoallu",
    "import.history.replaced": "Buhttejuvvon sáddejupmi",
    "import.status.active": "aktiiva",
    "import.status.undone": "gomihuvvon",
    "import.step.reading": "Lohká fiilla …",
    "import.step.recognising": "Dovdá čuolddaid …",
    "import.step.checking": "Dárkkista juohke linjá …",
    "import.step.storing": "Vurke …",
    "import.step.done": "Gárvvis.",
    "import.page.caption": (
        "Sádde rehketdoalu, bušeahta, organisašuvnna, deavdojuvvon prognosamálle, "
        "buohccejávkama, Kommunekompasset-árvvoštallamiid, riskaregistara dahje "
        "geaidnomearkaplána (.xlsx dahje .csv). Don oainnát maid lea gávdnon ja maid dat buhtte "
        "ovdal go mihkkege vurkejuvvo, ja juohke sáddejumi sáhttá gomihit."
    ),
    "import.page.file_sheet": "Fiila «{file}», bláđđi «{sheet}»",
    "import.page.stored": "Dát vurkejuvvo",
    "import.page.replaced": "Dát buhttejuvvo",
    "import.page.replaces_nothing": "Ii buhte maidege mii lea vurkejuvvon.",
    "import.page.already": (
        "Dát fiila lea juo lohkkojuvvon sisa (sáddejupmi {id}), ja buot mii das bođii, gusto ain. "
        "Jus vurket dan ođđasit, de ii rievdda mihkkege."
    ),
    "import.page.tab_upload": "Sádde fiilla",
    "import.page.tab_template": "Prognosamálle",
    "import.page.tab_history": "Historjá",
    "import.page.file": "Fiila (.xlsx dahje .csv)",
    "import.page.kind": "Mii lea fiillas?",
    "import.page.year": "Jahki (jus fiila ii dan daja)",
    "import.page.sheet": "Bláđđi (jus máŋgga bláđis leat dieđut)",
    "import.page.preview": "Dát gávdnui",
    "import.page.kind_label": "Šládja",
    "import.page.years": "Jagit",
    "import.page.periods": "Áigodagat",
    "import.page.units": "Ovddasvástádusat",
    "import.page.rows": "Linnját",
    "import.page.sum_rows": "Submaráiddut njuikejuvvon badjel",
    "import.page.control_totals": "Dárkkistansupmit (buohtastahte rehkenastinbláđiin)",
    "import.page.columns": "Čuolddat",
    "import.page.column": "Čuolda fiillas",
    "import.page.field": "Dulkojuvvon",
    "import.page.unrecognised": "(ii dovdojuvvon)",
    "import.page.confirm": "Vurket",
    "import.page.mapping": "Čatnat dovdameahttun čuolddaid gieđain",
    "import.page.mapping_help": (
        "Vállje mii juohke čuoldda sisdoallu lea. Čatnasat muitojuvvojit fiillaide main leat "
        "seamma čuolddat."
    ),
    "import.page.mapping_none": "(ale geavat)",
    "import.page.mapping_save": "Vurket čatnasiid ja geahččal ođđasit",
    "import.page.template_help": (
        "Viečča málle iežat ovttadahkii, deavdde jagi prognosa ja kommeantta juohke linjái, ja "
        "sádde dan fas «Sádde fiilla» vuolde. Guorus prognosa mearkkaša ahte linjá vurdojuvvo "
        "deaivat bušeahta."
    ),
    "import.page.template_unit": "Ovttadat",
    "import.page.template_download": "Viežžat prognosamálle",
    "import.page.template_none": "Dus eai leat ovttadagat maidda sáhtát čállit prognosa.",
    "import.page.history_empty": "Eai leat vel sáddejumit.",
    "import.page.undo_choice": "Sáddejupmi mii gomihuvvo",
    "import.page.undo": "Gomihit sáddejumi",
    "import.page.read_only": (
        "Don sáhtát dušše lohkat: don oainnát iežat ovttadagaid sáddejumiid, muhto it sáhte "
        "sáddet fiillaid itge gomihit sáddejumiid."
    ),
    "import.unit_key_fields": "ovddasvástádus (dahje ossodat/ovttadat, bálvalus- dahje doaibmasuorgi, prošeakta dahje funkšuvdna)",
    "import.map_unknown_column": "{where}: fiillas ii leat čuolda {columns} (--map:as). Čuolddat leat: {headers}.",
    "import.map_bad_field": "Dovdameahttun gieddi {fields} --map:as. Vállje ovtta dáin: {allowed}.",
    "import.cli.ledger_help": "Doaibma (operating) dahje investeren (investment), go fiila ieš ii dadjat dan",
    "import.cli.map_help": "Mii čuoldagis lea, nugo KOLONNE=FELT (sáhttá geardduhit); muitojuvvo fiillaide main leat seamma čuolddat. Gieddit: {fields}",
    "import.cli.map_format": '«{value}» ii leat KOLONNE=FELT (ovdamearkka dihte --map "Avd=unit").',
    "import.note_new_projects": "{count} prošeakta biddjojuvvojit prošeaktaregistarii, goluid rámma haga dassážii go dat addojuvvo: {projects}.",
    "import.note_plan": "Ekonomiijaplána: {adopted} vurkejuvvo mearriduvvon bušeahttan, {plan} ekonomiijaplána plánajahkin, ii ge dain jagiid mearriduvvon bušeahttan.",
    "import.page.key": "Čoavdda",
    "import.page.ledger": "Doaibma/investeren",
    "import.preview.col_ledger": "Doaibma/investeren",
    "import.key.ansvar": "ovddasvástádus",
    "import.key.unit": "ossodat/ovttadat",
    "import.key.sector": "bálvalus-/doaibmasuorgi",
    "import.key.prosjekt": "prošeakta",
    "import.key.tjeneste": "funkšuvdna",
    "import.ledger_note.option": "{ledger}: {lines} linjá, nugo don válljejit.",
    "import.ledger_note.column": "{ledger}: {lines} linjá, danin go čuolda «{words}» dadjá nu.",
    "import.ledger_note.file": "{ledger}: {lines} linjá, danin go fiila dadjá «{words}».",
    "import.ledger_note.art_rule": "{ledger}: {lines} linjá, šládjanjuolggadusa mielde ({rule}).",
    "import.ledger_note.default": "{ledger}: {lines} linjá; ii fiila iige šlájat dadjá investeren (vállje --ledger investment jus dat lea investeren).",
    "import.skipped.sum_rows": "{count} submaráiddu leat njuikejuvvon badjel ({amounts}): ráidu {rows}.",
    "import.skipped.without_unit": "{count} linjá ovddasvástádusa (dahje eará ovttadatčoavdaga) haga leat njuikejuvvon badjel ({amounts}): ráidu {rows}.",
    "import.budget_kind.plan": "ekonomiijaplána",
    "import.field.budget_plan": "ekonomiijaplána (plánajahki)",
    "import.page.ledger_auto": "dat maid fiila dadjá",
    "import.page.ledger_choice": "Doaibma dahje investeren",
    "import.page.ledger_help": "Vállje dušše go fiila ieš ii dadjat lea go doaibma dahje investeren (bajilčála, fiilanamma, bláđđi, čuolddat dahje šládja).",
    "import.page.mapping_keep": "(nugo dál: {field})",
    "import.budget_change.coverage": "Bušeahttarievdadus {year}, {tertial}. tertiála ({count} ovddasvástádusa)",
    "import.budget_change.not_a_file": "Bušeahttarievdadus dahkkojuvvo go tertiáladieđáhusa evttohus mearriduvvo, ii fiillas.",
    "import.kind.budget_change": "bušeahttarievdadus",
    "import.binary_data": "binárdiehtu",
}
