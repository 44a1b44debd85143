"""The core's sentences (content/phrases.py: a refusal's reason, a problem with the library) said in
the interface's language: the template is translated from the catalogue and the values filled in,
a value that is itself a sentence said in turn, numbers written as the locale writes them. Text
that is no Phrase (a file name, an OS error) is shown as it is."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ...content.errors import ContentError
from ...content.phrases import CONTEXT, Phrase

FIELD = re.compile(r"\{(\w+)(?::([^{}]*))?\}")  # {name} or {name:,} / {name:.1f}
DECIMALS = re.compile(r"\.(\d+)f")


def said(text) -> str:
    """`text` (a Phrase, a ContentError, or any text) in the interface's language."""
    if isinstance(text, ContentError):
        text = text.said()
    if not isinstance(text, Phrase):
        return str(text)
    if not text.values:
        return QCoreApplication.translate(CONTEXT, text.template)
    translated = QCoreApplication.translate(CONTEXT, text.template)
    if {m.group(1) for m in FIELD.finditer(translated)} != set(text.values):
        translated = text.template  # a translation that lost or invented a value: the English, whole
    return FIELD.sub(lambda match: _value(text.values[match.group(1)], match.group(2) or ""), translated)


def _value(value, spec: str) -> str:
    if isinstance(value, (Phrase, ContentError)):
        return said(value)
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return format(value, spec)  # as the command line writes it
    if isinstance(value, int) and not isinstance(value, bool):
        return locale.toString(value) if "," in spec else str(value)
    if isinstance(value, float) and (decimals := DECIMALS.search(spec)):
        return locale.toString(value, "f", int(decimals.group(1)))
    return format(value, spec)
