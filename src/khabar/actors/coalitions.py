"""The coalition a text means by "the coalition" where it names none: the one fighting in the country the text is
about on its date. The wire writes "coalition jets struck Houthi positions" in Yemen since March 2015 for the
Saudi-led coalition, and "the coalition said it had carried out 14 strikes" in Iraq and Syria since 2014 for the
U.S.-led one. The knowledge base says where and when each fought by its ``deployed_in`` relations.
"""
from __future__ import annotations

from .days import Day
from .index import Index
from .normalise import Word, normalise

DEPLOYED_IN = "deployed_in"
_ARTICLES = frozenset({"a", "an"})
_COALITION = normalise("coalition")
# Words that leave a coalition unnamed: "the international coalition", "Western coalition warplanes".
_UNNAMING = frozenset(normalise(w) for w in ("international", "multinational", "western", "military", "allied",
                                             "global", "foreign"))
# A country's own coalition of parties: "coalition partners", "the ruling coalition", "coalition talks".
_PARLIAMENTARY = frozenset(normalise(w) for w in (
    "opposition", "ruling", "governing", "electoral", "party", "parties", "parliamentary", "government", "partner",
    "partners", "talks", "deal", "agreement", "pact", "cabinet", "lawmakers", "mp", "mps", "candidate",
    "candidates", "list", "bloc"))


def unnamed_coalition(ws: tuple[Word, ...], *, definite: bool) -> bool:
    """Whether the words are "the coalition" named by no word of its own, alone and ``definite`` ("the coalition",
    "the international coalition") or as the owner of its people and arms ("coalition jets", "a coalition
    spokesman"), and not a country's coalition of parties. "A coalition of rebel groups" is no such: it is
    described, not named."""
    keys = [w.key for w in ws]
    if _COALITION not in keys or any(k in _PARLIAMENTARY for k in keys):
        return False
    at = keys.index(_COALITION)
    if at == len(keys) - 1:
        return definite and all(k in _UNNAMING for k in keys[:at])
    # a coalition's people or arms may be counted ("a coalition air strike")
    return all(k in _UNNAMING or k in _ARTICLES for k in keys[:at])


def coalition_deployed(index: Index, country: str | None, day: Day) -> str | None:
    """The one coalition deployed in the country on the day, of those the knowledge base places there; None when
    none or several were."""
    return _the_one_deployed(index, country, day, lambda actor_id: _named_coalition(index, actor_id))


def _named_coalition(index: Index, actor_id: str) -> bool:
    """Whether the body's name or an alias calls it a coalition (a force deployed there may be a mission)."""
    entry = index.by_id[actor_id]
    return any(_COALITION in normalise(alias).split() for alias in (entry.name, *entry.aliases))


_PART_OF = "part_of"


def mission_deployed(index: Index, body: str, country: str | None, day: Day) -> str | None:
    """The one force of a body of states deployed in the country on the day ("NATO-led forces" in Afghanistan in
    2010 are ISAF's, in 2016 Resolute Support's); None when the knowledge base places none or several there."""
    return _the_one_deployed(index, country, day, lambda actor_id: _part_of(index, actor_id, body))


def _the_one_deployed(index: Index, country: str | None, day: Day, wanted) -> str | None:
    """The one ``wanted`` body the knowledge base places in the country on the day; None when none or several."""
    if not country:
        return None
    places = index.holdings.get((country, DEPLOYED_IN), ())
    found = {h.person for h in places if day.holds(h.relation) and wanted(h.person)}
    return found.pop() if len(found) == 1 else None


def _part_of(index: Index, actor_id: str, body: str) -> bool:
    return any(r.type == _PART_OF and r.object == body for r in index.by_id[actor_id].relations)
