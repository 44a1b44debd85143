"""Full-text search over the document model (pure Python, SQLite FTS5; no Qt here)."""
from .index import Hit, SearchIndex, SearchResults
from .query import ParsedQuery, parse_query

__all__ = ["Hit", "ParsedQuery", "SearchIndex", "SearchResults", "parse_query"]
