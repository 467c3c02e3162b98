"""What of a text is left in bokmål when it should be North Sami: every fixed bokmål text of the
translation tables (no placeholders, not the same in North Sami) found in it, after the text the
database holds (names of units, people, projects, comments: what a person or a file supplied,
which is never translated) is taken out."""

from __future__ import annotations

import re
from functools import cache

from analytics.core.texts import NB, SE
from analytics.store import Store

_MIN_LENGTH = 6  # shorter fixed texts ("Nr", "År") also occur inside names and words


@cache
def _fixed_bokmal() -> tuple[str, ...]:
    """The bokmål texts a North Sami page must not show, longest first."""
    sami = set(SE.values())
    texts = {
        text
        for key, text in NB.items()
        if "{" not in text
        and len(text) >= _MIN_LENGTH
        and SE.get(key, text) != text
        and text not in sami
        and not any(text in other for other in sami)
    }
    return tuple(sorted(texts, key=len, reverse=True))


def stored_texts(store: Store) -> list[str]:
    """Every text value the database holds (names, comments, file names …), longest first."""
    columns = store.rows(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE data_type = 'VARCHAR' AND table_schema = 'main' "
        "AND table_name IN (SELECT table_name FROM information_schema.tables "
        "WHERE table_type = 'BASE TABLE')"
    )
    values: set[str] = set()
    for table, column in columns:
        for (value,) in store.rows(f'SELECT DISTINCT "{column}" FROM "{table}" LIMIT 5000'):
            if value and len(str(value)) >= 3:
                values.add(str(value))
    return sorted(values, key=len, reverse=True)


def bokmal_left(text: str, names: list[str]) -> list[str]:
    """The fixed bokmål texts in `text` once every name is taken out (whole words only)."""
    for name in names:
        text = text.replace(name, " ")
    return [
        fixed for fixed in _fixed_bokmal() if re.search(rf"(?<!\w){re.escape(fixed)}(?!\w)", text)
    ]
