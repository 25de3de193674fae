"""The wl_times component: temporal expressions normalised against the publication day."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Time
from ..timex import tag_times
from ..timex.dateline import dateline_day
from ..timex.tense import tense_reader


class TimeTagger:
    """Sets `doc._.wl_times`: the doc's temporal expressions (models.Time) with TIMEX3 values,
    relative ones resolved against `doc._.wl_published` (else the date of a dateline at the head of
    the text) and the tense of their clause."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Time]:
        published = doc._.wl_published or dateline_day(doc.text)  # a wire story's dateline gives its day
        return tag_times(doc.text, published, tense_at=tense_reader(doc))

    def set_annotations(self, doc: Doc, found: list[Time]) -> None:
        doc._.wl_times = found
