"""Sentences and paragraphs of a parsed Doc: a line break always ends a sentence.

News copy has titles and standfirsts without a final stop; the parser may run them into the
next paragraph's sentence.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, split again at every line break."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if "\n" in token.text or (token.i + 1 < sent.end and "\n" in token.whitespace_):
                end = token.i if "\n" in token.text else token.i + 1
                if end > start:
                    out.append(doc[start:end])
                start = token.i + 1
        if sent.end > start:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """Character range of the paragraph (text between line breaks) that holds `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)

