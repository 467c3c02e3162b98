"""The column vocabulary of ERP exports, declared once, and the reading of one header cell.

`FIELDS` names every field an import knows, the words (bokmål and nynorsk, with the common
spellings) that mean it, and for which kinds of file it is required. Its Norwegian label is
`t("import.field.<name>")`. A header cell may add a year (`rekneskap_2011`, `Budsjett 2024`) or
a month (`jan`, `januar`, `Periode 1`, `01`, `Regnskap mars`) to an amount word; name columns
are the code word with `(T)`, `navn` or `tekst` (`Ansvar(T)`, `Artsnavn`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from analytics.imports.reader import normalise_header

LEDGER_KINDS = ("budget", "accounts")


@dataclass(frozen=True)
class Field:
    """One field: its name, the header words that mean it, and the kinds that require it."""

    name: str
    synonyms: tuple[str, ...]
    required_for: tuple[str, ...] = ()
    has_name: bool = False  # a code field that may come with a name column, e.g. "Ansvar(T)"


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
        ),
        ("budget", "accounts", "units"),
        has_name=True,
    ),
    Field(
        "art",
        ("art", "konto", "kontoart", "artskonto", "art nr", "artsnr", "kontonr", "kontonummer"),
        ("budget", "accounts"),
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
    Field("prosjekt", ("prosjekt", "prosjektnr", "prosjekt nr", "prosjektnummer"), has_name=True),
    Field(
        "unit",
        ("enhet", "eining", "enhetsnr", "enhetskode", "virksomhet", "avdeling"),
        ("units",),
        has_name=True,
    ),
    Field(
        "sector",
        ("sektor", "sektornr", "sektorkode", "tjenesteområde", "tenesteområde", "kommuneområde"),
        ("units",),
        has_name=True,
    ),
    Field("year", ("år", "aar", "årstall", "regnskapsår", "rekneskapsår", "budsjettår")),
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
        ),
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
            "økonomiplan",
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
)
FIELDS_BY_NAME = {field.name: field for field in FIELDS}
AMOUNT_FIELDS = ("accounts", "accounts_cumulative", "budget", "budget_revised", "amount")
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

_MONTH_WORDS = {
    **{
        word: number
        for number, word in enumerate(
            (
                "januar",
                "februar",
                "mars",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "desember",
            ),
            start=1,
        )
    },
    **{
        word: number
        for number, word in enumerate(
            ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"),
            start=1,
        )
    },
    "des.": 12,
    "sept": 9,
    "febr": 2,
    "aug.": 8,
}
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


@dataclass(frozen=True)
class ColumnRole:
    """What one column holds: a field, and for amounts the year and month its header names."""

    field: str
    year: int | None = None
    month: int | None = None
    bare_number: bool = False  # a month only from a header such as "01": trusted in a run

    @property
    def is_amount(self) -> bool:
        return self.field in AMOUNT_FIELDS


def _word_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for field in FIELDS:
        for synonym in field.synonyms:
            table[normalise_header(synonym)] = field.name
            if field.has_name:
                for form in _NAME_FORMS:
                    table[normalise_header(form.format(synonym))] = f"{field.name}_name"
    return table


WORDS = _word_table()


def known_header_words() -> set[str]:
    """Every normalised header word of the vocabulary (for `find_header_row`)."""
    return set(WORDS) | set(_MONTH_WORDS) | {"periode"}


def classify_header(cell: object) -> ColumnRole | None:
    """The role of a header cell, or None when the vocabulary does not know it.

    A date as header (Excel's "jan.24") is that month's amount column.
    """
    if isinstance(cell, dt.date):
        return ColumnRole("amount", cell.year, cell.month)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = normalise_header(cell)
    if not text:
        return None
    if text in WORDS:
        return ColumnRole(WORDS[text])
    year, rest = _take_year(text)
    month, rest, bare = _take_month(rest)
    if year is None and month is None:
        return None
    if rest == "":
        return ColumnRole("amount", year, month, bare)
    field = WORDS.get(rest)
    if field is None or field not in AMOUNT_FIELDS:
        return None
    return ColumnRole(field, year, month, bare)


def _take_year(text: str) -> tuple[int | None, str]:
    match = _YEAR.search(text)
    if not match:
        return None, text
    return int(match.group(1)), (text[: match.start()] + " " + text[match.end() :]).strip()


def _take_month(text: str) -> tuple[int | None, str, bool]:
    """A month word or period number at the end or start of the text, and what is left."""
    words = text.split(" ")
    for index in (len(words) - 1, 0):
        month = _MONTH_WORDS.get(words[index])
        if month is not None:
            return month, " ".join(words[:index] + words[index + 1 :]), False
    for cut in range(len(words)):
        match = _PERIOD_NUMBER.match(" ".join(words[cut:]))
        if match and 1 <= int(match.group(1)) <= 13:
            bare = cut == len(words) - 1 and words[cut].isdigit()
            return int(match.group(1)), " ".join(words[:cut]), bare
    return None, text, False


def month_from_value(value: object) -> int | None:
    """A month name in a period column ("januar", "jan") as 1–12; None otherwise."""
    return _MONTH_WORDS.get(normalise_header(value)) if isinstance(value, str) else None
