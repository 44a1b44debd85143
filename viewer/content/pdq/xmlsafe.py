"""Reading untrusted XML safely: defusedxml over the standard library's expat parser.

No entity is expanded, nothing external is resolved or fetched, whatever the file declares (a
billion-laughs or external-entity file is refused). Every element keeps the line it starts on, so
a problem found later (a reference naming a citation that does not exist) can name its line.
Sizes and depths are capped: a clinical summary is at most a few megabytes and nests a few dozen
levels; anything past that is refused with a message instead of exhausting memory or the stack.
The encoding is the file's own (a BOM or the XML declaration: UTF-8, UTF-16, with or without
either); the DTD is never used as a gate, since NCI's own files do not validate against it.
"""
from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .. import limits
from ..errors import ContentError, refused_on_any_failure
from ..phrases import CANNOT_BE_READ, FILE_MISSING, NESTED_TOO_DEEPLY, QT_TRANSLATE_NOOP, Phrase
from ..text_safety import find_bidi_control, refusal, without_invisible

# One limit for import and app (see limits): a document the import takes, the app can show.
MAX_BYTES = limits.MAX_PDQ_SUMMARY_BYTES
MAX_DEPTH = 64                 # real summaries nest about 12 levels
MAX_ELEMENTS = 400_000
# What expat says of the faults a hand-edited or cut-short file has, to be said in the interface's language.
EXPAT_REASONS = {reason: Phrase(reason) for reason in (
    QT_TRANSLATE_NOOP("Problems", "no element found"), QT_TRANSLATE_NOOP("Problems", "syntax error"),
    QT_TRANSLATE_NOOP("Problems", "not well-formed (invalid token)"), QT_TRANSLATE_NOOP("Problems", "unclosed token"),
    QT_TRANSLATE_NOOP("Problems", "mismatched tag"), QT_TRANSLATE_NOOP("Problems", "junk after document element"),
    QT_TRANSLATE_NOOP("Problems", "undefined entity"), QT_TRANSLATE_NOOP("Problems", "duplicate attribute"),
    QT_TRANSLATE_NOOP("Problems", "unclosed CDATA section"), QT_TRANSLATE_NOOP("Problems", "partial character"),
    QT_TRANSLATE_NOOP("Problems", "unbound prefix"), QT_TRANSLATE_NOOP("Problems", "XML declaration not well-formed"),
    QT_TRANSLATE_NOOP("Problems", "reference to invalid character number"))}


@dataclass
class XmlDocument:
    """A parsed XML file: its root element, and the line each element starts on."""

    path: Path
    root: etree.Element
    lines: dict[etree.Element, int]

    def line(self, element: etree.Element) -> int | None:
        return self.lines.get(element)

    def error(self, element: etree.Element | None, message: str, **values) -> ContentError:
        """The refusal `message` (a template of `values`, see phrases.py) at `element`'s line."""
        return ContentError(self.path, message, self.line(element) if element is not None else None, **values)


class _LineRecordingParser(DefusedXMLParser):
    """defusedxml's parser, noting each element's line and refusing runaway depth or size."""

    def __init__(self, path: Path):
        super().__init__(target=etree.TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
        self.path = path
        self.lines: dict[etree.Element, int] = {}
        self._depth = 0

    def _start(self, tag, attr_list):  # expat's start handler (pure-Python XMLParser)
        self._depth += 1
        line = self.parser.CurrentLineNumber
        if self._depth > MAX_DEPTH:
            raise ContentError(self.path, QT_TRANSLATE_NOOP("Problems", "nests elements more than {most} levels deep"),
                               line, most=MAX_DEPTH)
        if len(self.lines) >= MAX_ELEMENTS:
            raise ContentError(self.path, QT_TRANSLATE_NOOP("Problems", "holds more than {most:,} elements"), line,
                               most=MAX_ELEMENTS)
        element = super()._start(tag, attr_list)
        self.lines[element] = line
        return element

    def _end(self, tag):
        self._depth -= 1
        return super()._end(tag)


def _too_large(size: int) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("Problems", "is {size:.1f} MB; a summary may be at most {most} MB "
                                                "(a larger one would take minutes to show)"),
                  size=size / 2**20, most=MAX_BYTES // 2**20)


def read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not a regular file"))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(path, _too_large(size))
        return path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, FILE_MISSING) from None
    except OSError as exc:
        raise ContentError(path, CANNOT_BE_READ, reason=exc.strerror or str(exc)) from None


@refused_on_any_failure
def parse(path: Path, data: bytes | None = None) -> XmlDocument:
    """Parse `data` (or the file at `path`) safely. Raises ContentError naming file and line."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    elif len(data) > MAX_BYTES:
        raise ContentError(path, _too_large(len(data)))
    parser = _LineRecordingParser(path)
    try:
        parser.feed(data)
        root = parser.close()
    except etree.ParseError as exc:
        line = exc.position[0] if exc.position else None
        reason = str(exc).split(":")[0]
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not well-formed XML ({reason})"), line,
                           reason=EXPAT_REASONS.get(reason, reason)) from None
    except DefusedXmlException as exc:
        line = getattr(exc, "lineno", None) or parser.parser.CurrentLineNumber
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is refused: it declares entities or external content "
                                                               "({kind})"), line, kind=type(exc).__name__) from None
    except RecursionError:
        raise ContentError(path, NESTED_TOO_DEEPLY) from None
    except LookupError as exc:  # expat asks Python for an encoding it does not know: "x-nonsense"
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "declares an encoding this viewer does not read "
                                                               "({reason}); PDQ files are UTF-8"),
                           parser.parser.CurrentLineNumber, reason=str(exc)) from None
    except ValueError as exc:  # an encoding expat cannot use ("UTF-7", "Shift_JIS": multi-byte), or bytes
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "cannot be read as XML ({reason}); PDQ files are UTF-8"),
                           parser.parser.CurrentLineNumber, reason=str(exc)) from None
    document = XmlDocument(path, root, parser.lines)
    for element in root.iter():  # see text_safety: the invisible dropped, what reorders refused
        element.text, element.tail = without_invisible(element.text), without_invisible(element.tail)
        for name, value in element.attrib.items():
            element.attrib[name] = without_invisible(value)
        for text in (element.text, element.tail, *element.attrib.values()):
            found = find_bidi_control(text) if text else None
            if found:
                raise document.error(element, refusal(found[1]))
    return document
