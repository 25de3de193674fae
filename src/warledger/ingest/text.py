"""Plain-text files: the file's stem is the article id, its content the text."""
from __future__ import annotations

from pathlib import Path

from ..errors import item_error
from ..models import Article
from .items import InputItem, decode_text


def read_text_file(path: Path) -> InputItem:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputItem(id=path.stem, origin=origin, error=item_error("E010", detail=err.strerror))
    text, error = decode_text(data)
    if error:
        return InputItem(id=path.stem, origin=origin, error=error)
    return InputItem(id=path.stem, origin=origin, article=Article(id=path.stem, text=text, origin=origin))
