"""The main job: InputItems in, Extractions out, in the same order, one per item."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .errors import item_error
from .ingest import InputItem
from .models import Article, Extraction
from .nlp import build_pipeline, pipeline_version
from .settings import Options


def extract_articles(items: Iterable[InputItem], *, options: Options = Options()) -> Iterator[Extraction]:
    """One Extraction per item, in order. An item that cannot be processed gets a coded error;
    the others go on."""
    nlp = build_pipeline(options)
    version = pipeline_version(nlp)
    iterator = iter(items)
    while batch := list(islice(iterator, options.batch_size)):
        yield from _extract_batch(nlp, batch, version, options)


def extract_article(article: Article, *, options: Options = Options()) -> Extraction:
    """Convenience for one article."""
    item = InputItem(id=article.id, origin=article.origin or "", article=article)
    return next(extract_articles([item], options=options))


def _extract_batch(nlp: Language, batch: list[InputItem], version: str, options: Options) -> list[Extraction]:
    results: list[Extraction] = []
    todo: list[tuple[int, Doc]] = []
    for item in batch:
        result = Extraction(id=item.id, article=item.article, error=item.error, pipeline_version=version)
        results.append(result)
        if item.error is not None or item.article is None:
            continue
        text = item.article.text
        if not text.strip():
            result.error = item_error("E001")
        elif len(text) > options.max_chars:
            result.error = item_error("E005", size=len(text), limit=options.max_chars)
        else:
            todo.append((len(results) - 1, make_doc(nlp, item.article)))
    if todo:
        try:
            docs = list(nlp.pipe([doc for _, doc in todo], batch_size=options.batch_size))
        except Exception:  # one bad doc must not take the batch down: redo them one by one
            docs = [_process_one(nlp, doc) for _, doc in todo]
        for (index, _), doc in zip(todo, docs):
            if isinstance(doc, Exception):
                results[index].error = item_error("E009", detail=f"{type(doc).__name__}: {doc}")
            else:
                fill(results[index], doc)
    return results


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.wl_published = article.published_date
    doc._.wl_outlet = article.outlet
    return doc


def _process_one(nlp: Language, doc: Doc) -> Doc | Exception:
    try:
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc
    except Exception as err:  # recorded as E009 on this item only
        return err


def fill(result: Extraction, doc: Doc) -> None:
    result.places = doc._.wl_places or []
    result.times = doc._.wl_times or []
    result.attributions = doc._.wl_attributions or []
    result.figures = doc._.wl_figures or []
    result.events = doc._.wl_events or []
    result.verifications = doc._.wl_verifications or []
