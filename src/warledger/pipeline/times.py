"""The wl_times component: temporal expressions normalised against the publication day."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Time
from ..timex import tag_times
from ..timex.tense import tense_reader


class TimeTagger:
    """Sets `doc._.wl_times`: the doc's temporal expressions (models.Time) with TIMEX3 values,
    relative ones resolved against `doc._.wl_published` and the tense of their clause."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Time]:
        return tag_times(doc.text, doc._.wl_published, tense_at=tense_reader(doc))

    def set_annotations(self, doc: Doc, found: list[Time]) -> None:
        doc._.wl_times = found
