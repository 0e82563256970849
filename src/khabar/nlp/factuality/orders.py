"""Orders and duties: clauses that say what is to be done, not what was ("Release the prisoners now.", "it is time
for Israel to lift the blockade", "it is essential that Iran cooperate", "the onus is on Moscow to end it", "Let us
fight the occupiers")."""
from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_bounds
from ..syntax import children_of, kept_to_infinitive

# Nouns of a duty laid on a party: "the onus is on Moscow to end the shelling".
_DUTY_NOUNS = frozenset({"onus", "burden", "obligation", "duty"})
_NECESSARY = frozenset({"essential", "important", "vital", "imperative", "necessary", "crucial", "urgent"})


def imperative(node: Token, deps: list[str]) -> bool:
    """"Release the prisoners now.": a base-form main verb with no subject and no auxiliary."""
    if node.dep_ != "ROOT" or node.tag_ != "VB" or node.i != sentence_bounds(node).start:
        return False
    return not any(dep in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for dep in deps)


def exhortation(parent: Token, child: Token) -> bool:
    """"Let us fight the occupiers": an exhortation."""
    return parent.lemma_.lower() == "let" and any(c.lower_ in ("us", "'s")
                                                  for c in (*children_of(parent), *children_of(child)))


def time_for(clause: Token) -> bool:
    """"it was time for Israel to lift the blockade", "it is time to talk": saying the time has come for an act asks
    for it (the parser hangs the infinitive on "time")."""
    noun = clause.head
    return (clause.dep_ in ("relcl", "acl", "advcl") and kept_to_infinitive(clause) and noun.lemma_.lower() == "time"
            and noun.dep_ == "attr" and noun.head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(noun.head)))


def duty_on(clause: Token) -> bool:
    """"The onus is on Moscow to end the shelling", "the burden is on Kyiv to show restraint": a duty laid on a party
    asks for the act (the parser hangs the infinitive on the copula or on the duty noun)."""
    if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not kept_to_infinitive(clause):  # the cheap test first
        return False
    holder = clause.head
    if holder.lemma_.lower() in _DUTY_NOUNS:
        return holder.head.lemma_ == "be"
    return holder.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _DUTY_NOUNS
                                         for c in children_of(holder))


def held_necessary(clause_head: Token) -> bool:
    """The clause is what "it is essential / important" says must be done, with its own subject."""
    copula = clause_head.head
    if clause_head.dep_ not in ("ccomp", "advcl") or copula.lemma_ != "be" or copula.i == clause_head.i:
        return False
    subject = next((c for c in children_of(clause_head) if c.dep_ == "nsubj"), None)
    # a base form, also one the tagger read as a present after a singular subject ("that Iran cooperate"); not "it
    # was important that the army withdrew", a past told rather than an act asked for
    subjunctive = clause_head.tag_ == "VB" or (clause_head.tag_ == "VBP" and subject is not None
                                               and subject.tag_ in ("NN", "NNP"))
    return subjunctive and subject is not None and any(
        c.dep_ == "acomp" and c.lower_ in _NECESSARY for c in children_of(copula))
