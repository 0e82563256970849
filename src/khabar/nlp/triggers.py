"""Component ``khabar_triggers_v1``: find the words that name events.

A trigger is a verb in the lexicon ("arrested"), an event noun under a light verb ("launched a raid",
"carried out attacks"), or an event noun that stands on its own with something that makes it a
specific event ("35 rocket attacks", "the U.S. assassination of ...").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import (ACTOR_NOUNS, LIGHT_VERBS, PREPOSITIONAL_LIGHT_VERBS, Constraint, LexEntry, Lexicon,
                      load_lexicon)

# A constraint on "dobj" is also met by the passive subject ("sanctions were lifted"); a particle is
# sometimes parsed as a preposition or adverb ("pulled out of the talks", "stepped down").
_DEP_ALIASES = {"dobj": ("dobj", "nsubjpass"), "compound": ("compound", "amod", "nmod"),
                "prt": ("prt", "prep", "advmod")}
# What makes an event noun a specific event rather than a topic: a number, an agent, a patient, a date.
_NOUN_EVIDENCE_PREPS = frozenset({"of", "on", "against", "by", "in", "near", "at", "outside", "inside", "targeting"})
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    head: int  # token index of the event word
    governor: int  # token whose clause supplies the actor and factuality (the light verb, else ``head``)
    entry: LexEntry
    nominal: bool


def _governing_verb(token: Token) -> Token:
    head = token.head
    return head.head if head.dep_ == "prep" else head


def _is_actor(token: Token) -> bool:
    """A party that can be met, visited or fired: a named entity, a pronoun or a role noun ("the minister")."""
    if token.ent_type_ in _AGENT_ENTS or token.lemma_.lower() in ACTOR_NOUNS:
        return True
    return token.pos_ == "PRON" and token.lower_ not in ("it", "this", "that", "which", "what")


# "@name" words in a constraint stand for a class of tokens rather than a lemma.
_WORD_CLASSES = {
    "@actor": _is_actor,
    "@plural": lambda t: t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts),
    "@date": lambda t: t.ent_type_ in _TIME_ENTS,
}


def _word_matches(token: Token, words: frozenset[str]) -> bool:
    if "*" in words or token.lemma_.lower() in words or token.lower_ in words:
        return True
    return any(_WORD_CLASSES[w](token) for w in words if w in _WORD_CLASSES)


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions (all, or only ``preps``), through nested ones: "out of the talks"."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ not in ("prep", "agent"):
            continue
        if not preps or child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        out.extend(_prep_objects(child, preps))
    return out


def _meets(token: Token, constraint: Constraint) -> bool:
    if constraint.dep == "gov":  # the verb above the trigger: "went on strike"
        return _governing_verb(token).lemma_.lower() in constraint.lemmas
    if constraint.dep.startswith("pobj"):  # "pobj.with:murder" = the object of "with"; "pobj:" = of any preposition
        preps = tuple(constraint.dep.split(".")[1:])
        return any(_word_matches(o, constraint.lemmas) for o in _prep_objects(token, preps))
    deps = _DEP_ALIASES.get(constraint.dep, (constraint.dep,))
    return any(c.dep_ in deps and _word_matches(c, constraint.lemmas) for c in token.children)


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
            if entry is not None and entry.alone and _specific(tok) and not _asked_or_promised(tok, lexicon):
                found[tok.i] = TriggerMatch(tok.i, tok.i, entry, nominal=True)
    return sorted(found.values(), key=lambda t: t.head)


# Categories of words about an act that has not happened: the act itself is no event of its own.
_SPEECH_ABOUT_ACTS = frozenset({"REQUEST", "REJECT", "AGREE", "THREATEN"})


def _asked_or_promised(noun: Token, lexicon: Lexicon) -> bool:
    """"demanded the release of X", "called for the withdrawal of Y", "agreed to a ceasefire": the noun
    names what is asked for, refused, promised or threatened, so it is no event of its own."""
    verb = _governing_verb(noun)
    if verb.pos_ != "VERB" or verb.i == noun.i:
        return False
    entry = match_entry(verb, lexicon.entries(verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.event in _SPEECH_ABOUT_ACTS


# Fixed expressions whose verb is no event: "as opposed to", "as compared with".
_FIXED_AFTER_AS = frozenset({"opposed", "compared", "attached", "concerned", "regards"})


def _in_fixed_expression(verb: Token) -> bool:
    return verb.i > 0 and verb.lower_ in _FIXED_AFTER_AS and verb.doc[verb.i - 1].lower_ == "as"


def _verb_trigger(verb: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    if _in_fixed_expression(verb):
        return
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
