"""What a dictionary term's popover says, in the summary's language: the term's name (Spanish in a
Spanish summary), its pronunciation, the definition for the summary's audience — the English one,
said so in the summary's language, when the entry has none in it — and the entry's image with its
caption, or a note that the library lacks the image. Pure: the popover only shows it."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .pdq.glossary import GlossaryTerm, TermImage
from .wording import words_for


@dataclass(frozen=True)
class TermCard:
    """What a term's popover shows, as HTML pieces, and its plain text."""

    name: str              # what the popover is called ("Definition of chest x-ray")
    heading_html: str
    body_html: str         # the definition, and a note when it is not in the summary's language
    source_html: str       # whose definition, for which readers
    plain: str             # what Copy copies and a screen reader hears
    image: TermImage | None
    image_missing_html: str  # said in place of an image the library lacks or cannot show
    caption_html: str

    def html(self, image_html: str = "") -> str:
        """The popover's text; `image_html`: the image as the popover can show it ("" if it cannot)."""
        picture = ""
        if self.image is not None:
            picture = (image_html or self.image_missing_html) + self.caption_html
        return f"<p>{self.heading_html}</p>{self.body_html}{picture}{self.source_html}"


def term_card(term: GlossaryTerm, audience: str, language: str) -> TermCard:
    words = words_for(language)
    name = term.name_in(language)
    # NCI's pronunciation key is for the English name
    pronunciation = term.pronunciation if name == term.name else ""
    heading = f"<b>{escape(name)}</b>" + (f" {escape(pronunciation)}" if pronunciation else "")
    definition, in_english = term.definition_in(audience, language)
    note = f"<p><small><i>{escape(words.definition_in_english)}</i></small></p>" if in_english else ""
    body = note + (f"<p>{escape(definition.text)}</p>" if definition else f"<p><i>{escape(words.no_definition)}</i></p>")
    source = ""
    if definition and (definition.audience or definition.dictionary):
        readers = words.definition_audiences.get(definition.audience.casefold(), definition.audience) or words.all_readers
        source = (f"<p><small>{escape(words.definition_for.format(audience=readers))}"
                  + (f" {escape(words.dictionary.format(dictionary=definition.dictionary))}" if definition.dictionary else "")
                  + f"; {escape(words.nci_dictionary)}</small></p>")
    image = term.image_in(language)
    caption_text = image.caption_in(language) if image is not None else ""
    caption = f"<p><small>{escape(caption_text)}</small></p>" if caption_text else ""
    plain = "\n".join(filter(None, [f"{name} {pronunciation}".strip(), words.definition_in_english if in_english else "",
                                    definition.text if definition else "", caption_text]))
    return TermCard(words.definition_of.format(term=name), heading, body, source, plain, image,
                    f"<p><i>[{escape(words.image_missing)}]</i></p>", caption)


