"""The sentences the core says to a person (why a document was refused, what is wrong with the
library): English text that keeps its template and values, so that the window can say it in the
interface's language (ui/common/core_text.py) while the command line, logs and tests read the same
English as ever. A Phrase is a str (its English); its template is marked for Qt's pyside6-lupdate
by the no-op below (this layer has no Qt), in the context CONTEXT. File names, line numbers and
other people's words (an OS error, a parser's message) are values, never translated."""
from __future__ import annotations

from typing import Callable

CONTEXT = "Problems"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


class Phrase(str):
    """English text made from `template` and `values` (str.format), which it keeps."""

    template: str
    values: dict

    def __new__(cls, template: str, **values) -> Phrase:
        phrase = super().__new__(cls, template.format(**values) if values else template)
        phrase.template, phrase.values = template, values
        return phrase

    def with_values(self, change: Callable[[str], str]) -> Phrase:
        """The same sentence with `change` made to each text value (a Phrase's own, in turn)."""
        values = {key: value.with_values(change) if isinstance(value, Phrase) else
                  change(value) if isinstance(value, str) else value for key, value in self.values.items()}
        return Phrase(self.template, **values)


# Sentences several layers say.
FILE_MISSING = QT_TRANSLATE_NOOP("Problems", "file is missing")
CANNOT_BE_READ = QT_TRANSLATE_NOOP("Problems", "cannot be read ({reason})")
COULD_NOT_BE_READ = QT_TRANSLATE_NOOP("Problems", "could not be read ({detail})")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("Problems", "is nested too deeply to read")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Problems", "has a title of {length:,} characters; at most {most} are allowed")
TOO_MANY = QT_TRANSLATE_NOOP("Problems", "holds more than {most:,} {what}: a summary may hold at most {most:,} "
                                         "(more would take minutes to show), so it is not shown")
NO_DATE = QT_TRANSLATE_NOOP("Problems", "has neither <DateLastModified> nor <DateFirstPublished>: a summary whose date "
                                        "is unknown is not shown")


def joined(first: str, second: str) -> Phrase:
    """"first; second", one sentence of two."""
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{first}; {second}"), first=first, second=second)


def located(file: str, reason: str, line: int | None = None) -> Phrase:
    """"file, line 3: reason", or "file: reason" when the line is not known."""
    if line is not None:
        return Phrase(QT_TRANSLATE_NOOP("Problems", "{file}, line {line}: {reason}"), file=file, line=line, reason=reason)
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{file}: {reason}"), file=file, reason=reason)


def reason_of(exc: BaseException) -> str:
    """What an exception raised with a Phrase says, as that Phrase; else its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Phrase) else str(exc)
