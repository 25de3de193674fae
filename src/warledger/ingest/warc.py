"""WARC web archives (.warc, .warc.gz): one Article per archived HTML page.

Each `response` record whose HTTP status is 2xx and whose payload is HTML goes through the HTML
path (`html.parse_html`): main text by trafilatura, title, date and outlet from the page. The
article id is the record's WARC-Record-ID (else its WARC-Target-URI), its url the target URI; the
capture time (WARC-Date) is the publication date only when the page gives none. Every other record
(requests, metadata, images, redirects ...) is passed over without an item and counted in
`ReadStats`. A truncated or corrupt record gets E017; reading goes on at the next record that can be
found. Nothing is fetched: the archive is all there is.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import redirect_stderr
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import item_error
from ..models import ItemError
from .html import parse_html
from .items import InputItem, ReadStats

HTML_TYPES = {"text/html", "application/xhtml+xml"}
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_CHUNK = 1 << 20

__all__ = ["read_warc_file", "read_warc_stream"]


def read_warc_file(path: Path, *, stats: ReadStats | None = None) -> Iterator[InputItem]:
    """One InputItem per HTML page in the archive, in file order; the origin is `path@offset`."""
    stats = stats if stats is not None else ReadStats()
    name = path.name[: -len(".gz")] if path.name.lower().endswith(".gz") else path.name
    try:
        stream = path.open("rb")
    except OSError as err:
        yield InputItem(id=Path(name).stem, origin=str(path), error=item_error("E010", detail=err.strerror))
        return
    with stream:
        yield from read_warc_stream(stream, origin=str(path), stats=stats)


def read_warc_stream(stream: BinaryIO, *, origin: str, stats: ReadStats) -> Iterator[InputItem]:
    from warcio.archiveiterator import ArchiveIterator

    marker = GZIP_MAGIC if stream.read(2) == GZIP_MAGIC[:2] else WARC_MAGIC
    start, resyncing = 0, False  # while resyncing, records that fail to parse are passed over quietly
    while True:
        stream.seek(start)
        records = ArchiveIterator(stream, check_digests=True)
        try:
            for record in records:
                item = _read_record(records, record, origin=origin, stats=stats)
                resyncing = False
                if item is not None:
                    yield item
            return
        except Exception as err:  # warcio, zlib and header parsers raise many kinds: all mean corrupt
            failed_at = max(records.offset, start)
            if not resyncing:
                yield InputItem(id=None, origin=f"{origin}@{failed_at}",
                                error=item_error("E017", detail=_describe(err)))
            resyncing = True
        start = _find(stream, marker, failed_at + 1)
        if start is None:
            return


def _read_record(records, record, *, origin: str, stats: ReadStats) -> InputItem | None:
    """The item for one record, or None (counted in `stats`) when it is no HTML page."""
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<> ") or None
    target = headers.get_header("WARC-Target-URI") or None
    art_id = record_id or target
    if record.format not in ("warc", "arc2warc"):
        raise ValueError("no WARC record header here")
    if not _is_html_page(record):
        with redirect_stderr(io.StringIO()):  # warcio's warning on a bad length: nothing to report here
            records.read_to_end()
        stats.skip(f"WARC {record.rec_type}" + (f" {_mime(record)}" if record.rec_type == "response" else ""))
        return None
    payload = record.content_stream().read()
    with redirect_stderr(io.StringIO()):  # warcio prints a warning on a bad length: E017 says it
        warnings = records.err_count
        records.read_to_end()
    offset = records.get_record_offset()
    where = f"{origin}@{offset}"
    if record.raw_stream.limit > 0:
        missing = record.raw_stream.limit
        return InputItem(id=art_id, origin=where,
                         error=item_error("E017", detail=f"{missing} byte(s) missing"))
    if records.err_count > warnings:
        return InputItem(id=art_id, origin=where,
                         error=item_error("E017", detail="its length does not match its Content-Length"))
    problems = record.digest_checker.problems if record.digest_checker else []
    if problems:
        return InputItem(id=art_id, origin=where, error=item_error("E017", detail="; ".join(problems)))
    html, error = _decode(payload, _charset(record.http_headers.get_header("Content-Type")))
    if error is not None:
        return InputItem(id=art_id, origin=where, error=error)
    item = parse_html(html, art_id=art_id, origin=where, url=target)
    if item.article is not None:
        item.article = replace(item.article, url=target or item.article.url,
                               published=item.article.published or _capture_date(headers))
    return item


def _is_html_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    return status.startswith("2") and _mime(record) in HTML_TYPES


def _mime(record) -> str:
    """The HTTP payload's media type ("text/html"), "" when it has none."""
    if record.http_headers is None:
        return ""
    return (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.I)
    return match.group(1) if match else None


def _decode(payload: bytes, charset: str | None) -> tuple[str | None, ItemError | None]:
    """The page as text: the HTTP charset, else the page's <meta charset>, else UTF-8; E002 when
    none of them decodes it."""
    meta = _META_CHARSET.search(payload[:4096])
    for candidate in (charset, meta.group(1).decode("ascii") if meta else None, "utf-8"):
        if not candidate:
            continue
        try:
            return payload.decode(candidate), None
        except (LookupError, UnicodeDecodeError):
            continue
    return None, item_error("E002")


def _capture_date(headers) -> str | None:
    """WARC-Date as an ISO datetime (the day the page was archived)."""
    value = headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def _find(stream: BinaryIO, marker: bytes, start: int) -> int | None:
    """The offset of the next `marker` at or after `start`, or None."""
    stream.seek(start)
    position, tail = start, b""
    while chunk := stream.read(_CHUNK):
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            return position - len(tail) + found
        tail = data[-(len(marker) - 1):]
        position += len(chunk)
    return None


def _describe(err: Exception) -> str:
    """The exception in one printable line (a corrupt header's bytes are shown as '?')."""
    text = "".join(c if c.isprintable() else "?" for c in " ".join(str(err).split()))[:100]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
