"""HTML pages: main text by trafilatura; title, date and outlet from the page's metadata."""
from __future__ import annotations

from pathlib import Path

from ..errors import item_error
from ..models import Article
from .items import InputItem, check_published, decode_text

#: A page whose main text is shorter than this is not an article.
MIN_ARTICLE_CHARS = 80


def read_html_file(path: Path) -> InputItem:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputItem(id=path.stem, origin=origin, error=item_error("E010", detail=err.strerror))
    return parse_html(data, art_id=path.stem, origin=origin)


def parse_html(data: bytes, *, art_id: str, origin: str, url: str | None = None) -> InputItem:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html, error = decode_text(data)
    if error:
        return InputItem(id=art_id, origin=origin, error=error)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        return InputItem(id=art_id, origin=origin, error=item_error("E006"))
    published = doc.date if doc.date and check_published(doc.date) is None else None
    article = Article(
        id=art_id, text=text, published=published, title=doc.title or None,
        url=doc.url or url, outlet=doc.sitename or None, language=doc.language or None, origin=origin,
    )
    return InputItem(id=art_id, origin=origin, article=article)
