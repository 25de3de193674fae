"""The (source, cue, content) texts of every attribution `find_attributions` finds: what the cue
tests compare (imported by tests/claims/test_cues*.py, which pytest runs with this folder on its path)."""
from warledger.claims.cues import find_attributions


def spans(doc):
    t = doc.text
    return [
        (t[f.source[0]:f.source[1]] if f.source else None,
         t[f.cue[0]:f.cue[1]] if f.cue else None,
         t[f.content[0]:f.content[1]])
        for f in find_attributions(doc)
    ]
