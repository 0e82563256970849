"""Force aimed at ideas: "tried to assassinate his character", "the motion was ambushed by backbenchers", "an
assault on press freedom". Violence needs a body or a thing to strike; a verb of force whose every target is a
policy, a text, a value or a figure is a figurative attack, whatever the lexicon row forgot to exclude (most
rows exclude "@abstract" objects one by one).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import ABSTRACT_NOUNS
from ..syntax import children_of
from .word_classes import is_arms, referents

# Abstract words that also name what armed parties strike or fire: "struck an air defence system", "attacked the
# press", "bombed the nuclear programme", "fired warning shots", "fired rubber balls at the crowd", "attacked a police
# roadblock", "killing 25 people and wounding scores".
_ALSO_TARGETS = frozenset({"system", "wall", "institution", "order", "press", "program", "programme", "election",
                           "vote", "poll", "campaign", "drug", "record", "image", "shot", "ball", "spot", "mark",
                           "roadblock", "score"})
# Ideas and texts the abstract list leaves out: "assassinate his character", "ambushed the motion" (not "the
# leadership", "the presidency" or "the authority", bodies of people and their seats: "killed the group's leadership").
_MORE_IDEAS = frozenset({"character", "motion", "amendment", "resolution", "legislation", "initiative", "career",
                         "legacy", "reputation", "dignity", "hope", "chance", "talk", "negotiation", "consensus",
                         "compromise", "candidacy", "ambition"})
_IDEAS = (ABSTRACT_NOUNS - _ALSO_TARGETS) | _MORE_IDEAS


def aimed_at_ideas(verb: Token) -> bool:
    """Every target of the verb (its objects, or its passive subject) is an idea, a text or a figure."""
    targets = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    targets += [c for t in targets for c in t.conjuncts]
    # through a measure: "killed scores of civilians" strikes the civilians, not a score
    return bool(targets) and all(idea(referents(t)[-1]) for t in targets)


def idea(noun: Token) -> bool:
    """A common noun of an idea, a text or a figure ("the Palestinian Authority", a name, is a body)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _IDEAS and not is_arms(noun)
