"""Print and PDF export carry the title, date, attribution, text, markers and references."""
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from viewer.ui.paper.printing import render_to

from .test_reader_window import TOP, TRIALS, open_window, until_shown


def visible_text(page) -> str:
    """A page's text as a PDF viewer shows it: without text drawn off the page (Qt draws the line
    before a page's first above the page, where viewers such as poppler's ignore it)."""
    height = float(page.mediabox.height)
    parts = []

    def keep(text, cm, tm, font, size):
        y = cm[3] * tm[5] + cm[5]  # the text's baseline on the page (no rotation here)
        if text and -1 <= y <= height + 1:
            parts.append(text)
    page.extract_text(visitor_text=keep)
    return "".join(parts)


def pdf_text(path) -> str:
    """The PDF's visible text with white space removed: extractors split and join words unpredictably."""
    return "".join("".join(visible_text(page).split()) for page in PdfReader(str(path)).pages)


def words(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def window(qtbot, qsettings):
    return open_window(qtbot, qsettings)


def test_export_the_whole_summary(window, tmp_path):
    path = window.export_to_pdf(whole=True, path=str(tmp_path / "summary.pdf"))
    text = pdf_text(path)
    assert words("Gastrointestinal Carcinoid Tumors Treatment (PDQ®)") in text
    assert words("Last updated May 28, 2015") in text
    assert words("palliative radiation therapy has some") in text  # (not "efficacy": its "ffi" is a ligature)
    assert words("for bone and brain metastases") in text
    assert words("metastases.[4]") in text  # the marker, readable on paper
    assert words("Modlin IM, Latich I, Kidd M, et al.: Therapeutic options for gastrointestinal carcinoids") in text
    assert words("Plöckinger U") in text
    assert words("This information is produced and provided by the National Cancer Institute (NCI).") in text
    assert words("Healthwise disclaims any liability") in text
    assert PdfReader(path).metadata.title == "Gastrointestinal Carcinoid Tumors Treatment (PDQ®)"


def test_export_the_current_section_with_its_references(qtbot, window, tmp_path):
    window.navigate_to((window.summary.id, TRIALS))
    until_shown(qtbot, window)
    text = pdf_text(window.export_to_pdf(whole=False, path=str(tmp_path / "section.pdf")))
    assert words("— Current Clinical Trials") in text
    assert words("Check for U.S. clinical trials from NCI's list") in text
    assert words("Although the response of carcinoid tumors") not in text  # only this section
    assert words("References") not in text  # it cites none: its section's list stays behind
    assert words("Last updated May 28, 2015") in text
    assert words("produced and provided by the National Cancer Institute") in text


def test_a_section_on_paper_carries_the_references_it_cites_numbered_as_in_the_text(qtbot, qsettings, pdq_library, tmp_path):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to(("CDR0000062843", "_364"))  # Preirradiation chemotherapy: cites [22-24] of its section's 37
    until_shown(qtbot, window)
    section_only = window.export_to_pdf(whole=False, path=str(tmp_path / "section.pdf"))
    text = pdf_text(section_only)
    references = {r.number: r for r in window.summary.section("_48").references}
    for number in (22, 23, 24):  # with their numbers in the text
        assert f"{number}." + words(references[number].text)[:60] in text
    for number in (1, 5, 21, 25, 37):
        assert words(references[number].text)[:60] not in text
    whole_list = len(PdfReader(section_only).pages)
    assert whole_list <= 2, whole_list


def test_the_export_offers_a_file_name_a_clinician_recognises():
    from viewer.ui.paper.printing import suggested_file_name

    class Meta:
        title = 'Childhood Ependymoma Treatment (PDQ®): "Health/Professional"'

    class Summary:
        id, metadata = "CDR0000062843", Meta()

    class Section:
        id, title = "_184", "Treatment options for residual disease, no disseminated disease\n"

    name = suggested_file_name(Summary(), Section())
    assert name.startswith("Childhood Ependymoma Treatment (PDQ®) - Health-Professional - Treatment options for")
    assert name.endswith(".pdf") and len(name) <= 150 and not set('/\\:*?"<>|\n') & set(name)
    assert suggested_file_name(Summary(), None).startswith("Childhood Ependymoma Treatment (PDQ®) - Health-Professional.pdf")
    Meta.title = "///"
    assert suggested_file_name(Summary(), None) == "CDR0000062843.pdf"


def page_texts(path) -> list[str]:
    return ["".join(visible_text(page).split()) for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("section_id", [TOP, TRIALS])
def test_a_section_prints_the_attribution_date_and_disclaimer_once_and_the_edition_note(qtbot, window, tmp_path, section_id):
    window.navigate_to((window.summary.id, section_id))
    until_shown(qtbot, window)
    text = pdf_text(window.export_to_pdf(whole=False, path=str(tmp_path / "section.pdf")))
    assert text.count(words("This information is produced and provided")) == 1
    assert text.count(words("Healthwise disclaims any liability")) == 1
    assert text.count(words("Last Updated: May 28, 2015")) == 1
    assert words("This edition holds one section of the summary") in text


def test_the_whole_summary_prints_the_edition_note(window, tmp_path):
    text = pdf_text(window.export_to_pdf(whole=True, path=str(tmp_path / "summary.pdf")))
    assert text.count(words("This edition holds one section of the summary")) == 1


def test_pages_after_the_first_have_a_running_head_and_a_number(window, tmp_path):
    window.font_size.set_size(24)
    pages = page_texts(window.export_to_pdf(whole=True, path=str(tmp_path / "summary.pdf")))
    assert len(pages) >= 3
    assert "Page1" not in pages[0]  # the first page has the title instead
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page{number}of{len(pages)}" in text
        assert words("Gastrointestinal Carcinoid Tumors Treatment") in text
    # the section each page begins in (the title is shortened first when both do not fit)
    assert words("— Metastatic Gastrointestinal Carcinoid Tumors Page 2") in pages[1]
    assert words(f"— References Page {len(pages)} of {len(pages)}") in pages[-1]


@pytest.mark.parametrize(("locale", "points"), [("en_US", (612, 792)), ("fr_CA", (612, 792)),
                                                 ("en_GB", (595, 842)), ("de_DE", (595, 842))])
def test_the_paper_is_the_locales(window, tmp_path, locale, points):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        path = window.export_to_pdf(whole=True, path=str(tmp_path / "summary.pdf"))
    finally:
        QLocale.setDefault(before)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def marker_colours(document) -> set[str]:
    from viewer.ui.reading.reader import fragments

    colours = set()
    block = document.begin()
    while block.isValid():
        for fragment in fragments(block):
            if fragment.charFormat().anchorHref().startswith("cite:"):
                colours.add(fragment.charFormat().foreground().color().name())
        block = block.next()
    return colours


def test_citation_markers_look_the_same_in_every_export(window):
    from viewer.ui.paper.printing import print_document

    summary, style = window.summary, window.reader.text_style
    whole = marker_colours(print_document(summary, None, style))
    section = marker_colours(print_document(summary, summary.section(TOP), style))
    assert whole == section == {"#000000"}


def test_printed_text_takes_the_chosen_font_size(window, tmp_path):
    small, large = tmp_path / "small.pdf", tmp_path / "large.pdf"
    window.font_size.set_size(10)
    window.export_to_pdf(whole=True, path=str(small))
    window.font_size.set_size(28)
    window.export_to_pdf(whole=True, path=str(large))
    assert len(PdfReader(str(large)).pages) > len(PdfReader(str(small)).pages)


def test_printing_goes_through_qprinter(window, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    render_to(printer, window.summary, None, window.reader.text_style)
    assert words("Therapeutic options for gastrointestinal carcinoids") in pdf_text(tmp_path / "printed.pdf")


def answer_dialog(kind, answer):
    """Once a dialog of `kind` is open (they block until answered), answer it as a person would."""
    def poll():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, poll)
        else:
            try:
                answer(dialog)
            finally:  # an answer that failed still closes the dialog: the test fails, never waits
                if dialog.isVisible():
                    dialog.reject()
    QTimer.singleShot(50, poll)


def test_export_asks_where_to_save_and_saves_there(qtbot, window, tmp_path):
    target = tmp_path / "chosen.pdf"

    def choose(dialog):
        # The name is set, not typed, and the dialog accepted, not sent an Enter: an Enter typed
        # into the name box is taken by its completer's popup whenever that has just opened, and
        # the dialog then waits for ever. (selectFile would not do: it leaves a focused box as it is.)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()
    answer_dialog(QFileDialog, choose)
    window.actions["exportSummary"].trigger()
    assert words("Therapeutic options for gastrointestinal carcinoids") in pdf_text(target)
    assert window.statusBar().currentMessage() == f"Saved chosen.pdf in {tmp_path}"  # says where


def test_the_export_dialog_starts_in_documents_then_where_the_last_pdf_was_saved(qtbot, window, tmp_path):
    from viewer.ui.paper.printing import first_folder

    seen = []

    def look_and_cancel(dialog):
        seen.append(dialog.directory().absolutePath())
        dialog.reject()
    answer_dialog(QFileDialog, look_and_cancel)
    window.actions["exportSection"].trigger()
    assert seen == [first_folder()]  # Documents (or home, with none), not the folder the app was started in
    folder = tmp_path / "reports"
    folder.mkdir()
    window.export_to_pdf(whole=True, path=str(folder / "summary.pdf"))  # saved somewhere else
    answer_dialog(QFileDialog, look_and_cancel)
    window.actions["exportSummary"].trigger()
    assert seen[-1] == str(folder)
    assert window.settings.export_folder == str(folder)  # and so at the next start too


def test_the_first_folder_is_documents_where_there_is_one(tmp_path, monkeypatch):
    from viewer.ui.paper.printing import first_folder

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))  # no user-dirs.dirs: ~/Documents
    assert first_folder() == str(tmp_path)
    (tmp_path / "Documents").mkdir()
    assert first_folder() == str(tmp_path / "Documents")


def test_printing_opens_the_print_dialog_and_cancelling_prints_nothing(window, monkeypatch):
    from viewer.ui.paper import printing

    seen, printed = [], []
    monkeypatch.setattr(printing, "render_to", lambda *args, **kwargs: printed.append(args))

    def cancel(dialog):
        seen.append(dialog.objectName())
        dialog.reject()
    answer_dialog(QPrintDialog, cancel)
    window.actions["printSection"].trigger()
    assert seen == ["printDialog"] and printed == []  # cancelled: nothing went to the printer


def test_a_printer_lays_the_pages_out_at_300_dpi_so_long_summaries_are_not_cut(window, monkeypatch):
    """At QPrinter's 1200 dpi Qt's layout stopped at about 600 pages and dropped the rest unsaid."""
    from viewer.ui.paper import printing

    printed = []
    monkeypatch.setattr(printing, "render_to", lambda device, *args: printed.append(device.resolution()))
    answer_dialog(QPrintDialog, lambda dialog: dialog.accept())
    window.actions["printSection"].trigger()
    assert printed == [printing.PDF_DPI] == [300]


def test_a_full_disk_is_reported_and_the_old_pdf_kept(tmp_path):
    """Finding 8 of the attack: a truncated PDF was reported as saved. In a child whose files may
    not grow past 8 KB (a full disk, as the kernel reports it), the export fails and says so."""
    import subprocess
    import sys
    import textwrap

    from ..conftest import REPO

    old = tmp_path / "summary.pdf"
    old.write_bytes(b"%PDF-1.4 the old export %%EOF")
    script = textwrap.dedent(f"""
        import os, resource, signal, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from viewer.content import load_library
        from viewer.paths import summaries_dir
        from viewer.ui.appearance.document_style import ReadingStyle
        from viewer.ui.paper.printing import ExportError, export_pdf
        summary = load_library(summaries_dir()).summaries[0]
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        try:
            export_pdf({str(old)!r}, summary, None, ReadingStyle())
            print("SAVED")
        except ExportError as error:
            print("REFUSED", error)
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.stdout.startswith("REFUSED"), run.stdout + run.stderr
    assert old.read_bytes() == b"%PDF-1.4 the old export %%EOF"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no partial file left behind



def test_print_preview_shows_the_summarys_pages(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window.actions["printPreview"].trigger()
    dialog = window.findChild(QPrintPreviewDialog, "printPreview")
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 2, timeout=10_000)
    assert window.summary.title in dialog.windowTitle()
    dialog.close()


def test_print_preview_says_the_library_is_out_of_date_as_print_and_pdf_do(window, qtbot, monkeypatch):
    """The preview (and printing from its own Print button) left the notice out."""
    import datetime as dt

    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from viewer.content.wording import words_for
    from viewer.ui.paper import printing

    imported = dt.date.today() - dt.timedelta(days=100)
    monkeypatch.setattr(window.library, "imported_date", lambda summary_id: imported)
    printed, made = [], printing.print_document

    def kept(*args):
        document = made(*args)
        printed.append(document.toPlainText())
        return document
    monkeypatch.setattr(printing, "print_document", kept)
    window.actions["printPreview"].trigger()
    dialog = window.findChild(QPrintPreviewDialog, "printPreview")
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.findChild(QPrintPreviewWidget).pageCount() >= 2,
                    timeout=10_000)
    dialog.close()
    assert printed and words_for("en").long_date(imported) in printed[0]


def not_a_file(tmp_path, kind: str):
    """A folder, a FIFO or a device node (made here, with /dev/full's numbers), or a link to one."""
    import os
    import stat

    thing = tmp_path / kind.removeprefix("link-to-")
    if thing.name == "folder":
        thing.mkdir()
    elif thing.name == "fifo":
        os.mkfifo(thing)
    else:
        try:
            os.mknod(thing, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        except PermissionError:
            pytest.skip("making a device node needs root")
    if kind.startswith("link-to-"):
        (tmp_path / "link.pdf").symlink_to(thing)
        return tmp_path / "link.pdf"
    return thing


@pytest.mark.parametrize("kind, says", [
    ("folder", "it is a folder"), ("fifo", "it is a pipe (FIFO)"), ("device", "it is a device"),
    ("link-to-folder", "it is a link to a folder"), ("link-to-fifo", "it is a link to a pipe (FIFO)"),
    ("link-to-device", "it is a link to a device")])
def test_a_pdf_is_never_renamed_over_what_is_not_a_file(window, tmp_path, kind, says):
    """Item 9 of the attack: as root, an export to /dev/full replaced the device with the PDF."""
    import os

    from viewer.ui.paper.printing import ExportError, export_pdf

    target = not_a_file(tmp_path, kind)
    before = os.lstat(target)
    with pytest.raises(ExportError, match=rf"^{re.escape(says)}, not a file; choose a file name$"):
        export_pdf(str(target), window.summary, None, window.reader.text_style)
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)  # the very same thing, untouched
    assert not list(tmp_path.glob(".*.partial"))


def test_an_export_onto_a_pipe_tells_the_reader_why_nothing_was_saved(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    target = not_a_file(tmp_path, "fifo")
    told = []

    def read_and_close(box):
        told.append(box.text())
        box.accept()
    answer_dialog(QMessageBox, read_and_close)
    assert window.export_to_pdf(whole=True, path=str(target)) is None
    assert told == [f"The PDF could not be written to {target}: it is a pipe (FIFO), not a file; choose a file name. "
                    "Nothing was saved."]
    assert not window.statusBar().currentMessage().startswith("Saved")


def test_a_target_that_becomes_a_pipe_while_the_pdf_is_written_is_not_replaced(window, tmp_path, monkeypatch):
    import os
    import stat

    from viewer.ui.paper import printing

    target = tmp_path / "summary.pdf"  # a new name when the export starts
    render = printing.render_to

    def render_then_swap(*args, **kwargs):  # someone puts a pipe there while the pages are drawn
        pages = render(*args, **kwargs)
        os.mkfifo(target)
        return pages
    monkeypatch.setattr(printing, "render_to", render_then_swap)
    with pytest.raises(printing.ExportError, match="it is a pipe"):
        printing.export_pdf(str(target), window.summary, None, window.reader.text_style)
    assert stat.S_ISFIFO(os.lstat(target).st_mode) and not list(tmp_path.glob(".*.partial"))


def test_at_40_pt_a_heading_begins_the_page_its_text_begins_and_nothing_is_lost(window, tmp_path, monkeypatch):
    """At 40 pt "Metastatic Gastrointestinal Carcinoid" ended page 3 and "Tumors" began page 4. A
    heading is moved to the next page whole, with the line after it; what follows is laid out
    again (moved without that, Qt's pages lost the four paragraphs after it)."""
    from PySide6.QtGui import QTextCursor

    from viewer.ui.paper import printing

    painted = []  # the document as laid out on the export's pages
    paint_pages = printing.paint_pages
    monkeypatch.setattr(printing, "paint_pages", lambda document, *args: (
        painted.append(document), paint_pages(document, *args))[1])
    window.font_size.set_size(40)
    path = window.export_to_pdf(whole=True, path=str(tmp_path / "large.pdf"))
    [document] = painted
    layout, height = document.documentLayout(), document.pageSize().height()
    page_of = lambda y: int(y // height)  # noqa: E731
    moved, block, last_bottom = 0, document.begin(), 0.0
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        assert block.layout().lineCount() or not block.text().strip(), block.text()  # laid out, so painted
        if QTextCursor(block).currentFrame() == document.rootFrame():  # (a table's cells sit side by side)
            assert rect.top() >= last_bottom - 1, block.text()  # nothing laid over what came before
            last_bottom = rect.bottom()
            assert page_of(last_bottom - 1) < len(PdfReader(path).pages), block.text()  # on a page painted
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid() and not following.blockFormat().headingLevel():
            line = following.layout().lineAt(0)
            first_line_bottom = layout.blockBoundingRect(following).top() + line.y() + line.height()
            assert page_of(rect.top()) == page_of(rect.bottom() - 1) == page_of(first_line_bottom - 1), block.text()
            moved += block.blockFormat().pageBreakPolicy() != 0
        block = following
    assert moved >= 1  # at 40 pt at least one heading had to move
    assert len(PdfReader(path).pages) == document.pageCount()
    printed = pdf_text(path)
    for paragraph in document.toPlainText().split("\u2029"):
        head = words(" ".join(paragraph.split()[:4]))
        if head and "ffi" not in head:  # (a ligature: one glyph in the PDF)
            assert head in printed, paragraph[:60]


@pytest.mark.parametrize("points", [12, 40])
def test_the_out_of_date_notice_on_paper_is_at_the_text_s_size_up_to_the_screen_s_cap(window, points):
    """At 40 pt the notice ran over three pages, "¿Desactualizado?" alone at the foot of the first:
    on paper as on screen it is at most NOTICE_MAX_POINTS (24 pt, large print still)."""
    from viewer.ui.paper.printing import print_document
    from viewer.ui.reading.summary_header import NOTICE_MAX_POINTS

    window.font_size.set_size(points)
    document = print_document(window.summary, None, window.reader.text_style)
    found = document.find("Out of date?")
    assert not found.isNull()
    assert found.charFormat().font().pointSize() == min(points, NOTICE_MAX_POINTS)


def test_at_40_pt_the_export_dialog_fits_its_screen_with_save_and_cancel_in_reach(window):
    """At 40 pt (dialogs at 16) Qt sized the file dialog 1,220 x 949 on a 1,366 x 768 screen."""
    seen = []

    def look(dialog):
        room = dialog.screen().availableGeometry()
        seen.append((dialog.width() <= room.width(), dialog.height() <= room.height(), dialog.size(), room))
    window.font_size.set_size(40)
    answer_dialog(QFileDialog, look)
    assert window.export_to_pdf(whole=True) is None  # the dialog, answered with Cancel
    assert seen and seen[0][:2] == (True, True), seen


@pytest.mark.parametrize("folder", [True, False])
def test_at_40_pt_the_import_dialogs_fit_their_screen(window, folder):
    from viewer.ui.library.import_dialog import choose_paths

    seen = []
    window.font_size.set_size(40)
    answer_dialog(QFileDialog, lambda dialog: seen.append(
        dialog.size().boundedTo(dialog.screen().availableGeometry().size()) == dialog.size()))
    assert choose_paths(window, folder) == []  # answered with Cancel
    assert seen == [True]
