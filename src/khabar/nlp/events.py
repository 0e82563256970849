"""Component ``khabar_events_v1``: turn triggers into event mentions with their arguments.

For each trigger, in document order: who (``arguments`` + ``mentions``), when (``dates``, or the event
a phrase like "in the recent raid" points back to), how many (``quantities``), how sure
(``factuality``) and where (``geo``). Mentions of one event share a link; generic statements ("rocket attacks have
long been a feature of ...": ``generic``) are not events and are dropped, and so are acts dated over a year before
publication that the text tells as background to its news ("Santos, who signed a peace deal in 2016").
Of one doer's uses of force on one occasion, the graver ranks first ("arrested and tortured": ``gravity``).
Stating an intention ("Iran will send aid") is an event of its own (``intents``), and so is the accusation a party's
report of another's use of force implies (``accusations``), and the protest that force against protesters
implies (``protests``). Police sent into another state, or promised, are aid to it (``peacekeeping``). A simple
present telling a recurrence ("police patrol the market at night") states a habit (``recurrence``): no event. A
non-violent act between private parties ("the singer lauded her fans": ``relevance``) is no political event, nor is
an act whose claim is denied ("No group claimed the attack": ``unclaimed``); a perfect summing many acts ("have killed
thousands in recent years": ``generic.summed_toll``) is kept as background, with no size.

Each trigger that gives no mention leaves a ``Dropped`` record with its reason in ``doc._.dropped``, so an
evaluation can tell why a sentence has no event; it changes nothing in ``doc._.events``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..actors import ActorKB, default_kb
from ..model import Actor, Place, Size
from .accusations import implied_accusations
from .arguments import Arguments, find_arguments, is_passive
from .coreference import cause_of_toll, elided_passive_toll, link_coreferent, running_total
from .dates import DateValue, date_for_trigger
from .event_places import event_place
from .factuality import factuality_of
from .generic import generic, summed_toll
from .gravity import graver_acts_first
from .intents import stated_intents
from .lexicon import Lexicon, load_lexicon
from .mentions import MentionResolver
from .peacekeeping import as_peacekeeping
from .protests import crowd_against_force, implied_protests
from .quantities import parse_number, size_for_trigger
from .relevance import private_affair
from .recurrence import campaign_course, recurring_present, standing_campaign, standing_presence
from .retold import parties_agree
from .sport import sport_not_politics
from .triggers import TriggerMatch, match_entry, names_a_party
from .unclaimed import unclaimed_act
from .syntax import children_of, participial_host, same_doers_conj, to_infinitive

# "In the recent raid, ...", "After the raid, ...", "during the raid": the event a clause is anchored to.
_ANCHOR_PREPS = frozenset({"in", "after", "during", "following", "amid", "since", "before"})
_SAME_EVENT_PREPS = frozenset({"in", "during", "amid"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


# Why a trigger gave no event mention (``Dropped.reason``).
COVERED = "covered"  # another trigger of the clause tells the same event ("One such attack killed ...")
REFERS_BACK = "refers back"  # a definite event noun repeating an event told before ("the raid")
GENERIC = "generic"  # an undated statement about a kind of event, or a habit
NO_PARTIES = "no parties"  # undated, with no one doing it and no one it is done to
STATUS = "status"  # a participle describing a standing ("a man accused of fraud", "the prisoners held by Israel")
HISTORY = "history"  # dated over a year before publication: background ("fought a war in 1998")
SPORT = "sport"  # a match or a transfer between teams and players ("beat Chelsea 3-1")
PRIVATE = "private"  # a non-violent act between private parties ("the singer lauded her fans")
DROP_REASONS = (COVERED, REFERS_BACK, GENERIC, NO_PARTIES, STATUS, HISTORY, SPORT, PRIVATE)


@dataclass(frozen=True, slots=True)
class Dropped:
    trigger: TriggerMatch
    reason: str  # one of DROP_REASONS


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
        covered = _covered_by_verbs(doc, triggers)
        triggers = _with_attacker_modes(doc, _with_subject_modes(doc, triggers, covered))
        index_of: dict[int, int] = {}  # trigger head -> index of its mention
        for trig in triggers:
            if trig.head in covered and trig.nominal:
                dropped.append(Dropped(trig, COVERED))  # "One such attack killed ...": the verb tells this event
                continue
            mention = self._mention(doc, trig, resolver, mentions, published=published)
            if isinstance(mention, Dropped):
                dropped.append(mention)
                continue
            parent = index_of.get(_told_by(doc[trig.head]).i) if trig.head in covered else None
            if parent is not None:  # "raided a house and detained 14": one event, told by two verbs
                mention = replace(mention, link_to=parent, date=mention.date or mentions[parent].date)
                if _own_purpose(doc[trig.head]):  # "deployed the army to help flood victims": the help is the deploying
                    mention = replace(mention, factuality=mentions[parent].factuality)
            index_of[trig.head] = len(mentions)
            mentions.append(mention)
        mentions = graver_acts_first(doc, mentions)
        mentions.extend(stated_intents(doc, mentions, resolver))
        mentions.extend(implied_accusations(doc, mentions, resolver))
        mentions.extend(implied_protests(doc, mentions))
        mentions = [crowd_against_force(doc, m) for m in mentions]
        doc._.events = link_coreferent(doc, _link_retellings(doc, mentions))
        doc._.dropped = dropped
        return doc

    def _mention(self, doc: Doc, trig: TriggerMatch, resolver: MentionResolver, earlier: list[EventMention], *,
                 published: dt.date | None) -> EventMention | Dropped:
        # ``published`` is read once per doc by the caller: each ``doc._`` read builds an ``Underscore`` (some µs)
        if trig.nominal and (_refers_back(doc, trig, earlier) or unclaimed_act(doc, trig)):
            return Dropped(trig, REFERS_BACK)
        args = _with_gathered(doc, trig, find_arguments(doc, trig))
        anchor_index = _anchor(doc, trig, earlier, self.lexicon)
        date = self._date(doc, trig, earlier, anchor_index)
        if _history(date or _host_date(doc, trig), published) and _told_as_background(doc, trig):
            return Dropped(trig, HISTORY)  # the article's background, not its news
        if (date is None and (generic(doc, trig, args) or standing_presence(doc[trig.governor]))) \
                or recurring_present(doc[trig.governor]) or standing_campaign(doc[trig.governor]) \
                or campaign_course(_clause_of(doc, trig), published):
            return Dropped(trig, GENERIC)  # a kind of event: nothing to code
        if date is None and not (args.actors or args.recipients) and not _told_protest(trig) \
                and not _took_lives(doc, trig):
            return Dropped(trig, NO_PARTIES)  # no one doing it to no one: nothing to code
        if _status_label(doc, trig, args) or _in_custody_now(doc, trig) or (
                _describes_its_noun(doc, trig) and (date is None or _describes_anothers_party(doc, trig))):
            return Dropped(trig, STATUS)
        # resolved once the trigger is kept: resolving is the costliest step, and a dropped trigger's parties
        # are found again, as earlier parties, by the mentions that need them
        actors = self._actors(doc, args.actors or _custodian(doc, trig), resolver, earlier)
        recipients = self._actors(doc, _addressed(doc, trig, args.recipients), resolver, earlier)
        if sport_not_politics(doc[trig.head], trig.entry.event, actors + recipients):
            return Dropped(trig, SPORT)
        if private_affair(doc, trig, args, actors, recipients):
            return Dropped(trig, PRIVATE)
        anchored = _anchor_phrase(doc, trig, self.lexicon)
        link_to = anchor_index if anchored is not None and anchor_index is not None and _same_event(
            doc, trig, earlier[anchor_index], anchored[1]) else None
        timed = anchored is not None and anchored[1].lower_ in _SHIFTING_PREPS
        retelling = date is None and link_to is None and not timed and _retells(doc, trig)
        if retelling:
            link_to = _latest_of(trig.entry.event, earlier)
            if link_to is not None and not parties_agree(actors, earlier[link_to].actor):
                link_to, retelling = None, False  # "soldiers dispersed the crowd" retells nothing gunmen did
            date = earlier[link_to].date if link_to is not None else None
        if link_to is not None and not actors:
            actors = earlier[link_to].actor
        trig = as_peacekeeping(doc, _as_abduction(doc, trig, actors), actors, recipients)
        head = doc[trig.head]
        clause = doc[trig.governor]
        total = date is None and summed_toll(clause)  # "have killed thousands in recent years": background, no toll
        return EventMention(
            trigger=trig, actor=actors, recipient=recipients, date=date,
            size=Size() if total else size_for_trigger(head, trig.entry.event), factuality=factuality_of(clause),
            place=event_place(doc, trig, anchor_head=earlier[link_to].trigger.head if link_to is not None else None),
            link_to=link_to,
            confidence=_confidence(trig, actors, recipients, date, background=total or _background(clause),
                                   adjunct=_adjunct(clause)),
            retelling=retelling, timed=timed,
        )

    def _actors(self, doc: Doc, heads: tuple[int, ...], resolver: MentionResolver,
                earlier: list[EventMention]) -> tuple[Actor, ...]:
        out: list[Actor] = []
        for i in heads:
            tok = _named_apposition(_antecedent_of_relative(doc[i]))
            event = self._event_of_noun(tok)
            if event is not None:
                out.extend(_actor_of_event_noun(tok, event, earlier))
                continue
            out.extend(a for a in resolver.resolve_all(tok) if all(a.name != b.name for b in out))
        return tuple(out)

    def _event_of_noun(self, tok: Token) -> str | None:
        """"One such attack killed ...": the category of an event noun standing as a party (not "troops", a
        light-verb object), read with the constraints of its rows: "a training camp" is no protest camp."""
        if tok.pos_ != "NOUN":
            return None
        entry = match_entry(tok, tuple(e for e in self.lexicon.entries(tok.lemma_.lower(), "NOUN") if e.alone))
        return entry.event if entry is not None else None

    def _date(self, doc: Doc, trig: TriggerMatch, earlier: list[EventMention], anchor: int | None) -> DateValue | None:
        found = _anchor_phrase(doc, trig, self.lexicon) if anchor is not None else None
        if found is not None and _told_span(found[1]) is not None and not _dated_apart(doc, trig, found[1]):
            return _date_from_anchor(doc, earlier[anchor], found[1])  # "two days after the raid": from the raid
        head = doc[trig.head]
        own = date_for_trigger(head, doc)
        if own is None and trig.governor != trig.head:
            own = date_for_trigger(doc[trig.governor], doc)
        if own is None and trig.nominal and head.head.pos_ == "VERB" and head.head.i != trig.governor:
            own = date_for_trigger(head.head, doc)
        host = participial_host(doc[trig.governor])
        if own is None and host is not None:  # "poured into the square on Friday, resuming protests"
            own = date_for_trigger(host, doc)
        if own is not None:
            return _close_open_range(own, doc, trig, earlier)
        if anchor is not None:
            return _date_from_anchor(doc, earlier[anchor], found[1]) if found is not None else earlier[anchor].date
        return None


def _host_date(doc: Doc, trig: TriggerMatch) -> DateValue | None:
    """"visited Abuja in 2017 to discuss trade", "raided the town in 2015, killing 12": an undated participle or
    infinitive adjunct happened when its host clause did."""
    clause = doc[trig.governor]
    purpose = clause.dep_ == "advcl" and to_infinitive(clause)
    host = participial_host(clause) or (clause.head if purpose else None)
    return date_for_trigger(host, doc) if host is not None else None


# News tells what happened lately; an act dated over a year before the article is background to it.
_NEWS_SPAN = dt.timedelta(days=366)


def _history(date: DateValue | None, published: dt.date | None) -> bool:
    """"The two countries fought a war in 1998", "the treaty, signed in 1994", "thousands have been killed since
    2011": an act that ended, or a running tally that began, over a year before publication is background. A tally
    open up to the article ("35 attacks since last October") is judged by its start."""
    if date is None or date.date is None or published is None:
        return False
    end = date.enddate or date.date
    open_tally = date.precision == "range" and end >= published - dt.timedelta(days=1)
    return (date.date if open_tally else end) < published - _NEWS_SPAN


def _clause_of(doc: Doc, trig: TriggerMatch) -> Token:
    """The clause that tells of the trigger: its governor, or the verb an event noun is the subject of ("fighting
    has intensified")."""
    clause = doc[trig.governor]
    return clause.head if clause.dep_ in ("nsubj", "csubj") and clause.head.pos_ == "VERB" else clause


def _told_as_background(doc: Doc, trig: TriggerMatch) -> bool:
    """An old act is background where the text tells it so: in a clause describing a noun or setting the scene
    ("Santos, who signed a peace deal in 2016"), in an adjunct, or beside news of the past year ("the two men seized
    power in 2021" in an article on this week's fighting). A text with no recent news ("Israel ended its occupation
    of southern Lebanon in May 2000", alone) is telling that old act as its news."""
    clause = doc[trig.governor]
    if _background(clause) or _adjunct(clause) or doc[trig.head].dep_ in ("acl", "relcl"):
        return True
    return _tells_recent_news(doc)


def _tells_recent_news(doc: Doc) -> bool:
    """Some date of the text falls within the past year: the text has news of its own, and old acts are its
    background."""
    published = doc._.published
    return any(not _history(m.value, published) for m in doc._.dates or [] if m.value.date is not None)


def _focus_country(doc: Doc) -> str | None:
    focus = getattr(doc._, "geo_focus", None) if Doc.has_extension("geo_focus") else None
    return focus[0] if focus else None


def _covered_by_verbs(doc: Doc, triggers: list[TriggerMatch]) -> set[int]:
    """Triggers that another trigger already stands for.

    "One such attack ... killed X": the attack noun is the killing's subject, one event.
    "killed X and wounded Y": the conjoined verb of the same category is the same event; so is an elided passive
    ("90 were killed and 150 wounded") and the act a passive toll's when-clause tells ("40 were killed when a bomb
    exploded").
    "Rockets struck the base, killing two": the participle tells the toll of the strike, one event.
    "Ethiopia deployed thousands of troops": an object noun that is a trigger under a verb trigger of its kind.
    "burned flags to protest the raid": a purpose of the same kind is the act itself.
    """
    by_head = {t.head: t for t in triggers}
    covered: set[int] = set()
    for trig in triggers:
        tok = doc[trig.head]
        own_verb = by_head.get(trig.governor) if trig.nominal and trig.governor != trig.head else None
        if own_verb is not None and (own_verb.entry.event == trig.entry.event or _read_with_object(own_verb)):
            covered.add(trig.head)  # "deployed thousands of troops": the verb and its object tell one act
            continue
        if _occasion_of(tok, by_head, trig):
            covered.add(trig.head)
            continue
        parent = by_head.get(_told_by(tok).i)
        if parent is None or parent is trig or parent.entry.event != trig.entry.event:
            continue
        if trig.nominal and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            covered.add(trig.head)
        elif not trig.nominal and (same_doers_conj(tok) or participial_host(tok) is not None or _own_purpose(tok)
                                   or elided_passive_toll(tok) or cause_of_toll(tok)):
            covered.add(trig.head)
    return covered


def _own_purpose(verb: Token) -> bool:
    """"burned flags to protest the raid": an act done for a purpose of its own kind tells that purpose itself
    (the caller has checked that the host verb's trigger is of the same category)."""
    return verb.dep_ in ("advcl", "acl") and to_infinitive(verb)


def _read_with_object(verb: TriggerMatch) -> bool:
    """"handed over their weapons": a verb whose lexicon sense was chosen by its object already tells what the
    object is part of (here a disarmament, not an arms delivery)."""
    return any(c.dep == "dobj" for c in verb.entry.required)


# Uses of force one operation may tell with a verb and a noun at once: "killed five militants in a raid".
_FORCE = frozenset({"ASSAULT", "COERCE"})


def _occasion_of(noun: Token, by_head: dict, trig: TriggerMatch) -> bool:
    """"Troops killed five militants in a raid", "were detained during the operation": a force noun naming
    the occasion of an active force verb is that verb's own operation, told once, by the verb."""
    prep = noun.head
    if not trig.nominal or trig.entry.event not in _FORCE or noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return False
    verb = by_head.get(prep.head.i)
    graver_noun = trig.entry.event == "ASSAULT" and verb is not None and verb.entry.event == "COERCE"
    return verb is not None and not verb.nominal and verb.entry.event in _FORCE and not is_passive(prep.head) and (
        not graver_noun)  # "detained 30 people during clashes": the clashes are violence the arrests do not tell


def _with_subject_modes(doc: Doc, triggers: list[TriggerMatch], covered: set[int]) -> list[TriggerMatch]:
    """"A drone strike killed five": the verb tells the event, its subject noun how (mode and CAMEO code)."""
    modes = {doc[t.head].head.i: t.entry for t in triggers
             if t.head in covered and t.nominal and t.entry.mode and doc[t.head].dep_ in ("nsubj", "nsubjpass")}
    return [replace(t, entry=replace(t.entry, mode=modes[t.head].mode, cameo=modes[t.head].cameo))
            if t.head in modes and not t.entry.mode else t for t in triggers]


_SUICIDE_ATTACK = ("suicide", "1831")


def _with_attacker_modes(doc: Doc, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """"A suicide bomber struck crowds", "a suicide bomber attacked a convoy": the attacker tells how, whatever
    the verb (a strike by a suicide bomber is no air strike)."""
    return [replace(t, entry=replace(t.entry, mode=_SUICIDE_ATTACK[0], cameo=_SUICIDE_ATTACK[1]))
            if t.entry.event == "ASSAULT" and not t.nominal and _suicide_bomber_subject(doc[t.head]) else t
            for t in triggers]


def _suicide_bomber_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "bomber"
               and any(m.lower_ == "suicide" for m in children_of(c) if m.dep_ in ("compound", "amod"))
               for c in children_of(verb))


# Verbs whose subject, a meeting, gathers its object: "the summit brought together leaders of ...", "the conference
# drew ministers from 40 countries".
_GATHERING_VERBS = frozenset({"bring", "gather", "draw", "attract", "assemble", "unite", "convene"})


def _with_gathered(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """A meeting that names no party of its own meets the parties its verb gathers ("the summit in Nairobi brought
    together leaders of the region"): those are its actors."""
    noun = doc[trig.head]
    verb = noun.head
    if (args.actors or args.recipients or not trig.nominal or trig.entry.event != "CONSULT"
            or noun.dep_ != "nsubj" or verb.lemma_.lower() not in _GATHERING_VERBS):
        return args
    gathered = tuple(t.i for c in children_of(verb) if c.dep_ == "dobj" for t in (c, *c.conjuncts) if names_a_party(t))
    return replace(args, actors=gathered) if gathered else args


def _took_lives(doc: Doc, trig: TriggerMatch) -> bool:
    """An act of violence that killed or wounded people is a particular event even when nobody is named
    ("The Nairobi mall attack left 67 dead")."""
    size = size_for_trigger(doc[trig.head], trig.entry.event)
    return bool(size.dead or size.injured)


def _told_protest(trig: TriggerMatch) -> bool:
    """"A general strike paralysed the country": a protest always has protesters, who need not be named (ACLED
    codes such an event with the country's protesters as its actor)."""
    return trig.entry.event == "PROTEST" and trig.nominal


# The dead, as a protest's words name them: "the slain commander", "the late leader", "the men killed on Friday".
_DEAD_WORDS = frozenset({"slain", "late", "dead", "deceased", "killed", "fallen", "murdered", "assassinated",
                         "martyred", "executed"})
_KILLING_VERBS = frozenset({"kill", "slay", "murder", "assassinate", "execute", "martyr"})
# Nouns whose "of"/"for" phrase names the dead: "the killing of the activist", "a vigil for the victims".
_DEATH_NOUNS = frozenset({"killing", "death", "murder", "assassination", "execution", "slaying", "funeral", "burial",
                          "coffin", "casket", "vigil", "memorial", "memory", "mourning", "commemoration", "body",
                          "remains", "grave", "tomb", "anniversary"})


def _addressed(doc: Doc, trig: TriggerMatch, recipients: tuple[int, ...]) -> tuple[int, ...]:
    """Whom a protest addresses is never the dead it mourns or whose killing it decries: "marched behind the coffin
    of the slain journalist", "held a vigil for the victims", "protested the killing of the activist" (the dead are
    no party protested against)."""
    if trig.entry.event != "PROTEST":
        return recipients
    return tuple(i for i in recipients if not _the_dead(doc[i]))


def _the_dead(tok: Token) -> bool:
    """"the slain commander", "the men killed on Friday", "the killing of the activist", "a vigil for the victims"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _DEAD_WORDS for c in children_of(tok)):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _KILLING_VERBS for c in children_of(tok)):
        return True
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("of", "for") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in _DEATH_NOUNS)


def _status_label(doc: Doc, trig: TriggerMatch, args: Arguments) -> bool:
    """"a man accused of fraud", "the suspects charged with murder": a participle with no one accusing
    describes a person's standing; the accusation was an event reported elsewhere, if at all."""
    head = doc[trig.head]
    return (trig.entry.event == "ACCUSE" and not trig.nominal and head.dep_ == "acl" and not args.actors
            and not _headline_verb(head))


def _headline_verb(participle: Token) -> bool:
    """"Azerbaijan accused of ethnic cleansing", "Former minister accused of corruption": a participle on the noun that
    heads a verbless sentence is a headline's passive, its news, not a standing."""
    return participle.dep_ == "acl" and participle.head.dep_ == "ROOT" and participle.head.pos_ in ("NOUN", "PROPN")


# Armed parties that hold no authority to arrest: unidentified gunmen, criminals, insurgents.
_OUTLAWS = frozenset({"UAF", "CRM", "INS"})
_ARREST = "173"


# Armed movements may hold territory and arrest in it (the Houthis in Sanaa), but people they seize or capture
# are taken, not arrested: "Hamas gunmen seized two soldiers", "rebels captured 40 government soldiers".
_ARMED_MOVEMENTS = frozenset({"REB", "SEP"})
_TAKING_VERBS = frozenset({"seize", "capture", "grab", "snatch", "take"})


def _as_abduction(doc: Doc, trig: TriggerMatch, actors: tuple[Actor, ...]) -> TriggerMatch:
    """"Gunmen seized two engineers", "militants detained five aid workers": arrest is legal action (CAMEO 173); the
    same act by a party with no authority is an abduction (CAMEO 181, ASSAULT; ACLED's abduction/forced
    disappearance)."""
    if trig.entry.cameo != _ARREST or not actors:
        return trig
    taking = doc[trig.head].lemma_.lower() in _TAKING_VERBS
    if not all(a.sector in _OUTLAWS or (taking and a.sector in _ARMED_MOVEMENTS) for a in actors):
        return trig
    return replace(trig, entry=replace(trig.entry, event="ASSAULT", mode="abduct", cameo="181"))


def _describes_its_noun(doc: Doc, trig: TriggerMatch) -> bool:
    """"the prisoners held by Israel", "a man wanted by the police", "the cleric, who was detained by the police",
    "the drivers held by the same group": an undated passive participle or passive relative clause after a noun tells
    who or what it is, a standing, not the news. "The men held last week" dates an act and stays one; "the aid
    pledged by donors" or "the civilians evacuated from the town" tell no standing."""
    head = doc[trig.head]
    if trig.nominal or trig.entry.event not in _STANDINGS or head.tag_ != "VBN":
        return False
    if trig.entry.event in _BACKINGS and head.lemma_.lower() not in _BACKING_VERBS:
        return False  # "the plan, welcomed by the EU": a reaction told, not who the party is
    while head.dep_ == "conj" and head.head.tag_ == "VBN":  # "rebels armed and funded by Turkey"
        head = head.head
    passive_relative = head.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in children_of(head))
    described = head.head
    return (head.dep_ == "acl" and not _headline_verb(head) or passive_relative) and (
        names_a_party(described) or _held_thing(trig, described))


def _held_thing(trig: TriggerMatch, noun: Token) -> bool:
    """"the drivers held by the same group", "the villages controlled by the militia": whatever is held or
    controlled is in a standing, named as a party or not; backing told of an act ("the offensive, backed by
    Russian aircraft") is support given in it."""
    return trig.entry.event == "COERCE" and noun.pos_ in ("NOUN", "PROPN")


# Acts that undo, or ask or promise to undo, a standing: releasing, pardoning, demanding or promising the release.
_UNDOING = frozenset({"RETREAT", "CONCEDE", "REQUEST", "AGREE"})


def _describes_anothers_party(doc: Doc, trig: TriggerMatch) -> bool:
    """A participle that, even dated, tells a standing: "a man wanted for the bombing in May" (being wanted is never
    an act of asking), or the standing of the people another event of the sentence sets free, or asks or promises
    to ("Israel freed 20 prisoners detained in March": the news is the release)."""
    if trig.entry.event == "REQUEST":
        return True
    host = doc[trig.head].head
    host = host.head if host.dep_ == "appos" else host  # "freed two men, activists detained in May"
    verb = host.head.head if host.dep_ == "pobj" else host.head
    if host.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.pos_ != "VERB":
        return False
    return any(t.entry.event in _UNDOING and verb.i in (t.head, t.governor)
               for t in doc._.triggers or [] if t.head != trig.head)


_KEEPING = frozenset({"hold", "keep"})
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re"})


def _in_custody_now(doc: Doc, trig: TriggerMatch) -> bool:
    """"Israel is holding 5,000 prisoners", "the group holds two journalists": holding people in the present is a
    standing (custody), not the act of detaining them ("police held five suspects overnight")."""
    verb = doc[trig.head]
    if trig.nominal or verb.lemma_.lower() not in _KEEPING:
        return False
    auxes = {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and bool(auxes & _PRESENT_AUXILIARIES))


# Acts whose passive participle names a lasting standing (detained, banned, sanctioned, wanted, accused, backed,
# armed): undated on a party, it tells who the party is ("the prisoners held by Israel", "militias backed by Iran").
_STANDINGS = frozenset({"COERCE", "SANCTION", "REQUEST", "ACCUSE", "SUPPORT", "AID"})
# Of support and aid, the verbs that tell a lasting backing ("backed", "armed", "funded"), not one act.
_BACKINGS = frozenset({"SUPPORT", "AID"})
_BACKING_VERBS = frozenset({"back", "support", "sponsor", "arm", "fund", "finance", "train", "equip"})


def _told_by(tok: Token) -> Token:
    """The word whose trigger may already tell this one: a participle's host clause, else the syntactic head."""
    return participial_host(tok) or tok.head


_CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "cell", "camp"})


def _custodian(doc: Doc, trig: TriggerMatch) -> tuple[int, ...]:
    """"women released from Israeli prisons": who held them ("Israeli prisons" names Israel) released them."""
    if trig.entry.event != "RETREAT" or trig.nominal:
        return ()
    for prep in children_of(doc[trig.head]):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for place in (c for c in children_of(prep) if c.dep_ == "pobj" and c.lemma_.lower() in _CUSTODY_PLACES):
            if any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in _AGENT_ENTS for c in children_of(place)):
                return (place.i,)
    return ()


def _named_apposition(tok: Token) -> Token:
    """"Tehran's ally, the Houthi movement, launched ...": a description whose apposition names the party."""
    if tok.pos_ != "NOUN":
        return tok
    appos = next((c for c in children_of(tok) if c.dep_ == "appos"), None)
    if appos is None:
        return tok
    named = appos.pos_ == "PROPN" or appos.ent_type_ in _AGENT_ENTS or any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in _AGENT_ENTS for c in children_of(appos))
    return appos if named else tok


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def _antecedent_of_relative(tok: Token) -> Token:
    """"the hostages that Hamas freed": the relative pronoun stands for the noun its clause modifies."""
    if tok.lower_ in _RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _refers_back(doc: Doc, trig: TriggerMatch, earlier: list[EventMention]) -> bool:
    """"The raid on X has exposed ...": a definite event noun repeating an earlier event is no new event.

    "the U.S. assassination of ...", with an agent no earlier event of its kind had, is a new one.
    """
    head = doc[trig.head]
    if trig.governor != trig.head:
        return False
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(head))
    has_number = any(c.dep_ == "nummod" for c in children_of(head))
    same_kind = [m for m in earlier if m.trigger.entry.event == trig.entry.event]
    if not definite or has_number or not same_kind:
        return False
    agents = [c for c in children_of(head) if c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in _AGENT_ENTS]
    return not agents or any(_named_in(agent, m.actor) for agent in agents for m in same_kind)


def _named_in(token: Token, actors: tuple[Actor, ...]) -> bool:
    word = token.lower_
    return any(word in a.text.lower() or word in a.name.lower() for a in actors)


def _retells(doc: Doc, trig: TriggerMatch) -> bool:
    """"... get the prime minister to release the suspects": an undated verb whose object is definite
    retells a dated event of its kind told elsewhere in the article, rather than reporting a new one."""
    if trig.nominal:
        return False
    obj = next((c for c in children_of(doc[trig.governor]) if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(obj))


def _link_retellings(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """A retelling told before the event it retells links forward to it, unless it describes a party of the scene
    told around it ("pushed back demonstrators who had blocked the entrance"): that act is the scene's own."""
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if not mention.retelling or mention.link_to is not None or _describes_a_party(doc, mention):
            continue
        later = next((j for j in range(i + 1, len(mentions)) if mentions[j].date is not None
                      and mentions[j].trigger.entry.event == mention.trigger.entry.event
                      and parties_agree(mention.actor, mentions[j].actor)), None)
        if later is not None:
            out[i] = replace(mention, link_to=later, date=mentions[later].date)
    return out


def _describes_a_party(doc: Doc, mention: EventMention) -> bool:
    return doc[mention.trigger.governor].dep_ == "relcl"


def _anchor(doc: Doc, trig: TriggerMatch, earlier: list[EventMention], lexicon: Lexicon) -> int | None:
    """Index of the earlier event that "in/after/during the <event noun>" in this clause points back to."""
    found = _anchor_phrase(doc, trig, lexicon)
    return _latest_of(found[0], earlier) if found is not None else None


def _anchor_phrase(doc: Doc, trig: TriggerMatch, lexicon: Lexicon) -> tuple[str, Token] | None:
    """The category of the event noun this clause is anchored to, and the preposition that anchors it."""
    for prep in _anchoring_preps(doc[trig.governor]):
        for noun in children_of(prep):
            entries = lexicon.entries(noun.lemma_.lower(), "NOUN") if noun.dep_ == "pobj" else ()
            # the noun's plain sense: "the attack" points back to an assault, not to its cyber sense
            entries = [e for e in entries if not e.required] or entries
            if entries and _definite(noun) and not _dated(noun):
                return entries[0].event, prep
    return None


# Spans a clause is told to lie from the event it is anchored to, in days: "two days after the raid".
_SPAN_DAYS = {"day": 1, "week": 7}


def _anchoring_preps(clause: Token) -> list[Token]:
    """The clause's anchoring prepositions: its own ("after the raid", "two days after the raid") and those of a
    span it is told by ("a day before the attack, police arrested ...": the phrase hangs on "day")."""
    preps = []
    for child in children_of(clause):
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _SPAN_DAYS:
            preps.extend(c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in _ANCHOR_PREPS)
        elif child.dep_ == "prep" and child.lower_ in _ANCHOR_PREPS:
            preps.append(child)
    return preps


def _definite(noun: Token) -> bool:
    return any(c.lower_ in _DEFINITE for c in children_of(noun) if c.dep_ == "det")


def _dated(noun: Token) -> bool:
    """"during the 2020-2022 war": a noun that carries its own time names an event of that time, not the latest."""
    return any(c.ent_type_ == "DATE" or c.like_num for c in children_of(noun) if c.dep_ != "det")


def _latest_of(category: str, earlier: list[EventMention]) -> int | None:
    for index in range(len(earlier) - 1, -1, -1):
        if earlier[index].trigger.entry.event == category and earlier[index].date is not None:
            return index
    return None


def _same_event(doc: Doc, trig: TriggerMatch, anchor: EventMention, prep: Token | None) -> bool:
    """"In the recent raid, the CTS arrested ...": same category and an 'in/during' anchor → one event ("after the
    raid, police arrested ... in the city" is another)."""
    return (anchor.trigger.entry.event == trig.entry.event and prep is not None
            and prep.lower_ in _SAME_EVENT_PREPS)


def _actor_of_event_noun(noun: Token, event: str, earlier: list[EventMention]) -> tuple[Actor, ...]:
    """"One such attack killed ...": the attack's actor is the actor of the attacks named before; failing those,
    of the latest event of its category ("airstrikes hit ... Iraq condemned the strikes": the strikes hit)."""
    lemma = noun.lemma_.lower()
    told = [m for m in earlier if m.actor]
    found = ([m for m in told if noun.doc[m.trigger.head].lemma_.lower() == lemma]
             or [m for m in told if m.trigger.entry.event == event])
    return found[-1].actor if found else ()



def _date_from_anchor(doc: Doc, anchor: EventMention, prep: Token) -> DateValue | None:
    """The date of an act told by the event it is anchored to: "after the raid" its day, "a day after the raid"
    the next day, "two days before the attack" two days earlier. An anchor that is a running count ("strikes have
    hit the grid 40 times since October") gives no day, nor does a span without a day ("days after the raid") or
    one from an anchor known only to its week, month or range."""
    value = anchor.date
    if value is None or running_total(doc, anchor):
        return None
    span = _told_span(prep)
    if span is None:
        return value
    if value.precision != "day" or span == 0 or prep.lower_ not in _SHIFTING_PREPS:
        return None
    shift = dt.timedelta(days=span if prep.lower_ in _LATER_PREPS else -span)
    return DateValue(date=value.date + shift, enddate=(value.enddate or value.date) + shift, precision="day")


_SHIFTING_PREPS = frozenset({"after", "following", "before"})
_LATER_PREPS = frozenset({"after", "following"})


def _dated_apart(doc: Doc, trig: TriggerMatch, prep: Token) -> bool:
    """"On Wednesday, two days after the raid, ...": the sentence names a time of its own, outside the span."""
    unit = _span_unit(prep)
    sent = doc[trig.head].sent
    inside = range(unit.left_edge.i, unit.right_edge.i + 1) if unit is not None else range(0)
    return any(sent.start <= m.start < sent.end and m.start not in inside for m in doc._.dates or ())


def _span_unit(prep: Token) -> Token | None:
    """"two days after the raid", "the day after the raid": the span word, on the preposition or beside it."""
    if prep.head.dep_ == "npadvmod":
        return prep.head
    inner = next((c for c in children_of(prep) if c.dep_ == "npadvmod"), None)
    before = prep.nbor(-1) if prep.i > 0 else None
    while before is not None and before.dep_ != "npadvmod" and before.head.dep_ == "npadvmod":
        before = before.head
    beside = before if before is not None and before.dep_ == "npadvmod" and before.head == prep.head else None
    return inner or beside


def _told_span(prep: Token) -> int | None:
    """Days between an act and its anchor as told: "two days after" 2, "a week before" 7, "days after" 0 (a span
    of no stated length); None where no span is told ("after the raid")."""
    unit = _span_unit(prep)
    if unit is None or unit.lemma_.lower() not in _SPAN_DAYS:
        return None
    count = next((c for c in children_of(unit) if c.dep_ == "nummod"), None)
    if count is None:  # "a day after", "the day before": one; "days after": no stated length
        return _SPAN_DAYS[unit.lemma_.lower()] if unit.tag_ == "NN" else 0
    return (parse_number(count.text) or 0) * _SPAN_DAYS[unit.lemma_.lower()]


def _close_open_range(value: DateValue, doc: Doc, trig: TriggerMatch, earlier: list[EventMention]) -> DateValue:
    """"A militia that has carried out attacks since October" ends when the sentence's main event happened."""
    if value.precision != "range" or value.enddate is None or value.enddate != doc._.published:
        return value
    sent = doc[trig.head].sent
    for mention in reversed(earlier):
        when = mention.date
        same_sentence = doc[mention.trigger.head].sent.start == sent.start
        if same_sentence and when is not None and when.precision == "day" and when.date and value.date and when.date >= value.date:
            return DateValue(date=value.date, enddate=when.date, precision="range")
    return value


def _adjunct(clause: Token) -> bool:
    """"marched through the capital, demanding ...", "staged a sit-in to protest ...": a subjectless participle
    or purpose infinitive adds an act to the main clause's, which tells the news."""
    if participial_host(clause) is not None or _fronted_participle(clause):
        return True
    return (clause.dep_ == "advcl" and to_infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)))


def _fronted_participle(clause: Token) -> bool:
    """"Detained for a week, the lawyer was released on bail": a past participle leading its clause tells what its
    subject had undergone, the scene of the main clause's news."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < clause.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in children_of(clause)))


def _background(clause: Token) -> bool:
    """"the men detained last week", "the deal that Iran signed", "after police arrested five", "in response
    to the raid": a clause that describes a noun or sets the scene tells background to the sentence's news."""
    if clause.dep_ in ("relcl", "acl", "pcomp"):
        return True
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in children_of(clause)):
        return True
    return clause.pos_ == "NOUN" and clause.dep_ == "pobj"


def _confidence(trig: TriggerMatch, actors, recipients, date: DateValue | None, *, background: bool = False,
                adjunct: bool = False) -> float:
    """A transparent score: what share of who/whom/when the coder found, how direct the trigger is, and
    whether it tells the sentence's news, background in a clause describing a noun, or an act a participle adds
    to the main clause's ("marched through the capital, demanding the minister's resignation")."""
    direct = not trig.nominal or trig.governor != trig.head  # "launched an attack" tells it as "attacked" does
    score = (0.5 if direct else 0.4) - (0.3 if background else 0.1 if adjunct else 0.0)
    score += 0.2 if any(a.id for a in actors) else (0.1 if actors else 0.0)
    score += 0.15 if recipients else 0.0
    score += 0.15 if date is not None and date.precision != "unknown" else 0.0
    return round(min(score, 1.0), 2)


@Language.factory("khabar_events_v1", requires=["doc._.triggers", "doc._.dates", "doc._.places"],
                  assigns=["doc._.events", "doc._.dropped"])
def make_events(nlp: Language, name: str) -> EventAssembler:
    for ext in ("events", "dropped", "published", "doc_id"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return EventAssembler(load_lexicon(), default_kb())
