"""What one language's table holds, and the few rules that put its words together (dates, ages).
The tables are data (en.py, es.py); a word missing from one is a test failure, not an English
fallback, so every field here has no default."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


# no generated __eq__ and __repr__ over 85 fields (start-up time): a language has one table, its identity
@dataclass(frozen=True, eq=False, repr=False)
class Words:
    """One language's words for what the reader inserts into a summary's text."""

    code: str                              # "en", "es"
    months: tuple[str, ...]                # January … December
    date: str                              # "{month} {day}, {year}" / "{day} de {month} de {year}"
    today: str
    in_the_future: str
    ago: str                               # "{count} {unit} ago" / "hace {count} {unit}"
    units: dict[str, tuple[str, str]]      # day/week/month/year -> (one, many)

    # the header above the text, and the same line on paper
    last_updated: str                      # "Last updated {date} ({age})"
    source: str                            # "Source: {source}"
    publisher: str                         # "National Cancer Institute (NCI), PDQ®"
    audiences: dict[str, str]              # the model's audience -> "Patient Version"
    kinds: dict[str, str]                  # PDQ's SummaryType -> its name in this language
    what_changed_since: str                # "What changed since {date}…"

    # the currency notice
    out_of_date: str                       # "Out of date?"
    library_stale: str                     # "{date} ({age}) … {what_to_do}"
    summary_stale: str
    summary_stale_too: str                 # after library_stale, which already said what to do
    what_to_do: str

    # in the text
    references: str                        # the heading of a reference list
    references_of: str                     # "References ({section})" on paper
    reference_title: str                   # a citation marker's tooltip: "Reference {numbers}"
    not_in_library: str                    # after a link to a summary the library lacks
    figure_missing: str
    video_missing: str
    no_reference: str                      # a figure that names no image
    image_description: str                 # "Image description: {alt}"
    untitled_section: str

    # below the text and on paper
    attribution: str                       # "Source: {title}, {audience} version, …{board}. …"
    attribution_audiences: dict[str, str]  # the model's audience -> its name in the attribution
    updated_footer: str                    # "Last Updated: {date}"
    about_edition: str                     # "About this edition:"
    printed_from: str                      # "Printed from Clinic Reference Viewer on {date}."
    page_number: str                       # "Page {page} of {pages}", on paper from page 2
    citation: str                          # NCI's preferred citation, when the summary states none
    citation_available: str                # " Available at: {url}."
    references_title: str                  # a popover of several references: "References {numbers}"
    words_to_know: str                     # a patient handout's list of the terms it uses
    copied_source: str                     # "Source: {title}, {section}, last updated {date}"

    # a dictionary term's popover
    definition_of: str                     # "Definition of {term}"
    definition_for: str                    # "Definition for: {audience}"
    all_readers: str
    dictionary: str                        # "({dictionary} dictionary)"
    nci_dictionary: str                    # "NCI PDQ® dictionary"
    no_definition: str
    definition_missing: str                # a term the library lacks: the heading
    definition_missing_why: str
    definition_in_english: str             # the note above an English definition in another language
    image_missing: str                     # a term's image the library lacks
    definition_audiences: dict[str, str]   # a definition's Audience -> its name here

    # a drug's name (in a drug information summary, or a dictionary term that is one): its Term
    other_names: str                       # "Other names:"
    more_names: str                        # " and {count} more"
    drug_title: str                        # the popover's name: "Drug: {name}"
    drug_missing: str                      # a drug whose Term no document gave
    drug_missing_why: str
    drug_definition_missing: str           # its names are known (its page), its definition is not
    drug_dictionary: str                   # "NCI's drug dictionary (PDQ® Term {id})"
    drug_brand_names: str                  # a drug page's facts, as NCI heads them: "US Brand Name(s)"
    drug_fda_approved: str                 # "FDA Approved" (its value is NCI's own: "Yes", "No")

    # what changed at an update (library/changes.py): the report, in the summary's language
    changes_heading: str                   # "What changed since {date}"
    changes_versions: str                  # "The version of {now} against the one of {since} …"
    changes_inserted: str                  # "Inserted words are {underlined}, deleted ones {struck}."
    changes_underlined: str
    changes_struck: str
    changes_none: str                      # "No section's text changed."
    changes_only_details: str
    changes_sections: dict[str, str]       # added/removed/changed -> "Sections added ({count})"
    changes_earlier_missing: str
    changes_title: str                     # "Title:"
    changes_too_long: str
    # "2 sections changed, 1 added": a noun (section, paragraph) -> (one, many), and its
    # participles, which agree with it in number (and, in Spanish, gender)
    change_nouns: dict[str, tuple[str, str]]
    change_verbs: dict[str, dict[str, tuple[str, str]]]

    # a level of evidence whose dictionary entry the library lacks: NCI's scheme (levels_of_evidence.py)
    loe_name: str                          # "Level of evidence {code}"
    loe_design: str                        # "Study design"
    loe_endpoint: str                      # "Endpoint"
    loe_designs: dict[str, tuple[str, dict[str, str]]]    # "1" -> (its words, {"i": …})
    loe_endpoints: dict[str, tuple[str, dict[str, str]]]  # "A" -> (its words, {"i": …})
    loe_earlier: str                       # the earlier scheme's surrogates
    loe_not_a_code: str
    loe_not_a_subdivision: str             # "{words}; “{sub}” is not a subdivision this viewer knows"
    loe_summary: str                       # the title of NCI's summary that explains the scheme
    loe_source: str                        # "The full explanation is in NCI's summary “{summary}”. …"

    # a patient handout (ui/paper/handout.py): one section of a patient version, its terms defined after it
    handout_not_in_dictionary: tuple[str, str]  # the terms the dictionary lacks: (one, "{count}" of many)
    handout_summary_stale: str             # "This text was last updated on {date}, more than a year ago, …"
    handout_library_stale: str             # "This copy comes from a library last updated on {date}; …"
    handout_current_at: str                # "The current version is at {url}."
    handout_adapted: str                   # a part may not be called a PDQ summary: "Adapted from …"
    handout_file: str                      # the PDF's name: "<title> - <section> - handout.pdf"
    handout_home: str                      # where NCI publishes its summaries in this language

    def long_date(self, day: dt.date) -> str:
        return self.date.format(month=self.months[day.month - 1], day=day.day, year=day.year)

    def age(self, day: dt.date, today: dt.date) -> str:
        """'11 years ago' / 'hace 11 años'; 'today', or dated in the future."""
        days = (today - day).days
        if days < 0:
            return self.in_the_future
        if days == 0:
            return self.today
        for unit, size, limit in (("day", 1, 14), ("week", 7, 61), ("month", 30, 730)):
            if days < limit:
                return self._count(max(days // size, 1), unit)
        return self._count(days // 365, "year")

    def _count(self, count: int, unit: str) -> str:
        one, many = self.units[unit]
        return self.ago.format(count=count, unit=one if count == 1 else many)

    def audience(self, audience: str) -> str:
        """'Health Professional' -> 'Health Professional Version' / 'Versión para profesionales de salud'."""
        return self.audiences.get(audience, audience)

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind.casefold(), kind)

    def updated_line(self, day: dt.date, today: dt.date) -> str:
        return self.last_updated.format(date=self.long_date(day), age=self.age(day, today))

    def details(self, meta, today: dt.date, *, kind: bool = True) -> list[str]:
        """A summary's type, audience, date with its age and source, as the header and paper say
        them (`meta`: its SummaryMetadata): "Tratamiento", "Versión para profesionales de salud",
        "Actualización: 21 de agosto de 2006 (hace 20 años)", "Fuente: …"."""
        return ([self.kind(meta.kind)] if kind and meta.kind else []) + [
            self.audience(meta.audience), self.updated_line(meta.last_updated, today),
            self.source.format(source=meta.source)]

    def change_counts(self, noun: str, counts: list[tuple[int, str]]) -> str:
        """"2 sections changed, 1 added": the noun once, with the first count that is not zero."""
        said = [(n, verb) for n, verb in counts if n]
        one, many = self.change_nouns[noun]
        return ", ".join(f"{n} " + (f"{one if n == 1 else many} " if i == 0 else "")
                         + self.change_verbs[noun][verb][0 if n == 1 else 1] for i, (n, verb) in enumerate(said))
