"""Names reduced to a comparable key: "Kata'ib Hizballah", "kataib hizballah" and "KATAIB HIZBALLAH" agree.

The same function normalises the knowledge base's aliases and the text being resolved, so a rule here
never has to be exact, only consistent. What it folds: Unicode forms, case, diacritics, apostrophes
and ayn/hamza marks, dots in abbreviations ("U.S."), hyphens and other punctuation, possessive "'s",
a leading "the", the Arabic article in its written forms ("al-", "al ", "el-", "ash-", ...) and doubled
letters (Hezbollah / Hizbolah), though not in acronyms ("CCP" and "CPP" are two parties).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b|(?<=s)['’ʼ](?=\s|$)")
# The Arabic article, hyphenated in any of its sun-letter spellings, or "al"/"el" standing alone.
_ARTICLE = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az|ath|adh|ul)[-‐‑–](?=\w)|\b(?:al|el)\s+(?=\w)",
                      re.IGNORECASE)
_MARKS = str.maketrans("", "", "'’‘ʿʾ`´ʼ\u02bb.")
_PUNCT = re.compile(r"[^\w\s]|_")
_DOUBLE = re.compile(r"(\w)\1+")


@dataclass(frozen=True, slots=True)
class Word:
    """One normalised word, whether it was written in capitals (acronyms match only then), and whether
    it began with a capital (a longer proper name around a match, "Ain al-Asad", "Boris Yeltsin")."""

    key: str
    upper: bool
    capital: bool = False


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def words(text: str) -> tuple[Word, ...]:
    """The normalised words of a name, with a leading "the" dropped."""
    text = _ARTICLE.sub("", _POSSESSIVE.sub("", _fold(text)))
    text = _PUNCT.sub(" ", text.translate(_MARKS))
    out = tuple(Word(_key(raw), raw.isupper() and len(raw) > 1, raw[:1].isupper()) for raw in text.split())
    if out and out[0].key == "the":
        out = out[1:]
    return out


_ACRONYM_LETTERS = 4  # "CCP", "CPP", "PPP": letters that spell out a name, each of which counts


def _key(raw: str) -> str:
    """A word's key: doubled letters folded (Hezbollah / Hizbolah), except in a short word written in capitals,
    an acronym, whose letters each stand for a word ("CPP", the Cambodian People's Party, is not the "CCP")."""
    if raw.isupper() and len(raw) <= _ACRONYM_LETTERS:
        return raw.casefold()
    return _DOUBLE.sub(r"\1", raw.casefold())


def normalise(text: str) -> str:
    """The comparison key of a name: "al-Muhandis", "Muhandis" and "al Muhandis" give "muhandis"."""
    return " ".join(w.key for w in words(text))


def in_capitals(span: tuple[Word, ...]) -> bool:
    """Whether the words are written in capitals: a number ("MS-13") or a lone capital letter ("PML-N") goes
    with the capitals around it, but neither makes capitals alone ("13", "A")."""
    neutral = [w.key.isdigit() or (w.capital and len(w.key) == 1) for w in span]
    return any(w.upper for w in span) and all(w.upper or n for w, n in zip(span, neutral))


def is_acronym(alias: str) -> bool:
    """Short all-capital aliases (KH, PMF, U.S., UN) match only text written in capitals, never "us" or "is"."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in alias.strip()
