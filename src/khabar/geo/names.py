"""Name keys: the one normalisation used both to index the gazetteer and to look names up.

"Ain al-Asad", "Ain Al Asad" and "Ain-al-Asad" must meet on one key, so keys are case-folded,
stripped of diacritics and of apostrophes, with hyphens and dots treated as spaces. Spellings with other
vowels ("ʿAyn al-Asad") meet only on the looser ``spelling_key``, which ranking uses, never lookup.
"""
from __future__ import annotations

import functools
import re
import unicodedata

_SEPARATORS = re.compile(r"[\-‐‑‒–—_/.,]+")
_DROPPED = re.compile(r"[’'`ʿʾ‘\"“”()]")
_SPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the ")
# "Saint Louis" and "St. Louis", "Mount Hood" and "Mt. Hood", "Fort Worth" and "Ft. Worth" meet on one key.
_SHORT_FORMS = (re.compile(r"\bsaint\b"), "st"), (re.compile(r"\bsainte\b"), "ste"), \
    (re.compile(r"\bmount\b"), "mt"), (re.compile(r"\bfort\b"), "ft")


@functools.lru_cache(maxsize=1 << 16)  # ranking compares the same candidate names again and again
def name_key(text: str) -> str:
    """The lookup key of a place name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DROPPED.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    if "saint" in text or "mount" in text or "fort" in text:
        for pattern, short in _SHORT_FORMS:
            text = pattern.sub(short, text)
    return _LEADING_ARTICLE.sub("", text)


def is_latin(text: str) -> bool:
    """True for names an English text could contain (Latin letters after removing diacritics)."""
    key = name_key(text)
    return bool(key) and key.isascii() and any(ch.isalpha() for ch in key)


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"([a-z])\1")
_FINAL_H = re.compile(r"([aeiou])h\b")


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(text: str) -> str:
    """The name's consonants in order: "Janīn" and "Jenin", "Idlib" and "Edlib" meet on "jnn" and "dlb". GeoNames
    files Arab and Persian towns under a scholarly transliteration that English news spells with other vowels, and
    with other letters for the same sound: a doubled consonant ("Mek'ele", "Mekelle"), "q" for "k" ("Qiryat Shmona",
    "Kiryat Shmona"), a final "h" ("Ḩamāh", "Hama")."""
    letters = _FINAL_H.sub(r"\1", _DOUBLED.sub(r"\1", name_key(text))).replace("q", "k")
    return _VOWELS.sub("", letters)
