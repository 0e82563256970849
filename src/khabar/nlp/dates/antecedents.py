"""The word a relative clause of time or place hangs on: "a crackdown in September 2022 in which security
forces killed 20 people", "the 2023 election, violence in which 39 were killed", "the protest on Friday,
when police fired tear gas". Such a clause tells something that happened within its antecedent's event,
so it shares the antecedent's own date. Clauses whose relative pronoun is their subject or object ("the
2015 deal, which collapsed", "the deal that rebels broke") tell a later act and share nothing.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import children_of


_WITHIN = frozenset({"in", "during", "at", "amid", "amidst"})  # "in which", "during which" ...
_TIME_OR_PLACE = frozenset({"when", "where"})


def antecedent_of_time(verb: Token) -> Token | None:
    """The word before "in which" / "during which" / "when" / "where" that opens the verb's clause, or None."""
    for child in verb.lefts:
        if child.dep_ == "prep" and child.lower_ in _WITHIN and _relative_object(child):
            return _word_before(child)
        if child.dep_ == "advmod" and child.lower_ in _TIME_OR_PLACE and verb.dep_ == "relcl":
            return verb.head
    return None


def may_stand_before(start: int, end: int, doc: Doc) -> bool:
    """Whether an antecedent found for a verb of the words ``doc[start:end]`` (a sentence) may stand before them: only
    when "in which" opens them (past punctuation), as ``_word_before`` steps back; every other antecedent is the
    verb's head, in its sentence."""
    i = start
    while i < end and doc[i].is_punct:
        i += 1
    return i < end and doc[i].lower_ in _WITHIN


def _relative_object(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ == "which" for c in children_of(prep))


def _word_before(prep: Token) -> Token | None:
    """The antecedent: the word just before the preposition, past a comma ("the election, in which")."""
    i = prep.i - 1
    while i >= 0 and prep.doc[i].is_punct:
        i -= 1
    return prep.doc[i] if i >= 0 else None
