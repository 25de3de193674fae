"""The wl_events component: the events a report describes, coded in ACLED's taxonomy, with the
place, date, actors, fatalities, figures and attributions each rests on."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..events.coder import code_events
from ..models import Event


class EventCoder:
    """Sets `doc._.wl_events` (list[models.Event]); reads `doc._.wl_places`, `wl_times`, `wl_figures`,
    `wl_attributions` and `wl_published`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Event]:
        return code_events(doc)

    def set_annotations(self, doc: Doc, found: list[Event]) -> None:
        doc._.wl_events = found
