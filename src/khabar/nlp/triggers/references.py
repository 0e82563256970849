"""References to acts that are not the news: what is asked for, promised or reacted to, an event used
to date another, one told before ("in response to the bombing"), and background clauses.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..dates.rankings import ranked, ranking_since
from ..lexicon import LexEntry, Lexicon
from ..syntax import children_of
from .allegations import alleged, alleging_host
from .light_verbs import governing_verb, is_light, light_object
from .matching import match_entry
from .word_classes import OCCASION_PREPS, TIME_ENTS, condemning, mandated


# Categories of words about an act that has not happened: the act itself is no event of its own.
_SPEECH_ABOUT_ACTS = frozenset({"REQUEST", "REJECT", "AGREE", "THREATEN"})
# Reactions to an act: "condemned the attack", "welcomed the release", "is investigating the bombing", "protested the
# arrest". A definite or possessed noun there refers to an act reported elsewhere; the sentence reports the reaction.
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "PROTEST"})
# Acts that end a state: "lifted the siege", "eased sanctions", "cancelled the visit" — the noun is what ends.
# Violence is never only a state: "halted its offensive" keeps the offensive.
_ENDINGS = frozenset({"RETREAT", "CONCEDE", "SANCTION"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def asked_or_promised(noun: Token, lexicon: Lexicon) -> bool:
    """"demanded the release of X", "called for the withdrawal of Y", "agreed to a ceasefire": the noun
    names what is asked for, refused, promised or threatened, so it is no event of its own. Likewise what a
    reaction is about ("condemned the attack", "voiced concern over the arrest") and what an ending ends."""
    gov = noun.head.head if noun.head.dep_ == "agent" else governing_verb(noun)  # "troubled by the arrests"
    if gov.pos_ not in ("VERB", "NOUN") or gov.i == noun.i or _occasion_frame(noun, gov):
        return False
    if gov.pos_ == "VERB" and alleged(gov):  # "accused of ordering the killing of protesters"
        return True
    if _said_no_to(gov):
        return True
    if noun.dep_ == "pobj" and alleging_host(noun.head):  # "accused the army of killings", "jailed for the murder"
        return True
    if noun.dep_ == "dobj" and gov.lemma_.lower() in _CONTEMPLATING:  # "is considering sanctions"
        return True
    entry = match_entry(gov, lexicon.entries(gov.lemma_.lower(), gov.pos_)) or _light_entry(gov, noun, lexicon)
    if entry is None and gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "nsubjpass") and gov.head.pos_ == "VERB":
        gov = gov.head  # "summoned the ambassador over the execution": the phrase hangs on the verb's object
        entry = match_entry(gov, lexicon.entries(gov.lemma_.lower(), "VERB")) or _light_entry(gov, noun, lexicon)
    if entry is None:
        return False
    if entry.event in _SPEECH_ABOUT_ACTS:
        return gov.pos_ == "VERB" or noun.head.lower_ in ("for", "of", "to")
    if entry.event in _REACTIONS:  # "condemned the raid", "protested against Israeli raids": acts told elsewhere
        return (_definite(noun) or _unnumbered_plural(noun)) and not _dated_clause(gov, noun)
    if entry.event in _ENDINGS and _unnumbered_plural(noun) and noun.dep_ in ("dobj", "nsubjpass", "pobj"):
        return True  # "halted air strikes", "a halt to its attacks": the series that ends was told before
    if entry.event not in _ENDINGS or gov.pos_ != "VERB" or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    # a siege, a ban or sanctions are states that end; violence that is halted ("halted its offensive") happened
    return not any(e.event == "ASSAULT" for e in lexicon.entries(noun.lemma_.lower(), "NOUN"))


def _said_no_to(verb: Token) -> bool:
    """"Iran said no to direct talks": the parser reads "to direct" as an infinitive under "said no", whose object is
    then what was refused."""
    return verb.dep_ == "xcomp" and any(c.lower_ == "no" and c.dep_ in ("intj", "dobj")
                                        for c in children_of(verb.head))


def _occasion_frame(noun: Token, gov: Token) -> bool:
    """"During a visit to Kabul, Blinken pledged support", "Pompeo, on a visit to Baghdad, urged ...": a phrase naming
    when the verb's act took place, fronted or with "during"/"amid", is no complement telling what is pledged."""
    prep = noun.head
    return noun.dep_ == "pobj" and (prep.lower_ in ("during", "amid")
                                    or prep.lower_ in OCCASION_PREPS and prep.i < gov.i)


def _light_entry(verb: Token, noun: Token, lexicon: Lexicon) -> LexEntry | None:
    """"voiced alarm at the crackdown": the parser hangs "at" on the verb, whose event is its light object's."""
    if verb.pos_ != "VERB" or not is_light(verb.lemma_.lower()):
        return None
    obj = light_object(verb)
    if obj is None or obj.i == noun.i:
        return None
    return match_entry(obj, lexicon.entries(obj.lemma_.lower(), "NOUN"))


# Verbs whose object is an act only thought about: "is considering sanctions", "weighed a ban".
_CONTEMPLATING = frozenset({"consider", "weigh", "mull", "contemplate", "debate", "discuss", "study", "explore",
                            "envisage", "envision", "rule"})


# Prepositions that use an event as a point in time: "after the attack", "since the war".
_TIME_PREPOSITIONS = frozenset({"after", "since", "before", "following", "until", "till", "prior"})


def time_reference(noun: Token) -> bool:
    """"Since the war, ...", "after the attack, police sealed off the area": an undated definite event noun used to
    place another event in time refers to an act told before; "since the assassination of X in January" is dated
    and stays news."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TIME_PREPOSITIONS or not _definite(noun):
        return False
    return not any(t.ent_type_ in TIME_ENTS for t in noun.subtree)


# Frames that name an act only to relate something else to it: "in response to the bombing", "in retaliation for
# the raid", "survivors of the 2015 bombing", "vowed to avenge the killing", "the killing sparked protests".
_RESPONSE_FRAMES = {"response": "to", "reaction": "to", "retaliation": "for", "revenge": "for", "reprisal": "for",
                    "retribution": "for", "punishment": "for", "memory": "of",
                    "anniversary": "of", "aftermath": "of", "wake": "of", "victim": "of", "survivor": "of",
                    "family": "of", "relative": "of", "perpetrator": "of", "mastermind": "of", "culprit": "of",
                    "body": "of", "funeral": "of",  # "the bodies of soldiers killed in the fighting": who they were
                    "suspect": "of", "architect": "of", "commemoration": "of", "remembrance": "of", "scene": "of",
                    "site": "of", "legacy": "of", "repercussion": "of", "consequence": "of", "fallout": "of"}
_REFERRING_VERBS = frozenset({"avenge", "mourn", "commemorate", "remember", "mark", "recall", "revenge"})
# Verbs whose subject is an act told as a cause of the sentence's news: "the killing sparked mass protests".
_CAUSING_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "fuel", "ignite", "cause", "unleash", "touch",
                            "stoke", "inflame", "galvanize", "galvanise", "precipitate", "shock", "outrage",
                            "overshadow", "mar", "cloud", "dominate", "derail", "disrupt", "complicate"})


def _in_frame(noun: Token) -> bool:
    head = noun.head
    return noun.dep_ == "pobj" and _RESPONSE_FRAMES.get(head.head.lemma_.lower()) == head.lower_


def told_before(noun: Token) -> bool:
    """An event noun named as what the sentence's news responds to, commemorates or follows from."""
    head = noun.head
    if _in_frame(noun):
        return True
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _REFERRING_VERBS:
        return True
    if head.dep_ == "agent" and head.head.lemma_.lower() in _CAUSING_VERBS:  # "overshadowed by the assassination"
        return True
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and condemning(head) and _definite(noun):
        return True  # "said the crackdown was unacceptable": the act judged was told before
    if _copular_ranking(noun):
        return True
    # "the killing sparked protests" retells; "Russia's invasion of Ukraine in February 2022 prompted ..." dates it
    return (noun.dep_ == "nsubj" and head.lemma_.lower() in _CAUSING_VERBS and _definite(noun)
            and not any(t.ent_type_ in TIME_ENTS for t in noun.subtree))


def _copular_ranking(noun: Token) -> bool:
    """"It was the worst attack on the city since the war began": a ranking said of an attack refers to one told
    elsewhere (or by its subject: "the bombing was the deadliest attack since 2019"). Only a clause giving a time of
    its own beside the ranking ("it was the deadliest attack since 2019 on Monday") tells that attack here."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" or not ranked(noun):
        return False
    return not any(t.ent_type_ in TIME_ENTS for t in noun.head.subtree if not _inside_ranking(t, noun))


def _inside_ranking(word: Token, noun: Token) -> bool:
    """The word is in the ranking's "since" phrase or clause, which measures the rank and dates nothing."""
    for ancestor in (word, *word.ancestors):
        if ranking_since(ancestor) or (ancestor.dep_ == "advcl" and _marked(ancestor, ("since",))):
            return True
        if ancestor.i == noun.head.i:
            return False
    return False


def _dated_clause(gov: Token, noun: Token) -> bool:
    """"investigating the bombing of a bus three days ago": a date in the reaction's clause may well date the act
    itself, which is then news rather than a reference (the parser hangs such dates on either word)."""
    # a date before the reaction ("Israel on Sunday condemned ...") dates the reaction, not the act
    parts = [noun] + [c for c in children_of(gov) if c.dep_ in ("prep", "npadvmod", "advmod", "tmod") and c.i > gov.i]
    return any(t.ent_type_ in TIME_ENTS for part in parts for t in part.subtree)


def _unnumbered_plural(noun: Token) -> bool:
    """"Israeli airstrikes": a series of acts with no count, which a reaction refers to as a whole."""
    return noun.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in children_of(noun))


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in children_of(noun))


def background_clause(verb: Token, lexicon: Lexicon) -> bool:
    """"Tensions have risen since Hamas attacked Israel": a "since" clause dates the news by an earlier act; "the
    families of those killed in the massacre": a participle that only identifies the people a frame is about;
    "condemned the attack, which killed 12": a relative clause that describes an act the sentence refers back to."""
    if _dating_clause(verb):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _in_frame(verb.head):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _unadopted_text(verb.head, lexicon):
        return True
    return verb.dep_ in ("relcl", "acl") and _referred_event(verb.head, lexicon) and not _reaction_to(verb, lexicon)


_RELATIVE_OBJECTS = frozenset({"which", "that"})


def _reaction_to(verb: Token, lexicon: Lexicon) -> bool:
    """"Moscow proposed a ceasefire, which Kyiv turned down": a relative clause whose subject acts on the noun (the
    relative pronoun is its object) and whose act is of another category than the noun's tells a new event, a
    reaction to the proposal; "the attack, which the rebels carried out" only tells the noun's own event again."""
    children = children_of(verb)
    on_noun = any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in children)
    if verb.dep_ != "relcl" or not on_noun or not any(c.dep_ == "nsubj" for c in children):
        return False
    entry = match_entry(verb, lexicon.entries(verb.lemma_.lower(), "VERB"))
    noun_events = {e.event for e in lexicon.entries(verb.head.lemma_.lower(), "NOUN")}
    return entry is not None and entry.event not in noun_events


# Texts that speak only once adopted: "a resolution condemning ...", "a draft calling for ...".
_TEXTS = frozenset({"resolution", "draft", "motion", "text", "bill", "proposal"})
_UNADOPTING = frozenset({"veto", "block", "reject", "draft", "propose", "table", "circulate", "submit", "debate",
                         "consider", "discuss", "oppose", "prepare"})


def _unadopted_text(noun: Token, lexicon: Lexicon) -> bool:
    """"vetoed a resolution condemning X", "failed to agree on a resolution calling for Y": the text's words are
    nobody's act while it is vetoed, rejected, drafted or still under debate."""
    if noun.lemma_.lower() not in _TEXTS:
        return False
    gov = governing_verb(noun)
    if gov.pos_ != "VERB":
        return False
    if gov.lemma_.lower() in _UNADOPTING:
        return True
    entry = match_entry(gov, lexicon.entries(gov.lemma_.lower(), "VERB"))
    if entry is not None and entry.event == "REJECT":
        return True
    return gov.dep_ == "xcomp" and gov.head.lemma_.lower() in ("fail", "refuse", "decline")  # "failed to agree on"


def _dating_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and (_marked(verb, ("since",)) or _measured_distance(verb))


def subject_of_dating_clause(noun: Token) -> bool:
    """"... since a suicide bombing in Jerusalem killed 18 people": the act that dates the news, told as a subject."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and _dating_clause(noun.head)


# "five years after crowds trashed its embassy", "a day after the rebels killed 12 soldiers": a clause placed at a
# measured distance from the news is an earlier (or later) act used to date it.
_TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute", "night", "century"})


def _marked(verb: Token, marks: tuple[str, ...]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(verb))


def _measured_distance(verb: Token) -> bool:
    units = [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS]
    return _marked(verb, ("after", "before")) and bool(units) and not _recent_act_of_named_doer(verb, units)


# Distances short enough that the earlier act is itself news: "two days after American jets bombed ...".
_RECENT_UNITS = frozenset({"hour", "minute", "day", "night", "week"})
_NAMED_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _recent_act_of_named_doer(verb: Token, units: list[Token]) -> bool:
    """"Two days after American F-15 jets bombed militia positions, Iraqi politicians condemned the raids": an act
    of days before, whose doer the clause names, is an event the sentence tells, not only a date for its news (the
    reaction refers back to it); "a day after gunmen killed four soldiers", "five years after Iranian students stormed
    the embassy" only date the news."""
    if verb.tag_ != "VBD" or any(u.lemma_.lower() not in _RECENT_UNITS for u in units):
        return False
    doers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return any(t.ent_type_ in _NAMED_ENTS or t.pos_ == "PROPN" for d in doers for t in d.subtree)


def _referred_event(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun (or a place in its phrase: "the bombing in Jerusalem that ...") named only as a reference;
    "the anniversary of the massacre in which ...": the event noun is the clause's own head, the frame above it."""
    if _event_noun(noun, lexicon) and _referred(noun, lexicon):
        return True
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return _event_noun(noun, lexicon) and _referred(noun, lexicon)


def _event_noun(noun: Token, lexicon: Lexicon) -> bool:
    return noun.pos_ == "NOUN" and bool(lexicon.entries(noun.lemma_.lower(), "NOUN"))


def _referred(noun: Token, lexicon: Lexicon) -> bool:
    return asked_or_promised(noun, lexicon) or time_reference(noun) or told_before(noun)


def asked_for(verb: Token, lexicon: Lexicon) -> bool:
    """"Russia insisted that Ukraine withdraw its troops", "gave the militants until Friday to leave": the act is
    what is demanded, no event."""
    ultimatum = verb.tag_ == "VB" and verb.head.lemma_.lower() in _ULTIMATUM_VERBS
    if not (mandated(verb) or ultimatum) or verb.head.pos_ != "VERB":
        return False
    entry = match_entry(verb.head, lexicon.entries(verb.head.lemma_.lower(), "VERB"))
    return entry is not None and entry.event in ("REQUEST", "THREATEN") and (ultimatum or entry.event == "REQUEST")


_ULTIMATUM_VERBS = frozenset({"give", "set"})
