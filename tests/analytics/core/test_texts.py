"""The translation tables: every key the code uses exists in bokmål, North Sami has a text for
every bokmål key with the same placeholders and markup, every text formats, and the language is
the person's choice, else $KOMMUNE_LANG, else bokmål."""

from __future__ import annotations

import contextvars
import importlib.util
import re
import string
import subprocess
import sys
import threading
import unicodedata
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from analytics.core.access import Role
from analytics.core.settings import declared_settings
from analytics.core.texts import (
    EN,
    LANGUAGE_NAMES,
    NB,
    SE,
    SE_TABLES,
    TABLES,
    choose_language,
    current_language,
    default_language,
    known_language,
    t,
    texts_for,
    using_language,
)

REPO_ROOT = Path(__file__).resolve().parents[3]
SOURCE_DIRS = ("analytics", "pages", "ui", "server")
KEY_LITERAL = re.compile(r"(?<![\w.])t\(\s*[\"']([\w.\-]+)[\"']")


def _source_files() -> list[Path]:
    files = [REPO_ROOT / "app.py"]
    for folder in SOURCE_DIRS:
        files.extend(sorted((REPO_ROOT / folder).rglob("*.py")))
    tables = REPO_ROOT / "analytics" / "core" / "texts"  # the docstring shows t("key", ...)
    return [path for path in files if path.exists() and tables not in path.parents]


def _used_keys() -> list[tuple[str, str]]:
    used: list[tuple[str, str]] = []
    for path in _source_files():
        text = path.read_text(encoding="utf-8")
        relative = str(path.relative_to(REPO_ROOT))
        used.extend((relative, key) for key in KEY_LITERAL.findall(text))
    return used


def _fields(text: str) -> set[tuple[str, str | None, str | None]]:
    """Each placeholder with its format spec and conversion (`{days:g}` must stay `:g`)."""
    return {
        (field, spec, conversion)
        for _, field, spec, conversion in string.Formatter().parse(text)
        if field is not None
    }


def _sample_values(text: str) -> dict[str, object]:
    """A value per placeholder: a number where the format spec asks for one, else Sami text."""
    values: dict[str, object] = {}
    for _, field, spec, _ in string.Formatter().parse(text):
        if not field:
            continue
        name = field.split(".")[0].split("[")[0]
        if spec and spec[-1] in "dnxXob":
            values[name] = 1234
        elif spec and spec[-1] in "eEfFgG%":
            values[name] = 1234.5
        else:
            values[name] = "Čáhppesvuotna"
    return values


def test_the_scan_finds_the_keys_the_code_uses() -> None:
    keys = {key for _, key in _used_keys()}
    assert {"app.title", "app.demo_banner", "store.locked", "demo.created"} <= keys


def test_a_key_lives_in_one_table_only() -> None:
    seen: dict[str, str] = {}
    doubled = []
    for table in TABLES:
        for key in table.NB:
            if key in seen:
                doubled.append(f"{key}: {seen[key]} and {table.__name__}")
            seen[key] = table.__name__
    assert not doubled, "\n".join(doubled)


def test_every_key_used_in_the_code_exists_in_bokmal() -> None:
    missing = sorted(f"{path}: {key}" for path, key in _used_keys() if key not in NB)
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize(
    "keys",
    [
        [f"month.{month}" for month in range(1, 14)],
        [f"month_short.{month}" for month in range(1, 13)],
        [f"level.{level}" for level in ("kommune", "sektor", "enhet", "ansvar")],
        [f"status.{status}" for status in ("green", "yellow", "red")],
        [f"role.{role.value}" for role in Role],
    ],
)
def test_keys_built_from_values_exist(keys: list[str]) -> None:
    assert [key for key in keys if key not in NB] == []


def test_every_setting_has_a_help_text() -> None:
    assert all(setting.help for setting in declared_settings())


@pytest.mark.parametrize("key", sorted(NB))
def test_every_text_formats_with_its_placeholders(key: str) -> None:
    text = NB[key]
    assert text.strip(), key
    values = _sample_values(text)
    formatted = t(key, **values) if values else text.format()
    assert "{" not in formatted.replace("{{", "")


@pytest.mark.parametrize(("language", "table"), [("se", SE), ("en", EN)])
def test_translations_use_bokmal_keys_and_the_same_placeholders(
    language: str, table: dict[str, str]
) -> None:
    for key, text in table.items():
        assert key in NB, f"{language}: {key}"
        assert _fields(text) == _fields(NB[key]), f"{language}: {key}"


# North Sami ---------------------------------------------------------------------------------

SAMI_LETTERS = "áčđŋšŧžÁČĐŊŠŦŽ"
# Texts that are the same in both languages on purpose: product names, codes and the letters of
# the risk register, and texts made of placeholders and signs only (found, not listed).
SAME_IN_BOTH = {
    "kpi.kompass.title": "the name Kommunekompasset",
    "page.kompass": "the name Kommunekompasset",
    "import.kind.kompass": "the name Kommunekompasset",
    "report.goal_kompass": "the name Kommunekompasset",
    "report.kompass": "the name Kommunekompasset",
    "import.history.id": "Nr., the abbreviation of number in both",
    "goals.col.code": "Nr.",
    "indicator.source.ks10": "the name of KS's survey",
    "indicator.source.bedrekommune": "the name of the web site",
    "indicator.source.kostra": "the names SSB and KOSTRA",
    "report.cli_col_id": "Nr.",
    "report.col_upload_id": "Nr.",
    "report.kompass_area_no": "Nr.",
    "kompass.col_number": "Nr",
    "risk.col_number": "Nr",
    "risk.col_probability": "S, the register's letter",
    "risk.col_consequence": "K, the register's letter",
    "risk.col_factor": "RF, the register's letters",
    "programme.cli.col_number": "Nr",
    "programme.cli.col_probability": "S, the register's letter",
    "programme.cli.col_consequence": "K, the register's letter",
    "programme.cli.col_factor": "RF, the register's letters",
    "report.col_sha256": "SHA-256",
    "report.col_pdf_sha256": "PDF SHA-256",
    "users.col.is_demo": "Demo",
}
# Bokmål letters that North Sami does not write; they may appear in a North Sami text only in
# the Norwegian words a file or a setting must carry, which the text quotes as typed.
NORWEGIAN_WORDS_QUOTED = {"formidlingslån", "selvkostlån", "Beløp", "År", "møte", "høyere"}
BOKMAL_SINGULAR_AND_PLURAL = {"år", "ansvar", "tiltak", "mål", "mai"}


def _area(table: ModuleType) -> str:
    return table.__name__.rsplit(".", 1)[-1]


def _letters_outside_placeholders(text: str) -> str:
    return "".join(literal for literal, *_ in string.Formatter().parse(text))


def test_every_area_has_a_north_sami_module() -> None:
    assert [_area(table) for table in SE_TABLES] == [_area(table) for table in TABLES]


@pytest.mark.parametrize(
    ("bokmal", "sami"), list(zip(TABLES, SE_TABLES, strict=True)), ids=[_area(t) for t in TABLES]
)
def test_every_bokmal_key_has_a_north_sami_text(bokmal: ModuleType, sami: ModuleType) -> None:
    missing = sorted(set(bokmal.NB) - set(sami.SE))
    assert not missing, f"texts/se/{_area(sami)}.py lacks: " + ", ".join(missing)
    assert all(sami.SE[key].strip() for key in bokmal.NB), _area(sami)


@pytest.mark.parametrize(
    ("bokmal", "sami"), list(zip(TABLES, SE_TABLES, strict=True)), ids=[_area(t) for t in TABLES]
)
def test_north_sami_has_no_key_bokmal_lacks(bokmal: ModuleType, sami: ModuleType) -> None:
    extra = sorted(set(sami.SE) - set(bokmal.NB))
    assert not extra, f"texts/se/{_area(sami)}.py has keys bokmål lacks: " + ", ".join(extra)


@pytest.mark.parametrize("key", sorted(SE))
def test_every_north_sami_text_formats(key: str) -> None:
    values = _sample_values(SE[key])
    with using_language("se"):
        formatted = t(key, **values) if values else SE[key].format()
    assert "{" not in formatted.replace("{{", "")
    assert all(str(value) in formatted for value in values.values() if isinstance(value, str))


def _markup(text: str) -> tuple[object, ...]:
    """What the screen and the command line rely on: bold marks, line breaks, the leading and
    trailing whitespace (an indented warning, a prompt), the final sign and emoji."""
    stripped = text.rstrip()
    emoji = sorted(char for char in text if unicodedata.category(char) == "So")
    final = stripped[-1] if stripped and stripped[-1] in ".:?!…" else ""
    leading = text[: len(text) - len(text.lstrip())]
    return (text.count("**"), text.count("\n"), leading, text[len(stripped) :], final, emoji)


@pytest.mark.parametrize("key", sorted(set(NB) & set(SE)))
def test_north_sami_keeps_the_markup_of_bokmal(key: str) -> None:
    assert _markup(SE[key]) == _markup(NB[key]), key


def test_north_sami_is_not_a_copy_of_bokmal() -> None:
    copied = {
        key
        for key, text in SE.items()
        if text == NB.get(key) and re.search(r"[^\W\d_]", _letters_outside_placeholders(text))
    }
    assert copied == set(SAME_IN_BOTH), sorted(copied ^ set(SAME_IN_BOTH))


def test_north_sami_writes_no_bokmal_letters_but_in_quoted_words() -> None:
    leftovers = {
        key: text for key, text in SE.items() if re.search("[æøåÆØÅ]", _without_quoted_words(text))
    }
    assert not leftovers, leftovers


def _without_quoted_words(text: str) -> str:
    for word in NORWEGIAN_WORDS_QUOTED:
        text = re.sub(rf"(?<!\w){word}(?!\w)", "", text)
    return text


def test_north_sami_tables_are_composed_unicode() -> None:
    """Á written as A + combining accent looks the same but does not match, sort or search."""
    decomposed = [key for key, text in SE.items() if unicodedata.normalize("NFC", text) != text]
    assert decomposed == []
    assert set("áčđŋšž") <= set("".join(SE.values()))


def test_north_sami_letters_survive_a_text() -> None:
    with using_language("se"):
        text = t("economy.page.okonomi_caption", name=SAMI_LETTERS, period="Kárášjohka")
    assert text.startswith(f"{SAMI_LETTERS}: ")
    assert "Kárášjohka" in text


def test_the_same_bokmal_text_gets_the_same_north_sami_text() -> None:
    """One term per thing: where bokmål says the same, North Sami does too, except where the
    bokmål word is both singular and plural (North Sami tells them apart) or a month's name is
    also its short form."""
    keys_by_text: dict[str, list[str]] = defaultdict(list)
    for key, text in NB.items():
        keys_by_text[text.casefold()].append(key)
    differing = {
        text: sorted({SE.get(key, "").casefold() for key in keys})
        for text, keys in keys_by_text.items()
        if len({SE.get(key, "").casefold() for key in keys}) > 1
    }
    assert set(differing) <= BOKMAL_SINGULAR_AND_PLURAL, differing


# The language mechanism ---------------------------------------------------------------------


@pytest.fixture
def no_language_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOMMUNE_LANG", raising=False)


@pytest.mark.usefixtures("no_language_variable")
def test_bokmal_is_the_default() -> None:
    assert current_language() == default_language() == "nb"
    assert t("common.kommune") == "Hele kommunen"


@pytest.mark.parametrize(
    ("variable", "expected"),
    [("se", "se"), ("SE", "se"), ("se_NO", "se"), ("sme", "se"), ("nb-NO", "nb"), ("no", "nb")],
)
def test_kommune_lang_sets_the_default(
    monkeypatch: pytest.MonkeyPatch, variable: str, expected: str
) -> None:
    monkeypatch.setenv("KOMMUNE_LANG", variable)
    assert current_language() == expected


@pytest.mark.parametrize("variable", ["xx", "", "  "])
def test_an_unknown_kommune_lang_gives_bokmal(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv("KOMMUNE_LANG", variable)
    assert current_language() == "nb"
    assert t("common.kommune") == "Hele kommunen"


def test_the_persons_choice_wins_over_kommune_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOMMUNE_LANG", "se")
    context = contextvars.copy_context()

    def run() -> tuple[str, str]:
        choose_language("nb")
        return current_language(), t("common.kommune")

    assert context.run(run) == ("nb", "Hele kommunen")
    assert current_language() == "se"  # the choice stayed in its own context


@pytest.mark.usefixtures("no_language_variable")
def test_choosing_none_goes_back_to_the_default() -> None:
    context = contextvars.copy_context()

    def run() -> str:
        choose_language("se")
        choose_language(None)
        return current_language()

    assert context.run(run) == "nb"


@pytest.mark.usefixtures("no_language_variable")
def test_using_language_switches_and_restores() -> None:
    with using_language("se"):
        assert current_language() == "se"
        assert t("common.kommune") == "Olles gielda"
        with using_language("nb"):
            assert t("common.kommune") == "Hele kommunen"
        assert t("common.kommune") == "Olles gielda"
    assert current_language() == "nb"


@pytest.mark.usefixtures("no_language_variable")
def test_using_language_restores_after_an_error() -> None:
    with pytest.raises(KeyError), using_language("se"):
        t("no.such.key")
    assert current_language() == "nb"


@pytest.mark.parametrize("language", ["xx", "", "bokmål"])
def test_an_unknown_language_is_refused(language: str) -> None:
    with pytest.raises(ValueError, match="Unknown language"), using_language(language):
        pass
    with pytest.raises(ValueError, match="Unknown language"):
        choose_language(language)


@pytest.mark.usefixtures("no_language_variable")
def test_a_choice_does_not_reach_another_thread() -> None:
    """Each Streamlit session runs its script in a thread of its own: one person's language
    must not show on another person's screen."""
    seen: list[str] = []
    with using_language("se"):
        thread = threading.Thread(target=lambda: seen.append(current_language()))
        thread.start()
        thread.join()
        assert current_language() == "se"
    assert seen == ["nb"]


def test_a_key_missing_in_north_sami_falls_back_to_bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(SE, "app.title")
    with using_language("se"):
        assert t("app.title") == NB["app.title"]
        assert t("common.kommune") == "Olles gielda"


def test_english_falls_back_to_bokmal_per_key() -> None:
    with using_language("en"):
        assert t("common.kommune") == NB["common.kommune"]


def test_texts_for_gives_every_language_that_has_the_key() -> None:
    assert texts_for("import.template.sheet") == {"nb": "Prognose", "se": "Prognosa"}


def test_every_language_offered_is_known_and_named_in_itself() -> None:
    assert {known_language(code) for code in LANGUAGE_NAMES} == set(LANGUAGE_NAMES)
    assert LANGUAGE_NAMES["se"] == "Davvisámegiella"


# The translator's list ----------------------------------------------------------------------

SCRIPT = REPO_ROOT / "scripts" / "missing_se_keys.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("missing_se_keys", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_the_missing_keys_script_finds_nothing_today() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False, cwd="/"
    )
    assert (done.returncode, done.stdout.strip()) == (
        0,
        "North Sami has a text for every bokmål key.",
    ), done.stderr


def test_the_missing_keys_script_lists_what_a_table_lacks() -> None:
    script = _script()
    gaps = script.area_gaps(
        "goals",
        {"goals.a": "Mål {year}", "goals.b": "Status", "goals.c": "Tom"},
        {"goals.a": "Ulbmil {jahki}", "goals.c": " ", "goals.old": "Boares"},
    )
    assert gaps.missing == {"goals.b": "Status", "goals.c": "Tom"}
    assert gaps.extra == ("goals.old",)
    assert gaps.placeholders_differ == ("goals.a",)
    lines = script.report_lines(gaps)
    assert lines[0] == "# analytics/core/texts/se/goals.py: 2 missing"
    assert "    'goals.b': 'Status',  # bokmål" in lines


def test_the_missing_keys_script_lists_an_area_without_a_module() -> None:
    gaps = _script().area_gaps("goals", {"goals.a": "Mål"}, None)
    assert not gaps.has_module
    assert gaps.missing == {"goals.a": "Mål"}
