"""Small text helpers for PDQ XML: whitespace as an XML renderer treats it, CDR ids, attributes."""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from ..phrases import QT_TRANSLATE_NOOP

_SPACES = re.compile(r"\s+")
# After an inline element, "BRCA1</GeneName>\n\t\t, and" reads "BRCA1, and": no space before these.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"^\s+(?=[.,;:!?)\]}])")
_CDR = re.compile(r"^\s*CDR0*([0-9]+)\s*$", re.IGNORECASE)
# Numbers in attributes are ASCII digits, a few of them: str.isdigit() also takes '²' (which int()
# refuses) and int() refuses more than 4,300 digits, either of which would end a whole import.
_NUMBER = re.compile(r"[0-9]{1,9}")


def collapse(text: str | None) -> str:
    """Runs of white space (line breaks and tabs of a pretty-printed file) become one space."""
    return _SPACES.sub(" ", text) if text else ""


def tail_after_inline(text: str | None) -> str:
    return collapse(_SPACE_BEFORE_PUNCTUATION.sub("", text or ""))


def plain(element: etree.Element) -> str:
    return collapse("".join(element.itertext())).strip()


def cdr_id(value: str | None) -> str:
    """'CDR0000062843', 'CDR62843' or '62843' -> 'CDR0000062843'; '' if it is not a CDR id."""
    match = _CDR.match(value or "") or re.match(r"^\s*0*([0-9]+)\s*$", value or "")
    if not match or len(match.group(1)) > 10:
        return ""
    return f"CDR{int(match.group(1)):010d}"


def whole_number(value: str | None, largest: int) -> int | None:
    """An attribute's whole number from 0 to `largest`, written in ASCII digits; None otherwise."""
    text = (value or "").strip()
    if not _NUMBER.fullmatch(text):
        return None
    found = int(text)
    return found if found <= largest else None


def attr(element: etree.Element, name: str, default: str = "") -> str:
    """An attribute by name, whatever its case: CALS writes 'namest', NCI's files 'NameSt'."""
    wanted = name.lower()
    for key, value in element.attrib.items():
        if key.lower() == wanted:
            return value
    return default


def document_id(doc, tag: str, example: str) -> str:
    """The CDR id of a PDQ document whose root must be <`tag` id="CDR…">; ContentError otherwise."""
    root = doc.root
    if root.tag != tag:
        raise doc.error(root, QT_TRANSLATE_NOOP("Problems", "is not a PDQ {tag} document (its root element is "
                                                            "<{root}>)"), tag=tag, root=root.tag)
    found = cdr_id(root.get("id"))
    if not found:
        raise doc.error(root, QT_TRANSLATE_NOOP("Problems", "<{tag}> needs an id like {example}, not '{id}'"),
                        tag=tag, example=example, id=root.get("id", ""))
    return found
