"""The one column vocabulary of every kind of file, declared once, and the reading of a header.

`FIELDS` names every field an import knows, the words (bokmål and nynorsk, with the common
spellings) that mean it, the vocabularies it belongs to, and for which kinds of economy file it
is required. A vocabulary is the set of fields one kind of file may hold: `ledger` (budgets,
accounts and the organisation), `sickleave`, `kompass`, `risks`, `milestones` and `projects`
(the investment projects' register), `balance` (balance items per year), `loans` (the loan
portfolio) and `coverage` (the ROBEK coverage plan). The same word
may mean different fields in two vocabularies ("ansvar" is the ansvar code in a ledger and the
person responsible in a risk register), never two fields in one. Its Norwegian label is
`t("import.field.<name>")`.

In the ledger a header cell may add a year (`rekneskap_2011`, `Budsjett 2024`) or a month
(`jan`, `januar`, `Periode 1`, `01`, `Regnskap mars`) to an amount word; name columns are the
code word with `(T)`, `navn` or `tekst` (`Ansvar(T)`, `Artsnavn`, `prosjekt_tekst`). An amount
word may carry the ledger in front (`Investeringsbudsjett 2013`, `driftsregnskap`): it is read
as the plain word, and the ledger is taken from it by `analytics.imports.books`. Spellings with
«aa» or «o» for «å» (`tjenesteomraade`, `virksomhetsomrade`) are listed as they occur. The other vocabularies
come from HR systems, KS reports and hand-made spreadsheets and are read loosely: unit words
("dagsverk", "%") are taken away, a "%" or "prosent" marks a percentage column, and a header
may add words after a known first word ("Tapte dagsverk totalt").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from analytics.core.names import KS_FACTORS
from analytics.core.reference import read_table
from analytics.imports.periods import MONTH_WORDS
from analytics.imports.reader import normalise_header

LEDGER_KINDS = ("budget", "accounts")
LEDGER = "ledger"
GOALS = "goals"
INDICATORS = "indicators"
VOCABULARIES: tuple[str, ...] = (
    LEDGER, "sickleave", "kompass", "risks", "milestones", "projects", GOALS, INDICATORS,
    "balance", "loans", "coverage",
)  # fmt: skip
_ALL = VOCABULARIES
_LOOSE = frozenset(VOCABULARIES) - {LEDGER}


@dataclass(frozen=True)
class Field:
    """One field: its name, the header words that mean it, where it belongs, what it needs."""

    name: str
    synonyms: tuple[str, ...]
    required_for: tuple[str, ...] = ()
    has_name: bool = False  # a code field that may come with a name column, e.g. "Ansvar(T)"
    vocabularies: tuple[str, ...] = (LEDGER,)
    percent: bool = False  # may be given as a percentage ("Sykefravær %")
    percent_words: tuple[str, ...] = ()  # headers that alone mean a percentage


FIELDS: tuple[Field, ...] = (
    Field(
        "ansvar",
        (
            "ansvar",
            "ansvarssted",
            "ansvarsted",
            "ansvarsnr",
            "ansvar nr",
            "ansvarskode",
            "koststed",
            "kostnadssted",
            "kostsenter",
            "ansvarsområde",
            "ansvarsomraade",
            "ansvarsomrade",
            "ansvarsnummer",
        ),
        ("units",),
        has_name=True,
        vocabularies=(LEDGER, "sickleave", INDICATORS),
    ),
    Field(
        "art",
        ("art", "konto", "kontoart", "artskonto", "art nr", "artsnr", "kontonr", "kontonummer"),
        has_name=True,
    ),
    Field(
        "tjeneste",
        (
            "tjeneste",
            "teneste",
            "funksjon",
            "tjenestenr",
            "tjeneste nr",
            "funksjonsnr",
            "kostra funksjon",
        ),
        has_name=True,
    ),
    Field(
        "prosjekt",
        (
            "prosjekt",
            "prosjektnr",
            "prosjekt nr",
            "prosjektnummer",
            "prosjektkode",
            "investeringsprosjekt",
            "tiltak",
            "tiltaksnr",
            "tiltak nr",
            "tiltaksnummer",
        ),
        has_name=True,
    ),
    Field(
        "unit",
        (
            "enhet",
            "eining",
            "enhetsnr",
            "enhetskode",
            "virksomhet",
            "avdeling",
            "avd",
            "avdelingsnr",
            "avdeling nr",
            "avdelingsnummer",
            "avdelingskode",
            "arbeidssted",
            "resultatenhet",
            "organisasjon",
            "org",
            "unit",
        ),
        ("units",),
        has_name=True,
        vocabularies=(LEDGER, "sickleave", INDICATORS),
    ),
    Field(
        "sector",
        (
            "sektor",
            "sektornr",
            "sektorkode",
            "tjenesteområde",
            "tjenesteomraade",
            "tjenesteomrade",
            "tenesteområde",
            "tenesteomraade",
            "tenesteomrade",
            "kommuneområde",
            "virksomhetsområde",
            "virksomhetsomraade",
            "virksomhetsomrade",
            "funksjonsområde",
            "funksjonsomraade",
            "funksjonsomrade",
            "rammeområde",
            "rammeomraade",
            "budsjettområde",
        ),
        ("units",),
        has_name=True,
    ),
    Field(
        "year",
        ("år", "aar", "ar", "årstall", "regnskapsår", "rekneskapsår", "budsjettår", "year"),
        vocabularies=_ALL,
    ),
    Field(
        "period",
        (
            "periode",
            "perioden",
            "måned",
            "månad",
            "mnd",
            "per",
            "periodenr",
            "regnskapsperiode",
            "rekneskapsperiode",
            "maned",
            "manad",
            "måned nr",
            "month",
        ),
        vocabularies=(LEDGER, "sickleave", INDICATORS),
    ),
    Field(
        "accounts",
        (
            "regnskap",
            "rekneskap",
            "faktisk",
            "regnskap denne periode",
            "rekneskap denne perioden",
            "regnskap i perioden",
            "regnskap periode",
            "faktisk beløp",
            "regnskapsbeløp",
        ),
    ),
    Field(
        "accounts_cumulative",
        (
            "regnskap hittil",
            "rekneskap hittil",
            "hittil i år",
            "regnskap hittil i år",
            "rekneskap hittil i år",
            "regnskap hiå",
            "akkumulert regnskap",
            "regnskap akkumulert",
            "faktisk hittil",
            "akkumulert",
            "hittil",
        ),
    ),
    Field(
        "budget",
        (
            "budsjett",
            "årsbudsjett",
            "opprinnelig budsjett",
            "vedtatt budsjett",
            "budsjett opprinnelig",
            "opprinneleg budsjett",
            "budsjett vedtatt",
            "vedteke budsjett",
            "budsjett vedteke",
            "budsjettforslag",
            "forslag til budsjett",
            "rammebudsjett",
            "ramme",
        ),
    ),
    Field(
        "budget_plan",
        (
            "økonomiplan",
            "økonomiplanår",
            "økonomiplan år",
            "okonomiplan",
            "økplan",
            "øp",
            "plan",
            "planår",
            "handlingsprogram",
        ),
    ),
    Field(
        "budget_revised",
        (
            "revidert budsjett",
            "regulert budsjett",
            "justert budsjett",
            "budsjett revidert",
            "budsjett regulert",
            "rev budsjett",
            "revidert årsbudsjett",
            "regulert årsbudsjett",
        ),
    ),
    Field("amount", ("beløp", "belop", "beloep", "nok", "kr", "beløp nok", "sum beløp")),
    Field(
        "ignored",
        (
            "avvik",
            "avvik kr",
            "avvik i kr",
            "avvik i %",
            "avvik %",
            "forbruk",
            "forbruk %",
            "forbruk i %",
            "forbruksprosent",
            "prognose",
            "budsjett hittil",
            "budsjett hittil i år",
            "periodisert budsjett hittil",
            "rest budsjett",
            "restbudsjett",
            "differanse",
            "endring",
            "merknad",
            "kommentar",
            "%",
        ),
    ),
    *(
        Field(name, synonyms, vocabularies=("sickleave",), percent=percent)
        for name, synonyms, percent in (
            ("unit_name", ("navn", "namn", "enhet navn", "eining namn", "einingsnamn"), False),
            ("quarter", ("kvartal", "kv", "quarter"), False),
            ("agreed_days", ("avtalte", "avtalt", "avtala", "mulige", "moglege",
                             "avtalte dagsverk", "mulige dagsverk", "agreed"), False),
            ("self_cert_days", ("egenmeldt", "eigenmeldt", "egenmeldte", "eigenmelde",
                                "egenmelding", "eigenmelding", "egenmeldt fravær",
                                "eigenmeldt fråvær"), True),
            ("doctor_cert_days", ("legemeldt", "legemeldte", "legemelde", "sykmeldt",
                                  "sjukmeldt", "legemeldt fravær", "legemeldt fråvær"), True),
            ("short_days", ("korttid", "korttidsfravær", "korttidsfråvær", "kort",
                            "korttid 1 16", "korttidsfravær 1 16"), True),
            ("long_days", ("langtid", "langtidsfravær", "langtidsfråvær", "lang", "langtid 17",
                           "langtidsfravær over 16"), True),
            ("headcount", ("antall ansatte", "ansatte", "tal tilsette", "talet på tilsette",
                           "tilsette", "antall", "antall medarbeidere", "headcount"), False),
        )
    ),
    Field(
        "lost_days",
        ("tapte", "tapt", "fravær", "fråvær", "sykefravær", "sjukefråvær", "fravær totalt",
         "fråvær totalt", "sykefravær totalt", "sjukefråvær totalt", "totalt fravær",
         "totalt fråvær", "lost"),
        vocabularies=("sickleave",),
        percent=True,
        percent_words=("sykefravær", "sjukefråvær", "fravær", "fråvær"),
    ),
    *(
        Field(name, synonyms, vocabularies=("kompass",))
        for name, synonyms in (
            ("date", ("dato", "evalueringsdato", "evaluert", "evaluering", "tidspunkt", "date")),
            ("area", ("område", "fokusområde", "omrade", "området", "hovedområde", "area")),
            ("area_no", ("nr", "områdenr", "område nr", "nummer")),
            ("score", ("poeng", "skår", "score", "poengsum", "resultat")),
            ("total", ("sum", "totalt", "total", "samlet", "samla", "sum poeng", "totalsum")),
            ("version", ("versjon", "utgave", "version")),
            ("note", ("merknad", "kommentar", "notat", "note")),
        )
    ),
    *(
        Field(name, synonyms, vocabularies=("risks",))
        for name, synonyms in (
            ("number", ("nr", "id", "løpenr")),
            ("risk", ("risiko", "risikoforhold", "risikoområde", "hendelse", "uønsket hendelse",
                      "beskrivelse", "risk")),
            ("probability", ("sannsynlighet", "sannsyn", "sannsynlegheit", "s", "probability")),
            ("consequence", ("konsekvens", "konsekvens k", "k", "consequence")),
            ("factor", ("rf", "risikofaktor", "risiko faktor", "s x k", "sxk", "factor")),
            ("mitigation", ("tiltak", "risikoreduserende tiltak", "risikoreduserande tiltak",
                            "avbøtende tiltak", "mitigation")),
            ("owner", ("ansvar", "ansvarlig", "ansvarleg", "eier", "eigar", "owner")),
        )
    ),
    *(
        Field(name, synonyms, vocabularies=("milestones",))
        for name, synonyms in (
            ("working_group", ("arbeidsgruppe", "gruppe", "arbeidsgruppa", "delprosjekt",
                               "group")),
            ("week", ("uke", "veke", "ukenr", "vekenr", "uke nr", "veke nr", "week")),
            ("kind", ("type", "hva", "kva", "milepæl", "aktivitet", "kind")),
            ("description", ("beskrivelse", "skildring", "merknad", "tekst", "description")),
        )
    ),
    *(
        Field(name, synonyms, vocabularies=(GOALS,))
        for name, synonyms in (
            ("goal_code", ("nr", "målnr", "mål nr", "målnummer", "kode", "målkode", "id")),
            ("parent_code", ("overordnet", "overordnet mål", "overordnet nr", "hovedmål",
                             "under", "del av", "parent")),
            ("goal_level", ("nivå", "målnivå", "type mål", "level")),
            ("goal_title", ("mål", "målformulering", "måltekst", "tittel", "goal")),
            ("goal_description", ("beskrivelse", "forklaring", "skildring", "description")),
            ("goal_owner", ("ansvarlig", "ansvar", "eier", "måleier", "eigar", "owner")),
            ("goal_unit", ("enhet", "eining", "sektor", "virksomhet", "gjelder for",
                           "organisasjon", "unit")),
            ("goal_period", ("periode", "planperiode", "gjelder", "tidsrom", "period")),
            ("first_year", ("fra år", "fra", "startår", "from")),
            ("last_year", ("til år", "til", "sluttår", "to")),
            ("kompass_area", ("kompassområde", "kommunekompasset", "kompass",
                              "kompassområde nr", "kompass område")),
            ("focus_area", ("fokusområde", "satsingsområde", "innsatsområde", "focus")),
            ("goal_indicators", ("indikatorer", "indikator", "måles med", "måleindikatorer",
                                 "indicators")),
        )
    ),
    *(
        Field(name, synonyms, vocabularies=(INDICATORS,), percent=percent)
        for name, synonyms, percent in (
            ("indicator", ("indikator", "indikatornavn", "nøkkeltall", "måleindikator",
                           "resultatindikator", "kpi", "indicator"), False),
            ("tertial", ("tertial", "tertiale"), False),
            ("value", ("verdi", "resultat", "faktisk", "måling", "målt", "score", "snitt",
                       "gjennomsnitt", "snitt enhet", "enhetens snitt", "skår", "value"), False),
            ("target", ("mål", "målverdi", "måltall", "målsetting", "ambisjon", "target"), False),
            ("direction", ("retning", "polaritet", "bedre", "hva er bedre", "direction"), False),
            ("yellow_limit", ("gul grense", "grense gul", "gul fra", "gul", "yellow"), False),
            ("red_limit", ("rød grense", "grense rød", "rød fra", "rød", "red"), False),
            ("measure_unit", ("måleenhet", "benevning", "målenhet", "measure"), False),
            ("source", ("kilde", "datakilde", "source"), False),
            ("factor", ("faktor", "faktornavn", "factor"), False),
            ("national_average", ("norge", "snitt norge", "landsgjennomsnitt", "nasjonalt snitt",
                                  "nasjonalt", "landet", "gjennomsnitt norge", "snitt landet",
                                  "norge snitt", "national"), False),
            ("respondents", ("antall svar", "svar", "antall besvarelser", "besvarelser",
                             "respondenter", "n"), False),
            ("service", ("tjeneste", "teneste", "tjenesteområde", "brukerundersøkelse",
                         "service"), False),
            ("question", ("spørsmål", "tema", "dimensjon", "spørsmål tema", "question"), False),
            ("case_type", ("sakstype", "saksområde", "type sak", "sakskategori", "saker type",
                           "case type"), False),
            ("decided", ("antall vedtak", "vedtak", "behandlede saker", "antall saker", "saker",
                         "avgjorte saker", "decided"), False),
            ("within_deadline", ("innen frist", "innenfor frist", "vedtak innen frist",
                                 "behandlet innen frist", "antall innen frist",
                                 "within deadline"), False),
            ("within_share", ("andel innen frist", "andel innenfor frist", "innen frist %",
                              "andel behandlet innen frist", "within share"), True),
            ("deadline", ("frist", "lovfrist", "lovpålagt frist", "saksbehandlingsfrist",
                          "frist uker", "frist dager", "deadline"), False),
            ("processing_days", ("behandlingstid", "gjennomsnittlig behandlingstid",
                                 "snitt behandlingstid", "median behandlingstid",
                                 "saksbehandlingstid", "gj snitt behandlingstid",
                                 "processing days"), False),
            ("region", ("region", "region kode", "kommunenummer", "regionkode"), False),
            ("statistic", ("statistikkvariabel", "statistikkvariabler", "statistic"), False),
            ("accounts_scope", ("regnskapsomfang", "regnskapsomfanget", "omfang"), False),
        )
    ),
    *(
        Field(f"ks10_{factor.number}", factor.words, vocabularies=(INDICATORS,))
        for factor in KS_FACTORS
    ),
    *(
        Field(name, synonyms, vocabularies=("projects",))
        for name, synonyms in (
            ("project_code", ("prosjekt", "prosjektnr", "prosjekt nr", "prosjektnummer",
                              "prosjektkode", "tiltak", "tiltaksnr", "kode", "nr", "code")),
            ("project_name", ("prosjektnavn", "prosjektnamn", "prosjekt navn", "navn", "namn",
                              "tiltaksnavn", "prosjekt tekst", "prosjekttekst", "beskrivelse",
                              "name")),
            ("project_unit", ("ansvar", "ansvarlig enhet", "ansvarleg eining", "enhet", "eining",
                              "ansvarssted", "ansvarlig", "unit")),
            ("frame", ("kostnadsramme", "kostnadsramma", "totalramme", "vedtatt kostnadsramme",
                       "vedteken kostnadsramme", "prosjektramme", "kostnadsoverslag",
                       "frame")),
            ("start_year", ("startår", "start år", "oppstart", "oppstartsår", "byggestart",
                            "fra år", "start")),
            ("end_year", ("sluttår", "slutt år", "ferdig år", "ferdigstillelse", "ferdigår",
                          "til år", "slutt")),
            ("phase", ("fase", "prosjektfase", "status", "phase")),
        )
    ),
    Field("balance_item", ("post", "balansepost", "regnskapspost", "linje", "item"),
          vocabularies=("balance",)),
    Field("balance_amount", ("beløp", "belop", "saldo", "balanse", "utgående balanse",
                             "utgåande balanse", "amount"),
          vocabularies=("balance", "coverage")),
    *(
        Field(name, synonyms, vocabularies=("loans",))
        for name, synonyms in (
            ("loan", ("lån", "lånenr", "lånenummer", "lån nr", "lånenavn", "lånenamn", "loan")),
            ("lender", ("långiver", "långivar", "långjevar", "kreditor", "bank", "lender")),
            ("loan_balance", ("restgjeld", "saldo", "balanse", "gjeld", "lånesaldo",
                              "balance")),
            ("rate", ("rente", "rentesats", "rente %", "rentesats %", "rate")),
            ("fixed_until", ("fastrente til", "bunden til", "rentebinding til", "fast til",
                             "rentebinding", "fixed until")),
            ("maturity", ("forfall", "forfallsdato", "siste forfall", "innfrielse",
                          "løpetid til", "maturity")),
        )
    ),
)  # fmt: skip


def _with_north_sami(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The fields with the North Sami header words of data/header_words_se.csv added."""
    words: dict[str, list[str]] = {}
    for name, word in read_table("header_words_se.csv", (("field", str), ("word", str))):
        words.setdefault(name, []).append(normalise_header(word))
    return tuple(
        dataclasses.replace(field, synonyms=(*field.synonyms, *words[field.name]))
        if field.name in words
        else field
        for field in fields
    )


FIELDS = _with_north_sami(FIELDS)
FIELDS_BY_NAME = {field.name: field for field in FIELDS}
AMOUNT_FIELDS = (
    "accounts",
    "accounts_cumulative",
    "budget",
    "budget_revised",
    "budget_plan",
    "amount",
)
# The fields that may name the unit a ledger line belongs to, in the order one is chosen when
# a sheet has several (the lowest level of the organisation first; then project and service).
UNIT_KEY_FIELDS = ("ansvar", "unit", "sector", "prosjekt", "tjeneste")
CODE_FIELDS = tuple(field.name for field in FIELDS if field.has_name)
# Fields a person may choose when mapping an unrecognised column by hand.
MAPPABLE_FIELDS = (
    *CODE_FIELDS,
    *(f"{name}_name" for name in CODE_FIELDS),
    "year",
    "period",
    *AMOUNT_FIELDS,
    "ignored",
)

_NAME_FORMS = (
    "{}(t)",
    "{} (t)",
    "{}navn",
    "{} navn",
    "{}snavn",
    "{} tekst",
    "{}stekst",
    "{}namn",
    "{} namn",
    "navn {}",
    "{} beskrivelse",
    "{}sbeskrivelse",
)
_YEAR = re.compile(r"(?:^|\s)((?:19|20)\d\d)(?:\s|$)")
_PERIOD_NUMBER = re.compile(r"^(?:periode|per|p|mnd|måned|månad)?\s*(\d{1,2})$")


_PARENTHESES = re.compile(r"\([^)]*\)")
_UNIT_WORDS = frozenset({"dagsverk", "dagverk", "dv", "dager", "days", "i"})
_DAY_WORDS = frozenset({"dagsverk", "dagverk", "dv", "dager"})


def mappable_fields(vocabulary: str = LEDGER) -> tuple[str, ...]:
    """The fields a person may choose for a column of this vocabulary when mapping by hand."""
    if vocabulary == LEDGER:
        return MAPPABLE_FIELDS
    return tuple(field.name for field in FIELDS if vocabulary in field.vocabularies)


@dataclass(frozen=True)
class ColumnRole:
    """What one column holds: a field, and for amounts the year and month its header names."""

    field: str
    year: int | None = None
    month: int | None = None
    bare_number: bool = False  # a month only from a header such as "01": trusted in a run
    percent: bool = False  # the column holds percentages (sick leave: "Sykefravær %")
    ledger: str | None = None  # the ledger its header names ("Investeringsbudsjett 2013")

    @property
    def is_amount(self) -> bool:
        return self.field in AMOUNT_FIELDS


@cache
def word_table(vocabulary: str = LEDGER) -> dict[str, str]:
    """Normalised header word → field, for one vocabulary (name forms included)."""
    table: dict[str, str] = {}
    for field in FIELDS:
        if vocabulary not in field.vocabularies:
            continue
        for synonym in field.synonyms:
            table[normalise_header(synonym)] = field.name
            if field.has_name:
                for form in _NAME_FORMS:
                    table[normalise_header(form.format(synonym))] = f"{field.name}_name"
    return table


_YEAR_HEADERS = frozenset(str(year) for year in range(1990, 2101))  # plan-year columns: "2014"


def known_header_words(vocabulary: str = LEDGER) -> set[str]:
    """Every normalised header word of a vocabulary (for `find_header_row`); in the ledger
    also month words and bare years (a column per economic-plan year)."""
    words = set(word_table(vocabulary))
    if vocabulary != LEDGER:
        return words
    return words | set(MONTH_WORDS) | {"periode"} | _YEAR_HEADERS


def classify_header(cell: object, vocabulary: str = LEDGER) -> ColumnRole | None:
    """The role of a header cell in a vocabulary, or None when the vocabulary does not know it.

    In the ledger a date as header (Excel's "jan.24") is that month's amount column.
    """
    if vocabulary in _LOOSE:
        return _classify_loosely(normalise_header(cell), word_table(vocabulary))
    if isinstance(cell, dt.date):
        return ColumnRole("amount", cell.year, cell.month)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = normalise_header(cell)
    if not text:
        return None
    words = word_table(LEDGER)
    if text in words:
        return ColumnRole(words[text])
    role = _amount_role(without_ledger_words(text), words)
    if role is None or role.field not in AMOUNT_FIELDS:
        return role
    return dataclasses.replace(role, ledger=ledger_named(text))


def _amount_role(text: str, words: dict[str, str]) -> ColumnRole | None:
    """An amount word with a year or month (`Budsjett 2024`, `Regnskap mars`, `2014`)."""
    if text in words:
        return ColumnRole(words[text])
    year, rest = _take_year(text)
    month, rest, bare = _take_month(rest)
    if year is None and month is None:
        return None
    if rest == "":
        return ColumnRole("amount", year, month, bare)
    field = words.get(rest)
    if field is None or field not in AMOUNT_FIELDS:
        return None
    return ColumnRole(field, year, month, bare)


def ledger_of_word(word: str) -> str | None:
    """investment for a word about investment («investeringsbudsjett», «investeringar»),
    operating for one about operations («driftsbudsjett», «drift»), else None."""
    if "investering" in word:
        return "investment"
    if word.startswith("drift"):
        return "operating"
    return None


def ledger_named(text: str) -> str | None:
    """The one ledger a (normalised) text names; None for none or both."""
    found = {ledger for word in text.split(" ") if (ledger := ledger_of_word(word))}
    return found.pop() if len(found) == 1 else None


_LEDGER_PREFIX = re.compile(r"\b(?:investerings|drifts)(?=budsjett|regnskap|rekneskap|ramme)")
_LEDGER_WORDS = frozenset({"investering", "investeringer", "investeringar", "drift"})


def without_ledger_words(text: str) -> str:
    """A normalised header without the ledger it names: «investeringsbudsjett 2013» →
    «budsjett 2013», «budsjett drift» → «budsjett» (the ledger is read from the header by
    `analytics.imports.books`)."""
    stripped = _LEDGER_PREFIX.sub("", text)
    words = [word for word in stripped.split(" ") if word not in _LEDGER_WORDS]
    return " ".join(words) if words else text


def _classify_loosely(text: str, words: dict[str, str]) -> ColumnRole | None:
    """The whole header, else without unit words and "%", else its first word (when the rest
    holds no number: "Uke 5" is a week column of a plan, not the week field)."""
    if not text:
        return None
    split = text.split(" ")
    days = any(word in _DAY_WORDS for word in split)
    percent = "%" in text or "prosent" in text
    unbracketed = _PARENTHESES.sub(" ", text)  # "Behandlingstid (dager)": a unit in brackets
    core = " ".join(
        word
        for word in unbracketed.replace("%", " ").replace("prosent", " ").split(" ")
        if word and word not in _UNIT_WORDS
    )
    field = words.get(text) or words.get(core)
    rest = core.split(" ")[1:]
    if field is None and core and not any(char.isdigit() for char in "".join(rest)):
        field = words.get(core.split(" ")[0])
    if field is None:
        return None
    declared = FIELDS_BY_NAME.get(field)
    if declared is None or not declared.percent:
        return ColumnRole(field)
    bare = core in declared.percent_words and not days
    return ColumnRole(field, percent=percent or bare)


def _take_year(text: str) -> tuple[int | None, str]:
    match = _YEAR.search(text)
    if not match:
        return None, text
    return int(match.group(1)), (text[: match.start()] + " " + text[match.end() :]).strip()


def _take_month(text: str) -> tuple[int | None, str, bool]:
    """A month word or period number at the end or start of the text, and what is left."""
    words = text.split(" ")
    for index in (len(words) - 1, 0):
        month = MONTH_WORDS.get(words[index])
        if month is not None:
            return month, " ".join(words[:index] + words[index + 1 :]), False
    for cut in range(len(words)):
        match = _PERIOD_NUMBER.match(" ".join(words[cut:]))
        if match and 1 <= int(match.group(1)) <= 13:
            bare = cut == len(words) - 1 and words[cut].isdigit()
            return int(match.group(1)), " ".join(words[:cut]), bare
    return None, text, False
