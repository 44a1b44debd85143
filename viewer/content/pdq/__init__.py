"""NCI's PDQ XML -> the document model: Summary and DrugInformationSummary documents, GlossaryTerm
dictionary entries and Term documents (a drug's names and definition).

A sibling of the Markdown loader: the same `Summary`, so the reader, search, popovers and paper
output need no second code path. Parsing is defusedxml's (no entities, nothing external).
"""
from .glossary import Definition, GlossaryTerm, TermImage, load_glossary_term, term_from_document
from .readable import READABLE, load_pdq_summary, readable_from_document
from .summary import summary_from_document
from .terminology import DrugTerm, OtherName, drug_term_from_document, load_drug_term
from .text import cdr_id
from .xmlsafe import XmlDocument, parse

__all__ = ["READABLE", "Definition", "DrugTerm", "GlossaryTerm", "OtherName", "TermImage", "XmlDocument", "cdr_id",
           "drug_term_from_document", "load_drug_term", "load_glossary_term", "load_pdq_summary", "parse",
           "readable_from_document", "summary_from_document", "term_from_document"]
