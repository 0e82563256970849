"""Who did it and to whom, read off the dependency parse around a trigger.

Returns token heads and mention spans only; resolving a mention to an actor is ``mentions``'s job.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .triggers import TriggerMatch

_SUBJECTS = ("nsubj", "csubj")
_RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
# Prepositions that introduce the recipient, by category ("raid against X", "talks with X", "aid to X").
_RECIPIENT_PREPS = {
    "ASSAULT": ("against", "on", "at", "upon", "into", "targeting", "of"),
    "COERCE": ("against", "on", "of", "into"),
    "THREATEN": ("against", "on", "with"),
    "SANCTION": ("on", "against", "with", "of"),
    "ACCUSE": ("against", "of"),
    "PROTEST": ("against", "outside"),
    "MOBILIZE": ("against", "around", "near", "along"),
    "CONSULT": ("with", "between"),
    "AGREE": ("with", "between"),
    "COOPERATE": ("with",),
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to"),
    "REQUEST": ("from", "of"),
    "REJECT": ("from", "by"),
    "CONCEDE": ("to",),
    "RETREAT": ("from", "to", "of"),
}
# Modifiers that belong to a mention: "Iraq's Counter Terrorism Service", "Kataib Hezbollah leader X".
_MENTION_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "npadvmod", "punct", "case"})
# Nouns that stand for a part of another actor: "14 members of X", "fighters of X", "leaders of X".
_GROUP_NOUNS = frozenset({
    "member", "fighter", "militant", "supporter", "leader", "commander", "official", "officer", "soldier",
    "troop", "force", "unit", "militiaman", "operative", "agent", "representative", "delegation", "envoy",
    "spokesman", "spokeswoman", "head", "chief", "wing", "branch", "faction", "affiliate", "ally", "proxy",
    "elements", "element", "cell", "loyalist", "activist", "minister", "ministry", "office", "army",
})


# Direct objects that are the means, not the target: "fired rockets at the embassy".
_INSTRUMENTS = frozenset({"rocket", "missile", "shell", "mortar", "bullet", "shot", "round", "projectile", "gas",
                          "grenade", "bomb", "drone", "salvo", "volley", "fire", "weapon", "force", "troop"})


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[int, ...]  # head token indices
    recipients: tuple[int, ...]
    passive: bool


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return True  # "the men detained during the raid": the tagger often reads the participle as a past tense
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children):
        return False
    # A bare participle is passive: a reduced relative ("the militiamen captured during ..."), or a clause
    # the parser split from its "were" ("the militiamen were then released by ...").
    return verb.dep_ in ("acl", "ccomp", "advcl") or any(c.dep_ == "nsubj" for c in verb.children)


def _patient(verb: Token) -> Token | None:
    """Who undergoes a passive event: its passive subject, the noun a reduced relative modifies, or the
    subject of the "were" the parser hung the participle on."""
    patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if patient is None and verb.dep_ == "acl":
        patient = verb.head
    if patient is None and verb.dep_ == "advcl" and verb.head.lemma_ == "be":
        patient = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _antecedent(patient) if patient is not None else None


_QUANTIFIERS = frozenset({"all", "most", "some", "many", "several", "few", "none", "dozens", "hundreds", "thousands",
                          "scores", "half", "one", "two", "three", "four", "five", "each", "both"})


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("a militia that has carried out ..."),
    a quantifier for what it counts ("nearly all of the men")."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    if token.lower_ in _QUANTIFIERS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None:
            return counted
    return token


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing shared-subject coordination and control ("vowed to retaliate")."""
    v = verb
    for _ in range(6):
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return _antecedent(subj)
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        elif v.dep_ == "xcomp":
            controller = next((c for c in v.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
            v = v.head
        elif v.dep_ in ("acl", "relcl") and v.tag_ != "VBN":
            return v.head
        else:
            return None
    return None


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions, never a time ("arrested on Saturday" has no recipient "Saturday")."""
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME"))
    return out


def _nominal_agent(noun: Token) -> Token | None:
    """"Iraq's raid", "the U.S. assassination", "Israeli airstrikes", "attacks by X"."""
    by = _agent(noun)
    if by is not None:
        return by
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ in ("compound", "amod") and child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return child
    return None


def _verbal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    verb = doc[trig.head]
    preps = _RECIPIENT_PREPS.get(trig.entry.event, ())
    if is_passive(verb):
        actor = _agent(verb)
        patient = _patient(verb)
        recipients = [patient] if patient is not None else _prep_objects(verb, preps)
        return _args([actor] if actor is not None else [], recipients, passive=True)
    actor = clause_subject(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in _INSTRUMENTS]
    objects = objects or _prep_objects(verb, preps)
    return _args([actor] if actor is not None else [], objects, passive=False)


def _nominal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    noun = doc[trig.head]
    preps = _RECIPIENT_PREPS.get(trig.entry.event, ())
    recipients = _prep_objects(noun, preps)
    actor = _nominal_agent(noun)
    if actor is None and trig.governor != trig.head:
        governor = doc[trig.governor]
        actor = _agent(governor) if is_passive(governor) else clause_subject(governor)
        recipients = recipients or _prep_objects(governor, preps)
    return _args([actor] if actor is not None else [], recipients, passive=False)


_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_DASHES = frozenset({"—", "–", "--", "-"})


def _in_dateline(token: Token) -> bool:
    """"KRAMATORSK, Ukraine — ...": the dateline names where the story was filed, not a party."""
    doc = token.doc
    if token.i > 6 or not token.text.isupper():
        return False
    return any(t.text in _DASHES for t in doc[token.i + 1:min(token.i + 6, len(doc))])


def _party(token: Token) -> bool:
    return token.ent_type_ not in _NOT_PARTIES and not _in_dateline(token)


def _args(actors: list[Token], recipients: list[Token], *, passive: bool) -> Arguments:
    def expand(tokens: list[Token]) -> tuple[int, ...]:
        seen: list[int] = []
        for tok in tokens:
            for t in with_conjuncts(tok):
                if t.i not in seen and _party(t):
                    seen.append(t.i)
        return tuple(seen)
    return Arguments(actors=expand(actors), recipients=expand(recipients), passive=passive)


def find_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    if trig.nominal:
        return _nominal_arguments(doc, trig)
    return _verbal_arguments(doc, trig)


def group_owner(head: Token) -> Token | None:
    """For "14 members of Kataib Hezbollah", the actor the members belong to."""
    if head.lemma_.lower() not in _GROUP_NOUNS:
        return None
    owners = _prep_objects(head, ("of", "from"))
    return owners[0] if owners else None


def mention_span(head: Token) -> Span:
    """The words that name the argument: the head and its nominal modifiers, without relative clauses."""
    doc = head.doc
    left = head.i
    for child in head.lefts:
        if child.dep_ in _MENTION_DEPS:
            left = min(left, child.left_edge.i)
    while left < head.i and doc[left].dep_ in ("det", "punct", "nummod", "quantmod", "cc") :
        left += 1
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "case") or (child.dep_ == "punct" and child.text == "-"):
            right = max(right, child.right_edge.i)
        else:
            break
    return doc[left:right + 1]
