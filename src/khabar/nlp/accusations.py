"""Accusations a report implies: "Pakistan said Indian troops killed three civilians in Kashmir".

CAMEO 112 "accuse" covers charging, alleging or blaming, and 1123 "accuse of aggression" (1122 "of human
rights abuses") names the commonest kind: one party stating that another party used force against someone.
The reported act stays an event, told by the speaker; ``implied_accusations`` adds the asserted ACCUSE of
stating it, by the speaker against the doer, when

- the act is an asserted ASSAULT or COERCE told by a verb in a clause a stating verb governs ("said",
  "claimed", "told reporters");
- the speaker and the doer are both named parties (a state, an organisation, a person, a nationality: "Indian
  troops", not "gunmen"), on different sides (not the same party or country: "the army said it killed 12
  militants", "the Pentagon said U.S. jets struck ..." are claims of one's own acts);
- the speaker is not the press or the public reporting what they saw;
- the stating verb is no trigger already ("charged that ...", "said Syria was responsible ..." tell it);
- the statement is no sourcing: a monitor, a rights group, the police or a court named after the report ("Police
  shot dead three protesters, rights group Amnesty Kenya said") is where the news comes from, not a party charging
  another ("Amnesty said police had shot dead three protesters" leads with the speaker and does charge them).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor, Size
from .arguments import group_owner
from .dates import date_for_trigger
from .factuality import factuality_of
from .lexicon import LexEntry
from .mentions import MentionResolver
from .syntax import children_of
from .triggers import TriggerMatch

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention

# The reported act's category -> the CAMEO code of accusing someone of it.
_ALLEGED_ACTS = {"ASSAULT": "1123", "COERCE": "1122"}
# Verbs that state a fact; not "announce", "confirm" or "report", which tell one's own or others' news.
_STATING = frozenset({"say", "claim", "tell", "state", "add", "insist", "assert", "maintain", "contend", "argue",
                      "stress", "affirm"})
# Sectors that report what they see rather than accuse: the press and the public.
_OBSERVERS = frozenset({"MED", "CVL"})
# Sectors that, named after the report, source it: monitors, rights groups, the police, courts, hospitals.
_SOURCES = frozenset({"NGO", "IGO", "COP", "JUD", "HLH", "EDU"})
# Those whose words are a body's: they are no party apart from it.
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_UNNAMED_ARMED = "UAF"  # "gunmen", "armed men": an unnamed armed group, whatever country the article gives it
_CONFIDENCE_PENALTY = 0.1  # read off the report, one inference more than a verb of accusing
_RANK_STEP = 0.05  # enough to rank a dated statement above the undated act it reports
# Adverbs by which the speaker judges the act it reports wrong: "said the army had arbitrarily detained thousands"
# tells an accusation, not news of the detentions.
_JUDGING_ADVERBS = frozenset({"arbitrarily", "illegally", "unlawfully", "brutally", "indiscriminately", "deliberately",
                              "systematically", "wrongfully", "unjustly", "forcibly", "wantonly", "recklessly",
                              "ruthlessly", "viciously", "savagely", "cruelly", "needlessly", "senselessly"})


def implied_accusations(doc: Doc, mentions: list[EventMention], resolver: MentionResolver) -> list[EventMention]:
    """The accusations the reports of force among ``mentions`` imply, one per stating verb."""
    triggered = {t.head for t in doc._.triggers or []}
    out: list[EventMention] = []
    stated: set[int] = set()
    for mention in mentions:
        verb = _stating_verb(doc, mention)
        if verb is None or verb.i in triggered or verb.i in stated:
            continue
        speaker = _speaker(verb, resolver)
        if speaker is None or not _named(speaker) or not _accuses(speaker, mention.actor):
            continue
        if _voice_of_unknown_body(verb, speaker):
            continue
        if _sourcing(doc[mention.trigger.governor], verb, speaker):
            continue
        if not all(_told_in(doc[mention.trigger.governor], d) for d in mention.actor):
            continue
        stated.add(verb.i)
        out.append(_accusation(doc, mention, verb, speaker))
    return out


def _stating_verb(doc: Doc, mention: EventMention) -> Token | None:
    """The stating verb whose "that" clause the asserted verbal act is, else None. An event noun a verb carries
    ("said Israeli agents carried out the attack") is told by that verb, as "attacked" would be."""
    bare_noun = mention.trigger.nominal and mention.trigger.governor == mention.trigger.head
    if bare_noun or mention.factuality != "asserted":
        return None
    if mention.trigger.entry.event not in _ALLEGED_ACTS:
        return None
    clause = doc[mention.trigger.governor]
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in _STATING:
        return None
    return head


def _speaker(verb: Token, resolver: MentionResolver) -> Actor | None:
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return resolver.resolve(subject) if subject is not None else None


def _voice_of_unknown_body(verb: Token, speaker: Actor) -> bool:
    """"..., a spokesman for the coalition said": a voice is the body it speaks for; where that body resolves to no
    party, the voice's reading (the article's government) is a guess, not a party one can say accuses anyone."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _VOICES:
        return False
    body = group_owner(subject)
    return body is not None and (speaker.span is None or speaker.span[1] <= body.idx)


def _named(actor: Actor) -> bool:
    """A party one can accuse or be accused by: known to the knowledge base, or of a stated country."""
    return bool(actor.id or actor.country) and actor.sector not in _OBSERVERS


def _sourcing(clause: Token, verb: Token, speaker: Actor) -> bool:
    """"..., rights group Amnesty Kenya said.": a monitor or the police named after the report they give."""
    return verb.i > clause.i and speaker.sector in _SOURCES


def _told_in(clause: Token, doer: Actor) -> bool:
    """"The Pentagon said the missiles were fired ...": a doer the statement leaves untold, filled in from elsewhere
    in the article or left unidentified, is no one the speaker accuses."""
    if doer.span is None:
        return False
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return start <= doer.span[0] and doer.span[1] <= end


def _accuses(speaker: Actor, doers: tuple[Actor, ...]) -> bool:
    """The doers are named parties (not unnamed gunmen of a country), none of them the speaker or of the speaker's
    country."""
    if not doers or not all(_named(d) and not (d.id is None and d.sector == _UNNAMED_ARMED) for d in doers):
        return False
    return not any(d.name == speaker.name or (d.country and d.country == speaker.country) for d in doers)


def _accusation(doc: Doc, act: EventMention, verb: Token, speaker: Actor) -> EventMention:
    """The asserted ACCUSE of stating ``act``: by the speaker, against the act's doers, dated by the statement."""
    entry = LexEntry(lemma=verb.lemma_.lower(), pos="VERB", event="ACCUSE", mode="allege",
                     cameo=_ALLEGED_ACTS[act.trigger.entry.event])
    date = date_for_trigger(verb, doc)
    return replace(act, trigger=TriggerMatch(verb.i, verb.i, entry, nominal=False), actor=(speaker,),
                   recipient=act.actor, date=date, size=Size(), factuality=factuality_of(verb),
                   link_to=None, retelling=False, confidence=_confidence(doc, act, date))


def _confidence(doc: Doc, act: EventMention, date) -> float:
    """Below the reported act, one inference further; above it when only the statement is dated ("Amnesty said on
    Monday that the authorities had tortured activists" is Monday's news of an accusation, the torture undated) or
    when the speaker judges the act as it tells it ("said the army had arbitrarily detained thousands")."""
    if (_known(date) and not _known(act.date)) or _judged(doc[act.trigger.governor]):
        return round(act.confidence + _RANK_STEP, 2)
    return round(act.confidence - _CONFIDENCE_PENALTY, 2)


def _judged(clause: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _JUDGING_ADVERBS for c in children_of(clause))


def _known(date) -> bool:
    return date is not None and date.precision != "unknown"

