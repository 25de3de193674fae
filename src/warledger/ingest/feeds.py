"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom files, one Article per item or entry.

The entry's own content is the text (`content:encoded`, Atom `content`, else `description` /
`summary`), its HTML stripped by the HTML path (`html.fragment_text`). The linked pages are never
fetched: warledger runs offline, so an entry whose feed carries only a title gets E015.
The XML is parsed by defusedxml: entity declarations and outside references are refused (E013).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, tostring

from ..errors import item_error
from ..models import Article
from .html import fragment_text
from .items import InputItem

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: The root elements of a feed, as `sniff_feed` reads them from a file's first bytes.
FEED_ROOTS = {"rss", "feed", "rdf:RDF"}
_FIRST_TAG = re.compile(rb"\s*<([A-Za-z_][\w.:-]*)")
_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^[>]*(?:\[.*?\])?\s*>)", re.S)


@dataclass(frozen=True)
class _Channel:
    outlet: str | None
    language: str | None


def sniff_feed(path: Path) -> bool:
    """True when the file's root element is <rss>, <feed> or <rdf:RDF> (read from its first 4 KiB)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return root_tag(head) in FEED_ROOTS


def root_tag(head: bytes) -> str | None:
    """The name of the first element after the XML declaration, comments and doctype."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    pos = 0
    while match := _PROLOG.match(head, pos):
        pos = match.end()
    found = _FIRST_TAG.match(head, pos)
    return found.group(1).decode("ascii", "replace") if found else None


def read_feed_file(path: Path) -> Iterator[InputItem]:
    """One InputItem per item/entry in document order; a file that cannot be read as a feed is
    one item with the error (id = the file name without suffix)."""
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        yield InputItem(id=path.stem, origin=origin, error=item_error("E010", detail=err.strerror))
        return
    yield from parse_feed(data, name=path.stem, origin=origin)


def parse_feed(data: bytes, *, name: str, origin: str) -> Iterator[InputItem]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data)  # bytes: the XML declaration's encoding is honoured
    except ParseError as err:
        yield InputItem(id=name, origin=origin, error=item_error("E012", detail=str(err)))
        return
    except DefusedXmlException as err:
        yield InputItem(id=name, origin=origin, error=item_error("E013", detail=str(err)))
        return
    if root.tag == "rss":
        channel = root.find("channel")
        entries = channel.findall("item") if channel is not None else []
        info = _Channel(_plain(_text(channel, "title")), _text(channel, "language"))
        read_entry = _rss_item
    elif root.tag == f"{RDF}RDF":
        channel = root.find(f"{RSS1}channel")
        entries = root.findall(f"{RSS1}item")
        info = _Channel(_plain(_text(channel, f"{RSS1}title")), _text(channel, f"{DC}language"))
        read_entry = _rss1_item
    elif root.tag == f"{ATOM}feed":
        entries = root.findall(f"{ATOM}entry")
        info = _Channel(_atom_text(root.find(f"{ATOM}title")) or None, root.get(XML_LANG))
        read_entry = _atom_entry
    else:
        local = root.tag.rsplit("}", 1)[-1]
        yield InputItem(id=name, origin=origin, error=item_error("E014", root=local))
        return
    for number, entry in enumerate(entries, 1):
        yield read_entry(entry, info, origin=f"{origin}#{number}")


def _rss_item(item: Element, channel: _Channel, *, origin: str) -> InputItem:
    url = _text(item, "link")
    body = _first_body(
        (_text(item, f"{CONTENT}encoded"), True),
        (_text(item, "description"), True),
    )
    published = _rfc822_date(_text(item, "pubDate")) or _iso_date(_text(item, f"{DC}date"))
    return _make_item(
        art_id=_text(item, "guid") or url, body=body, origin=origin, title=_plain(_text(item, "title")),
        url=url, published=published, channel=channel,
    )


def _rss1_item(item: Element, channel: _Channel, *, origin: str) -> InputItem:
    url = _text(item, f"{RSS1}link")
    body = _first_body(
        (_text(item, f"{CONTENT}encoded"), True),
        (_text(item, f"{RSS1}description"), True),
    )
    return _make_item(
        art_id=item.get(f"{RDF}about") or url, body=body, origin=origin,
        title=_plain(_text(item, f"{RSS1}title")), url=url,
        published=_iso_date(_text(item, f"{DC}date")), channel=channel,
    )


def _atom_entry(entry: Element, feed: _Channel, *, origin: str) -> InputItem:
    url = _atom_link(entry)
    content, summary = entry.find(f"{ATOM}content"), entry.find(f"{ATOM}summary")
    body = _first_body(_atom_body(content), _atom_body(summary))
    published = _iso_date(_text(entry, f"{ATOM}published")) or _iso_date(_text(entry, f"{ATOM}updated"))
    channel = _Channel(feed.outlet, entry.get(XML_LANG) or feed.language)
    return _make_item(
        art_id=_text(entry, f"{ATOM}id") or url, body=body, origin=origin,
        title=_atom_text(entry.find(f"{ATOM}title")) or None, url=url, published=published, channel=channel,
    )


def _make_item(*, art_id: str | None, body: str, origin: str, title: str | None, url: str | None,
               published: str | None, channel: _Channel) -> InputItem:
    if not art_id:
        return InputItem(id=None, origin=origin, error=item_error("E016"))
    if not body:
        return InputItem(id=art_id, origin=origin, error=item_error("E015"))
    article = Article(id=art_id, text=body, published=published, title=title, url=url,
                      outlet=channel.outlet, language=channel.language, origin=origin)
    return InputItem(id=art_id, origin=origin, article=article)


def _first_body(*candidates: tuple[str | None, bool]) -> str:
    """The text of the first candidate (content, is_html) that has any."""
    for content, is_html in candidates:
        if content and content.strip():
            text = fragment_text(content, is_html=is_html)
            if text:
                return text
    return ""


def _atom_body(element: Element | None) -> tuple[str | None, bool]:
    """An Atom text construct as (content, is_html). Out-of-line content (`src=`) is a link we do
    not fetch: no text."""
    if element is None or element.get("src"):
        return None, False
    kind = (element.get("type") or "text").lower()
    if kind == "xhtml":
        return _inner_xml(element), True
    if kind in ("html", "text/html"):
        return element.text, True
    if kind == "text" or kind.startswith("text/"):
        return element.text, False
    return None, False  # base64 media and other types carry no article text


def _atom_text(element: Element | None) -> str:
    content, is_html = _atom_body(element)
    if not content:
        return ""
    return _plain(content) if is_html else " ".join(content.split())


def _atom_link(entry: Element) -> str | None:
    """The entry's `alternate` link (a link without `rel` is one), else its first link."""
    links = entry.findall(f"{ATOM}link")
    for link in links:
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return next((link.get("href").strip() for link in links if link.get("href")), None)


def _inner_xml(element: Element) -> str:
    """The markup inside `element` (the xhtml div's children), namespaces as written."""
    parts = [element.text or ""]
    for child in element:
        parts.append(tostring(child, encoding="unicode"))
    return "".join(parts)


def _text(parent: Element | None, tag: str) -> str | None:
    if parent is None:
        return None
    found = parent.find(tag)
    if found is None or found.text is None:
        return None
    return found.text.strip() or None


def _plain(value: str | None) -> str | None:
    """A title with any markup or entities taken out."""
    if not value:
        return None
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    return fragment_text(value) or None


def _rfc822_date(value: str | None) -> str | None:
    """RSS's pubDate ('Wed, 21 Aug 2024 07:00:00 +0300') as an ISO datetime in its own offset."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return _iso_date(value)  # some feeds write ISO dates in pubDate


def _iso_date(value: str | None) -> str | None:
    """An RFC 3339 / ISO 8601 date or datetime, as `YYYY-MM-DD` or an ISO datetime; None when
    it is not one (the entry is still read, undated)."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("z", "Z")).isoformat()
    except ValueError:
        return None
