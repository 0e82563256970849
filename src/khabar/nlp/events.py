"""Component ``khabar_events_v1``: turn triggers into event mentions with their arguments.

For each trigger, in document order: who (``arguments`` + ``mentions``), when (``dates``, or the event
a phrase like "in the recent raid" points back to), how many (``quantities``), how sure
(``factuality``) and where (``geo``). Mentions of one event share a link; generic statements ("rocket attacks have
long been a feature of ...": ``generic``) are not events and are dropped, and so are acts dated over a year before
publication that the text tells as background to its news ("Santos, who signed a peace deal in 2016").
Of one doer's uses of force on one occasion, the graver ranks first ("arrested and tortured": ``gravity``).
Stating an intention ("Iran will send aid") is an event of its own (``intents``), and so is the accusation a party's
report of another's use of force implies (``accusations``), and the protest that force against protesters
implies (``protests``). Police sent into another state, or promised, are aid to it (``peacekeeping``), and
exercises held by parties of several countries are cooperation (``joint_exercises``). A simple present telling a
recurrence ("police patrol the market at night") states a habit (``recurrence``): no event. A
non-violent act between private parties ("the singer lauded her fans": ``relevance``) is no political event, nor is
an act whose claim is denied ("No group claimed the attack": ``unclaimed``); a perfect summing many acts ("have killed
thousands in recent years": ``generic.summed_toll``) is kept as background, with no size.

Each trigger that gives no mention leaves a ``Dropped`` record with its reason (``drops``) in ``doc._.dropped``, so
an evaluation can tell why a sentence has no event; it changes nothing in ``doc._.events``.

This module holds the component and its main flow; each step's idea has a module of its own: triggers another
trigger stands for (``covering``), modes told beside the trigger (``modes``), the event a clause is anchored to
(``anchors``), the mention's date (``event_dates``), old acts told as background (``history``), standings told by a
participle (``standings``), the parties (``parties``), retellings (``retellings``), arrests that are abductions
(``abductions``), the demands a protest is staged for (``claims``), captives a raid frees (``rescues``), how a
clause stands to the news (``clause_roles``) and the confidence score (``confidence``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..actors import ActorKB, default_kb
from ..model import Actor, Place, Size
from .abductions import as_abduction
from .accusations import implied_accusations
from .anchors import SHIFTING_PREPS, anchor_phrase, anchored_event, latest_of, same_event
from .arguments import find_arguments
from .claims import protest_claims
from .clause_roles import adjunct, background
from .confidence import confidence
from .coreference import link_coreferent
from .covering import covered_by_verbs, own_purpose, told_by
from .dates import DateValue
from .drops import COVERED, GENERIC, HISTORY, NO_PARTIES, PRIVATE, REFERS_BACK, SPORT, STATUS, Dropped, no_parties
from .event_dates import host_date, mention_date
from .event_places import event_place
from .factuality import factuality_of
from .generic import generic, summed_toll
from .gravity import graver_acts_first
from .history import is_history, told_as_background
from .intents import stated_intents
from .joint_exercises import as_joint_exercise
from .lexicon import Lexicon, load_lexicon
from .mentions import MentionResolver
from .modes import with_attacker_modes, with_subject_modes
from .event_parties import addressed, custodian, resolve_parties, with_gathered
from .peacekeeping import as_peacekeeping
from .protests import crowd_against_force, implied_protests
from .quantities import size_for_trigger
from .recurrence import campaign_course, recurring_present, standing_campaign, standing_presence
from .relevance import private_affair
from .rescues import rescues_by_force
from .retellings import link_retellings, refers_back, retells, targets_agree
from .retold import parties_agree
from .sport import sport_not_politics
from .standings import tells_a_standing
from .triggers import TriggerMatch
from .unclaimed import unclaimed_act


@dataclass(frozen=True, slots=True)
class EventMention:
    trigger: TriggerMatch
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    date: DateValue | None
    size: Size
    factuality: str
    place: Place | None
    link_to: int | None  # index (in doc._.events) of another mention of the same event
    confidence: float
    retelling: bool = False  # undated, with a definite object: a retelling of an event reported elsewhere
    coreferent: bool = False  # linked by coreference: its record keeps the parties of the mention it retells
    timed: bool = False  # told as after or before another event ("days after the raid"): an occasion of its own


class EventAssembler:
    def __init__(self, lexicon: Lexicon, kb: ActorKB):
        self.lexicon = lexicon
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        resolver = MentionResolver(self.kb, date=published, country=_focus_country(doc))
        mentions: list[EventMention] = []
        dropped: list[Dropped] = []
        triggers = doc._.triggers or []
        covered = covered_by_verbs(doc, triggers)
        triggers = with_attacker_modes(doc, with_subject_modes(doc, triggers, covered))
        index_of: dict[int, int] = {}  # trigger head -> index of its mention
        for trig in triggers:
            if trig.head in covered and (trig.nominal or doc[trig.head].dep_ == "pobj"):  # or a gerund object
                dropped.append(Dropped(trig, COVERED))  # "One such attack killed ...": the verb tells this event
                continue
            mention = self._mention(doc, trig, resolver, mentions, published=published)
            if isinstance(mention, Dropped):
                dropped.append(mention)
                continue
            parent = index_of.get(told_by(doc[trig.head]).i) if trig.head in covered else None
            if parent is not None:  # "raided a house and detained 14": one event, told by two verbs
                mention = replace(mention, link_to=parent, date=mention.date or mentions[parent].date)
                if own_purpose(doc[trig.head]):  # "deployed the army to help flood victims": the help is the deploying
                    mention = replace(mention, factuality=mentions[parent].factuality)
            index_of[trig.head] = len(mentions)
            mentions.append(mention)
        mentions = rescues_by_force(doc, protest_claims(doc, graver_acts_first(doc, mentions)))
        mentions.extend(stated_intents(doc, mentions, resolver))
        mentions.extend(implied_accusations(doc, mentions, resolver))
        mentions.extend(implied_protests(doc, mentions))
        mentions = [crowd_against_force(doc, m) for m in mentions]
        doc._.events = link_coreferent(doc, link_retellings(doc, mentions))
        doc._.dropped = dropped
        return doc

    def _mention(self, doc: Doc, trig: TriggerMatch, resolver: MentionResolver, earlier: list[EventMention], *,
                 published: dt.date | None) -> EventMention | Dropped:
        # ``published`` is read once per doc by the caller: each ``doc._`` read builds an ``Underscore`` (some µs)
        if trig.nominal and (refers_back(doc, trig, earlier) or unclaimed_act(doc, trig)):
            return Dropped(trig, REFERS_BACK)
        args = with_gathered(doc, trig, find_arguments(doc, trig))
        anchor_index = anchored_event(doc, trig, earlier, self.lexicon)
        date = mention_date(doc, trig, earlier, anchor_index, lexicon=self.lexicon)
        if is_history(date or host_date(doc, trig), published) and told_as_background(doc, trig):
            return Dropped(trig, HISTORY)  # the article's background, not its news
        if (date is None and (generic(doc, trig, args) or standing_presence(doc[trig.governor]))) \
                or recurring_present(doc[trig.governor]) or standing_campaign(doc[trig.governor]) \
                or campaign_course(_clause_of(doc, trig), published):
            return Dropped(trig, GENERIC)  # a kind of event: nothing to code
        if no_parties(doc, trig, args, date):
            return Dropped(trig, NO_PARTIES)  # no one doing it to no one: nothing to code
        if tells_a_standing(doc, trig, args, date):
            return Dropped(trig, STATUS)
        # resolved once the trigger is kept: resolving is the costliest step, and a dropped trigger's parties
        # are found again, as earlier parties, by the mentions that need them
        actors = resolve_parties(doc, args.actors or custodian(doc, trig), resolver, earlier, lexicon=self.lexicon)
        recipients = resolve_parties(doc, addressed(doc, trig, args.recipients), resolver, earlier,
                                     lexicon=self.lexicon)
        if sport_not_politics(doc[trig.head], trig.entry.event, actors + recipients):
            return Dropped(trig, SPORT)
        if private_affair(doc, trig, args, actors, recipients):
            return Dropped(trig, PRIVATE)
        anchored = anchor_phrase(doc, trig, self.lexicon)
        link_to = anchor_index if anchored is not None and anchor_index is not None and same_event(
            doc, trig, earlier[anchor_index], anchored[1]) else None
        timed = anchored is not None and anchored[1].lower_ in SHIFTING_PREPS
        retelling = date is None and link_to is None and not timed and retells(doc, trig)
        if retelling:
            link_to = latest_of(trig.entry.event, earlier)
            if link_to is not None and not (parties_agree(actors, earlier[link_to].actor)
                                            and targets_agree(doc, trig, recipients, earlier, link_to)):
                # "soldiers dispersed the crowd" retells nothing gunmen did; "jets had struck the SPLM-N positions"
                # retells no drone hitting a clinic
                link_to, retelling = None, False
            date = earlier[link_to].date if link_to is not None else None
        if link_to is not None and not actors:
            actors = earlier[link_to].actor
        trig = as_peacekeeping(doc, as_abduction(doc, trig, actors), actors, recipients)
        trig = as_joint_exercise(doc, trig, actors, lexicon=self.lexicon)
        head = doc[trig.head]
        clause = doc[trig.governor]
        total = date is None and summed_toll(clause)  # "have killed thousands in recent years": background, no toll
        return EventMention(
            trigger=trig, actor=actors, recipient=recipients, date=date,
            size=Size() if total else size_for_trigger(head, trig.entry.event), factuality=factuality_of(clause),
            place=event_place(doc, trig, anchor_head=earlier[link_to].trigger.head if link_to is not None else None),
            link_to=link_to,
            confidence=confidence(trig, actors, recipients, date, background=total or background(clause),
                                  adjunct=adjunct(clause)),
            retelling=retelling, timed=timed,
        )


def _clause_of(doc: Doc, trig: TriggerMatch) -> Token:
    """The clause that tells of the trigger: its governor, or the verb an event noun is the subject of ("fighting
    has intensified")."""
    clause = doc[trig.governor]
    return clause.head if clause.dep_ in ("nsubj", "csubj") and clause.head.pos_ == "VERB" else clause


def _focus_country(doc: Doc) -> str | None:
    focus = getattr(doc._, "geo_focus", None) if Doc.has_extension("geo_focus") else None
    return focus[0] if focus else None


@Language.factory("khabar_events_v1", requires=["doc._.triggers", "doc._.dates", "doc._.places"],
                  assigns=["doc._.events", "doc._.dropped"])
def make_events(nlp: Language, name: str) -> EventAssembler:
    for ext in ("events", "dropped", "published", "doc_id"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return EventAssembler(load_lexicon(), default_kb())
