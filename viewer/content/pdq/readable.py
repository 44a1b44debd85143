"""What the library shows as reading matter, by the document's root element: a PDQ `Summary` or a
`DrugInformationSummary`, each read into the one `Summary` model (the library keeps both in
`summaries/`, and everything that opens, indexes or compares one comes through here)."""
from __future__ import annotations

from pathlib import Path

from ..errors import refused_on_any_failure
from ..model import Summary
from .drug_summary import drug_summary_from_document
from .summary import summary_from_document
from .xmlsafe import XmlDocument, parse, read_bytes

READABLE = ("Summary", "DrugInformationSummary")


@refused_on_any_failure
def readable_from_document(doc: XmlDocument) -> Summary:
    if doc.root.tag == "DrugInformationSummary":
        return drug_summary_from_document(doc)
    return summary_from_document(doc)


@refused_on_any_failure
def load_pdq_summary(path: Path, data: bytes | None = None) -> Summary:
    """Read one Summary or DrugInformationSummary XML file (or its bytes). Raises ContentError
    naming file and line."""
    path = Path(path)
    return readable_from_document(parse(path, read_bytes(path) if data is None else data))
