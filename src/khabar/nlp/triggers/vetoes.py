"""Vetoes: why a verb or an event noun is no trigger whatever its lexicon entries say (``verb_veto``,
``noun_veto``), each veto a reason in words.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..lexicon import HAZARD_NOUNS, TRANSFER_VERBS, LexEntry, Lexicon
from ..syntax import children_of, to_infinitive
from .accidents import accidental_blast, cause_of_harm
from .allegations import inside_allegation
from .contests import contest_result
from .denials import denied_part_in
from .figurative import aimed_at_ideas
from .matching import described_by_participle, match_entry
from .proceedings import matter_of_proceedings
from .references import (asked_for, asked_or_promised, background_clause, subject_of_dating_clause, time_reference,
                         told_before)
from .reputations import reputed_for
from .self_harm import harms_only_itself
from .specific import (VOICED_ACTS, claimed_by, framed_occasion, is_serial, is_specific, measure_of, named_agent,
                       occurred, voiced_by)
from .tallies import running_toll
from .tributes import honoured_dead
from .word_classes import refers_to


def noun_veto(noun: Token, entry: LexEntry, lexicon: Lexicon) -> str | None:
    """Why an event noun standing on its own is no trigger (None: it is one): it names no particular event, or
    only the act something asks for, reacts to or dates by."""
    if _motive(noun):
        return "noun telling the motive of another act"
    if moved_to_act(noun, lexicon):
        return "forces whose move describes the doer of another act"
    if _judges_an_act(noun, lexicon):
        return "noun judging another act"
    if _measured_trend(noun):
        return "noun counted in a statistic"
    if accidental_blast(noun):
        return "blast of an accident"
    if matter_of_proceedings(noun):
        return "noun naming what a trial, an inquiry or a report is about"
    if denied_part_in(noun):
        return "noun naming the act a party denies a part in"
    if reputed_for(noun):
        return "noun naming what a party is known for"
    if not (entry.alone and (is_specific(noun) or claimed_by(noun) is not None)
            or entry.alone_with_agent and (named_agent(noun) or occurred(noun) and not is_serial(noun)
                                           or _measure_occurred(noun)
                                           or framed_occasion(noun)
                                           or entry.event in VOICED_ACTS and voiced_by(noun))):
        return "noun not a particular event"
    role = _first_conjunct(noun, lexicon)  # "accused Iran of the killing of three soldiers and the bombing of a market"
    if asked_or_promised(role, lexicon):
        return "noun asked for, promised or reacted to"
    if time_reference(role) or subject_of_dating_clause(role):
        return "noun dating another event"
    if told_before(role):
        return "noun told before"
    return None


# Verbs of a rising or falling count: "attacks on aid workers are rising", "the number of kidnappings has doubled".
_TRENDS = frozenset({"rise", "increase", "grow", "mount", "surge", "soar", "climb", "jump", "double", "triple",
                     "decline", "decrease", "fall", "drop", "dwindle", "spike", "intensify", "escalate", "subside",
                     "abate", "worsen"})
# Mass nouns of many acts: "fighting has intensified since August" tells a trend, as a plural would.
_MASS_OF_ACTS = frozenset({"fighting", "violence", "shelling", "bombardment", "unrest"})
# Nouns that count a kind of event: "the number of kidnappings", "the rate of attacks".
_COUNTS = frozenset({"number", "rate", "frequency", "incidence", "level", "count", "share"})


def trend_of_acts(noun: Token) -> bool:
    """"Attacks on aid workers are rising", "Houthi attacks on shipping have fallen", "the number of kidnappings has
    doubled": a plural event noun whose count rises or falls tells a trend of many acts, not one of them."""
    return _trend_verb(noun) is not None


def _trend_verb(noun: Token) -> Token | None:
    """The verb by which the count of the acts ``noun`` names rises or falls, if any."""
    if noun.tag_ not in ("NNS", "NNPS") and noun.lower_ not in _MASS_OF_ACTS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _COUNTS:
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ != "nsubj":
        return None
    return verb if verb.lemma_.lower() in _TRENDS or _reaches_a_mark(verb) else None


# What a count reaches: "arrests of journalists reached a record high", "killings hit a new peak".
_MARKS = frozenset({"record", "high", "peak", "low"})


def _reaches_a_mark(verb: Token) -> bool:
    return verb.lemma_.lower() in ("reach", "hit", "touch") and any(
        c.dep_ == "dobj" and (c.lower_ in _MARKS or any(m.lower_ in _MARKS for m in children_of(c)))
        for c in children_of(verb))


# Words that measure a change of count: "rose 20 percent", "fell by a third", "jumped fivefold".
_MEASURES = frozenset({"percent", "per", "%", "third", "half", "quarter", "fold", "twofold", "threefold", "fivefold",
                       "tenfold", "record", "high", "peak", "low"})
# Spans over which a count is kept: "in 2023", "last year", "over the past decade"; not a day or a week.
_COUNTED_SPANS = frozenset({"year", "years", "month", "months", "decade", "decades", "quarter", "annual"})


def _measured_trend(noun: Token) -> bool:
    """"Attacks rose 20 percent last year", "kidnappings increased sharply in 2023", "arrests of journalists reached
    a record high": a count that changes by a measure, or over a year or a month, is a statistic whatever its date
    ("attacks intensified on Tuesday" may tell the day's fighting, and stays)."""
    verb = _trend_verb(noun)
    if verb is None or (noun.tag_ not in ("NNS", "NNPS") and noun.dep_ != "pobj"):
        return False
    said = [t for c in children_of(verb) if c.dep_ != "nsubj" for t in c.subtree]
    measured = any(t.lower_ in _MEASURES or t.like_num and t.ent_type_ == "PERCENT" for t in said)
    year_scale = any(t.lower_ in _COUNTED_SPANS or (t.like_num and len(t.text) == 4 and t.ent_type_ == "DATE")
                     for t in said)
    return measured or year_scale or verb.lemma_.lower() in ("double", "triple")


def _measure_occurred(noun: Token) -> bool:
    """"A round of talks in Cairo ended without a deal": the measure of the noun is told as having happened."""
    measure = measure_of(noun)
    return measure is not None and not is_serial(measure) and occurred(measure)


# Bare nouns that, after "in", tell why the clause's own act was done: "resigned in protest against the deal",
# "took to the streets in protest" (a march is told by its own verb), "shelled the town in retaliation".
_MOTIVES = frozenset({"protest", "retaliation", "reprisal", "response", "solidarity", "defiance"})


def _motive(noun: Token) -> bool:
    if noun.lemma_.lower() not in _MOTIVES or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return not any(c.dep_ in ("det", "amod", "nummod", "poss", "compound") for c in children_of(noun))


# Copulas that say what an act was: "the attack was a violation of the ceasefire", "the raid constituted a war crime".
_JUDGING_COPULAS = {"be": "attr", "constitute": "dobj"}
_REFERRING_PRONOUNS = frozenset({"it", "this", "that"})
# Nouns that judge an act against a rule or a law, and so, predicated of an act, name that act again: not "the
# bombing was the deadliest attack this year" (which may tell the attack itself, an event of its own record).
_JUDGING_NOUNS = frozenset({"violation", "breach", "crime", "infringement", "contravention", "transgression"})


def _judges_an_act(noun: Token, lexicon: Lexicon) -> bool:
    """"The attack was a violation of the ceasefire", "the shelling was a breach of the truce": an event noun that a
    copula predicates of another event (an event noun or a pronoun standing for one) judges that act, and tells no
    new one."""
    verb = noun.head
    if noun.lemma_.lower() not in _JUDGING_NOUNS or _JUDGING_COPULAS.get(verb.lemma_.lower()) != noun.dep_:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _REFERRING_PRONOUNS
                                    or bool(lexicon.entries(subject.lemma_.lower(), "NOUN")))


def _first_conjunct(noun: Token, lexicon: Lexicon) -> Token:
    """The first of the event nouns ``noun`` is conjoined with, which holds the role in the clause they share.
    The parser may join a second event to the last noun of the first one's phrase ("the killing of three soldiers
    and the bombing of a market", "bombing" hung on "soldiers"): the role is then the first event's."""
    first = noun
    for _ in range(6):
        if first.dep_ != "conj" or first.head.pos_ not in ("NOUN", "PROPN"):
            break
        first = first.head
    owner = first
    for _ in range(3):  # up through "of"/"by" phrases: "the shelling of villages by Iranian forces and the bombing"
        if owner.i == noun.i or match_entry(owner, lexicon.entries(owner.lemma_.lower(), "NOUN")) is not None:
            return owner
        if owner.dep_ != "pobj" or owner.head.dep_ != "prep" or owner.head.head.pos_ != "NOUN":
            break
        owner = owner.head.head
    return first


# Fixed expressions whose verb is no event: "as opposed to", "as compared with".
_FIXED_AFTER_AS = frozenset({"opposed", "compared", "attached", "concerned", "regards"})


def _in_fixed_expression(verb: Token) -> bool:
    return verb.i > 0 and verb.lower_ in _FIXED_AFTER_AS and verb.doc[verb.i - 1].lower_ == "as"


def _attributive(verb: Token) -> bool:
    """"the negotiating table", "the ruling party", "a fighting chance": a present participle used as an adjective."""
    return verb.dep_ in ("amod", "compound") and verb.tag_ == "VBG"


def verb_veto(verb: Token, lexicon: Lexicon) -> str | None:
    """Why a verb is no trigger whatever its lexicon entries say (None: it may be one)."""
    if _in_fixed_expression(verb) or _attributive(verb):
        return "verb in a fixed expression or used as an adjective"
    if inside_allegation(verb):
        return "verb inside an allegation"
    if reputed_for(verb):
        return "verb naming what a party is known for"
    if background_clause(verb, lexicon) or honoured_dead(verb):
        return "verb in a background clause"
    if asked_for(verb, lexicon) or _offered(verb):
        return "verb asked for"
    if _candidacy(verb):
        return "verb seeking an office from voters"
    if _reacts_to_a_hazard(verb, lexicon):
        return "reaction to a hazard, not to a party"
    if _toll_of_a_riot(verb, lexicon):
        return "casualties of a riot told with it"
    if running_toll(verb):
        return "running toll of months, no event"
    if movement_describing_the_doer(verb, lexicon):
        return "movement describing the doer of another act"
    return _figurative_force(verb, lexicon)


def moved_to_act(noun: Token, lexicon: Lexicon) -> bool:
    """"Soldiers sent to the valley arrested six men": forces described by their move, the doers of another act."""
    return any(movement_describing_the_doer(p, lexicon) for p in described_by_participle(noun))


def movement_describing_the_doer(verb: Token, lexicon: Lexicon) -> bool:
    """"Troops deployed to the border last week opened fire on smugglers": a participle of moving forces that
    describes the subject of a verb of force says which forces acted, as "troops stationed there" does; the act
    the sentence tells is theirs (``reduced_relatives`` gives the parser's misreading of it this shape)."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or not (lemma in TRANSFER_VERBS or any(
            e.event == "MOBILIZE" for e in lexicon.entries(lemma, "VERB"))):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "agent") for c in children_of(verb)):
        return False  # a clause of its own ("the troops that were deployed"), or another's act ("sent by Iran")
    subject = verb.head
    act = subject.head
    return (subject.dep_ in ("nsubj", "nsubjpass") and act.pos_ == "VERB"
            and any(e.event in _FORCE for e in lexicon.entries(act.lemma_.lower(), "VERB")))


# Categories of force, whose words are used figuratively of contests and accidents.
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _figurative_force(verb: Token, lexicon: Lexicon) -> str | None:
    """Why a verb of force tells no use of force: a contest's result ("captured 40 percent of the vote"), an attack
    on ideas ("tried to assassinate his character"), the harm of an accidental blast ("a gas explosion killed six"),
    or an event noun its own entries read figuratively as its subject ("a battle over the budget erupted")."""
    entries = lexicon.entries(verb.lemma_.lower(), "VERB")
    if not any(e.event in _FORCE for e in entries):
        return None  # no sense of the word is force: matching the entries (the costly part) cannot find one
    entry = match_entry(verb, entries)
    if entry is None or entry.event not in _FORCE:
        return None
    if contest_result(verb):
        return "verb of force telling a contest's result"
    if harms_only_itself(verb):
        return "verb of force whose doer harms itself"
    if entry.event == "ASSAULT" and not _object_required(entry) and aimed_at_ideas(verb):
        return "verb of force aimed at ideas"  # not COERCE: seizing books or records is confiscation
    cause = cause_of_harm(verb)
    if cause is not None and accidental_blast(cause):
        return "harm of an accidental blast"
    if cause is not None and _figurative_event_noun(cause, lexicon):
        return "subject an event noun in a figurative sense"
    return None


def _object_required(entry: LexEntry) -> bool:
    """An entry that asks for its object chose its sense by it: "violated the ceasefire agreement" is force."""
    return any(c.dep == "dobj" for c in entry.required)


def _figurative_event_noun(noun: Token, lexicon: Lexicon) -> bool:
    """"A battle over the budget erupted": an event noun whose entries all refuse it where it stands (their
    exclusions name the figurative senses) makes the verb it is the subject of no event either."""
    entries = lexicon.entries(noun.lemma_.lower(), "NOUN")
    if not entries or match_entry(noun, entries) is not None:
        return False
    return any(entry.vetoes and match_entry(noun, (replace(entry, vetoes=()),)) is not None for entry in entries)


# Verbs that count a clash's casualties: "..., injuring 14", "leaving 20 people injured", "left five dead".
_CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
_CROWD_VIOLENCE = frozenset({"riot", "crowd-control"})  # a riot, or the force used on a crowd in one


def _toll_of_a_riot(verb: Token, lexicon: Lexicon) -> bool:
    """"Police and rioters clashed, injuring 14", "clashes between police and protesters left 20 people injured":
    the casualties of a riot are its toll (ACLED codes one riot with its injuries and deaths), no attack of their
    own; a clash of armed parties keeps its own reading."""
    if verb.lemma_.lower() not in _CASUALTY_VERBS:
        return False
    host = _toll_host(verb)
    if host is None:
        return False
    entry = match_entry(host, lexicon.entries(host.lemma_.lower(), "VERB" if host.pos_ == "VERB" else "NOUN"))
    return entry is not None and entry.mode in _CROWD_VIOLENCE


def _toll_host(verb: Token) -> Token | None:
    """The clash whose toll the verb tells: the verb a subjectless participle hangs on ("clashed, injuring 14"), or
    the clause or subject of "leave" whose object the participle describes ("left 20 people injured")."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in children_of(verb)):
        return verb.head
    if verb.dep_ not in ("acl", "oprd", "ccomp") or verb.tag_ != "VBN":
        return None
    leave = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if leave.lemma_.lower() != "leave":
        return None
    if leave.dep_ == "advcl" and leave.tag_ == "VBG":
        return leave.head
    return next((c for c in children_of(leave) if c.dep_ == "nsubj"), None)


# What a candidate seeks: "is seeking re-election", "will seek a third term", "sought her party's nomination".
_OFFICES = frozenset({"election", "re-election", "reelection", "nomination", "term", "office", "presidency",
                      "candidacy", "mandate", "seat"})
_SEEKING = frozenset({"seek", "pursue"})


def _candidacy(verb: Token) -> bool:
    """"The president is seeking re-election", "will seek a third term": a candidate seeks an office from the voters,
    who are no party asked for anything; "sought the extradition of the minister" asks a state."""
    return verb.lemma_.lower() in _SEEKING and any(c.dep_ == "dobj" and c.lemma_.lower() in _OFFICES
                                                    for c in children_of(verb))


# Nouns of asking and offering whose infinitive is only what is asked or offered: "accepted an invitation to visit
# Paris", "rejected Barak's offer to withdraw", "welcomed the proposal to hold talks", "ignored a call to disarm".
_OFFER_NOUNS = frozenset({"invitation", "offer", "proposal", "request", "call", "appeal", "plea", "demand",
                          "suggestion", "proposition", "ultimatum"})


def _offered(verb: Token) -> bool:
    """An infinitive on a noun of asking or offering: the act is not done, only put to someone; the noun's own
    verb ("accepted", "rejected") is the event."""
    return verb.dep_ in ("acl", "relcl") and to_infinitive(verb) and verb.head.lemma_.lower() in _OFFER_NOUNS


# Reactions in words ("blamed", "condemned", "welcomed", "praised") are aimed at parties or at their acts.
_REACTIONS = frozenset({"ACCUSE", "SUPPORT"})


def _reacts_to_a_hazard(verb: Token, lexicon: Lexicon) -> bool:
    """"blamed the weather for the poor harvest", "welcomed the rains after the drought": a reaction whose objects
    are all natural hazards or accidents is aimed at no party; "blamed the fire on arsonists" lays the blame on one,
    through "on"."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(refers_to(o, HAZARD_NOUNS) for o in objects):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in children_of(verb)):
        return False
    entry = match_entry(verb, lexicon.entries(verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.event in _REACTIONS
