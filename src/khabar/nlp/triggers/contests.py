"""Words of force in a contest: "crushed the rebels in the polls", "captured 40 percent of the vote", "stormed to
victory", "seized a third of the market". Votes, seats, shares and titles are won, not taken by force, and a rival
beaten at the ballot box is no target: such a verb tells an election's or a market's result, no act of force.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

# What one wins in a contest: "captured 120 seats", "seized the majority", "grabbed a 30 percent stake" (not "the
# seat of government", whose "of" phrase names what is taken).
_PRIZES = frozenset({"vote", "seat", "majority", "plurality", "share", "stake", "lead", "title", "crown", "medal",
                     "trophy", "championship", "prize", "award", "victory", "win", "nomination"})
# Wholes a part is won of: "40 percent of the vote", "a third of the market" (a market on its own may be a place).
_WHOLES = _PRIZES | {"market", "electorate", "ballot", "poll"}
# Words that measure a part of what follows "of": "40 percent of the vote", "a third of the market".
_PARTS = frozenset({"percent", "%", "per", "cent", "third", "half", "quarter", "fifth", "tenth", "share", "portion",
                    "majority", "plurality", "bulk", "most", "some", "part", "chunk", "slice"})
# The contests in which a party beats a rival: "in the polls", "at the ballot box", "in Sunday's election".
_CONTESTS = frozenset({"poll", "polls", "election", "elections", "vote", "ballot", "primary", "primaries", "runoff",
                       "run-off", "referendum", "race", "caucus", "contest", "by-election", "byelection", "debate",
                       "match", "final", "game", "tournament", "league", "derby"})
# Verbs that beat a rival or rush to a result in a contest as in a war: "routed", "crushed", "stormed to victory".
# Not "attack", "shoot" or "kill": "gunmen shot two voters at the polls" is violence at a polling station.
_DEFEATING = frozenset({"crush", "rout", "trounce", "thrash", "smash", "annihilate", "decimate", "demolish",
                        "hammer", "wipe", "storm", "sweep", "overwhelm", "beat", "defeat", "vanquish", "pummel",
                        "batter", "maul", "bury", "topple", "unseat", "oust", "surge", "march"})
# Results a party rushes to: "stormed to victory", "swept to a landslide win".
_RESULTS = frozenset({"victory", "win", "landslide", "triumph", "title", "lead", "majority", "re-election",
                      "reelection"})


def contest_result(verb: Token) -> bool:
    """A verb of force or seizure telling a result in an election, a market or a game: its object is a prize or
    a share of one, it beats a rival "in the polls", or it rushes "to victory"."""
    if any(c.dep_ in ("dobj", "nsubjpass") and _prize(c) for c in children_of(verb)):
        return True
    if verb.lemma_.lower() not in _DEFEATING:
        return False
    return any(c.dep_ == "prep" and _in_a_contest(c) for c in children_of(verb))


def _prize(thing: Token) -> bool:
    """"seats", "the majority", "40 percent of the vote", "a third of the market" (not "a third of the town")."""
    lemma = thing.lemma_.lower()
    whole = _whole_of(thing)
    if whole is not None and (lemma in _PARTS or lemma in _PRIZES or thing.like_num):
        return whole.lemma_.lower() in _WHOLES
    return lemma in _PRIZES


def _whole_of(part: Token) -> Token | None:
    """The object of the "of" phrase on a part ("percent of the vote" -> "vote"), if any."""
    for prep in children_of(part):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in children_of(prep) if o.dep_ == "pobj"), None)
    return None


def _in_a_contest(prep: Token) -> bool:
    """"in the polls", "at the ballot box", "in Sunday's election", "to victory", "to a landslide win"."""
    objects = [o for o in children_of(prep) if o.dep_ == "pobj"]
    if prep.lower_ == "to":
        return any(o.lemma_.lower() in _RESULTS for o in objects)
    if prep.lower_ not in ("in", "at"):
        return False
    return any(o.lemma_.lower() in _CONTESTS or o.lower_ in _CONTESTS
               or any(m.lower_ in ("ballot", "polling") for m in children_of(o) if m.dep_ == "compound")
               for o in objects)
