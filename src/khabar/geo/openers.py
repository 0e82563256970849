"""The first words after a dateline, which the parser often hangs on the dateline's city.

"KHARTOUM, Sudan — El Fasher fell to the rebels" parses KHARTOUM as the subject of "fell" and "El Fasher" as its
apposition: the dateline took the role the sentence's own first name plays. Read through the dateline's word, the
name has its role back (the subject of "fell"), and the rules that read roles see the town that fell.
"""
from __future__ import annotations

from spacy.tokens import Token

_DASHES = frozenset({"—", "–", "--", "-", ":"})
_HANGING_DEPS = frozenset({"appos", "conj", "npadvmod", "dep"})
_DATELINE_WORDS = 6  # "ISLAMABAD, Feb 3 (Reuters) -": a date and an agency may stand between the city and the dash


def role_word(token: Token) -> Token:
    """The word whose dependency tells ``token``'s role in its sentence: the dateline's word the parser hung it on,
    when ``token`` opens the sentence right after the dateline's dash; else ``token`` itself."""
    head = token.head
    if token.dep_ not in _HANGING_DEPS or head.i >= token.i or not _dateline_word(head):
        return token
    return head if _just_after_dash(token, head) else token


def _dateline_word(token: Token) -> bool:
    """An all-capital word opening its line ("KHARTOUM", "LA PAZ"'s "PAZ")."""
    if not token.text.isupper() or not token.is_alpha:
        return False
    start = token.i
    while start > 0 and "\n" not in token.doc[start - 1].text_with_ws and token.i - start < 3:
        start -= 1
    return start == 0 or "\n" in token.doc[start - 1].text_with_ws


def _just_after_dash(token: Token, dateline: Token) -> bool:
    """A dash stands between the dateline's word and the token, within reach, and only words of the token's own name
    between the dash and it ("— El Fasher")."""
    doc = token.doc
    dash = next((t.i for t in doc[dateline.i + 1:min(token.i, dateline.i + _DATELINE_WORDS + 1)] if t.text in _DASHES),
                None)
    if dash is None:
        return False
    return all(t.head.i == token.i and t.dep_ == "compound" for t in doc[dash + 1:token.i])
