"""A "following" phrase the parser reads as an adjective, made the time phrase it is before triggers are read.

"Houthi fighters entered Marib following months of clashes": the parser makes "following" a modifier of "months" and
"months" a second object of "entered", so the fighting the verb comes after is lost to the rows that read it
("pobj.following:@combat"), and the entry becomes a move. Hung on the verb as a preposition with "months" as its
object, the phrase reads as "after months of clashes" does. "The following day", "the following months" keep their
determiner and stay a modifier.

"Police stopped the march before it reached the square": the parser reads a lowercase "march" after a determiner as the
month, a time phrase hung on the verb ("npadvmod"); where the verb has no object of its own, the noun is its object."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import forget_sentence_bounds
from ..text import doc_text

_OBJECTS = frozenset({"dobj", "npadvmod", "oprd"})
_DETERMINERS = frozenset({"det", "poss", "nummod", "predet"})


def repair_following_read_as_modifier(doc: Doc) -> None:
    if "following" not in doc_text(doc).lower():  # most texts: no word to look at
        return
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


# Nouns spelt as a month's name: lowercase and determined, they are the noun, not the month.
_MONTH_HOMONYMS = frozenset({"march"})


def repair_month_homonyms_read_as_dates(doc: Doc) -> None:
    text = doc_text(doc)
    if not any(name in text for name in _MONTH_HOMONYMS):  # most texts: no word to look at
        return
    moved = False
    for word in doc:
        if word.text in _MONTH_HOMONYMS and word.dep_ == "npadvmod" and _determined_object(word):
            word.dep_ = "dobj"
            moved = True
    if moved:
        forget_sentence_bounds(doc)


def _determined_object(word: Token) -> bool:
    """After a determiner ("the march", "their march") and after a verb that has no object of its own."""
    verb = word.head
    determined = any(c.dep_ in _DETERMINERS and c.i < word.i for c in word.children)
    return determined and verb.pos_ == "VERB" and verb.i < word.i and not any(
        c.dep_ == "dobj" for c in verb.children)
