"""Running tolls: "has killed 3,600 people in the first half of the year", "more than 400 people have been killed
since October". ACLED codes events, never a cumulative count of their victims over months: such a clause sums up
events told (or not) elsewhere, and is no event of its own. A toll of days ("have killed 12 soldiers this week",
"since Monday") and a dated single toll ("killed 12 on Monday") stay events; a count of events ("35 rocket attacks
since last October") is told by its noun, not by these verbs.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import QUANTITY_NOUNS, load_lexicon
from ..syntax import children_of

# Verbs that count victims: those killed, hurt, driven out or taken.
_TOLL_VERBS = frozenset({"kill", "injure", "wound", "displace", "arrest", "detain", "abduct", "kidnap"})
# Words of a span of months or more: "since October", "since 2023", "this year", "over the past six months".
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})
_LONG_SPANS = frozenset({"year", "years", "months", "decade", "decades", "half", "quarter"})
# Parts of a year: a toll over one is a tally whatever the tense ("killed 3,600 in the first half of the year").
_PARTS_OF_YEAR = frozenset({"half", "quarter", "months"})
_LARGE_MEASURES = frozenset({"hundreds", "thousands", "millions"})
# Words of days: a toll of days is news ("have killed 12 soldiers this week", "since Monday").
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tonight", "day", "days", "week", "weekend", "night", "morning", "hours"})
_SPAN_PREPS = frozenset({"since", "in", "during", "over", "throughout"})


def running_toll(verb: Token) -> bool:
    """Whether the verb counts the victims of months of violence rather than telling one occasion."""
    if verb.lemma_.lower() not in _TOLL_VERBS or not _counted_victims(verb):
        return False
    spans = _span_words(verb)
    if spans & _PARTS_OF_YEAR or _perfect(verb) and _long(spans):
        return True
    # "More than 400 people have been killed in Lebanon": a present perfect passive of hundreds, with no doer, no day
    # and no occasion named ("Iranian forces had detained more than 100 children" reports their act)
    return _bare_toll(verb) and _hundreds(verb) and not spans & _DAYS and not _occasion_named(verb)


def _counted_victims(verb: Token) -> bool:
    """"3,600 people", "more than 400 people", "hundreds of civilians": the victims come as a number."""
    victims = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ == "nummod" or c.lemma_.lower() in QUANTITY_NOUNS for v in victims
               for c in (v, *children_of(v)))


def _hundreds(verb: Token) -> bool:
    """A toll of a hundred or more: "more than 400 people", "hundreds of villagers"."""
    victims = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    for victim in victims:
        for word in (victim, *children_of(victim)):
            if word.lower_ in _LARGE_MEASURES or word.dep_ == "nummod" and _at_least_a_hundred(word.text):
                return True
    return False


def _at_least_a_hundred(number: str) -> bool:
    digits = number.replace(",", "")
    return digits.isdigit() and int(digits) >= 100


def _occasion_named(verb: Token) -> bool:
    """"killed in the attack on the market", "in an air strike": a phrase naming the event the toll is of."""
    lexicon = load_lexicon()
    return any(o.dep_ == "pobj" and lexicon.entries(o.lemma_.lower(), "NOUN")
               for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p))


def _bare_toll(verb: Token) -> bool:
    """"have been killed", "has been abducted": a present perfect passive with no "by" phrase."""
    children = list(children_of(verb))
    return (any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children)
            and any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children))


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))


def _span_words(verb: Token) -> set[str]:
    """The words of the time phrases on the verb: its "since", "in", "over" phrases, its "since" clause and its
    bare time nouns ("this year")."""
    words: set[str] = set()
    for child in children_of(verb):
        spans = (child.dep_ == "prep" and child.lower_ in _SPAN_PREPS or child.dep_ == "npadvmod"
                 or child.dep_ == "advcl" and any(m.lower_ == "since" for m in children_of(child) if m.dep_ == "mark"))
        if spans:
            words |= {t.lower_ for t in child.subtree}
    return words


def _long(words: set[str]) -> bool:
    """A span of months or more: a month's name, a year, or a word of months and years."""
    return bool(words & (_MONTHS | _LONG_SPANS)) or any(w.isdigit() and len(w) == 4 for w in words)
