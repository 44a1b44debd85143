"""What the search panel says about a search's results, in the interface's language: how many
were found, why none were, which other names of a drug were searched too, and the search's own
notes (viewer/search/hints.py). Sentences are HTML (a suggested word is a link)."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

if TYPE_CHECKING:
    from ...search import SearchResults

SHOW_MORE = QT_TRANSLATE_NOOP("SearchMessages", "Show more results")
SHOWN_NAMES = 3  # of a drug's other names a search also matched, named in the message


# NCI's kinds of a drug's other names (Term's OtherNameType), said in the interface's language
NAME_KINDS = {kind: kind for kind in (  # (each written out, so that lupdate finds it)
    QT_TRANSLATE_NOOP("DrugNameKind", "US brand name"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Foreign brand name"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Code name"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Synonym"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Abbreviation"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Acronym"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Lexical variant"),
    QT_TRANSLATE_NOOP("DrugNameKind", "Chemical structure name"),
    QT_TRANSLATE_NOOP("DrugNameKind", "CAS Registry name"),
    QT_TRANSLATE_NOOP("DrugNameKind", "IND code"),
    QT_TRANSLATE_NOOP("DrugNameKind", "NSC code"),
)}


def kind_word(kind: str) -> str:
    """NCI's kind of name inside a sentence: "Code name" -> "code name", "US brand name" as it is;
    a kind this viewer knows in the interface's language, another as NCI wrote it."""
    if kind in NAME_KINDS:
        kind = QCoreApplication.translate("DrugNameKind", NAME_KINDS[kind])
    if len(kind) > 1 and kind[1].islower():
        return kind[0].lower() + kind[1:]
    return kind or QCoreApplication.translate("DrugNameKind", "name")


class SearchMessages(QObject):
    """The sentences (a QObject for Qt's translation: `tr` with plural forms in context
    "SearchMessages")."""

    def count_sentence(self, count: int, more: bool) -> str:
        """How many results the list holds, and where the next page is when there are more."""
        if more:
            sentence = self.tr("%n result(s), best first. More: “{show_more}”, the list's last row.", "", count)
            return sentence.format(show_more=self.tr(SHOW_MORE))
        return self.tr("%n result(s)", "", count)

    def results_sentence(self, results: SearchResults, count: int, partial_note: str = "") -> str:
        """The whole sentence under the box for a new search that listed `count` results."""
        if count:
            message = self.count_sentence(count, results.more)
        else:
            if results.in_library:  # only the open summary was searched: whether the library has more to say
                message = self.tr("No results in this summary — %n result(s) in the library.", "", results.in_library)
            elif results.missing:  # said plainly: a similar word is another word, perhaps another drug
                message = self.tr("No results: “{word}” does not occur in the library.").format(
                    word=escape(results.missing))
                if results.suggestion:
                    word = escape(results.suggestion)
                    link = f"<a href='{word}'>{word}</a>"
                    message += " " + self.tr("A similar word that does: {word}.").format(word=link)
            else:
                query = escape(results.query.strip()[:80])
                message = self.tr("No results for “{query}”.").format(query=query)
            if partial_note:
                message += f" {escape(partial_note)}"
        note = self.expansion_note(results, count)
        if note and not message.rstrip().endswith((".", "”")):  # "3 results" then a sentence
            message = message.rstrip() + "."
        message += note
        if results.hints:  # the search's own sentences (viewer/search/hints.py), in the interface's language
            message += " " + escape(" ".join(QCoreApplication.translate("SearchHints", template).format(**values)
                                             for template, values in results.hints))
        return message

    def expansion_note(self, results: SearchResults, count: int) -> str:
        """What a drug's name in the query was widened by (NCI's other names of the drug), so no
        one takes a hit for another word; and a name left as typed because it names several drugs."""
        notes = []
        for found in results.expansions:
            shown = [escape(name) for name in found.added[:SHOWN_NAMES]]
            rest = len(found.added) - len(shown)
            names = ", ".join(shown) + (self.tr(" and %n other name(s)", "", rest) if rest else "")
            if found.asked.casefold() == found.preferred.casefold():
                note = (self.tr("Also matched its other names: %1.") if count else
                        self.tr("Also searched for its other names: %1.")).replace("%1", names)
            else:
                note = (self.tr("Also matched: %1 (“%2”: %3 of %4).") if count else
                        self.tr("Also searched for: %1 (“%2”: %3 of %4).")).replace("%1", names)
                note = note.replace("%2", escape(found.asked)).replace("%3", escape(kind_word(found.kind)))
                note = note.replace("%4", escape(found.preferred))
            notes.append(note)
        for word in results.ambiguous:
            note = self.tr("“%1” names more than one drug, so it was searched only as typed.")
            notes.append(note.replace("%1", escape(word)))
        return "".join(f" {note}" for note in notes)
