"""Issue 17, finding 4: a dose spoofed with an allowed character. What reorders the text on screen
is refused with file and line; what is merely invisible is dropped, so the text on screen, on the
clipboard, on paper and in the index is the text stored, in both formats. Checked by rendering."""
from __future__ import annotations

import json
import sys
import unicodedata

import pytest

from viewer.content import ContentError, load_summary
from viewer.content.pdq import load_pdq_summary
from viewer.content.render import document_html
from viewer.content.text_safety import INVISIBLE, find_bidi_control

from ..conftest import write_summary
from .pdq_xml import section, summary_xml

SPOOF = "Give \u200f2.5 - 25 mg/kg"
SHOWN_AS = "Give 25 - 2.5 mg/kg"
REORDERING = ["\u200e", "\u200f", "\u061c", *map(chr, range(0x202a, 0x202f)), *map(chr, range(0x2066, 0x206a)),
              "\u05d0", "\u0627"]  # and right-to-left letters: Hebrew alef, Arabic alef
CONTROLS = ["\x85", "\x9b", "\x80"]
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u2063", "\U000e0041", "\U000e007f",
              "\ufe0f", "\u180e", "\u034f"]


def picture(html: str):
    """The HTML as Qt lays it out and paints it, at a fixed width."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QImage, QPainter, QTextDocument

    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 14))
    document.setHtml(html)
    document.setTextWidth(600)
    image = QImage(600, int(document.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def pdq(text: str, title: str = "Generated summary") -> bytes:
    return summary_xml(section(f"\n<Para>{text}</Para>"), title=title)


def test_the_attack_is_real_a_right_to_left_mark_shows_the_doses_the_other_way_round(qapp):
    """Why U+200F is refused: in Qt's layout it reorders, in one left-to-right paragraph."""
    assert picture(f"<p>{SPOOF}</p>") == picture(f"<p>{SHOWN_AS}</p>")
    assert picture(f"<p>{SPOOF}</p>") != picture(f"<p>{SPOOF.replace(chr(0x200f), '')}</p>")


@pytest.mark.parametrize("character", REORDERING + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_what_reorders_or_controls_is_refused_in_pdq_xml_with_its_line(character):
    data = pdq(SPOOF.replace("\u200f", character).replace("&", "&amp;"))
    with pytest.raises(ContentError) as caught:
        load_pdq_summary("spoof.xml", data)
    assert f"U+{ord(character):04X}" in caught.value.message and caught.value.line == 4


@pytest.mark.parametrize("character", REORDERING + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_what_reorders_or_controls_is_refused_in_markdown_with_its_line(tmp_path, character):
    folder = write_summary(tmp_path, "s", f"# A {{#a}}\n\n{SPOOF.replace(chr(0x200f), character)}\n")
    with pytest.raises(ContentError) as caught:
        load_summary(folder)
    assert f"U+{ord(character):04X}" in caught.value.message and caught.value.line == 3


def test_a_mark_written_as_a_json_escape_in_the_title_is_refused(tmp_path):
    folder = write_summary(tmp_path, "s", "# A {#a}\n\nText.\n")
    data = json.loads((folder / "summary.json").read_text())
    (folder / "summary.json").write_text(json.dumps({**data, "title": "Octreotide \u200f50 - 5 mg"}, ensure_ascii=True))
    with pytest.raises(ContentError, match="U\\+200F"):
        load_summary(folder)


@pytest.mark.parametrize("character", INVISIBLES, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_is_dropped_and_the_summary_shows_as_without_it(qapp, character):
    benign, plain = "The dose is 2.5 mg/kg daily.", "The dose is 2.5 mg/kg daily."
    benign = benign.replace("2.5", f"2{character}.5").replace("daily", f"da{character}ily")
    with_it = load_pdq_summary("benign.xml", pdq(benign, title=f"Generated{character} summary"))
    without = load_pdq_summary("plain.xml", pdq(plain))
    [paragraph] = with_it.sections[0].paragraphs
    assert paragraph.text == plain and with_it.title == "Generated summary"  # index, copy and paper read this
    assert not INVISIBLE.search(with_it.html)
    assert picture(document_html(with_it)) == picture(document_html(without))


@pytest.mark.parametrize("character", INVISIBLES, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_is_dropped_in_markdown_too(tmp_path, character):
    folder = write_summary(tmp_path, "s", f"# A {{#a}}\n\nThe dose is 2{character}.5 mg/kg.\n",
                           title=f"Test{character} Summary")
    summary = load_summary(folder)
    assert summary.sections[0].paragraphs[0].text == "The dose is 2.5 mg/kg."
    assert summary.title == "Test Summary" and not INVISIBLE.search(summary.html)


def test_every_format_character_is_either_refused_or_dropped():
    """Unicode's format characters (Cf) all show as nothing: none may pass as it is."""
    passing = [f"U+{c:04X}" for c in range(sys.maxunicode + 1)
               if unicodedata.category(chr(c)) == "Cf" and not INVISIBLE.match(chr(c)) and not find_bidi_control(chr(c))]
    assert passing == []
