"""The python-markdown extension that reads a summary: citations, structure, cross-references."""
from __future__ import annotations

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension
from markdown.inlinepatterns import SimpleTagInlineProcessor

from .citations import CITATION_PATTERN, CitationInlineProcessor
from .crossrefs import CrossReferenceTreeprocessor
from .external import ExternalTreeprocessor
from .safe_attributes import ContentAttributesTreeprocessor
from .structure import StructureTreeprocessor

SUPERSCRIPT_PATTERN = r"(\^)(\d{1,3})\^"  # group 2 is the text (SimpleTagInlineProcessor's convention)


class SummaryExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (python-markdown's name)
        # A summary's text is text: raw HTML (a <style> block, a hidden <span>) is shown as written,
        # escaped, never interpreted; so nothing is hidden, and no stash placeholders leak anywhere.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # After attr_list (8): only the attributes the summary format uses survive (no style).
        md.treeprocessors.register(ContentAttributesTreeprocessor(md), "content_attributes", 7)
        # Before 'reference' (170), which would otherwise read "[4]" as a shortcut link.
        md.inlinePatterns.register(CitationInlineProcessor(CITATION_PATTERN, md), "citation", 175)
        # "^131^I-MIBG": a mass number set superscript, as NCI's XML marks it (<Superscript>);
        # the text stays "131I-MIBG" for search and copying.
        md.inlinePatterns.register(SimpleTagInlineProcessor(SUPERSCRIPT_PATTERN, "sup"), "superscript", 174)
        # After 'toc' (5), so headings have their ids; the cross-references need the sections.
        md.treeprocessors.register(StructureTreeprocessor(md), "summary_structure", 4)
        md.treeprocessors.register(CrossReferenceTreeprocessor(md), "cross_references", 3)
        md.treeprocessors.register(ExternalTreeprocessor(md), "external", 2)


def make_markdown() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["attr_list", TocExtension(permalink=False), SummaryExtension()],
        output_format="html",
    )
