"""When an event noun names a particular event: a number, an agent, a patient or a place, a past
clause it is the subject of (or the object of: "sparked protests", "reported gunfire"), what a party "came under",
an event "under way", a day's date on it, a named governor or doer (also parties "in talks"), or a claim of
responsibility for it. An event noun an act is done to ("the rally was banned", "police banned the rally") is that
act's patient, in either voice, and what a ban forbids is not done.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import QUANTITY_NOUNS, LexEntry
from ..syntax import children_of
from .light_verbs import governing_verb, is_light, prep_objects
from .matching import verb_preps_after
from .word_classes import AGENT_ENTS, OCCASION_PREPS, TIME_ENTS, is_official, names_a_party


# What makes an event noun a specific event rather than a topic: a number, an agent, a patient, a date.
_NOUN_EVIDENCE_PREPS = frozenset({"of", "on", "against", "by", "in", "near", "at", "outside", "inside", "targeting", "into",
                                   "between", "across", "along"})


# "frequent attacks", "repeated clashes": a noun that names a series or a habit, not one occasion.
_SERIAL_ADJECTIVES = frozenset({"frequent", "repeated", "regular", "occasional", "constant", "sporadic", "periodic",
                                "recurrent", "recurring", "routine", "countless", "numerous", "incessant"})


def is_serial(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _SERIAL_ADJECTIVES for c in children_of(noun))


def _is_evidence(child: Token) -> bool:
    if child.dep_ in ("nummod", "poss"):
        return True
    if child.dep_ in ("compound", "amod", "nmod"):
        return child.ent_type_ in AGENT_ENTS or (child.dep_ == "compound" and child.pos_ == "PROPN")
    if child.dep_ == "prep":
        return child.lower_ in _NOUN_EVIDENCE_PREPS and any(c.dep_ == "pobj" for c in children_of(child))
    # "an attack targeting a police convoy": a participle naming the patient
    return child.dep_ == "acl" and child.tag_ == "VBG" and any(c.dep_ == "dobj" for c in children_of(child))


# Participles that set an event for a date: "the rally planned for Sunday", "talks scheduled for next week".
_SCHEDULING = frozenset({"plan", "schedule", "set", "slate", "due", "expect"})


def scheduled(noun: Token) -> bool:
    """"The protest planned for Sunday": a participle setting the event for a date makes it one occasion to come."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in _SCHEDULING and _dated(c) for c in children_of(noun))


def is_specific(noun: Token) -> bool:
    """True when the noun names a particular event: it has a number, an agent, a patient or a place, or it is
    the subject of a clause telling what it did on one occasion ("a bomb blast rocked the capital")."""
    if forbidden(noun):
        return scheduled(noun)  # "the protest planned for Sunday was banned": an occasion to come, kept from happening
    measure = measure_of(noun)
    if measure is not None and not is_serial(measure) and (_counted(measure) or occurred(measure)):
        return True  # "a new wave of arrests swept the country", "three rounds of talks"
    return not is_serial(noun) and (any(_is_evidence(child) for child in children_of(noun)) or occurred(noun)
                                    or bool(verb_preps_after(noun, _HUNG_PATIENT_PREPS)))


# Verbs of forbidding, whose object is a kind of act kept from happening: "banned protests in the capital".
_FORBIDDING = frozenset({"ban", "prohibit", "outlaw", "forbid"})


def forbidden(noun: Token) -> bool:
    """"The authorities banned protests in the capital", "rallies were outlawed in Dhaka": what a ban forbids is not
    done (the ban is the event), whatever place or date its phrase gives it, in the active as in the passive."""
    noun = leading_conjunct(noun)
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _FORBIDDING


# "ordered a probe into the stampede", "filed a case against the mayor": the parser may hang the phrase naming the
# patient on the verb, right after the noun; it still makes the noun one event.
_HUNG_PATIENT_PREPS = ("into", "against")


def measure_of(noun: Token) -> Token | None:
    """The noun that counts or gathers the event noun after "of": "a wave of arrests", "a new round of sanctions"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return None
    return head.head if head.head.lemma_.lower() in QUANTITY_NOUNS else None


def _counted(measure: Token) -> bool:
    return any(c.dep_ in ("nummod", "poss") for c in children_of(measure))


# Auxiliaries that put a clause on one past occasion: "talks were held", "protests have spread".
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})


# Verbs whose present places a reported event in time, as news writing does: "the attack comes two days after ...".
_NEWS_PRESENT = frozenset({"come", "follow"})


# Verbs whose object is what an act set off: "the killing sparked protests", "the raid triggered clashes".
_SETTING_OFF = frozenset({"spark", "trigger", "prompt", "provoke", "ignite", "unleash", "touch"})
# Verbs of witnessing whose object is an act that was seen or heard: "witnesses reported heavy gunfire overnight".
_PERCEIVING = frozenset({"hear", "see", "witness", "report", "observe", "film"})


def occurred(noun: Token) -> bool:
    """"Clashes erupted", "peace talks resumed", "a general strike paralysed the capital": an event noun as the
    subject of a past (or perfect) verb other than "be" is told as having happened, and so is one whose
    present is dated ("protests spread to Homs on Friday"), one a past act set off ("the arrest sparked
    protests") or witnesses saw or heard, one a party came under, one under way, and one dated to a day ("talks on
    Monday"); a bare present ("protests are common") or a modal ("talks could resume") is not. A second conjunct
    reads the first one's clause ("shelling and airstrikes killed 15")."""
    noun = leading_conjunct(noun)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _SETTING_OFF | _PERCEIVING:
        return _told_as_past(verb)
    if headline_passive(noun) or came_under(noun) or under_way(noun) or dated_on_a_day(noun) or set_off(noun):
        return True
    if noun.dep_ == "nsubjpass" and not _carries_its_subject(verb):
        return False  # "the rally was banned by police" tells the ban, as "police banned the rally" does
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if not auxes:  # the tagger may take a simple past for a participle ("the summit opened in ...")
        return verb.tag_ in ("VBD", "VBN") or (verb.tag_ in ("VBP", "VBZ") and (
            _dated(verb) or verb.lemma_.lower() in _NEWS_PRESENT))
    return verb.tag_ == "VBN" and auxes[0] in _PAST_AUXILIARIES


def _carries_its_subject(verb: Token) -> bool:
    """A passive's subject is what its active would take for object: an event told as done only under a verb that
    carries it ("talks were held", "an attack was launched") or one that sets it off or perceives it ("protests were
    sparked by the killing", "gunfire was heard"); any other act is done to it ("the ceasefire was violated")."""
    lemma = verb.lemma_.lower()
    return is_light(lemma) or lemma in _SETTING_OFF | _PERCEIVING


def dated_on_a_day(noun: Token) -> bool:
    """"Xi flew to Moscow for talks on Monday", "Tuesday's meeting", "talks Tuesday": an event noun dated to one day
    names that day's occasion ("talks in recent years" or "since 2019" name no one day)."""
    for child in children_of(noun):
        if (child.dep_ == "prep" and child.lower_ == "on") or child.dep_ in ("npadvmod", "poss"):
            if any(t.ent_type_ in TIME_ENTS and t.lower_ in _DAY_WORDS for t in child.subtree):
                return True
    return False


_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                        "today", "tonight"})


def leading_conjunct(noun: Token) -> Token:
    """"Shelling and airstrikes killed 15 civilians": a noun conjoined with an event noun shares its clause."""
    # the head may be a gerund the tagger took for a verb ("Shelling and airstrikes"), a subject all the same
    while noun.dep_ == "conj" and (noun.head.pos_ == "NOUN" or noun.head.dep_ in ("nsubj", "nsubjpass")):
        noun = noun.head
    return noun


def came_under(noun: Token) -> bool:
    """"A convoy came under attack from gunmen", "the town came under heavy shelling on Sunday": what a place or a
    party came under, in the past, was done to it then ("comes under fire" in a dated present too)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() != "come":
        return False
    verb = prep.head
    return _told_as_past(verb) or verb.tag_ in ("VBP", "VBZ") and _dated(verb)


def set_off(noun: Token) -> bool:
    """"The protest march set off from the university.": the parser reads a phrasal past right after the noun heading
    a verbless sentence as a participle on it; with a particle, no object and no doer, it is the noun's own act told
    as done (a headline's passive, "Protests banned in Dhaka", has no full stop and no particle)."""
    if noun.dep_ != "ROOT" or not noun.sent[-1].is_punct or noun.i + 1 >= len(noun.doc):
        return False
    verb = noun.doc[noun.i + 1]
    if verb.head.i != noun.i or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    children = children_of(verb)
    return any(c.dep_ == "prt" for c in children) and not any(
        c.dep_ in ("dobj", "agent", "auxpass", "nsubj", "nsubjpass") for c in children)


# Predicates of an event going on now: "talks are under way in Geneva", "protests are continuing in Cairo".
_GOING_ON = frozenset({"continue", "go", "rage", "unfold", "proceed", "spread", "intensify", "escalate"})


def under_way(noun: Token) -> bool:
    """An event noun as the subject of "be under way" or of a progressive of going on, with a place or a date on
    the clause, is one occasion told while it lasts; "attacks on journalists are rising" tells a trend (not a
    verb of going on), and "talks are the only way forward" no occasion."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ == "be":
        return any(c.lower_ in ("underway", "under") and _way(c) for c in children_of(verb)) and _placed(verb)
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children_of(verb))
    return progressive and verb.lemma_.lower() in _GOING_ON and _placed(verb)


def _way(word: Token) -> bool:
    """"underway", or "under way"."""
    return word.lower_ == "underway" or any(c.dep_ == "pobj" and c.lower_ == "way" for c in children_of(word))


def _placed(verb: Token) -> bool:
    """A named place or a date in the verb's phrases: "in Geneva", "on Monday"."""
    return any(t.ent_type_ in TIME_ENTS or t.ent_type_ in ("GPE", "LOC", "FAC")
               for c in children_of(verb) if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def headline_passive(noun: Token) -> bool:
    """"Sanctions imposed on Iran over nuclear program", "Talks held in Doha": a headline drops the auxiliary of its
    passive, so the noun heading the sentence with the participle of a light verb ("imposed", "held", "launched")
    that names a party or a place tells the event ("Protests banned in Dhaka" tells the ban, not a protest)."""
    if noun.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in noun.sent):
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and is_light(c.lemma_.lower())
               and _names_a_party_or_place(c) for c in children_of(noun))


def headline_participle(verb: Token) -> bool:
    """"Peace talks rejected by rebels", "Curfew lifted in Srinagar": the participle of a headline that drops its
    passive's auxiliary, naming a party or a place, tells one occasion, whatever its verb (the parser hangs it on the
    noun, or makes it the root with the noun for its passive subject)."""
    if verb.tag_ != "VBN" or verb.sent[-1].is_punct or not _names_a_party_or_place(verb):
        return False
    if verb.dep_ == "ROOT":
        children = children_of(verb)
        return (any(c.dep_ == "nsubjpass" for c in children)
                and not any(c.dep_ in ("aux", "auxpass") for c in children))
    noun = verb.head
    return (verb.dep_ == "acl" and verb.i == noun.i + 1 and noun.dep_ == "ROOT"
            and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in noun.sent))


def _names_a_party_or_place(participle: Token) -> bool:
    return any(o.ent_type_ in AGENT_ENTS or o.ent_type_ in ("LOC", "FAC") or names_a_party(o)
               for p in children_of(participle) if p.dep_ in ("prep", "agent")
               for o in children_of(p) if o.dep_ == "pobj")


def _told_as_past(verb: Token) -> bool:
    """A past verb, or a participle of one: "..., sparking protests"."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        return _told_as_past(verb.head)
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and bool(auxes) and auxes[0] in _PAST_AUXILIARIES


def _dated(verb: Token) -> bool:
    return any(t.ent_type_ in TIME_ENTS for c in children_of(verb) if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def framed_occasion(noun: Token) -> bool:
    """An event noun named as the occasion of an act told in the past (or by a participle) took place then."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS or is_serial(noun):
        return False
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "nsubj":
        host = host.head  # "Pompeo, on a visit to Baghdad, urged": the phrase hangs on the subject
    return host.pos_ == "VERB" and (host.tag_ == "VBD" or host.tag_ == "VBG" and host.dep_ == "advcl")


def named_governor(noun: Token, entry: LexEntry) -> bool:
    """A noun that is an event only under certain verbs ("gov:" in the lexicon), found under one of them; not what a
    party came under ("the convoy came under fire from militants"), which the "from" party did to the subject."""
    return (not entry.alone and any(c.dep == "gov" for c in entry.required) and governing_verb(noun).pos_ == "VERB"
            and not came_under(noun))


def named_agent(noun: Token) -> bool:
    """"Putin's visit to Beijing", "the Chinese criticism of ...", "talks between the two sides": a named
    party doing it (its possessor, a name or nationality before it, a "by" or "between" phrase)."""
    for child in children_of(noun):
        if child.dep_ == "poss" and (child.ent_type_ in AGENT_ENTS or child.pos_ == "PROPN" or is_official(child)):
            return True
        if child.dep_ in ("compound", "amod") and child.ent_type_ in AGENT_ENTS:
            return True
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "between")):
            return any(c.dep_ == "pobj" for c in children_of(child))
        if child.dep_ == "prep" and child.lower_ == "with":  # "talks with Iran", "a meeting with the minister"
            return any(c.dep_ == "pobj" and (names_a_party(c) or c.pos_ == "PROPN") for c in children_of(child))
    return engaged_in(noun)


# Copulas whose subject is in the event as its party: "Iran and the EU are in talks", "remain in negotiations".
_BEING = frozenset({"be", "remain", "stay"})


def engaged_in(noun: Token) -> bool:
    """"Iran and the EU are in talks over the deal", "Kenya and Uganda in talks on border dispute" (a headline hangs
    the phrase on the parties): named parties said to be in the event take part in it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or any(c.dep_ == "det" for c in children_of(noun)):
        return False
    holder = prep.head
    if holder.lemma_ in _BEING:
        return any(c.dep_ == "nsubj" and names_a_party(c) for c in children_of(holder))
    return holder.dep_ == "ROOT" and holder.pos_ == "PROPN" and names_a_party(holder)


# Speech acts whose "from" phrase names the speaker: "criticism from rights groups", "a warning from Washington".
VOICED_ACTS = frozenset({"ACCUSE", "THREATEN", "SUPPORT"})


def voiced_by(noun: Token) -> bool:
    """"The decision drew criticism from rights groups": a named party the act comes from, in a "from" phrase on the
    noun or right after it on its verb."""
    objects = prep_objects(noun, ("from",)) + verb_preps_after(noun, ("from",))
    return any(names_a_party(o) or o.pos_ == "PROPN" for o in objects)


_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_CLAIM_VERBS = frozenset({"claim", "take", "accept", "admit", "assume", "acknowledge"})


def claimed_by(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for <the event>", "took credit for <it>" (or the copula of "said it was
    behind <it>"), when the noun is its event: a claim names a particular event, and its subject as the doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in _CLAIM_NOUNS:
        return owned_by_speaker(noun)
    verb = prep.head.head
    return verb if prep.head.dep_ == "dobj" and verb.lemma_.lower() in _CLAIM_VERBS else None


# Verbs a party tells its own part in an act with: "the group said it was behind the attack".
_TELLING = frozenset({"say", "claim", "announce", "confirm", "admit", "acknowledge", "state", "declare"})
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})


def owned_by_speaker(noun: Token) -> Token | None:
    """The copula of "the group said it was behind the attack", "said they were responsible for the bombing": a party
    saying it did the act claims it, as claiming responsibility does; the copula's subject (the speaker's own
    pronoun) is the doer. "Said Syria was behind it" lays blame instead, and "said it was not behind it" disowns it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    copula = prep.head
    if prep.lower_ == "for" and copula.lower_ == "responsible" and copula.dep_ == "acomp":
        copula = copula.head
    elif prep.lower_ != "behind":
        return None
    if copula.lemma_ != "be" or copula.dep_ != "ccomp" or copula.head.lemma_.lower() not in _TELLING:
        return None
    children = list(children_of(copula))
    if any(c.dep_ == "neg" for c in children):
        return None
    return copula if any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in children) else None
