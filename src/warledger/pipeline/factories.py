"""Every warledger component factory, in one place (spaCy's pipeline/factories.py habit).

Component names carry a version (`wl.places.v1` ...) recorded with every stored record.
"""
from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (declares the Doc extensions)
from .attributions import AttributionFinder
from .events import EventCoder
from .figures import FigureFinder
from .paragraphs import ParagraphSplitter
from .places import PlaceRecognizer
from .times import TimeTagger

#: factory name -> versioned component id stored with records
COMPONENT_VERSIONS = {
    "wl_paragraphs": "wl.paragraphs.v1",
    "wl_places": "wl.places.v1",
    "wl_times": "wl.times.v1",
    "wl_attributions": "wl.attributions.v1",
    "wl_figures": "wl.figures.v1",
    "wl_events": "wl.events.v1",
}


@Language.factory("wl_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter(nlp, name)


@Language.factory("wl_places", assigns=["doc._.wl_places"], requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer(nlp, name)


@Language.factory("wl_times", assigns=["doc._.wl_times"], requires=["token.dep"])
def make_times(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger(nlp, name)


@Language.factory("wl_attributions", assigns=["doc._.wl_attributions", "doc._.wl_verifications"], requires=["token.dep", "doc.ents"])
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder(nlp, name)


@Language.factory(
    "wl_figures", assigns=["doc._.wl_figures"], requires=["token.dep", "doc._.wl_attributions"]
)
def make_figures(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder(nlp, name)


@Language.factory(
    "wl_events",
    assigns=["doc._.wl_events"],
    requires=["doc._.wl_places", "doc._.wl_times", "doc._.wl_figures", "doc._.wl_attributions"],
)
def make_events(nlp: Language, name: str) -> EventCoder:
    return EventCoder(nlp, name)
