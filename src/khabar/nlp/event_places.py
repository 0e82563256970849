"""The place of an event whose own words place it nowhere, carried over from the event it goes on from.

News tells an episode over several sentences and names the place once: "Gunmen stormed a police station in
Kirkuk on Tuesday. They killed three officers and set the building on fire." Left to itself the killing
falls back to the dateline or the article's country, a dot far from where it happened. As with dates
(``dates/neighbours.py``), a trigger whose words tie no place, in a sentence that names no place at all,
takes the place of the event it goes on from:
- its anchor: "In the raid, police arrested 14 men" happened where the raid did;
- the previous sentence of the same paragraph tells an event of the same kind with one place;
- or its clause goes on telling the previous sentence's episode (a simple past whose subject takes up a
  party named there: "They killed ...") and the events of that sentence have one place;
- across a paragraph break (wire copy gives most sentences a paragraph of their own) a definite noun
  of the same kind takes the event up again ("The attack killed three officers"), or a simple past whose
  subject takes up a party of the sentence before ("The drones struck a residential building").
A clause that says it is somewhere else ("the strikes also hit positions of ...", "elsewhere, ...") carries
nothing. The carried place keeps its precision: the text places this very episode there.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..geo import (PlaceMention, country_place, dateline_of, doers_place, event_location, names_a_place,
                   residents_place, tied_location)
from ..geo.admin2 import flat_km
from ..geo.location import envoy_leaves, speakers_country
from ..model import Place
from .triggers import TriggerMatch
from .dates import DateValue, date_for_trigger
from .dates.episode import episode_start, goes_on_from
from .dates.neighbours import continues_episode, definite_subject
from .sentences import Bounds, bounds_at, same_paragraph
from .syntax import children_of, kept_per_doc

# "also hit", "elsewhere": the clause adds another site to the episode, not the one already named
_ELSEWHERE = frozenset({"also", "elsewhere", "separately", "meanwhile"})
_DATELINE_PRECISION = 2  # the desk's city stands near the words said, as ``geo.location`` gives a dateline
_PLACED_KEY = "khabar.event_places"  # doc.user_data: the places the doc's events were given so far


@dataclass(slots=True)
class _Placed:
    """The places given so far by the text, own or carried: by trigger head, and (kind, place) by sentence start."""

    by_head: dict[int, Place] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)  # trigger head -> its event's category
    by_sentence: dict[int, list[tuple[str, Place]]] = field(default_factory=dict)


def event_place(doc: Doc, trigger: TriggerMatch, *, anchor_head: int | None) -> Place | None:
    """Where the event of ``trigger`` happened: its own place, else the place it goes on from, else the dateline
    or country fallbacks."""
    head = doc[trigger.head]
    placed = doc.user_data.get(_PLACED_KEY)
    if placed is None:
        placed = doc.user_data[_PLACED_KEY] = _Placed()
    found = _own_place(doc, trigger) or _taken_over(doc, trigger, anchor_head, placed)
    if found is None:
        fallback = event_location(head, doc)
        return _where_the_speaker_is(doc, trigger, fallback) or _instead_of_the_dateline(doc, trigger, fallback,
                                                                                           placed)
    placed.by_head[head.i] = found
    placed.kinds[head.i] = trigger.entry.event
    placed.by_sentence.setdefault(bounds_at(doc, head.i).start, []).append((trigger.entry.event, found))
    return found


# Acts people carry out where they are: a protest happened where its protesters were, not where its target is.
_IN_PERSON = frozenset({"PROTEST"})


def _own_place(doc: Doc, trigger: TriggerMatch) -> Place | None:
    head = doc[trigger.head]
    if trigger.entry.event in _IN_PERSON:
        return doers_place(head, doc) or tied_location(head, doc) or residents_place(head, doc)
    return tied_location(head, doc)


def _taken_over(doc: Doc, trigger: TriggerMatch, anchor_head: int | None, placed: _Placed) -> Place | None:
    """The place of the event it goes on from (``_carried``) or of the episode it goes on telling (``_of_episode``),
    unless its own time is another ("In 2022, soldiers killed dozens of protesters" after Tuesday's raid)."""
    found = _carried(doc, trigger, anchor_head, placed) or _of_episode(doc, trigger, placed)
    # a siege ended days after it began is still that siege: its own day says nothing against the place
    if found is None or (_another_time(doc, trigger, found, placed) and not _ends_an_episode(doc[trigger.head])):
        return None
    return found


def _another_time(doc: Doc, trigger: TriggerMatch, place: Place, placed: _Placed) -> bool:
    """Whether the trigger's date lies outside the dates of every earlier event given ``place``."""
    own = date_for_trigger(doc[trigger.head], doc)
    if own is None or own.date is None:
        return False
    earlier = [date_for_trigger(doc[head], doc) for head, there in placed.by_head.items() if there is place]
    dated = [d for d in earlier if d is not None and d.date is not None]
    return bool(dated) and not any(_overlap(own, d) for d in dated)


def _overlap(one: DateValue, other: DateValue) -> bool:
    return one.date <= (other.enddate or other.date) and other.date <= (one.enddate or one.date)


def _carried(doc: Doc, trigger: TriggerMatch, anchor_head: int | None, placed: _Placed) -> Place | None:
    sent, governor = bounds_at(doc, trigger.head), doc[trigger.governor]
    if anchor_head is not None:
        found = placed.by_head.get(anchor_head)
        if found is None or not _takes_up(trigger, placed.kinds.get(anchor_head)):
            return None
        return found if _quiet(doc, sent.start, sent.end, governor) else None
    previous = _sentence_before(doc, sent.start)
    before = placed.by_sentence.get(previous.start, ()) if previous is not None else ()
    if not before or not _quiet(doc, sent.start, sent.end, governor):
        return None
    if _ends_an_episode(doc[trigger.head]):  # "Security forces ended the siege": where the siege told before was
        places = _distinct(place for kind, place in before if kind in _ON_THE_GROUND)
        return places[0] if len(places) == 1 else None
    places = _distinct(place for kind, place in before if kind == trigger.entry.event)
    continued = continues_episode(governor, doc[previous.start:previous.end])
    if not same_paragraph(doc, previous, sent) and not continued:
        # across a paragraph break only "The attack killed three": a definite noun takes the event up again
        return places[0] if len(places) == 1 and definite_subject(trigger, doc) else None
    if not places and continued:
        places = _distinct(place for kind, place in before if _takes_up(trigger, kind))
    return places[0] if len(places) == 1 else None


# Acts that end a standing episode, and the episodes they end: "ended the siege", "broke the standoff", "lifted the
# blockade" happen where the siege, standoff or blockade told before was.
_ENDING = frozenset({"end", "break", "lift", "resolve"})
_STANDING_EPISODES = frozenset({"siege", "standoff", "stand-off", "blockade", "occupation", "hostage"})


def _ends_an_episode(head: Token) -> bool:
    return head.lemma_.lower() in _ENDING and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STANDING_EPISODES
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
        for c in head.children)


def _of_episode(doc: Doc, trigger: TriggerMatch, placed: _Placed) -> Place | None:
    """"Three other workers were wounded." paragraphs after the lead: the one place of the episode it goes on
    telling, when its sentence names no place (the same look back as for its day, ``dates/episode.py``)."""
    sent = bounds_at(doc, trigger.head)
    if not _quiet(doc, sent.start, sent.end, doc[trigger.governor]):
        return None
    start = episode_start(trigger, doc)
    told = placed.by_sentence.get(start, ()) if start is not None else ()
    places = _distinct(place for kind, place in told if _takes_up(trigger, kind))
    return places[0] if len(places) == 1 else None


# Words said: a statement, a charge, an appeal, a threat or praise is made where its speaker is.
_SPOKEN = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})


def _where_the_speaker_is(doc: Doc, trigger: TriggerMatch, fallback: Place | None) -> Place | None:
    """"NEW DELHI - ... The Pakistani foreign ministry rejected the charge": words its text places nowhere were said
    where their speaker is (ACLED puts a statement where it was made, else in the speaker's country). The fallback
    when it lies in the speaker's country; else the dateline when it does, the reporter being where the words were
    said; else the country (precision 3). None when the event is no words said or its speaker names no country."""
    # a state recalling its envoy ("Congo recalled its ambassador from Kigali") decides at home, as it speaks there
    if trigger.entry.event not in _SPOKEN and not envoy_leaves(doc[trigger.head]):
        return None
    country = speakers_country(doc[trigger.head], doc)
    if country is None:
        return None
    if fallback is not None and fallback.country == country:  # "NAIROBI - ... Kenya's president called for a truce"
        return fallback
    dateline = dateline_of(doc)
    if dateline is not None and dateline.place.country == country:
        return replace(dateline.place, precision=max(dateline.place.precision or 1, _DATELINE_PRECISION))
    return country_place(country)


def _takes_up(trigger: TriggerMatch, kind: str | None) -> bool:
    """An act on the ground happens where the episode it goes on does; a reaction ("The interior minister blamed the
    rebels for the massacre") is made wherever its speaker was, which the episode's place does not say (ACLED puts
    a statement where it was made, else in the country): it takes up only the place of another reaction. Nor does an
    act on the ground happen where talks or a signing were ("signed the accord in Istanbul ... its fleet blockaded the
    coast")."""
    return (trigger.entry.event in _ON_THE_GROUND and kind in _ON_THE_GROUND) or kind == trigger.entry.event


def _instead_of_the_dateline(doc: Doc, trigger: TriggerMatch, fallback: Place | None, placed: _Placed) -> Place | None:
    """An event only the dateline places, in a story whose lead placed its events elsewhere ("NAIROBI - ... in the
    port city of Mombasa"): the reporter's desk is not where it happened. The lead's place when the clause goes on
    telling the lead's episode, else the lead's country (precision 3)."""
    dateline = dateline_of(doc)
    if fallback is None or dateline is None or not _same_point(fallback, dateline.place):
        return fallback
    lead = _lead(doc, dateline, placed)
    if lead is None:
        return fallback
    start, place = lead
    sent = bounds_at(doc, trigger.head)
    if (trigger.entry.event in _ON_THE_GROUND and _quiet(doc, sent.start, sent.end, doc[trigger.governor])
            and goes_on_from(trigger, doc, start)):
        return place
    if _a_country(place):  # the lead said only "in northern Burkina Faso": its other events may be at the desk
        return fallback
    return country_place(place.country) or fallback


# Acts done where the episode is; a reaction ("The president condemned the killings") is made wherever its
# speaker was, which the lead does not say.
_ON_THE_GROUND = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _lead(doc: Doc, dateline: PlaceMention, placed: _Placed) -> tuple[int, Place] | None:
    """The start of the first sentence whose events the text placed, with their one place below a country (else the
    dateline's country, which it named), when it is in the dateline's paragraph and lies outside the dateline's area
    (``_the_desks_area``)."""
    if not placed.by_sentence:
        return None
    start = min(placed.by_sentence)
    told = placed.by_sentence[start]
    # a town the gazetteer lacks, read as its country ("in the village of Seytenga in northern Burkina Faso"), or the
    # country alone: somewhere in the dateline's country, but not at the desk
    places = (_distinct(place for _, place in told if not _a_country(place))
              or _distinct(place for _, place in told if place.country == dateline.place.country))
    if len(places) != 1 or not same_paragraph(doc, bounds_at(doc, dateline.start), bounds_at(doc, start)):
        return None
    place, home = places[0], dateline.place
    if place.country is None:
        return None
    return None if _the_desks_area(place, home) else (start, place)


_DESK_KM = 100.0  # "QUETTA - ... in the town of Turbat": the same province, but 500 km from the desk


def _the_desks_area(place: Place, home: Place) -> bool:
    """Whether the lead's place lies in the dateline's province and near it, where the dateline may stand for it."""
    if (place.country, place.admin1) != (home.country, home.admin1):
        return False
    points = (place.lat, place.lon, home.lat, home.lon)
    return any(p is None for p in points) or flat_km(*points) <= _DESK_KM


def _a_country(place: Place) -> bool:
    return (place.feature or "").startswith("PCL")


def _same_point(place: Place, other: Place) -> bool:
    return (place.name, place.lat, place.lon) == (other.name, other.lat, other.lon)


def _sentence_before(doc: Doc, start: int) -> Bounds | None:
    """The sentence before the one starting at ``start``, over the blank lines between paragraphs."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return bounds_at(doc, i) if i >= 0 else None


def _quiet(doc: Doc, start: int, end: int, governor: Token) -> bool:
    """The sentence names no place of its own (but where someone was taken: "... wounded and taken to a hospital in
    Karachi"), and the clause does not say it is somewhere else."""
    return not names_a_place(doc, start, end, destinations=False) and not _elsewhere(governor)


def _distinct(places: Iterable[Place]) -> list[Place]:
    """One place per point: two mentions of Kirkuk are one place."""
    return list({(p.name, p.lat, p.lon): p for p in places}.values())


@kept_per_doc("khabar.event_places.elsewhere")  # asked of a trigger's clause by each way of carrying a place over
def _elsewhere(clause: Token) -> bool:
    """"Rockets also struck a market, wounding four": the clause or one it hangs on says "also"; or it tells a reply
    ("Hezbollah said it fired rockets at an army post in response", "retaliated by shelling ..."): the other side's
    act, from and on its own ground, not at the place of the act it answers."""
    verbs = (clause, *clause.ancestors)
    replies = _replies(clause.doc)  # most docs have none: then no clause's subtree need be walked
    return any(c.lower_ in _ELSEWHERE for verb in verbs for c in children_of(verb)) or any(
        verb.lemma_.lower() in _REPLYING for verb in verbs) or bool(replies) and any(
        t.i in replies for t in clause.subtree)


# "in response", "in retaliation for the strike": the clause tells a reply
_REPLIES = frozenset({"response", "retaliation", "reprisal", "revenge", "reply"})
_REPLYING = frozenset({"retaliate", "respond", "reply", "avenge"})


_REPLIES_KEY = "khabar.event_places.replies"  # doc.user_data: the tokens for which ``_in_reply`` holds


def _replies(doc: Doc) -> frozenset[int]:
    """The tokens ``_in_reply`` holds for, found once per doc among the objects of prepositions with a reply's lemma
    (read off the columns: a ``Token`` is made only for those)."""
    found = doc.user_data.get(_REPLIES_KEY)
    if found is None:
        table = doc.to_array([DEP, LEMMA])
        rows = numpy.flatnonzero(table[:, 0] == table.dtype.type(get_string_id("pobj")))
        lemmas = table[rows, 1].tolist()
        strings = doc.vocab.strings
        wanted = {lemma for lemma in set(lemmas) if strings[lemma].lower() in _REPLIES}
        found = doc.user_data[_REPLIES_KEY] = frozenset(
            i for i, lemma in zip(rows.tolist(), lemmas) if lemma in wanted and _in_reply(doc[i]))
    return found


def _in_reply(token: Token) -> bool:
    """"in response" anywhere in the clause (the parser may hang it on the target: "at an army post in response")."""
    return token.dep_ == "pobj" and token.lemma_.lower() in _REPLIES and token.head.lower_ == "in"
