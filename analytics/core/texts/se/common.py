"""Texts shared by every page: the app, levels, months, common words. North Sami.

Month names and their short forms are CLDR's (Babel's `se` locale), so a date written by Babel and
a month written from this table read the same.
"""

SE: dict[str, str] = {
    "app.title": "Ekonomiija- ja ulbmilstivren",
    "app.demo_banner": (
        "DEMODIEĐUT: Dát lea hutkojuvvon demogielda. Logut eai leat duođalaččat, ja daid ii oaččo "
        "geavahit dego livčče gieldda logut."
    ),
    "app.demo_mark": "DEMODIEĐUT",
    "clock.bad_today": "{variable}={value} ii leat beaivemearri. Čále dan JJJJ-MM-BB, ovdamearkka dihte 2026-04-30.",
    "common.kommune": "Olles gielda",
    "common.unknown_unit": "Dovdameahttun",
    "common.unknown_unit_help": "Ovddasvástádusat mat eai gávdno organisašuvnnas",
    "common.year": "Jahki",
    "common.month": "Mánnu",
    "common.unit": "Ovttadat",
    "common.sector": "Suorgi",
    "common.ansvar": "Ovddasvástádus",
    "common.download_xlsx": "Viežžat Excel-fiilan",
    "common.no_data": "Dán válljemis eai leat vel dieđut.",
    "common.code": "Koda",
    "common.name": "Namma",
    "kpi.economy.help": (
        "Prognosa mielde badjegolahus jagi loahpas oassin brutto golobušeahtas. Ruoná go lea "
        "vuollelis go ruoná stáhtusa rádji, rukses go lea badjelis go rukses stáhtusa rádji "
        "(ásahusat)."
    ),
    "kpi.economy.title": "Doaibma dássedeattus",
    "kpi.kompass.help": (
        "Maŋimuš Kommunekompasset-árvvoštallan (0–800 čuoggá) prográmma ulbmiliid ektui. Rukses "
        "go ulbmil ii leat olahuvvon dan jagi rádjái mii lea mearriduvvon, fiskat go boahtte "
        "ulbmil ii leat vel olahuvvon."
    ),
    "kpi.kompass.title": "Kommunekompasset",
    "kpi.sick_leave.help": (
        "Massojuvvon bargobeaivvit ÷ šiehtaduvvon bargobeaivvit maŋimuš 12 mánus, ovttadagain "
        "čoahkkáisupmejuvvon. Ruoná ulbmila dásis dahje vuollelis, fiskat gitta 1 "
        "proseantačuoggá badjelis, rukses das badjelis."
    ),
    "kpi.sick_leave.title": "Buohccejávkan, maŋimuš 12 mánu",
    "level.kommune": "Gielda",
    "level.sektor": "Suorgi",
    "level.enhet": "Ovttadat",
    "level.ansvar": "Ovddasvástádus",
    "level.artgroup": "Šlájajoavku",
    "level.art": "Šládja",
    "month.1": "ođđajagemánnu",
    "month.2": "guovvamánnu",
    "month.3": "njukčamánnu",
    "month.4": "cuoŋománnu",
    "month.5": "miessemánnu",
    "month.6": "geassemánnu",
    "month.7": "suoidnemánnu",
    "month.8": "borgemánnu",
    "month.9": "čakčamánnu",
    "month.10": "golggotmánnu",
    "month.11": "skábmamánnu",
    "month.12": "juovlamánnu",
    "month.13": "áigodat 13",
    "month_short.1": "ođđj",
    "month_short.2": "guov",
    "month_short.3": "njuk",
    "month_short.4": "cuo",
    "month_short.5": "mies",
    "month_short.6": "geas",
    "month_short.7": "suoi",
    "month_short.8": "borg",
    "month_short.9": "čakč",
    "month_short.10": "golg",
    "month_short.11": "skáb",
    "month_short.12": "juov",
    "reference.bad_value": (
        "Referánsatabealla {file}, ráidu {row}, čuolda «{column}»: «{value}» ii sáhte lohkkojuvvot."
    ),
    "reference.missing_columns": "Referánsatabeallas {file} váilot čuolddat {columns}.",
    "status.green": "Plána mielde",
    "status.yellow": "Čuovo mielde",
    "status.red": "Doaibmabijut dárbbašuvvojit",
    "status.none": "Ii stáhtus",
    "common.and_list": "{first} ja {last}",
    "common.or_list": "{first} dahje {last}",
    "level.project": "Prošeakta",
}
