"""``find_triggers``: the words of a parsed doc that name events, each a ``TriggerMatch`` — a verb, an
event noun under a light verb, an event noun on its own, or a predicate adjective.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from ...actors import default_kb
from ..lexicon import (NARROW_LIGHT_VERBS, PLACEHOLDER_OBJECTS, PREPOSITIONAL_LIGHT_VERBS, TRANSFER_VERBS, LexEntry,
                       Lexicon, participle_lemma, verb_lemma)
from ..syntax import children_of
from .light_verbs import governing_verb, is_light, light_object
from .matching import described_by_participle, match_entry
from .specific import headline_passive, named_governor
from .allegations import inside_allegation
from .vetoes import moved_to_act, noun_veto, verb_veto


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    head: int  # token index of the event word
    governor: int  # token whose clause supplies the actor and factuality (the light verb, else ``head``)
    entry: LexEntry
    nominal: bool


# The parts of speech a trigger (or the copula carrying one) can have; a name only as a capitalised common word.
_TRIGGER_POS = (ADJ, AUX, NOUN, PROPN, VERB)


def _candidates(doc: Doc, lexicon: Lexicon) -> Iterator[Token]:
    """The words that may be triggers, read off the POS and LEMMA columns: a Token made for every word of a text
    costs more than all the tests on the few that can be one. A noun can be one only if the lexicon has it."""
    nouns: dict[int, bool] = {}  # a lemma's hash -> whether the lexicon has a noun entry for it
    table = doc.to_array([POS, LEMMA])
    # only the rows of those parts of speech become Python integers: a lemma's hash is a large one, and
    # converting every word's cost as much as the tests
    rows = numpy.flatnonzero(numpy.isin(table[:, 0], numpy.array(_TRIGGER_POS, dtype=table.dtype)))
    for i, (pos, lemma) in zip(rows.tolist(), table[rows].tolist()):
        if pos == NOUN and not _known_noun(doc, lemma, lexicon, nouns):
            continue
        if pos == PROPN and capitalised_noun_lemma(doc[i], lexicon) is None:
            continue
        yield doc[i]


def _known_noun(doc: Doc, lemma: int, lexicon: Lexicon, known: dict[int, bool]) -> bool:
    if lemma not in known:
        known[lemma] = bool(lexicon.entries(doc.vocab.strings[lemma].lower(), "NOUN"))  # as ``lemma_.lower()``
    return known[lemma]


def capitalised_noun_lemma(tok: Token, lexicon: Lexicon) -> str | None:
    """"Airstrikes were reported near Aleppo", "Gunfire was heard": the tagger takes a capitalised event noun opening
    a sentence (or a headline's word) for a name. The lexicon's noun it is, when it stands alone (no name of several
    words: "Strike Force", "the Orange Revolution") and the knowledge base knows no party by it."""
    if not tok.is_title or tok.dep_ == "compound" or _in_longer_name(tok):
        return None
    lemma = next((w for w in _singulars(tok.lower_) if lexicon.entries(w, "NOUN")), None)
    return lemma if lemma is not None and default_kb().resolve(tok.text) is None else None


def _in_longer_name(tok: Token) -> bool:
    return any(c.pos_ == "PROPN" and c.dep_ in ("compound", "amod", "nmod", "conj") for c in children_of(tok)) or (
        tok.dep_ in ("conj", "nmod", "appos") and tok.head.pos_ == "PROPN")


def _singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars a plural in -s, -es or -ies may have (a name keeps its plural as its lemma)."""
    if word.endswith("ies"):
        return (word, word[:-3] + "y")
    return (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)


def _noun_lemma(tok: Token, lexicon: Lexicon) -> str:
    if tok.pos_ == "PROPN":
        return capitalised_noun_lemma(tok, lexicon) or tok.lemma_.lower()
    return tok.lemma_.lower()


def _main_copula(tok: Token) -> bool:
    """"The minister is on a visit to Pakistan": a "be" heading its clause may carry an event noun; "the minister is
    in Ankara for talks" is a visit of its own (the lexicon's "be" rows)."""
    return (tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ not in ("aux", "auxpass")
            and any(c.dep_ == "prep" and c.lower_ in _COPULA_PREPS for c in children_of(tok)))


_COPULA_PREPS = frozenset({"on", "for"})  # "is on a visit to", "is in Ankara for consultations"


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[TriggerMatch]:
    found: dict[int, TriggerMatch] = {}
    for tok in _candidates(doc, lexicon):
        if tok.i in found:
            continue
        if _noun_read_as_verb(tok):
            _noun_trigger(tok, lexicon, found)
        elif tok.pos_ == "VERB" or _main_copula(tok):
            _verb_trigger(tok, lexicon, found)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            _predicate_adjective(tok, lexicon, found)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            _noun_trigger(tok, lexicon, found)
    return sorted((t for t in found.values() if not _told_by_participle(doc, t, found)), key=lambda t: t.head)


def _told_by_participle(doc: Doc, trig: TriggerMatch, found: dict[int, TriggerMatch]) -> bool:
    """"American troops stationed in Iraq came under fire", "peacekeepers stationed in the town": forces or aid whose
    row is met by the participle describing them ("stationed") name the participle's sending, which the participle,
    a trigger itself, tells; the noun tells no second one (and a presence told by it is no event: ``standings``)."""
    if not trig.nominal or trig.entry.event not in _SENT_EVENTS:
        return False
    told = (found.get(p.i) for p in described_by_participle(doc[trig.head]))
    return any(t is not None and not t.nominal and t.entry.event in _SENT_EVENTS for t in told)


def _noun_trigger(tok: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    entry = match_entry(tok, lexicon.entries(_noun_lemma(tok, lexicon), "NOUN"))
    if entry is not None and (named_governor(tok, entry) or _moved_goods(tok, entry)):
        # "shipped weapons to ...": the verb's clause; "accused Russia of using chemical weapons": alleged
        if not inside_allegation(governing_verb(tok)) and not moved_to_act(tok, lexicon):
            found[tok.i] = TriggerMatch(tok.i, governing_verb(tok).i, entry, nominal=True)
        return
    if entry is not None and noun_veto(tok, entry, lexicon) is None:
        found[tok.i] = TriggerMatch(tok.i, _headline_participle(tok), entry, nominal=True)


# Dependencies only a noun holds.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _noun_read_as_verb(tok: Token) -> bool:
    """"Aid from Japan arrived in Mogadishu": the tagger may take a capitalised noun opening a sentence for a verb
    while the parser gives it a noun's place (a subject with no subject or object of its own); it names the noun's
    event. Not a gerund ("Shelling the town was a crime" is a verb's clause)."""
    if tok.pos_ != "VERB" or tok.dep_ not in _NOUN_DEPS or tok.tag_ == "VBG":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in children_of(tok))


def _headline_participle(noun: Token) -> int:
    """"Sanctions imposed on Iran over nuclear program": the participle of a headline's passive is the verb whose
    clause names the parties, as "imposed sanctions on Iran" would; any other noun is its own governor."""
    if not headline_passive(noun):
        return noun.i
    return next(c.i for c in children_of(noun) if c.dep_ == "acl" and c.i == noun.i + 1)


# Categories whose nouns name what is sent (aid, arms, troops): a verb that moves them carries their event.
_SENT_EVENTS = frozenset({"AID", "MOBILIZE"})


def _moved_goods(noun: Token, entry: LexEntry) -> bool:
    """"humanitarian aid was flown to Kabul", "airlifted medical aid": what a verb of sending moves, as its object or
    passive subject (also through a measure, "20 trucks of aid"), is the aid or the force sent, whatever the row
    that matched it asks of its governor; not a phrase on the verb ("sent troops to the aid of the town")."""
    if entry.event not in _SENT_EVENTS or entry.alone or entry.alone_with_agent:
        return False
    verb = governing_verb(noun)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TRANSFER_VERBS:
        return False
    return noun.dep_ in ("dobj", "nsubjpass") if noun.head.i == verb.i else noun.head.head.i != verb.i


def _verb_trigger(verb: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    lemma = verb_lemma(verb)
    entries = lexicon.entries(lemma, "VERB")
    light = is_light(lemma)
    if not (entries or light):
        return  # most verbs are no lexicon word and no light verb
    # the vetoes read whole clauses: they are asked last, of the verbs that would name an event (matching is pure,
    # so asking it first changes no answer), and about a quarter of the lexicon's verbs name none where they stand
    match = _verb_match(verb, lemma, entries, light, lexicon)
    if match is not None and verb_veto(verb, lexicon) is None:
        found[match.head] = match


def _verb_match(verb: Token, lemma: str, entries: tuple[LexEntry, ...], light: bool,
                lexicon: Lexicon) -> TriggerMatch | None:
    """The event the verb names, itself or as the light verb of its object noun, vetoes aside."""
    own = match_entry(verb, entries)
    if light and not _beyond_object(own) and not _names_its_object(own, verb) and not _phrasal(verb):
        noun = light_object(verb) or _described_noun(verb)
        entry = match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) if noun is not None else None
        lent = NARROW_LIGHT_VERBS.get(lemma, (entry.event,)) if entry is not None else ()
        if entry is not None and (entry.event in lent or _placeholder(verb, entry)):
            return TriggerMatch(noun.i, verb.i, entry, nominal=True)
    if own is not None and not _describes_event_noun(verb, own, lexicon) and not _sends_relief(verb, own, lexicon):
        return TriggerMatch(verb.i, verb.i, own, nominal=False)
    return None


def _sends_relief(verb: Token, entry: LexEntry, lexicon: Lexicon) -> bool:
    """"deployed a field hospital to the quake zone", "deployed medical teams to Wuhan": a verb of sending that the
    lexicon reads as a show of force carries relief when what it moves is a noun of humanitarian aid; that noun tells
    the event (the noun's own trigger, ``_moved_goods``), and the verb tells no second one. Arms a state moves
    ("deployed nuclear weapons to Belarus") stay its show of force."""
    if entry.event != "MOBILIZE" or verb.lemma_.lower() not in TRANSFER_VERBS:
        return False
    noun = light_object(verb)
    found = match_entry(noun, lexicon.entries(noun.lemma_.lower(), "NOUN")) if noun is not None else None
    return found is not None and found.event == "AID" and found.mode == "humanitarian"


def _described_noun(verb: Token) -> Token | None:
    """"the agreement reached on Monday", "the talks held in Geneva": a light verb's participle after a noun carries
    that noun as its object."""
    return verb.head if verb.dep_ == "acl" and verb in described_by_participle(verb.head) else None


def _placeholder(verb: Token, entry: LexEntry) -> bool:
    """"took part in a joint exercise", "took part in the protest": a verb whose object only points to the event noun
    after it lends that noun its category ("take" alone is narrowed to countermeasures: "took retaliatory measures").
    Not fighting: "veterans who took part in the war" tells one's role in a war, as background, and an attack taken
    part in is an event of its own noun."""
    lemma = verb.lemma_.lower()
    return entry.event != "ASSAULT" and any(
        c.dep_ in ("dobj", "nsubjpass") and (lemma, c.lemma_.lower()) in PLACEHOLDER_OBJECTS for c in children_of(verb))


def _describes_event_noun(verb: Token, entry: LexEntry, lexicon: Lexicon) -> bool:
    """"an attack targeting a police convoy", "a bombing killing 12": a participle after an event noun of its own
    category tells that noun's event, not one of its own."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ != "NOUN":
        return False
    return any(e.event == entry.event for e in lexicon.entries(noun.lemma_.lower(), "NOUN"))


# Particles that give a light verb a sense of its own: "held back aid" withholds it, "put off talks" postpones them.
_SENSE_PARTICLES = frozenset({"back", "off", "away", "down", "up"})
_LIGHT_WITH_UP = frozenset({"step", "ramp", "beef", "build", "gear", "set", "wrap"})  # "stepped up attacks": still light
_LIGHT_WITH_OFF = frozenset({"kick"})  # "kicked off military drills": begins them


def _phrasal(verb: Token) -> bool:
    """"held back aid", "held up the talks", "called off the strike": a particle makes a phrasal verb whose object is
    no event it carries out (the phrasal verb's own lexicon entry, if any, tells what it is)."""
    return any(c.dep_ == "prt" and c.lower_ in _SENSE_PARTICLES
               and not (c.lower_ == "up" and verb.lemma_.lower() in _LIGHT_WITH_UP)
               and not (c.lower_ == "off" and verb.lemma_.lower() in _LIGHT_WITH_OFF) for c in children_of(verb))


def _beyond_object(entry: LexEntry | None) -> bool:
    """"held the occupation responsible": a light verb whose own entry matched on more than its object (a
    predicate, a particle, a clause) is used in that sense, not as the light verb of its object noun."""
    return entry is not None and any(c.dep in ("oprd", "prt", "xcomp", "ccomp") for c in entry.required)


def _names_its_object(entry: LexEntry | None, verb: Token) -> bool:
    """"accepted the protesters' demand", "accepted the ultimatum": a light verb whose own entry lists its object word
    by name is a collocation with a sense of its own (conceding), not the light verb of the object's event (the
    demand, the ultimatum)."""
    if entry is None:
        return False
    objects = {c.lemma_.lower() for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")}
    if any(c.dep == "dobj" and objects & c.lemmas for c in entry.required):
        return True
    # "retaliated with tariffs": the object of a prepositional light verb, listed in the entry's phrase
    noun = light_object(verb) if verb.lemma_.lower() in PREPOSITIONAL_LIGHT_VERBS else None
    return noun is not None and any(c.dep.startswith("pobj") and noun.lemma_.lower() in c.lemmas
                                    for c in entry.required)


def _predicate_adjective(adj: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    """"Iran was critical of the deal", "the rebels are open to talks": the copula's clause carries the event
    (its subject is the actor), read off the adjective and its own dependents."""
    copula = adj.head
    if copula.lemma_ != "be" or copula.i in found:
        return
    entry = match_entry(adj, lexicon.entries(adj.lemma_.lower(), "ADJ"))
    if entry is not None and verb_veto(copula, lexicon) is None:
        found[copula.i] = TriggerMatch(copula.i, copula.i, entry, nominal=False)
    elif entry is None:
        _adjectival_participle(adj, lexicon, found)


def _adjectival_participle(adj: Token, lexicon: Lexicon, found: dict[int, TriggerMatch]) -> None:
    """"the accounts were frozen", "the town was encircled": a passive participle the tagger read as an adjective
    names the verb's event, as the participle itself would ("were seized"), when the row it meets names the verb's
    object (the subject of a passive); "they are worried about the port" tells a feeling, no act done to them."""
    lemma = participle_lemma(adj, lexicon.verbs)
    entry = match_entry(adj, lexicon.entries(lemma, "VERB")) if lemma is not None else None
    if entry is not None and any(c.dep == "dobj" for c in entry.required) and verb_veto(adj, lexicon) is None:
        found[adj.i] = TriggerMatch(adj.i, adj.i, entry, nominal=False)
