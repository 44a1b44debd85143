"""What the citation popover shows for each kind of link: a citation's references, a level of
evidence explained from NCI's scheme, a dictionary term (with its image), or a plain word that
the library lacks a term. Each is (its name, as a screen reader says it; its HTML; its plain text,
which Copy copies), in the summary's language (content/wording), like the text around the link.
The popover (citation_popover.py) places and shows it; drug names are drug_term_text.py's."""
from __future__ import annotations

import base64
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, Qt
from PySide6.QtGui import QImage

from ...content import Reference, levels_of_evidence
from ...content.wording import words_for

Shown = tuple[str, str, str]  # (name, html, plain)


def references(refs: list[Reference], language: str) -> Shown:
    # The PubMed id is copyable text, never a live link: the app is offline.
    plain = "\n".join(f"{r.number}. {r.text}" + (f" PMID {r.pmid}" if r.pmid else "") for r in refs)
    html = "".join(f"<p><b>{r.number}.</b> {escape(r.text)}"
                   + (f" <span style='white-space: nowrap'>PMID&nbsp;{escape(r.pmid)}</span>" if r.pmid else "")
                   + "</p>" for r in refs)
    numbers = ", ".join(str(r.number) for r in refs)
    words = words_for(language)
    name = (words.reference_title if len(refs) == 1 else words.references_title).format(numbers=numbers)
    return name, html, plain


def level_of_evidence(explanation: levels_of_evidence.Explanation, language: str) -> Shown:
    """A level of evidence whose dictionary entry is not in the library: what its code means."""
    words = words_for(language)
    name = words.loe_name.format(code=explanation.code)
    rows = "".join(f"<p><b>{escape(what)} {escape(code)}:</b> {escape(meaning)}.</p>"
                   for what, code, meaning in explanation.parts)
    note = f"<p><small>{escape(explanation.note)}</small></p>" if explanation.note else ""
    source = words.loe_source.format(summary=words.loe_summary)
    plain = "\n".join([name, *(f"{w} {c}: {m}." for w, c, m in explanation.parts),
                       *([explanation.note] if explanation.note else []), source])
    return name, f"<p><b>{escape(name)}</b></p>{rows}{note}<p><small>{escape(source)}</small></p>", plain


def missing_term(language: str) -> Shown:
    """A dictionary term whose entry the library does not hold: said plainly, never nothing."""
    words = words_for(language)
    heading, text = words.definition_missing, words.definition_missing_why
    return heading, f"<p><b>{escape(heading)}</b></p><p>{escape(text)}</p>", f"{heading}\n{text}"


def image_html(data: bytes | None, width: int, alt: str = "") -> str:
    """A dictionary image as the popover's text can hold it (decoded here, at most `width` wide, and
    given as data: nothing is loaded from a name); "" when there is none or it cannot be decoded."""
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        return ""
    if image.width() > width:
        image = image.scaledToWidth(max(width, 16), Qt.TransformationMode.SmoothTransformation)
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data_url = "data:image/png;base64," + base64.b64encode(bytes(encoded)).decode("ascii")
    return (f'<p><img src="{data_url}" width="{image.width()}" height="{image.height()}" '
            f'alt="{escape(alt)}" /></p>')
