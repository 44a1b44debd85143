"""The dictionary in both languages (issue 22, item 5): a term in a Spanish summary opens its
Spanish name and definition, or the English one said so in Spanish; a term's image (its MediaLink,
from the library's media: NCI's Media/ folder) shows in its popover with its caption in the
summary's language, and an image the library lacks, or cannot decode, is said, never a break.
NCI's real files are read from ../shared; the image, which the shared distribution lacks (it holds
only recordings), is made here."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QBuffer, QByteArray, Qt
from PySide6.QtGui import QColor, QImage

from viewer.content.pdq import load_glossary_term
from viewer.content.term_card import term_card
from viewer.library import run_import

from ..conftest import PDQ
from .test_pdq_window import open_link
from .test_reader_window import open_window, until_shown

DISTRIBUTION = PDQ / "distribution"
CHEST_XRAY = DISTRIBUTION / "GlossaryTerm" / "CDR304687.xml"     # English + Spanish, two image MediaLinks
TRANSRECTAL = DISTRIBUTION / "GlossaryTerm" / "CDR322891.xml"    # English only, one image
GIST_ES = DISTRIBUTION / "Summary" / "CDR710915.xml"             # Spanish patient summary using chest x-ray
UNUSUAL_PATIENT = DISTRIBUTION / "Summary" / "CDR62878.xml"      # English patient summary using it too
TERM = "glossary:CDR0000304687"
IMAGE_ID = "CDR0000304687"  # what the term's MediaLinks name
GREEN = QColor(0, 160, 80)


def jpeg(width: int = 400, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(GREEN)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG")
    return bytes(data)


def distribution(root, image: bytes | None):
    """NCI's layout: Summary/, GlossaryTerm/ and Media/ (the image, if any, beside a recording)."""
    for folder, files in (("Summary", [GIST_ES, UNUSUAL_PATIENT]), ("GlossaryTerm", [CHEST_XRAY, TRANSRECTAL])):
        (root / folder).mkdir(parents=True)
        for path in files:
            shutil.copyfile(path, root / folder / path.name)
    (root / "Media").mkdir()
    shutil.copyfile(DISTRIBUTION / "Media" / "CDR0000696772.mp3", root / "Media" / "CDR0000696772.mp3")
    if image is not None:
        (root / "Media" / f"{IMAGE_ID}.jpg").write_bytes(image)
    return root


def library_with(tmp_path, image: bytes | None):
    library = tmp_path / "lib"
    report = run_import(library, [distribution(tmp_path / "week", image)])
    assert report.refused == 0, [str(line) for line in report.lines]
    return library


def test_a_spanish_summary_gets_the_spanish_name_definition_and_caption():
    card = term_card(load_glossary_term(CHEST_XRAY), "Patient", "Spanish")
    assert card.name == "Definición de radiografía de tórax"
    assert card.plain.splitlines() == [
        "radiografía de tórax",
        "Radiografía de las estructuras ubicadas adentro del tórax. Un rayo X es un tipo de radiación de alta energía "
        "que puede atravesar el cuerpo y reflejarse en una película para tomar imágenes de las áreas internas del "
        "tórax; estas se pueden usar para diagnosticar enfermedades.",
        "Radiografía del tórax. Las radiografías se utilizan para tomar fotografías de los órganos y huesos del "
        "tórax. Las radiografías pasan a través del cuerpo y se plasman en una película."]
    assert "Definición para: pacientes (diccionario Cancer.gov); diccionario PDQ® del NCI" in card.html()
    assert card.image.language == "es" and card.image.media_id == IMAGE_ID


def test_an_english_summary_gets_the_english_entry_as_before():
    card = term_card(load_glossary_term(CHEST_XRAY), "Patient", "English")
    assert card.name == "Definition of chest x-ray"
    assert card.plain.splitlines()[:2] == ["chest x-ray", load_glossary_term(CHEST_XRAY).definitions[0].text]
    assert card.plain.splitlines()[2].startswith("X-ray of the chest.")
    assert "Definition for: Patient (Cancer.gov dictionary); NCI PDQ® dictionary" in card.html()


def test_a_term_without_a_spanish_definition_shows_the_english_one_said_so_in_spanish():
    term = load_glossary_term(TRANSRECTAL)
    card = term_card(term, "Patient", "Spanish")
    lines = card.plain.splitlines()
    assert lines[1] == "Este término no tiene definición en español; se muestra la definición en inglés."
    assert lines[2] == term.definitions[0].text and card.name == "Definición de transrectal biopsy"
    assert "Definition" not in card.html() and "dictionary" not in card.html()


def test_the_spanish_popover_shows_the_image_and_its_spanish_caption(qtbot, qsettings, tmp_path):
    window = open_window(qtbot, qsettings, library_dir=library_with(tmp_path, jpeg()))
    window.resize(1200, 800)
    assert window.library.has_media(IMAGE_ID)  # read from NCI's Media/ folder; the recording is not an image
    window.navigate_to(("CDR0000710915", ""))
    until_shown(qtbot, window)
    popover = open_link(qtbot, window, TERM)
    until_shown(qtbot, window)
    assert popover.accessibleName() == "Definición de radiografía de tórax"
    assert "Radiografía del tórax. Las radiografías se utilizan" in popover.plain_text()
    assert "<img" in popover.text.text() and "Imagen que no está" not in popover.text.text()
    shown = popover.grab().toImage()
    greens = sum(1 for x in range(0, shown.width(), 4) for y in range(0, shown.height(), 4)
                 if shown.pixelColor(x, y).green() > 140 and shown.pixelColor(x, y).red() < 30)
    assert greens > 200  # the image itself is painted, inside the popover
    assert popover.frameGeometry().width() <= window.frameGeometry().width()
    qtbot.keyClick(popover, Qt.Key.Key_Escape)


@pytest.mark.parametrize("image", [None, b"\xff\xd8\xff\xe0 not really a JPEG" * 20], ids=["missing", "undecodable"])
def test_an_image_the_popover_cannot_show_is_said_not_a_break(qtbot, qsettings, tmp_path, image):
    window = open_window(qtbot, qsettings, library_dir=library_with(tmp_path, image))
    window.navigate_to(("CDR0000710915", ""))
    until_shown(qtbot, window)
    popover = open_link(qtbot, window, TERM)
    until_shown(qtbot, window)
    assert "[Imagen que no está en esta biblioteca]" in popover.text.text() and "<img" not in popover.text.text()
    assert "Radiografía del tórax. Las radiografías" in popover.plain_text()  # the caption still says what it was
    qtbot.keyClick(popover, Qt.Key.Key_Escape)
    window.navigate_to(("CDR0000062878", ""))  # and in English, in English
    until_shown(qtbot, window)
    popover = open_link(qtbot, window, TERM)
    until_shown(qtbot, window)
    assert "[Image not in this library]" in popover.text.text()
    assert popover.plain_text().startswith("chest x-ray\nAn x-ray of the structures inside the chest.")


def test_an_image_that_names_no_language_takes_the_caption_in_the_summarys():
    from viewer.content.pdq import parse, term_from_document

    xml = CHEST_XRAY.read_text(encoding="utf-8")
    # one MediaLink, no language of its own, captions in both languages (Spanish first)
    start, end = xml.index("<MediaLink"), xml.rindex("</MediaLink>") + len("</MediaLink>")
    variant = xml[:start] + ('<MediaLink ref="CDR0000999001" alt="x"><Caption language="es">Pie en español</Caption>'
                             '<Caption language="en">English caption</Caption></MediaLink>') + xml[end:]
    term = term_from_document(parse(CHEST_XRAY, variant.encode("utf-8")))
    assert term_card(term, "Patient", "English").plain.splitlines()[-1] == "English caption"
    assert term_card(term, "Patient", "Spanish").plain.splitlines()[-1] == "Pie en español"
