"""Whether a retelling can be the event it seems to retell: the same doers, as far as the text names them.

"Gunmen killed seven people ... Soldiers dispersed the crowd with tear gas": an undated verb with a definite
object reads as a retelling of the latest dated event of its kind, but soldiers dispersing a crowd do not retell
what gunmen did. Parties agree when either side is unnamed, or some party of one could be a party of the other: the
same actor, or no clash of side (a state's organs, or not) and of country ("Iraq" and "Iraq's Counter Terrorism
Service" can be one doer).
"""
from __future__ import annotations

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
    return a.country is None or b.country is None or a.country == b.country
