"""The wl_figures component: the counts a report gives, each with what it counts, what happened
to it, what it is part of, who reports it and whether it was verified."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..figures.reader import read_figures
from ..figures.rivals import dispute_rival_counts
from ..figures.sources import attribution_at, verification_of
from ..models import Figure


class FigureFinder:
    """Sets `doc._.wl_figures` (list[models.Figure]); reads `doc._.wl_attributions` and
    `doc._.wl_verifications`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Figure]:
        figures = read_figures(doc)
        attributions = doc._.wl_attributions or []
        verifications = doc._.wl_verifications or []
        for figure in figures:
            figure.attribution = attribution_at(figure.start, figure.end, attributions)
            qualifying = attribution_at(figure.start, figure.end, attributions, sourced=False)
            source = attributions[qualifying] if qualifying is not None else None
            figure.verification = verification_of(figure.start, figure.end, verifications, source, figure.role,
                                                  figure.unit)
        dispute_rival_counts(doc, figures, attributions)
        return figures

    def set_annotations(self, doc: Doc, found: list[Figure]) -> None:
        doc._.wl_figures = found
