"""Dates from the neighbouring sentence.

News style often gives an event's day in the sentence before or after the one that tells it:
"Police said on Thursday that a bomb had been planted at the gate. The blast on Wednesday wounded
four officers." A trigger whose own sentence has no time of its own (a reporting verb's date does
not count: it is when someone spoke) takes the day that the same paragraph gives the same event:
- forward: the next sentence takes the event up again with a definite noun of the same kind that
  carries a date ("The blast on Wednesday", "Wednesday's attack");
- backward: the previous sentence tells an event of the same kind with one date, and this clause
  does not place itself at another time ("had", "earlier", "since" ...), unless its subject is a
  definite noun of the same kind ("The attack, the worst in a year, killed ...").
The value is the neighbour's own, with its precision: the text states it for this very event. A
month or year of the trigger's own ("the deadliest this year") is refined by a neighbour's day
that falls inside it, never replaced by one outside it.
- continuation: with no event of its kind before, a simple past whose subject takes up a party of
  the previous sentence ("They arrested 14 men", "The militants then ...") shares that sentence's one
  day: the text goes on telling one episode.
- across a paragraph break (wire copy gives most sentences a paragraph of their own), only for a trigger with
  no time of its own, in a simple past, that takes up the event or a party of the sentence before ("The blast
  struck ...", "when they were attacked"); a month or year of its own is refined only within its paragraph.
"""
from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from ..sentences import Bounds, bounds_at, next_in_paragraph, previous_in_paragraph, same_paragraph
from ..syntax import children_of
from .clauses import _sentence_date, _sentence_mentions, mention_root, saying_of
from .index import _memo, _trigger_at, kept_in_index
from .reported import dates_an_act
from .values import DateValue


_OTHER_TIME = frozenset({"earlier", "previously", "before", "later", "since", "ago", "again", "already", "once",
                         "separately",
                         "formerly", "recently", "afterwards", "subsequently", "meanwhile"})
_DEFINITE = frozenset({"the", "this", "that"})
# An own date this coarse ("the deadliest this year", "in March") is refined by a neighbour's day inside it.
_REFINABLE = frozenset({"month", "year"})


def _neighbour_date(token: Token, doc: Doc, *, across: bool = False) -> DateValue | None:
    """``across``: the neighbour may stand beyond a paragraph break (for a trigger with no time of its own:
    a month or year of its own is refined only within its paragraph, "dozens of bombings this year")."""
    trigger = _trigger_at(token, doc)
    if trigger is None or not _without_own_time(bounds_at(doc, token.i), doc):
        return None
    return _forward_date(trigger, doc, across) or _backward_date(trigger, doc, across)


def _triggers(doc: Doc) -> list:
    return (doc._.triggers or []) if Doc.has_extension("triggers") else []


@kept_in_index("quiet", key=attrgetter("start"))
def _without_own_time(sent: Bounds, doc: Doc) -> bool:
    """No day, week or range in the sentence, except the dates of reporting verbs ("said on Thursday")."""
    return not any(m.start >= sent.start and m.value.precision not in _REFINABLE and dates_an_event(doc, m)
                   for m in _sentence_mentions(sent, doc))


def dates_an_event(doc: Doc, mention) -> bool:
    """The mention dates an act, not a saying ("said on Monday they had arrested": the saying's)."""
    return saying_of(doc, mention) is None and dates_an_act(mention_root(doc, mention))


def _same_kind(sent: Bounds, event: str, doc: Doc) -> list | tuple:
    """The sentence's triggers of the kind, in the doc's order (only read)."""
    return _by_kind(sent, doc).get(event, ())


@kept_in_index("kinds", key=attrgetter("start"))  # sorted once per sentence, not searched per kind and trigger
def _by_kind(sent: Bounds, doc: Doc) -> dict[str, list]:
    found: dict[str, list] = {}
    for trigger in _of_kind_any(sent, doc):
        found.setdefault(trigger.entry.event, []).append(trigger)
    return found


def _by_sentence(doc: Doc) -> dict[int, list]:
    """The doc's triggers by the start of the sentence holding their head, in the doc's order."""
    out: dict[int, list] = {}
    for trigger in _triggers(doc):
        out.setdefault(bounds_at(doc, trigger.head).start, []).append(trigger)
    return out


def _forward_date(trigger, doc: Doc, across: bool) -> DateValue | None:
    sent = bounds_at(doc, trigger.head)
    following = _next_sentence(sent, doc, across and _tells_on(trigger, doc))
    if following is None or _same_kind(sent, trigger.entry.event, doc)[-1] is not trigger:
        return None  # a later event of the same kind in this sentence is nearer to the next one
    taken_up = _same_kind(following, trigger.entry.event, doc)
    if not taken_up or not _is_definite_mention(doc[taken_up[0].head]):
        return None
    return _date_of_mention(taken_up[0], doc)


def _backward_date(trigger, doc: Doc, across: bool) -> DateValue | None:
    sent = bounds_at(doc, trigger.head)
    previous = _previous_sentence(sent, doc, across and _tells_on(trigger, doc))
    if previous is None or (_at_another_time(doc[trigger.governor]) and not definite_subject(trigger, doc)):
        return None
    if not same_paragraph(doc, previous, sent) and not _takes_up(trigger, previous, doc):
        return None  # "Militants attacked a checkpoint in Kunar" after a paragraph break: another attack
    values = {v for v in (_date_of_mention(t, doc) for t in _same_kind(previous, trigger.entry.event, doc)) if v}
    if not values and (continues_episode(doc[trigger.governor], doc[previous.start:previous.end])
                       or _toll_after(trigger, previous, sent, doc)):
        values = {v for v in (_date_of_mention(t, doc) for t in _of_kind_any(previous, doc)) if v}
    return values.pop() if len(values) == 1 else None


def _toll_after(trigger, previous: Bounds, sent: Bounds, doc: Doc) -> bool:
    """"Pensioners marched on Congress last Wednesday. At least 20 people were injured and 11 were arrested.": in
    one paragraph, a toll (a simple past of violence done to people it counts) goes on with the day of the
    sentence before ("Police arrested a journalist." may be another event)."""
    return (trigger.entry.event in _DONE_TO_PEOPLE and same_paragraph(doc, previous, sent)
            and _tells_on(trigger, doc) and _counts_its_victims(doc[trigger.governor]))


def _counts_its_victims(verb: Token) -> bool:
    """"At least 20 people were injured", "11 were arrested", "detained 30 students": a number of victims."""
    victims = [c for c in children_of(verb) if c.dep_ in ("nsubjpass", "dobj")]
    return any(v.like_num or any(c.dep_ == "nummod" for c in children_of(v)) for v in victims)


_DONE_TO_PEOPLE = frozenset({"ASSAULT", "COERCE"})


def _takes_up(trigger, previous: Bounds, doc: Doc) -> bool:
    """"The blast struck ...", "They were attacked ...": the clause takes up the event or a party of the sentence
    before (needed across a paragraph break, where a new paragraph may as well begin another event)."""
    return definite_subject(trigger, doc) or continues_episode(doc[trigger.governor], doc[previous.start:previous.end])


def _of_kind_any(sent: Bounds, doc: Doc) -> list:
    """The triggers of the sentence (the doc's triggers grouped by sentence once, not searched for each)."""
    return list(_memo(doc, ("by sentence",), lambda: _by_sentence(doc)).get(sent.start, ()))


_CONTINUING_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


def continues_episode(verb: Token, previous: Span) -> bool:
    """"Police raided the camp on Friday. They arrested 14 men.": a simple past whose subject takes up a
    party of the sentence before (a pronoun, or a noun named there) goes on telling the same episode, so
    it shares that episode's one day even when its event is of another kind."""
    if verb.tag_ != "VBD" and not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in children_of(verb)):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in _CONTINUING_PRONOUNS:
        return True
    definite = subject.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(subject))
    lemma = subject.lemma  # the lemmas' ids, equal as their strings are: no string-store lookup per word
    return definite and any(t.lemma == lemma and t.pos_ in ("NOUN", "PROPN") for t in previous)


def _date_of_mention(trigger, doc: Doc) -> DateValue | None:
    """A trigger's date within its own sentence, looked up as the coder does: its noun or clause, then
    the verb an event noun depends on ("The attack killed three on Wednesday")."""
    head = doc[trigger.head]
    value = _sentence_date(head, doc) or _sentence_date(doc[trigger.governor], doc)
    if value is None and trigger.nominal and head.head.pos_ == "VERB":
        value = _sentence_date(head.head, doc)
    return value


def _is_definite_mention(noun: Token) -> bool:
    """"the attack", "this raid", "Wednesday's strike": a noun taking up an event already told."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               for c in children_of(noun))


def definite_subject(trigger, doc: Doc) -> bool:
    """"The attack ... killed a contractor": the clause's subject is a definite event noun of its kind."""
    clause = doc[trigger.governor]
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    kinds = {t.head for t in _triggers(doc) if t.entry.event == trigger.entry.event}
    return any(s.i in kinds and _is_definite_mention(s) for s in subjects) or _is_definite_mention(doc[trigger.head])


def _at_another_time(verb: Token) -> bool:
    """"had been fired", "earlier fired", "fired again": the clause is not at the time of its neighbour."""
    return any((c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD") or c.lower_ in _OTHER_TIME
               for c in children_of(verb))


def _next_sentence(sent: Bounds, doc: Doc, across: bool = False) -> Bounds | None:
    within = _next_within(sent, doc)
    return within or (_sentence_after(sent, doc) if across else None)


def _previous_sentence(sent: Bounds, doc: Doc, across: bool = False) -> Bounds | None:
    within = _previous_within(sent, doc)
    return within or (_previous_wire_paragraph(sent, doc) if across else None)


@kept_in_index("next", key=attrgetter("start"))
def _next_within(sent: Bounds, doc: Doc) -> Bounds | None:
    return next_in_paragraph(doc, sent)


@kept_in_index("previous", key=attrgetter("start"))
def _previous_within(sent: Bounds, doc: Doc) -> Bounds | None:
    return previous_in_paragraph(doc, sent)


def _tells_on(trigger, doc: Doc) -> bool:
    """Only a simple past goes on telling beyond a paragraph break ("The blast struck", "were attacked"):
    "has carried out dozens of bombings" sums up, "would be" looks ahead."""
    verb = doc[trigger.governor]
    return verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in children_of(verb))


def _previous_wire_paragraph(sent: Bounds, doc: Doc) -> Bounds | None:
    """Wire copy breaks a paragraph after every sentence or two, so the sentence that opens a paragraph
    goes on from the one that closed the paragraph before as it would within one ("... killing 35
    people.\n\nThe blast struck near the junction ..."): the rules above still ask that it takes up
    that sentence's event or party."""
    return _sentence_before(sent, doc)


def _sentence_before(sent: Bounds, doc: Doc) -> Bounds | None:
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return bounds_at(doc, i) if i >= 0 else None


def _sentence_after(sent: Bounds, doc: Doc) -> Bounds | None:
    i = sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return bounds_at(doc, i) if i < len(doc) else None
