"""Country codes as the benchmarks write them (CAMEO actor codes) turned into ISO3, for comparison."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Actor, Event

# CAMEO country codes that differ from ISO 3166 alpha-3.
_CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
                  "GMY": "DEU", "UKG": "GBR", "BUL": "BGR",
                  # states that CAMEO names by a former name: their successors are the knowledge base's
                  "YUG": "SRB", "USR": "RUS", "KSV": "XKX"}

# Leading codes that name no country: international, transnational and unknown actors.
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "INT", "---", "REB", "MIL", "GOV",
                            "COP", "OPP", "CVL", "BUS", "MED", "EDU", "HLH", "HRI", "LAB", "REF", "REL",
                            "SPY", "JUD", "LEG", "PTY", "ELI", "CRM", "AGR", "ENV", "UAF", "SEP", "INS"})


def country_of_code(code: str | None) -> str | None:
    """ISO3 from the first three letters of a CAMEO actor code ("IRQMUS" -> "IRQ"), None when it names no country."""
    prefix = (code or "").strip().upper()[:3]
    if len(prefix) != 3 or not prefix.isalpha() or prefix in _NOT_COUNTRIES:
        return None
    return _CAMEO_TO_ISO3.get(prefix, prefix)


def actor_countries(actors: Iterable[Actor]) -> set[str]:
    """The ISO3 countries the coder gave a list of actors."""
    return {a.country.upper() for a in actors if a.country}


# Why a sentence's gold country was or was not found, furthest stage first: the outcomes of one side
# (actor or recipient) of the coder's main event.
HIT = "hit"
NO_EVENT = "no event"
NO_PARTY = "no party"
NO_COUNTRY = "no country"
WRONG = "wrong"
OUTCOMES = (HIT, NO_EVENT, NO_PARTY, NO_COUNTRY, WRONG)

_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "our", "us",
                       "i", "who", "which", "that"})
_TITLES = frozenset({"president", "minister", "premier", "king", "leader", "chief", "chancellor", "secretary",
                     "spokesman", "spokeswoman", "ambassador", "envoy", "general", "commander", "official",
                     "officials", "emir", "prince", "governor", "mayor", "head"})
KINDS = ("implied", "pronoun", "title", "name", "modified noun", "common noun")
# What the coder's party is, from its resolution: a person, a state, another body of the knowledge base, a
# generic agent noun, a name the knowledge base lacks, or ACLED's unidentified armed group.
RESOLUTIONS = ("person", "state", "kb body", "generic", "unknown name", "unidentified")


def country_outcome(gold: set[str], event: Event | None, *, side: str) -> str:
    """One of ``OUTCOMES`` for a sentence whose gold ``side`` ("actor" or "recipient") names ``gold`` countries."""
    if event is None:
        return NO_EVENT
    parties = getattr(event, side)
    if not parties:
        return NO_PARTY
    found = actor_countries(parties)
    if not found:
        return NO_COUNTRY
    return HIT if found & gold else WRONG


def mention_kind(text: str) -> str:
    """The form of an actor mention, from its words alone: implied (no text), pronoun, title ("the prime
    minister", "Iran's foreign minister"), name ("Hamas", "the United Nations"), modified noun ("Iraqi troops",
    "U.S. officials"), common noun ("protesters", "the police")."""
    words = [w for w in text.replace("'s", "").split() if w.lower() not in ("the", "a", "an")]
    if not words:
        return "implied"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    if any(w.lower().strip(",.") in _TITLES for w in words):
        return "title"
    capitalised = [w[:1].isupper() for w in words]
    if all(capitalised):
        return "name"
    return "modified noun" if capitalised[0] else "common noun"


def resolution_kind(actor: Actor) -> str:
    """One of ``RESOLUTIONS`` for a coded party."""
    if actor.sector == "UAF" and actor.id is None:
        return "unidentified"
    if actor.id is None:
        return "generic" if actor.sector else "unknown name"
    if actor.id.startswith("person."):
        return "person"
    return "state" if actor.country and actor.id.upper() == actor.country.upper() else "kb body"


def outcome_table(rows: Iterable[tuple[str, str]], *, labels: Sequence[str] = KINDS) -> list[str]:
    """Report lines: (row label, outcome) counts, one row per label (mention kinds by default), one column
    per outcome, and their total."""
    counts: dict[tuple[str, str], int] = {}
    for key in rows:
        counts[key] = counts.get(key, 0) + 1
    width = max(len(o) for o in OUTCOMES)
    lines = [f"  {'':<14}{'total':>6}" + "".join(f"{o:>{width + 2}}" for o in OUTCOMES)]
    for kind in labels:
        row = [counts.get((kind, o), 0) for o in OUTCOMES]
        if sum(row):
            lines.append(f"  {kind:<14}{sum(row):>6}" + "".join(f"{n:>{width + 2}}" for n in row))
    total = [sum(n for (_, o), n in counts.items() if o == outcome) for outcome in OUTCOMES]
    lines.append(f"  {'all':<14}{sum(total):>6}" + "".join(f"{n:>{width + 2}}" for n in total))
    return lines
