"""The one translation table: every text a user sees, keyed, in Norwegian bokmål.

Each area of the product keeps its keys in its own module of this package (`common`, `economy`,
`imports`, …); they are merged here into one lookup, `NB`, and a key may live in one module only
(a test checks it). North Sami ("se") and English ("en") follow by adding tables with the same
keys; a key missing there falls back to bokmål. Use `t("key", name=value)`; placeholders are
str.format fields.
"""

from __future__ import annotations

import os

from analytics.core.texts import (
    access,
    cli,
    common,
    demo,
    economy,
    imports,
    programme,
    report,
    server,
    workshop,
)

TABLES = (common, cli, economy, workshop, imports, programme, access, report, demo, server)
NB: dict[str, str] = {key: text for table in TABLES for key, text in table.NB.items()}
SE: dict[str, str] = {}
EN: dict[str, str] = {}

LANGUAGES: dict[str, dict[str, str]] = {"nb": NB, "se": SE, "en": EN}


def current_language() -> str:
    """The user-interface language: $KOMMUNE_LANG (nb, se or en), bokmål by default."""
    language = os.environ.get("KOMMUNE_LANG", "nb")
    return language if language in LANGUAGES else "nb"


def t(key: str, /, **fields: object) -> str:
    """The text for `key` in the current language, with `fields` filled in."""
    text = LANGUAGES[current_language()].get(key) or NB[key]
    return text.format(**fields) if fields else text
