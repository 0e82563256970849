"""Offices named by title, resolved to their holder on a date.

"the prime minister" (with the article's country), "Iraq's prime minister", "Iraqi Prime Minister",
"Iran's Supreme Leader", "the U.S. president"; the leaders of organisations ("the Hezbollah leader",
"Hezbollah's secretary-general"); and a state's ministers ("Russia's foreign minister", "the U.S. secretary
of state", "the defence minister", "Iraq's interior minister", "the finance minister"), who lead a body of the
state under the office's title. Holders come from the dated ``head_of_government``, ``head_of_state`` and
``leader_of`` relations; a relation's ``title`` names offices that are not the usual one for their type (Iran's
head of state is its supreme leader).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .days import Day
from .index import ROLE_CAPITAL, Holding, Index
from .normalise import Word, normalise

# Title -> relation types searched. The usual title of each type is in _DEFAULT_TITLE.
_OFFICES = {normalise(title): types for title, types in {
    "prime minister": ("head_of_government",), "premier": ("head_of_government",),
    "head of government": ("head_of_government",), "president": ("head_of_state", "head_of_government"),
    "head of state": ("head_of_state",), "supreme leader": ("head_of_state",), "king": ("head_of_state",),
    "emir": ("head_of_state",), "amir": ("head_of_state",), "sultan": ("head_of_state",),
    "chancellor": ("head_of_government",), "leader": ("head_of_state",), "queen": ("head_of_state",),
    "emperor": ("head_of_state",), "state counsellor": ("head_of_government",),
    "chief adviser": ("head_of_government",),
}.items()}
_EPOCH = dt.date(1, 1, 1)
_DEFAULT_TITLE = {"head_of_government": "prime minister", "head_of_state": "president"}
_PREMIER = {"premier", "prime minister"}  # one office, two English names
_ANY_TITLE = frozenset({"head of government", "head of state"})
_ORG_TITLES = frozenset(normalise(t) for t in ("leader", "chief", "head", "secretary general", "commander",
                                               "emir", "chairman", "boss", "spiritual leader"))
# Titles that name the one head only of a state's unit ("the Quds Force commander"); an armed movement has
# many commanders ("a Hamas commander"), so there the title says only whose man he is.
_RANKS = frozenset({normalise("commander")})
_COMMANDED_SECTORS = frozenset({"MIL", "SPY", "COP", "GOV"})
# A state's ministers, each office under its English names; the knowledge base titles a holder by one of them
# ("foreign secretary" in Britain, "secretary of state" in America, "secretary of defense" for the Pentagon's head).
_MINISTRIES = tuple(frozenset(normalise(t) for t in names) for names in (
    ("foreign minister", "foreign secretary", "secretary of state", "foreign affairs minister",
     "minister of foreign affairs", "minister for foreign affairs", "external affairs minister"),
    ("defence minister", "defense minister", "defence secretary", "defense secretary", "secretary of defense",
     "secretary of defence", "minister of defence", "minister of defense"),
    # Britain's home secretary and India's home minister run their states' interior ministries; America's
    # interior secretary heads its Department of the Interior, the office of that name there.
    ("interior minister", "minister of interior", "minister of the interior", "interior secretary",
     "secretary of the interior", "home secretary", "home minister", "home affairs minister",
     "minister of home affairs", "minister for home affairs"),
    # Police ministries apart from the interior ministry (Israel has both; China's ministry of public security).
    ("public security minister", "minister of public security", "national security minister",
     "minister of national security"),
    ("homeland security secretary", "secretary of homeland security"),
    ("finance minister", "minister of finance", "treasury secretary", "secretary of the treasury",
     "chancellor of the exchequer", "minister of economy and finance", "economy and finance minister",
     "finance and economy minister"),
    # Britain's "chancellor" is its finance minister, found only among holders titled so; where a chancellor heads
    # the government (Germany, Austria), the head of government is found first (resolve_title)
    ("chancellor", "chancellor of the exchequer")))
# A title in two lists ("chancellor of the exchequer") names the office under all of their names.
_MINISTERS = {title: frozenset().union(*(names for names in _MINISTRIES if title in names))
              for names in _MINISTRIES for title in names}
MINISTER_TITLES = frozenset(_MINISTERS)


@dataclass(frozen=True, slots=True)
class TitleHit:
    """A mention that is an office: its holder on the date (None when unknown) and the office's owner."""

    holder: str | None
    owner: str  # a country's ISO3 or an organisation's id
    title: str


def office_names(title: str) -> frozenset[str]:
    """Every English name of the office a title names ("secretary of defense": "defence minister", ...)."""
    key = normalise(title)
    return _MINISTERS.get(key, frozenset({key}))


def _state_prefix(index: Index, ws: tuple[Word, ...]) -> tuple[str | None, int]:
    """The country a title begins with ("Iraqi", "Iraq's", "U.S.", "the Taliban government's"), and how many words
    it takes."""
    for size in (3, 2, 1):
        if size >= len(ws):
            continue
        span = ws[:size]
        for target in index.targets(" ".join(w.key for w in span), span) or ():
            state = _state_of(index, target.actor_id)
            if state is not None and target.role != ROLE_CAPITAL:
                return state, size
    return None, 0


def _state_of(index: Index, actor_id: str) -> str | None:
    """The state an owner stands for: the state itself, or its government as a whole (the state's national GOV
    body: "the Iraqi government's interior minister" is Iraq's), not one of its ministries."""
    entry = index.by_id[actor_id]
    if entry.kind == "state":
        return entry.id
    return entry.country if entry.country and index.national.get((entry.country, "GOV")) == entry.id else None


def _title_matches(holding: Holding, title: str) -> bool:
    if title in _ANY_TITLE:
        return True
    wanted = normalise(holding.relation.title) if holding.relation.title else _DEFAULT_TITLE.get(holding.relation.type)
    return wanted == title or {wanted, title} == _PREMIER


def holder(index: Index, owner: str, types: tuple[str, ...], title: str | None, day: Day) -> str | None:
    """Who held the office on the day; with no day, who holds it now."""
    for kind in types:
        for holding in index.holdings.get((owner, kind), ()):
            if (title is None or _title_matches(holding, title)) and day.holds(holding.relation):
                return holding.person
    return None


def _office(index: Index, ws: tuple[Word, ...], day: Day, country: str | None) -> TitleHit | None:
    state, size = _state_prefix(index, ws)
    title = " ".join(w.key for w in ws[size:])
    owner = state or country
    if title not in _OFFICES or owner not in index.by_id or (title == "leader" and state is None):
        return None  # also a country the knowledge base lacks (a territory the gazetteer knows: "HKG")
    wanted = None if title == "leader" else title  # "Iran's leader": whoever heads the state
    return TitleHit(holder(index, owner, _OFFICES[title], wanted, day), owner, title)


def _minister(index: Index, ws: tuple[Word, ...], day: Day, country: str | None) -> TitleHit | None:
    """"Russia's foreign minister", "the British foreign secretary", "the defence minister" (of the article's
    country): whoever led the state's ministry under that office's title on the day. With no holder known on the
    day, the mention is the ministry itself (the owner of the hit), never a nameless person."""
    state, size = _state_prefix(index, ws)
    title = " ".join(w.key for w in ws[size:])
    owner = state or country
    if title not in _MINISTERS or owner is None:
        return None
    holdings = sorted((h for t in _MINISTERS[title] for h in index.offices.get((owner, t), ())),
                      key=lambda h: h.relation.start or _EPOCH)
    if not holdings:
        return None  # a ministry the knowledge base does not staff: the caller reads the state and the noun
    found = next((h.person for h in holdings if day.holds(h.relation)), None)
    return TitleHit(found, holdings[-1].relation.object, title)


def _org_office(index: Index, ws: tuple[Word, ...], day: Day) -> TitleHit | None:
    """"the Hezbollah leader", "the Quds Force commander": the organisation's leader on the day. With no
    known holder the mention is the organisation itself (the caller's next reading), not a nameless office."""
    for cut in range(len(ws) - 1, 0, -1):
        title = " ".join(w.key for w in ws[cut:])
        if title not in _ORG_TITLES:
            continue
        span = ws[:cut]
        for target in index.targets(" ".join(w.key for w in span), span) or ():
            entry = index.by_id[target.actor_id]
            if entry.kind not in ("organisation", "institution", "igo"):
                continue
            if title in _RANKS and entry.sector not in _COMMANDED_SECTORS:
                return None  # "a Hamas commander" is one of the group's many, not its leader
            found = holder(index, target.actor_id, ("leader_of",), None, day)
            return TitleHit(found, target.actor_id, title) if found is not None else None
    return None


def resolve_title(index: Index, ws: tuple[Word, ...], *, day: Day, country: str | None) -> TitleHit | None:
    """The office a mention names, or None when the mention is not a bare title. A state's office with no holder
    gives way to a ministry of the same title that has one ("the British chancellor" heads the Treasury)."""
    office = _office(index, ws, day, country)
    if office is not None and office.holder is not None:
        return office
    return _minister(index, ws, day, country) or office or _org_office(index, ws, day)
