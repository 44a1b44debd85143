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
from ..text_safety import find_bidi_control, refusal, without_invisible

# One limit for import and app (see limits): a document the import takes, the app can show.
MAX_BYTES = limits.MAX_PDQ_SUMMARY_BYTES
MAX_DEPTH = 64                 # real summaries nest about 12 levels
MAX_ELEMENTS = 400_000


@dataclass
class XmlDocument:
    path: Path
    root: etree.Element
    lines: dict[etree.Element, int]

    def line(self, element: etree.Element) -> int | None:
        return self.lines.get(element)

    def error(self, element: etree.Element | None, message: str) -> ContentError:
        return ContentError(self.path, message, self.line(element) if element is not None else None)


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
            raise ContentError(self.path, f"nests elements more than {MAX_DEPTH} levels deep", line)
        if len(self.lines) >= MAX_ELEMENTS:
            raise ContentError(self.path, f"holds more than {MAX_ELEMENTS:,} elements", line)
        element = super()._start(tag, attr_list)
        self.lines[element] = line
        return element

    def _end(self, tag):
        self._depth -= 1
        return super()._end(tag)


def _too_large(size: int) -> str:
    return (f"is {size / 2**20:.1f} MB; a summary may be at most {MAX_BYTES // 2**20} MB "
            "(a larger one would take minutes to show)")


def read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise ContentError(path, "is not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(path, _too_large(size))
        return path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, "file is missing") from None
    except OSError as exc:
        raise ContentError(path, f"cannot be read ({exc.strerror or exc})") from None


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
        raise ContentError(path, f"is not well-formed XML ({reason})", line) from None
    except DefusedXmlException as exc:
        line = getattr(exc, "lineno", None) or parser.parser.CurrentLineNumber
        raise ContentError(path, f"is refused: it declares entities or external content ({type(exc).__name__})",
                           line) from None
    except RecursionError:
        raise ContentError(path, "is nested too deeply to read") from None
    except LookupError as exc:  # expat asks Python for an encoding it does not know: "x-nonsense"
        raise ContentError(path, f"declares an encoding this viewer does not read ({exc}); PDQ files are UTF-8",
                           parser.parser.CurrentLineNumber) from None
    except ValueError as exc:  # an encoding expat cannot use ("UTF-7", "Shift_JIS": multi-byte), or bytes
        raise ContentError(path, f"cannot be read as XML ({exc}); PDQ files are UTF-8",
                           parser.parser.CurrentLineNumber) from None
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
