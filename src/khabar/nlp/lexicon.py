"""The event lexicon: trigger lemmas mapped to PLOVER category, mode and CAMEO code.

The data lives in ``data/lexicon.csv`` (written by us); this module only loads and indexes it.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

# Verbs that carry no event of their own but lend their subject to an event noun:
# "launched a raid", "carried out attacks", "held talks", "imposed sanctions".
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "make", "hold", "unleash", "wage", "begin", "start",
    "resume", "continue", "issue", "impose", "reach", "announce", "declare", "give", "offer", "provide",
    "send", "deliver", "express", "file", "open", "pay", "organize", "organise", "lodge", "level", "lead",
    "perpetrate", "commit", "execute", "undertake", "step", "intensify", "escalate", "initiate",
    "claim", "extend", "pledge", "sign", "conclude", "broker", "finalize", "finalise",
    # "voiced concern", "raised concerns", "submitted a request", "pressed charges", "joined the protest",
    # "forged a partnership", "cast a veto", "used tear gas", "tendered his resignation"
    "voice", "raise", "reiterate", "renew", "submit", "tender", "present", "press", "bring", "join", "forge",
    "form", "establish", "cast", "use", "exercise", "ratify", "observe", "accept", "host", "attend",
    "stag",  # the model lemmatises "staged" as "stag": "staged a protest"
})

# Role nouns that name a party one can meet, visit, hire or fire (the "@actor" word class in constraints).
ACTOR_NOUNS = frozenset({
    "president", "minister", "premier", "chancellor", "king", "queen", "emir", "prince", "sheikh", "leader",
    "official", "delegation", "delegate", "envoy", "ambassador", "diplomat", "counterpart", "secretary",
    "representative", "governor", "mayor", "commander", "general", "chief", "head", "spokesman",
    "spokeswoman", "negotiator", "mediator", "lawmaker", "senator", "legislator", "officer", "director",
    "government", "opposition", "party", "group", "rebel", "militant", "insurgent", "militia", "faction",
    "cabinet", "parliament", "council", "committee", "union", "organization", "organisation", "agency",
    "authority", "ministry", "administration", "pope", "cleric", "imam", "bishop", "activist", "dissident",
    "journalist", "reporter", "student", "worker", "employee", "staff", "aide", "adviser", "advisor",
    "deputy", "member", "team", "crew", "candidate", "judge", "prosecutor", "coach", "manager", "executive",
    "ceo", "chairman", "chairwoman", "leadership", "regime", "junta", "state", "country", "nation", "ally",
    # people and armed groups as parties: "met protesters", "fired on soldiers", "freed the hostages"
    "soldier", "troop", "police", "policeman", "policemen", "protester", "protestor", "demonstrator", "civilian",
    "people", "resident", "villager", "refugee", "prisoner", "detainee", "hostage", "fighter", "gunman",
    "suspect", "citizen", "partner", "neighbor", "neighbour", "donor", "side", "force", "army", "navy",
    "guard", "commando", "settler", "tribe", "clan", "family", "crowd", "mob", "voter", "farmer", "miner",
    "teacher", "doctor", "nurse", "diplomat", "monarch", "ruler", "dictator", "warlord", "bloc", "coalition",
    "alliance", "federation", "movement", "league", "front", "council", "tribunal", "court", "police",
})

# Light verbs whose event noun sits in a prepositional phrase: "went on strike", "engaged in talks",
# "entered into negotiations", "took part in the protest".
PREPOSITIONAL_LIGHT_VERBS = {"go": "on", "engage": "in", "enter": "into", "participate": "in"}

# "took part in the protest": a verb and a placeholder object whose preposition carries the event noun.
PLACEHOLDER_OBJECTS = MappingProxyType({("take", "part"): "in"})

# People acting as a crowd: what they storm or break into is a riot (PROTEST), not an armed assault.
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "supporter",
                         "student", "activist", "worker", "marcher", "youth", "resident", "villager", "farmer",
                         "mourner", "fan", "throng", "people"})
# Things fired or dropped: their subject clause ("a missile slammed into ...") tells an attack.
PROJECTILES = frozenset({"rocket", "missile", "shell", "mortar", "projectile", "bomb", "drone", "grenade",
                         "salvo", "barrage", "airstrike", "strike", "katyusha", "round", "explosive", "bullet",
                         "shrapnel", "munition", "warhead"})
# Verbs that move people or goods to someone: "sent troops", "shipped weapons", "airlifted food".
TRANSFER_VERBS = frozenset({"send", "dispatch", "deploy", "rush", "move", "station", "position", "fly", "airlift",
                            "airdrop", "ship", "deliver", "provide", "give", "supply", "donate", "transfer", "hand",
                            "channel", "funnel", "redeploy", "bring", "truck", "extend", "sell", "contribute"})
# Words that count or gather what follows "of": "dozens of rockets", "a barrage of missiles".
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                            "barrage", "salvo", "volley", "wave", "number", "handful", "couple", "series", "group",
                            "crowd", "string", "hail", "pair"})

# Light verbs that carry only some categories: "had talks", "had a phone call" (not "has concerns", "had support").
NARROW_LIGHT_VERBS = MappingProxyType({"have": frozenset({"CONSULT"})})


@dataclass(frozen=True, slots=True)
class Constraint:
    """A dependent the trigger must (or must not) have, e.g. ``prt:out`` or ``dobj:fire|gun``."""

    dep: str
    lemmas: frozenset[str]

    @classmethod
    def parse(cls, spec: str) -> tuple[Constraint, ...]:
        out = []
        for part in filter(None, spec.split(";")):
            dep, _, words = part.partition(":")
            out.append(cls(dep.strip(), frozenset(w.strip().lower() for w in words.split("|") if w.strip())))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class LexEntry:
    lemma: str
    pos: str  # VERB or NOUN
    event: str
    mode: str | None
    cameo: str | None
    required: tuple[Constraint, ...] = ()
    vetoes: tuple[Constraint, ...] = ()
    alone: bool = True  # nouns: an event on its own, not only under a light verb
    alone_with_agent: bool = False  # nouns: an event on its own when a named party does it ("Putin's visit")


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[LexEntry, ...]]
    nouns: dict[str, tuple[LexEntry, ...]]
    version: str

    def entries(self, lemma: str, pos: str) -> tuple[LexEntry, ...]:
        table = self.verbs if pos == "VERB" else self.nouns
        return table.get(lemma, ())


def _rows(text: str):
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return csv.DictReader(lines)


def _entry(row: dict[str, str]) -> LexEntry:
    return LexEntry(
        lemma=row["lemma"].strip().lower(), pos=row["pos"].strip(), event=row["event"].strip(),
        mode=row["mode"].strip() or None, cameo=row["cameo"].strip() or None,
        required=Constraint.parse(row["with"] or ""), vetoes=Constraint.parse(row["not_with"] or ""),
        alone=(row.get("alone") or "1").strip() not in ("0", "agent"),
        alone_with_agent=(row.get("alone") or "").strip() == "agent",
    )


def _index(entries: list[LexEntry], pos: str) -> dict[str, tuple[LexEntry, ...]]:
    table: dict[str, list[LexEntry]] = {}
    for e in entries:
        if e.pos == pos:
            table.setdefault(e.lemma, []).append(e)
    # constrained entries are tried first, so "strike a deal" wins over plain "strike"
    return {k: tuple(sorted(v, key=lambda e: not e.required)) for k, v in table.items()}


@cache
def load_lexicon() -> Lexicon:
    text = resources.files("khabar.nlp").joinpath("data/lexicon.csv").read_text(encoding="utf-8")
    entries = [_entry(row) for row in _rows(text)]
    version = hashlib.sha1(text.encode()).hexdigest()[:12]
    return Lexicon(verbs=_index(entries, "VERB"), nouns=_index(entries, "NOUN"), version=version)


@cache
def load_intents() -> Mapping[tuple[str, str], LexEntry]:
    """(category of the act, "future" or "prescriptive") -> the event a stated intention to act codes as."""
    text = resources.files("khabar.nlp").joinpath("data/intents.csv").read_text(encoding="utf-8")
    return MappingProxyType({(row["category"], row["kind"]): LexEntry(
        lemma="", pos="", event=row["event"], mode=row["mode"] or None, cameo=row["cameo"] or None)
        for row in _rows(text)})
