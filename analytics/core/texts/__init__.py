"""The one translation table: every text a user sees, keyed, in Norwegian bokmål and North Sami.

Each area of the product keeps its keys in its own module of this package (`common`, `economy`,
`imports`, …); they are merged here into one lookup, `NB`, and a key may live in one module only
(a test checks it). North Sami ("se", davvisámegiella) has a module of the same name per area
in `texts/se/`, merged into `SE`; English ("en") may follow the same way. A key missing in a
language falls back to bokmål. Use `t("key", name=value)`; placeholders are str.format fields.

The language of a text: the person's own choice for the current run when one is set (the UI
sets it per session and run with `choose_language`; the command line and the report use
`with using_language("se"):`), else $KOMMUNE_LANG, else bokmål. The choice lives in a
`ContextVar`, so two sessions served by the same process never see each other's language.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token

from analytics.core.texts import (
    access,
    cli,
    common,
    demo,
    economy,
    finance,
    goals,
    imports,
    investments,
    programme,
    report,
    server,
    tertial,
    workshop,
)
from analytics.core.texts.se import access as se_access
from analytics.core.texts.se import cli as se_cli
from analytics.core.texts.se import common as se_common
from analytics.core.texts.se import demo as se_demo
from analytics.core.texts.se import economy as se_economy
from analytics.core.texts.se import finance as se_finance
from analytics.core.texts.se import goals as se_goals
from analytics.core.texts.se import imports as se_imports
from analytics.core.texts.se import investments as se_investments
from analytics.core.texts.se import programme as se_programme
from analytics.core.texts.se import report as se_report
from analytics.core.texts.se import server as se_server
from analytics.core.texts.se import tertial as se_tertial
from analytics.core.texts.se import workshop as se_workshop

TABLES = (
    common,
    cli,
    economy,
    finance,
    workshop,
    imports,
    investments,
    programme,
    access,
    report,
    server,
    tertial,
    demo,
    goals,
)
SE_TABLES = (
    se_common,
    se_cli,
    se_economy,
    se_finance,
    se_workshop,
    se_imports,
    se_investments,
    se_programme,
    se_access,
    se_report,
    se_server,
    se_tertial,
    se_demo,
    se_goals,
)
NB: dict[str, str] = {key: text for table in TABLES for key, text in table.NB.items()}
SE: dict[str, str] = {key: text for table in SE_TABLES for key, text in table.SE.items()}
EN: dict[str, str] = {}

DEFAULT_LANGUAGE = "nb"
LANGUAGES: dict[str, dict[str, str]] = {"nb": NB, "se": SE, "en": EN}
# The languages a person can choose, each named in its own language (as a language switch shows
# them, so a reader finds their own language whatever the screen is in).
LANGUAGE_NAMES: dict[str, str] = {"nb": "Norsk bokmål", "se": "Davvisámegiella"}
# Other ways of writing the codes that people put in $KOMMUNE_LANG (ISO 639-2/3, "no").
_ALIASES = {"nob": "nb", "no": "nb", "nor": "nb", "sme": "se"}
_chosen: ContextVar[str | None] = ContextVar("kommune_language", default=None)


def known_language(code: str) -> str | None:
    """The table's code (nb, se, en) for a language code as people write it (`se`, `SE`,
    `se_NO`, `sme`, `nb-NO`, `no`); None when it names no language we have."""
    base = code.strip().replace("-", "_").split("_")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def default_language() -> str:
    """The municipality's default: $KOMMUNE_LANG (nb, se or en), bokmål when unset or unknown."""
    return known_language(os.environ.get("KOMMUNE_LANG", "")) or DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the texts now: the person's choice for this run, else the default."""
    return _chosen.get() or default_language()


def _checked(language: str) -> str:
    code = known_language(language)
    if code is None:
        raise ValueError(f"Unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    return code


def choose_language(language: str | None) -> Token[str | None]:
    """Sets the person's language for the rest of this context (a Streamlit script run, whose
    thread starts without one); None goes back to the default. Returns the token that
    `ContextVar.reset` takes. Raises ValueError for a code that names no language we have."""
    return _chosen.set(None if language is None else _checked(language))


@contextmanager
def using_language(language: str) -> Iterator[None]:
    """Texts and formats in `language` inside the block (the command line's --lang, the report),
    the previous choice restored after it, also when the block raises."""
    token = _chosen.set(_checked(language))
    try:
        yield
    finally:
        _chosen.reset(token)


def t(key: str, /, **fields: object) -> str:
    """The text for `key` in the current language (bokmål where that language lacks the key),
    with `fields` filled in."""
    text = LANGUAGES[current_language()].get(key) or NB[key]
    return text.format(**fields) if fields else text


def texts_for(key: str) -> dict[str, str]:
    """The text for `key` in every language that has it, bokmål first: for reading back what an
    earlier export or template wrote in another person's language (a sheet name, a heading)."""
    return {code: table[key] for code, table in LANGUAGES.items() if key in table}
