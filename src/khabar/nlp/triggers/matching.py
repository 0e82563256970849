"""Constraint matching: whether a token meets a lexicon entry's required and vetoing constraints
(``match_entry``), with the table of "@name" word classes and the dependency readings a constraint looks through
(passive agents, controlled subjects, phrases the parser hung on a neighbour).
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from ..lexicon import (ARMS_NOUNS, CROWD_NOUNS, DIGNITARY_NOUNS, GOVERNMENT_NOUNS, HAZARD_NOUNS,
                       PERSON_NOUNS, PROJECTILES, TARGET_NOUNS, TRANSFER_VERBS, WRONGDOING_VERBS, Constraint, LexEntry,
                       load_lexicon)
from ..factuality.questions import quoted_question
# matching runs on the final parse only (the finder asks after the component's repairs), so the kept form serves
from ..syntax import children_of, kept_per_doc, kept_to_infinitive as to_infinitive
from .light_verbs import gapped_relative, governing_verb, is_light, light_object, prep_objects
from .threats import foretold, warned_clauses
from .word_classes import (TIME_ENTS, assigns_blame, blacklist, claimed_as_own, condemning, foreign, is_arms,
                           is_money, is_official, mandated, mourning, names_a_party, own_thing, receives_with,
                           referents, refers_to, seized, self_defence, wrongdoing)
from .word_classes import abstract_thing, names_a_place
from .ground import described_ground, named_town


# A constraint on "dobj" is also met by the passive subject ("sanctions were lifted"); a particle is
# sometimes parsed as a preposition or adverb ("pulled out of the talks", "stepped down").
_DEP_ALIASES = {"dobj": ("dobj", "nsubjpass"), "compound": ("compound", "amod", "nmod"),
                "prt": ("prt", "prep", "advmod")}


# Acts whose promise is a threat: anything the lexicon files under material conflict or protest, and these.
_CONFLICT_EVENTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
_CONFLICT_WORDS = frozenset({"punish", "avenge", "crush", "eliminate", "wipe", "annihilate", "defeat", "respond",
                             "retaliate", "hunt", "destroy", "hit", "target", "expel", "oust", "topple"})


def _is_conflict(token: Token) -> bool:
    """"vowed to retaliate", "pledged to crush the rebels", "vowed to continue its offensive": a verb naming a
    conflictual act, itself or through the event noun it carries as a light verb."""
    lemma = token.lemma_.lower()
    if lemma in _CONFLICT_WORDS:
        return True
    if token.pos_ != "VERB":
        return False
    lexicon = load_lexicon()
    entry = match_entry(token, lexicon.entries(lemma, "VERB"))
    if entry is None and is_light(lemma):
        noun = light_object(token)
        if noun is not None and noun.lemma_.lower() in _RETRIBUTION:
            return True  # "vowed to take revenge", "promised swift retaliation"
        entry = match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) if noun is not None else None
    return entry is not None and entry.event in _CONFLICT_EVENTS


_RETRIBUTION = frozenset({"revenge", "vengeance", "retaliation", "reprisal", "retribution"})


# Modals that lay a duty on their subject: "Israel must respect the ceasefire", "both sides should exercise restraint".
_DUTY_MODALS = frozenset({"must", "should", "ought"})
_DUTY_VERBS = frozenset({"need", "have", "ought"})  # "Pakistan needs to do more", "Russia ought to withdraw"


def _names_an_event(verb: Token) -> bool:
    """The verb is an event of its own, or carries one as a light verb ("must hold talks")."""
    lexicon = load_lexicon()
    lemma = verb.lemma_.lower()
    if match_entry(verb, lexicon.entries(lemma, "VERB")) is not None:
        return True
    noun = light_object(verb) if is_light(lemma) else None
    return noun is not None and match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) is not None


def _duty(clause: Token) -> Token | None:
    """The act a clause says its subject must or should do: the clause itself under a duty modal, or the infinitive
    after "needs to", "has to", "ought to" (not "would have to", which foresees what a situation will force)."""
    auxes = {c.lower_ for c in children_of(clause) if c.dep_ == "aux"}
    if auxes & _DUTY_MODALS:
        return clause
    if (clause.lemma_.lower() in _DUTY_VERBS or clause.lower_ == "ought") and not auxes & {"would", "will", "'ll"}:
        return next((c for c in children_of(clause) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return None


def _prescribed(clause: Token) -> bool:
    """"Washington said Israel must respect the ceasefire", "said Pakistan needs to do more": a reported clause that
    lays a duty on another party asks it to act (CAMEO 10); not one whose subject is a thing ("said the pause should
    allow relief"). When the act is an event of its own ("said Israel must withdraw"), the stated-intent reading of
    that event tells the request instead."""
    if clause.dep_ != "ccomp":  # asked first: most words the class is tried on head no reported clause
        return False
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if subject is None or claimed_as_own(clause):
        return False
    if not (names_a_party(subject) or subject.pos_ == "PROPN" or refers_to(subject, _SIDES)):
        return False
    act = _duty(clause)
    return act is not None and not _names_an_event(act)


_SIDES = frozenset({"side", "party", "nation", "country", "community"})  # "both sides should", "all parties must"


def _tells_no_act(clause: Token) -> bool:
    """"agreed that the meeting had been useful", "agreed that the economy would recover": a reported clause whose
    verb is a copula, or whose verb, subject and object are no words of the lexicon, states an opinion, not an act
    ("agreed that troops would withdraw", "agreed that talks would resume" tell one)."""
    if clause.dep_ != "ccomp":
        return False
    if clause.lemma_ == "be":
        return True
    lexicon = load_lexicon()
    objects = [c for c in children_of(clause) if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    return not lexicon.entries(clause.lemma_.lower(), "VERB") and not any(
        lexicon.entries(o.lemma_.lower(), "NOUN") for o in objects)


# Fighting told as the occasion of a capture: "after heavy fighting", "after days of fighting", "in an offensive".
_COMBAT_NOUNS = frozenset({"fighting", "clash", "battle", "offensive", "assault", "attack", "combat", "firefight",
                           "gunfight", "shelling", "bombardment", "skirmish"})  # a siege is a blockade (191)


def _combat(noun: Token) -> bool:
    """A noun of fighting, or a stretch of time made of it ("days of fighting", "weeks of clashes")."""
    if _combat_word(noun):
        return True
    return any(_combat_word(o) for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
               for o in children_of(p) if o.dep_ == "pobj")


def _combat_word(word: Token) -> bool:
    """By lemma or word: after "weeks of" the tagger reads "fighting" as a gerund, whose lemma is "fight"."""
    return word.lemma_.lower() in _COMBAT_NOUNS or word.lower_ in _COMBAT_NOUNS


def _let_go(verb: Token) -> bool:
    """"let go of the soldiers", "let the hostages go": a bare "go" (or "go of"), not "let the talks go ahead" or "let
    the migrants go through"."""
    return verb.lemma_.lower() == "go" and not any(
        c.dep_ in ("prt", "acomp", "xcomp") or c.lower_ in _ONWARD for c in children_of(verb))


_ONWARD = frozenset({"ahead", "through", "forward", "on", "into", "to", "across", "toward", "towards", "unpunished"})


# What a party is told it will suffer for its act: "would pay dearly", "will pay a heavy price", "would regret it",
# "will face the consequences".
_RETRIBUTION_ADVERBS = frozenset({"dearly", "heavily"})
_RETRIBUTION_OBJECTS = frozenset({"price", "consequence", "consequences", "retaliation", "retribution"})


def _foretold_retribution(clause: Token) -> bool:
    """"Pyongyang said Seoul would pay dearly for the drills": a reported clause telling another party that it will
    suffer for what it does threatens it (CAMEO 130)."""
    if clause.dep_ != "ccomp":  # asked first: most words the class is tried on head no reported clause
        return False
    foretold = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in children_of(clause))
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if not foretold or subject is None or not names_a_party(subject):
        return False  # "said the economy would pay dearly" foresees a cost, threatening no one
    lemma = clause.lemma_.lower()
    # "would face the consequences of the drought": what a cause brings is no punishment
    words = {c.lemma_.lower() for c in children_of(clause) if c.dep_ in ("advmod", "dobj")
             and not any(p.dep_ == "prep" and p.lower_ == "of" for p in children_of(c))}
    return (lemma == "regret" or (lemma == "pay" and bool(words & (_RETRIBUTION_ADVERBS | _RETRIBUTION_OBJECTS)))
            or (lemma == "face" and bool(words & _RETRIBUTION_OBJECTS)))


_WH_WORDS = frozenset({"whether", "if", "who", "what", "why", "how", "when", "where", "which"})


def _open_question(clause: Token) -> bool:
    """"asked whether the sanctions had worked", "asked who fired the rockets", '"Who will protect these people?"
    asked a worker': a reported or quoted question, no request."""
    if clause.dep_ != "ccomp":
        return False
    words = [t for t in clause.subtree if not t.is_punct]
    return bool(words) and words[0].lower_ in _WH_WORDS or quoted_question(clause)


def _capitalised_plural(token: Token, nouns: frozenset[str]) -> bool:
    """"NANTERRE, France — Youths clashed": after a dateline the tagger may take a plural for a name, and leave its
    lemma unreduced."""
    after_dateline = token.i > 0 and token.doc[token.i - 1].text in _DATELINE_DASHES
    return after_dateline and token.tag_ == "NNP" and token.lower_.endswith("s") and token.lower_[:-1] in nouns


_DATELINE_DASHES = frozenset({"—", "–", "--"})


# Crowds that are there to protest: a side of a clash that makes it a riot ("students" or "villagers" may be armed).
_PROTESTING_CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher",
                                "throng"})


# Who or what fires: "artillery fire", "sniper fire", "machine-gun fire" is shooting, not a blaze; so is fire named
# by whose side it came from ("killed by friendly fire", "came under enemy fire").
_FIRING = ARMS_NOUNS | frozenset({"sniper", "gun", "machine", "machinegun", "machine-gun", "cannon", "naval",
                                  "friendly", "enemy", "hostile", "incoming"})


def _weapon_fire(token: Token) -> bool:
    """"Artillery fire hit a market": "fire" that a weapon or a shooter names is gunfire, no hazard."""
    return token.lemma_.lower() == "fire" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FIRING
                                                  for c in children_of(token))


# "@name" words in a constraint stand for a class of tokens rather than a lemma.
_WORD_CLASSES = {
    "@actor": names_a_party,
    "@official": is_official,
    "@government": lambda t: t.ent_type_ == "GPE" or t.lemma_.lower() in GOVERNMENT_NOUNS,
    "@plural": lambda t: t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts),
    "@date": lambda t: t.ent_type_ in TIME_ENTS,
    "@place": names_a_place,
    "@town": named_town,  # "Kunduz fell to the Taliban": a town whatever the tagger calls it
    "@ground": described_ground,  # "seized Bulo Burde, a town in ...", "captured Anefis from the army"
    # a name the small model may tag as anything, a town's included ("took Kurakhove" as ORG): not a date
    "@proper_name": lambda t: t.pos_ == "PROPN" and t.ent_type_ not in TIME_ENTS,
    "@transfer": lambda t: t.pos_ == "VERB" and t.lemma_.lower() in TRANSFER_VERBS,
    "@crowd": lambda t: refers_to(t, CROWD_NOUNS) or _capitalised_plural(t, CROWD_NOUNS),
    # the word itself first: its conjuncts are read off the tree only when it is no crowd
    "@crowd_side": lambda t: refers_to(t, _PROTESTING_CROWDS) or any(refers_to(c, _PROTESTING_CROWDS)
                                                                      for c in t.conjuncts),
    "@projectile": lambda t: refers_to(t, PROJECTILES) or _weapon_fire(t),
    "@hazard": lambda t: refers_to(t, HAZARD_NOUNS) and not _weapon_fire(t),
    "@abstract": abstract_thing,
    "@target": lambda t: t.lemma_.lower() in TARGET_NOUNS or refers_to(t, TARGET_NOUNS),
    "@money": lambda t: is_money(t),
    "@conflict": _is_conflict,
    "@blame": assigns_blame,
    "@condemning": condemning,
    "@subjunctive": lambda t: mandated(t),
    "@prescribed": _prescribed,
    "@imputed": lambda t: t.dep_ == "ccomp" and _is_conflict(t) and not claimed_as_own(t),
    "@wrongdoing": wrongdoing,
    "@foretold": lambda t: foretold(t, is_conflict=_is_conflict),
    "@demanded": lambda t: any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DEMANDING
                               for c in children_of(t)),
    "@own": own_thing,
    "@seized": seized,
    "@foreign": foreign,
    "@blacklist": blacklist,
    "@mourning": mourning,
    "@self_defence": self_defence,
    "@opinion": _tells_no_act,
    "@open_question": lambda t: _open_question(t),
    "@arms": is_arms,
    "@retribution": _foretold_retribution,
    "@combat": _combat,
    "@let_go": _let_go,
    "@dignitary": lambda t: t.ent_type_ == "PERSON" or t.lemma_.lower() in DIGNITARY_NOUNS,
    "@person": lambda t: t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or t.lower_ in _PERSON_PRONOUNS,
}
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# "the reforms demanded by the protesters", "the changes sought by the opposition"
_DEMANDING = frozenset({"demand", "seek", "request", "want", "urge", "call"})


def _word_matches(token: Token, words: frozenset[str]) -> bool:
    if "*" in words or token.lemma_.lower() in words or token.lower_ in words:
        return True
    return any(test(token) for test in _class_tests(words))


@functools.cache
def _class_tests(words: frozenset[str]) -> tuple[Callable[[Token], bool], ...]:
    """The "@name" word-class tests among a constraint's words, picked out once per constraint: a constraint is
    tried at every token its entry's lemma has, and most of its words name no class."""
    return tuple(_WORD_CLASSES[w] for w in words if w in _WORD_CLASSES)


def _controller_subjects(token: Token) -> list[Token]:
    """The subject a subjectless infinitive, conjoined verb or participle shares with the verb above it: "Putin
    and Erdogan are expected to meet", "protesters gathered and chanted", "the quake hit the city, killing 20"; an
    infinitive on a noun a superlative ranks has that noun for subject ("the worst drought to hit the region")."""
    if _ranked_infinitive(token):
        return [token.head]
    verb = token
    for _ in range(3):
        # a subjectless participle or purpose infinitive: "..., killing 20", "summoned the envoy to protest"
        non_finite = verb.tag_ == "VBG" or to_infinitive(verb)
        participle = verb.dep_ == "advcl" and non_finite and not any(c.dep_ == "mark" for c in children_of(verb))
        if not (verb.dep_ in ("xcomp", "conj") or participle) or verb.head.i == verb.i:
            return []
        verb = verb.head
        found = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
    return []


def _ranked_infinitive(verb: Token) -> bool:
    """"the worst drought to hit", "the first leader to visit": an infinitive on a noun a superlative or an ordinal
    ranks tells what the noun itself did; "a plan to attack" does not."""
    return (verb.dep_ in ("relcl", "acl") and to_infinitive(verb)
            and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in children_of(verb.head)))


def _meets(token: Token, constraint: Constraint, children: tuple[Token, ...]) -> bool:
    """Whether ``token`` (whose ``children`` the caller read once for all its constraints) meets ``constraint``: one
    of the words the constraint reads (``_readings``) is of its words, or, for an object, the act the object holds
    is named by one of them."""
    lemmas = constraint.lemmas
    if constraint.dep == "dobj" and not lemmas.isdisjoint(_contents_lemmas(token, children)):
        # "rejected the proposal for talks", "demanded the holding of elections": the act the object holds, by its
        # word; no word class ("dismissed calls for a transitional council" dismisses no official)
        return True
    return any(_word_matches(r, lemmas) for r in _readings(token, constraint.dep, "*" in lemmas, children))


_READINGS_KEY = "khabar.triggers.readings"  # doc.user_data key: (token index, dep, any word) -> the words it reads


def _readings(token: Token, dep: str, any_word: bool, children: tuple[Token, ...]) -> tuple[Token, ...]:
    """The words a constraint on ``dep`` tests at ``token``, through every reading of the dependency, kept per doc: a
    word's entries ask the same dependency in constraint after constraint (an object four times per verb), each
    with other words, and the readings walk the children's children. Whether a constraint is met is whether one of
    them is of its words, so the readings are gathered whole, in any order. Only for the final parse (see
    ``syntax.children_of``); the answer is a tuple, as callers only read it."""
    memo = token.doc.user_data.get(_READINGS_KEY)
    if memo is None:
        memo = token.doc.user_data[_READINGS_KEY] = {}
    key = (token.i, dep, any_word)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(_read(token, dep, any_word, children))
    return found


def _read(token: Token, dep: str, any_word: bool, children: tuple[Token, ...]) -> list[Token]:
    if dep.startswith("pobj"):  # "pobj.with:murder" = the object of "with"; "pobj:" = of any preposition
        # "froze the assets of dozens of activists": a measure is looked through, as for objects
        doers = _light_verb_doers(token) if dep in _DOER_DEPS else []
        return doers + list(_prep_referents(token, _named_preps(dep), any_word=any_word))
    special = _SPECIAL_READINGS.get(dep)
    return special(token, children, any_word) if special is not None else _dependents(token, dep, children)


def _dependents(token: Token, dep: str, children: tuple[Token, ...]) -> list[Token]:
    """What the word's own dependents of ``dep`` (or of the dependencies the parser gives it) stand for."""
    deps = _DEP_ALIASES.get(dep, (dep,))
    if dep == "compound":
        children = children + _modifiers_of_compounds(children)
    return [r for c in children if c.dep_ in deps and not (dep == "prt" and _dating_phrase(c)) for r in referents(c)]


def _subject_readings(token: Token, children: tuple[Token, ...], any_word: bool) -> list[Token]:
    # "the embassy was stormed by protesters": the doer of a passive is its subject's part
    if any(c.dep_ == "nsubj" for c in children):
        return _passive_agents(token) + _dependents(token, "nsubj", children)
    # "protesters gathered and chanted": a subjectless verb's subject is the one it shares
    return _passive_agents(token) + [r for s in _controller_subjects(token) for r in referents(s)]


def _governor_readings(token: Token, children: tuple[Token, ...], any_word: bool) -> list[Token]:
    """The verb above the trigger ("went on strike"), unless the trigger is what it sends or the act it steps
    toward, and a participle describing it ("the truce brokered by Egypt")."""
    verb = governing_verb(token)
    own = not _agent_of_transitive(token) and not receives_with(token) and not _steps_toward(token)
    return ([verb] if own else []) + described_by_participle(token)


def _governor_subject_readings(token: Token, children: tuple[Token, ...], any_word: bool) -> list[Token]:
    """Who does what the governing verb carries: "the opposition filed charges"."""
    verb = governing_verb(token)
    if verb.i == token.i:
        return []
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"] or _controller_subjects(verb)
    return [r for s in subjects + _passive_agents(verb) for r in referents(s)]


def _object_readings(token: Token, children: tuple[Token, ...], any_word: bool) -> list[Token]:
    """The object, also as the parser may hang it elsewhere or a frame leaves it out."""
    # "allowed inspectors to return", "fired what appeared to be a missile": the object, reparsed
    reparsed = [r for s in _raised_objects(token) + _free_relative_nouns(token)
                for r in referents(s)] if _has_clause(children) else []
    # "called off the crackdown": the parser may hang the object on the particle
    on_particle = [o for p in children if p.dep_ == "prt" for o in children_of(p) if o.dep_ == "pobj"]
    # "the talks the opposition rejected", "the assets were frozen": the object the frame leaves out
    understood = [r for o in _understood_objects(token, children) for r in referents(o)]
    # "the men held last week": the noun a passive participle describes is what it acts on
    described = list(referents(token.head)) if _reduced_relative(token) else []
    return reparsed + on_particle + understood + described + _dependents(token, "dobj", children)


def _contents_lemmas(token: Token, children: tuple[Token, ...]) -> frozenset[str]:
    """The words of the acts the verb's objects hold (``_object_contents``), kept per doc as ``_readings``."""
    memo = token.doc.user_data.get(_READINGS_KEY)
    if memo is None:
        memo = token.doc.user_data[_READINGS_KEY] = {}
    key = (token.i, "contents")
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(o.lemma_.lower() for o in _object_contents(children))
    return found


_SPECIAL_READINGS: dict[str, Callable[[Token, tuple[Token, ...], bool], list[Token]]] = {
    "nsubj": _subject_readings,
    # what a verb of saying says, also around a parenthetical "they warned"
    "content": lambda token, children, any_word: warned_clauses(token),
    "gov": _governor_readings,
    "govsubj": _governor_subject_readings,
    # "sent a letter to Clinton urging him to act": what the letter carries
    "govclause": lambda token, children, any_word: _content_clauses(governing_verb(token)),
    # "workers responded with a strike": who does what a light verb carries, as "the workers' strike"
    "poss": lambda token, children, any_word: _light_verb_doers(token) + _dependents(token, "poss", children),
    "oprd": lambda token, children, any_word: _postposed_predicates(token) + _dependents(token, "oprd", children),
    # any purpose clause would meet "xcomp:*"
    "xcomp": lambda token, children, any_word: ([] if any_word else _infinitive_adjuncts(token))
    + _dependents(token, "xcomp", children),
    "dobj": _object_readings,
    # "turned the opposition's offer of talks down": the parser hangs the particle inside the object
    "prt": lambda token, children, any_word: _stranded_particles(children) + _dependents(token, "prt", children),
    # "put forward a peace plan": only the object's modifier tells the offer
    "dobjmod": lambda token, children, any_word: _object_modifiers(children),
    # "called for the troops to leave": the parser reads "for" as the mark of a clause
    "prep": lambda token, children, any_word: [*_complementizers(token), *_dependents(token, "prep", children)],
}


def _object_modifiers(children: tuple[Token, ...]) -> list[Token]:
    """The nouns and adjectives before the verb's object (or passive subject) that say what kind of thing it is: "a
    peace plan", "a ceasefire proposal", "a humanitarian plan" (also the modifier the parser hangs on a compound
    noun: "a new peace and security plan")."""
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    direct = tuple(m for o in objects for m in children_of(o) if m.dep_ in _DEP_ALIASES["compound"] and m.i < o.i)
    return list(direct + _modifiers_of_compounds(direct))


def _content_clauses(verb: Token) -> list[Token]:
    """The participle or infinitive clauses on a verb that tell what the thing it sends says: "sent a letter to
    Clinton urging him to intervene", "wrote to Assad to protest the raid"."""
    return [c for c in children_of(verb)
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and (c.tag_ == "VBG" or to_infinitive(c))]


@functools.cache
def _named_preps(dep: str) -> tuple[str, ...]:
    """The prepositions a "pobj" constraint names: "pobj.in.by" → ("in", "by"); "pobj" → () (any)."""
    return tuple(dep.split(".")[1:])


_PREP_REFERENTS_KEY = "khabar.triggers.prep_referents"  # doc.user_data key: (token, preps, any_word) -> referents


def _prep_referents(token: Token, preps: tuple[str, ...], *, any_word: bool) -> tuple[Token, ...]:
    """What the objects of the word's prepositions ``preps`` stand for, in the order of their readings, kept per
    doc: a word's entries ask the same prepositions in constraint after constraint ("withdrew from the talks",
    "from the hospital", "from the accord"), almost always in vain, so every reading is walked each time. Only for
    the final parse (see ``syntax.children_of``); the answer is a tuple, as callers only read it."""
    memo = token.doc.user_data.get(_PREP_REFERENTS_KEY)
    if memo is None:
        memo = token.doc.user_data[_PREP_REFERENTS_KEY] = {}
    key = (token.i, preps, any_word)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(r for o in _prep_object_readings(token, preps, any_word=any_word)
                                  for r in referents(o))
    return found


def _prep_object_readings(token: Token, preps: tuple[str, ...], *, any_word: bool) -> Iterator[Token]:
    """The objects of the word's prepositions ``preps`` (any, if none), then those of the phrases the parser hung
    elsewhere that belong to it. Read one list at a time: most constraints are settled by the word's own phrases,
    and the later readings walk the children's children."""
    yield from prep_objects(token, preps)
    yield from _object_preps(token, preps)
    yield from _destination(token, preps)
    yield from (o for h in _free_relative_hosts(token) for o in prep_objects(h, preps))
    yield from _complementizer_subjects(token, preps)
    yield from _after_time(token, preps)
    yield from _gerunds(token, preps, any_word=any_word)
    yield from verb_preps_after(token, preps)
    yield from _stranded_subjects(token, preps)


def _modifiers_of_compounds(children: tuple[Token, ...]) -> tuple[Token, ...]:
    """"joint air drills", "joint naval and air exercises": the parser hangs a modifier of the whole noun phrase on
    the compound noun before the head; it modifies the head all the same."""
    return tuple(m for c in children if c.dep_ == "compound" and c.pos_ == "NOUN" for m in children_of(c)
                 if m.dep_ in ("amod", "compound") and m.i < c.i)


def _has_clause(children: tuple[Token, ...]) -> bool:
    """Whether a verb has a clausal complement, without which it has no raised object and no free relative
    (asked first: most verbs have none, and reading those two walks the children's children)."""
    return any(c.dep_ == "ccomp" for c in children)


def _dating_phrase(prep: Token) -> bool:
    """"seized the offices on Monday", "gave in March": a preposition that dates the verb is no particle the parser
    misread ("seized on the remarks", "gave in"), so it meets no "prt" constraint."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTS for o in children_of(prep))


def _raised_objects(verb: Token) -> list[Token]:
    """"allowed UN inspectors to return", "ordered the diplomats to leave", "allowed the inspectors back": with no
    object of its own, the verb's infinitive (or particle) clause may carry the object as its subject; to the reader
    it is the verb's object."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)):
        return []
    return [s for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i
            and (to_infinitive(c) or c.lower_ in _RETURN_PARTICLES)
            for s in children_of(c) if s.dep_ == "nsubj" and s.i < c.i]


# "allowed the inspectors back", "let the monitors in": the parser makes the particle a clause over the object
_RETURN_PARTICLES = frozenset({"back", "in"})


@kept_per_doc("khabar.triggers.free_relative_hosts")  # asked of the same verbs by objects and prepositions alike
def _free_relative_hosts(verb: Token) -> tuple[Token, ...]:
    """"fired what appeared to be a missile into the sea", "struck what it called an army position": the parser
    makes the object a clause whose subject or object is "what"; the clause and the "to be" under it carry the
    object noun and the phrases the reader hangs on the verb."""
    hosts = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i
             and any(w.lower_ == "what" and w.dep_ in ("nsubj", "dobj") for w in children_of(c))]
    return tuple(hosts + [x for h in hosts for x in children_of(h) if x.dep_ == "xcomp" and x.lemma_ == "be"])


def _free_relative_nouns(verb: Token) -> list[Token]:
    """The noun a free relative object names: the predicate of "what appeared to be", "what it called", "what
    officials described as"."""
    return [n for h in _free_relative_hosts(verb) for n in children_of(h) if n.dep_ in ("attr", "oprd")] + [
        o for h in _free_relative_hosts(verb) for o in prep_objects(h, ("as",))]


@kept_per_doc("khabar.triggers.complementizers")  # every "pobj" and "prep" constraint asks it of the same words
def _complementizers(word: Token) -> tuple[Token, ...]:
    """"called for foreign troops to leave", "calls for the army to withdraw": the "for" the parser makes the mark
    of a "for X to Y" clause under the word is, to the reader, the word's own preposition."""
    return tuple(m for c in children_of(word) if c.dep_ in ("advcl", "acl", "ccomp") and c.i > word.i
            and to_infinitive(c)
            for m in children_of(c) if m.dep_ == "mark" and m.i == c.left_edge.i)


def _complementizer_subjects(word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The subject of a "for X to Y" clause under the word stands as the object of its "for"."""
    return [s for m in _complementizers(word) if not preps or m.lower_ in preps
            for s in children_of(m.head) if s.dep_ in ("nsubj", "nsubjpass")]


def _passive_agents(verb: Token) -> list[Token]:
    """The parties a passive's "by" phrase names ("were burned by rioters"), each through a relative pronoun."""
    if verb.pos_ != "VERB":
        return []
    return [r for c in children_of(verb) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"
            for r in referents(o)]


def _steps_toward(noun: Token) -> bool:
    """"The army moved to arrest the opposition leader", "police rushed to seal off the area": the subject of a verb
    with an infinitive complement takes a step toward that act; the verb moves or sends nothing."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "xcomp" and to_infinitive(c) for c in children_of(noun.head))


def _agent_of_transitive(noun: Token) -> bool:
    """"The opposition voiced criticism": the subject of a verb with an object is the party acting, not the act the
    verb carries (which is the object)."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in children_of(noun.head))


def _understood_objects(verb: Token, children: tuple[Token, ...]) -> list[Token]:
    """The object a frame leaves out of the verb's own dependents: the noun an object relative clause with no
    pronoun describes ("the talks the opposition rejected"), and the subject of the copula a participle the parser
    read as its complement stands for ("the assets were frozen", "all flights are suspended")."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in children):
        return []
    if gapped_relative(verb):
        return [verb.head]
    if _copular_participle(verb):
        return [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
    return []


# Objects that only hold the act they name in their phrase: "the proposal for talks", "plans for a march".
_CONTAINER_NOUNS = frozenset({"offer", "proposal", "plan", "call", "invitation", "request", "bid", "idea", "holding",
                              "resumption", "start", "opening", "prospect", "possibility"})
_CONTAINER_PREPS = ("of", "for", "to")


def _object_contents(children: tuple[Token, ...]) -> list[Token]:
    """The act an object that only holds one names in its "of", "for" or "to" phrase: "rejected the proposal for
    talks", "suspended plans for a march", "demanded the holding of elections"."""
    return [o for c in children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CONTAINER_NOUNS
            for p in children_of(c) if p.dep_ == "prep" and p.lower_ in _CONTAINER_PREPS
            for o in children_of(p) if o.dep_ == "pobj"]


def _copular_participle(verb: Token) -> bool:
    """"the accounts were frozen", "all flights are suspended": a passive participle the parser made the complement
    of "be" (a "VBN" verb, or an adjective in "-ed"/"-en", which the finder tries with its verb's rows)."""
    if verb.dep_ != "acomp" or verb.head.lemma_ != "be":
        return False
    return verb.tag_ == "VBN" or (verb.pos_ == "ADJ" and verb.lower_.endswith(("ed", "en")))


def _stranded_particles(children: tuple[Token, ...]) -> list[Token]:
    """"turned the opposition's latest offer of talks down": a particle after a long object, which the parser hangs
    on the object's last word; the particle ends the object's phrase."""
    return [t for o in children if o.dep_ == "dobj" for t in (o.right_edge,)
            if t.tag_ == "RP" and t.i > o.i and t.dep_ in ("advmod", "prt", "prep")]


def _stranded_subjects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """"both sides were called on to show restraint", "the ceasefire was agreed to": in a prepositional passive the
    preposition is left without its object, and the passive subject is that object."""
    if not preps:
        return []
    children = children_of(verb)
    stranded = any(c.dep_ in ("prep", "prt") and c.lower_ in preps
                   and not any(o.dep_ in ("pobj", "pcomp") for o in children_of(c)) for c in children)
    return [s for c in children if c.dep_ == "nsubjpass" for s in referents(c)] if stranded else []


# The dependents of an event noun that name who does it: "the union's strike", "a strike by miners".
_DOER_DEPS = frozenset({"poss", "pobj.by"})


def _light_verb_doers(noun: Token) -> list[Token]:
    """The parties that do what a light verb carries: its subjects (or the subjects it shares) and its passive
    agents ("miners responded with a strike", "a strike was staged by miners")."""
    verb = governing_verb(noun)
    if verb.i == noun.i or verb.pos_ != "VERB" or not is_light(verb.lemma_.lower()) or light_object(verb) != noun:
        return []
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"] or _controller_subjects(verb)
    return [r for s in subjects + _passive_agents(verb) for r in referents(s)]


def described_by_participle(noun: Token) -> list[Token]:
    """"the truce brokered by Egypt", "the deal signed in Doha": a participle after a noun, with no object of its
    own, acts on the noun as a verb governing it would (the tagger may read it as a past tense)."""
    if noun.pos_ != "NOUN":
        return []
    return [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > noun.i
            and not any(o.dep_ in ("dobj", "nsubjpass", "nsubj") for o in children_of(c))]


def _reduced_relative(verb: Token) -> bool:
    # "the deal struck in Doha": the tagger may read the participle as a past tense; a clause with its own subject
    # ("reports that gunmen attacked the village") tells what the noun says, not what is done to it
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
            and not any(c.dep_ == "nsubj" for c in children_of(verb)))


def _infinitive_adjuncts(verb: Token) -> list[Token]:
    """"threatened on Friday to attack the capital", "stopped, for the first time, buying Russian gas": with words
    between, the parser often reads the verb's infinitive or gerund complement as a subjectless adverbial clause; it
    is still what the verb governs (a gerund only after a verb with no object: "stopped the convoy, searching it" is
    a participle of manner)."""
    children = children_of(verb)
    objectless = not any(c.dep_ == "dobj" for c in children)
    return [c for c in children if c.dep_ == "advcl" and c.i > verb.i
            and (to_infinitive(c) or objectless and c.tag_ == "VBG")
            and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in children_of(c))]


def _postposed_predicates(verb: Token) -> list[Token]:
    """"holds the rebels responsible": the parser often hangs the object's predicate on the object as an adjective
    after it; it says what the verb makes of the object, as an "oprd" would."""
    return [a for o in children_of(verb) if o.dep_ == "dobj" for a in o.rights if a.dep_ == "amod" and a.pos_ == "ADJ"]


def _gerunds(word: Token, preps: tuple[str, ...], *, any_word: bool) -> list[Token]:
    """"charged two soldiers with abusing a detainee", "accused of shelling": a gerund clause stands as the object of
    a named preposition on the word, and its verb is what the phrase is about. Where any object will do, only a
    gerund naming an act or a wrong counts ("charged with overseeing the budget" is a task, not a charge)."""
    if not preps:
        return []
    # "pulled out of mediating the conflict": the parser hangs "of" on the particle "out"
    hosts = [word, *(c for c in children_of(word) if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"))]
    found = [g for h in hosts for c in children_of(h) if c.dep_ == "prep" and c.lower_ in preps
             for g in children_of(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return [g for g in found if not any_word or _names_an_act(g)]


def _names_an_act(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in WRONGDOING_VERBS or bool(load_lexicon().entries(lemma, "VERB"))


def _destination(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """"sent tanks to Ukraine": where a sent thing goes is said on the sending verb, and belongs to the thing."""
    verb = _sending_verb(noun) if preps else None
    if verb is None:
        return _provided_with(noun) if "to" in preps else []
    # "has given Ukraine 5,000 missiles": the indirect object is where the thing goes, as a "to" phrase would say
    receivers = [c for c in children_of(verb) if c.dep_ == "dative" and c.pos_ != "ADP"] if "to" in preps else []
    return receivers + [o for c in children_of(verb) if c.dep_ in ("prep", "dative") and c.lower_ in preps
                        for o in children_of(c) if o.dep_ == "pobj"]


def _provided_with(noun: Token) -> list[Token]:
    """"provided Ukraine with 14 tanks", "supplied the rebels with rockets": the verb's object is where the thing in
    its "with" phrase goes."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in TRANSFER_VERBS:
        return []
    return [o for o in children_of(prep.head) if o.dep_ == "dobj"]


def _sending_verb(noun: Token) -> Token | None:
    """The verb of sending whose object (or passive subject) is the noun, or a measure of it: "delivered a batch of
    missiles to India" sends the missiles."""
    verb = governing_verb(noun)
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        return None
    sent = noun if noun.head.i == verb.i else noun.head.head if noun.dep_ == "pobj" else None
    return verb if sent is not None and sent.dep_ in ("dobj", "nsubjpass") and sent.head.i == verb.i else None


def _after_time(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """"had warned for days of a threat": the parser may hang the verb's phrase on the time phrase before it."""
    if not preps:
        return []
    times = [o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c)
             if o.dep_ == "pobj" and o.ent_type_ in TIME_ENTS]
    return [o for t in times for o in prep_objects(t, preps)]


def _object_preps(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """A named preposition the parser hung on the verb's object: "assured the IAEA of its cooperation", "relieved
    the general of his command" ("of" belongs to the verb)."""
    if not preps:
        return []
    return [o for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass") for o in prep_objects(c, preps)]


def verb_preps_after(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """"announced a halt to its attacks": a phrase right after an object noun that the parser hung on the verb may
    belong to the noun (the attachment is ambiguous to the parser, not to the reader)."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or not preps:
        return []
    if noun.dep_ == "nsubjpass":  # "an investigation was launched into the killings": the phrase follows the verb
        found = [p for p in noun.head.rights if p.dep_ == "prep"]
    else:
        after = noun.right_edge.i + 1
        found = [noun.doc[after]] if after < len(noun.doc) and noun.doc[after].head.i == noun.head.i else []
    return [c for p in found if p.dep_ == "prep" and p.lower_ in preps for c in children_of(p) if c.dep_ == "pobj"]


def match_entry(token: Token, entries: tuple[LexEntry, ...]) -> LexEntry | None:
    if not entries:
        return None
    children = children_of(token)  # kept per doc: a word's entries ask of its children constraint after constraint
    for entry in entries:
        if all(_meets(token, c, children) for c in entry.required) and not any(
                _meets(token, c, children) for c in entry.vetoes):
            return entry
    return None
