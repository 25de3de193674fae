"""Recognition and normalisation of English temporal expressions (TIMEX3 values).

`tag_times(text, published)` finds the expressions in a text and normalises them against the
publication day; the wl_times pipeline component calls it with the tense of each expression's
verb taken from spaCy's parse.
"""
from __future__ import annotations

from .tagger import tag_times

__all__ = ["tag_times"]
