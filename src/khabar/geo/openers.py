"""The first words after a dateline, which the parser often hangs on the dateline's city.

"KHARTOUM, Sudan — El Fasher fell to the rebels" parses KHARTOUM as the subject of "fell" and "El Fasher" as its
apposition: the dateline took the role the sentence's own first name plays. Read through the dateline's word, the
name has its role back (the subject of "fell"), and the rules that read roles see the town that fell.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.datelines import dateline_dash, in_dateline

_HANGING_DEPS = frozenset({"appos", "conj", "npadvmod", "dep"})


def role_word(token: Token) -> Token:
    """The word whose dependency tells ``token``'s role in its sentence: the dateline's word the parser hung it on,
    when ``token`` opens the sentence right after the dateline's dash; else ``token`` itself."""
    head = token.head
    if token.dep_ not in _HANGING_DEPS or head.i >= token.i or not in_dateline(head):
        return token
    return head if _just_after_dash(token, head) else token


def _just_after_dash(token: Token, dateline: Token) -> bool:
    """The dateline's dash stands before the token, with only words of the token's own name between them ("— El
    Fasher")."""
    dash = dateline_dash(dateline)
    if dash is None or dash.i >= token.i:
        return False
    return all(t.head.i == token.i and t.dep_ == "compound" for t in token.doc[dash.i + 1:token.i])
