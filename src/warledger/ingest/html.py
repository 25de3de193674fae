"""HTML pages: main text by trafilatura; title, date and outlet from the page's metadata.

The same path strips the HTML of a feed entry's content (`fragment_text`). Nothing here fetches:
a `url` only names the page.
"""
from __future__ import annotations

from html import escape
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


def parse_html(data: bytes | str, *, art_id: str, origin: str, url: str | None = None) -> InputItem:
    """An Article from a whole page, or E002/E007 (undecodable) or E006 (no article text)."""
    if isinstance(data, bytes):
        html, error = decode_text(data)
        if error:
            return InputItem(id=art_id, origin=origin, error=error)
    else:
        html = data
    doc = _bare_extraction(html, url=url, with_metadata=True)
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        return InputItem(id=art_id, origin=origin, error=item_error("E006"))
    published = doc.date if doc.date and check_published(doc.date) is None else None
    article = Article(
        id=art_id, text=text, published=published, title=doc.title or None,
        url=doc.url or url, outlet=doc.sitename or None, language=doc.language or None, origin=origin,
    )
    return InputItem(id=art_id, origin=origin, article=article)


def fragment_text(fragment: str, *, is_html: bool = True) -> str:
    """The text of a piece of HTML that is all content (a feed entry's body): markup, scripts,
    figures (images, captions, credits) and link boilerplate gone, paragraphs one per line.
    `is_html=False` takes `fragment` as plain text. Returns "" when nothing with words is left."""
    body = _without_figures(fragment) if is_html else escape(fragment)
    doc = _bare_extraction(f"<html><body><article>{body}</article></body></html>", url=None,
                           with_metadata=False)
    text = (doc.text or "").strip() if doc is not None else ""
    return text or _all_text(body)


def _bare_extraction(html: str, *, url: str | None, with_metadata: bool):
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    return trafilatura.bare_extraction(html, url=url, with_metadata=with_metadata, include_comments=False)


#: Elements that end a line of text (for `_all_text`).
_BLOCKS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "dd", "dt", "pre")


def _fragment_root(html: str):
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return None


def _without_figures(html: str) -> str:
    """`html` without its <figure> elements: a caption is no part of the report (and one makes
    trafilatura fall back to running every paragraph together)."""
    if "<figure" not in html.lower():
        return html
    root = _fragment_root(html)
    if root is None:
        return html
    import lxml.html

    for figure in root.xpath("//figure"):
        figure.drop_tree()
    return "".join([root.text or ""] + [lxml.html.tostring(child, encoding="unicode") for child in root])


def _all_text(html: str) -> str:
    """Every text node, one line per block, spaces collapsed: for a fragment too short for
    trafilatura to keep."""
    root = _fragment_root(html)
    if root is None:
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
