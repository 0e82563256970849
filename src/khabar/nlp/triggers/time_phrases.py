"""A "following" phrase the parser reads as an adjective, made the time phrase it is before triggers are read.

"Houthi fighters entered Marib following months of clashes": the parser makes "following" a modifier of "months" and
"months" a second object of "entered", so the fighting the verb comes after is lost to the rows that read it
("pobj.following:@combat"), and the entry becomes a move. Hung on the verb as a preposition with "months" as its
object, the phrase reads as "after months of clashes" does. "The following day", "the following months" keep their
determiner and stay a modifier."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import forget_sentence_bounds

_OBJECTS = frozenset({"dobj", "npadvmod", "oprd"})
_DETERMINERS = frozenset({"det", "poss", "nummod", "predet"})


def repair_following_read_as_modifier(doc: Doc) -> None:
    moved = False
    for word in doc:
        if word.lower_ == "following" and _modifier_of_object(word):
            noun, verb = word.head, word.head.head
            word.head, word.dep_ = verb, "prep"
            noun.head, noun.dep_ = word, "pobj"
            moved = True
    if moved:
        forget_sentence_bounds(doc)


def _modifier_of_object(word: Token) -> bool:
    """"following" right before the noun it modifies, the noun bare ("months", not "the following months") and an
    object of a verb that comes before it."""
    noun = word.head
    if word.dep_ not in ("amod", "acl") or noun.i != word.i + 1 or noun.pos_ != "NOUN" or noun.dep_ not in _OBJECTS:
        return False
    bare = not any(c.dep_ in _DETERMINERS and c.i < word.i for c in noun.children)
    return bare and noun.head.pos_ == "VERB" and noun.head.i < word.i
