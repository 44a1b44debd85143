"""Loading summaries from disk: a summary is a folder with `summary.json` and its Markdown file.

Every problem becomes a ContentError that names the file and line; a library load keeps the
summaries that are sound and reports the others, so one broken folder never hides the rest.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from . import limits, manifest, prerendered
from .errors import ContentError, line_of
from .library import Library
from .phrases import (CANNOT_BE_READ, COULD_NOT_BE_READ, FILE_MISSING, NESTED_TOO_DEEPLY, QT_TRANSLATE_NOOP,
                      TITLE_TOO_LONG, TOO_MANY, Phrase)
from .text_safety import find_bidi_control, refusal, without_invisible
from .model import Summary, SummaryMetadata

METADATA_FILE = "summary.json"
# Python-markdown's time grows steeply with nesting (3,000 nested list levels took 7 minutes);
# clinical summaries nest a few levels. Deeper text is refused before it is parsed.
MAX_NESTING = 16
_NESTING = re.compile(r"^(?P<indent>[ \t]*)(?P<quotes>(?:>[ \t]?)*)", re.MULTILINE)
# What the counts of limits.py count, as Markdown writes them: each heading, list item or paragraph
# begins a line of its own, so counting lines bounds what Qt lays out (a line that only looks like
# one, in a code block, counts too: the count errs towards refusing, never towards freezing).
_HEADING = re.compile(r"^ {0,3}#{1,6}(\s|$)")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d{1,9}[.)])\s")
_REQUIRED = ("title", "audience", "source", "last_updated")
_OPTIONAL = ("attribution", "disclaimer", "disclaimer_source", "edition", "kind", "language")  # kind: as PDQ's SummaryType


NOT_JSON = QT_TRANSLATE_NOOP("Problems", "is not valid JSON ({reason})")


def _read_text(path: Path) -> str:
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not a regular file in the summary's folder, "
                                                                   "so it is not read"))
        # a BOM some editors write is not text; nor is anything invisible (see text_safety)
        return without_invisible(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ContentError(path, FILE_MISSING) from None
    except UnicodeDecodeError as exc:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text (byte {byte})"), byte=exc.start) from None
    except OSError as exc:
        raise ContentError(path, CANNOT_BE_READ, reason=exc.strerror) from None
    except ValueError as exc:  # a name no file system holds (a NUL in it)
        raise ContentError(path, CANNOT_BE_READ, reason=str(exc)) from None


def _read_metadata(path: Path) -> tuple[SummaryMetadata, str]:
    import json  # here, not at start-up: a pre-rendered summary is not read from its JSON

    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(path, NOT_JSON, exc.lineno, reason=exc.msg) from None
    except RecursionError:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "nests its values too deeply to read")) from None
    except ValueError as exc:  # a number past Python's digit limit, say
        raise ContentError(path, NOT_JSON, reason=str(exc)) from None
    if not isinstance(data, dict):
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "must hold a JSON object"))
    for key in _REQUIRED + _OPTIONAL + ("content",):
        if key in data and not isinstance(data[key], str):
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "'{key}' must be text"),
                               line_of(text, re.escape(f'"{key}"')), key=key)
        if key in data and key != "content":  # as JSON escapes ("\u200f") too, which the file's text does not show
            data[key] = without_invisible(data[key])
            if find_bidi_control(data[key]):
                raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "'{key}' {reason}"),
                                   line_of(text, re.escape(f'"{key}"')), key=key,
                                   reason=refusal(find_bidi_control(data[key])[1]))
    missing = [key for key in _REQUIRED if not data.get(key, "").strip()]
    if missing:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "missing {keys}"),
                           keys=", ".join(f"'{k}'" for k in missing))
    try:
        updated = dt.date.fromisoformat(data["last_updated"])
    except ValueError:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "'last_updated' must be a date like 2015-05-28, "
                                                               "not '{text}'"),
                           line_of(text, '"last_updated"'), text=data["last_updated"]) from None
    content = data.get("content", "summary.md")
    # Only a plain file beside summary.json: never a folder, a path elsewhere or a hidden file.
    if not content or content != Path(content).name or "\\" in content or content.startswith(".") \
            or content in (METADATA_FILE, manifest.MANIFEST) or any(ord(c) < 32 for c in content):
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "'content' must name a file in the summary's folder, "
                                                               "like summary.md, not '{name}'"),
                           line_of(text, '"content"'), name=content[:60])
    metadata = SummaryMetadata(
        title=data["title"].strip(), audience=data["audience"].strip(), source=data["source"].strip(),
        last_updated=updated, **{key: data.get(key, "").strip() for key in _OPTIONAL})
    return metadata, content


def _check_nesting(source: str, path: Path) -> None:
    for match in _NESTING.finditer(source):
        depth = len(match["indent"].expandtabs(4)) // 4 + match["quotes"].count(">")
        if depth > MAX_NESTING:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "nests lists or quotes {depth} levels deep "
                                                                   "(at most {most})"),
                               source.count("\n", 0, match.start()) + 1, depth=depth, most=MAX_NESTING)


def _check_limits(source: str, path: Path, metadata: SummaryMetadata) -> None:
    from .citations import CITATION_PATTERN  # with Markdown: only when a summary is read from its text
    from .crossrefs import PHRASE

    size = len(source.encode("utf-8"))
    if size > limits.MAX_MARKDOWN_BYTES:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is {size:.1f} MB of text; a summary may hold at most "
                                                               "{most} MB"),
                           size=size / 2**20, most=limits.MAX_MARKDOWN_BYTES // 2**20)
    if len(metadata.title) > limits.MAX_TITLE_CHARACTERS:
        raise ContentError(path.with_name(METADATA_FILE), TITLE_TOO_LONG, length=len(metadata.title),
                           most=limits.MAX_TITLE_CHARACTERS)
    for number, line in enumerate(source.splitlines(), 1):
        if line.startswith("#") and len(line) > limits.MAX_TITLE_CHARACTERS + 10:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "has a heading of {length:,} characters; at most "
                                                                   "{most} are allowed"),
                               number, length=len(line), most=limits.MAX_TITLE_CHARACTERS)
    counted = ((QT_TRANSLATE_NOOP("Problems", "citation markers"), CITATION_PATTERN, limits.MAX_CITATION_MARKERS),
               (QT_TRANSLATE_NOOP("Problems", "cross-references"), PHRASE.pattern, limits.MAX_CROSS_REFERENCES))
    for what, pattern, most in counted:
        for count, match in enumerate(re.finditer(pattern, source), 1):
            if count > most:
                raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "holds more than {most:,} {what}"),
                                   source.count("\n", 0, match.start()) + 1, most=most, what=Phrase(what))


def _check_counts(source: str, path: Path) -> None:
    """The counts a PDQ summary may not pass (limits.py: sections, places to link to, list items,
    reference lists, references), applied to Markdown, refused at the line that passes one. (Markdown
    summaries have no tables: `tables` is not among the extensions, so rows and spans cannot occur.)"""
    caps = {QT_TRANSLATE_NOOP("Problems", "sections"): limits.MAX_SECTIONS,
            QT_TRANSLATE_NOOP("Problems", "places to link to"): limits.MAX_PLACES,
            QT_TRANSLATE_NOOP("Problems", "list items"): limits.MAX_LIST_ITEMS,
            QT_TRANSLATE_NOOP("Problems", "reference lists"): limits.MAX_REFERENCE_LISTS,
            QT_TRANSLATE_NOOP("Problems", "references"): limits.MAX_REFERENCES}
    counts = dict.fromkeys(caps, 0)
    previous, in_references = "", False
    for number, line in enumerate(source.splitlines(), 1):
        found: list[str] = []
        if _HEADING.match(line) or (previous.strip() and _SETEXT_UNDERLINE.match(line)):
            in_references = ".references" in line
            found = ["sections", "places to link to"] + (["reference lists"] if in_references else [])
        elif _LIST_ITEM.match(line):
            found = ["list items", "places to link to"] + (["references"] if in_references else [])
        elif line.strip() and (not previous.strip() or _HEADING.match(previous)):  # a paragraph's first line
            found = ["places to link to"]
        previous = line
        for what in found:
            counts[what] += 1
            if counts[what] > caps[what]:
                raise ContentError(path, TOO_MANY, number, most=caps[what], what=Phrase(what))


def load_summary(folder: Path, require_manifest: bool = False) -> Summary:
    """Read, check, validate and render one summary folder. Raises ContentError."""
    folder = Path(folder)
    manifest.verify(folder, require_manifest)
    metadata, content_name = _read_metadata(folder / METADATA_FILE)
    content_path = folder / content_name
    source = _read_text(content_path)
    _check_nesting(source, content_path)
    _check_limits(source, content_path, metadata)
    _check_counts(source, content_path)
    for path, text in ((folder / METADATA_FILE, _read_text(folder / METADATA_FILE)), (content_path, source)):
        found = find_bidi_control(text)
        if found:
            raise ContentError(path, refusal(found[1]), found[0])
    from .extension import make_markdown  # imported here: a pre-rendered start-up never needs it
    from .structure import Structure

    md = make_markdown()
    try:
        html = md.convert(source)
    except RecursionError:
        raise ContentError(content_path, NESTED_TOO_DEEPLY) from None
    structure = getattr(md, "summary_structure", None) or Structure()  # unset when the text is blank
    if structure.issues:
        issue = structure.issues[0]
        raise ContentError(content_path, issue.message, line_of(source, issue.pattern, issue.occurrence))
    if not structure.sections:
        raise ContentError(content_path, QT_TRANSLATE_NOOP("Problems", "has no sections (no Markdown headings)"))
    return Summary(id=folder.name, folder=folder, metadata=metadata, sections=structure.sections, html=html)


def load_library(root: Path, prerendered_store: Path | None = None, require_manifest: bool = False) -> Library:
    """Every summary folder under `root`, in name order; broken ones are reported, not raised.
    Summaries pre-rendered into `prerendered_store` (see prerendered.py) are not rendered again.
    With `require_manifest`, a summary without a SHA-256 manifest is refused (the bundled ones)."""
    library = Library()
    root = Path(root)
    prerendered_store = Path(prerendered_store) if prerendered_store else None
    if not root.is_dir():
        library.problems.append(ContentError(root, QT_TRANSLATE_NOOP("Problems", "the summaries folder is missing")))
        return library
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            if folder.is_symlink():
                raise ContentError(folder, QT_TRANSLATE_NOOP("Problems", "is a link to another folder: summaries are "
                                                                         "read only from folders inside the summaries "
                                                                         "folder"))
            manifest.verify(folder, require_manifest)
            summary = prerendered.load(folder, prerendered_store) if prerendered_store else None
            if summary is not None:
                library.summaries.append(summary)
                library.prerendered.append(summary.id)
                continue
            library.summaries.append(load_summary(folder))
        except ContentError as exc:
            library.problems.append(exc)
        except Exception as exc:  # noqa: BLE001 (whatever goes wrong with one summary is its problem, not the app's)
            library.problems.append(ContentError(folder, COULD_NOT_BE_READ, detail=f"{type(exc).__name__}: {exc}"))
    return library
