"""The event lexicon: trigger lemmas mapped to PLOVER category, mode and CAMEO code.

The data lives in ``data/lexicon.csv`` (written by us); this module only loads and indexes it.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

from spacy.tokens import Token

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
    # "reaffirmed its support for", "restated its commitment to"
    "reaffirm", "affirm", "restate",
    # "registered its objection", "conveyed its concern", "aired grievances", "repeated its demand", "signalled
    # its readiness", "stressed its support"
    "register", "convey", "air", "repeat", "signal", "signall", "stress", "underline", "underscore",
    # "clinched a deal", "sealed an agreement", "hammered out an accord", "inked a pact"
    "clinch", "seal", "hammer", "ink",
    "kick",  # "kicked off drills", "kicked off talks" (with its particle: see triggers.finder)
    "set", "pitch",  # "set up a protest camp", "pitched a protest camp"
    "stag",  # the model lemmatises "staged" as "stag": "staged a protest"
})

# Offices, governments and organisations: the parties one receives, hosts, welcomes or recognises (the
# "@official" word class, with named people, organisations and places). "Front" is one only by name ("the Polisario
# Front"): "sent its chief of staff to the front" goes to the battle line.
OFFICIAL_NOUNS = frozenset({
    "president", "minister", "premier", "chancellor", "king", "queen", "emir", "prince", "sheikh", "leader",
    "official", "delegation", "delegate", "envoy", "ambassador", "diplomat", "counterpart", "secretary",
    "representative", "governor", "mayor", "commander", "general", "chief", "head", "spokesman",
    "spokeswoman", "negotiator", "mediator", "lawmaker", "senator", "legislator", "officer", "director",
    "government", "opposition", "party", "group", "rebel", "militant", "insurgent", "militia", "faction",
    "cabinet", "parliament", "council", "committee", "union", "organization", "organisation", "agency",
    "authority", "ministry", "administration", "pope", "cleric", "imam", "bishop", "activist", "dissident",
    "aide", "adviser", "advisor", "deputy", "member", "candidate", "judge", "prosecutor", "chairman",
    "chairwoman", "leadership", "regime", "junta", "state", "country", "nation", "ally", "monarch", "ruler",
    "dictator", "warlord", "bloc", "coalition", "alliance", "federation", "movement", "league",
    "tribunal", "court", "visitor", "guest", "host", "mission", "team", "crew", "army", "navy", "force"})

# States and their officials ("@government", with named countries): who protests diplomatically or travels
# on state business.
GOVERNMENT_NOUNS = frozenset({
    "government", "ministry", "embassy", "consulate", "administration", "cabinet", "regime", "junta", "state",
    "country", "nation", "minister", "president", "premier", "chancellor", "king", "queen", "emir", "prince",
    "ambassador", "envoy", "diplomat", "official", "spokesman", "spokeswoman", "delegation", "secretary",
    "counterpart", "leader", "foreign", "office", "authority", "mission", "representative"})

# Role nouns that name a party one can meet, visit, hire or fire (the "@actor" word class in constraints).
ACTOR_NOUNS = OFFICIAL_NOUNS | frozenset({
    "journalist", "reporter", "student", "worker", "employee", "staff", "coach", "manager", "executive", "ceo",
    # people and armed groups as parties: "met protesters", "fired on soldiers", "freed the hostages"
    "soldier", "troop", "police", "policeman", "policemen", "protester", "protestor", "demonstrator", "civilian",
    "people", "resident", "villager", "refugee", "prisoner", "detainee", "hostage", "fighter", "gunman",
    "suspect", "citizen", "partner", "neighbor", "neighbour", "donor", "side",
    "guard", "commando", "settler", "tribe", "clan", "family", "crowd", "mob", "voter", "farmer", "miner",
    "teacher", "doctor", "nurse", "pilgrim", "worshipper", "worshiper", "migrant", "tourist", "passenger",
    "shopper", "bystander", "child", "woman", "man", "girl", "boy", "patient", "man", "victim", "member",
    "peacekeeper", "militiaman", "jihadist", "separatist", "loyalist", "supporter", "opponent", "critic",
    "inmate", "convict", "spy", "smuggler", "trafficker", "pirate", "kidnapper", "bomber", "sniper",
    "pilot", "sailor", "fisherman", "crewman", "captive", "businessman", "businesswoman", "national", "priest",
    "elder", "chieftain", "notable",  # "met tribal elders"
})

# Offices one person holds, whom a visitor calls on ("called on the crown prince", "called on his counterpart"): the
# "@dignitary" word class, with people's names. Not a government, a party or the public, whom one calls on to act.
DIGNITARY_NOUNS = frozenset({
    "president", "prince", "princess", "king", "queen", "emir", "sheikh", "sultan", "monarch", "minister", "premier",
    "chancellor", "counterpart", "pope", "patriarch", "governor", "ambassador", "envoy", "chief", "commander",
    "general", "secretary", "mayor", "speaker", "chairman", "chairwoman", "ayatollah", "cardinal", "archbishop"})

# People one can detain or abduct ("held five suspects", "seized two engineers"), not parties in general: a
# government or a town can be fired upon or met, not taken into custody.
PERSON_NOUNS = frozenset({
    "suspect", "prisoner", "detainee", "journalist", "reporter", "activist", "protester", "protestor",
    "demonstrator", "man", "woman", "person", "people", "student", "worker", "migrant", "refugee", "civilian",
    "militant", "fighter", "soldier", "officer", "opponent", "dissident", "critic", "citizen", "national",
    "foreigner", "tourist", "member", "youth", "teenager", "boy", "girl", "child", "crew", "sailor", "fisherman",
    "pilot", "engineer", "employee", "staff", "leader", "commander", "smuggler", "trafficker", "gunman",
    "kidnapper", "pirate", "rebel", "insurgent", "businessman", "trader", "merchant", "farmer", "villager",
    "priest", "doctor", "nurse", "teacher", "diplomat", "official", "lawyer", "blogger", "schoolgirl", "schoolboy",
    "pupil", "hostage", "captive", "passenger", "resident", "policeman", "policewoman", "guard", "contractor",
    "missionary", "nun", "monk", "cleric", "judge", "mayor", "politician", "lawmaker", "candidate", "voter",
    "infant", "baby", "son", "daughter", "wife", "husband", "relative", "herder", "miner", "driver", "trucker",
    "seaman", "seafarer", "cadet", "conscript", "guardsman", "marine", "peacekeeper", "aid worker", "volunteer"})

# Light verbs whose event noun sits in a prepositional phrase: "went on strike", "engaged in talks",
# "entered into negotiations", "took part in the protest", "remained on high alert".
PREPOSITIONAL_LIGHT_VERBS = {"go": "on", "engage": "in", "enter": "into", "participate": "in", "remain": "on",
                             "stay": "on", "be": "on",  # "is on a three-day visit to", "were on strike"
                             # "responded with airstrikes", "retaliated with sanctions": the act a response is made of
                             "respond": "with", "retaliate": "with", "react": "with"}

# "took part in the protest": a verb and a placeholder object whose preposition carries the event noun.
PLACEHOLDER_OBJECTS = MappingProxyType({("take", "part"): "in"})

# People acting as a crowd: what they storm or break into is a riot (PROTEST), not an armed assault.
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "supporter",
                         "student", "activist", "worker", "marcher", "youth", "resident", "villager", "farmer",
                         "mourner", "fan", "throng", "people", "pupil", "teacher", "trader", "shopkeeper", "vendor"})
# Things fired or dropped: their subject clause ("a missile slammed into ...") tells an attack.
PROJECTILES = frozenset({"rocket", "missile", "shell", "mortar", "projectile", "bomb", "drone", "grenade",
                         "salvo", "barrage", "airstrike", "strike", "katyusha", "round", "explosive", "bullet",
                         "shrapnel", "munition", "warhead", "icbm", "slbm"})
# Verbs that move people or goods to someone: "sent troops", "shipped weapons", "airlifted food".
TRANSFER_VERBS = frozenset({"send", "dispatch", "deploy", "rush", "move", "station", "position", "fly", "airlift",
                            "airdrop", "ship", "deliver", "provide", "give", "supply", "donate", "transfer", "hand",
                            "channel", "funnel", "redeploy", "bring", "truck", "extend", "sell", "contribute",
                            "distribute", "dispense", "allocate", "sail", "steam"})
# Arms one state sends or gives another ("@arms"): "gave Kyiv air defence systems", "provided Israel with
# interceptors". A "system" or a "battery" is one only when a word of arms names it (see triggers.word_classes).
ARMS_NOUNS = frozenset({"weapon", "arm", "arms", "ammunition", "ammo", "missile", "rocket", "interceptor", "tank",
                        "jet", "warplane", "drone", "rifle", "gun", "artillery", "howitzer", "munition", "shell",
                        "launcher", "helicopter", "aircraft", "warship", "frigate", "submarine", "grenade", "mortar",
                        "himars", "javelin", "stinger", "patriot"})
ARMS_SYSTEMS = frozenset({"system", "battery", "unit", "package"})
# Words that count or gather what follows "of": "dozens of rockets", "a barrage of missiles".
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                            "million", "millions", "tens",  # "sheltered millions of refugees", "tens of thousands of"
                            "barrage", "salvo", "volley", "wave", "number", "handful", "couple", "series", "group",
                            "crowd", "string", "hail", "pair", "round", "spate", "flurry",
                            # parts of a whole: "eased some of its sanctions", "cut most of its aid", "freed half of
                            # the prisoners" act on what follows "of"
                            "some", "most", "part", "much", "many", "all", "half", "several", "few", "portion",
                            "bulk", "rest", "remainder", "majority"})

# Causes of death and damage that are no party: "floods killed 40", "the crash injured five", "were killed
# in an earthquake" (the "@hazard" word class). Violence needs someone doing it.
HAZARD_NOUNS = frozenset({
    "storm", "flood", "flooding", "earthquake", "quake", "tremor", "tsunami", "hurricane", "typhoon", "cyclone",
    "tornado", "landslide", "mudslide", "avalanche", "drought", "heatwave", "heat", "cold", "snow", "rain",
    "lightning", "wildfire", "blaze", "fire", "volcano", "eruption", "accident", "crash", "collision", "derailment",
    "stampede", "collapse", "disease", "virus", "outbreak", "epidemic", "pandemic", "cholera", "malaria", "ebola",
    "covid", "covid-19", "flu", "influenza", "cancer", "illness", "infection", "overdose", "famine", "hunger",
    "starvation", "malnutrition", "leak", "spill", "poisoning", "weather", "disaster", "heatwave", "smog"})

# Ideas, texts, policies and figures: what one criticises or fights figuratively, never a military target
# ("attacked the budget", "an attack on press freedom", "targets inflation", "hit a record") — "@abstract".
ABSTRACT_NOUNS = frozenset({
    "policy", "decision", "plan", "idea", "remark", "statement", "record", "proposal", "report", "law", "bill",
    "budget", "speech", "comment", "claim", "move", "stance", "ruling", "verdict", "article", "book", "film",
    "view", "freedom", "democracy", "right", "rights", "liberty", "press", "constitution", "judiciary", "value",
    "truth", "credibility", "reputation", "integrity", "legitimacy", "character", "economy", "inflation",
    "currency", "price", "rate", "tax", "reform", "program", "programme", "strategy", "approach",
    "handling", "response", "agenda", "ideology", "doctrine", "rule", "regulation", "measure", "deal",
    "agreement", "process", "election", "vote", "result", "poll", "campaign", "candidacy", "nomination",
    "appointment", "opinion", "argument", "culture", "tradition", "religion", "faith",
    "science", "evidence", "theory", "narrative", "image", "privacy", "autonomy", "independence", "institution",
    "system", "order", "corruption", "crime", "poverty", "unemployment", "terrorism", "extremism", "drug",
    "high", "low", "level", "goal", "deadline", "estimate", "forecast", "expectation",
    "milestone", "peak", "mark", "threshold", "limit", "ceiling", "score", "note", "chord", "wall", "snag",
    "roadblock", "obstacle", "jackpot", "headline", "nerve", "spot", "ball", "shot", "puck", "basket", "hoop"})

# Words that judge an act wrong: "was unacceptable", "a travesty of justice", "a blatant violation" ("@condemning").
# Denials ("baseless", "unfounded") reject a claim rather than condemn an act, and are left out.
CONDEMNING_WORDS = frozenset({
    "unacceptable", "illegal", "unlawful", "illegitimate", "unjustified", "unjustifiable", "outrageous", "deplorable",
    "reprehensible", "shameful", "disgraceful", "appalling", "abhorrent", "barbaric", "cowardly", "heinous",
    "criminal", "provocative", "irresponsible", "inhumane", "brutal", "intolerable", "indefensible", "despicable",
    "travesty", "violation", "breach", "crime", "outrage", "disgrace", "farce", "sham", "mockery", "provocation",
    "blow", "insult", "affront", "aggression", "atrocity", "scandal", "mistake", "error", "setback",
    # judgements of a measure or a trial: "called the sentence draconian", "said the arrests were arbitrary"
    "arbitrary", "unjust", "unfair", "draconian", "disproportionate", "excessive", "repressive", "undemocratic",
    "unconstitutional", "discriminatory", "racist", "xenophobic", "hypocritical", "reckless", "wrong", "unwarranted",
    "absurd", "ridiculous", "horrific", "horrendous", "cruel", "savage", "senseless", "vicious", "inflammatory",
    "fraudulent", "rigged", "authoritarian", "oppressive", "shocking",
    # "described the raid as a grave escalation", "called the seizure an act of piracy"
    "escalation", "genocide", "piracy", "destabilizing", "destabilising",
    # names that condemn a party: "called Washington the enemy of peace", "branded him a traitor"
    "enemy", "terrorist", "aggressor", "occupier", "invader", "murderer", "killer", "butcher", "traitor", "liar",
    "thug", "tyrant", "dictator", "warmonger", "extremist", "puppet", "stooge", "lackey", "gangster", "bandit",
    "mercenary", "fascist", "nazi", "fool", "clown"})
# Modifiers that make a name for a party a condemnation: "a terrorist organisation", "a rogue state".
PEJORATIVE_MODIFIERS = frozenset({"terrorist", "terror", "extremist", "fascist", "puppet", "rogue", "pariah",
                                  "illegitimate", "criminal"})
# Wrongs a party may state another party does: "said Washington was interfering in its affairs" (CAMEO 112).
WRONGDOING_VERBS = frozenset({
    "interfere", "meddle", "incite", "provoke", "destabilize", "destabilise", "undermine", "sponsor", "harbor",
    "harbour", "lie", "cheat", "rig", "spy", "plot", "conspire", "flout", "obstruct", "persecute", "oppress",
    "discriminate", "terrorize", "terrorise", "intimidate", "blackmail", "slander", "defame", "mislead", "deceive",
    "manipulate", "loot", "plunder", "steal", "embezzle", "violate", "breach", "abuse", "mistreat", "bribe",
    "smuggle", "launder", "defraud",
    # "said Israel had reneged on its commitments", "said Damascus was sabotaging the talks"
    "renege", "sabotage",
    # "said Minsk was weaponising migrants", "instrumentalising refugees", "politicising the aid", "fomenting unrest",
    # "had fabricated evidence", "falsified the results", "bullying its neighbours", "extorting fishermen" ("exploit"
    # is left out: "exploiting new oil fields" is no wrong)
    "weaponise", "weaponize", "instrumentalise", "instrumentalize", "politicise", "politicize", "foment",
    "fabricate", "falsify", "bully", "extort"})

# Things an armed attack hits: facilities, vehicles, settlements, military positions ("@target").
TARGET_NOUNS = frozenset({
    "base", "convoy", "position", "compound", "embassy", "consulate", "airport", "camp", "facility", "depot",
    "building", "headquarters", "site", "town", "city", "village", "area", "hospital", "school", "checkpoint",
    "vehicle", "truck", "car", "tanker", "ship", "vessel", "boat", "plant", "station", "house", "home", "market",
    "mosque", "church", "synagogue", "temple", "shrine", "office", "bus", "train", "plane", "aircraft",
    "helicopter", "jet", "tank", "bridge", "port", "refinery", "pipeline", "barracks", "outpost", "patrol",
    "neighborhood", "neighbourhood", "district", "stronghold", "hideout", "warehouse", "residence", "palace",
    "ministry", "parliament", "airbase", "airfield", "installation", "infrastructure", "hotel", "restaurant",
    "cafe", "bar", "club", "mall", "university", "college", "court", "courthouse", "prison", "jail", "police",
    "territory", "region", "province", "border", "frontline", "line", "trench", "bunker", "tunnel", "road",
    "highway", "field", "oilfield", "dam", "grid", "substation", "warship", "destroyer", "frigate",
    "submarine", "drone", "launcher", "battery", "radar", "target", "garrison", "post", "precinct", "quarter",
    "suburb", "settlement", "capital", "enclave", "hamlet", "gathering", "wedding", "funeral",
    "procession", "rally", "crowd", "queue", "bazaar", "stadium", "square", "street"})
# "@abstract" and "@target" above are lists on purpose: the small spaCy model has no word senses.

# Light verbs that carry only some categories: "had talks", "had a phone call" (not "has concerns", "had support").
# "approved a $3 billion loan", "released $50 million in aid", "allocated funds": only aid.
NARROW_LIGHT_VERBS = MappingProxyType({"have": frozenset({"CONSULT"}), "approve": frozenset({"AID", "SANCTION"}),
                                       "release": frozenset({"AID"}), "allocate": frozenset({"AID"}),
                                       "earmark": frozenset({"AID"}), "unveil": frozenset({"AID"}),
                                       # "took retaliatory measures against": countermeasures are sanctions
                                       "take": frozenset({"SANCTION"}),
                                       # "slapped sanctions on", "tightened sanctions", "expanded the ban"
                                       "slap": frozenset({"SANCTION", "COERCE"}),
                                       "tighten": frozenset({"SANCTION", "COERCE"}),
                                       "toughen": frozenset({"SANCTION", "COERCE"}),
                                       "expand": frozenset({"SANCTION", "COERCE"}),
                                       "widen": frozenset({"SANCTION", "COERCE"}),
                                       # "wrapped up two days of talks": a round of talks that ends was held
                                       "wrap": frozenset({"CONSULT"}),
                                       # "ordered snap military exercises": the one who orders them holds them
                                       "order": frozenset({"MOBILIZE"}),
                                       # "Kim oversaw a test of a new missile", "supervised the drills"
                                       "oversee": frozenset({"MOBILIZE"}), "supervise": frozenset({"MOBILIZE"}),
                                       "watch": frozenset({"MOBILIZE"}),
                                       # "attempted a coup", "attempted an assault on the base": the act set about,
                                       # which the governor "attempt" marks as attempted
                                       "attempt": frozenset({"COERCE", "ASSAULT"})})


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
    pos: str  # VERB, NOUN or ADJ (a predicate adjective: "was critical of")
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
    adjectives: dict[str, tuple[LexEntry, ...]] = field(default_factory=dict)

    def entries(self, lemma: str, pos: str) -> tuple[LexEntry, ...]:
        table = self.verbs if pos == "VERB" else self.adjectives if pos == "ADJ" else self.nouns
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
    return Lexicon(verbs=_index(entries, "VERB"), nouns=_index(entries, "NOUN"), version=version,
                   adjectives=_index(entries, "ADJ"))


def intent_of(act: LexEntry, kind: str) -> LexEntry | None:
    """What stating ``act`` as ``kind`` ("future", "prescriptive", "refusal") codes as: a row for the act's own CAMEO
    code ("COERCE:192", ground to be seized: a threat of occupation) wins over its category's row."""
    intents = load_intents()
    own = intents.get((f"{act.event}:{act.cameo}", kind)) if act.cameo else None
    return own or intents.get((act.event, kind))


@cache
def load_intents() -> Mapping[tuple[str, str], LexEntry]:
    """(category of the act, or "CATEGORY:CAMEO" for one code of it, "future", "prescriptive" or "refusal") -> the
    event stating it codes as."""
    text = resources.files("khabar.nlp").joinpath("data/intents.csv").read_text(encoding="utf-8")
    return MappingProxyType({(row["category"], row["kind"]): LexEntry(
        lemma="", pos="", event=row["event"], mode=row["mode"] or None, cameo=row["cameo"] or None)
        for row in _rows(text)})


# Word forms of event verbs the small model's lemmatizer gets wrong ("raped" -> "rap", a verb of criticism).
_VERB_LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape", "unbanned": "unban", "unbanning": "unban",
                     "unfroze": "unfreeze", "unfrozen": "unfreeze",
                     # "fined" -> "fin", "sniped" -> "snip", "cordoned" -> "cordone", "scapegoated" -> "scapegoate"
                     "fined": "fine", "fines": "fine", "fining": "fine", "sniped": "snipe", "snipes": "snipe",
                     "sniping": "snipe", "cordoned": "cordon", "cordoning": "cordon", "scapegoated": "scapegoat",
                     "scapegoating": "scapegoat"}


def verb_lemma(token: Token) -> str:
    """The lemma a verb's lexicon entries are filed under, mended where the lemmatizer is known to err."""
    if token.lower_ == "lay" and any(c.dep_ in ("dobj", "prt") for c in token.children):
        return "lay"  # "rebels lay down arms": "lie", the lemmatizer's past-tense guess, takes no object
    return _VERB_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


# Noun forms the small model's lemmatizer gets wrong: "bases" -> "basis" (the plural of "basis" too, but in news of
# armed forces mostly bases).
_NOUN_LEMMA_FIXES = {"bases": "base"}


def noun_lemma(token: Token) -> str:
    """The lemma a noun is read under, mended where the lemmatizer is known to err."""
    return _NOUN_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


# Past participles not made by adding "-ed" that the tagger may read as adjectives ("the accounts were frozen").
_IRREGULAR_PARTICIPLES = {"frozen": "freeze", "shut": "shut", "cut": "cut", "withdrawn": "withdraw", "broken": "break",
                          "overthrown": "overthrow", "forbidden": "forbid", "beaten": "beat", "stolen": "steal",
                          "taken": "take", "driven": "drive", "shaken": "shake", "hidden": "hide", "held": "hold",
                          "struck": "strike", "sent": "send", "built": "build", "sold": "sell", "bound": "bind",
                          "thrown": "throw", "shot": "shoot", "seized": "seize", "given": "give", "set": "set"}


def participle_lemma(token: Token, verbs: Mapping[str, object]) -> str | None:
    """The verb of ``verbs`` a past participle the tagger read as an adjective stands for: "frozen" -> "freeze",
    "encircled" -> "encircle", "banned" -> "ban"; None for a word that is no participle of one."""
    word = token.lower_
    candidates = [_IRREGULAR_PARTICIPLES.get(word, "")]
    if word.endswith("ed"):
        stem = word[:-2]
        candidates += [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                       stem[:-1] + "y" if stem.endswith("i") else ""]
    return next((c for c in candidates if c and c in verbs), None)
