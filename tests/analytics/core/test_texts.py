"""The translation table: every key the code uses exists, and every text formats."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from analytics.core.access import Role
from analytics.core.settings import declared_settings
from analytics.core.texts import EN, NB, SE, TABLES, t

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


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


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


def test_a_missing_translation_falls_back_to_bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOMMUNE_LANG", "se")
    assert t("app.title") == NB["app.title"]
    monkeypatch.setenv("KOMMUNE_LANG", "xx")
    assert t("common.kommune") == "Hele kommunen"
