"""What hovering a drug's name shows: the drug's preferred name, its other names as NCI types them
(US brand name, code name, synonym, …) and its definition from NCI's drug dictionary (the `Term`
document), composed for the citation popover (`drug_term`), or added below a dictionary term's
definition when the term is a drug's name (`other_names`). In the summary's language, as the
popover's other words are (content/wording)."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ...content.wording import Words

if TYPE_CHECKING:
    from ...search.terms import TermInfo

MAX_NAMES_SHOWN = 12  # a drug has up to a few dozen names; the most useful come first


def other_names(info: TermInfo, words: Words) -> tuple[str, str]:
    """(html, plain) of the drug's other names, brand names first; ("", "") if it has none."""
    names = info.other_names[:MAX_NAMES_SHOWN]
    if not names:
        return "", ""
    rest = len(info.other_names) - len(names)
    more = words.more_names.format(count=rest) if rest else ""
    items = "; ".join(f"{escape(name)} <small>({escape(kind)})</small>" for name, kind in names)
    plain = f"{words.other_names} " + "; ".join(f"{name} ({kind})" for name, kind in names) + more
    return f"<p><b>{escape(words.other_names)}</b> {items}{escape(more)}</p>", plain


def drug_term(info: TermInfo | None, words: Words) -> tuple[str, str, str]:
    """(accessible name, html, plain text) of a drug's term for the popover."""
    if info is None:
        title, text = words.drug_missing, words.drug_missing_why
        return title, f"<p><b>{escape(title)}</b></p><p>{escape(text)}</p>", f"{title}\n{text}"
    names_html, names_plain = other_names(info, words)
    definition = info.definition or words.drug_definition_missing
    definition_html = escape(definition) if info.definition else f"<i>{escape(definition)}</i>"
    source = words.drug_dictionary.format(id=info.term_id)
    html = (f"<p><b>{escape(info.preferred)}</b></p>{names_html}<p>{definition_html}</p>"
            f"<p><small>{escape(source)}</small></p>")
    plain = "\n".join(part for part in (info.preferred, names_plain, definition) if part)
    return words.drug_title.format(name=info.preferred), html, plain
