"""A participle of sending that describes a clause's subject, read as the clause's verb, made the modifier it is.

"Troops deployed to the border last week opened fire on smugglers": the parser makes "deployed" the clause's verb
with "Troops" its subject, and hangs "opened" on it as a second verb (a "conj" with no "and", a "dep", or a bare
adverbial clause), so the firing loses its doers and reads as a purpose. A verb of sending with no object of its own
(it sends someone, so without an object it is a passive participle) followed, with no "and" or comma, by a past
verb that has no subject of its own is the subject's participle; ``repair_sending_participles_read_as_verbs`` makes
the second verb the clause's verb, the noun its subject and the participle the noun's modifier. Whether the move so
described is an event of its own is the trigger vetoes' question (``vetoes.movement_describing_the_doer``)."""
from __future__ import annotations

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from ..lexicon import TRANSFER_VERBS
from ..sentences import forget_sentence_bounds

_JOINED = frozenset({"conj", "dep", "advcl"})
# What makes the sending verb a clause of its own ("were deployed", "deployed troops", "sent by Iran").
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "agent"})
# What makes the second verb a clause of its own ("when they opened fire", "they opened fire").
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "mark"})


def repair_sending_participles_read_as_verbs(doc: Doc) -> None:
    moved = False
    for verb in _past_verbs(doc):
        if verb.lemma_.lower() in TRANSFER_VERBS:
            found = _subject_and_act(verb)
            if found is not None:
                _make_participle(verb, *found)
                moved = True
    if moved:
        forget_sentence_bounds(doc)


def _past_verbs(doc: Doc) -> list[Token]:
    """The words tagged as past verbs, found in the doc's tag column without making a token per word."""
    strings = doc.vocab.strings
    found = numpy.isin(doc.to_array(TAG), [strings.add("VBD"), strings.add("VBN")])
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


def _subject_and_act(verb: Token) -> tuple[Token, Token] | None:
    """The subject the participle describes and the verb that is really the clause's, if the shape is the slip's."""
    children = list(verb.children)  # the parse being repaired: ``syntax.children_of`` keeps only the final one
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ in _OWN_CLAUSE and c is not subject for c in children):
        return None
    act = next((c for c in children if c.dep_ in _JOINED and c.tag_ == "VBD" and c.i > verb.i), None)
    if act is None or any(c.dep_ in _OWN_SUBJECT for c in act.children):
        return None
    between = any(c.dep_ in ("cc", "punct") and verb.i < c.i < act.i for c in children)
    return None if between else (subject, act)


def _make_participle(verb: Token, subject: Token, act: Token) -> None:
    """The act takes the verb's place and what followed the act; the subject becomes the act's; the verb describes it."""
    if verb.dep_ == "ROOT":
        act.head, act.dep_ = act, "ROOT"
    else:
        act.head, act.dep_ = verb.head, verb.dep_
    for child in [c for c in verb.children if c.i > act.i]:
        child.head = act
    subject.head = act
    verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
