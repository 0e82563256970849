"""The people of a person's or a body's camp: "30 supporters of Imran Khan", "relatives of the slain commander",
"two aides of the governor" are people on X's side, not X. A person's or a state organ's supporters and anyone's kin
are civilians of X's country; a person's aides and guards serve in his sector (a governor's aides are the
government's), not as him.
"""
from __future__ import annotations

from ..model import Actor
from .index import Index
from .normalise import normalise

# People who back a person without acting for him: civilians of his country (ACLED codes arrested or attacked
# supporters as civilians or protesters, never as the leader himself). A party's or a movement's supporters stay
# the body's side ("PTI supporters", "Ruling party supporters" act as the party), so only a person's are read here.
_SUPPORTERS = frozenset(normalise(w) for w in (
    "supporter", "supporters", "follower", "followers", "sympathizer", "sympathizers", "sympathiser", "sympathisers",
    "partisan", "partisans", "devotee", "devotees", "admirer", "admirers", "fan", "fans"))
# The organs of a state: their supporters ("supporters of the junta", "of the army") are civilians too, who rally
# for it without acting for it.
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Kin of anyone, a person or a body's people: civilians, never the one they are kin of.
_KIN = frozenset(normalise(w) for w in (
    "relative", "relatives", "family", "families", "kin", "kinsmen", "widow", "widows", "son", "sons", "daughter",
    "daughters", "brother", "brothers", "nephew", "nephews", "wife", "wives"))
# People who serve one person: of his sector and country, not him.
_RETINUE = frozenset(normalise(w) for w in (
    "aide", "aides", "guard", "guards", "bodyguard", "bodyguards", "adviser", "advisers", "advisor", "advisors",
    "staff", "staffer", "staffers", "assistant", "assistants", "secretary", "driver", "drivers"))


def camp_sector(index: Index, owner: Actor, noun: str) -> str | None:
    """The sector of the people of ``owner``'s camp that ``noun`` names: kin of anyone and supporters of a person
    or of a state organ are civilians (of the owner's country); a person's aides and guards are of his sector. None
    where the noun names no camp of this owner, or the owner is a state (its "supporters" are no one people) or has
    no country."""
    entry = index.by_id.get(owner.id) if owner.id else None
    if owner.country is None or (entry is not None and entry.kind == "state") or (entry is None and not owner.sector):
        return None
    key = normalise(noun)
    person = entry is not None and entry.kind == "person"
    if key in _KIN or (key in _SUPPORTERS and (person or owner.sector in _STATE_ORGANS)):
        return "CVL"
    return owner.sector if key in _RETINUE and person else None
