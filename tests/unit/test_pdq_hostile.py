"""Hostile and malformed XML: errors with file and line, never a hang, a crash or a read of a local file."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as etree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.content import ContentError
from viewer.content.pdq import load_pdq_summary
from viewer.content.pdq.xmlsafe import MAX_DEPTH

from ..conftest import PDQ_SUMMARIES, REPO

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Summary [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<Summary id="CDR1"><SummaryTitle>&lol9;</SummaryTitle></Summary>"""


def external_entity(target: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE Summary [ <!ENTITY secret SYSTEM "{target}"> ]>
<Summary id="CDR1"><SummaryTitle>x</SummaryTitle><SummarySection id="_1"><Title>T</Title>
<Para>&secret;</Para></SummarySection><DateLastModified>2020-01-01</DateLastModified></Summary>""".encode()


def refused(data: bytes, name: str = "hostile.xml") -> ContentError:
    try:
        load_pdq_summary(name, data)
    except ContentError as error:
        return error
    raise AssertionError("loaded")


def test_billion_laughs_is_refused_before_any_expansion():
    error = refused(BILLION_LAUGHS)
    assert "declares entities" in error.message and error.line is not None


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("PATIENT SECRET")
    for target in (secret.as_uri(), str(secret), "http://127.0.0.1:9/x"):
        error = refused(external_entity(target))
        assert "PATIENT SECRET" not in str(error)
        assert "declares entities" in error.message


def test_an_external_dtd_is_not_fetched_and_not_a_gate():
    data = PDQ_SUMMARIES[0].read_bytes().replace(b"<!DOCTYPE Summary >", b'<!DOCTYPE Summary SYSTEM "http://127.0.0.1:9/pdq.dtd">')
    assert load_pdq_summary("with-dtd.xml", data).title.startswith("Childhood Ependymoma")


def test_deep_nesting_is_refused_with_its_line():
    depth = 100_000
    data = b'<Summary id="CDR1">' + b"<Strong>" * depth + b"x" + b"</Strong>" * depth + b"</Summary>"
    error = refused(data)
    assert f"more than {MAX_DEPTH} levels" in error.message and error.line == 1


def test_a_huge_file_is_refused_without_parsing():
    error = refused(b"<Summary>" + b" " * (17 * 1024 * 1024) + b"</Summary>")
    assert "a summary may be at most 4 MB" in error.message


def test_hostile_files_end_in_a_subprocess_within_seconds_and_bounded_memory(tmp_path):
    """The whole set, in a child with a 1 GB address-space cap and a timeout: no hang, no blow-up."""
    files = {"laughs.xml": BILLION_LAUGHS, "xxe.xml": external_entity("file:///etc/passwd"),
             "quadratic.xml": b'<!DOCTYPE S [<!ENTITY a "' + b"a" * 100_000 + b'">]><Summary id="CDR1">' + b"&a;" * 100_000 + b"</Summary>"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    script = textwrap.dedent(f"""
        import resource, sys, pathlib
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from viewer.content import ContentError
        from viewer.content.pdq import load_pdq_summary
        for path in sorted(pathlib.Path({str(tmp_path)!r}).glob("*.xml")):
            try:
                load_pdq_summary(path)
                print("LOADED", path.name)
            except ContentError as error:
                print("refused", error)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and all(line.startswith("refused ") for line in lines), lines
    assert "root:" not in result.stdout


# -- generated trees: whatever the shape, a summary or a ContentError --------------------------------
TAGS = ["Para", "SummarySection", "Title", "ItemizedList", "OrderedList", "ListItem", "Table", "TGroup", "TBody",
        "THead", "Row", "entry", "Reference", "ReferenceSection", "Citation", "SummaryRef", "GlossaryTermRef",
        "LOERef", "MediaLink", "Caption", "Strong", "Emphasis", "Note", "Unknown", "ExternalRef", "KeyPoint"]
ATTRS = st.dictionaries(st.sampled_from(["id", "refidx", "idx", "href", "xref", "NameSt", "NameEnd", "MoreRows",
                                         "ColName", "Style", "ref", "alt", "PMID"]),
                        st.sampled_from(["_1", "_2", "1", "2", "0", "-1", "99999999999", "CDR1#_1", "CDR2", "col1",
                                         "", "x y", "\u202egm 005", "#_1", "1e9"]), max_size=3)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


def _node(tag, attrs, text, kids, tail):
    return (tag, attrs, text, kids, tail)


TREES = st.recursive(
    st.builds(_node, st.sampled_from(TAGS), ATTRS, TEXT, st.just([]), TEXT),
    lambda kids: st.builds(_node, st.sampled_from(TAGS), ATTRS, TEXT, st.lists(kids, max_size=4), TEXT),
    max_leaves=40)


def build(node) -> etree.Element:
    tag, attrs, text, kids, tail = node
    element = etree.Element(tag, attrs)
    element.text, element.tail = text, tail
    element.extend(build(k) for k in kids)
    return element


def clean(text: str) -> str:  # XML 1.0 cannot carry most control characters: the generator's, not the app's, limit
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20) if text else text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TREES, min_size=1, max_size=4))
def test_generated_summaries_load_or_fail_with_a_named_file(nodes):
    root = etree.Element("Summary", {"id": "CDR0000000001"})
    etree.SubElement(root, "SummaryTitle").text = "Generated"
    for node in nodes:
        root.append(build(node))
    etree.SubElement(root, "DateLastModified").text = "2020-01-01"
    for element in root.iter():
        element.text, element.tail = clean(element.text), clean(element.tail)
        for key, value in element.attrib.items():
            element.set(key, clean(value))
    data = etree.tostring(root, encoding="utf-8")
    try:
        summary = load_pdq_summary("generated.xml", data)
    except ContentError as error:
        assert str(error).startswith("generated.xml")
        return
    assert summary.sections and summary.html
    for section in summary.walk():
        for paragraph in section.paragraphs:
            assert paragraph.text == paragraph.text.strip() and "  " not in paragraph.text


def test_limits_on_titles_and_citation_markers(tmp_path):
    long_title = ("<Summary id='CDR1'><SummaryTitle>" + "A" * 600 + "</SummaryTitle>"
                  "<DateLastModified>2020-01-01</DateLastModified></Summary>")
    assert "title of 600 characters" in refused(long_title.encode()).message
    markers = "".join('<Reference refidx="1"/> x ' for _ in range(10_001))
    data = (f'<Summary id="CDR1"><SummaryTitle>T</SummaryTitle><SummarySection id="_1"><Title>S</Title>'
            f'<Para>{markers}</Para><ReferenceSection><Citation idx="1">C</Citation></ReferenceSection>'
            "</SummarySection><DateLastModified>2020-01-01</DateLastModified></Summary>").encode()
    assert "more than 10,000 citation markers" in refused(data).message
