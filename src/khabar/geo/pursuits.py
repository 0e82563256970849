"""Places where someone is pursued: "a suspect wanted in the United States", "a man convicted in France".

The place "in" which a person is wanted, charged, tried or sentenced names the state pursuing them, not where the
story happens: "Police arrested a suspect wanted in the United States" tells nothing of where the arrest was; nor does
the place of the act they are wanted for ("wanted in Canada over a killing in British Columbia"). Such a place
neither places the sentence's events, nor counts toward the article's focus, nor sets a dateline aside.
"""
from __future__ import annotations

from spacy.tokens import Token

# Participles of a state's pursuit of someone
_PURSUIT = frozenset({"want", "seek", "indict", "charge", "convict", "sentence", "prosecute", "try"})
_DESCRIBING = frozenset({"acl", "relcl"})  # "a suspect wanted in ...", "a man who is wanted in ..."
_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "conj", "appos", "amod"})
_HOPS = 6  # "wanted in Canada over a killing in British Columbia": name, "in", "killing", "over", "wanted"


def pursued_in(name: Token) -> bool:
    """Whether the place name ``name`` (its root) lies in a phrase of a participle or relative clause saying where, or
    for what, the person it describes is wanted, charged, tried or sentenced."""
    token = name
    for _ in range(_HOPS):
        if token.dep_ not in _PHRASE_DEPS or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _pursuit(token)
    return False


def _pursuit(verb: Token) -> bool:
    return verb.dep_ in _DESCRIBING and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in _PURSUIT
