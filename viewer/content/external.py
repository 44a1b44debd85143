"""Addresses outside the bundle: the app is offline and never fetches anything.

An external link keeps its text and shows its address after it, so a clinician can read and copy
it (the window opens nothing; it explains and offers to copy). A remote image becomes its
description, marked as not available offline, instead of a broken picture or a network request.
"""
from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.treeprocessors import Treeprocessor

from .addresses import is_external

OFFLINE_IMAGE = "[image not available offline: {}]"
NOT_SHOWN_IMAGE = "[image not shown: {}]"


def _parents(root: etree.Element) -> dict[etree.Element, etree.Element]:
    return {child: parent for parent in root.iter() for child in parent}


class ExternalTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        parents = _parents(root)
        for link in [a for a in root.iter("a") if is_external(a.get("href", ""))]:
            link.set("class", "external")
            text = "".join(link.itertext()).strip()
            if text != link.get("href").strip():
                note = etree.Element("span", {"class": "external-address"})
                note.text = f" ({link.get('href').strip()})"
                note.tail, link.tail = link.tail, None
                parent = parents[link]
                parent.insert(list(parent).index(link) + 1, note)
        # No image is loaded from a Markdown summary: a remote one would be a network request, a local
        # one a path the content chose (/dev/zero, a pipe, another user's share). Its words stay.
        for image in list(root.iter("img")):
            parent = parents[image]
            replacement = etree.Element("span", {"class": "offline-image"})
            note = OFFLINE_IMAGE if is_external(image.get("src", "")) else NOT_SHOWN_IMAGE
            replacement.text = note.format(image.get("alt") or image.get("src"))
            replacement.tail = image.tail
            parent.insert(list(parent).index(image), replacement)
            parent.remove(image)
