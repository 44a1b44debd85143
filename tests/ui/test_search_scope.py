"""'Only the open summary' and no results there: the message says how many the library has, so the
clinician knows whether widening the search helps (it said only "No results for …"); the count is
the library's search's own, and its plural forms are Qt's, in English and in Spanish."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from viewer.ui.common import i18n

from .test_reader_window import open_window, until_shown
from .test_search_window import type_query

EPENDYMOMA = "CDR0000062843"  # names neither the childhood cancers below nor their treatment's words
SENTENCES = {
    "en": ("No results in this summary — 1 result in the library.",
           "No results in this summary — {n} results in the library."),
    "es": ("Sin resultados en este sumario — 1 resultado en la biblioteca.",
           "Sin resultados en este sumario — {n} resultados en la biblioteca."),
}


@pytest.fixture(params=["en", "es"])
def window(request, qtbot, qsettings, pdq_library):
    qsettings.setValue("view/language", request.param)
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    window.search_panel.use_scope(True)  # Ctrl+F: find in this summary
    yield window
    i18n.install("en")  # the next test's strings are English again


def library_count(window, text: str) -> int:
    """How many results the library's own search lists for `text`, every page."""
    return len(window.searcher.search(text, limit=100_000).hits)


@pytest.mark.parametrize("text, plural", [("nasopharyngeal", True), ("ameloblastoma", False)])
def test_no_results_in_the_open_summary_says_how_many_the_library_has(qtbot, window, text, plural):
    status = window.findChild(QLabel, "searchStatus")
    count = library_count(window, text)
    assert (count > 1) == plural and count
    _, results = type_query(qtbot, window, text)
    one, many = SENTENCES[i18n.language()]
    assert status.text() == (many.format(n=count) if plural else one), status.text()
    assert not results.isVisible()
    assert status.accessibleName() == status.text()  # what a screen reader says


def test_a_word_the_library_lacks_is_still_said_so(qtbot, window):
    status = window.findChild(QLabel, "searchStatus")
    type_query(qtbot, window, "xqzwvy")
    assert status.text().startswith(("No results: “xqzwvy” does not occur", "Sin resultados: «xqzwvy» no aparece"))
