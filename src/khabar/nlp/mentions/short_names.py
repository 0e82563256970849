"""Names that lean on other names: a person named in full once and by one word after ("Foreign Minister Wang Yi
... Wang said": the one word is the person the full name is, when the knowledge base knows the full name, whichever
end of it the word is, as a family name comes first in Chinese, Korean or Vietnamese names, last in most others),
and a party named only in what is said of another ("Al Shabaab, which is linked to al Qaeda").
"""
from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from ..text import span_text
from .phrases import _entity_at


def full_name_before(word: Token) -> str | None:
    """The text of the latest earlier person's name of two words or more that begins or ends with ``word``."""
    positions, names = _full_names(word.doc, word.orth)
    k = bisect_left(positions, word.i)
    return names[k - 1] if k else None


_FULL_NAMES_KEY = "khabar.mentions.full_names"  # doc.user_data key


def _full_names(doc: Doc, orth: int) -> tuple[list[int], list[str]]:
    """Where a word form begins or ends a person's name of two words or more, in text order, and those names;
    read once per form and doc (a name is asked again at each of its mentions, each looking back over all)."""
    memo = doc.user_data.get(_FULL_NAMES_KEY)
    if memo is None:
        memo = doc.user_data[_FULL_NAMES_KEY] = (doc.to_array(ORTH), {})
    column, found = memo
    if orth not in found:
        positions, names = [], []
        for i in numpy.flatnonzero(column == orth).tolist():
            name = _entity_at(doc[i])
            if name is not None and doc[i].ent_type_ == "PERSON" and len(name) >= 2 and i in (name.start, name.end - 1):
                positions.append(i)
                names.append(span_text(name))  # a slice of the doc's text: ``Span.text`` joins the words
        found[orth] = (positions, names)
    return found[orth]


# Clause links that end the phrase around a name: above them, the name is no longer part of a description.
_CLAUSE_TOPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "xcomp", "parataxis", "csubj"})


def described_party(word: Token) -> Token | None:
    """The noun a relative clause or an apposition holding ``word`` describes ("Al Shabaab, which is linked to al
    Qaeda": Al Shabaab for "Qaeda"; "JNIM, an al-Qaida affiliate": JNIM for "affiliate"), or None when ``word`` is in
    no such description."""
    for above in (word, *word.ancestors):
        if above.dep_ in ("relcl", "appos") and above.head.pos_ in ("PROPN", "NOUN"):
            return above.head
        if above.dep_ in _CLAUSE_TOPS:
            return None
    return None
