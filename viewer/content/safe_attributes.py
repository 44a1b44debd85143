"""The attributes a summary's Markdown may give its elements: ids, and the `.references` class of a
reference-list heading. attr_list would accept anything (`{style="display:none"}` hides a word on
screen that is still copied and printed); everything else is dropped, so what is shown is what is
stored. Citation links made by citations.py keep their own class and data."""
from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.treeprocessors import Treeprocessor

KEPT = {"id", "href", "title", "src", "alt", "start", "data-refs", "data-error"}
CLASSES = {"references", "citation"}


class ContentAttributesTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for name in list(element.attrib):
                if name == "class":
                    kept = [c for c in element.get("class", "").split() if c in CLASSES]
                    if kept:
                        element.set("class", " ".join(kept))
                    else:
                        del element.attrib["class"]
                elif name not in KEPT:
                    del element.attrib[name]
