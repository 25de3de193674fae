"""The wl_times component (first version: a stub that finds nothing)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimeTagger:
    """Sets `doc._.wl_times`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list:
        return []

    def set_annotations(self, doc: Doc, found: list) -> None:
        doc._.wl_times = found
