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
  "a missile strike ...": an indefinite event noun introduces an event);
- the later mention is not timed against an event ("days after the raid, police arrested five men", "a day before
  the strikes"): an act told as after or before the event is, by its own words, another occasion, never a retelling
  of the event it is timed against (``anchors.anchored_event`` dates it from that event where the span is told).

Precision first: where the article tells two days of its kind, an undated mention links only to the latest dated
mention of its kind in the sentence right before it ("... on Saturday. The attackers seized 25 pupils").

Within one sentence, an elided passive ("90 were killed and 150 wounded") and the act a passive toll's when-clause
tells ("40 were killed when a bomb exploded") are the act they are joined to (``covering.covered_by_verbs``).

The toll of a record folded from several mentions (same victims: the update; different victims: the sum; a part;
wounded who died; "the death toll rose to 15") is decided in ``tolls``.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..actors import default_kb
from ..geo.location import is_origin
from ..model import Actor, Place, Size
from .dates import date_for_trigger
from .retold import told_parties_agree
from .sentences import bounds_at
from .syntax import children_of, entity_bounds
from .tolls import (_SUMS, _TOLLS, NamedEvent, ToldAttack, _counts_more, _inside, _whole_toll, named_attack,
                    toll_statements, with_wounded_clause)

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
_INDEFINITE = frozenset({"a", "an"})
# Modes of a distinct-mode kind that tell parts of one act: a raid or a search (coercion of no stated mode) and the
# arrests it made are one event to ACLED ("Arrests"), not a raid plus an arrest.
_PARTS_OF_ONE_ACT = frozenset({frozenset({None, "arrest"})})
# Across kinds: an abduction (an assault) and the seizing of its victims (a coercion) are one abduction to ACLED.
_ABDUCTION_AND_SEIZING = frozenset({("ASSAULT", "abduct"), ("COERCE", "seize")})
# Of the parts of one act told in two modes, the one ACLED codes: the arrests a raid made, the riot a march became.
_CODED_PARTS = frozenset({("COERCE", "arrest"), ("PROTEST", "riot")})


def link_coreferent(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, each unlinked one of a retold kind linked to the earlier mention of the event it retells."""
    out = list(mentions)
    named = [s.names for s in toll_statements(doc) if s.names is not None]
    for index, mention in enumerate(mentions):
        if mention.link_to is not None or mention.trigger.entry.event not in RETOLD_KINDS:
            continue
        found = _named_by_toll(doc, out, index, named)
        if found is None:
            found = _attack_of_toll(doc, out, index) if _in_toll_statement(doc, mention) \
                else _antecedent(doc, out, index)
        if found is not None:
            out[index] = replace(mention, link_to=found, date=mention.date or out[found].date, coreferent=True)
    return out


def _antecedent(doc: Doc, mentions: list[EventMention], index: int) -> int | None:
    """The nearest earlier mention, in another sentence, that this one can be. An undated mention links only where
    the article gives its kind one day, and only to the latest dated mention of its kind before it."""
    later = mentions[index]
    if later.timed or _marks_new_occasion(doc, later) or (later.date is None and (_perfect(doc[later.trigger.governor])
                                                                    or _names_another_time(doc, later))):
        return None
    if later.date is None and not (_one_day_of_kind(mentions, later) or _right_after(doc, mentions, index)):
        return None
    sentence = bounds_at(doc, later.trigger.head).start
    for earlier_index in range(index - 1, -1, -1):
        earlier = mentions[earlier_index]
        # the sentence by the doc's table: ``Token.sent`` made a token and a span per earlier mention
        if earlier.link_to is not None or bounds_at(doc, earlier.trigger.head).start == sentence:
            continue
        if _one_event(doc, earlier, later):
            return earlier_index
        if later.date is None and _told_as_done(earlier, later.trigger.entry.event):
            return None
    return None


def _in_toll_statement(doc: Doc, mention: EventMention) -> bool:
    """"The death toll had risen to 17, with 20 people wounded": the wounding is the toll's, not an act of its own."""
    clause = doc[mention.trigger.governor]
    toll = next((c for c in children_of(clause.head) if c.lemma_.lower() == "toll" and c.pos_ == "NOUN"), None)
    return clause.dep_ == "advcl" and toll is not None and _whole_toll(toll) is not None \
        and with_wounded_clause(clause.head) == clause


def _attack_of_toll(doc: Doc, mentions: list[EventMention], index: int) -> int | None:
    """The attack a toll statement counts: the latest attack told as done before it."""
    return next((i for i in range(index - 1, -1, -1) if mentions[i].link_to is None
                 and _told_as_done(mentions[i], "ASSAULT")), None)


def _named_by_toll(doc: Doc, mentions: list[EventMention], index: int, named: list[NamedEvent]) -> int | None:
    """"The toll from Tuesday's bombing rose to 15": the bombing a toll names is the attack its words match (as
    ``named_attack`` reads them), not the latest one told."""
    head = mentions[index].trigger.head
    phrase = next((n for n in named if n.start <= head < n.end), None)
    if phrase is None:
        return None
    roots = [i for i in range(index) if mentions[i].link_to is None and _told_as_done(mentions[i], "ASSAULT")]
    told = [ToldAttack(mentions[i].date, mentions[i].place, _heads_of(mentions[:index], i)) for i in roots]
    found = named_attack(doc, phrase, told)
    return roots[found] if found is not None else None


def _heads_of(mentions: list[EventMention], root: int) -> tuple[int, ...]:
    """The triggers of the mentions linked (directly or not) to ``root``, and its own."""
    def root_of(i: int) -> int:
        seen = set()
        while mentions[i].link_to is not None and i not in seen:
            seen.add(i)
            i = mentions[i].link_to
        return i
    return tuple(m.trigger.head for i, m in enumerate(mentions) if root_of(i) == root)


def _one_day_of_kind(mentions: list[EventMention], later: EventMention) -> bool:
    return len({(m.date.date, m.date.enddate) for m in mentions if _told_as_done(m, later.trigger.entry.event)}) == 1


def _right_after(doc: Doc, mentions: list[EventMention], index: int) -> bool:
    """"Gunmen stormed a school on Saturday. The attackers seized 25 pupils.": an undated mention in the sentence
    right after the latest dated one of its kind goes on telling it, whatever other days the article tells."""
    later = mentions[index]
    latest = next((m for m in reversed(mentions[:index]) if _told_as_done(m, later.trigger.entry.event)), None)
    start = bounds_at(doc, later.trigger.head).start
    return latest is not None and start > 0 and bounds_at(doc, latest.trigger.head) == bounds_at(doc, start - 1)


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
    the coder's place for it came from elsewhere (the parser hung the place on a party). Not where a victim comes
    from ("20 cadets were killed, among them a young woman from Ecuador")."""
    words = doc[mention.trigger.governor if not mention.trigger.nominal else mention.trigger.head]
    lo, hi = words.left_edge.i, words.right_edge.i
    return next((m.place for m in doc._.places or () if lo <= m.start <= hi and not (m.actor or m.qualifier)
                 and not is_origin(doc[m.end - 1])), None)


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
    sent = bounds_at(doc, mention.trigger.head)
    # the doc's entity table, not ``Span.ents``: that makes a span of every entity of the doc at each call
    return any(label == "DATE" and sent.start <= start and end <= sent.end
               and any(doc[i].is_digit for i in range(start, end)) for start, end, label in entity_bounds(doc))


def _perfect(clause: Token) -> bool:
    """"Thousands of civilians have been killed": an undated present perfect sums up a record, not one occasion; so
    does a verb coordinated under it ("have killed thousands ... and kidnapped hundreds")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in children_of(clause)):
        return True
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in children_of(clause))
    return clause.dep_ == "conj" and not own_aux and clause.head.pos_ in ("VERB", "AUX") and _perfect(clause.head)


def _named(parties: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The parties the text names: a party inferred for an unnamed doer ("Two guided bombs hit the store": an
    unidentified armed group, no words of the text) tells nothing about who did it."""
    return tuple(p for p in parties if p.text)


def sides_swapped(earlier: EventMention, later: EventMention) -> bool:
    """"The RSF shelled a camp ... the army said its aircraft had struck RSF positions": the side that did the first
    act is on the receiving end of the second (or the other way round), and on its own side in neither: a reply."""
    def ids(parties: tuple[Actor, ...]) -> set[str]:  # a kind of party ("gang members", "gangsters") by its name
        return {i for a in parties if a.text for i in (a.id or a.name, *_leaders_of(a))}
    doers, targets = ids(earlier.actor), ids(earlier.recipient)
    later_doers, later_targets = ids(later.actor), ids(later.recipient)
    return bool((doers & later_targets) - later_doers or (targets & later_doers) - later_targets)


def _leaders_of(party: Actor) -> tuple[str, ...]:
    """The parties that lead a body, on its side in any fight: "American aircraft struck ... attacks on coalition
    forces" (the U.S.-led coalition) tells the Americans acting, then acted on."""
    entry = default_kb().entry(party.id) if party.id is not None else None
    return tuple(r.object for r in entry.relations if r.type == "led_by") if entry is not None else ()


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




def _marks_new_occasion(doc: Doc, mention: EventMention) -> bool:
    """"Gunmen attacked another village", "a second blast", "earlier this month", "a missile strike on a printing
    house killed seven": the sentence, or an indefinite event noun, tells a new occasion; "killed nationwide" tells
    the sum of many."""
    head = doc[mention.trigger.head]
    sent = bounds_at(doc, head.i)
    words = _occasion_words(doc)
    if any(doc[i].lower_ in _SUMS or not _counts_more(doc[i])
           for i in words[bisect_left(words, sent.start):bisect_left(words, sent.end)]):
        return True
    return mention.trigger.nominal and _indefinite(head)


_OCCASION_WORDS_KEY = "khabar.coreference.occasion_words"  # doc.user_data: where the doc's occasion words stand
_OCCASION_IDS = frozenset(get_string_id(word) for word in _NEW_OCCASION | _SUMS)


def _occasion_words(doc: Doc) -> list[int]:
    """The positions of the doc's words of ``_NEW_OCCASION`` and ``_SUMS``, found by hash in its LOWER column once
    (each mention's sentence read token by token made a ``Token`` per word). Safe to keep: words never change."""
    found = doc.user_data.get(_OCCASION_WORDS_KEY)
    if found is None:  # a set lookup per word costs less than ``numpy.isin`` on an article's few hundred words
        lowers = doc.to_array(LOWER).tolist()
        found = doc.user_data[_OCCASION_WORDS_KEY] = [i for i, lower in enumerate(lowers) if lower in _OCCASION_IDS]
    return found


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in children_of(noun))


# --- one act told by two verbs of one sentence ------------------------------------------------------------------

def elided_passive_toll(verb: Token) -> bool:
    """"more than 90 were killed and at least 150 wounded": a conjoined participle whose auxiliary is elided and
    whose subject is only a number of people tells the toll of the act its head tells, not an act of its own."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(_number_of_people(s) for s in subjects)


def _number_of_people(noun: Token) -> bool:
    """"150", "at least 150", "150 people": a count standing for the people it counts."""
    return noun.like_num or (noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(noun))
                             and not any(c.dep_ == "det" for c in children_of(noun)))


# Verbs whose passive tells a toll: "40 people were killed when a bomb exploded".
_TOLL_PASSIVES = frozenset({"kill", "wound", "injure", "hurt"})
_CAUSE_MARKS = frozenset({"when", "as"})


def cause_of_toll(verb: Token) -> bool:
    """"More than 40 people were killed when a bomb exploded at a market": the act a passive toll's when-clause
    tells is the act that took those lives (the caller has checked it is of the toll's category), one event."""
    host = verb.head
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in _CAUSE_MARKS and c.i < verb.i for c in children_of(verb))
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(host))
    return verb.dep_ == "advcl" and marked and host.lemma_.lower() in _TOLL_PASSIVES \
        and (passive or elided_passive_toll(host))
