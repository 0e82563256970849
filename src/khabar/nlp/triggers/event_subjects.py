"""Event nouns the parser hides where they are the subject of a clause, shown before triggers are read.

1. A plural event noun read as a verb: "Ceasefire talks between Israel and Hamas resumed in Cairo". The tagger
   takes "talks" for a present-tense verb, yet the parser hangs it on the clause's verb as its subject; a verb
   standing as a subject, with no object or auxiliary of its own, is the noun the lexicon files, and
   ``repair_plural_nouns_read_as_verbs`` makes it one. A noun right before it that the parser made its subject
   ("Ceasefire") is the noun's modifier.
2. A headline's verb read as a noun with the event noun as its modifier: "Syria peace talks resume in Geneva". The
   sentence has no verb; its last noun, a verb the lexicon knows, heads it, and the event noun right before it is
   a compound. ``repair_headline_event_subjects`` makes the last noun the verb and the event noun its subject, so
   that the trigger finder reads the event noun standing on its own (compounds it skips)."""
from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Token

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark"})


def repair_plural_nouns_read_as_verbs(doc: Doc, known_noun: Callable[[str], bool]) -> None:
    """``known_noun`` tells the lemmas the lexicon has as event nouns. Only present-tense verbs are looked at (read
    off the TAG column: a Token made for every word costs more than the test)."""
    present = numpy.flatnonzero(doc.to_array(TAG) == doc.vocab.strings["VBZ"])
    for tok in (doc[int(i)] for i in present):
        if _plural_noun_read_as_verb(tok) and known_noun(tok.lemma_.lower()):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            for modifier in _subject_read_as_modifier(tok):
                modifier.dep_ = "compound"


def _plural_noun_read_as_verb(tok: Token) -> bool:
    if tok.pos_ != "VERB" or tok.dep_ not in _SUBJECT or tok.head.i < tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    modifiers = _subject_read_as_modifier(tok)
    return not any(c.dep_ in _OWN_CLAUSE and c not in modifiers for c in tok.children)


def _subject_read_as_modifier(tok: Token) -> list[Token]:
    """"Ceasefire talks": the noun right before the word, read as its subject."""
    return [c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.pos_ in ("NOUN", "PROPN")]


def repair_headline_event_subjects(doc: Doc, known_noun: Callable[[str], bool],
                                   known_verb: Callable[[str], bool]) -> None:
    """``known_noun`` and ``known_verb`` tell the lemmas the lexicon has as event nouns and as verbs."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") for t in sent) or not known_verb(root.lemma_.lower()):
            continue
        subject = doc[root.i - 1] if root.i > sent.start else None
        if subject is not None and subject.dep_ == "compound" and subject.head.i == root.i \
                and subject.tag_ == "NNS" and known_noun(subject.lemma_.lower()):
            root.pos_, root.tag_ = "VERB", "VBP"
            subject.dep_ = "nsubj"
