"""English: the words the reader inserts into an English summary's text (and any summary that
names no language)."""
from .words import Words

WORDS = Words(
    code="en",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
    date="{month} {day}, {year}",
    today="today",
    in_the_future="dated in the future",
    ago="{count} {unit} ago",
    units={"day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"), "year": ("year", "years")},

    last_updated="Last updated {date} ({age})",
    source="Source: {source}",
    publisher="National Cancer Institute (NCI), PDQ®",
    audiences={"Health Professional": "Health Professional Version", "Patient": "Patient Version"},
    kinds={},
    what_changed_since="What changed since {date}…",

    out_of_date="Out of date?",
    library_stale=("The library was last updated on {date} ({age}); NCI updates these summaries every week. "
                   "To read the current text, {what_to_do}."),
    summary_stale=("This summary was last updated on {date} ({age}). It may not reflect current evidence; "
                   "to check for a newer version, {what_to_do}."),
    summary_stale_too="This summary was last updated on {date} ({age}) and may not reflect current evidence.",
    what_to_do="ask your IT to import the current PDQ distribution from NCI",

    references="References",
    references_of="References ({section})",
    reference_title="Reference {numbers}",
    not_in_library="[not in this library]",
    figure_missing="Figure not in this library",
    video_missing="Video not in this library (this viewer plays no video)",
    no_reference="no reference given",
    image_description="Image description: {alt}",
    untitled_section="(untitled section)",

    attribution=("Source: {title}, {audience} version, National Cancer Institute (NCI){board}. "
                 "PDQ text is produced by NCI and is in the public domain."),
    attribution_audiences={},
    updated_footer="Last Updated: {date}",
    about_edition="About this edition:",
    printed_from="Printed from Clinic Reference Viewer on {date}.",
    page_number="Page {page} of {pages}",
    citation="{board}PDQ {title}. Bethesda, MD: National Cancer Institute. Updated {updated}.{where} Accessed {accessed}.",
    citation_available=" Available at: {url}.",
    references_title="References {numbers}",
    words_to_know="Words to know",
    copied_source="Source: {title}, {section}, last updated {date}",

    definition_of="Definition of {term}",
    definition_for="Definition for: {audience}",
    all_readers="all readers",
    dictionary="({dictionary} dictionary)",
    nci_dictionary="NCI PDQ® dictionary",
    no_definition="This dictionary entry has no definition.",
    definition_missing="Definition not in this library",
    definition_missing_why=("This term's definition is not in this library: its entry in NCI's PDQ dictionary was "
                            "not imported. Importing NCI's dictionary (GlossaryTerm) files adds it."),
    definition_in_english="This term has no definition in English; it is shown as NCI writes it.",
    image_missing="Image not in this library",
    definition_audiences={},
    other_names="Other names:",
    more_names=" and {count} more",
    drug_title="Drug: {name}",
    drug_missing="Drug not in this library",
    drug_missing_why=("This drug's names and definition are not in this library: NCI's Term document for it was not "
                      "imported. Importing NCI's Term files adds them."),
    drug_definition_missing="Its definition is not in this library: NCI's Term document for this drug was not imported.",
    drug_dictionary="NCI's drug dictionary (PDQ® Term {id})",
    drug_brand_names="US Brand Name(s)",
    drug_fda_approved="FDA Approved",

    changes_heading="What changed since {date}",
    changes_versions="The version of {now} against the one of {since} this library held before.",
    changes_inserted="Inserted words are {underlined}, deleted ones {struck}.",
    changes_underlined="underlined",
    changes_struck="struck through",
    changes_none="No section's text changed.",
    changes_only_details="No section's text changed (the summary's date or details did).",
    changes_sections={"added": "Sections added ({count})", "removed": "Sections removed ({count})",
                      "changed": "Sections changed ({count})"},
    changes_earlier_missing="The earlier version is not in the library: only the section's name is known.",
    changes_title="Title:",
    changes_too_long="(too long to compare word by word: shown whole)",
    change_nouns={"section": ("section", "sections"), "paragraph": ("paragraph", "paragraphs")},
    change_verbs={noun: {verb: (verb, verb) for verb in ("changed", "added", "removed")}
                  for noun in ("section", "paragraph")},

    # NCI, "Levels of Evidence for Adult and Pediatric Cancer Treatment Studies (PDQ®)–Health
    # Professional Version": study designs 1–3 and endpoints A–D, each in descending order of strength
    loe_name="Level of evidence {code}",
    loe_design="Study design",
    loe_endpoint="Endpoint",
    loe_designs={
        "1": ("Randomized, controlled clinical trial", {"i": "double-blinded", "ii": "nonblinded treatment delivery"}),
        "2": ("Nonrandomized, controlled clinical trial", {}),
        "3": ("Case series", {"i": "population-based, consecutive series", "ii": "consecutive cases (not population-based)",
                              "iii": "nonconsecutive cases"}),
    },
    loe_endpoints={
        "A": ("Total mortality (or overall survival from a defined time)", {}),
        "B": ("Cause-specific mortality (or cause-specific mortality from a defined time)", {}),
        "C": ("Carefully assessed quality of life", {}),
        "D": ("Indirect surrogate", {"i": "event-free survival", "ii": "disease-free survival",
                                     "iii": "progression-free survival", "iv": "tumor response rate"}),
    },
    loe_earlier=("Codes written under NCI's earlier scheme number the surrogates without event-free "
                 "survival: Di disease-free survival, Dii progression-free survival, Diii tumor response rate."),
    loe_not_a_code="not a code in NCI's scheme as this viewer knows it",
    loe_not_a_subdivision="{words}; “{sub}” is not a subdivision this viewer knows",
    loe_summary="Levels of Evidence for Adult and Pediatric Cancer Treatment Studies (PDQ®)",
    loe_source="The full explanation is in NCI's summary “{summary}”. This level's dictionary entry is not in this library.",

    handout_not_in_dictionary=("The definition of 1 other word the text marks is not in this library's dictionary.",
                               "The definitions of {count} other words the text marks are not in this library's "
                               "dictionary."),
    handout_summary_stale=("This text was last updated on {date}, more than a year ago, and may not reflect current "
                           "evidence."),
    handout_library_stale="This copy comes from a library last updated on {date}; NCI may have changed the text since.",
    handout_current_at="The current version is at {url}.",
    handout_adapted=("Adapted from NCI's PDQ® cancer information summary “{title}” (patient version, last updated "
                     "{date}): this handout holds one of its sections; the whole summary is at {url}. PDQ text is "
                     "produced by the National Cancer Institute (NCI) and is in the public domain."),
    handout_file="handout",
    handout_home="www.cancer.gov",
)
