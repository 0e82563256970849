"""Plans, schedules, provisions, aims and talks: acts still to come or still sought ("the planned withdrawal", "the
release is expected next week", "the deal provides for the release of prisoners", "the main demand is a
ceasefire", "held talks on a ceasefire"), and plans told as past that were overtaken ("had planned to attack")."""
from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from ..syntax import children_of, kept_to_infinitive
from .clauses import presupposed, word_forms

# Texts whose provisions are told in the future or as duties: "the bill would ban", "the deal will require", "the
# agreement provides for the release of prisoners".
TEXTS = frozenset({"bill", "law", "legislation", "resolution", "measure", "agreement", "deal", "accord", "treaty",
                   "proposal", "plan", "draft", "decree", "amendment", "motion", "rule", "regulation", "order",
                   "provision", "clause", "text", "document", "pact", "protocol", "charter", "constitution",
                   "truce", "ceasefire", "framework", "roadmap", "arrangement", "memorandum", "term", "terms"})
POSTPONING = frozenset({"postpone", "delay", "defer", "reschedule", "put off", "push back"})
# "Attacks are imminent", "the vote is due": predicates that put their subject in the future.
IMMINENT = frozenset({"imminent", "looming", "upcoming", "planned", "scheduled", "due"})
_QUALIFYING = IMMINENT | {"possible", "likely", "unlikely", "probable"}
# Nouns of a demand and of an aim: what they name (either side of "is") is asked for or sought, not done.
DEMAND_NOUNS = frozenset({"demand", "call", "request", "condition", "precondition", "ultimatum"})
AIM_NOUNS = frozenset({"goal", "aim", "objective", "priority", "purpose", "plan", "intention", "target", "hope",
                       "ambition", "mission", "task", "agenda"})
# Talks and efforts, whose purpose is still sought ("met to end the fighting"), unless it is what is done at the
# talks themselves ("met to discuss the crisis", "gathered to demand reforms", "met to sign the accord").
SEEKING = frozenset({"negotiate", "meet", "mediate", "talk", "confer", "consult", "work", "cooperate", "coordinate",
                     "lobby", "campaign", "convene", "travel", "visit", "fly", "intervene", "broker"})
_DONE_AT_THE_TALKS = frozenset({"discuss", "negotiate", "talk", "review", "address", "consider", "debate", "examine",
                                "explore", "consult", "hear", "demand", "call", "press", "urge", "voice", "express",
                                "protest", "condemn", "denounce", "mark", "commemorate", "mourn", "sign", "meet",
                                "finalise", "finalize", "hammer", "seek", "ask", "request"})
# Talks and their verbs: what they are "on" or "about" is what is sought or weighed, not done ("held talks on a
# ceasefire", "negotiations about a prisoner exchange", "discussed on ending the war").
_TALKS = frozenset({"talk", "talks", "negotiation", "discussion", "consultation", "debate", "dialogue", "deliberation",
                    "meeting", "summit", "conference", "negotiate", "discuss", "deliberate", "consult", "confer"})
# Verbs by which talks name their topic: "the talks will focus on the release of prisoners"; the talks happen as the
# verb says ("talks next week will focus on": the talks are still to come).
TOPIC_VERBS = frozenset({"focus", "centre", "center", "concentrate", "revolve", "dwell"})
# Acts that talks seek from one side: as a topic they are sought even when definite ("talks on the release of
# prisoners", "focused on the withdrawal of troops"), where "talks on the attack" presuppose the attack.
_SOUGHT_ACTS = frozenset({"release", "withdrawal", "pullout", "exchange", "swap", "handover", "return", "reopening",
                          "lifting", "easing", "resumption", "ceasefire", "truce", "cessation", "disarmament",
                          "demobilisation", "demobilization", "evacuation", "transfer", "normalisation",
                          "normalization"})
# "the deal provides for the release of prisoners": what a text provides for is still to be done
_PROVIDING = frozenset({"provide", "stipulate", "envisage", "envision", "foresee", "outline", "set"})
# "the planned withdrawal", "a possible attack": an event noun its adjective puts in the future or in doubt
_QUALIFIED_NOUNS = MappingProxyType({
    **dict.fromkeys(("planned", "proposed", "scheduled", "upcoming", "expected", "promised", "intended",
                     "prospective", "imminent", "looming", "forthcoming", "mooted"), "future"),
    **dict.fromkeys(("possible", "potential", "threatened", "feared", "likely", "probable", "hypothetical"),
                    "hypothetical")})
# Passive verbs that put their subject in the future: "the release is expected next week", "talks are scheduled".
_ANTICIPATING = frozenset({"expect", "schedule", "plan", "slate", "set"})
_PRESENT_PASSIVE = frozenset({"is", "are", "'s", "'re", "be"})  # "be": "will be held", "is to be"
# Verbs of meaning to act that, in the past perfect, tell an intention that was not carried out.
_MEANING_TO = frozenset({"plan", "intend", "mean", "expect", "aim", "hope", "want", "prepare"})


def qualified(node: Token) -> str | None:
    if node.pos_ != "NOUN":
        return None
    if any(c.dep_ == "acl" and _set_for_a_day(c) for c in children_of(node)):
        return "future"  # "the protest planned for Sunday"
    return next((_QUALIFIED_NOUNS[c.lower_] for c in children_of(node)
                 if c.dep_ == "amod" and c.lower_ in _QUALIFIED_NOUNS), None)


def _set_for_a_day(participle: Token) -> bool:
    """"planned for Sunday", "scheduled for next week": a participle of planning set for a day or a date (not "planned
    for months", how long the plan took)."""
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in _ANTICIPATING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.ent_type_ == "DATE" and o.tag_ != "NNS" for o in children_of(c))
        for c in children_of(participle))


def anticipated(subject: Token) -> bool:
    """"The release of the prisoners is expected next week": the subject of a present passive of expecting or
    scheduling is still to come; "the attack was planned in Syria" tells a past plan of what may have happened."""
    verb = subject.head
    if subject.dep_ != "nsubjpass" or verb.lemma_.lower() not in _ANTICIPATING:
        return False
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ == "auxpass"]
    return any(a in _PRESENT_PASSIVE for a in auxes) or (any(a in ("was", "were") for a in auxes) and _ahead(verb))


def _ahead(verb: Token) -> bool:
    """"(officials said) a raid was planned for next week": a past passive, told in reported speech, of an act set
    for a time still to come."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(t.lower_ in ("next", "coming") for t in c.subtree)
               for c in children_of(verb))


def predicated(verb: Token) -> bool:
    """"Attacks are imminent", "a deal is likely": the subject of a predicate that qualifies it."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _QUALIFYING for c in children_of(verb))


def provided_for(prep: Token, child: Token) -> bool:
    """"The agreement provides for the release of 50 prisoners": the act a text provides for."""
    verb = prep.head
    return (child.dep_ == "pobj" and prep.lower_ == "for" and verb.lemma_.lower() in _PROVIDING
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in TEXTS for c in children_of(verb)))


def named_as_aim(subject: Token) -> bool:
    """"The release of all prisoners is a key demand of the opposition", "a ceasefire is the main goal": an act
    named as a demand or an aim."""
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in DEMAND_NOUNS | AIM_NOUNS for c in children_of(verb))


def unfulfilled(verb: Token) -> bool:
    """"had planned to attack", "had been preparing to storm": an intention told in the past perfect was overtaken
    (foiled, abandoned, or not yet carried out when the story is told)."""
    return verb.lemma_.lower() in _MEANING_TO and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                      for c in children_of(verb))


def done_at_the_talks(parent: Token, child: Token) -> bool:
    """"met to discuss the crisis": the discussing is the meeting itself; "met visiting X": no purpose."""
    return parent.lemma_.lower() in SEEKING and (child.lemma_.lower() in _DONE_AT_THE_TALKS
                                                 or not kept_to_infinitive(child))


def topic_of_talks(prep: Token, child: Token) -> bool:
    """A topic of talks; a definite or possessed event ("talks on the attack on the embassy") is presupposed."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "about", "over", "regarding", "concerning"):
        return False
    if word_forms(prep.head).isdisjoint(_TALKS) and not _topic_verb_of_talks(prep.head):
        return False
    if child.dep_ == "pcomp":
        return True
    return child.dep_ == "pobj" and (not presupposed(child) or child.lemma_.lower() in _SOUGHT_ACTS)


def _topic_verb_of_talks(verb: Token) -> bool:
    """"The talks will focus on ...", "the summit centred on ...": a verb of topic whose subject is talks."""
    return verb.lemma_.lower() in TOPIC_VERBS and any(
        c.dep_ == "nsubj" and not word_forms(c).isdisjoint(_TALKS) for c in children_of(verb))
