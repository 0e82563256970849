"""Name keys: the one normalisation used both to index the gazetteer and to look names up.

"Ain al-Asad", "Ain Al Asad" and "ʿAyn al-Asad" must meet on one key, so keys are case-folded,
stripped of diacritics and of apostrophes, with hyphens and dots treated as spaces.
"""
from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\-‐‑‒–—_/.,]+")
_DROPPED = re.compile(r"[’'`ʿʾ‘\"“”()]")
_SPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the ")


def name_key(text: str) -> str:
    """The lookup key of a place name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DROPPED.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)


def is_latin(text: str) -> bool:
    """True for names an English text could contain (Latin letters after removing diacritics)."""
    key = name_key(text)
    return bool(key) and key.isascii() and any(ch.isalpha() for ch in key)
