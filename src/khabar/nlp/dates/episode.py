"""The day of the episode a later paragraph goes on telling.

Wire copy tells one episode over several paragraphs, with background and quotes between them: "Police fired
tear gas at protesters in Nairobi and Kisumu on Tuesday. ... Police arrested 120 people in Nairobi, the
ministry said late on Tuesday. Several people were injured in Kisumu, a witness said." The neighbour rules
(``neighbours.py``) look one sentence back; here an undated simple past looks back over the sentences that
move the story to no other time, to the nearest sentence whose events have one day, and takes that day when
it goes on telling that episode:
- its subject or another definite noun takes up a word of the episode ("the fighting", "the attackers"),
- or its subject is "other" victims ("Three other workers were wounded"),
- or it names a place the episode named ("injured in Kisumu"),
and it names no place the episode did not (a new place is a new event: "Militants attacked a checkpoint in
Kunar"). A sentence with a time of its own, a perfect or "since" (background: "In 2019, ...", "have been
killed since the coup") ends the look back: the story has moved to another time.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

import numpy
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from ..sentences import Bounds, bounds_at
from ..syntax import children_of
from ..text import span_text
from .clauses import _sentence_mentions
from .index import _memo, kept_in_index
from .neighbours import (_DEFINITE, _at_another_time, _date_of_mention, _of_kind_any, _sentence_before, _tells_on,
                         continues_episode, dates_an_event, definite_subject)
from .values import DateValue

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_BACKGROUND = frozenset({"since", "previously", "earlier", "ago", "last"})


def episode_date(trigger, doc: Doc) -> DateValue | None:
    """The day of the episode the trigger's undated simple-past clause goes on telling, or None."""
    found = _episode_of(trigger, doc)
    return found[1] if found is not None else None


def episode_start(trigger, doc: Doc) -> int | None:
    """The start of the sentence that gave the day of the episode the trigger's clause goes on telling: the
    place of that sentence's events is this one's too (``event_places.py``)."""
    found = _episode_of(trigger, doc)
    return found[0].start if found is not None else None


def goes_on_from(trigger, doc: Doc, start: int) -> bool:
    """Whether the trigger's clause goes on telling the episode of the sentence at ``start`` (the lead, whose place
    a later paragraph carries, ``event_places.py``): a simple past at no other time, whose sentence gives no day
    but the episode's, with no sentence between moving the story to another time."""
    verb = doc[trigger.governor]
    if not _tells_on(trigger, doc) or _at_another_time(verb):
        return False
    sent = bounds_at(doc, trigger.head)
    own = _one_time(sent, doc)
    if own is not None:
        return own == _one_time(bounds_at(doc, start), doc)
    if _background(sent, doc):
        return False
    previous = _sentence_before(sent, doc)
    while previous is not None and previous.start > start:
        if _moves_time(previous, doc):
            return False
        previous = _sentence_before(previous, doc)
    return True


def _episode_of(trigger, doc: Doc) -> tuple[Span, DateValue] | None:
    """Asked for the trigger's date and again for its place: found once (it reads the trigger's head, governor and
    category only)."""
    key = ("episode", trigger.head, trigger.governor, trigger.entry.event)
    return _memo(doc, key, lambda: _find_episode(trigger, doc))


def _find_episode(trigger, doc: Doc) -> tuple[Span, DateValue] | None:
    verb = doc[trigger.governor]
    if not _tells_on(trigger, doc) or _at_another_time(verb):
        return None
    sent = bounds_at(doc, trigger.head)
    found = _episode_before(sent, doc)
    return found if found is not None and _goes_on(trigger, sent, found[0], doc) else None


# Every trigger of a sentence looks back over the same sentences: the answer is kept per sentence (the span it gives
# is only read).
@kept_in_index("episode before", key=attrgetter("start"))
def _episode_before(sent: Bounds, doc: Doc) -> tuple[Span, DateValue] | None:
    """The span from the nearest sentence with one day of events to the sentence before ``sent``, and that day;
    None when a sentence between moves the story to another time."""
    previous = _sentence_before(sent, doc)
    while previous is not None:
        value = _one_day(previous, doc)
        if value is not None:
            return doc[previous.start:sent.start], value
        if _moves_time(previous, doc):
            return None
        previous = _sentence_before(previous, doc)
    return None


def one_day_before(sent: Bounds, doc: Doc) -> DateValue | None:
    """The one day of the episode told before the sentence, if no sentence between moves to another time."""
    found = _episode_before(sent, doc)
    return found[1] if found is not None else None


def _one_day(sent: Bounds, doc: Doc) -> DateValue | None:
    """The one day of the sentence's events (a month or a year is no episode's day: "In late October, ...")."""
    value = _one_time(sent, doc)
    return value if value is not None and value.precision == "day" else None


@kept_in_index("episode time", key=attrgetter("start"))
def _one_time(sent: Bounds, doc: Doc) -> DateValue | None:
    """The one time, of any precision, of the sentence's events, those of relative clauses about a party aside."""
    told = [t for t in _of_kind_any(sent, doc) if not _describes_a_party(doc[t.governor])]
    values = {v for v in (_date_of_mention(t, doc) for t in told) if v}
    return values.pop() if len(values) == 1 else None


def _describes_a_party(verb: Token) -> bool:
    """"their leader, who was sentenced last Tuesday": a relative clause tells about a party, not the episode."""
    return verb.dep_ == "relcl"


@kept_in_index("moves time", key=attrgetter("start"))  # asked of each sentence by every later trigger's look back
def _moves_time(sent: Bounds, doc: Doc) -> bool:
    """A date on an event (not on a saying), a perfect, or "since", "earlier": background at another time."""
    if any(m.start >= sent.start and dates_an_event(doc, m) for m in _sentence_mentions(sent, doc)):
        return True
    return _background(sent, doc)


def _background(sent: Bounds, doc: Doc) -> bool:
    """"since", "earlier", a perfect: the sentence sums up or looks back."""
    return any(t.lower_ in _BACKGROUND or (t.lemma_ == "have" and t.dep_ == "aux") for t in doc[sent.start:sent.end])


def _goes_on(trigger, sent: Bounds, episode: Span, doc: Doc) -> bool:
    clause = doc[sent.start:sent.end]
    if _new_place(clause, episode):
        return False
    verb = doc[trigger.governor]
    return (definite_subject(trigger, doc) or continues_episode(verb, episode) or _takes_up_word(clause, episode)
            or _takes_up_crowd(clause, episode) or _other_victims(verb) or _names_its_place(clause, episode))


def _places(span: Span) -> frozenset[str]:
    return _memo(span.doc, ("episode places", span.start, span.end), lambda: frozenset(
        text for start, end, label, text in _entities_within(span) if label in _PLACE_TYPES))


def _names(span: Span) -> frozenset[str]:
    """The episode's names of any kind: the tagger may call a town it names an organisation ("Kisumu")."""
    return _memo(span.doc, ("episode names", span.start, span.end), lambda: frozenset(
        {entity[3] for entity in _entities_within(span)} | set(_within(_proper_nouns(span.doc), span))))


def _entities_within(span: Span) -> list[tuple[int, int, str, str]]:
    """``span.ents`` as (start, end, label, lower-cased text): those wholly inside the span."""
    entities = _entities(span.doc)
    # entities never overlap, so they come sorted by start and by end alike: those inside are one run
    first = bisect_left(entities, span.start, key=_start_of)
    last = bisect_right(entities, span.end, lo=first, key=_end_of)
    return entities[first:last]


def _start_of(entity: tuple) -> int:
    return entity[0]


def _end_of(entity: tuple) -> int:
    return entity[1]


def _entities(doc: Doc) -> list[tuple[int, int, str, str]]:
    """The doc's entities, read once per doc: every ``doc.ents`` (and so every ``Span.ents``) makes every entity's
    span again. Safe to keep: no component changes the entities after NER."""
    return _memo(doc, ("episode entities",), lambda: [
        (ent.start, ent.end, ent.label_, span_text(ent).lower()) for ent in doc.ents])


def _proper_nouns(doc: Doc) -> tuple[list[int], list[str]]:
    """Where the doc's proper nouns stand and their lower-cased forms, read off the POS and LOWER columns once (a
    ``Token`` made for every word of every episode cost more). Safe to keep: the words' parts of speech are final
    after the triggers component's repairs, and the episode rules run after it."""
    def compute():
        table = doc.to_array([POS, LOWER])
        rows = numpy.flatnonzero(table[:, 0] == PROPN)
        return rows.tolist(), [doc.vocab.strings[lower] for lower in table[rows, 1].tolist()]
    return _memo(doc, ("episode proper nouns",), compute)


def _within(found: tuple[list[int], list[str]], span: Span) -> list[str]:
    """The words of ``found`` (positions, forms) that stand inside the span."""
    positions, forms = found
    return forms[bisect_left(positions, span.start):bisect_left(positions, span.end)]


def _new_place(clause: Span, episode: Span) -> bool:
    return bool(_places(clause) - _names(episode))


def _names_its_place(clause: Span, episode: Span) -> bool:
    return bool(_places(clause) & _names(episode))


def _takes_up_word(clause: Span, episode: Span) -> bool:
    """"in the fighting", "the attackers": a definite noun of the clause names a word of the episode."""
    words = {t.lemma_ for t in episode} | {t.lower_ for t in episode}
    return any(t.pos_ == "NOUN" and (t.lemma_ in words or t.lower_ in words)
               and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(t)) for t in clause)


# A gathering and the words that take it up again: "The protesters had gathered ... Police dispersed the crowd".
_GATHERING = frozenset({"crowd", "protester", "demonstrator", "marcher", "rally", "protest", "demonstration", "march",
                        "gathering", "gather", "sit-in", "mob", "rioter", "demonstrate"})


def _takes_up_crowd(clause: Span, episode: Span) -> bool:
    """"the crowd", "the demonstrators": a definite noun naming the gathering the episode told, in other words."""
    if not any(t.lemma_.lower() in _GATHERING for t in episode):
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _GATHERING
               and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(t)) for t in clause)


def _other_victims(verb: Token) -> bool:
    """"Three other workers were wounded": more of the victims already told."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(a.lower_ == "other" for a in children_of(c))
               for c in children_of(verb))
