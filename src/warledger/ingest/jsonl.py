"""The contract's input: one JSON object per line."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import item_error
from ..models import Article
from .items import InputItem, check_published, decode_text

OPTIONAL_FIELDS = ("published", "title", "url", "outlet", "language")


def read_jsonl_stream(stream: BinaryIO, *, origin: str) -> Iterator[InputItem]:
    """One InputItem per non-blank line, in order; a bad line becomes an item with an error."""
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        yield parse_line(raw, origin=f"{origin}:{lineno}")


def parse_line(raw: bytes, *, origin: str) -> InputItem:
    line, error = decode_text(raw)
    if error:
        return InputItem(id=None, origin=origin, error=error)
    try:
        obj = json.loads(line)
    except ValueError:
        return InputItem(id=None, origin=origin, error=item_error("E003"))
    if not isinstance(obj, dict):
        return InputItem(id=None, origin=origin, error=item_error("E003"))
    raw_id = obj.get("id")
    art_id = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else None
    if not art_id:
        return InputItem(id=None, origin=origin, error=item_error("E004", field="id"))
    text = obj.get("text")
    if not isinstance(text, str):
        return InputItem(id=art_id, origin=origin, error=item_error("E004", field="text"))
    meta = {k: obj[k] if isinstance(obj.get(k), str) else None for k in OPTIONAL_FIELDS}
    error = check_published(meta["published"])
    if error:
        return InputItem(id=art_id, origin=origin, error=error)
    article = Article(id=art_id, text=text, origin=origin, **meta)
    return InputItem(id=art_id, origin=origin, article=article)
