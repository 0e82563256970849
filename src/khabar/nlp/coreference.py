"""Within-article event coreference: a later mention that retells an event told before links to it.

A wire article tells its lead again in its own words: "Russian missiles struck a store in Kharkiv on Saturday ...
Two guided bombs hit the store in the afternoon", "Police arrested the opposition leader on Monday ... Officers
detained him outside parliament". Counted apart, one event is counted twice. Two mentions in different sentences
are one event when every slot the text gives agrees:

- the same material category (an attack, a coercion of the same kind, a protest), both told as done;
- the same day, or the later mention undated where the article gives that category one day only;
- the same place, one place inside the other, or one of them unknown;
- doers and targets that could be one (``retold.parties_agree``);
- no smaller toll than the one told before (a toll may rise, "the toll rose to 15"; a smaller one is another act);
- nothing in the later sentence marks a new occasion ("another", "a second", "again", "separately", "earlier",
  "a missile strike ...": an indefinite event noun introduces an event).

Precision first: where the article tells two days of its kind, an undated mention links to neither.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor, Place, Size
from .retold import parties_agree
from .syntax import children_of

if TYPE_CHECKING:
    from .events import EventMention

# Material acts an article retells; statements (accusations, appeals, meetings) repeat with new content too often.
RETOLD_KINDS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Of these, the kinds whose modes are distinct acts: an arrest is not a curfew or a ban, whereas a bombing and the
# killing it caused, or a march and the road it blocked, are one attack and one protest.
_MODE_DISTINCT = frozenset({"COERCE"})
# Words that mark a new occasion of the kind told before.
_NEW_OCCASION = frozenset({"response", "retaliation", "reprisal", "retaliatory", "also", "another", "second", "third", "fourth", "separate", "separately", "again", "earlier",
                           "previous", "previously", "new", "similar", "fresh", "renewed", "further", "other",
                           "later", "subsequent", "subsequently", "meanwhile", "elsewhere"})
_INDEFINITE = frozenset({"a", "an"})
_TOLLS = ("dead", "injured", "arrested")


def link_coreferent(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, each unlinked one of a retold kind linked to the earlier mention of the event it retells."""
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.link_to is not None or mention.trigger.entry.event not in RETOLD_KINDS:
            continue
        found = _antecedent(doc, out, index)
        if found is not None:
            out[index] = replace(mention, link_to=found, date=mention.date or out[found].date, coreferent=True)
    return out


def _antecedent(doc: Doc, mentions: list[EventMention], index: int) -> int | None:
    """The nearest earlier mention, in another sentence, that this one can be. An undated mention links only where
    the article gives its kind one day, and only to the latest dated mention of its kind before it."""
    later = mentions[index]
    if _marks_new_occasion(doc, later) or (later.date is None and _perfect(doc[later.trigger.governor])):
        return None
    if later.date is None and len({(m.date.date, m.date.enddate) for m in mentions
                                   if _told_as_done(m, later.trigger.entry.event)}) != 1:
        return None
    sentence = doc[later.trigger.head].sent.start
    for earlier_index in range(index - 1, -1, -1):
        earlier = mentions[earlier_index]
        if earlier.link_to is not None or doc[earlier.trigger.head].sent.start == sentence:
            continue
        if _one_event(doc, earlier, later):
            return earlier_index
        if later.date is None and _told_as_done(earlier, later.trigger.entry.event):
            return None
    return None


def _told_as_done(mention: EventMention, category: str) -> bool:
    return mention.trigger.entry.event == category and mention.factuality == "asserted" and mention.date is not None


def _one_event(doc: Doc, earlier: EventMention, later: EventMention) -> bool:
    return (_same_kind(earlier, later) and earlier.factuality == later.factuality == "asserted"
            and earlier.date is not None and _days_agree(earlier, later)
            and places_agree(_told_place(doc, earlier), _told_place(doc, later))
            and parties_agree(_named(later.actor), _named(earlier.actor))
            and parties_agree(_named(later.recipient), _named(earlier.recipient))
            and not sides_swapped(earlier, later)
            and not tolls_conflict(earlier.size, later.size))


def _told_place(doc: Doc, mention: EventMention) -> Place | None:
    """The mention's place if its own sentence names it; a place carried from elsewhere (the dateline, an earlier
    sentence) is the coder's guess, which tells nothing about whether two mentions are one event."""
    place = mention.place
    sent = doc[mention.trigger.head].sent
    if place is None or place.span is None:
        return None
    return place if sent.start_char <= place.span[0] < sent.end_char else None


def _perfect(clause: Token) -> bool:
    """"Thousands of civilians have been killed": an undated present perfect sums up a record, not one occasion."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in children_of(clause))


def _named(parties: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The parties the text names: a party inferred for an unnamed doer ("Two guided bombs hit the store": an
    unidentified armed group, no words of the text) tells nothing about who did it."""
    return tuple(p for p in parties if p.text)


def sides_swapped(earlier: EventMention, later: EventMention) -> bool:
    """"The RSF shelled a camp ... the army said its aircraft had struck RSF positions": the side that did the first
    act is on the receiving end of the second (or the other way round), and on its own side in neither: a reply."""
    def ids(parties: tuple[Actor, ...]) -> set[str]:
        return {a.id for a in parties if a.id and a.text}
    doers, targets = ids(earlier.actor), ids(earlier.recipient)
    later_doers, later_targets = ids(later.actor), ids(later.recipient)
    return bool((doers & later_targets) - later_doers or (targets & later_doers) - later_targets)


def _same_kind(earlier: EventMention, later: EventMention) -> bool:
    first, second = earlier.trigger.entry, later.trigger.entry
    return first.event == second.event and (first.event not in _MODE_DISTINCT or first.mode == second.mode)


def _days_agree(earlier: EventMention, later: EventMention) -> bool:
    if later.date is None:
        return True  # the caller stops at the latest dated mention of the kind
    return (earlier.date.date, earlier.date.enddate) == (later.date.date, later.date.enddate)


def places_agree(first: Place | None, second: Place | None) -> bool:
    """The same place, one inside the other (a city and its province or country), or one unknown."""
    if first is None or second is None:
        return True
    if (first.geonameid is not None and first.geonameid == second.geonameid) or first.name == second.name:
        return True
    return _inside(first, second) or _inside(second, first)


def _inside(narrow: Place, wide: Place) -> bool:
    """A province or a country (precision 3) holds the places of its own country and, for a province, of itself."""
    if wide.precision != 3 or narrow.country != wide.country or wide.country is None:
        return False
    return wide.admin1 is None or narrow.admin1 in (wide.admin1, wide.name)


def tolls_conflict(earlier: Size, later: Size) -> bool:
    """A later, smaller toll of the same kind tells another act ("killed 12" ... "killed two"); a larger one may be
    the same attack's toll risen."""
    return any(getattr(earlier, f) is not None and getattr(later, f) is not None
               and getattr(later, f) < getattr(earlier, f) for f in _TOLLS)


def _marks_new_occasion(doc: Doc, mention: EventMention) -> bool:
    """"Gunmen attacked another village", "a second blast", "earlier this month", "a missile strike on a printing
    house killed seven": the sentence, or an indefinite event noun, tells a new occasion."""
    head = doc[mention.trigger.head]
    if any(tok.lower_ in _NEW_OCCASION for tok in head.sent):
        return True
    return mention.trigger.nominal and _indefinite(head)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in children_of(noun))
