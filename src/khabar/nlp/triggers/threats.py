"""Warnings that threaten and warnings that foretell: "warned that it would retaliate" states the speaker's own
coercive act (THREATEN), "warned that supplies were running out" or "warned that the unrest could grow" tells a
situation or another party's possible act, and is no event of the speaker's.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...actors import default_kb
from ..lexicon import GOVERNMENT_NOUNS, HAZARD_NOUNS
from ..syntax import children_of
from .word_classes import names_a_party

# Words of what a threat promises in return: "would be met with a painful response", "will face consequences".
_RETRIBUTION = frozenset({"response", "retaliation", "reprisal", "consequence", "consequences", "price",
                          "punishment", "revenge", "retribution", "vengeance", "sanction", "sanctions",
                          "unpunished", "unanswered"})
_OWN = frozenset({"it", "they", "we", "i", "he", "she"})
_OWN_POSSESSIVES = frozenset({"its", "their", "our", "my", "his", "her"})
# "warned it was ready to strike": a stated readiness looks ahead as a modal does
_READY = frozenset({"ready", "prepared", "determined", "poised", "willing"})


def warned_clauses(verb: Token) -> list[Token]:
    """What a verb of warning says: its content clause, or the clause a parenthetical "they warned" interrupts
    ("Should talks fail, they warned, the unrest could grow")."""
    out = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        out.append(verb.head)
    return out


def foretold(clause: Token, *, is_conflict: Callable[[Token], bool]) -> bool:
    """True when a warned clause tells a situation or a third party's act, not a threat: no coercive act of the
    warner's own side ahead ("warned it would shoot", "that North Korea would strike first"), nothing promised in
    return ("that any attack would be met with a painful response"), no consequence told as certain ("that any
    deployment would lead to a direct conflict"), no force ahead against the warned ("warned protesters that they
    could be shot"). A warning addressed to a party, or a set phrase of threat, always threatens."""
    verb = _warning_verb(clause)
    if verb is None or any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return False  # "warned Tehran that ...": a warning addressed to a party puts it on notice
    if _formula(clause):
        return False
    if not _prospective(clause):
        return True
    if _says_retribution(clause) or _not_tolerated(clause):
        return False
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    warner = _warner(verb)
    if subject is not None and warner is not None and _same_side(subject, warner):
        return False
    if subject is not None and names_a_party(subject) and is_conflict(clause):
        return True  # "warned that militants would attack polling stations": another party's use of force, foreseen
    return not (_consequence(clause) or _force_ahead(clause, is_conflict))


# Set phrases of threat told in the present: "all options are on the table", "is playing with fire", "our patience
# is running out", "crossed a red line": words found together in the clause
_FORMULAS = (frozenset({"option", "table"}), frozenset({"play", "fire"}), frozenset({"patience"}),
             frozenset({"red", "line"}))
_ACCEPTING = frozenset({"tolerate", "accept", "allow", "permit", "countenance"})
_WILL = frozenset({"will", "would", "'ll", "wo", "shall"})


def _formula(clause: Token) -> bool:
    words = {t.lemma_.lower() for t in clause.subtree}
    return any(formula <= words for formula in _FORMULAS)


# Verbs of a situation changing by itself: "warned that the toll would rise", "that the crisis will deepen".
_TRENDS = frozenset({"rise", "grow", "increase", "worsen", "deteriorate", "deepen", "climb", "spread", "fall",
                     "drop", "decline", "soar", "mount", "persist", "last", "remain", "be", "become", "get",
                     "run", "suffer", "starve", "die", "struggle", "face", "need", "lack", "go", "continue"})


def _consequence(clause: Token) -> bool:
    """"warned that any deployment of troops would lead to a direct conflict", "that the hostages would be killed":
    what will follow, told as certain ("will", "would", not "could" or "might"), is a consequence the warner stands
    behind; a situation changing by itself ("the toll would rise") or a state ("would be dire") is not."""
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in children_of(clause)):
        return False
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    hazard = subject is not None and subject.lemma_.lower() in HAZARD_NOUNS
    return clause.lemma_.lower() not in _TRENDS and not hazard


def _not_tolerated(clause: Token) -> bool:
    """"would not tolerate", "further protests will not be tolerated": a refusal to accept, backed by force."""
    return clause.lemma_.lower() in _ACCEPTING and any(c.dep_ == "neg" for c in children_of(clause))


def _force_ahead(clause: Token, is_conflict: Callable[[Token], bool]) -> bool:
    """"anyone caught looting would be shot", "protesters ... could be shot": force to come, its doer untold (the
    warner's own, as the rest of a warning says) on whoever the subject is, or on the warned ("they")."""
    patient = next((c for c in children_of(clause) if c.dep_ == "nsubjpass"), None)
    if patient is None or any(c.dep_ == "agent" for c in children_of(clause)) or not is_conflict(clause):
        return False
    return patient.pos_ == "PRON" or any(c.dep_ == "aux" and c.lower_ in _WILL for c in children_of(clause))


def _warning_verb(clause: Token) -> Token | None:
    if clause.dep_ == "ccomp":
        return clause.head
    return next((c for c in children_of(clause) if c.dep_ == "parataxis"), None)


def _warner(verb: Token) -> Token | None:
    """The subject of the verb of warning (through the verb above a subjectless "..., warning that")."""
    for _ in range(3):
        found = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if found is not None or verb.head.i == verb.i:
            return found
        verb = verb.head
    return None


def _prospective(clause: Token) -> bool:
    """The clause looks ahead: a modal ("would", "could"), or a stated readiness ("was prepared to use")."""
    heads = [clause, *(c for c in children_of(clause) if c.dep_ in ("acomp", "xcomp"))]
    return any(c.dep_ == "aux" and c.tag_ == "MD" for h in heads for c in children_of(h)) or any(
        h.lower_ in _READY for h in heads)


def _says_retribution(clause: Token) -> bool:
    """"any retaliation would be met with a more painful response", "Iran's response would be severe"."""
    return any(t.lemma_.lower() in _RETRIBUTION or t.lower_ in _RETRIBUTION for t in clause.subtree)


def _same_side(subject: Token, warner: Token) -> bool:
    """The clause's doer is the warner: a personal pronoun, the warner's own ("its forces"), or a party of the
    warner's country ("Kim warned that North Korea would strike")."""
    if _own(subject) or _own_forces(subject, warner):
        return True
    countries = _countries(warner, subject)
    return countries is not None and countries[0] == countries[1]


# A state's armed and security forces, and the state roles that speak for them.
_FORCES = frozenset({"army", "military", "troop", "force", "police", "navy", "soldier", "security"})
_STATE_ROLES = GOVERNMENT_NOUNS | frozenset({"general", "commander", "colonel", "chief", "officer", "army",
                                             "military", "junta", "governor", "mayor"})


def _own_forces(subject: Token, warner: Token) -> bool:
    """"The general warned that the army would crush the rebels": forces no name or nationality marks as another's
    ("the army", "security forces") are, in a state role's words, its own side ("Amnesty warned that the army
    would crush the protests" foresees another's act: Amnesty has no army)."""
    marked = any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG")
                 for c in children_of(subject))
    return (subject.lemma_.lower() in _FORCES and not marked and warner.ent_type_ == ""
            and warner.lemma_.lower() in _STATE_ROLES)


def other_side(subject: Token, speaker: Token) -> bool:
    """The clause's doer is of another country than the speaker, both known ("Israel said Hezbollah would ...")."""
    countries = None if _own(subject) else _countries(speaker, subject)
    return countries is not None and countries[0] != countries[1]


def _own(subject: Token) -> bool:
    return subject.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES
                                         for c in children_of(subject))


def _countries(speaker: Token, subject: Token) -> tuple[str, str] | None:
    """The countries of the speaker and of the doer, when the knowledge base gives both."""
    kb = default_kb()
    own, named = kb.resolve(_name(speaker)), kb.resolve(_name(subject))
    if own is None or named is None or own.country is None or named.country is None:
        return None
    return own.country, named.country


def _name(token: Token) -> str:
    """The words naming a party: its entity, else the noun with its compounds and adjectives ("Lebanese army")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and ent.root.i == token.i:
        return ent.text
    left = min([token.i, *(c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "amod", "poss"))])
    return token.doc[left:token.i + 1].text
