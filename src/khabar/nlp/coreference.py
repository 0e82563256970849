"""Within-article event coreference: a later mention that retells an event told before links to it.

A wire article tells its lead again in its own words: "Russian missiles struck a store in Kharkiv on Saturday ...
Two guided bombs hit the store in the afternoon", "Police arrested the opposition leader on Monday ... Officers
detained him outside parliament". Counted apart, one event is counted twice. Two mentions in different sentences
are one event when every slot the text gives agrees:

- the same material category (an attack, a coercion of the same kind, a protest), both told as done;
- the same day, or the later mention undated where the article gives that category one day only or the sentence
  right before tells it;
- the same place, one place inside the other, or one of them unknown;
- doers and targets that could be one, as far as the text names them (``retold.told_parties_agree``);
- no smaller toll than the one told before (a toll may rise, "the toll rose to 15"; a smaller one is another act);
- nothing in the later sentence marks a new occasion ("another", "a second", "again", "separately", "earlier",
  "a missile strike ...": an indefinite event noun introduces an event).

Precision first: where the article tells two days of its kind, an undated mention links only to the latest dated
mention of its kind in the sentence right before it ("... on Saturday. The attackers seized 25 pupils").
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor, Place, Size
from .dates import date_for_trigger
from .retold import told_parties_agree
from .syntax import children_of

if TYPE_CHECKING:
    from .events import EventMention
    from .lexicon import LexEntry

# Material acts an article retells; statements (accusations, appeals, meetings) repeat with new content too often.
RETOLD_KINDS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Of these, the kinds whose modes are distinct acts: an arrest is not a curfew or a ban, whereas a bombing and the
# killing it caused, or a march and the road it blocked, are one attack and one protest.
_MODE_DISTINCT = frozenset({"COERCE"})
# Words that mark a new occasion of the kind told before.
_NEW_OCCASION = frozenset({"another", "second", "third", "fourth", "separate", "separately", "again", "earlier",
                           "previous", "previously", "new", "similar", "fresh", "renewed", "further", "other",
                           "later", "subsequent", "subsequently", "meanwhile", "elsewhere", "also",
                           "response", "retaliation", "reprisal", "retaliatory"})
# Attacks from afar (ACLED's explosions and remote violence) and attacks at hand are two events to ACLED even on one
# day: "fighting broke out ... army warplanes struck RSF bases" is an armed clash and an air strike.
_REMOTE_MODES = frozenset({"explosives", "suicide", "aerial", "drone", "heavy-weapons", "cbrn"})
_AT_HAND_MODES = frozenset({"firearms", "beat", "torture", "execute", "abduct", "sexual", "crowd-control"})
# Words that tell a sum of many events: "at least 90 people were killed nationwide on Sunday".
_SUMS = frozenset({"nationwide", "countrywide"})
_INDEFINITE = frozenset({"a", "an"})
# Modes of a distinct-mode kind that tell parts of one act: a raid or a search (coercion of no stated mode) and the
# arrests it made are one event to ACLED ("Arrests"), not a raid plus an arrest.
_PARTS_OF_ONE_ACT = frozenset({frozenset({None, "arrest"})})
# Across kinds: an abduction (an assault) and the seizing of its victims (a coercion) are one abduction to ACLED.
_ABDUCTION_AND_SEIZING = frozenset({("ASSAULT", "abduct"), ("COERCE", "seize")})
_TOLLS = ("dead", "injured", "arrested")
# Of the parts of one act told in two modes, the one ACLED codes: the arrests a raid made, the riot a march became.
_CODED_PARTS = frozenset({("COERCE", "arrest"), ("PROTEST", "riot")})


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
    if _marks_new_occasion(doc, later) or (later.date is None and (_perfect(doc[later.trigger.governor])
                                                                    or _names_another_time(doc, later))):
        return None
    if later.date is None and not (_one_day_of_kind(mentions, later) or _right_after(doc, mentions, index)):
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


def _one_day_of_kind(mentions: list[EventMention], later: EventMention) -> bool:
    return len({(m.date.date, m.date.enddate) for m in mentions if _told_as_done(m, later.trigger.entry.event)}) == 1


def _right_after(doc: Doc, mentions: list[EventMention], index: int) -> bool:
    """"Gunmen stormed a school on Saturday. The attackers seized 25 pupils.": an undated mention in the sentence
    right after the latest dated one of its kind goes on telling it, whatever other days the article tells."""
    later = mentions[index]
    latest = next((m for m in reversed(mentions[:index]) if _told_as_done(m, later.trigger.entry.event)), None)
    start = doc[later.trigger.head].sent.start
    return latest is not None and start > 0 and doc[latest.trigger.head].sent.start == doc[start - 1].sent.start


def _told_as_done(mention: EventMention, category: str) -> bool:
    return mention.trigger.entry.event == category and mention.factuality == "asserted" and mention.date is not None


def _one_event(doc: Doc, earlier: EventMention, later: EventMention) -> bool:
    return (_same_kind(earlier, later) and earlier.factuality == later.factuality == "asserted"
            and earlier.date is not None and not running_total(doc, earlier) and _days_agree(earlier, later)
            and places_agree(_told_place(doc, earlier), _told_place(doc, later))
            and not nationwide_and_local(earlier, later, _told_place(doc, earlier), _told_place(doc, later))
            and told_parties_agree(doc, _named(later.actor), _named(earlier.actor))
            and told_parties_agree(doc, _named(later.recipient), _named(earlier.recipient), targets=True)
            and not sides_swapped(earlier, later)
            and not tolls_conflict(earlier.size, later.size)
            and not _before_its_host(doc, later, earlier))


def _before_its_host(doc: Doc, later: EventMention, earlier: EventMention) -> bool:
    """"suspended a ceasefire in March after its fighters killed an indigenous leader": an act told as what came
    before its host clause happened before the host's time, so not on a later day told earlier in the article."""
    clause = doc[later.trigger.governor]
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in clause.children):
        return False
    host = date_for_trigger(clause.head, doc)
    end = host and (host.enddate or host.date)
    return end is not None and end < earlier.date.date


def _told_place(doc: Doc, mention: EventMention) -> Place | None:
    """The mention's place if its own sentence names it; a place carried from elsewhere (the dateline, an earlier
    sentence) is the coder's guess, which tells nothing about whether two mentions are one event."""
    place = mention.place
    sent = doc[mention.trigger.head].sent
    if place is not None and place.span is not None and sent.start_char <= place.span[0] < sent.end_char:
        return place
    return _place_in_clause(doc, mention) or _fronted_place_of_saying(doc, mention)


def _place_in_clause(doc: Doc, mention: EventMention) -> Place | None:
    """"Clashes between police and demonstrators in Lille left 15 injured": a place the act's own words name, where
    the coder's place for it came from elsewhere (the parser hung the place on a party)."""
    words = doc[mention.trigger.governor if not mention.trigger.nominal else mention.trigger.head]
    lo, hi = words.left_edge.i, words.right_edge.i
    return next((m.place for m in doc._.places or () if lo <= m.start <= hi and not (m.actor or m.qualifier)), None)


# Verbs of saying whose fronted place ("In Yangon, residents said ...") is where the reported act happened.
_SAYING = frozenset({"say", "tell", "report", "claim", "add", "describe", "recount"})
_PLACE_PREPS = frozenset({"in", "at", "inside"})


def _fronted_place_of_saying(doc: Doc, mention: EventMention) -> Place | None:
    """"In Yangon, residents said troops fired live rounds": the place fronted before the verb of saying that governs
    the act hangs on that verb, but is where the act happened (the witnesses tell of their town)."""
    clause = doc[mention.trigger.governor]
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in _SAYING:
        return None
    for prep in children_of(saying):
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i > saying.i:
            continue
        found = next((m.place for m in doc._.places or () if not (m.actor or m.qualifier)
                      and any(m.start <= o.i < m.end for o in children_of(prep) if o.dep_ == "pobj")), None)
        if found is not None:
            return found
    return None


def running_total(doc: Doc, mention: EventMention) -> bool:
    """"More than 40 people have been killed in protests since June": a perfect over a span sums many acts; a
    retelling of one of them is not a retelling of the sum."""
    return mention.date.precision == "range" and _perfect(doc[mention.trigger.governor])


def _names_another_time(doc: Doc, mention: EventMention) -> bool:
    """"... over the August 2020 explosion of ammonium nitrate, which killed more than 200 people": an undated act
    in a sentence that names a dated time (a year, a day of a month) tells of that time's event, not the lead's."""
    return any(ent.label_ == "DATE" and any(t.is_digit for t in ent) for ent in doc[mention.trigger.head].sent.ents)


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
    def ids(parties: tuple[Actor, ...]) -> set[str]:  # a kind of party ("gang members", "gangsters") by its name
        return {a.id or a.name for a in parties if a.text}
    doers, targets = ids(earlier.actor), ids(earlier.recipient)
    later_doers, later_targets = ids(later.actor), ids(later.recipient)
    return bool((doers & later_targets) - later_doers or (targets & later_doers) - later_targets)


def _same_kind(earlier: EventMention, later: EventMention) -> bool:
    first, second = earlier.trigger.entry, later.trigger.entry
    if first.event != second.event:
        return frozenset({(first.event, first.mode), (second.event, second.mode)}) == _ABDUCTION_AND_SEIZING
    modes = {first.mode, second.mode}
    if first.event == "ASSAULT" and modes & _REMOTE_MODES and modes & _AT_HAND_MODES:
        return False
    return first.event not in _MODE_DISTINCT or first.mode == second.mode \
        or frozenset({first.mode, second.mode}) in _PARTS_OF_ONE_ACT


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


def nationwide_and_local(earlier: EventMention, later: EventMention, first: Place | None,
                         second: Place | None) -> bool:
    """"More than a million people marched across France ... In Paris, protesters clashed with police", "Soldiers
    killed more than 100 people across Myanmar on Saturday ... In Yangon, troops fired live rounds": an act told of a
    whole country is the sum of many; its part in one town is an event of its own (ACLED codes each location). For
    protests, the countrywide one is the one with the larger crowd."""
    if first is None or second is None:
        return False
    if earlier.trigger.entry.event != "PROTEST":
        return _country_level(first) and not _country_level(second)
    sides = ((first, second, earlier.size, later.size), (second, first, later.size, earlier.size))
    for wide, narrow, big, small in sides:
        if _country_level(wide) and not _country_level(narrow) and _larger_crowd(big, small):
            return True
    return False


def _country_level(place: Place) -> bool:
    return place.precision == 3 and place.admin1 is None


def _larger_crowd(big: Size, small: Size) -> bool:
    return big.count is not None and (small.count is None or small.count < big.count)


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


def coded_entry(first: LexEntry, second: LexEntry) -> LexEntry:
    """The entry of one act told first as ``first``, then as ``second``: the part ACLED codes where one is told."""
    if first.event == second.event and first.mode != second.mode and (second.event, second.mode) in _CODED_PARTS:
        return second
    return first


def latest_toll(first: Size, second: Size) -> Size:
    """The toll of one act told twice: the larger count of each kind, the latest report ("killed at least 12" ...
    "the gunmen killed 15 in the attack"); a count only one of them gives stands."""
    def pick(field: str) -> int | None:
        told = [v for v in (getattr(first, field), getattr(second, field)) if v is not None]
        return max(told) if told else None
    count = first.count if first.count is not None else second.count
    return replace(first, **{f: pick(f) for f in _TOLLS}, count=count)


def _marks_new_occasion(doc: Doc, mention: EventMention) -> bool:
    """"Gunmen attacked another village", "a second blast", "earlier this month", "a missile strike on a printing
    house killed seven": the sentence, or an indefinite event noun, tells a new occasion; "killed nationwide" tells
    the sum of many."""
    head = doc[mention.trigger.head]
    if any(tok.lower_ in _NEW_OCCASION or tok.lower_ in _SUMS for tok in head.sent):
        return True
    return mention.trigger.nominal and _indefinite(head)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in children_of(noun))
