"""Component ``khabar_triggers_v1``: find the words that name events.

A trigger is a verb in the lexicon ("arrested"), an event noun under a light verb ("launched a raid",
"carried out attacks"), or an event noun that stands on its own with something that makes it a
specific event ("35 rocket attacks", "the U.S. assassination of ...").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import LIGHT_VERBS, PREPOSITIONAL_LIGHT_VERBS, Constraint, LexEntry, Lexicon, load_lexicon

# A constraint on "dobj" is also met by the passive subject ("sanctions were lifted").
_DEP_ALIASES = {"dobj": ("dobj", "nsubjpass"), "compound": ("compound", "amod", "nmod")}
# What makes an event noun a specific event rather than a topic: a number, an agent, a patient, a date.
_NOUN_EVIDENCE_PREPS = frozenset({"of", "on", "against", "by", "in", "near", "at", "outside", "inside", "targeting"})
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    head: int  # token index of the event word
    governor: int  # token whose clause supplies the actor and factuality (the light verb, else ``head``)
    entry: LexEntry
    nominal: bool


def _governing_verb(token: Token) -> Token:
    head = token.head
    return head.head if head.dep_ == "prep" else head


def _meets(token: Token, constraint: Constraint) -> bool:
    if constraint.dep == "gov":  # the verb above the trigger: "went on strike"
        return _governing_verb(token).lemma_.lower() in constraint.lemmas
    deps = _DEP_ALIASES.get(constraint.dep, (constraint.dep,))
    anything = "*" in constraint.lemmas
    return any(c.dep_ in deps and (anything or c.lemma_.lower() in constraint.lemmas or c.lower_ in constraint.lemmas)
               for c in token.children)


def match_entry(token: Token, entries: tuple[LexEntry, ...]) -> LexEntry | None:
    for entry in entries:
        if all(_meets(token, c) for c in entry.required) and not any(_meets(token, c) for c in entry.vetoes):
            return entry
    return None


def _light_object(verb: Token) -> Token | None:
    """The event noun a light verb carries: "launched a raid", "went on strike", "engaged in talks"."""
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if noun is not None or verb.lemma_ not in PREPOSITIONAL_LIGHT_VERBS:
        return noun
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == PREPOSITIONAL_LIGHT_VERBS[verb.lemma_]:
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


def _is_evidence(child: Token) -> bool:
    if child.dep_ in ("nummod", "poss"):
        return True
    if child.dep_ in ("compound", "amod", "nmod"):
        return child.ent_type_ in _AGENT_ENTS or (child.dep_ == "compound" and child.pos_ == "PROPN")
    if child.dep_ == "prep":
        return child.lower_ in _NOUN_EVIDENCE_PREPS and any(c.dep_ == "pobj" for c in child.children)
    return False


def _specific(noun: Token) -> bool:
    """True when the noun names a particular event: it has a number, an agent, a patient or a place."""
    return any(_is_evidence(child) for child in noun.children)


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[TriggerMatch]:
    found: dict[int, TriggerMatch] = {}
    for tok in doc:
        if tok.i in found:
            continue
        if tok.pos_ == "VERB":
            _verb_trigger(tok, lexicon, found)
        elif tok.pos_ == "NOUN" and tok.dep_ != "compound":
            entry = match_entry(tok, lexicon.entries(tok.lemma_.lower(), "NOUN"))
            if entry is not None and entry.alone and _specific(tok):
                found[tok.i] = TriggerMatch(tok.i, tok.i, entry, nominal=True)
    return sorted(found.values(), key=lambda t: t.head)


def _verb_trigger(verb: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in PREPOSITIONAL_LIGHT_VERBS:
        noun = _light_object(verb)
        entry = match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) if noun is not None else None
        if entry is not None:
            found[noun.i] = TriggerMatch(noun.i, verb.i, entry, nominal=True)
            return
    entry = match_entry(verb, lexicon.entries(lemma, "VERB"))
    if entry is not None:
        found[verb.i] = TriggerMatch(verb.i, verb.i, entry, nominal=False)


@Language.factory("khabar_triggers_v1", requires=["token.pos", "token.dep", "token.lemma"],
                  assigns=["doc._.triggers"])
def make_triggers(nlp: Language, name: str) -> TriggerFinder:
    if not Doc.has_extension("triggers"):
        Doc.set_extension("triggers", default=None)
    return TriggerFinder(load_lexicon())


class TriggerFinder:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.triggers = find_triggers(doc, self.lexicon)
        return doc
