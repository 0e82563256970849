"""Names that lean on other names: a person named in full once and by one word after ("Foreign Minister Wang Yi
... Wang said": the one word is the person the full name is, when the knowledge base knows the full name, whichever
end of it the word is, as a family name comes first in Chinese, Korean or Vietnamese names, last in most others),
and a party named only in what is said of another ("Al Shabaab, which is linked to al Qaeda").
"""
from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Token

from .phrases import _entity_at


def full_name_before(word: Token) -> str | None:
    """The text of the latest earlier person's name of two words or more that begins or ends with ``word``."""
    doc = word.doc
    same = numpy.flatnonzero(doc.to_array(ORTH)[:word.i] == word.orth).tolist()
    for i in reversed(same):
        name = _entity_at(doc[i])
        if name is not None and doc[i].ent_type_ == "PERSON" and len(name) >= 2 and i in (name.start, name.end - 1):
            return name.text
    return None


# Clause links that end the phrase around a name: above them, the name is no longer part of a description.
_CLAUSE_TOPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "xcomp", "parataxis", "csubj"})


def described_party(word: Token) -> Token | None:
    """The noun a relative clause or an apposition holding ``word`` describes ("Al Shabaab, which is linked to al
    Qaeda": Al Shabaab for "Qaeda"), or None when ``word`` is in no such description."""
    for above in word.ancestors:
        if above.dep_ in ("relcl", "appos") and above.head.pos_ in ("PROPN", "NOUN"):
            return above.head
        if above.dep_ in _CLAUSE_TOPS:
            return None
    return None
