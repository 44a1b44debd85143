"""Small PDQ Summary XML documents made by the tests (never copied from ../shared): a valid frame
around whatever body a test needs, so each hostile case is one line of body."""
from __future__ import annotations

HEAD = ('<?xml version="1.0" encoding="{encoding}"?>\n<Summary id="CDR{cdr}"><SummaryMetaData>'
        "<SummaryType>Treatment</SummaryType><SummaryAudience>Health professionals</SummaryAudience>"
        "<SummaryLanguage>English</SummaryLanguage></SummaryMetaData><SummaryTitle>{title}</SummaryTitle>\n")
TAIL = "<DateLastModified>2020-01-01</DateLastModified></Summary>\n"


def summary_xml(body: str, cdr: int = 900001, title: str = "Generated summary", encoding: str = "UTF-8") -> bytes:
    """A Summary document: `body` is its SummarySections (see `section`)."""
    text = HEAD.format(encoding=encoding, cdr=f"{cdr:010d}", title=title) + body + TAIL
    return text.encode("utf-8")


def section(inner: str, section_id: str = "_1", title: str = "One") -> str:
    return f'<SummarySection id="{section_id}"><Title>{title}</Title>{inner}</SummarySection>\n'


def table(rows: int, more_rows: str = "0", text: bool = True, colnum: str = "1") -> str:
    """A 3-column CALS table of `rows` rows, each cell with MoreRows=`more_rows`."""
    cells = "".join(f'<entry MoreRows="{more_rows}">{name if text else ""}</entry>' for name in "abc")
    return (f'<Table id="_t1"><TGroup Cols="3"><ColSpec ColName="c1" ColNum="{colnum}"/>'
            '<ColSpec ColName="c2" ColNum="2"/><ColSpec ColName="c3" ColNum="3"/><TBody>'
            + f"<Row>{cells}</Row>\n" * rows + "</TBody></TGroup></Table>")


def cited(citations: int, refidx: str = "1", idx_of=str) -> str:
    """A paragraph citing `refidx` and a reference list of `citations` citations."""
    listed = "".join(f'<Citation idx="{idx_of(i)}">Author {i}. A study. J Clin Oncol.</Citation>'
                     for i in range(1, citations + 1))
    return f'<Para id="_p1">Cited.<Reference refidx="{refidx}"/></Para><ReferenceSection>{listed}</ReferenceSection>'
