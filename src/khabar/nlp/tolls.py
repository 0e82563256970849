"""How many an event counts: the tolls of the mentions folded into one record, and the toll statements an article
tells apart from its acts.

- The toll of one record: a record folds every mention of one event, and each may tell a toll; two tolls count the
  same victims (the later updates) or different ones (they add up), as ACLED's fatalities count every death of the
  event on all sides (the rules are told in full below).
- Toll statements: "the death toll rose to 15", "two more people died of their wounds", "eleven people died in the
  blast" (an attack told before, named again), with no act of their own.
- The event a toll names: "the toll from the market bombing" goes to the market bombing, not to the latest attack;
  "the toll from the explosion" goes to the bomb that exploded: an attack is named by its words or by its weapon.

Event coreference (``coreference``) decides which mentions are one event; this module decides what that event counts.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from ..actors import default_kb
from ..model import Actor, Place, Size
from .dates import WEEKDAYS, DateValue
from .lexicon import load_lexicon
from .quantities import parse_number, toll_host
from .sentences import bounds_at
from .syntax import children_of, words_with_lemma

if TYPE_CHECKING:
    from .events import EventMention


# The counts of a toll, as ``Size`` names them.
_TOLLS = ("dead", "injured", "arrested")
# Words that tell a sum of many events: "at least 90 people were killed nationwide on Sunday".
_SUMS = frozenset({"nationwide", "countrywide"})


def _counts_more(word: Token) -> bool:
    """"Another 30 people were wounded", "two more soldiers died": the word adds to a toll, not an occasion."""
    if word.dep_ == "quantmod" or (word.dep_ in ("amod", "advmod") and word.head.like_num):
        return True
    # "another 30 people": read as the noun's determiner, before the noun's number
    return word.dep_ == "det" and any(c.dep_ == "nummod" and c.i > word.i for c in children_of(word.head))


def _inside(narrow: Place, wide: Place) -> bool:
    """A province or a country (precision 3) holds the places of its own country and, for a province, of itself."""
    if wide.precision != 3 or narrow.country != wide.country or wide.country is None:
        return False
    return wide.admin1 is None or narrow.admin1 in (wide.admin1, wide.name)


# --- the toll of one record ------------------------------------------------------------------------------------
#
# A record folds every mention of one event; each mention may tell a toll. Two tolls of one record count either the
# same victims or different ones, and ACLED's fatalities count every death of the event, on all sides:
#
# - Same victims: a later toll of them is an update, and the larger one wins ("killed 12 people" ... "the gunmen
#   killed 15 in the attack"; "the death toll rose to 15"). A toll of everyone the act hit ("12 people", a bare
#   "12 were killed") is the same victims as any toll of its side: a specific group told beside it ("five soldiers
#   were killed") is a part of it, unless that group is the doers'.
# - Different victims: their tolls add up. The victims are told apart by the mentions' recipients (the parties the
#   arguments component found for the killed): the doers' own dead ("killing nine troops" ... "forty assailants had
#   been killed in the fighting that followed": 49) are never the targets' dead, and two named groups of one side
#   that cannot be one ("five soldiers" ... "three civilians") are two; a toll told as more ("three civilians were
#   also killed", "two more soldiers") adds whatever its words.
# - A part of a toll adds nothing: "among the dead were six children", "six of those killed were children".
# - Wounded who died ("four of the wounded died"): they join the dead, and leave the wounded: the injured count is of
#   those hurt who lived, as the GTD counts non-fatal injuries (ACLED keeps no injured field), so no one is counted
#   twice in dead plus injured (wounded 10, four died: dead 4, injured 6).
# - A toll told as the whole ("the death toll rose to 15", "bringing the toll to 15") updates the record's total; one
#   lower than what the record already counts is left alone (a part, or an older report).

# Sector families whose members may be one victim group: the doers' armed group by any of its kinds, a state's
# forces, officials, civilians by any trade.
_ARMED_GROUPS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})
_STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
_OFFICIALS = frozenset({"GOV", "LEG", "JUD"})
# Families told apart by country: two states' soldiers are two groups; a kind of armed man or of civilian carries a
# country the knowledge base guessed from the article, which tells nothing.
_STATE_FAMILIES = frozenset({"forces", "officials"})
# Victims that are everyone the act hit, not a group of them.
_EVERYONE = frozenset({"people", "person", "persons", "individual", "individuals", "victim", "victims", "casualty",
                       "casualties", "other", "others"})
_ADDED = frozenset({"also", "more", "additional", "further", "another", "other"})
# The whole a part of a toll is told of: "six of the dead", "six of those killed" (not "30 of them": of a crowd).
_WHOLE_OF = frozenset({"dead", "killed", "wounded", "injured", "victims", "casualties", "bodies", "fatalities"})
_TOLL_PARTICIPLES = frozenset({"kill", "die", "wound", "injure"})
_DIE = frozenset({"die", "succumb"})
_TOLL = frozenset({"toll"})
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "hurt", "die", "arrest", "detain"})
_INJURE = frozenset({"wound", "injure", "hurt"})


@dataclass(frozen=True, slots=True)
class Victims:
    """Whom a toll counts: the doers' own or the targets' side, and the groups it names (none: everyone)."""

    side: str  # "targets" or "doers"
    groups: frozenset[tuple[str, str | None]]  # (sector family, country)


@dataclass(frozen=True, slots=True)
class Counted:
    """One toll of a record: its victims and its number."""

    victims: Victims
    value: int


def record_toll(doc: Doc, told: list[EventMention], *, doers: tuple[Actor, ...],
                targets: tuple[Actor, ...]) -> Size:
    """The toll of one record from the tolls its mentions of one occasion tell, in article order (one toll per
    sentence: the mentions of one sentence read its numbers alike)."""
    ledgers: dict[str, list[Counted]] = {f: [] for f in _TOLLS}
    for mention in _one_per_sentence(doc, told):
        if _part_of_a_toll(doc, mention):  # "six of those killed", and the wounded who died: a toll statement's
            continue
        victims = victims_of(mention.recipient, doers=doers, targets=targets)
        added = _told_as_added(doc, mention)
        for field in _TOLLS:
            value = getattr(mention.size, field)
            if value is not None:
                ledgers[field] = entered(ledgers[field], Counted(victims, value), added=added)
    totals = {f: _total(ledgers[f]) for f in _TOLLS}
    return Size(**totals, count=next((m.size.count for m in told if m.size.count is not None), None))


def _one_per_sentence(doc: Doc, told: list[EventMention]) -> list[EventMention]:
    """Per sentence, its first mention telling a toll, with the numbers the sentence's mentions tell first."""
    by_sentence: dict[int, list[EventMention]] = {}
    for mention in sorted(told, key=lambda m: m.trigger.head):
        by_sentence.setdefault(bounds_at(doc, mention.trigger.head).start, []).append(mention)
    out = []
    for group in by_sentence.values():
        # the victims are those of the mention whose own words count them: "ambushed a convoy, killing nine troops"
        tolled = [m for m in group if has_toll(m.size) and doc[m.trigger.head].lemma_.lower() in _TOLL_VERBS] \
            or [m for m in group if has_toll(m.size)] or group
        sizes = {f: next((getattr(m.size, f) for m in group if getattr(m.size, f) is not None), None) for f in _TOLLS}
        out.append(replace(tolled[0], size=replace(tolled[0].size, **sizes)))
    return out


def has_toll(size: Size) -> bool:
    return any(getattr(size, f) is not None for f in _TOLLS)


def entered(ledger: list[Counted], toll: Counted, *, added: bool = False) -> list[Counted]:
    """The ledger with one more toll: an update of the victims it counts already, a new group, or a part of one."""
    if added:
        return [*ledger, toll]
    if not toll.victims.groups:
        return _entered_whole(ledger, toll)
    for index, known in enumerate(ledger):
        # the same count of one side is one count retold, whatever groups the parties were read as ("killing nine
        # troops" ... "nine soldiers were killed")
        if same_victims(known.victims, toll.victims) or (known.victims.side == toll.victims.side
                                                         and known.value == toll.value):
            return [*ledger[:index], Counted(known.victims, max(known.value, toll.value)), *ledger[index + 1:]]
    return [*ledger, toll]


def _entered_whole(ledger: list[Counted], toll: Counted) -> list[Counted]:
    """A toll of everyone on its side: the side's new total if it is no smaller than the side's (or the record's)
    count so far; otherwise a part of what was counted."""
    if toll.value >= sum(c.value for c in ledger):
        return [toll]
    side = [c for c in ledger if c.victims.side == toll.victims.side]
    if toll.value >= sum(c.value for c in side):
        return [*(c for c in ledger if c.victims.side != toll.victims.side), toll]
    return ledger


def same_victims(first: Victims, second: Victims) -> bool:
    """Two tolls of one side count the same victims unless both name groups and no group of one can be of the
    other."""
    if first.side != second.side:
        return False
    return not first.groups or not second.groups or _groups_meet(first.groups, second.groups)


def _groups_meet(first: frozenset[tuple[str, str | None]], second: frozenset[tuple[str, str | None]]) -> bool:
    return any(family == other_family and (family not in _STATE_FAMILIES or None in (country, other_country)
                                           or country == other_country)
               for family, country in first for other_family, other_country in second)


def _total(ledger: list[Counted]) -> int | None:
    return sum(c.value for c in ledger) if ledger else None


def victims_of(recipients: tuple[Actor, ...], *, doers: tuple[Actor, ...], targets: tuple[Actor, ...]) -> Victims:
    """Whom a mention's toll counts, by its recipients: the doers' side where they are of the doers' group and not
    of the record's targets ("forty assailants had been killed" in gunmen's ambush on soldiers)."""
    groups, doer_groups = _groups(recipients), _groups(doers)
    if groups and all(_groups_meet(frozenset({g}), doer_groups) for g in groups) \
            and not _groups_meet(groups, _groups(targets)):
        return Victims("doers", groups)
    return Victims("targets", groups)


def _groups(parties: tuple[Actor, ...]) -> frozenset[tuple[str, str | None]]:
    """The victim groups the parties name; everyone ("12 people") names none. A country the words do not state
    ("troops", read as the article's country's) is left open: it cannot tell two groups apart."""
    kb = default_kb()
    return frozenset((_family(a.sector), None if kb.reads_country(a.text) else a.country) for a in parties
                     if a.text and a.sector and a.text.split()[-1].lower() not in _EVERYONE)


def _family(sector: str) -> str:
    if sector in _ARMED_GROUPS:
        return "armed"
    if sector in _STATE_FORCES:
        return "forces"
    return "officials" if sector in _OFFICIALS else "civilians"


def _told_as_added(doc: Doc, mention: EventMention) -> bool:
    """"Three civilians were also killed", "two more soldiers died": a toll told on top of what was told."""
    clause = doc[mention.trigger.governor]
    said = [c for c in children_of(clause) if c.dep_ == "advmod"]
    counted = [t for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree if t.i < c.i]
    return any(w.lower_ in _ADDED for w in said) or any(w.lower_ in _ADDED and _counts_more(w) for w in counted)


def _part_of_a_toll(doc: Doc, mention: EventMention) -> bool:
    """"Six of those killed were children", "among the dead were six soldiers": a part of a toll told."""
    clause = doc[mention.trigger.governor]
    for child in children_of(clause):
        if child.dep_ == "prep" and child.lower_ == "among":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and _of_the_whole(child):
            return True
    noun = doc[mention.trigger.head]
    return noun.dep_ == "pobj" and _of_the_whole(noun.head.head)  # "four of the wounded died": a noun trigger


def _of_the_whole(number: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(map(_toll_whole, children_of(c)))
               for c in children_of(number))


def _toll_whole(noun: Token) -> bool:
    """"the dead", "the victims", "those killed"."""
    if noun.lower_ == "those":
        return any(c.lemma_.lower() in _TOLL_PARTICIPLES for c in children_of(noun))
    return noun.lower_ in _WHOLE_OF


# Verbs a toll rises by ("the death toll rose to 15", "reached 15") and verbs that bring it ("bringing the toll to 15").
_TOLL_RISES = frozenset({"rise", "climb", "reach", "increase", "jump", "mount", "stand", "hit", "grow", "go"})
_TOLL_BRINGS = frozenset({"bring", "raise", "take", "push", "put", "lift"})
# A toll of something larger than one act: "the death toll from the war rose to 4,000".
_LARGER_THAN_AN_ACT = frozenset({"war", "conflict", "violence", "pandemic", "virus", "outbreak", "epidemic",
                                 "crisis", "year", "month", "campaign", "insurgency", "unrest", "uprising",
                                 "offensive", "fighting", "earthquake", "flood", "floods", "storm", "disaster"})


@dataclass(frozen=True, slots=True)
class NamedEvent:
    """What a toll statement's own words say of the event it counts: "the toll from the market bombing" (its words),
    "the toll from Tuesday's bombing" (its day), "the toll in Maiduguri" (its place); ``start``..``end``: the words."""

    start: int
    end: int
    words: frozenset[str]
    days: tuple[DateValue, ...]
    weekdays: frozenset[str]
    places: tuple[Place, ...]
    weapons: frozenset[str] = frozenset()  # "the explosion": how the act was done (``weapons_told``)


@dataclass(frozen=True, slots=True)
class TollStatement:
    """A sentence telling the toll of an event told before, with no act of its own: "the death toll rose to 15"
    (the whole toll), "two more people died of their wounds" (dead on top of those counted)."""

    verb: int  # the token that tells it
    value: int
    whole: bool
    of_wounded: bool = False  # "three of the wounded died": dead who leave the injured
    injured: int | None = None  # "the toll rose to 17, with 20 people wounded"
    names: NamedEvent | None = None  # "the toll from the market bombing": the event it counts, where it says


def toll_statements(doc: Doc) -> list[TollStatement]:
    """The death tolls the article tells apart from its acts, in article order."""
    found = [_whole_toll(token) for token in words_with_lemma(doc, NOUN, _TOLL)]
    found += [_more_dead(token) for token in words_with_lemma(doc, VERB, _DIE)]
    found += [_died_in_attack_told(token) for token in words_with_lemma(doc, VERB, _UNDERGOING)]
    # in one sentence the whole toll comes last: "the toll rose to 17 when three of the wounded died" is 17, not 20
    return sorted((s for s in found if s is not None), key=lambda s: (bounds_at(doc, s.verb).start, s.whole, s.verb))


def _whole_toll(toll: Token) -> TollStatement | None:
    """"The death toll rose to 15", "... bringing the toll to 15", "the toll reached 15"."""
    verb = toll.head
    lemma = verb.lemma_.lower()
    rises = toll.dep_ == "nsubj" and lemma in _TOLL_RISES
    if not (rises or (toll.dep_ == "dobj" and lemma in _TOLL_BRINGS)) or not _toll_of_one_act(toll):
        return None
    targets = [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("to", "at")
               for o in children_of(c) if o.dep_ == "pobj"]
    if rises:
        targets += [c for c in children_of(verb) if c.dep_ == "dobj"]
    value = next((v for v in map(_stated_number, targets) if v is not None), None)
    if value is None:
        return None
    return TollStatement(verb.i, value, whole=True, injured=_with_wounded(verb), names=_named_event(toll))


def _with_wounded(verb: Token) -> int | None:
    """"..., with 20 people wounded": the wounded a toll statement tells beside its dead."""
    clause = with_wounded_clause(verb)
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    return _stated_number(subject) if subject is not None else None


def with_wounded_clause(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ == "advcl" and c.lemma_.lower() in _INJURE), None)


def _toll_of_one_act(toll: Token) -> bool:
    """A death toll (not of the injured) told of no period or larger thing: "since January", "from the war"."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in ("injury", "casualty") for c in children_of(toll)):
        return False
    sent = toll.sent
    if any(t.lower_ == "since" or t.lower_ in _SUMS or t.lemma_.lower() in _LARGER_THAN_AN_ACT for t in sent):
        return False
    return not any(t.ent_type_ == "DATE" and t.is_digit and len(t) == 4 for t in sent)  # "in 2015": a year's toll


def _more_dead(verb: Token) -> TollStatement | None:
    """"Two more people died of their wounds", "three of the wounded died": dead on top of the toll told."""
    for subject in children_of(verb):
        if subject.dep_ == "nsubj" and _of_the_wounded(subject):
            value = _stated_number(subject)
            return TollStatement(verb.i, value, whole=False, of_wounded=True) if value is not None else None
        numeral = _numeral(subject) if subject.dep_ == "nsubj" else None
        # "more" after the number ("two more"), not the hedge before it ("more than 20 people died")
        if numeral is not None and any(t.lower_ == "more" and t.i > numeral.i for t in subject.subtree):
            value = _stated_number(subject)
            return TollStatement(verb.i, value, whole=False) if value is not None else None
    return None


# Verbs of a death undergone, whose "in" phrase may name the attack told before: "Eleven people died in the blast".
_UNDERGOING = frozenset({"die", "perish", "lose"})


def _died_in_attack_told(verb: Token) -> TollStatement | None:
    """"A bomb exploded at a market ... Eleven people died in the blast": the deaths of an attack told before, named
    again by a definite noun that is no event of its own, are that attack's whole toll."""
    noun = next((o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c)
                 if getattr(toll_host(o), "i", None) == verb.i and _attack_told_again(o)), None)
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    value = _stated_number(subject) if noun is not None and subject is not None else None
    if value is None:
        return None
    names = _named_by_words(noun.doc, noun.left_edge.i, noun.right_edge.i + 1, [noun])
    # only where it names an attack told before: "died in the blast in Kabul" after an attack in Zamfara counts none
    return TollStatement(verb.i, value, whole=True, names=names) if _names_a_told_attack(verb, names) else None


def _names_a_told_attack(verb: Token, names: NamedEvent | None) -> bool:
    doc = verb.doc
    told = [ToldAttack(m.date, m.place, (m.trigger.head,)) for m in doc._.events or ()
            if m.trigger.entry.event == "ASSAULT" and m.factuality == "asserted" and m.date is not None
            and m.trigger.head < verb.i]
    return named_attack(doc, names, told) is not None


# Determiners of a noun naming what was told before ("the blast", "that attack"); "Tuesday's blast" may be another.
_TOLD_BEFORE = frozenset({"the", "this", "that"})


def _attack_told_again(noun: Token) -> bool:
    """A definite attack noun ("the blast", "the attack") that is no event of its own: the attack told before."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _TOLD_BEFORE for c in children_of(noun)):
        return False
    entries = load_lexicon().entries(noun.lemma_.lower(), "NOUN")
    if not any(e.event == "ASSAULT" and not e.required for e in entries):
        return False
    return not any(m.trigger.head == noun.i for m in noun.doc._.events or ())


def _of_the_wounded(subject: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("wounded", "injured") for o in children_of(c))
               for c in children_of(subject))


def _numeral(token: Token) -> Token | None:
    return token if token.like_num else next((c for c in children_of(token) if c.dep_ == "nummod"), None)


def _stated_number(token: Token) -> int | None:
    """The number a phrase states: its own ("15") or its numeral ("15 people", "at least 15")."""
    numeral = _numeral(token)
    if numeral is None:
        return None
    return parse_number(" ".join(t.text for t in numeral.subtree if t.i <= numeral.i))


def with_statement(size: Size, statement: TollStatement) -> Size:
    """A record's toll after a statement of it: a whole toll no smaller replaces the dead, more dead add."""
    if statement.of_wounded and size.injured is not None:  # the injured count those hurt who lived
        size = replace(size, injured=max(size.injured - statement.value, 0))
    if statement.injured is not None and (size.injured is None or statement.injured > size.injured):
        size = replace(size, injured=statement.injured)
    if not statement.whole:
        return replace(size, dead=(size.dead or 0) + statement.value)
    return replace(size, dead=statement.value) if size.dead is None or statement.value >= size.dead else size


# --- the event a toll names ------------------------------------------------------------------------------------
#
# "The toll from the market bombing rose to 15" counts the market bombing, even where a police post was attacked
# after it: a toll that names its event (by its words, its day or its place) goes to the attack that matches, and to
# the latest attack told before it only where it names nothing or nothing matches.

# The prepositions by which a toll names its event: "the toll from/of the bombing", "the toll in Maiduguri".
_TOLL_OF = frozenset({"from", "of", "in", "at"})
# Words every event noun phrase may hold, which tell no event apart.
_UNTELLING = frozenset({"the", "a", "an", "'s", "death", "toll", "day", "people", "person"})


@dataclass(frozen=True, slots=True)
class ToldAttack:
    """An attack a toll may count: its day, its place, and the tokens of its mentions' triggers."""

    date: DateValue | None
    place: Place | None
    heads: tuple[int, ...]


def _named_event(toll: Token) -> NamedEvent | None:
    """The words, day and place the toll phrase names its event by, if it names any."""
    return _named_by_words(toll.doc, toll.left_edge.i, toll.right_edge.i + 1, _named_nouns(toll))


def _named_by_words(doc: Doc, start: int, end: int, nouns: list[Token]) -> NamedEvent | None:
    """The words, weapons, day and place the phrase ``start``..``end`` names its event by, with ``nouns`` the
    event nouns it names ("the market bombing")."""
    words = frozenset(w for noun in nouns for w in _telling_words(noun))
    weapons = frozenset(w for noun in nouns for w in weapons_told(doc, [noun, *children_of(noun)]))
    days = tuple(m.value for m in doc._.dates or () if start <= m.start and m.end <= end)
    weekdays = frozenset(t.lower_ for t in doc[start:end] if t.lower_ in WEEKDAYS)
    places = tuple(m.place for m in doc._.places or () if start <= m.start and m.end <= end
                   and not (m.actor or m.qualifier))
    if not (words or days or weekdays or places):
        return None
    return NamedEvent(start, end, words, days, weekdays, places, weapons)


def _named_nouns(toll: Token) -> list[Token]:
    return [o for c in children_of(toll) if c.dep_ == "prep" and c.lower_ in _TOLL_OF
            for o in children_of(c) if o.dep_ == "pobj"]


def _telling_words(noun: Token) -> set[str]:
    """"the market bombing": {"market", "bomb"}; the head noun and its compounds, as stems."""
    parts = [noun, *(c for c in children_of(noun) if c.dep_ == "compound")]
    return {_stem(t) for t in parts if t.lower_ not in _UNTELLING and not t.like_num}


def _stem(token: Token) -> str:
    """"bombing", "bombed" and "bomb" alike: a word's lemma without the "-ing" of its gerund."""
    lemma = token.lemma_.lower()
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 6 else lemma


def named_attack(doc: Doc, named: NamedEvent | None, attacks: list[ToldAttack]) -> int | None:
    """The index of the latest of ``attacks`` that best matches what the toll names; None where it names nothing or
    no attack matches it (the caller then takes the latest). A cue the attack contradicts (another day, another
    place) rules it out."""
    if named is None:
        return None
    scores = [_cues_met(doc, named, attack) for attack in attacks]
    best = max(scores, default=0)
    return max(i for i, score in enumerate(scores) if score == best) if best > 0 else None


def _cues_met(doc: Doc, named: NamedEvent, attack: ToldAttack) -> int:
    day, place = _day_agrees(named, attack.date), _place_agrees(named, attack.place)
    if False in (day, place):
        return 0
    told = _attack_words(doc, named, attack.heads)
    # "the toll from the explosion" of "a bomb exploded": the same act by its weapon, whatever the word
    words = bool(named.words & told) or bool(named.weapons & _attack_weapons(doc, named, attack.heads))
    return sum(map(bool, (day, place, words)))


def _day_agrees(named: NamedEvent, date: DateValue | None) -> bool | None:
    """True where the toll's day is the attack's, False where it is another, None where either is untold."""
    if date is None or date.date is None or not (named.days or named.weekdays):
        return None
    if named.days:
        return any((d.date, d.enddate) == (date.date, date.enddate) for d in named.days)
    return date.date == date.enddate and date.date.strftime("%A").lower() in named.weekdays


def _place_agrees(named: NamedEvent, place: Place | None) -> bool | None:
    if place is None or not named.places:
        return None
    return any(_same_spot(told, place) for told in named.places)


def _same_spot(told: Place, place: Place) -> bool:
    """The place the toll names is the attack's own, or holds it ("the toll in Borno" of an attack in Bama)."""
    same = (told.geonameid is not None and told.geonameid == place.geonameid) or told.name == place.name
    return same or _inside(place, told)


def _attack_words(doc: Doc, named: NamedEvent, heads: tuple[int, ...]) -> set[str]:
    """The stems of the words of the sentences telling the attack, except the toll's own phrase."""
    words: set[str] = set()
    for bounds in {bounds_at(doc, head) for head in heads}:
        words |= {_stem(doc[i]) for i in range(bounds.start, bounds.end)
                  if not named.start <= i < named.end and doc[i].pos_ in ("NOUN", "PROPN", "VERB")}
    return words


# --- the weapon an attack is told by ----------------------------------------------------------------------------
#
# "The toll from the explosion" counts the bomb that exploded, "the toll from the air raid" the jets' strike: a toll
# names its attack by any word of the same weapon, so the attack's words and the toll's noun are read as weapons,
# by the lexicon's mode of their triggers ("blast": explosives) and by the words that tell a weapon without being a
# trigger ("jets", "gunmen"). ACLED's sub-event types group the modes: air and drone strikes are one.

_WEAPON_OF_MODE = {"explosives": "explosives", "suicide": "explosives", "aerial": "air", "drone": "air",
                   "firearms": "firearms", "heavy-weapons": "artillery"}
_WEAPON_WORDS = {
    "explosives": frozenset({"bomb", "bombing", "bomber", "explosive", "explosion", "explode", "blast", "ied",
                             "grenade", "landmine", "detonate", "detonation"}),
    "air": frozenset({"air", "airstrike", "jet", "warplane", "aircraft", "helicopter", "gunship", "drone", "uav",
                      "plane"}),
    "firearms": frozenset({"gunman", "gunfire", "gun", "shooting", "shoot", "shooter", "sniper", "rifle",
                           "bullet", "gunshot"}),
    "artillery": frozenset({"rocket", "mortar", "shell", "shelling", "artillery", "missile"}),
}


def weapons_told(doc: Doc, tokens: list[Token]) -> set[str]:
    """The weapons ``tokens`` tell, by the mode of a trigger on them or by their own word."""
    entries = {t.head: t.entry for t in doc._.triggers or () if t.entry.event == "ASSAULT"}
    found = set()
    for token in tokens:
        entry = entries.get(token.i)
        if entry is not None and entry.mode in _WEAPON_OF_MODE:
            found.add(_WEAPON_OF_MODE[entry.mode])
        lemma = token.lemma_.lower()
        found |= {weapon for weapon, words in _WEAPON_WORDS.items() if lemma in words}
    return found


def _attack_weapons(doc: Doc, named: NamedEvent, heads: tuple[int, ...]) -> set[str]:
    """The weapons of the sentences telling the attack, except the toll's own phrase."""
    weapons: set[str] = set()
    for bounds in {bounds_at(doc, head) for head in heads}:
        weapons |= weapons_told(doc, [doc[i] for i in range(bounds.start, bounds.end)
                                      if not named.start <= i < named.end])
    return weapons
