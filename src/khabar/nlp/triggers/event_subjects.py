"""Event nouns the parser hides where they are the subject of a clause, shown before triggers are read.

1. A plural event noun read as a verb: "Ceasefire talks between Israel and Hamas resumed in Cairo". The tagger
   takes "talks" for a present-tense verb, yet the parser hangs it on the clause's verb as its subject; a verb
   standing as a subject, with no object or auxiliary of its own, is the noun the lexicon files, and
   ``repair_plural_nouns_read_as_verbs`` makes it one. A noun right before it that the parser made its subject
   ("Ceasefire") is the noun's modifier.
2. A headline's verb read as a noun with the event noun as its modifier: "Syria peace talks resume in Geneva". The
   sentence has no verb; its last noun, a verb the lexicon knows, heads it, and the event noun right before it is
   a compound. ``repair_headline_event_subjects`` makes the last noun the verb and the event noun its subject, so
   that the trigger finder reads the event noun standing on its own (compounds it skips).
3. A time clause inside the subject, read as the subject's verb: "The worst bombing since the civil war ended killed
   12 people". The parser makes "bombing" the root, "killed" its clause with "war" as subject and "since" as
   marker, and "ended" a modifier of "war"; the killing goes to the war, a time clause, and is lost.
   ``repair_time_clauses_inside_subjects`` makes the verb the root, the noun its subject and "since the civil war
   ended" the noun's time clause (which dates nothing: the coder reads no event in it)."""
from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from ..sentences import forget_sentence_bounds

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_TIME_MARKS = frozenset({"since", "after", "before", "until"})
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


def repair_time_clauses_inside_subjects(doc: Doc) -> None:
    moved = False
    for root in (s.root for s in doc.sents):
        verb = next((c for c in root.rights if c.dep_ == "advcl" and c.pos_ == "VERB"), None)
        parts = _time_clause_read_as_subject(root, verb) if root.pos_ == "NOUN" and verb is not None else None
        if parts is not None:
            _make_subject_of_verb(root, verb, *parts)
            moved = True
    if moved:
        forget_sentence_bounds(doc)


def _time_clause_read_as_subject(noun: Token, verb: Token) -> tuple[Token, Token, Token] | None:
    """The marker, subject and own verb of a time clause the parser hung on ``verb`` ("since", "war", "ended"): a
    marker right after the noun, a subject between it and the verb, and an intransitive verb of that subject."""
    mark = next((c for c in verb.lefts if c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i == noun.i + 1), None)
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if mark is None or subject is None or subject.i < mark.i:
        return None
    own = next((c for c in subject.rights if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i < verb.i
                and not any(o.dep_ in ("dobj", "nsubj") for o in c.children)), None)
    return None if own is None else (mark, subject, own)


def _make_subject_of_verb(noun: Token, verb: Token, mark: Token, subject: Token, own: Token) -> None:
    for t in [c for c in noun.children if c.i > verb.i]:
        t.head = verb  # the full stop, hung on the noun read as the root
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    own.head, own.dep_ = noun, "advcl"  # a time clause, as the parser hangs "since ..." on a ranked noun
    subject.head, subject.dep_ = own, "nsubj"
    mark.head = own
