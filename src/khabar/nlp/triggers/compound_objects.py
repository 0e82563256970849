"""A noun compound object whose last noun the tagger read as a verb, made the noun phrase it is.

"The two sides signed a ceasefire deal on Monday": the tagger takes "deal" for a base-form verb and the parser makes
"ceasefire" and "deal" two objects of "signed", so the one agreement is read as two (a signed ceasefire and a signed
deal). A base-form verb read as an object, right after a noun object of the same verb, is the head noun of that
object; ``repair_compound_objects_read_as_two`` makes it the noun, the noun before it its modifier, and hangs the
object's determiner and modifiers on it."""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Token

from ..sentences import forget_sentence_bounds


def repair_compound_objects_read_as_two(doc: Doc) -> None:
    moved = False
    for word in _verbs_read_as_objects(doc):
        if word.i > 0 and _second_object(word, doc[word.i - 1]):
            _make_head_noun(word, doc[word.i - 1])
            moved = True
    if moved:
        forget_sentence_bounds(doc)


def _verbs_read_as_objects(doc: Doc) -> list[Token]:
    """Base-form verbs the parser made objects, found in the doc's columns without making a token per word."""
    strings = doc.vocab.strings
    columns = doc.to_array([TAG, DEP])
    found = numpy.isin(columns[:, 0], [strings.add("VB"), strings.add("VBP")]) & (columns[:, 1] == strings.add("dobj"))
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


def _second_object(word: Token, before: Token) -> bool:
    """The word right after a noun object of the same verb, with no dependents before it and no object of its own."""
    return (before.pos_ == "NOUN" and before.dep_ == "dobj" and before.head == word.head
            and not any(c.i < word.i or c.dep_ in ("dobj", "nsubj") for c in word.children))


def _make_head_noun(word: Token, modifier: Token) -> None:
    word.pos_, word.tag_ = "NOUN", "NN"
    for child in list(modifier.children):  # the object's determiner and adjectives describe the whole phrase
        child.head = word
    modifier.head, modifier.dep_ = word, "compound"
