"""A past tense the tagger read as a noun: "The army retook Sinjar on Monday".

The small model knows most irregular pasts ("took", "overran") as verbs, yet tags a rarer one ("retook", "forsook")
a singular noun while parsing its clause as a verb's, with a subject before it and an object after it. The
lemmatizer's own table of irregular verb forms tells the verb; ``repair_pasts_read_as_nouns`` makes the word that
verb's past, so triggers, arguments and factuality read an ordinary clause.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import DEP, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token


def repair_pasts_read_as_nouns(doc: Doc, past_of: Callable[[str], str | None]) -> None:
    """Make a clause's root noun a past-tense verb where its form is an irregular past (``past_of`` gives the verb
    lemma, else None) and the parser gave it a subject before it and an object after it."""
    if not len(doc):
        return
    arcs = doc.to_array([DEP, POS])
    roots = (arcs[:, 0] == doc.vocab.strings["ROOT"]) & (arcs[:, 1] == NOUN)
    for i in numpy.flatnonzero(roots):
        word = doc[int(i)]
        lemma = past_of(word.lower_) if word.tag_ == "NN" else None
        if lemma is not None and _verb_arcs(word):
            word.pos_, word.tag_, word.lemma_ = "VERB", "VBD", lemma
            word.set_morph("Tense=Past|VerbForm=Fin")


def _verb_arcs(word: Token) -> bool:
    """A subject on its left and an object on its right: arcs only a verb has."""
    children = list(word.children)
    return any(c.dep_ == "nsubj" and c.i < word.i for c in children) and any(
        c.dep_ == "dobj" and c.i > word.i for c in children)
