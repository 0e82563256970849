"""Whether a retelling can be the event it seems to retell: the same doers, as far as the text names them.

"Gunmen killed seven people ... Soldiers dispersed the crowd with tear gas": an undated verb with a definite
object reads as a retelling of the latest dated event of its kind, but soldiers dispersing a crowd do not retell
what gunmen did. Parties agree when either side is unnamed, or some party of one could be a party of the other: the
same actor, or no clash of side (a state's organs, or not) and of country ("Iraq" and "Iraq's Counter Terrorism
Service" can be one doer).

What the text tells of a party is less than what the coder resolved it to (``told_parties``): "Warplanes bombed
the market" names no side, and the country the coder gave the warplanes is its guess from the article's focus; a
means of force taken for a target ("fired explosives from drones at the building") tells no target at all.

Targets clash where they are of two sides of a fight ("a clinic" and "SPLM-N positions") or are two bodies named by
name, neither inside the other ("Hamas positions" and "Islamic Jihad targets"); "the hospital's main ward" still
retells "a clinic", and "Qassam Brigades posts" still retell "Hamas positions".
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..actors import default_kb
from ..model import Actor


def parties_agree(later: tuple[Actor, ...], earlier: tuple[Actor, ...]) -> bool:
    """True unless both mentions name their doers and no doer of one can be a doer of the other."""
    if not later or not earlier:
        return True
    return any(_could_be_one(a, b) for a in later for b in earlier)


# A state's own organs: one act may be told of the government in one sentence and of its forces in another ("get
# the prime minister to release the suspects" ... "released by the security directorate").
_STATE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _could_be_one(a: Actor, b: Actor) -> bool:
    if (a.id is not None and a.id == b.id) or a.name == b.name:
        return True
    if a.sector and b.sector and (a.sector in _STATE) != (b.sector in _STATE):
        return False  # the state's side and another's
    if "CVL" in (a.sector, b.sector) and "IGO" in (a.sector, b.sector):
        return False  # a crowd or civilians are never an international body told of elsewhere ("ECOWAS condemned")
    return a.country is None or b.country is None or a.country == b.country


def told_parties_agree(doc: Doc, later: tuple[Actor, ...], earlier: tuple[Actor, ...], *,
                       targets: bool = False) -> bool:
    """``parties_agree`` on what the text tells of the parties. A doer named only by its kind ("warplanes", "the
    paramilitaries", "gunmen") may be a description of a doer named on the other side ("the Saudi-led coalition",
    "the RSF"): its kind is the coder's reading, not the text's word on who did it. A target's kind is what was hit
    ("a hospital" is not "RSF positions"), and two kinds still clash by side ("gunmen" are not "soldiers"); a kind's
    country is the coder's guess from the article, and only two named parties clash by country. Among targets, a
    means of force ("drones", "rockets") is what was used, not whom it was used on, and is left out."""
    if targets and _other_bodies(doc, later, earlier):
        return False
    later_told, earlier_told = _told(doc, later, targets), _told(doc, earlier, targets)
    if targets:
        later_told, earlier_told = _of_known_side(later_told), _of_known_side(earlier_told)
    if not later_told or not earlier_told:
        return True
    return any(_could_be_told_one(doc, a, b, targets) for a in later_told for b in earlier_told)


def _could_be_told_one(doc: Doc, a: tuple[Actor, bool], b: tuple[Actor, bool], targets: bool) -> bool:
    (first, first_kind), (second, second_kind) = a, b
    if targets and _armed_and_unarmed(doc, first, second):
        return False
    if not (first_kind or second_kind):
        return _could_be_one(first, second)
    if first_kind != second_kind and not targets:
        return True  # a kind of doer beside a named one: it may describe it
    return _could_be_one(replace(first, id=None, country=None), replace(second, id=None, country=None))


# Targets on two sides of a fight: an armed group's fighters or positions, and civilians or their places ("a
# clinic", "a displacement camp"). One strike may kill both, but an article that names the one as hit and then the
# other tells two strikes (the state's forces against either already clash by side in ``_could_be_one``).
_ARMED = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF"})  # not CRM: "suspects" are CRM too
_UNARMED = frozenset({"CVL", "HLH", "REF", "EDU", "MED", "REL", "BUS", "AGR", "LAB", "NGO"})


def _other_bodies(doc: Doc, later: tuple[Actor, ...], earlier: tuple[Actor, ...]) -> bool:
    """"struck Islamic State positions" and "struck PKK positions", "raided the offices of the Daily Star" and
    "raided the headquarters of the BNP": the bodies each mention's targets name by a proper name are other bodies,
    none the same as or inside (a brigade of a movement) one of the other's."""
    later_bodies, earlier_bodies = _named_bodies(doc, later), _named_bodies(doc, earlier)
    return bool(later_bodies and earlier_bodies) and not any(
        _one_body(a, b) for a in later_bodies for b in earlier_bodies)


def _named_bodies(doc: Doc, parties: tuple[Actor, ...]) -> list[Actor]:
    """The bodies outside the state (armed groups, parties, aid groups) the text names by a proper name ("the
    militants" resolved from the article's context names none; a town parsed as a target is no body)."""
    out = []
    for party in parties:
        words = _words_of(doc, party)
        if words is None or not any(t.pos_ == "PROPN" for t in words):
            continue
        if party.sector not in _STATE and (party.id is not None or words.root.ent_type_ == "ORG"):
            out.append(party)
    return out


def _one_body(first: Actor, second: Actor) -> bool:
    if first.id and second.id:
        kb = default_kb()
        return first.id == second.id or first.id in kb.ancestors(second.id) or second.id in kb.ancestors(first.id)
    names = (first.name.lower(), second.name.lower())
    return names[0] in names[1] or names[1] in names[0] or _initials_of(first.name, second.name) \
        or _initials_of(second.name, first.name)


def _initials_of(short: str, full: str) -> bool:
    """"IRC" and "the International Rescue Committee": one body, named in full and by its initials."""
    initials = "".join(w[0] for w in full.replace("-", " ").split() if w[0].isupper())
    return short.isupper() and len(short) > 1 and short == initials


def _armed_and_unarmed(doc: Doc, first: Actor, second: Actor) -> bool:
    return (first.sector in _ARMED and _told_unarmed(doc, second)) or (
        second.sector in _ARMED and _told_unarmed(doc, first))


# People told only as men or by their nationality ("four Palestinians", "detained the men"): civilians to the
# coder by default, but the text does not say they bore no arms.
_ANY_PEOPLE = frozenset({"man", "men", "people", "person", "persons", "youth", "youths"})


def _told_unarmed(doc: Doc, party: Actor) -> bool:
    if party.sector not in _UNARMED:
        return False
    words = _words_of(doc, party)
    if party.sector != "CVL" or words is None:
        return True
    root = words.root
    return root.lower_ not in _ANY_PEOPLE and root.lemma_.lower() not in _ANY_PEOPLE and root.ent_type_ != "NORP"


def _of_known_side(told: list[tuple[Actor, bool]]) -> list[tuple[Actor, bool]]:
    """The targets whose side the coder read, where any is read: "shelled army positions near Goma" also gives the
    town as a target, and a target of no sector could be anyone, so it would let any earlier target agree."""
    known = [pair for pair in told if pair[0].sector]
    return known or told


def _told(doc: Doc, parties: tuple[Actor, ...], targets: bool) -> list[tuple[Actor, bool]]:
    """Each party the text names, with whether it is named only by its kind."""
    from .arguments.doers import INSTRUMENTS  # here: the arguments package imports, through factuality, this one
    out = []
    for party in parties:
        words = _words_of(doc, party)
        kind = words is not None and _kind_only(words, party)
        if not (kind and targets and words.root.lemma_.lower() in INSTRUMENTS):
            out.append((party, kind))
    return out


def _kind_only(words: Span, party: Actor) -> bool:
    """Words that name a kind of party, whose country the knowledge base reads off the article ("warplanes", "the
    attackers"), not a party named ("the Houthis", "Kenyan police") or one told before ("its aircraft", "they")."""
    if any(t.pos_ == "PRON" for t in words):
        return False
    return default_kb().reads_country(party.text)


def _words_of(doc: Doc, party: Actor) -> Span | None:
    """The party's own words in ``doc``, or None where the coder gave it no span."""
    if party.span is None:
        return None
    return doc.char_span(party.span[0], party.span[1], alignment_mode="expand")
