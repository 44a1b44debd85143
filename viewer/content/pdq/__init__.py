"""NCI's PDQ XML -> the document model: Summary documents and GlossaryTerm dictionary entries.

A sibling of the Markdown loader: the same `Summary`, so the reader, search, popovers and paper
output need no second code path. Parsing is defusedxml's (no entities, nothing external).
"""
from .glossary import Definition, GlossaryTerm, TermImage, load_glossary_term, term_from_document
from .summary import load_pdq_summary, summary_from_document
from .text import cdr_id
from .xmlsafe import XmlDocument, parse

__all__ = ["Definition", "GlossaryTerm", "XmlDocument", "cdr_id", "load_glossary_term", "load_pdq_summary", "parse",
           "summary_from_document", "term_from_document", "TermImage"]
