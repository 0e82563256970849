"""From a mention's text to an actor, in order of evidence.

1. The whole mention is an alias ("Kata'ib Hizballah", "PMF security directorate").
2. The whole mention is an office ("Iraq's prime minister"), resolved to its holder on the date.
3. A named actor inside the mention: the alias nearest the end wins, then the longest, so that
   "Kataib Hezbollah" is never Lebanese Hezbollah and "Iran's Quds Force" is the Quds Force.
   "X of Y" is also read as "Y X" ("the security directorate of the PMF"); prepositional tails
   ("U.S. forces in Iraq") are cut off.
4. A nationality and an agent noun ("Iraqi police", "U.S. forces"): the country's generic actor of
   that sector. A bare agent noun ("lawmakers") takes the article's country.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Actor
from .camps import camp_sector
from .coalitions import DEPLOYED_IN, coalition_deployed, mission_deployed, unnamed_coalition
from .days import Day
from .demonyms import noun_of_one, one_of_a_people, plural_noun
from .index import ROLE_DEMONYM, ROLE_NAME, Index, Match, Target
from .normalise import Word, normalise, words
from .peoples import home_of
from .schema import ActorEntry, RelationEntry
from .nouns import (SECTOR_LABELS, agent_sector, is_sponsor, leading_body, leading_state, military_post, names_backer,
                    names_sides, nationality, people_word, state_of)
from .titles import MINISTER_TITLES, TitleHit, office_names, resolve_title

_PARENS = re.compile(r"\([^)]*\)")
_DEFINITE = re.compile(r"^\s*the\s", re.IGNORECASE)
_THE_PEOPLE = re.compile(r"^\s*the\s+\S+\s*$", re.IGNORECASE)  # "the Japanese", "the French": the nation
_PREPOSITIONS = frozenset(normalise(w) for w in (
    "of", "in", "at", "near", "from", "across", "inside", "outside", "on", "with", "for", "against", "during", "after",
    "since", "by", "around", "along", "under", "into", "to"))
# Whose is a spokesman "for" ("a spokesman for the U.S. embassy", "the envoy for Syria" is not Syria's: only
# the speaking roles).
_SPEAKS_FOR = frozenset(normalise(w) for w in ("spokesman", "spokeswoman", "spokesperson", "spokesmen",
                                               "representative", "representatives"))

# Bodies of several or other states: a bare "coalition troops" is not the article country's military.
_MULTINATIONAL = frozenset(normalise(w) for w in ("coalition", "multinational", "international", "foreign", "allied",
                                                  "world", "global", "peacekeeping", "peacekeeper", "peacekeepers"))
# "the great powers", "regional powers": states of the world, unnamed, none of them the text's own.
_POWERS = frozenset(normalise(w) for w in ("power", "powers"))
# "the foreign ministry", "the foreign minister": a country's own office for foreign affairs, not foreigners.
_OFFICE_OF_FOREIGN_AFFAIRS = frozenset(normalise(w) for w in ("ministry", "minister", "office", "secretary", "affairs",
                                                              "service", "policy", "ministers"))
# "the opposition coalition", "the ruling coalition": a country's own parties, not several states.
_DOMESTIC_COALITION = frozenset(normalise(w) for w in ("opposition", "ruling", "governing", "electoral", "party",
                                                       "parliamentary", "government"))
_STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# Regions whose states speak together: "European officials", "Arab governments", "West African leaders" are
# the officials of several states, of no one country (nor of the country their words act on); they are the
# bloc of the region where the knowledge base has one. Longer regions first ("West African" before "African").
_REGIONAL_BLOCS = tuple((tuple(normalise(w) for w in region.split()), bloc) for region, bloc in (
    ("west african", "ECOWAS"), ("latin american", None), ("middle eastern", None), ("european", "EU"),
    ("arab", "ARAB_LEAGUE"), ("african", "AU"), ("gulf", "GCC"), ("western", None), ("asian", None),
    ("nordic", None)))
# "the Western-backed government", "a pro-Western government": a region that backs a state's body, not its own.
_SPONSORED = frozenset(normalise(w) for w in ("backed", "led", "allied", "aligned", "supported", "funded", "trained",
                                              "friendly", "leaning", "oriented", "style"))
_STANCES = frozenset(normalise(w) for w in ("pro", "anti"))
_THE_NATION = frozenset({"country", "nation"})
# Armed groups with no country of their own take the country where the text places them (ACLED's convention).
_STATELESS_ARMED = frozenset({"INS", "REB", "UAF"})
# Lower-case words that join the parts of one Persian, Urdu or Romance name ("Mazar-i-Sharif", "Rio de Janeiro").
_NAME_LINKS = frozenset({"i", "e", "ul", "ud", "de", "da", "di", "del", "la", "le"})
# Words that may stand before a person's name without making it a longer name: ranks, titles, honorifics.
_HONORIFICS = frozenset(normalise(w) for w in (
    "mr", "mrs", "ms", "dr", "gen", "maj", "major", "col", "lt", "brig", "brigadier", "adm", "admiral", "capt",
    "captain", "sgt", "field", "marshal", "sheikh", "shaikh", "ayatollah", "grand", "imam", "sayyid", "sayed",
    "seyed", "mullah", "hajj", "haji", "king", "prince", "crown", "emir", "amir", "sultan", "secretary", "vice",
    "deputy", "chief", "former", "late", "ousted", "acting", "interim", "sir", "lord", "speaker", "cleric",
    "sen", "rep", "gov", "pres", "prime", "minister", "president", "general", "commander", "leader"))


def actor_of(index: Index, actor_id: str, text: str) -> Actor:
    entry = index.by_id[actor_id]
    return Actor(text=text, name=entry.name, id=entry.id, country=entry.country, sector=entry.sector,
                 aliases=entry.aliases)


def _active(index: Index, actor_id: str, day: Day) -> bool:
    """Whether the actor was active on the day (any actor with no day); an actor with no relations always is,
    whatever the day, so the day is read only after them."""
    rels = index.by_id[actor_id].relations
    return not rels or not day.known() or any(day.holds(r) for r in rels)


def choose(index: Index, targets: tuple[Target, ...], *, day: Day, country: str | None) -> str:
    """Among the actors one alias names: the one of the article's country (or deployed there on the day: "the U.S.-led
    coalition" in Iraq in 2005), then one active on the day, then one of no country over another state's ("PTI" in a
    story from India is the Press Trust of India, not Pakistan's party)."""
    if len(targets) == 1:
        return targets[0].actor_id  # no choice: the day is not read
    def score(item: tuple[int, Target]) -> tuple[int, int, int, int]:
        position, target = item
        entry = index.by_id[target.actor_id]
        here = country is not None and (entry.country == country or _deployed_there(entry, country, day))
        return (int(here), int(_active(index, entry.id, day)),
                int(entry.country is None), -position)
    return max(enumerate(targets), key=score)[1].actor_id


def _deployed_there(entry: ActorEntry, country: str, day: Day) -> bool:
    return any(r.type == DEPLOYED_IN and r.object == country and day.holds(r) for r in entry.relations)


def _key(ws: tuple[Word, ...]) -> str:
    return " ".join(w.key for w in ws)


def _exact(index: Index, ws: tuple[Word, ...], text: str, day, country) -> Actor | None | bool:
    """The actor the whole phrase names; False when the phrase is no alias at all."""
    targets = index.targets(_key(ws), ws)
    if not targets:
        return None if targets == () else False
    chosen = choose(index, targets, day=day, country=country)
    target = next(t for t in targets if t.actor_id == chosen)
    # "the Briton" is one person; "the Japanese", a nationality word of no person, the nation
    one = target.role == ROLE_DEMONYM and bool(_THE_PEOPLE.match(text)) and noun_of_one(index, ws[-1].key, chosen)
    if target.role == ROLE_DEMONYM and (one or not _THE_PEOPLE.match(text)):
        if not one and not plural_noun(index, ws[-1].key):
            return False  # a bare adjective ("Iraqi") names no one; the words around it will ("the Japanese" does)
        if index.by_id[chosen].kind == "state":  # "thousands of Kenyans": people of the country, not the state
            return generic_actor(index, text, "CVL", chosen)
    return actor_of(index, chosen, text)


def _office_actor(index: Index, hit: TitleHit, text: str) -> Actor:
    if hit.holder is not None:
        return actor_of(index, hit.holder, text)
    owner = index.by_id[hit.owner]
    if owner.kind == "institution":
        return actor_of(index, owner.id, text)  # a ministry's head unknown on the day: the ministry acts
    country = owner.id if owner.kind == "state" else owner.country
    return Actor(text=text, name=f"{hit.title} of {owner.name}", country=country, sector=owner.sector or "GOV")


def _named(index: Index, ws: tuple[Word, ...], text: str, day, country) -> Actor | None:
    exact = _exact(index, ws, text, day, country)
    if exact is not False:
        return exact
    group_officer = _group_office(index, ws, text, day)
    if group_officer is not None:
        return group_officer
    hit = resolve_title(index, ws, day=day, country=country)
    if hit is not None:
        return _office_actor(index, hit, text)
    matches = _visible(index.matches(ws))
    state = _final_state(index, ws, matches)
    if state is not None:
        return actor_of(index, state, text)
    named = [m for m in matches if state_of(index, m) is None and not is_sponsor(ws, m)
             and not _inside_longer_name(index, ws, m, matches)]
    if not named:
        return None
    best = max(named, key=lambda m: (m.end, m.end - m.start))
    chosen = choose(index, best.targets, day=day, country=country)
    if _other_states_organ(index, ws, matches, best, chosen):
        return None  # "the Pakistani foreign office" is not Britain's Foreign Office: the words say whose
    return _people_of_body(index, ws, best, actor_of(index, chosen, text))


# Armed movements and rival administrations that name ministers of their own ("the Houthi interior minister").
_RIVAL_RULERS = frozenset({"REB", "INS", "SEP"})
# The offices such a movement's administration fills; its "government" may stand between ("the Houthi government's").
_GROUP_OFFICES = MINISTER_TITLES | frozenset(normalise(t) for t in ("prime minister", "premier"))
_ADMINISTRATION = frozenset(normalise(w) for w in ("government", "administration", "authorities", "cabinet"))


def _group_office(index: Index, ws: tuple[Word, ...], text: str, day: Day) -> Actor | None:
    """"the Taliban's interior minister", "the Houthi government's prime minister": an office of an armed
    movement's own administration, never the recognised government's (the article country's) minister. Where
    the movement rules its state on the day, the state's holder of the office; else an officer of the movement,
    of its country and sector."""
    for size in range(min(3, len(ws) - 1), 0, -1):
        group = _rival_ruler(index, ws[:size])
        if group is None:
            continue
        rest = ws[size + 1:] if ws[size].key in _ADMINISTRATION else ws[size:]
        title = " ".join(w.key for w in rest)
        if title not in _GROUP_OFFICES:
            return None
        if _rules_on(group, day):
            hit = resolve_title(index, rest, day=day, country=group.country)
            if hit is not None:
                return _office_actor(index, hit, text)
        return Actor(text=text, name=f"{title} of {group.name}", country=group.country, sector=group.sector)
    return None


def _rival_ruler(index: Index, span: tuple[Word, ...]) -> ActorEntry | None:
    """The armed movement of a country that the words name, if they name one."""
    for target in index.targets(_key(span), span) or ():
        entry = index.by_id[target.actor_id]
        if target.role == ROLE_NAME and entry.kind == "organisation" and entry.sector in _RIVAL_RULERS \
                and entry.country:
            return entry
    return None


def _rules_on(group: ActorEntry, day: Day) -> bool:
    """Whether the movement controls its own state on the day (the Taliban since August 2021)."""
    return any(r.type == "controls" and r.object == group.country and day.holds(r) for r in group.relations)


# Roles an international body's people hold, stated by the agent noun after its name ("NATO troops", "UN
# peacekeepers" are its forces; "EU officials" its officials).
_BODY_ROLES = frozenset({"MIL", "GOV", "COP"})
# Its envoys mediate between states for the body itself, which governs none: "the UN envoy" stays the body (IGO).
_ENVOYS = frozenset(normalise(w) for w in ("envoy", "envoys", "mediator", "mediators", "emissary", "emissaries"))


def _people_of_body(index: Index, ws: tuple[Word, ...], match: Match, actor: Actor) -> Actor:
    if match.end >= len(ws):
        return actor
    if actor.sector == "GOV" and actor.country and index.by_id[actor.id].kind == "institution":
        return _organ_of_government(index, ws, match, actor)
    if actor.sector != "IGO":
        return actor
    role = agent_sector(index, ws, after=match.end)
    if role == "GOV" and any(w.key in _ENVOYS for w in ws[match.end:]):
        return actor
    return replace(actor, sector=role) if role in _BODY_ROLES else actor


def _organ_of_government(index: Index, ws: tuple[Word, ...], match: Match, actor: Actor) -> Actor:
    """"Syrian government warplanes", "Afghan government forces", "government positions": the noun after a
    state's government names the organ that acts (its military, its police, its media), of the same state."""
    role = agent_sector(index, ws, after=match.end) or ("MIL" if military_post(ws) else None)
    if role is None or role == "GOV":
        return actor
    return generic_actor(index, actor.text, role, actor.country) or actor


def _other_states_organ(index: Index, ws: tuple[Word, ...], matches: list[Match], best: Match, chosen: str) -> bool:
    """Whether a state organ's alias follows the nationality of another state ("Pakistani foreign office",
    "the Indian Foreign Ministry"): the alias is then the organ's common name, not this state's organ."""
    entry = index.by_id[chosen]
    if entry.sector not in _STATE_ORGAN_SECTORS or entry.kind == "person" or entry.country is None:
        return False
    before = nationality(index, ws[:best.start], [m for m in matches if m.end <= best.start])
    return before is not None and before[0] != entry.country


def _final_state(index: Index, ws: tuple[Word, ...], matches: list[Match]) -> str | None:
    """"NATO-member Norway", "oil-rich Kuwait": a phrase that ends in a state's name is that state."""
    last = next((m for m in matches if m.end == len(ws)), None)
    if last is None or last.start == 0 or is_sponsor(ws, last):
        return None
    if any(m.end == last.start and state_of(index, m) is None for m in matches):
        return None  # "Kataib Hezbollah Iraq": a name right before the state makes one longer name
    return next((t.actor_id for t in last.targets
                 if t.role == ROLE_NAME and index.by_id[t.actor_id].kind == "state"), None)


# Bodies named by a common word of an organ ("Congress", "Security Council"), which other bodies' names hold.
_BODIES_OF_STATES = frozenset({"institution", "igo"})
# Words that open a sentence in capitals without naming anything: "Its Central Command", "This Congress".
_DETERMINERS = frozenset(normalise(w) for w in ("its", "their", "his", "her", "our", "this", "that", "these", "those",
                                                "a", "an", "every", "each", "any", "no"))


def _inside_longer_name(index: Index, ws: tuple[Word, ...], match: Match, matches: list[Match]) -> bool:
    """A person's alias inside a longer proper name names someone (or something) else: "Asad" in "Ain
    al-Asad air base", "Boris" in "Boris Yeltsin". Titles ("Maj. Gen.") and other aliases ("Iran's") may
    stand before it. A group's alias inside a name that goes on at both sides is a person's name too
    ("Fattah" in "Abdel Fattah Younis" is not Fatah); a state body's alias after a capitalised word of no other
    actor is part of another body's name ("Youth Congress", "National Security Council")."""
    kinds = {index.by_id[t.actor_id].kind for t in match.targets}
    if "state" in kinds:
        return False
    covered = {i for m in matches if m is not match for i in range(m.start, m.end)}
    after = ws[match.end] if match.end < len(ws) else None
    start = match.start
    while start > 1 and ws[start - 1].key in _NAME_LINKS and not ws[start - 1].capital:
        start -= 1  # "Mazar-i-Sharif", "Dera Ismail Khan": a linking word inside one place's name
    before = ws[start - 1] if start > 0 else None
    name_after = after is not None and after.capital and match.end not in covered
    name_before = (before is not None and before.capital and start - 1 not in covered
                   and before.key not in _HONORIFICS and before.key not in index.agents and not _after_title(ws, start))
    if kinds == {"person"}:
        return name_after or name_before
    if kinds <= _BODIES_OF_STATES:  # "Youth Congress", "National Security Council": another body named with the word
        return (before is not None and before.capital and start - 1 not in covered and before.key not in _HONORIFICS
                and before.key not in _DETERMINERS)  # "Its Central Command" opens a sentence: no name
    return name_after and name_before


def _after_title(ws: tuple[Word, ...], start: int) -> bool:
    """Whether a minister's title ends right before word ``start`` ("Minister of Foreign Affairs Fuad Hussein")."""
    keys = tuple(w.key for w in ws[max(0, start - 5):start])
    return any(keys[i:] and " ".join(keys[i:]) in MINISTER_TITLES for i in range(len(keys)))


def _visible(matches: list[Match]) -> list[Match]:
    """Matches outside every not-actor phrase ("Sadr City" hides "Sadr")."""
    blocked = [m for m in matches if not m.targets]
    return [m for m in matches if m.targets and not any(b.start <= m.start and m.end <= b.end for b in blocked)]


def generic_actor(index: Index, text: str, sector: str | None, state: str | None) -> Actor | None:
    if state is None and sector is None:
        return None
    if sector == "IGO":
        state = None  # "the inspectors", "ceasefire monitors": an international body's people, of no state
    national = index.national.get((state, sector)) if state and sector else None
    if national:
        return actor_of(index, national, text)
    entry = index.by_id.get(state) if state else None
    if sector is None:
        return actor_of(index, state, text)
    label = SECTOR_LABELS[sector]
    people = (entry.demonyms[0] if entry.demonyms else entry.name) if entry else None
    return Actor(text=text, name=f"{people} {label}" if people else label, country=state, sector=sector)


def _generic(index: Index, ws: tuple[Word, ...], text: str, country: str | None) -> Actor | None:
    if len(ws) == 1 and ws[0].key in _THE_NATION:  # "the country would never bow": the state the text is about
        return actor_of(index, country, text) if country in index.by_id else None
    if _the_west(ws):  # "the West imposed sanctions": the Western states, of no one country
        return Actor(text=text, name="the West", sector="GOV")
    matches = _visible(index.matches(ws))
    found = nationality(index, ws, matches)
    if found is not None:
        state, match = found
        state = home_of(_key(ws[match.start:match.end]), main=state, country=country)  # "Hazara miners" in Quetta
        # a people's word is read with the nouns: "Tamil forces" are the Tamils' armed group, not the state's army
        sector = agent_sector(index, ws, after=match.start if people_word(ws, match) else match.end)
        if sector is None and _adjective_only(index, ws, match):
            return None  # "Iraqi" alone names no one; the caller looks at the words around it
        if sector is None and (_people(index, ws, match) or one_of_a_people(index, ws, match, state)):
            sector = "CVL"  # "two Americans", "Iraqi Kurds", "a Briton": people of the country, not the state
        if sector is None and match.end < len(ws) and military_post(ws):
            sector = "MIL"  # "Iraqi positions", "Israeli outposts": the state's military's
        if sector is None and names_sides(ws, after=match.end):
            return _sides_of(index, text, state)  # "Yemen's warring parties"
        return generic_actor(index, text, sector, state)
    sector = agent_sector(index, ws)
    if sector is None and names_sides(_strip_the(ws)):
        return _sides_of(index, text, country)  # "the parties agreed": the sides, of the text's country
    if sector is None:
        return None
    if sector == "GOV" and (region := _region(ws)) is not None:
        return _regional(index, text, region)
    leader = leading_state(index, ws, matches)
    if leader is not None:  # "Saudi-led forces", "U.S.-led coalition troops", "Hamas-run police"
        return generic_actor(index, text, sector, leader)
    if _multinational(ws):
        country = None  # "coalition troops", "foreign forces" are not the article country's own
    if sector == "MIL" and not _of_government(ws) and names_backer(ws, matches):
        sector = "UAF"  # "Russian-backed forces" are a proxy's armed men, never the army of the state they fight
    # a sponsor named in the phrase ("Iran-backed militias") is not the actor's country: the article's is
    return generic_actor(index, text, sector, country)


_WEST = normalise("west")
_WESTERN = normalise("western")
_LEANING = frozenset(normalise(w) for w in ("pro", "anti"))
_ALLIED = normalise("allied")


_GOVERNMENT = normalise("government")


def _of_government(ws: tuple[Word, ...]) -> bool:
    """"Saudi-backed government forces": the state's own forces, whoever backs them."""
    return any(w.key == _GOVERNMENT for w in ws)


def _the_west(ws: tuple[Word, ...]) -> bool:
    """"the West", "West": the Western states as one camp (a capitalised word alone, not "West Bank")."""
    ws = _strip_the(ws)
    return len(ws) == 1 and ws[0].key == _WEST and ws[0].capital


def _sides_of(index: Index, text: str, state: str | None) -> Actor:
    """The sides of a war or a deal, of no sector: mostly of the country at war, which the caller knows."""
    entry = index.by_id.get(state) if state else None
    people = (entry.demonyms[0] if entry.demonyms else entry.name) if entry else None
    return Actor(text=text, name=f"{people} sides" if people else "sides", country=state)


def _region(ws: tuple[Word, ...]) -> tuple[str | None] | None:
    """The bloc of the region words in the phrase, as a 1-tuple: None inside when the region has no bloc or
    the phrase joins several ("European and Arab governments"); no tuple when the phrase names no region."""
    ws = _strip_the(ws)
    keys = [w.key for w in ws]
    taken: set[int] = set()
    blocs = []
    for region, bloc in _REGIONAL_BLOCS:
        for i in range(len(keys) - len(region)):
            if (tuple(keys[i:i + len(region)]) == region and i not in taken and ws[i].capital
                    and keys[i + len(region)] not in _SPONSORED and (i == 0 or keys[i - 1] not in _STANCES)):
                taken.update(range(i, i + len(region)))
                blocs.append(bloc)
    if not blocs:
        return None
    return (blocs[0],) if len(blocs) == 1 else (None,)


def _regional(index: Index, text: str, region: tuple[str | None]) -> Actor:
    """Officials of a region: its bloc's officials (GOV, as "EU officials" are), else officials of no country."""
    bloc = region[0]
    if bloc is not None and bloc in index.by_id:
        return replace(actor_of(index, bloc, text), sector="GOV")
    return Actor(text=text, name=text, sector="GOV")


def _multinational(ws: tuple[Word, ...]) -> bool:
    keys = [w.key for w in ws]
    if keys[-1] in _POWERS:
        return True
    domestic = any(k in _DOMESTIC_COALITION for k in keys)
    if any(w.key == _WESTERN and w.capital and not (i + 1 < len(keys) and keys[i + 1] in _SPONSORED)
           and not (i > 0 and keys[i - 1] in _LEANING) for i, w in enumerate(ws)):
        # "Western warplanes", "Western diplomats": the Western states' (not "western Afghanistan", nor the
        # "Western-backed" or "pro-Western government" of a state they sponsor or it leans to)
        return True
    return any(k in _MULTINATIONAL and not (k == "coalition" and domestic)
               and not (k == "foreign" and i + 1 < len(keys) and keys[i + 1] in _OFFICE_OF_FOREIGN_AFFAIRS)
               and not (k == _ALLIED and i > 0 and ws[i - 1].capital)  # "Turkish-allied troops": a backer's
               for i, k in enumerate(keys))


def _adjective_only(index: Index, ws: tuple[Word, ...], match: Match) -> bool:
    demonym = any(t.role == ROLE_DEMONYM for t in match.targets)
    return demonym and len(ws) == match.end - match.start and not plural_noun(index, ws[-1].key)


def _people(index: Index, ws: tuple[Word, ...], match: Match) -> bool:
    """Whether a phrase with a nationality and no agent noun names people: it ends in a capitalised plural,
    the demonym itself or a people after it ("two Americans", "Frenchmen", "Iraqi Kurds"), not in a thing ("Iraqi
    oil")."""
    demonym = any(t.role == ROLE_DEMONYM for t in match.targets)
    last = ws[-1]
    return demonym and last.capital and plural_noun(index, last.key)


def _strip_the(ws: tuple[Word, ...]) -> tuple[Word, ...]:
    return ws[1:] if ws and ws[0].key in ("the", "a", "an") else ws


def _parts(index: Index, ws: tuple[Word, ...]) -> tuple[tuple[Word, ...], tuple[Word, ...]]:
    """The phrase before its first preposition, and the owner after "of" or a speaker's "for" (empty for other
    prepositions: "Britain's ambassador to Iran" is Britain's)."""
    cut = next((i for i, w in enumerate(ws) if i > 0 and w.key in _PREPOSITIONS and not _inside_agent(index, ws, i)
                and not _inside_title(ws, i) and not _inside_not_actor(index, ws, i)), len(ws))
    owned = cut < len(ws) and (ws[cut].key == "of" or (ws[cut].key == "for" and ws[cut - 1].key in _SPEAKS_FOR))
    if owned:
        rest = ws[cut + 1:]
        end = next((i for i, w in enumerate(rest) if i > 0 and w.key in _PREPOSITIONS), len(rest))
        return ws[:cut], _strip_the(rest[:end])
    return ws[:cut], ()


def _inside_not_actor(index: Index, ws: tuple[Word, ...], at: int) -> bool:
    """Whether the word ``at`` is inside a phrase known to name no actor: "the Pakistani Ministry of Law and
    Justice" is not cut at its "of", whose owner would be a party's name."""
    return any(not m.targets and m.start < at < m.end for m in index.matches(ws))


def _inside_title(ws: tuple[Word, ...], at: int) -> bool:
    """Whether the preposition at word ``at`` is inside a minister's title ("Minister of Defence Thabet al-Abbasi"
    names the minister, not a minister of "Defence Thabet al-Abbasi")."""
    return any(" ".join(w.key for w in ws[start:end]) in MINISTER_TITLES
               for start in range(max(0, at - 3), at) for end in range(at + 2, min(len(ws), at + 4) + 1))


def _inside_agent(index: Index, ws: tuple[Word, ...], at: int) -> bool:
    """Whether the preposition at word ``at`` is inside an agent noun ("chief of staff", "head of state")."""
    return any(" ".join(w.key for w in ws[start:end]) in index.agents
               for start in range(max(0, at - 2), at) for end in range(at + 2, min(len(ws), at + 3) + 1))


def _whole(index: Index, ws: tuple[Word, ...], text: str, day, country) -> Actor | None:
    exact = _exact(index, ws, text, day, country)
    if exact is not False:
        return exact
    group_officer = _group_office(index, ws, text, day)
    if group_officer is not None:
        return group_officer
    hit = resolve_title(index, ws, day=day, country=country)
    return _office_actor(index, hit, text) if hit else None


def _attempts(index: Index, ws: tuple[Word, ...], text: str, day, country) -> Iterator[Actor | None]:
    yield _whole(index, ws, text, day, country)
    head, owner = _parts(index, ws)
    if owner:
        yield _whole(index, owner + head, text, day, country)
    yield _named(index, head, text, day, country)
    if owner:
        named_owner = _named(index, owner, text, day, country)
        if named_owner is not None and named_owner.id == named_owner.country and agent_sector(index, head):
            yield _generic(index, owner + head, text, country)  # a state's officer, not the state (as below)
        yield named_owner
    yield _led_by_body(index, owner + head, text, day, country)
    yield _coalition_there(index, owner + head, text, day, country)
    # "the foreign minister of Iran" reads as "Iran foreign minister": the owner's country, the head's sector
    yield _generic(index, owner + head, text, country) if owner else _generic(index, head, text, country)
    if owner:
        yield _generic(index, owner, text, country)


def _led_by_body(index: Index, ws: tuple[Word, ...], text: str, day: Day, country: str | None) -> Actor | None:
    """"NATO-led forces", "the African Union-led mission": a force a body of states leads is the body's (not the
    article country's army): its force deployed where the text is on its date (ISAF in Afghanistan in 2010), else
    the body acting through the people its noun names, as "AU troops" are its forces."""
    body = leading_body(index, ws, _visible(index.matches(ws)))
    if body is None:
        return None
    force = mission_deployed(index, body, country, day)
    if force is not None:
        return actor_of(index, force, text)
    role = agent_sector(index, ws) or ("MIL" if military_post(ws) else None)
    actor = actor_of(index, body, text)
    return replace(actor, sector=role) if role in _BODY_ROLES else actor


def _coalition_there(index: Index, ws: tuple[Word, ...], text: str, day: Day, country: str | None) -> Actor | None:
    """"Coalition jets", "the coalition said": a coalition no word names is the one deployed where the text is on
    its date ("coalition" alone is no agent noun: elsewhere the caller reads it from the text around it)."""
    if not unnamed_coalition(ws, definite=_DEFINITE.match(text) is not None):
        return None
    found = coalition_deployed(index, country, day)
    return actor_of(index, found, text) if found is not None else None


def resolve(index: Index, text: str, *, day: Day, country: str | None) -> Actor | None:
    ws = words(_PARENS.sub(" ", text)) or words(text)
    if not ws:
        return None
    if index.targets(_key(ws), ws) == ():
        return None  # a phrase known to name no actor
    found = next((a for a in _attempts(index, ws, text, day, country) if a is not None), None)
    if found is not None and found.id and found.country is None and found.sector in _STATELESS_ARMED and country:
        return replace(found, country=country)  # "Islamic State (Syria)": a transnational group where it acts
    if found is None:
        return None
    return _camp(index, ws, text, found) or _stated_role(index, ws, text, _in_office(index, found, day))


def _camp(index: Index, ws: tuple[Word, ...], text: str, found: Actor) -> Actor | None:
    """"Supporters of Imran Khan", "Hamas supporters", "the governor's aides": the phrase's head noun names people
    of the named actor's camp, not the actor (unless the noun is part of the actor's own name)."""
    if found.id is None:
        return None  # "displaced families": the noun itself made the generic party
    head, _ = _parts(index, ws)
    noun = head[-1].key if head else ""
    if not noun or any(noun in (w.key for w in words(a)) for a in (found.name, *found.aliases)):
        return None
    if _ends_in_title(index, head, found):
        return None  # "the British foreign secretary" is the secretary himself, not someone's secretary
    sector = camp_sector(index, found, noun)
    return generic_actor(index, text, sector, found.country) if sector else None


def _ends_in_title(index: Index, head: tuple[Word, ...], found: Actor) -> bool:
    """Whether the phrase's head ends in one of the titles of the offices the actor holds or held."""
    entry = index.by_id.get(found.id) if found.id else None
    keys = tuple(w.key for w in head)
    names = {name for r in (entry.relations if entry else ()) if r.title for name in office_names(r.title)}
    return any(keys[-len(name.split()):] == tuple(name.split()) for name in names)


# Offices whose sector a person takes while in them: an international body's (IGO), where he acts for the body
# and not for his state, and the command of an armed force (MIL: "army chief", "commander", "chief of staff").
# Not a state's headship, whose holders keep the sector the knowledge base gives them (a junta's general stays MIL,
# the pope REL, a rebel movement's head of a rival government REB), nor a defence ministry, a civilian post that
# politicians hold between others (the knowledge base's own sector says which a minister is).
_OFFICE_SECTORS = frozenset({"IGO", "MIL"})


def _in_office(index: Index, found: Actor, day: Day) -> Actor:
    """A person in a dated office on the date acts in the office's sector: "NATO Secretary General Jens
    Stoltenberg" is the body's (IGO, and of its country: none, not of his nationality or of the state he governed
    before); a general who later became president is MIL while he commands the army. Outside every such office
    the knowledge base's sector stands. Only such a person's resolution reads the date."""
    entry = index.by_id.get(found.id) if found.id else None
    if entry is None or entry.kind != "person":
        return found
    offices = [r for r in entry.relations if (r.start or r.end) and _office_sector(index, r) in _OFFICE_SECTORS]
    held = next((r for r in offices if day.holds(r)), None)
    if held is None:
        return found
    body = index.by_id[held.object]
    country = body.country if body.kind == "igo" else found.country
    return replace(found, sector=body.sector, country=country)


def _office_sector(index: Index, relation: RelationEntry) -> str | None:
    """The sector of the body a person leads, where the office is a command or an international body's headship
    (not a defence ministry's)."""
    body = index.by_id.get(relation.object) if relation.type == "leader_of" else None
    if body is None or body.kind == "state" or normalise(relation.title or "") in MINISTER_TITLES:
        return None
    return body.sector


# Out of office: "former", and the deposed ("the ousted president" no longer holds office: CAMEO's elites, as ELI
# holds "former government officials").
_FORMER = frozenset(normalise(w) for w in ("former", "ex", "deposed", "ousted", "toppled", "overthrown"))
_OPPOSITION = normalise("opposition")
_OFFICES = frozenset({"GOV", "LEG", "JUD"})  # sectors whose people out of office are elites
_HELD_BY = frozenset(normalise(w) for w in ("controlled", "dominated", "led", "held", "run"))  # "opposition-led"


def _stated_role(index: Index, ws: tuple[Word, ...], text: str, found: Actor) -> Actor:
    """The role the words give an office or a party: "former President Carter" and "a former minister" are
    elites (out of office), "the opposition Labour Party" is the opposition."""
    keys = [w.key for w in ws]
    if found.sector in _OFFICES and any(k in _FORMER and agent_sector(index, ws, after=i + 1) == found.sector
                                        for i, k in enumerate(keys)):
        role = "ELI"  # "a former lawmaker", "a former judge" too
    elif found.sector in ("PTY", "LEG") and any(k == _OPPOSITION and keys[i + 1] not in _HELD_BY
                                                for i, k in enumerate(keys[:-1])):
        role = "OPP"  # "opposition lawmakers" act as the opposition, as "the opposition Awami League" does
    else:
        return found
    if found.id is not None and index.by_id[found.id].kind in ("person", "organisation"):
        return replace(found, sector=role)
    return generic_actor(index, text, role, found.country) or found
