"""Finding 7 of the attack (and the raw-HTML part of 6): text hidden or reordered on screen while it
is stored, copied and printed otherwise. What is shown must be what is stored."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument

from viewer.content import ContentError, load_summary
from viewer.content.pdq import load_pdq_summary
from viewer.content.render import document_html

from ..conftest import write_summary


def shown(summary) -> str:
    """The text a reader sees (Qt's layout of the rendered HTML)."""
    document = QTextDocument()
    document.setHtml(document_html(summary))
    return " ".join(document.toPlainText().split())


@pytest.mark.parametrize("markdown, must_show", [
    ('# A {#a}\n\nThe dose is <span style="display:none">NOT </span>5 mg.\n', "NOT"),
    ('# A {#a}\n\n<style>p { display: none }</style>\n\nThe dose is 5 mg.\n', "The dose is 5 mg."),
    ('# A {#a}\n\nThe dose is 5 mg.\n{style="font-size:1px; color:#ffffff"}\n', "The dose is 5 mg."),
    ('# A {#a style="display:none"}\n\nThe dose is 5 mg.\n', "A"),
    ('# A {#a}\n\n<div markdown="1" hidden>Do not give 500 mg.</div>\n', "Do not give 500 mg."),
])
def test_content_cannot_hide_or_style_its_words(tmp_path, markdown, must_show):
    summary = load_summary(write_summary(tmp_path, "s", markdown))
    assert "<style" not in summary.html and "<span" not in summary.html and "<div" not in summary.html
    assert not re.search(r"<[a-zA-Z][^<>]*\s(style|hidden)\b", summary.html)  # no element styled or hidden
    assert must_show in shown(summary)


def test_raw_html_leaves_no_placeholders_in_text_search_or_copy(tmp_path):
    summary = load_summary(write_summary(tmp_path, "s", "# A {#a}\n\nSee <b>bold</b> and <i>more</i>.\n"))
    texts = [p.text for s in summary.walk() for p in s.paragraphs]
    assert texts == ["See <b>bold</b> and <i>more</i>."]  # as written: nothing stashed, nothing lost
    assert "wzxhzdk" not in summary.html and "\x02" not in summary.html


@pytest.mark.parametrize("where", ["title", "text"])
def test_a_bidirectional_override_is_refused_with_its_line(tmp_path, where):
    spoof = "Octreotide \u202egm 005\u202c"
    folder = (write_summary(tmp_path, "s", f"# A {{#a}}\n\nGive\n{spoof}.\n") if where == "text"
              else write_summary(tmp_path, "s", "# A {#a}\n\nText.\n", title=spoof))
    with pytest.raises(ContentError) as caught:
        load_summary(folder)
    assert "bidirectional control character (U+202E)" in caught.value.message
    assert caught.value.line == (4 if where == "text" else 2)


def test_a_bidirectional_override_in_pdq_xml_is_refused_with_its_line():
    data = ('<Summary id="CDR1"><SummaryTitle>T</SummaryTitle>\n<SummarySection id="_1"><Title>S</Title>\n'
            '<Para>Give \u202egm 005\u202c now.</Para></SummarySection><DateLastModified>2020-01-01</DateLastModified>'
            '</Summary>').encode()
    with pytest.raises(ContentError) as caught:
        load_pdq_summary("spoof.xml", data)
    assert "U+202E" in caught.value.message and caught.value.line == 3


# The isolates (U+2066 LRI, U+2067 RLI, U+2068 FSI, U+2069 PDI) reorder what is shown as overrides do:
# "Give \u2067mg 5.2\u2069" displays as "Give 2.5 mg".
ISOLATES = ["\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("isolate", ISOLATES, ids=lambda c: f"U+{ord(c):04X}")
def test_a_bidirectional_isolate_is_refused_with_its_line(tmp_path, isolate):
    code = f"U+{ord(isolate):04X}"
    folder = write_summary(tmp_path, "s", f"# A {{#a}}\n\nGive\n{isolate}mg 5.2\u2069 now.\n")
    with pytest.raises(ContentError) as caught:
        load_summary(folder)
    assert code in caught.value.message and caught.value.line == 4
    data = ('<Summary id="CDR1"><SummaryTitle>T</SummaryTitle>\n<SummarySection id="_1"><Title>S</Title>\n'
            f'<Para>Give {isolate}mg 5.2\u2069 now.</Para></SummarySection><DateLastModified>2020-01-01</DateLastModified>'
            '</Summary>').encode()
    with pytest.raises(ContentError) as caught:
        load_pdq_summary("spoof.xml", data)
    assert code in caught.value.message and caught.value.line == 3
