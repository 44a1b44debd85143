"""The translation catalogues stay true to the code: every string the interface marks for
translation is in each language's catalogue (lupdate's Python parser silently skips some call
shapes), translated, with the same placeholders and accelerator, and the compiled .qm files the
app loads are what pyside6-lrelease makes of the .ts files beside them."""
from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ..conftest import REPO

I18N = REPO / "resources" / "i18n"
VENV_BIN = Path(__import__("sys").executable).parent
LANGUAGES = tuple(sorted(ts.stem.split("_", 1)[1] for ts in I18N.glob("viewer_*.ts") if ts.stem != "viewer_en"))
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def marked_strings() -> dict[tuple[str, str], bool]:
    """(context, source) -> whether it has plural forms, for every tr(), QCoreApplication.translate()
    and QT_TRANSLATE_NOOP() of the app's Qt layer."""
    found: dict[tuple[str, str], bool] = {}
    for path in sorted((REPO / "viewer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    classes.setdefault(id(child), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name == "tr" and isinstance(func, ast.Attribute) and literal and literal[0] is not None:
                found[(classes[id(node)], literal[0])] = len(node.args) >= 3
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(literal) >= 2 and None not in literal[:2]:
                where = f"{path.relative_to(REPO)}:{node.lineno}"
                # lupdate reads plural forms only from tr(), and drops translate() calls with more arguments
                assert len(node.args) == 2 and not node.keywords, f"{where}: translate(context, text) only"
                found[(literal[0], literal[1])] = False
    return found


def catalogue(language: str) -> dict[tuple[str, str], tuple[bool, list[str]]]:
    root = ET.parse(I18N / f"viewer_{language}.ts").getroot()
    messages = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation] if message.get("numerus") == "yes" else [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = []
            messages[(context.findtext("name"), message.findtext("source"))] = (message.get("numerus") == "yes", forms)
    return messages


def test_the_code_marks_strings_for_translation():
    assert LANGUAGES == ("es",)
    marked = marked_strings()
    assert len(marked) > 100 and any(plural for plural in marked.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_in_the_catalogue_translated(language):
    messages = catalogue(language)
    missing = [key for key in marked_strings() if key not in messages]
    assert missing == [], "run `make translations` (lupdate) and translate what it adds"
    unfinished = [key for key, (_, forms) in messages.items() if not forms or not all(f.strip() for f in forms)]
    assert unfinished == []
    not_plural = [key for key, plural in marked_strings().items() if plural and not messages[key][0]]
    assert not_plural == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders_and_accelerators(language):
    """A {name} lost or renamed would raise in str.format; an & lost leaves a menu entry without its key."""
    wrong = []
    for (context, source), (_, forms) in catalogue(language).items():
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != sorted(set(PLACEHOLDER.findall(source)) - {"%n"}):
                wrong.append((context, source, form))
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                wrong.append((context, source, form))
    assert wrong == []


def test_the_english_catalogue_holds_the_plural_forms():
    messages = catalogue("en")
    plurals = {key for key, plural in marked_strings().items() if plural}
    assert plurals and plurals <= set(messages)
    assert all(len(forms) == 2 and "(s)" not in "".join(forms) for key, (_, forms) in messages.items() if key in plurals)


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_compiled_catalogue_is_what_lrelease_makes_of_its_source(tmp_path, language):
    made = tmp_path / f"viewer_{language}.qm"
    subprocess.run([str(VENV_BIN / "pyside6-lrelease"), str(I18N / f"viewer_{language}.ts"), "-qm", str(made)],
                   check=True, capture_output=True, timeout=60)
    assert made.read_bytes() == (I18N / f"viewer_{language}.qm").read_bytes(), "run `make translations` (lrelease)"
