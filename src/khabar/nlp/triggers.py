"""Component ``khabar_triggers_v1``: find the words that name events.

A trigger is a verb in the lexicon ("arrested"), an event noun under a light verb ("launched a raid",
"carried out attacks"), or an event noun that stands on its own with something that makes it a
specific event ("35 rocket attacks", "the U.S. assassination of ...").

Before reading triggers, the component repairs two parser slips that hide a clause's verb (``repairs``): it keeps
prefixed verbs whole in the tokenizer ("test-fired") and re-hangs verbs the parser read as adjectives.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from .datelines import in_dateline
from .lexicon import (ABSTRACT_NOUNS, ACTOR_NOUNS, CONDEMNING_WORDS, CROWD_NOUNS, GOVERNMENT_NOUNS, HAZARD_NOUNS,
                      LIGHT_VERBS, NARROW_LIGHT_VERBS, OFFICIAL_NOUNS, PEJORATIVE_MODIFIERS, PERSON_NOUNS,
                      PLACEHOLDER_OBJECTS, PREPOSITIONAL_LIGHT_VERBS, WRONGDOING_VERBS,
                      PROJECTILES, QUANTITY_NOUNS, TARGET_NOUNS, TRANSFER_VERBS, Constraint, LexEntry, Lexicon,
                      load_lexicon)
from .repairs import (keep_prefixed_verbs, lemmatise_prefixed_verbs, repair_dateline_subjects,
                      repair_verbs_read_as_adjectives)

# A constraint on "dobj" is also met by the passive subject ("sanctions were lifted"); a particle is
# sometimes parsed as a preposition or adverb ("pulled out of the talks", "stepped down").
_DEP_ALIASES = {"dobj": ("dobj", "nsubjpass"), "compound": ("compound", "amod", "nmod"),
                "prt": ("prt", "prep", "advmod")}
# What makes an event noun a specific event rather than a topic: a number, an agent, a patient, a date.
_NOUN_EVIDENCE_PREPS = frozenset({"of", "on", "against", "by", "in", "near", "at", "outside", "inside", "targeting", "into",
                                   "between"})
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    head: int  # token index of the event word
    governor: int  # token whose clause supplies the actor and factuality (the light verb, else ``head``)
    entry: LexEntry
    nominal: bool


def _governing_verb(token: Token) -> Token:
    """The word a noun depends on, through a preposition ("called for the release") and through a measure
    ("sent 10 tons of food", "gave $2 billion in aid")."""
    head = token.head
    head = head.head if head.dep_ == "prep" else head
    if head.i != token.i and head.dep_ in ("dobj", "nsubjpass") and _measured(head).i == token.i:
        return head.head
    return head


def _acronym(token: Token) -> bool:
    """"the IAEA", "NATO": an all-capital name the small model may leave untagged is an organisation (not the
    place of a dateline, "TAJI — Rockets were fired at ...")."""
    return (token.pos_ in ("NOUN", "PROPN") and len(token.text) >= 2 and token.text.isalpha() and token.is_upper
            and not in_dateline(token))


def names_a_party(token: Token) -> bool:
    """A party that can be met, visited or fired: a named entity, a pronoun or a role noun ("the minister")."""
    if token.ent_type_ in _AGENT_ENTS or token.lemma_.lower() in ACTOR_NOUNS or _acronym(token):
        return True
    return token.pos_ == "PRON" and token.lower_ not in ("it", "this", "that", "which", "what")


def _referents(token: Token) -> list[Token]:
    """The nouns a subject may stand for: itself; for a relative pronoun, the noun its clause modifies and,
    when that noun ends "X of Y" ("supporters of militias who ..."), X too; for "dozens of rockets", the
    rockets."""
    out = [token]
    if token.lower_ in ("who", "which", "that", "whom") and token.head.dep_ == "relcl":
        noun = token.head.head
        out.append(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            out.append(noun.head.head)
    for noun in list(out):
        if noun.lemma_.lower() in QUANTITY_NOUNS or noun.lower_ in QUANTITY_NOUNS or noun.pos_ == "NUM":
            out.extend(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj")
    return out


def _refers_to(token: Token, nouns: frozenset[str]) -> bool:
    return any(t.lemma_.lower() in nouns for t in _referents(token))


def _is_official(token: Token) -> bool:
    """A party one receives or recognises: a name, a personal pronoun, or an office ("the minister")."""
    if token.ent_type_ in _AGENT_ENTS or token.lemma_.lower() in OFFICIAL_NOUNS or _acronym(token):
        return True
    return token.pos_ == "PRON" and token.lower_ in ("him", "her", "them", "he", "she", "they")


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
    if entry is None and _is_light(lemma):
        noun = _light_object(token)
        if noun is not None and noun.lemma_.lower() in _RETRIBUTION:
            return True  # "vowed to take revenge", "promised swift retaliation"
        entry = match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) if noun is not None else None
    return entry is not None and entry.event in _CONFLICT_EVENTS


_RETRIBUTION = frozenset({"revenge", "vengeance", "retaliation", "reprisal", "retribution"})


# "said Syria was responsible for the attack", "the rebels were behind the bombing": a clause that lays blame.
_BLAME_WORDS = frozenset({"responsible", "guilty", "culpable", "accountable", "complicit"})


def _condemning(word: Token) -> bool:
    """"a travesty of justice", "a blatant violation": a noun that judges; "the raid was unacceptable": a clause
    whose predicate does."""
    if _judging(word):
        return True
    return word.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") and _judging(c) for c in word.children)


def _judging(word: Token) -> bool:
    """"a sham", "unacceptable", "a terrorist organisation": the word judges, or a modifier makes its name a slur."""
    if word.lemma_.lower() in CONDEMNING_WORDS or word.lower_ in CONDEMNING_WORDS:
        return True
    if word.lower_ == "motivated" and any(c.dep_ == "advmod" and c.lower_ == "politically" for c in word.children):
        return True  # "called the arrests politically motivated"
    return word.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in PEJORATIVE_MODIFIERS
                                       for c in word.children)


def _wrongdoing(clause: Token) -> bool:
    """"said Washington was interfering in its affairs": a reported clause telling that another party does wrong."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() not in WRONGDOING_VERBS:
        return False
    return not any(c.dep_ == "neg" for c in clause.children) and not _claimed_as_own(clause)


def _assigns_blame(clause: Token) -> bool:
    if clause.lemma_.lower() != "be":
        return False
    return any((c.dep_ == "acomp" and c.lemma_.lower() in _BLAME_WORDS) or (c.dep_ == "prep" and c.lower_ == "behind")
               for c in clause.children)


def _mandated(verb: Token) -> bool:
    """"insisted that Ukraine withdraw", "demanded that he resign": a base-form verb with its own subject and
    no auxiliary is a mandative subjunctive, an act asked for, not one reported."""
    children = list(verb.children)
    # "insisted that Iran halt enrichment": the tagger may read the bare verb as a noun with an object
    misread = verb.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in children)
    if verb.dep_ != "ccomp" or not (verb.tag_ == "VB" or misread):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and not any(c.dep_ == "aux" for c in children)


# "@name" words in a constraint stand for a class of tokens rather than a lemma.
_WORD_CLASSES = {
    "@actor": names_a_party,
    "@official": _is_official,
    "@government": lambda t: t.ent_type_ == "GPE" or t.lemma_.lower() in GOVERNMENT_NOUNS,
    "@plural": lambda t: t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts),
    "@date": lambda t: t.ent_type_ in _TIME_ENTS,
    "@place": lambda t: t.ent_type_ in ("GPE", "LOC", "FAC"),
    "@transfer": lambda t: t.pos_ == "VERB" and t.lemma_.lower() in TRANSFER_VERBS,
    "@crowd": lambda t: _refers_to(t, CROWD_NOUNS),
    "@projectile": lambda t: _refers_to(t, PROJECTILES),
    "@hazard": lambda t: _refers_to(t, HAZARD_NOUNS),
    "@abstract": lambda t: t.lemma_.lower() in ABSTRACT_NOUNS,
    "@target": lambda t: t.lemma_.lower() in TARGET_NOUNS or _refers_to(t, TARGET_NOUNS),
    "@money": lambda t: _money(t),
    "@conflict": _is_conflict,
    "@blame": _assigns_blame,
    "@condemning": _condemning,
    "@subjunctive": lambda t: _mandated(t),
    "@imputed": lambda t: t.dep_ == "ccomp" and _is_conflict(t) and not _claimed_as_own(t),
    "@wrongdoing": _wrongdoing,
    "@demanded": lambda t: any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DEMANDING
                               for c in t.children),
    "@person": lambda t: t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or t.lower_ in _PERSON_PRONOUNS,
}
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# "the reforms demanded by the protesters", "the changes sought by the opposition"
_DEMANDING = frozenset({"demand", "seek", "request", "want", "urge", "call"})


def _word_matches(token: Token, words: frozenset[str]) -> bool:
    if "*" in words or token.lemma_.lower() in words or token.lower_ in words:
        return True
    return any(_WORD_CLASSES[w](token) for w in words if w in _WORD_CLASSES)


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions (all, or only ``preps``), through nested ones: "out of the talks"."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ not in ("prep", "agent"):
            continue
        if not preps or child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        out.extend(_prep_objects(child, preps))
    return out


def _controller_subjects(token: Token) -> list[Token]:
    """The subject a subjectless infinitive, conjoined verb or participle shares with the verb above it: "Putin
    and Erdogan are expected to meet", "protesters gathered and chanted", "the quake hit the city, killing 20"."""
    verb = token
    for _ in range(3):
        # a subjectless participle or purpose infinitive: "..., killing 20", "summoned the envoy to protest"
        non_finite = verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        participle = verb.dep_ == "advcl" and non_finite and not any(c.dep_ == "mark" for c in verb.children)
        if not (verb.dep_ in ("xcomp", "conj") or participle) or verb.head.i == verb.i:
            return []
        verb = verb.head
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
    return []


def _meets(token: Token, constraint: Constraint) -> bool:
    if constraint.dep == "nsubj" and any(_word_matches(r, constraint.lemmas) for r in _passive_agents(token)):
        return True  # "the embassy was stormed by protesters": the doer of a passive is its subject's part
    if constraint.dep == "nsubj" and not any(c.dep_ == "nsubj" for c in token.children):
        return any(_word_matches(s, constraint.lemmas) for s in _controller_subjects(token))
    if constraint.dep == "gov":  # the verb above the trigger: "went on strike"
        return not _agent_of_transitive(token) and _word_matches(_governing_verb(token), constraint.lemmas)
    if constraint.dep.startswith("pobj"):  # "pobj.with:murder" = the object of "with"; "pobj:" = of any preposition
        preps = tuple(constraint.dep.split(".")[1:])
        objects = _prep_objects(token, preps) + _object_preps(token, preps) + _destination(token, preps)
        return any(_word_matches(o, constraint.lemmas) for o in objects + _verb_preps_after(token, preps))
    if constraint.dep == "oprd" and any(_word_matches(a, constraint.lemmas) for a in _postposed_predicates(token)):
        return True
    if (constraint.dep == "xcomp" and "*" not in constraint.lemmas  # any purpose clause would meet "xcomp:*"
            and any(_word_matches(c, constraint.lemmas) for c in _infinitive_adjuncts(token))):
        return True
    if constraint.dep == "dobj" and _reduced_relative(token) and any(
            _word_matches(r, constraint.lemmas) for r in _referents(token.head)):
        return True  # "the men held last week": the noun a passive participle describes is what it acts on
    deps = _DEP_ALIASES.get(constraint.dep, (constraint.dep,))
    return any(c.dep_ in deps and any(_word_matches(r, constraint.lemmas) for r in _referents(c))
               for c in token.children)


def _passive_agents(verb: Token) -> list[Token]:
    """The parties a passive's "by" phrase names ("were burned by rioters"), each through a relative pronoun."""
    if verb.pos_ != "VERB":
        return []
    return [r for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
            for r in _referents(o)]


def _agent_of_transitive(noun: Token) -> bool:
    """"The opposition voiced criticism": the subject of a verb with an object is the party acting, not the act the
    verb carries (which is the object)."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in noun.head.children)


def _reduced_relative(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


def _infinitive_adjuncts(verb: Token) -> list[Token]:
    """"threatened on Friday to attack the capital": with words between, the parser often reads the verb's
    infinitive complement as a subjectless adverbial clause; it is still what the verb governs."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)]


def _postposed_predicates(verb: Token) -> list[Token]:
    """"holds the rebels responsible": the parser often hangs the object's predicate on the object as an adjective
    after it; it says what the verb makes of the object, as an "oprd" would."""
    return [a for o in verb.children if o.dep_ == "dobj" for a in o.rights if a.dep_ == "amod" and a.pos_ == "ADJ"]


def _destination(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """"sent tanks to Ukraine": where a sent thing goes is said on the sending verb, and belongs to the thing."""
    if not preps or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in TRANSFER_VERBS:
        return []
    return [o for c in noun.head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def _object_preps(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """A named preposition the parser hung on the verb's object: "assured the IAEA of its cooperation", "relieved
    the general of his command" ("of" belongs to the verb)."""
    if not preps:
        return []
    return [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in _prep_objects(c, preps)]


def _verb_preps_after(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """"announced a halt to its attacks": a phrase right after an object noun that the parser hung on the verb may
    belong to the noun (the attachment is ambiguous to the parser, not to the reader)."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or not preps:
        return []
    if noun.dep_ == "nsubjpass":  # "an investigation was launched into the killings": the phrase follows the verb
        found = [p for p in noun.head.rights if p.dep_ == "prep"]
    else:
        after = noun.right_edge.i + 1
        found = [noun.doc[after]] if after < len(noun.doc) and noun.doc[after].head.i == noun.head.i else []
    return [c for p in found if p.dep_ == "prep" and p.lower_ in preps for c in p.children if c.dep_ == "pobj"]


def match_entry(token: Token, entries: tuple[LexEntry, ...]) -> LexEntry | None:
    for entry in entries:
        if all(_meets(token, c) for c in entry.required) and not any(_meets(token, c) for c in entry.vetoes):
            return entry
    return None


# Measures of what follows "of"/"in": "$2 billion in aid", "10 tons of food", "dozens of attacks".
_MEASURES = QUANTITY_NOUNS | {"ton", "tonne", "truckload", "consignment", "batch", "shipment", "load", "worth",
                              "million", "billion", "kilogram", "litre", "liter", "barrel", "pallet", "planeload"}
# Currencies written out, which the small model often leaves outside a MONEY entity ("20 million euros").
_CURRENCIES = frozenset({"euro", "dollar", "pound", "yen", "yuan", "renminbi", "rupee", "ruble", "rouble", "franc",
                         "dinar", "riyal", "rial", "lira", "shekel", "won", "peso", "rand", "naira", "shilling",
                         "dirham", "krona", "krone", "zloty", "hryvnia", "taka", "baht", "ringgit", "rupiah"})


def _money(token: Token) -> bool:
    return token.ent_type_ == "MONEY" or (token.lemma_.lower() in _CURRENCIES and any(
        c.dep_ in ("nummod", "compound") and c.pos_ == "NUM" for c in token.children))


def _measured(obj: Token) -> Token:
    """The noun a measure phrase measures ("$50 million in assistance" → assistance), else the object itself."""
    if obj.pos_ != "NUM" and not _money(obj) and obj.lemma_.lower() not in _MEASURES:
        return obj
    inside = (c for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
              for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN")
    return next(inside, None) or _measured_on_verb(obj) or obj


def _measured_on_verb(obj: Token) -> Token | None:
    """"gave 30 million pounds in humanitarian aid": the parser may hang the "in" phrase on the verb; a bare noun
    there (no article: not "in the region") is what the sum measures."""
    if obj.dep_ not in ("dobj", "nsubjpass"):
        return None
    inside = (c for p in obj.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > obj.i
              for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
              and not any(d.dep_ in ("det", "poss") for d in c.children))
    return next(inside, None)


def _light_object(verb: Token) -> Token | None:
    """The event noun a light verb carries: "launched a raid", "went on strike", "engaged in talks",
    "took part in the protest", "gave $2 billion in aid"."""
    # a plural object noun the tagger read as a verb ("held live-fire drills") is still the object
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                and (c.pos_ in ("NOUN", "NUM") or c.tag_ == "VBZ")), None)
    noun = _measured(obj) if obj is not None else None
    noun = noun if noun is not None and (noun.pos_ == "NOUN" or noun.tag_ == "VBZ") else None
    prep = PLACEHOLDER_OBJECTS.get((verb.lemma_.lower(), noun.lemma_.lower())) if noun is not None else None
    if prep is not None:
        inside = _prep_objects(noun, (prep,)) or _prep_objects(verb, (prep,))
        return next((o for o in inside if o.pos_ == "NOUN"), None)
    if noun is not None or verb.lemma_ not in PREPOSITIONAL_LIGHT_VERBS:
        return noun
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == PREPOSITIONAL_LIGHT_VERBS[verb.lemma_]:
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


# "frequent attacks", "repeated clashes": a noun that names a series or a habit, not one occasion.
_SERIAL_ADJECTIVES = frozenset({"frequent", "repeated", "regular", "occasional", "constant", "sporadic", "periodic",
                                "recurrent", "recurring", "routine", "countless", "numerous", "incessant"})


def _serial(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _SERIAL_ADJECTIVES for c in noun.children)


def _is_evidence(child: Token) -> bool:
    if child.dep_ in ("nummod", "poss"):
        return True
    if child.dep_ in ("compound", "amod", "nmod"):
        return child.ent_type_ in _AGENT_ENTS or (child.dep_ == "compound" and child.pos_ == "PROPN")
    if child.dep_ == "prep":
        return child.lower_ in _NOUN_EVIDENCE_PREPS and any(c.dep_ == "pobj" for c in child.children)
    # "an attack targeting a police convoy": a participle naming the patient
    return child.dep_ == "acl" and child.tag_ == "VBG" and any(c.dep_ == "dobj" for c in child.children)


def _specific(noun: Token) -> bool:
    """True when the noun names a particular event: it has a number, an agent, a patient or a place, or it is
    the subject of a clause telling what it did on one occasion ("a bomb blast rocked the capital")."""
    return not _serial(noun) and (any(_is_evidence(child) for child in noun.children) or _occurred(noun))


# Auxiliaries that put a clause on one past occasion: "talks were held", "protests have spread".
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})


# Verbs whose present places a reported event in time, as news writing does: "the attack comes two days after ...".
_NEWS_PRESENT = frozenset({"come", "follow"})


def _occurred(noun: Token) -> bool:
    """"Clashes erupted", "peace talks resumed", "a general strike paralysed the capital": an event noun as the
    subject of a past (or perfect) verb other than "be" is told as having happened, and so is one whose
    present is dated ("protests spread to Homs on Friday"); a bare present ("protests are common") or a modal
    ("talks could resume") is not."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:  # the tagger may take a simple past for a participle ("the summit opened in ...")
        return verb.tag_ in ("VBD", "VBN") or (verb.tag_ in ("VBP", "VBZ") and (
            _dated(verb) or verb.lemma_.lower() in _NEWS_PRESENT))
    return verb.tag_ == "VBN" and auxes[0] in _PAST_AUXILIARIES


def _dated(verb: Token) -> bool:
    return any(t.ent_type_ in _TIME_ENTS for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def _named_governor(noun: Token, entry: LexEntry) -> bool:
    """A noun that is an event only under certain verbs ("gov:" in the lexicon), found under one of them."""
    return not entry.alone and any(c.dep == "gov" for c in entry.required) and _governing_verb(noun).pos_ == "VERB"


def _named_agent(noun: Token) -> bool:
    """"Putin's visit to Beijing", "the Chinese criticism of ...", "talks between the two sides": a named
    party doing it (its possessor, a name or nationality before it, a "by" or "between" phrase)."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.ent_type_ in _AGENT_ENTS or child.pos_ == "PROPN" or _is_official(child)):
            return True
        if child.dep_ in ("compound", "amod") and child.ent_type_ in _AGENT_ENTS:
            return True
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "between")):
            return any(c.dep_ == "pobj" for c in child.children)
        if child.dep_ == "prep" and child.lower_ == "with":  # "talks with Iran", "a meeting with the minister"
            return any(c.dep_ == "pobj" and (names_a_party(c) or c.pos_ == "PROPN") for c in child.children)
    return False


# Speech acts whose "from" phrase names the speaker: "criticism from rights groups", "a warning from Washington".
_VOICED = frozenset({"ACCUSE", "THREATEN", "SUPPORT"})


def _voiced_by(noun: Token) -> bool:
    """"The decision drew criticism from rights groups": a named party the act comes from, in a "from" phrase on the
    noun or right after it on its verb."""
    objects = _prep_objects(noun, ("from",)) + _verb_preps_after(noun, ("from",))
    return any(names_a_party(o) or o.pos_ == "PROPN" for o in objects)


_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_CLAIM_VERBS = frozenset({"claim", "take", "accept", "admit", "assume", "acknowledge"})


def claimed_by(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for <the event>", "took credit for <it>", when the noun is its event:
    a claim names a particular event, and its subject as the doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    verb = prep.head.head
    return verb if prep.head.dep_ == "dobj" and verb.lemma_.lower() in _CLAIM_VERBS else None


def _main_copula(tok: Token) -> bool:
    """"The minister is on a visit to Pakistan": a "be" heading its clause may carry an event noun."""
    return (tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ not in ("aux", "auxpass")
            and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children))


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[TriggerMatch]:
    found: dict[int, TriggerMatch] = {}
    for tok in doc:
        if tok.i in found:
            continue
        if tok.pos_ == "VERB" or _main_copula(tok):
            _verb_trigger(tok, lexicon, found)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            _predicate_adjective(tok, lexicon, found)
        elif tok.pos_ == "NOUN" and tok.dep_ != "compound":
            entry = match_entry(tok, lexicon.entries(tok.lemma_.lower(), "NOUN"))
            if entry is not None and _named_governor(tok, entry):  # "shipped weapons to ...": the verb's clause
                found[tok.i] = TriggerMatch(tok.i, _governing_verb(tok).i, entry, nominal=True)
                continue
            if entry is not None and noun_veto(tok, entry, lexicon) is None:
                found[tok.i] = TriggerMatch(tok.i, tok.i, entry, nominal=True)
    return sorted(found.values(), key=lambda t: t.head)


def noun_veto(noun: Token, entry: LexEntry, lexicon: Lexicon) -> str | None:
    """Why an event noun standing on its own is no trigger (None: it is one): it names no particular event, or
    only the act something asks for, reacts to or dates by."""
    if not (entry.alone and (_specific(noun) or claimed_by(noun) is not None)
            or entry.alone_with_agent and (_named_agent(noun) or _occurred(noun) and not _serial(noun)
                                           or entry.event in _VOICED and _voiced_by(noun))):
        return "noun not a particular event"
    role = _first_conjunct(noun, lexicon)  # "accused Iran of the killing of three soldiers and the bombing of a market"
    if _asked_or_promised(role, lexicon):
        return "noun asked for, promised or reacted to"
    if _time_reference(role) or _subject_of_dating_clause(role):
        return "noun dating another event"
    if _told_before(role):
        return "noun told before"
    return None


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


# Categories of words about an act that has not happened: the act itself is no event of its own.
_SPEECH_ABOUT_ACTS = frozenset({"REQUEST", "REJECT", "AGREE", "THREATEN"})
# Reactions to an act: "condemned the attack", "welcomed the release", "is investigating the bombing", "protested the
# arrest". A definite or possessed noun there refers to an act reported elsewhere; the sentence reports the reaction.
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "PROTEST"})
# Acts that end a state: "lifted the siege", "eased sanctions", "cancelled the visit" — the noun is what ends.
# Violence is never only a state: "halted its offensive" keeps the offensive.
_ENDINGS = frozenset({"RETREAT", "CONCEDE", "SANCTION"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _asked_or_promised(noun: Token, lexicon: Lexicon) -> bool:
    """"demanded the release of X", "called for the withdrawal of Y", "agreed to a ceasefire": the noun
    names what is asked for, refused, promised or threatened, so it is no event of its own. Likewise what a
    reaction is about ("condemned the attack", "voiced concern over the arrest") and what an ending ends."""
    gov = noun.head.head if noun.head.dep_ == "agent" else _governing_verb(noun)  # "troubled by the arrests"
    if gov.pos_ not in ("VERB", "NOUN") or gov.i == noun.i:
        return False
    if gov.pos_ == "VERB" and _alleged(gov):  # "accused of ordering the killing of protesters"
        return True
    if noun.dep_ == "pobj" and _alleging_host(noun.head):  # "accused the army of killings", "jailed for the murder"
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


def _light_entry(verb: Token, noun: Token, lexicon: Lexicon) -> LexEntry | None:
    """"voiced alarm at the crackdown": the parser hangs "at" on the verb, whose event is its light object's."""
    if verb.pos_ != "VERB" or not _is_light(verb.lemma_.lower()):
        return None
    obj = _light_object(verb)
    if obj is None or obj.i == noun.i:
        return None
    return match_entry(obj, lexicon.entries(obj.lemma_.lower(), "NOUN"))


# Verbs whose object is an act only thought about: "is considering sanctions", "weighed a ban".
_CONTEMPLATING = frozenset({"consider", "weigh", "mull", "contemplate", "debate", "discuss", "study", "explore",
                            "envisage", "envision", "rule"})


# Prepositions that use an event as a point in time: "after the attack", "since the war".
_TIME_PREPOSITIONS = frozenset({"after", "since", "before", "following", "until", "till", "prior"})


def _time_reference(noun: Token) -> bool:
    """"Since the war, ...", "after the attack, police sealed off the area": an undated definite event noun used to
    place another event in time refers to an act told before; "since the assassination of X in January" is dated
    and stays news."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TIME_PREPOSITIONS or not _definite(noun):
        return False
    return not any(t.ent_type_ in _TIME_ENTS for t in noun.subtree)


# Frames that name an act only to relate something else to it: "in response to the bombing", "in retaliation for
# the raid", "survivors of the 2015 bombing", "vowed to avenge the killing", "the killing sparked protests".
_RESPONSE_FRAMES = {"response": "to", "reaction": "to", "retaliation": "for", "revenge": "for", "reprisal": "for",
                    "retribution": "for", "punishment": "for", "memory": "of",
                    "anniversary": "of", "aftermath": "of", "wake": "of", "victim": "of", "survivor": "of",
                    "family": "of", "relative": "of", "perpetrator": "of", "mastermind": "of", "culprit": "of",
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


def _told_before(noun: Token) -> bool:
    """An event noun named as what the sentence's news responds to, commemorates or follows from."""
    head = noun.head
    if _in_frame(noun):
        return True
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _REFERRING_VERBS:
        return True
    if head.dep_ == "agent" and head.head.lemma_.lower() in _CAUSING_VERBS:  # "overshadowed by the assassination"
        return True
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and _condemning(head) and _definite(noun):
        return True  # "said the crackdown was unacceptable": the act judged was told before
    # "the killing sparked protests" retells; "Russia's invasion of Ukraine in February 2022 prompted ..." dates it
    return (noun.dep_ == "nsubj" and head.lemma_.lower() in _CAUSING_VERBS and _definite(noun)
            and not any(t.ent_type_ in _TIME_ENTS for t in noun.subtree))


def _dated_clause(gov: Token, noun: Token) -> bool:
    """"investigating the bombing of a bus three days ago": a date in the reaction's clause may well date the act
    itself, which is then news rather than a reference (the parser hangs such dates on either word)."""
    # a date before the reaction ("Israel on Sunday condemned ...") dates the reaction, not the act
    parts = [noun] + [c for c in gov.children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod") and c.i > gov.i]
    return any(t.ent_type_ in _TIME_ENTS for part in parts for t in part.subtree)


def _unnumbered_plural(noun: Token) -> bool:
    """"Israeli airstrikes": a series of acts with no count, which a reaction refers to as a whole."""
    return noun.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in noun.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


# Fixed expressions whose verb is no event: "as opposed to", "as compared with".
_FIXED_AFTER_AS = frozenset({"opposed", "compared", "attached", "concerned", "regards"})


def _in_fixed_expression(verb: Token) -> bool:
    return verb.i > 0 and verb.lower_ in _FIXED_AFTER_AS and verb.doc[verb.i - 1].lower_ == "as"


def _is_light(lemma: str) -> bool:
    return (lemma in LIGHT_VERBS or lemma in PREPOSITIONAL_LIGHT_VERBS or lemma in NARROW_LIGHT_VERBS
            or any(lemma == verb for verb, _ in PLACEHOLDER_OBJECTS))


def _attributive(verb: Token) -> bool:
    """"the negotiating table", "the ruling party", "a fighting chance": a present participle used as an adjective."""
    return verb.dep_ in ("amod", "compound") and verb.tag_ == "VBG"


# Verbs whose "of"/"for" complement is what they allege: "accused Moscow of shelling civilians".
_ALLEGING = frozenset({"accuse", "blame", "charge", "allege", "suspect", "convict", "indict", "condemn", "criticize",
                       "criticise", "denounce", "fault", "implicate", "arrest", "detain", "sentence", "sue", "jail",
                       "imprison", "prosecute", "try", "acquit", "punish", "execute", "hang", "want"})  # "wanted for"
# Verbs whose "that" clause is only alleged: "alleged that police had tortured detainees".
_ALLEGING_THAT = frozenset({"allege", "accuse", "charge", "complain", "protest"})
# Saying verbs that, hung on an accusing verb, carry its allegation: "blamed the rebels, saying they shelled the town".
_SAYING = frozenset({"say", "add", "claim", "insist", "argue", "assert", "state"})


def _alleging_host(prep: Token) -> bool:
    """An "of"/"for"/"with" phrase of an alleging verb, also when the parser hangs it on the verb's object: "accused
    the militia of seizing aid", "sentenced five men to death for the murder of ...", "charged X with arming ..."."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
        return False
    host = prep.head
    if host.dep_ in ("dobj", "nsubjpass") and host.pos_ in ("NOUN", "PROPN", "PRON"):
        host = host.head
    return host.pos_ == "VERB" and host.lemma_.lower() in _ALLEGING


def _alleged(verb: Token) -> bool:
    """"accused X of killing civilians", "arrested for attacking police", "alleged that police had tortured
    detainees": the act is an allegation told by the verb above, not an event the text asserts."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _ALLEGING_THAT:
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "claim" and not _claimed_as_own(verb):
        return True  # "Israel claimed that Hamas fired the rockets": a claim about another party alleges
    if verb.dep_ == "ccomp" and _saying_an_accusation(verb.head):
        return True
    return verb.dep_ == "pcomp" and verb.head.head.i != verb.i and _alleging_host(verb.head)


_OWN_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she", "its", "their", "our", "my", "his", "her"})


def _claimed_as_own(act: Token) -> bool:
    """"The group claimed that it had attacked the convoy", "claimed its fighters shot down a drone", "the rebels
    claimed 20 soldiers were killed": a claim of one's own act (its doer a pronoun, the claimant named again, or
    left unsaid) asserts it, as claiming responsibility does."""
    claimant = next((c for c in act.head.children if c.dep_ == "nsubj"), None)
    doers = [c for c in act.children if c.dep_ == "nsubj"]
    doers += [o for c in act.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    named = {claimant.lemma_.lower()} if claimant is not None else set()
    return not doers or any(d.lower_ in _OWN_PRONOUNS or d.lemma_.lower() in named or any(
        (c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS) or (c.dep_ == "compound" and c.lemma_.lower() in named)
        for c in d.children) for d in doers)


def _saying_an_accusation(verb: Token) -> bool:
    """"blamed the rebels, saying they had shelled the town", "accused Kyiv and said its troops shot ...": the
    saying verb only spells out the accusation it is attached to."""
    return (verb.lemma_.lower() in _SAYING and verb.dep_ in ("advcl", "conj")
            and verb.head.lemma_.lower() in _ALLEGING)


# Nouns whose content clause is only claimed: "denied charges that it backed the militants who attacked parliament".
_ALLEGATION_NOUNS = frozenset({"charge", "allegation", "accusation", "claim", "report", "rumour", "rumor", "suggestion",
                               "suspicion", "assertion", "speculation"})


def _inside_allegation(verb: Token) -> bool:
    """The verb sits, at any depth, in a clause that is only alleged: "the allegation that troops shot ...", "alleged
    that police had tortured ...", "accused X of backing the gunmen who killed ..."."""
    for clause in [verb, *list(verb.ancestors)[:6]]:
        if clause.pos_ != "VERB":
            continue
        content = clause.dep_ in ("acl", "ccomp") and _nominal(clause.head)
        if content and clause.head.lemma_.lower() in _ALLEGATION_NOUNS and not _confirmed(clause.head):
            return True
        if _alleged(clause):
            return True
    return False


# "confirmed reports that its jets bombed the bridge": the one who would know vouches for the report.
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "acknowledge", "admit", "substantiate"})


def _confirmed(noun: Token) -> bool:
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _CONFIRMING


def _nominal(word: Token) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun can stand ("denied reports its troops ...")."""
    return word.pos_ == "NOUN" or word.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


def _background_clause(verb: Token, lexicon: Lexicon) -> bool:
    """"Tensions have risen since Hamas attacked Israel": a "since" clause dates the news by an earlier act; "the
    families of those killed in the massacre": a participle that only identifies the people a frame is about;
    "condemned the attack, which killed 12": a relative clause that describes an act the sentence refers back to."""
    if _dating_clause(verb):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _in_frame(verb.head):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _unadopted_text(verb.head, lexicon):
        return True
    return verb.dep_ in ("relcl", "acl") and _referred_event(verb.head, lexicon)


# Texts that speak only once adopted: "a resolution condemning ...", "a draft calling for ...".
_TEXTS = frozenset({"resolution", "draft", "motion", "text", "bill", "proposal"})
_UNADOPTING = frozenset({"veto", "block", "reject", "draft", "propose", "table", "circulate", "submit", "debate",
                         "consider", "discuss", "oppose", "prepare"})


def _unadopted_text(noun: Token, lexicon: Lexicon) -> bool:
    """"vetoed a resolution condemning X", "failed to agree on a resolution calling for Y": the text's words are
    nobody's act while it is vetoed, rejected, drafted or still under debate."""
    if noun.lemma_.lower() not in _TEXTS:
        return False
    gov = _governing_verb(noun)
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


def _subject_of_dating_clause(noun: Token) -> bool:
    """"... since a suicide bombing in Jerusalem killed 18 people": the act that dates the news, told as a subject."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and _dating_clause(noun.head)


# "five years after crowds trashed its embassy", "a day after the rebels killed 12 soldiers": a clause placed at a
# measured distance from the news is an earlier (or later) act used to date it.
_TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute", "night", "century"})


def _marked(verb: Token, marks: tuple[str, ...]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _measured_distance(verb: Token) -> bool:
    return _marked(verb, ("after", "before")) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in verb.children)


def _referred_event(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun (or a place in its phrase: "the bombing in Jerusalem that ...") named only as a reference."""
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.pos_ != "NOUN" or not lexicon.entries(noun.lemma_.lower(), "NOUN"):
        return False
    return _asked_or_promised(noun, lexicon) or _time_reference(noun) or _told_before(noun)


def _asked_for(verb: Token, lexicon: Lexicon) -> bool:
    """"Russia insisted that Ukraine withdraw its troops", "gave the militants until Friday to leave": the act is
    what is demanded, no event."""
    ultimatum = verb.tag_ == "VB" and verb.head.lemma_.lower() in _ULTIMATUM_VERBS
    if not (_mandated(verb) or ultimatum) or verb.head.pos_ != "VERB":
        return False
    entry = match_entry(verb.head, lexicon.entries(verb.head.lemma_.lower(), "VERB"))
    return entry is not None and entry.event in ("REQUEST", "THREATEN") and (ultimatum or entry.event == "REQUEST")


_ULTIMATUM_VERBS = frozenset({"give", "set"})


def verb_veto(verb: Token, lexicon: Lexicon) -> str | None:
    """Why a verb is no trigger whatever its lexicon entries say (None: it may be one)."""
    if _in_fixed_expression(verb) or _attributive(verb):
        return "verb in a fixed expression or used as an adjective"
    if _inside_allegation(verb):
        return "verb inside an allegation"
    if _background_clause(verb, lexicon):
        return "verb in a background clause"
    if _asked_for(verb, lexicon):
        return "verb asked for"
    return None


def _verb_trigger(verb: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    if verb_veto(verb, lexicon) is not None:
        return
    lemma = verb.lemma_.lower()
    own = match_entry(verb, lexicon.entries(lemma, "VERB"))
    if _is_light(lemma) and not _beyond_object(own) and not _phrasal(verb):
        noun = _light_object(verb)
        entry = match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) if noun is not None else None
        if entry is not None and entry.event in NARROW_LIGHT_VERBS.get(lemma, (entry.event,)):
            found[noun.i] = TriggerMatch(noun.i, verb.i, entry, nominal=True)
            return
    if own is not None and not _describes_event_noun(verb, own, lexicon):
        found[verb.i] = TriggerMatch(verb.i, verb.i, own, nominal=False)


def _describes_event_noun(verb: Token, entry: LexEntry, lexicon: Lexicon) -> bool:
    """"an attack targeting a police convoy", "a bombing killing 12": a participle after an event noun of its own
    category tells that noun's event, not one of its own."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ != "NOUN":
        return False
    return any(e.event == entry.event for e in lexicon.entries(noun.lemma_.lower(), "NOUN"))


# Particles that give a light verb a sense of its own: "held back aid" withholds it, "put off talks" postpones them.
_SENSE_PARTICLES = frozenset({"back", "off", "away", "down", "up"})
_LIGHT_WITH_UP = frozenset({"step", "ramp", "beef", "build", "gear", "set"})  # "stepped up attacks": still light


def _phrasal(verb: Token) -> bool:
    """"held back aid", "held up the talks", "called off the strike": a particle makes a phrasal verb whose object is
    no event it carries out (the phrasal verb's own lexicon entry, if any, tells what it is)."""
    return any(c.dep_ == "prt" and c.lower_ in _SENSE_PARTICLES
               and not (c.lower_ == "up" and verb.lemma_.lower() in _LIGHT_WITH_UP) for c in verb.children)


def _beyond_object(entry: LexEntry | None) -> bool:
    """"held the occupation responsible": a light verb whose own entry matched on more than its object (a
    predicate, a particle, a clause) is used in that sense, not as the light verb of its object noun."""
    return entry is not None and any(c.dep in ("oprd", "prt", "xcomp", "ccomp") for c in entry.required)


def _predicate_adjective(adj: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    """"Iran was critical of the deal", "the rebels are open to talks": the copula's clause carries the event
    (its subject is the actor), read off the adjective and its own dependents."""
    copula = adj.head
    if copula.lemma_ != "be" or copula.i in found:
        return
    entry = match_entry(adj, lexicon.entries(adj.lemma_.lower(), "ADJ"))
    if entry is not None and verb_veto(copula, lexicon) is None:
        found[copula.i] = TriggerMatch(copula.i, copula.i, entry, nominal=False)


@Language.factory("khabar_triggers_v1", requires=["token.pos", "token.dep", "token.lemma"],
                  assigns=["doc._.triggers", "token.dep", "token.head"])
def make_triggers(nlp: Language, name: str) -> TriggerFinder:
    if not Doc.has_extension("triggers"):
        Doc.set_extension("triggers", default=None)
    keep_prefixed_verbs(nlp)  # "test-fired" stays one verb: triggers cannot be read off a verbless parse
    return TriggerFinder(load_lexicon())


class TriggerFinder:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def _known_verb(self, lemma: str) -> bool:
        return bool(self.lexicon.entries(lemma, "VERB")) or _is_light(lemma)

    def __call__(self, doc: Doc) -> Doc:
        repair_verbs_read_as_adjectives(doc)
        repair_dateline_subjects(doc)
        lemmatise_prefixed_verbs(doc, self._known_verb)
        doc._.triggers = find_triggers(doc, self.lexicon)
        return doc
