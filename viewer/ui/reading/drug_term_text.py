"""What hovering a drug's name shows: the drug's preferred name, its other names as NCI types
them (US brand name, code name, synonym, …) and its definition from NCI's drug dictionary (the
`Term` document), composed for the citation popover (`show_drug_term`), or added below a dictionary
term's definition when the term is a drug's name."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ...search.terms import TermInfo

MAX_NAMES_SHOWN = 12  # a drug has up to a few dozen names; the most useful come first


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DrugTerm", text, disambiguation, n)


def other_names(info: TermInfo) -> tuple[str, str]:
    """(html, plain) of the drug's other names, brand names first; ("", "") if it has none."""
    names = info.other_names[:MAX_NAMES_SHOWN]
    if not names:
        return "", ""
    rest = len(info.other_names) - len(names)
    items = "; ".join(f"{escape(name)} <small>({escape(kind)})</small>" for name, kind in names)
    more = _tr(" and %n more", "", rest) if rest else ""
    label = _tr("Other names:")
    plain = f"{label} " + "; ".join(f"{name} ({kind})" for name, kind in names) + more
    return f"<p><b>{escape(label)}</b> {items}{escape(more)}</p>", plain


def drug_term(info: TermInfo | None) -> tuple[str, str, str]:
    """(accessible name, html, plain text) of a drug's term for the popover."""
    if info is None:
        text = _tr("This drug's names and definition are not in this library: NCI's Term document for it was "
                   "not imported. Importing NCI's Term files adds them.")
        title = _tr("Drug not in this library")
        return title, f"<p><b>{escape(title)}</b></p><p>{escape(text)}</p>", f"{title}\n{text}"
    names_html, names_plain = other_names(info)
    if info.definition:
        definition_html, definition_plain = escape(info.definition), info.definition
    else:
        definition_plain = _tr("Its definition is not in this library: NCI's Term document for this drug was not "
                               "imported.")
        definition_html = f"<i>{escape(definition_plain)}</i>"
    source = _tr("NCI's drug dictionary (PDQ® Term %1)").replace("%1", info.term_id)
    html = (f"<p><b>{escape(info.preferred)}</b></p>{names_html}<p>{definition_html}</p>"
            f"<p><small>{escape(source)}</small></p>")
    plain = "\n".join(part for part in (info.preferred, names_plain, definition_plain) if part)
    return _tr("Drug: %1").replace("%1", info.preferred), html, plain
