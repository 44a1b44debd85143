"""Greek and Latin plurals that Porter stemming does not join: metastasis/metastases,
carcinoma/carcinomata, bronchus/bronchi, datum/data, appendix/appendices, …

`forms(word)` gives the word with its other number's candidate forms; the query ORs them, so
'metastasis' finds 'metastases' and the reverse, while the index keeps the text as written (its
snippets and highlights show the words the summary uses). A candidate that is not a real word
matches nothing and costs nothing.
"""
from __future__ import annotations

# singular ending -> plural ending; applied both ways
_RULES = (
    ("sis", "ses"),      # metastasis, diagnosis, prognosis
    ("ma", "mata"),      # carcinoma, sarcoma, stoma
    ("us", "i"),         # bronchus, thrombus, nucleus
    ("um", "a"),         # datum, bacterium, septum
    ("on", "a"),         # criterion, ganglion
    ("a", "ae"),         # vertebra, fistula, lamina
    ("ix", "ices"),      # appendix, cervix, matrix
    ("ex", "ices"),      # cortex, index, apex
    ("anx", "anges"),    # phalanx
    ("ynx", "ynges"),    # larynx, pharynx
    ("en", "ina"),       # lumen, foramen
    ("is", "ides"),      # epididymis
)
_IRREGULAR = {"corpus": "corpora", "viscus": "viscera", "genus": "genera", "opus": "opera"}
_IRREGULAR_BACK = {plural: singular for singular, plural in _IRREGULAR.items()}
MIN_STEM = 3  # letters left before an ending, so that short words are left alone


def forms(word: str) -> list[str]:
    """`word` first, then its candidate singular and plural forms (folded words only)."""
    found = [word]

    def add(candidate: str) -> None:
        if candidate not in found:
            found.append(candidate)

    if word in _IRREGULAR:
        add(_IRREGULAR[word])
    if word in _IRREGULAR_BACK:
        add(_IRREGULAR_BACK[word])
    for singular, plural in _RULES:
        if singular == "on" and word.endswith(("tion", "sion")):  # English nouns, never Greek -on
            continue
        if word.endswith(singular) and len(word) - len(singular) >= MIN_STEM:
            add(word[: -len(singular)] + plural)
        if word.endswith(plural) and len(word) - len(plural) >= MIN_STEM:
            add(word[: -len(plural)] + singular)
    return found
