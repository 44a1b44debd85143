"""The pure-Python core: summaries on disk -> validated document model -> HTML. No Qt here."""
from .errors import ContentError
from . import manifest, prerendered
from .library import Library, SummaryEntry
from .loader import load_library, load_summary
from .model import Citation, Paragraph, Reference, Section, Summary, SummaryMetadata

__all__ = [
    "Citation", "ContentError", "Library", "Paragraph", "Reference", "Section", "Summary",
    "SummaryEntry", "SummaryMetadata", "load_library", "load_summary", "manifest", "prerendered",
]
