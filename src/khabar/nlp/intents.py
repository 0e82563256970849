"""Stated intentions as events of their own: "Iran will send aid to Iraq" (AGREE), "Israel must withdraw,
the UN said" (REQUEST by the speaker).

The coder first reads such a clause as a future or prescriptive mention of the act itself ("send aid",
not asserted); ``stated_intents`` adds the asserted event of stating it, with the category the lexicon's
intent table gives for that act (``intent_of``), unless a trigger already tells it ("vowed to retaliate").

Saying that one will not act ("Iran will not attend the talks"), or did not agree ("the rebels did not accept
the plan"), is a refusal: the asserted REJECT of it, beside the negated act.

A threat is aimed at someone: a plan of force or pressure aimed at no party ("Ethiopia intends to deploy troops
along the border") is only the act to come, while one against a party ("plans to expel the French ambassador") or a
word given ("vowed to", "said it would") is a THREATEN.

A scheduled meeting ("the two leaders will meet on Tuesday") is therefore two events: the meeting itself,
a CONSULT whose factuality is ``future`` (dated to the next Tuesday), and the asserted AGREE of announcing
it (CAMEO 036 "express intent to meet", which PLOVER files under AGREE). Only the CONSULT, once it is
reported as held, counts as a meeting.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor, Size
from .factuality import TEXTS, inside_a_guess, speaker_of, stated_intent, stated_refusal
from .lexicon import LexEntry, intent_of
from .mentions import MentionResolver
from .triggers.threats import other_side
from .syntax import children_of
from .triggers.word_classes import names_a_party

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention

_INTENT_CONFIDENCE_PENALTY = 0.05  # one inference more than the act's own mention
_OWN_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def stated_intents(doc: Doc, mentions: list[EventMention], resolver: MentionResolver) -> list[EventMention]:
    """The events of stating an intention or a demand, one per future or prescriptive mention that has one."""
    triggered = {i for t in doc._.triggers or [] for i in (t.head, t.governor)}
    out = []
    for mention in mentions:
        clause = doc[mention.trigger.governor]
        kind = _kind(clause, mention)
        entry = intent_of(mention.trigger.entry, kind) if kind is not None else None
        if entry is None or any(a.i in triggered for a in clause.ancestors):
            continue
        if entry.event == "THREATEN" and not mention.recipient and (_only_a_plan(clause) or _only_ready(clause)):
            continue  # "Ethiopia intends to deploy troops along the border": a plan aimed at no one threatens no one
        out.append(_intent(doc, mention, entry, resolver))
    return out


def _kind(clause: Token, mention: EventMention) -> str | None:
    """What stating the mention's act is: "future" (an intention), "prescriptive" (a demand), "refusal"."""
    if mention.factuality == "negated":
        agreeing = mention.trigger.entry.event == "AGREE" and not mention.trigger.nominal and _to_an_offer(clause)
        return "refusal" if stated_refusal(clause, agreeing=agreeing) else None
    if _told_by_a_text(clause):
        return None
    if mention.factuality != "prescriptive" and not mention.actor:
        return None  # an intention is someone's: with no one to act, no one states it
    kind = stated_intent(clause) if mention.factuality in _STATABLE else None
    if kind == "prescriptive" and speaker_of(clause) is None:
        return None  # "It is time for the government to lift the siege": the writer's advice, no party's demand
    if kind == "future" and (_plan_told_by_another(clause) or _foreseen_by_another(clause)):
        return None
    if kind == "future" and inside_a_guess(clause):
        return None  # "We believe they intended to attack": the speaker's guess at another's plan, which no one states
    return kind if _states(kind, mention.factuality) else None


# Governors of an intention one can be seen to have, rather than only say: "preparing to fire", "plans to attack".
_OBSERVABLE_PLANS = frozenset({"prepare", "plan", "aim", "intend"})
_PLANNING = _OBSERVABLE_PLANS - {"prepare"}


def _only_a_plan(clause: Token) -> bool:
    """"Mali plans to expel the ambassador", "Ethiopia intends to deploy troops", "Turkey is preparing to launch an
    operation": a plan of force or pressure is an act to come (the act's own future mention), not a threat made to
    anyone. A threat gives its word: "vowed to expel" (a trigger of its own), "said it would strike"."""
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _PLANNING


# Words of readiness: "said his troops were ready to fight", "is prepared to use force".
_READINESS = frozenset({"ready", "prepared", "poised", "willing"})


def _only_ready(clause: Token) -> bool:
    """"The general said his troops were ready to fight": a readiness for force aimed at no party is a posture, not a
    threat made to anyone ("ready to fight the rebels" names whom it threatens)."""
    return clause.dep_ == "xcomp" and clause.head.lower_ in _READINESS


def _plan_told_by_another(clause: Token) -> bool:
    """"Officials said the group had been preparing to fire rockets": a plan another party reports is that party's
    claim about the doer, not an intention the doer stated ("the group said it was preparing to retaliate" is)."""
    governor = clause.head
    if clause.dep_ != "xcomp" or governor.lemma_.lower() not in _OBSERVABLE_PLANS or governor.dep_ != "ccomp":
        return False
    subject = next((c for c in children_of(governor) if c.dep_ == "nsubj"), None)
    return speaker_of(governor) is not None and subject is not None and subject.lower_ not in _OWN_PRONOUNS


def _foreseen_by_another(clause: Token) -> bool:
    """"Israel said Hezbollah would fire rockets if the war spread": what a speaker says a party of another country
    will do is the speaker's forecast, not an intention the doer stated ("the army said it would ...", "Moscow said
    Russian troops would ..." are the doer's own side speaking; a speaker or doer of no known country is taken to
    speak for the doer, as an official usually does)."""
    speaker = speaker_of(clause) if clause.dep_ == "ccomp" else None
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if speaker is None or subject is None or not names_a_party(subject):
        return False
    return other_side(subject, speaker)


def _told_by_a_text(clause: Token) -> bool:
    """"The bill would ban the sale of weapons": what a text provides is no party's stated intent or demand."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in TEXTS for c in children_of(clause))


def _to_an_offer(verb: Token) -> bool:
    """"did not accept the plan", "did not agree to the proposal", "did not agree to withdraw": agreeing to what
    another party offers; not "the two sides did not agree on a ceasefire", a failure to reach agreement."""
    return verb.lemma_.lower() == "accept" or any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in children_of(verb))


# "will send aid", "must withdraw", and "will retaliate if attacked" (a conditional reads as hypothetical)
_STATABLE = frozenset({"future", "prescriptive", "hypothetical"})


def _states(kind: str | None, factuality: str) -> bool:
    """The clause states an intent of the kind its factuality says, or a future on a condition."""
    return kind is not None and (kind == factuality or (kind, factuality) == ("future", "hypothetical"))


def _intent(doc: Doc, mention: EventMention, entry: LexEntry, resolver: MentionResolver) -> EventMention:
    """The stating event: asserted, undated, told by the act's own word with the intent's category."""
    own = mention.trigger.entry
    # "said it was ready to settle the dispute": an act that is already an agreement keeps its own code
    stated = own if own.event == entry.event else replace(entry, lemma=own.lemma, pos=own.pos)
    actor, recipient = mention.actor, mention.recipient
    speaker = speaker_of(doc[mention.trigger.governor])
    found = _speakers(speaker, resolver)
    if entry.event == "REQUEST":  # the one who must act is asked by whoever says so
        actor, recipient = found, mention.actor
    elif found and _said_by_the_doer(doc, mention):
        actor = found  # "Seoul said it would ...": Seoul states the intention, "it" only points back to it
    return replace(mention, trigger=replace(mention.trigger, entry=stated), actor=actor, recipient=recipient,
                   date=None, size=Size(), factuality="asserted", link_to=None, retelling=False,
                   confidence=round(mention.confidence - _INTENT_CONFIDENCE_PENALTY, 2))


def _speakers(speaker: Token | None, resolver: MentionResolver) -> tuple[Actor, ...]:
    """Every party that says it: "Egypt and Jordan said they would strike the camps" is said by both."""
    out: list[Actor] = []
    for token in (speaker, *speaker.conjuncts) if speaker is not None else ():
        found = resolver.resolve(token)
        if found is not None and all(found.name != a.name for a in out):
            out.append(found)
    return tuple(out)


# Possessives by which a speaker names its own side: "said its forces would", "said his agency would".
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _said_by_the_doer(doc: Doc, mention: EventMention) -> bool:
    """The act's doer is the speaker itself, told by a pronoun ("Seoul said it would", "Libya's rival governments
    said they would") or by a noun of its own ("said his agency would"): the subject of the reported clause or of a
    verb it hangs from below the saying ("said it was ready to work")."""
    clause = doc[mention.trigger.governor]
    speaker = speaker_of(clause)
    if speaker is None:
        return False
    for verb in (clause, *clause.ancestors):
        if verb == speaker.head:
            return False
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lower_ in _OWN_PRONOUNS or any(
                c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in children_of(subject))
    return False
