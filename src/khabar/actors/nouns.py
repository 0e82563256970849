"""Agent nouns ("police", "militiamen", "lawmakers") and nationality words ("Iraqi", "Iran's", "U.S.").

The nouns themselves are data (``data/agents.yaml``); this module finds them in a mention, in the
singular or plural, and finds the country a mention states, skipping the countries that only
describe a sponsor ("Iran-backed militias" are not Iranian).
"""
from __future__ import annotations

from collections.abc import Iterator

from .index import ROLE_CAPITAL, Index, Match
from .normalise import Word, normalise

# A country or group named before one of these words is a sponsor or an opponent, not the actor itself
# ("Iran-backed militias", "Hamas-run ministry").
_SPONSOR_WORDS = frozenset(normalise(w) for w in (
    "backed", "aligned", "allied", "linked", "sponsored", "supported", "affiliated", "leaning", "funded", "armed",
    "trained", "oriented", "friendly", "loyal", "run", "controlled", "led", "dominated", "held", "inspired",
    "speaking"))  # "Russian-speaking separatists" speak the language, they are not the state's
# A state that holds a land or puts people in office from outside: "Russian-occupied Donetsk" is Ukraine's,
# "Russian-installed officials" are the occupied land's. Not the thing's owner, unlike "Israeli-linked ships".
_HOLDER_WORDS = frozenset(normalise(w) for w in ("occupied", "annexed", "besieged", "blockaded", "administered",
                                                 "installed", "appointed", "imposed"))
_SPONSOR_WORDS = _SPONSOR_WORDS | _HOLDER_WORDS
_STANCE_PREFIXES = frozenset({"pro", "anti"})
_CLIENT_WORDS = frozenset(normalise(w) for w in ("ally", "allies", "proxy", "proxies", "client", "clients",
                                                  "surrogate", "surrogates"))
# Agent nouns that are as often adjectives ("a firm response", "a general strike", "local elections",
# "press freedom"): they name a party only as the head of the phrase.
_HEAD_ONLY = frozenset(normalise(w) for w in ("firm", "academic", "national", "local", "general", "official", "agent",
                                              "deputy", "press", "humanitarian", "camp", "public", "minor",
                                              # peoples and faiths: "Christian leaders" are no civilians' leaders
                                              "kurd", "shiite", "shia", "sunni", "alawite", "druze", "yazidi",
                                              "christian", "muslim", "copt", "jew", "hindu", "sikh", "buddhist",
                                              "tutsi", "hutu", "rohingya", "uighur", "uyghur", "pashtun",
                                              "tuareg", "berber"))
# Roles held in some body: their sector is the body's when the phrase names one before them. A union is its
# members' ("the teachers' union", "a farmers' union").
_ROLES = frozenset(normalise(w) for w in ("spokesman", "spokeswoman", "spokesperson", "official", "commander",
                                          "leader", "officer", "envoy", "delegation", "negotiator", "leadership",
                                          "union", "trade union"))
# Places and things a body holds: they are the body's when the phrase names one before them ("a police
# checkpoint", "opposition offices", "the army's barracks"), else the sector of their own word, if any ("20
# homes" are civilians', "a patrol" the military's). A state's military posts are its military's, however the
# state is named ("government positions", "Iraqi positions"); a "government post" may be a job, and is left out.
_HOLDINGS = frozenset(normalise(w) for w in (
    "position", "base", "checkpoint", "barracks", "outpost", "patrol", "convoy", "post", "headquarters", "office",
    "building", "compound", "station", "facility", "installation", "home", "house", "residence", "vehicle", "car",
    "camp", "ship", "vessel", "apartment"))
# Holdings that say whose they are only with a word before them: "Palestinian houses", "20 homes", "an army
# checkpoint" are somebody's; a bare "the homes" or "the barracks" names no party, and "the homes of opposition
# leaders" are the leaders'.
_MODIFIED_ONLY = frozenset(normalise(w) for w in ("home", "house", "homestead", "dwelling", "apartment", "checkpoint",
                                                  "barracks", "barrack", "outpost", "base", "camp", "village",
                                                  "hamlet", "neighbourhood", "neighborhood"))
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_MILITARY_POSTS = frozenset(normalise(w) for w in ("position", "base", "checkpoint", "barracks", "outpost", "patrol",
                                                   "convoy", "bunker", "trench"))
# "air defence", "anti-aircraft defense", "missile defences"
_AIR = frozenset(normalise(w) for w in ("air", "aircraft", "missile", "antiaircraft"))
_DEFENCES = frozenset(normalise(w) for w in ("defence", "defense"))
# Armed men of an outlawed body are that body's ("cartel gunmen" are criminals, "militia gunmen" rebels); a state's
# or a party's gunmen stay an armed group.
_ARMED_MEN = frozenset(normalise(w) for w in ("gunman", "fighter", "attacker", "assailant", "hitman"))
_OUTLAWS = frozenset({"CRM", "REB", "INS", "SEP"})
# Armed bodies named by what they are: "rebel forces" and "insurgent units" are the rebels' and the insurgents',
# not a state's army; the armed opposition is coded as rebels.
_ARMED_BODIES = frozenset(normalise(w) for w in ("forces", "force", "troops", "units", "unit", "army"))
_NON_STATE_ARMED = {"REB": "REB", "INS": "INS", "SEP": "SEP", "OPP": "REB"}
# Members in training or on call of an armed service are that service's: "police cadets" and "police recruits" are the
# police's, "militia recruits" the militia's; alone ("cadets"), or a "government recruit", they are the army's.
_RECRUITS = frozenset(normalise(w) for w in ("cadet", "recruit", "trainee", "reservist", "conscript"))
_SERVICES = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "CRM"})
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# People who work for a cause or take to the streets take the sector of the opposition or party they serve
# ("opposition activists", "party supporters") and of the walk of life they come from ("student protesters",
# "farmer activists"); the supporters of a government or an army are still civilians.
_PARTISANS = frozenset(normalise(w) for w in ("activist", "supporter", "follower", "sympathizer", "sympathiser",
                                              "campaigner", "protester", "protestor", "demonstrator", "marcher"))
_PARTISAN_BODIES = frozenset({"OPP", "PTY", "EDU", "LAB", "AGR", "HLH", "MED", "REL", "BUS", "REF"})
# Faiths: the leaders of one are its clergy ("Christian leaders", "Muslim leaders"), not a government.
_FAITHS = frozenset(normalise(w) for w in (
    "christian", "muslim", "catholic", "protestant", "evangelical", "orthodox", "coptic", "jewish", "hindu", "buddhist",
    "sikh", "islamic", "shiite", "shia", "sunni", "religious", "anglican", "lutheran", "methodist", "baptist"))
# Peoples and faiths that are no state's own ("Kurdish", "Druze"), or the minorities a state's demonyms include
# ("Baloch", "Tamil"): their "forces" or "troops" are an armed group of the people (CAMEO codes Kurdish militias
# as rebels), not the state's army.
_PEOPLES = frozenset(normalise(w) for w in (
    "kurdish", "kurd", "druze", "tuareg", "berber", "amazigh", "fulani", "peul", "hausa", "yoruba", "igbo", "ijaw",
    "tutsi", "hutu", "banyamulenge", "pashtun", "hazara", "baloch", "baluch", "balochi", "baluchi", "sindhi", "tamil",
    "shiite", "shia", "sunni", "alawite", "christian", "muslim", "yazidi", "assyrian", "karen", "kachin", "shan",
    "arakan", "rakhine", "naga", "bodo", "oromo", "amhara", "tigrayan", "afar", "nuer", "dinka", "masalit",
    "zaghawa", "misseriya", "toubou", "tebu", "zintani", "houthi"))
# Modifiers of a role that describe it instead of naming its body ("civilian leaders" govern).
_NOT_BODIES = _HEAD_ONLY | {normalise("civilian")}

# How a generic actor of a sector is named: "Iraqi police", "American military".
SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "COP": "police", "SPY": "intelligence", "JUD": "judiciary",
    "LEG": "legislature", "PTY": "party", "REB": "militia", "INS": "insurgents", "SEP": "separatists",
    "UAF": "armed men", "OPP": "opposition", "CRM": "criminals", "CVL": "civilians", "NGO": "NGO",
    "IGO": "international organisation", "BUS": "business", "MED": "media", "EDU": "teachers and students",
    "REL": "clergy", "REF": "refugees", "HLH": "health workers", "LAB": "workers", "AGR": "farmers and fishermen",
    "ELI": "elites", "MNC": "company",
}


_LONGEST_AGENT = 4  # words in the longest agent noun ("chief of general staff")


def _singulars(key: str) -> Iterator[str]:
    yield key
    if key.endswith("men"):
        yield key[:-3] + "man"
    if key.endswith("ies"):
        yield key[:-3] + "y"
    if key.endswith("es"):
        yield key[:-2]
    if key.endswith("s"):
        yield key[:-1]


def _agent_at(index: Index, ws: tuple[Word, ...], end: int) -> tuple[str, str] | None:
    """The sector and the singular noun of an agent noun phrase ending at word ``end`` (longer phrases first: "chief
    of staff"). A word that is as often an adjective names an agent only as the phrase's head."""
    for start in range(end - _LONGEST_AGENT, end):
        if start < 0:
            continue
        phrase = " ".join(w.key for w in ws[start:end - 1])
        for last in _singulars(ws[end - 1].key):
            noun = f"{phrase} {last}".strip()
            sector = index.agents.get(noun)
            if sector and (end == len(ws) or noun not in _HEAD_ONLY):
                return sector, noun
    return None


def agent_sector(index: Index, ws: tuple[Word, ...], *, after: int = 0) -> str | None:
    """The sector of the last agent noun at or after word ``after`` ("Iraqi riot police" -> COP), read with the
    words before it (``_sector_in_phrase``)."""
    for end in range(len(ws), after, -1):
        found = _agent_at(index, ws, end)
        if found is None or (found[1] in _MODIFIED_ONLY and all(w.key in _ARTICLES for w in ws[:end - 1])):
            continue
        if _sides(ws, after, end, found[1]):
            continue
        return _sector_in_phrase(index, ws, after, end, *found)
    return None


# Words that count or set against each other the parties to a war or a deal, which say nothing of politics.
_SIDES_WORDS = frozenset(normalise(w) for w in (
    "the", "both", "two", "three", "all", "warring", "rival", "opposing", "conflicting", "negotiating",
    "contracting", "belligerent", "respective", "concerned", "involved", "relevant", "other", "various"))
_PARTIES = normalise("parties")


def names_sides(ws: tuple[Word, ...], *, after: int = 0) -> bool:
    """Whether the words from word ``after`` on are the sides of a war or a deal ("the warring parties")."""
    return len(ws) > after and _sides(ws, after, len(ws), "party")


def _sides(ws: tuple[Word, ...], after: int, end: int, noun: str) -> bool:
    """"The parties agreed to a truce", "both parties", "the warring parties": the sides of a war or a deal, no
    political parties (which the words call so: "political parties", "opposition parties", "Kurdish parties")."""
    return (noun == "party" and ws[end - 1].key == _PARTIES
            and all(w.key in _SIDES_WORDS for w in ws[after:end - 1]))


def _sector_in_phrase(index: Index, ws: tuple[Word, ...], after: int, end: int, sector: str, noun: str) -> str:
    """The sector of the agent noun ending at word ``end`` where it stands. A role ("spokesman", "commander",
    "leader") takes the sector of the body named before it ("a rebel commander" is the rebels', "the police
    spokesman" the police's), and so does a holding ("a police checkpoint"); armed men, partisans and armed
    bodies take it from some bodies only; a noun before a military post is the post's holder."""
    start = end - len(noun.split())
    if noun in _ROLES:
        return _body_before(index, ws, after, start) or ("REL" if _faith_before(ws, after, start) else sector)
    if noun in _HOLDINGS:
        return _holder(_body_before(index, ws, after, start), noun) or sector
    if noun in _ARMED_MEN or noun in _PARTISANS:
        body = _body_before(index, ws, after, start)
        if noun in _ARMED_MEN and body is None and _backer_before(ws, after, start):
            return "UAF"  # "Iranian-backed fighters": a proxy's armed men, as "Iranian-backed forces" are
        return body if body in (_OUTLAWS if noun in _ARMED_MEN else _PARTISAN_BODIES) else sector
    if noun in _ARMED_BODIES:
        return _armed_body(index, ws, after, start, sector)
    if noun in _RECRUITS:
        body = _body_before(index, ws, after, start)
        return body if body in _SERVICES else sector
    return _holder(sector, ws[-1].key) if end < len(ws) else sector


def _armed_body(index: Index, ws: tuple[Word, ...], after: int, start: int, sector: str) -> str:
    """"Rebel forces" are the rebels', "Kurdish forces" an armed group of the people (not a state's army),
    "pro-Russian forces" a proxy's armed men (as "Russian-backed forces" are), "anti-government forces" fight the
    state, "anti-terrorist forces" are the state's."""
    body = _body_before(index, ws, after, start)
    if body is None and _people_before(ws, after, start):
        return "REB"
    if body is None and _stance_before(ws, after, start, "pro"):
        return "UAF"
    if body is not None and _stance_before(ws, after, start, "anti"):
        return "REB" if body in _STATE_ORGANS else sector
    return _NON_STATE_ARMED.get(body, sector)


def _holder(body: str | None, held: str) -> str | None:
    """The sector of a thing a body of ``body``'s sector holds: a government's military posts are its army's."""
    posts = body == "GOV" and any(s in _MILITARY_POSTS for s in _singulars(held))
    return "MIL" if posts else body


def military_post(ws: tuple[Word, ...]) -> bool:
    """Whether the phrase is headed by a military post ("positions", "checkpoints", "a base"), or names a state's
    air defences ("Syrian air defences", "Syria's air defense batteries")."""
    return bool(ws) and (any(s in _MILITARY_POSTS for s in _singulars(ws[-1].key)) or names_air_defences(ws))


def names_air_defences(ws: tuple[Word, ...]) -> bool:
    """Whether the phrase names air defences: arms only a military holds, whose a nationality says. Not an agent
    noun: alone ("shot down by air defences") the words do not say whose, and the state a text named last is as
    often the one that fired."""
    keys = [w.key for w in ws]
    return any(keys[i] in _AIR and any(s in _DEFENCES for s in _singulars(keys[i + 1])) for i in range(len(keys) - 1))


def people_word(ws: tuple[Word, ...], match: Match) -> bool:
    """Whether the match is a people's word ("Tamil", "Baloch"), which a state's demonyms may include."""
    return all(w.key in _PEOPLES for w in ws[match.start:match.end])


def _faith_before(ws: tuple[Word, ...], after: int, end: int) -> bool:
    """Whether a faith's word stands between words ``after`` and ``end`` ("Christian leaders")."""
    return any(w.key in _FAITHS for w in ws[after:end])


def _stance_before(ws: tuple[Word, ...], after: int, end: int, stance: str) -> bool:
    """Whether the stance word ("pro", "anti") stands between words ``after`` and ``end``."""
    return any(w.key == stance for w in ws[after:end])


def _backer_before(ws: tuple[Word, ...], after: int, end: int) -> bool:
    """Whether a word of backing from outside ("backed", "allied", "pro") stands between words ``after`` and
    ``end``: "Iranian-backed fighters", "pro-Russian gunmen"."""
    return any(w.key in _BACKER_WORDS or w.key == "pro" for w in ws[after:end])


def _people_before(ws: tuple[Word, ...], after: int, end: int) -> bool:
    """Whether a people's or a faith's word stands between words ``after`` and ``end`` ("Kurdish forces")."""
    return any(w.key in _PEOPLES for w in ws[after:end])


def _body_before(index: Index, ws: tuple[Word, ...], after: int, end: int) -> str | None:
    """The sector of the last agent noun between words ``after`` and ``end``, not a mere description, read with
    the words before it ("the homes of opposition leaders" are the opposition's)."""
    for stop in range(end, after, -1):
        found = _agent_at(index, ws[:stop], stop)
        if found is not None and found[1] not in _NOT_BODIES:
            return agent_sector(index, ws[:stop], after=after) or found[0]
    return None


def holder_word(word: str) -> bool:
    """Whether a word after a state's name makes it a holder from outside ("occupied", "annexed", "installed")."""
    return normalise(word) in _HOLDER_WORDS


# Words of backing from outside only ("Russian-backed", "Iran-allied", "pro-Russian"), not of leading, running or
# holding ("Saudi-led", "Hamas-run", "Russian-occupied"), which say whose the body is.
_BACKER_WORDS = frozenset(normalise(w) for w in (
    "backed", "aligned", "allied", "sponsored", "supported", "funded", "armed", "trained", "loyal", "affiliated"))


def names_backer(ws: tuple[Word, ...], matches: list[Match]) -> bool:
    """Whether the phrase names someone who backs the actor from outside ("Russian-backed forces", "pro-Iran
    fighters"): the actor is then the backer's proxy, neither the backer nor the state it fights."""
    return any((m.end < len(ws) and ws[m.end].key in _BACKER_WORDS)
               or (m.start > 0 and ws[m.start - 1].key in _STANCE_PREFIXES) for m in matches)


def is_sponsor(ws: tuple[Word, ...], match: Match) -> bool:
    """"Iran-backed", "U.S.-allied", "pro-Iran", "anti-American": the match names a sponsor, not the actor."""
    after = ws[match.end].key if match.end < len(ws) else ""
    before = ws[match.start - 1].key if match.start > 0 else ""
    return after in _SPONSOR_WORDS or before in _STANCE_PREFIXES


# A state named before one of these leads the body ("Saudi-led forces", "a U.S.-headed mission"): CAMEO and
# ACLED code such a body with the leading state's country. A group that runs a body ("Hamas-run police",
# "Taliban-controlled courts") gives it its own country.
_LEADER_WORDS = frozenset({"led", "headed"})
_RULER_WORDS = frozenset(normalise(w) for w in ("led", "headed", "run", "controlled", "dominated", "ruled", "governed"))


def leading_state(index: Index, ws: tuple[Word, ...], matches: list[Match]) -> str | None:
    """The country of whoever a "<state>-led" or "<group>-run" phrase names as the body's leader."""
    for match in matches:
        after = ws[match.end].key if match.end < len(ws) else ""
        state = state_of(index, match, capitals=False)
        if state and after in _LEADER_WORDS:
            return state
        ruler = next((index.by_id[t.actor_id].country for t in match.targets), None)
        if ruler and state is None and after in _RULER_WORDS:
            return ruler
    return None


def leading_body(index: Index, ws: tuple[Word, ...], matches: list[Match]) -> str | None:
    """The body of states, of no country of its own, that a "<body>-led" phrase names as the leader ("NATO-led
    forces", "the African Union-led mission"), when the phrase names no state too ("NATO-led Afghan troops" are
    Afghan)."""
    if any(state_of(index, m) for m in matches):
        return None
    for match in matches:
        after = ws[match.end].key if match.end < len(ws) else ""
        body = next((t.actor_id for t in match.targets if index.by_id[t.actor_id].kind == "igo"), None)
        if body is not None and after in _LEADER_WORDS and index.by_id[body].country is None:
            return body
    return None


def nationality(index: Index, ws: tuple[Word, ...], matches: list[Match]) -> tuple[str, Match] | None:
    """The first state a mention names as its own (not as a sponsor), with the match that names it.
    "Iran's proxies", "Israel's militia ally": a state before a word of clientage is the patron."""
    if ws and ws[-1].key in _CLIENT_WORDS:
        return None
    for i, match in enumerate(matches):
        state = state_of(index, match, capitals=_capital_of_organ(index, ws, match))
        if state and not is_sponsor(ws, match):
            # "Kenya-based Somali refugees": Somalis who live in Kenya
            later = nationality(index, ws, matches[i + 1:]) if _based_in(ws, match) else None
            return later or (state, match)
    return None


_BASED = normalise("based")


def _based_in(ws: tuple[Word, ...], match: Match) -> bool:
    """"Kenya-based", "London-based": the state is where the people live or work, which a nationality named after
    it overrides (alone, "Pakistan-based militants", it is the best guess of theirs)."""
    return match.end < len(ws) and ws[match.end].key == _BASED


# Sectors of a state's organs, which a capital next to them names the state of.
_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _capital_of_organ(index: Index, ws: tuple[Word, ...], match: Match) -> bool:
    """"the Kabul authorities", "the Tehran regime", "the government in Harare": a capital right before a state
    organ, or after "in" right behind one, stands for its state (elsewhere a capital is only a place:
    "protesters in Kabul" are not thereby Afghan)."""
    if match.end < len(ws) and agent_sector(index, ws, after=match.end) in _ORGAN_SECTORS:
        return True
    before = match.start - 1
    return (before >= 1 and match.end == len(ws) and ws[before].key == "in"
            and agent_sector(index, ws[:before]) in _ORGAN_SECTORS)


def state_of(index: Index, match: Match, *, capitals: bool = True) -> str | None:
    """The ISO3 code when the match names a state by name, demonym or (if wanted) capital."""
    for target in match.targets:
        if index.by_id[target.actor_id].kind == "state" and (capitals or target.role != ROLE_CAPITAL):
            return target.actor_id
    return None
