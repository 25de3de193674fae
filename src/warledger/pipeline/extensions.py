"""The Doc extensions warledger's components read and write, declared once."""
from __future__ import annotations

from spacy.tokens import Doc

#: doc._.<name> -> what it holds
DOC_EXTENSIONS = {
    "wl_published": None,  # str YYYY-MM-DD: publication day, the anchor of relative dates
    "wl_outlet": None,  # str: the publisher's name
    "wl_places": None,  # list[models.Place]
    "wl_times": None,  # list[models.Time]
    "wl_attributions": None,  # list[models.Attribution]
    "wl_verifications": None,  # list[models.Verification], set by wl_attributions
    "wl_figures": None,  # list[models.Figure]
    "wl_events": None,  # list[models.Event]
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
