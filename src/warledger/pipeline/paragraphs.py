"""The wl_paragraphs component: paragraph breaks and the end of a wire dateline start sentences
(runs before the parser).

News copy has titles and standfirsts without a final stop, which the parser would run into the
next paragraph's sentence. A blank line always starts a new sentence; a single line break does
only after a line that ends like a sentence (. ! ? : or a closing quotation mark), because
excerpts of reports are often hard-wrapped in mid-sentence ("killed 12\\npeople") or laid out as
tables ("321\\nHouses\\ndestroyed").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..datelines import dateline_end

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
LINE_ENDINGS = set(".!?:\"”’»")


def _break_before(token: Token) -> bool:
    previous = token.doc[token.i - 1]
    gap = previous.text + previous.whitespace_ if previous.is_space else previous.whitespace_
    if "\n" not in gap:
        return False
    if BLANK_LINE.search(gap):
        return True
    last = token.doc[previous.i - 1] if previous.is_space and previous.i > 0 else previous
    return last.text[-1] in LINE_ENDINGS


class ParagraphSplitter:
    """Sets `token.is_sent_start` after paragraph breaks; the parser keeps starts already set."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if not token.is_space and _break_before(token):
                token.is_sent_start = True
        for start in _paragraph_starts(doc.text)[:DATELINE_PARAGRAPHS]:
            after = dateline_end(doc.text, start)
            if after:  # "KHARTOUM, Sudan (AP) — A drone attack ... killed 31 people, a rescue group said."
                first = next((t for t in doc if t.idx >= after and not t.is_space), None)
                if first is not None and first.i > 0:
                    first.is_sent_start = True  # the story's first sentence is parsed on its own
                break
        return doc


#: a dateline opens the story's first paragraph, or the one after a title and a byline
DATELINE_PARAGRAPHS = 3


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in BLANK_LINE.finditer(text)]
