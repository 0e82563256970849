"""The capitalised names and adjectives of a doc, the words that may state a country ("Iraq", "Iraqi", "the
United States"), read once per doc off its columns: the text's other-side and presence-abroad tests ask for the
words stating each of a few countries, and scanning the doc for each made a ``Token`` of every such word.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import ENT_IOB, IDX, LENGTH, POS
from spacy.parts_of_speech import ADJ, PROPN
from spacy.tokens import Doc

from ..text import doc_text

_IOB_INSIDE, _IOB_OUTSIDE = 1, 2  # ``ENT_IOB`` codes of "I" and "O" (0 is no tag, 3 is "B")
_KEY = "khabar.mentions.capitalised"  # doc.user_data key: the doc's capitalised words


@dataclass(frozen=True, slots=True)
class CapitalisedWord:
    i: int  # the token's index
    text: str  # its text
    name: str  # the whole entity it ends ("United States"), else its text
    inside_name: bool  # an entity's word other than its last ("United")


def capitalised_words(doc: Doc) -> list[CapitalisedWord]:
    """The doc's proper nouns and adjectives whose first letter is a capital, in text order."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _read(doc)
    return found


def _read(doc: Doc) -> list[CapitalisedWord]:
    text = doc_text(doc)  # a word's text is its slice: ``Token.text`` would make a Token per word
    columns = doc.to_array([POS, ENT_IOB, IDX, LENGTH])
    iob, idx, length = (column.tolist() for column in columns[:, 1:].T)
    size = len(iob)
    out = []
    for i in numpy.flatnonzero((columns[:, 0] == PROPN) | (columns[:, 0] == ADJ)).tolist():  # names and adjectives
        if not text[idx[i]:idx[i] + 1].isupper():
            continue
        start = i
        while iob[i] != _IOB_OUTSIDE and start > 0 and iob[start] == _IOB_INSIDE:
            start -= 1
        end = idx[i] + length[i]
        inside = iob[i] != _IOB_OUTSIDE and i + 1 < size and iob[i + 1] == _IOB_INSIDE
        out.append(CapitalisedWord(i, text[idx[i]:end], text[idx[start]:end], inside))
    return out
