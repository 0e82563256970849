"""Whether a retelling can be the event it seems to retell: the same doers, as far as the text names them.

"Gunmen killed seven people ... Soldiers dispersed the crowd with tear gas": an undated verb with a definite
object reads as a retelling of the latest dated event of its kind, but soldiers dispersing a crowd do not retell
what gunmen did. Parties agree when either side is unnamed, or some party of one could be a party of the other: the
same actor, or no clash of side (a state's organs, or not) and of country ("Iraq" and "Iraq's Counter Terrorism
Service" can be one doer).

What the text tells of a party is less than what the coder resolved it to (``told_parties``): "Warplanes bombed
the market" names no side, and the country the coder gave the warplanes is its guess from the article's focus; a
means of force taken for a target ("fired explosives from drones at the building") tells no target at all.
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
    later_told, earlier_told = _told(doc, later, targets), _told(doc, earlier, targets)
    if not later_told or not earlier_told:
        return True
    return any(_could_be_told_one(a, b, targets) for a in later_told for b in earlier_told)


def _could_be_told_one(a: tuple[Actor, bool], b: tuple[Actor, bool], targets: bool) -> bool:
    (first, first_kind), (second, second_kind) = a, b
    if not (first_kind or second_kind):
        return _could_be_one(first, second)
    if first_kind != second_kind and not targets:
        return True  # a kind of doer beside a named one: it may describe it
    return _could_be_one(replace(first, id=None, country=None), replace(second, id=None, country=None))


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
