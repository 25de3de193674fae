"""Name keys: the one normalisation shared by the gazetteer build, its index and the text matcher."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "ʹ": "'", "–": "-", "—": "-"})
_DROP = re.compile(r"[.'\"]")
_SPACE = re.compile(r"[\s\-_/]+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a place name: case, diacritics, apostrophes, dots and hyphens folded.

    "St. Petersburg" -> "st petersburg", "Zaporizhzhya" stays, "Kyiv’s" is not a name (no stripping
    of possessives here)."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", text.casefold())
    return _SPACE.sub(" ", text).strip()


def is_latin_name(name: str) -> bool:
    """True when every letter of `name` is a Latin letter (names English text can contain)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)
