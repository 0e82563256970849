"""Which tokens stand for a party: names, pronouns and phrases the knowledge base resolves, numbers that
count people struck, a group's part ("members of X"), and the party an event noun names as its doer.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ..datelines import in_dateline
from ..lexicon import load_lexicon
from ..syntax import children_of, kept_per_doc
from ..text import span_text
from .phrases import by_agent, mention_span, prep_objects


# Nouns that stand for a part of another actor: "14 members of X", "fighters of X", "leaders of X".
GROUP_NOUNS = frozenset({
    "member", "fighter", "militant", "supporter", "leader", "commander", "official", "officer", "soldier",
    "troop", "force", "unit", "navy", "police", "militiaman", "operative", "agent", "representative", "delegation", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "head", "chief", "wing", "branch", "faction", "affiliate", "ally",
    "proxy",
    "guard",  # "border guards from Kyrgyzstan and Tajikistan": each state's own
    "elements", "element", "cell", "loyalist", "activist", "minister", "ministry", "office", "army",
    "backer", "partisan", "follower", "sympathizer", "sympathiser",
    "investigator", "inspector", "monitor", "observer",  # "investigators from the army": a body's people sent to look
    "convoy", "patrol", "contingent", "column",  # "a convoy of Kenyan troops": the troops
    "agency",  # "foreign aid agencies": the phrase names a party
    "committee", "panel",  # "a committee of ousted lawmakers": the lawmakers
    *("gunman", "insurgent", "rebel", "jihadist", "guerrilla", "attacker", "assailant"),  # "gunmen from Boko Haram"
})
# Nouns of a party named by its tie to another: the owner ("Moscow's allies", "allies of Russia", "Manila's
# neighbour") is not that party.
COUNTERPARTS = frozenset({"neighbour", "neighbor", "ally", "partner", "rival", "enemy", "foe", "adversary",
                          "friend", "backer", "sponsor", "patron", "client"})
# Armed men whose "from"/"of" party is the group they belong to ("gunmen from Boko Haram"), or their allegiance
# ("militants loyal to ..."); a country after them is only where they come from ("two rebels from Sudan").
_IRREGULAR_MEMBERS = frozenset({"gunman", "insurgent", "rebel", "jihadist", "guerrilla", "attacker", "assailant",
                                "militant", "fighter", "militiaman"})


# Bodies that carry out force or state acts, as the compound before an event noun ("police raid").
_ARMED_BODIES = frozenset({"government", "army", "military", "police", "rebel", "militia", "militant", "insurgent",
                           "regime", "coalition", "junta", "troop", "security", "navy", "opposition", "jihadist"})


def nominal_agent(noun: Token) -> Token | None:
    """"Iraq's raid", "the U.S. assassination", "Israeli airstrikes", "attacks by X"."""
    by = by_agent(noun)
    if by is not None:
        return by
    for child in children_of(noun):
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not "Friday's strike"
            return child
        if child.dep_ in ("compound", "amod", "nmod") and _names_party(child) and not (
                _common_adjective(child) or where_it_happened(child, noun)):
            return child
    leader = _leader_named(noun)
    if leader is not None:  # "Saudi-led air strikes": the state leading them
        return leader
    armed_name = next((c for c in children_of(noun) if c.dep_ == "compound" and _armed_group_name(c)), None)
    if armed_name is not None:  # "Houthi missiles", tagged no name: a known armed group's
        return armed_name
    # "coalition airstrikes", "a police raid", "government shelling": an armed or state body named before it
    armed = next((c for c in children_of(noun) if c.dep_ == "compound" and c.lemma_.lower() in _ARMED_BODIES
                  and not _kind_of_pact(c, noun)), None)
    if armed is not None and noun.lemma_.lower() not in GROUP_NOUNS:  # not "security forces": a party itself
        return armed
    # "the U.S. drone strike", where the parser hangs "U.S." on "drone"
    return next((g for c in children_of(noun) if c.dep_ == "compound" for g in children_of(c)
                 if g.dep_ in ("compound", "amod") and g.ent_type_ in ("GPE", "NORP", "ORG")
                 and not where_it_happened(g, noun)), None)


def _names_party(word: Token) -> bool:
    """A name of a party, or a nationality the tagger took for a language's name ("Russian missiles")."""
    if word.ent_type_ == "LANGUAGE":
        return word.pos_ == "ADJ" and default_kb().country_of(word.text) is not None
    return word.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def _leader_named(noun: Token) -> Token | None:
    """"Saudi-led air strikes": the party that leads an act did it (unlike "Iranian-backed", a sponsor). Only
    where the parser splits "Saudi - led": a one-word "U.S.-led" is no mention of its own."""
    led = next((c for c in children_of(noun) if c.dep_ == "amod" and (c.lower_ == "led" or leader_word(c))), None)
    if led is None:
        return None
    if led.lower_ != "led":
        return led  # "U.S.-led air strikes": one word, which names the leading state before its "-led"
    return next((g for g in children_of(led) if g.i < led.i and g.ent_type_ in ("GPE", "NORP", "ORG")), None)


_LED = ("-led", "-headed")


def leader_word(word: Token) -> str | None:
    """"U.S.-led", "US-headed": the state a one-word "<state>-led" names as the leader (its words before the
    hyphen), or None."""
    lower = word.lower_
    stem = next((word.text[:-len(end)] for end in _LED if lower.endswith(end) and len(lower) > len(end)), None)
    if stem is None:
        return None
    found = default_kb().country_of(stem)
    return stem if found is not None else None


# Acts that happen at a place, whose town named before them tells where: "the Kabul bombing", "the Hong Kong
# protests".
_HAPPEN_AT_A_PLACE = frozenset({"ASSAULT", "PROTEST"})


def where_it_happened(word: Token, noun: Token) -> bool:
    """"The Kabul bombing", "the Istanbul nightclub attack", "the Hong Kong protests": a town's name before an act
    of violence or a protest is where it happened, not who did it. A state's name is its doer ("a U.S. strike",
    "Lebanon rocket fire"); a capital before an act of violence is as much the place as any town (a government
    that acts is named with an "'s": "Beijing's crackdown")."""
    if word.pos_ != "PROPN" or word.ent_type_ not in ("GPE", "LOC", "FAC") or word.i > noun.i:
        return False
    if not any(e.event in _HAPPEN_AT_A_PLACE for e in load_lexicon().entries(noun.lemma_.lower(), "NOUN")):
        return False
    name = span_text(mention_span(word))
    kb = default_kb()
    found = kb.resolve(name)
    return found is None or found.id != found.country or kb.government_of_capital(name) is not None


_ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "MIL"})


def _armed_group_name(word: Token) -> bool:
    """A proper noun the knowledge base knows as an armed group ("Houthi", "Hamas"), not a weapon's name
    ("Katyusha", "Scud") nor a party's ("Fateh-110 missiles" are no Fatah's)."""
    if word.pos_ != "PROPN" or word.ent_type_ in PARTY_ENTS:
        return False  # a tagged name is read above
    found = default_kb().resolve(word.text)
    return found is not None and found.id is not None and found.sector in _ARMED_SECTORS


# Event nouns of words and deals, whose "security" compound says what they are about ("a border security pact",
# "security talks"), not who made them (as in "a security crackdown").
_FORCE_OR_MOVE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


def _kind_of_pact(word: Token, noun: Token) -> bool:
    if word.lemma_.lower() != "security":
        return False
    entries = load_lexicon().entries(noun.lemma_.lower(), "NOUN")
    return bool(entries) and not any(e.event in _FORCE_OR_MOVE for e in entries)


# Participles of a go-between, whose agent did not do the act it arranged ("a deal brokered by Qatar").
_GO_BETWEEN_PARTICIPLES = frozenset({"broker", "mediate", "host", "facilitate", "sponsor", "oversee", "guarantee"})


def made_by(noun: Token) -> Token | None:
    """"The sanctions, imposed by the European Union", "the attack, claimed by the Islamic State": the agent of
    a participle on an event noun did it (not a go-between's: "a deal brokered by Qatar")."""
    for clause in children_of(noun):
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() not in _GO_BETWEEN_PARTICIPLES:
            agent = by_agent(clause)
            if agent is not None:
                return agent
    return None


def _common_adjective(word: Token) -> bool:
    """"Humanitarian aid was delivered": an adjective the tagger took for a name (a person, or a nationality only
    because a sentence's capital starts it) is no doer; a nationality the knowledge base knows is ("Israeli")."""
    if word.pos_ != "ADJ":
        return False
    return word.ent_type_ == "PERSON" or (word.is_sent_start and default_kb().country_of(word.text) is None)


PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_WHERE_NOUNS = frozenset({"side", "border", "frontier", "outskirts", "outskirt", "edge", "area", "part", "region",
                          "front", "line", "territory", "soil", "coast", "north", "south", "east", "west", "centre",
                          "center", "heart", "vicinity"})


# Collective bodies one appeals to ("urged the international community", "called on world powers"): whom the appeal
# is made to, though no one body answers to the name.
_COLLECTIVES = frozenset({"community", "power", "powers", "nation", "nations"})
_COLLECTIVE_WORDS = frozenset({"international", "world", "global", "western", "major", "great", "foreign", "regional",
                               "big"})


def collective_body(token: Token) -> bool:
    """"the international community", "world powers", "the world": a body of states one appeals to."""
    if token.lemma_.lower() == "world" and token.dep_ in ("dobj", "pobj"):
        return True
    return token.lemma_.lower() in _COLLECTIVES and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _COLLECTIVE_WORDS for c in children_of(token))


# Nouns that, definite, stand for a body the text named before ("blamed the faction for attacks on the
# embassy": the faction is whom it blames, not the embassy inside the phrase).
_ANAPHORIC_BODIES = frozenset({"faction", "outfit", "group", "movement"})


def named_before(token: Token) -> bool:
    """"the faction", "the group": not "the movement of troops", "the group of protesters" (an "of" phrase
    says what it is made of)."""
    return (token.lemma_.lower() in _ANAPHORIC_BODIES and token.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(token))
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)))


@kept_per_doc("khabar.arguments.is_party")  # asked of the same heads by every rule of every trigger
def is_party(token: Token) -> bool:
    """Whether a noun can stand for a party: a name, a pronoun, or a phrase the knowledge base resolves."""
    if token.lemma_.lower() in _WHERE_NOUNS:
        return False  # "on the Iraqi side of the border" is where, not whom
    if named_place(token):
        return False  # "in the northeastern Colombian province of Arauca": where; its nationality word names no party
    if named_by_its_place(token):
        return False  # "a road between Bint Jbeil and Aitaroun", "towards the Sambisa forest": where, not whom
    if _information(token):
        return False  # "shared intelligence with Nigeria": what is shared, not the spy agency
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in PARTY_ENTS:
        return token.ent_type_ not in _NOT_PARTIES
    if _bare_force(token):
        return False  # "in a show of force", "the use of force": force as a means, no body of troops
    kb = default_kb()
    if kb.resolve(token.lemma_) is not None:
        return True
    if token.lower_ != token.lemma_.lower() and kb.resolve(token.lower_) is not None:
        return True  # "state media": the tagger gives "medium" as the lemma, which names no party
    if _capitalised_name(token, kb):
        return True  # "kidnapped a Dane": a nationality the tagger takes for a common noun, lowercasing it
    if _titled_person(token):
        return True  # "India's deputy high commissioner": a title the knowledge base knows only as a phrase
    if owners_counterpart(token):
        return True  # "urged Niger's neighbours to help": states the text names by their tie to Niger
    if _owned_thing(token):
        return False  # "block Sweden's NATO membership": Sweden's thing, however its name-like words read
    # "a U.S. military base": the parser may hang the name as an "nmod"
    if any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in PARTY_ENTS and not venue_named(c, token)
           for c in children_of(token)):
        return True
    if any(_owners_participle(c) for c in children_of(token)):
        return True  # "Israeli-linked ships", "a British-flagged tanker": whose they are
    if token.lemma_.lower() not in GROUP_NOUNS:
        return False  # "Kenya's decision", "military action" name things of a party's, not a party
    span = mention_span(token)  # "opposition supporters", "regime loyalists": the phrase names the party
    found = kb.resolve(span_text(span)) if len(span) > 1 else None
    return found is not None and found.sector is not None


def owners_counterpart(token: Token) -> bool:
    """"Niger's neighbours", "allies of Russia": parties named by their tie to a party the text names (which is
    not them)."""
    if token.lemma_.lower() not in COUNTERPARTS:
        return False
    owners = [c for c in children_of(token) if c.dep_ == "poss" and c.pos_ != "PRON"] + prep_objects(token, ("of",))
    return any(is_party(o) for o in owners)


def _capitalised_name(token: Token, kb) -> bool:
    """A capitalised noun within its sentence that the knowledge base resolves as written, or reads as a state's
    people ("a Dane", "a Swede"), is a name, whatever the tagger's lowercase lemma says."""
    if token.pos_ != "NOUN" or not token.text[:1].isupper() or token.is_sent_start:
        return False
    return kb.resolve(token.text) is not None or kb.country_of(token.text) is not None


def two_word_agent(token: Token) -> bool:
    """"armed groups", "armed men": the word just before the noun and the noun make one agent noun of the knowledge
    base, whose head alone ("groups") names no party."""
    if token.i == 0 or token.pos_ != "NOUN":
        return False
    kb = default_kb()
    word = token.doc[token.i - 1]
    if word.head.i != token.i or word.dep_ not in ("amod", "compound") or kb.sector_of(word.lower_) is not None:
        return False  # "military targets", "civilian areas": the word alone is the agent, the noun a thing of theirs
    return kb.sector_of(f"{word.lower_} {token.lemma_.lower()}") is not None


# Nouns of a place within a state, which a name ("the province of Arauca") or a compass word ("the northeastern
# Colombian province") marks as where, never as the state's government.
_PLACE_WITHIN = frozenset({"province", "state", "region", "district", "county", "governorate", "department",
                           "prefecture", "town", "city", "village"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                      "south-eastern", "south-western", "restive", "remote", "coastal", "border"})


def named_place(token: Token) -> bool:
    """"the province of Arauca", "the southern Nigerian state": a place within a state, named or placed by compass."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _PLACE_WITHIN:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in children_of(token)) or any(
        o.pos_ == "PROPN" for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
        for o in children_of(c) if o.dep_ == "pobj")


# Natural features and ways, whose name before them is a place's ("the Sambisa forest", "the Tripoli road").
_FEATURE_NOUNS = frozenset({"forest", "river", "hill", "mountain", "valley", "lake", "desert", "plain", "plateau",
                            "road", "highway", "motorway", "route", "corridor", "crossing", "pass", "swamp", "delta"})
# Nouns of a way or a line, whose "between" names the places at its ends ("a road between A and B").
_RUNS_BETWEEN = frozenset({"road", "highway", "motorway", "route", "corridor", "border", "frontier", "line",
                           "boundary", "town", "village", "city", "area", "region"})


def named_by_its_place(token: Token) -> bool:
    """A name placed by its phrase: before a feature's noun ("the Sambisa forest"), or at an end of a way
    ("a road between Bint Jbeil and Aitaroun"). Not "talks between Israel and Hamas": the sides of an act."""
    if token.dep_ == "compound" and token.pos_ == "PROPN" and token.head.lemma_.lower() in _FEATURE_NOUNS:
        return True
    if token.lemma_.lower() in _FEATURE_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                       for c in children_of(token)):
        return True  # the phrase's head: "the Sambisa forest"
    while token.dep_ in ("conj", "compound") and token.head.i != token.i:
        token = token.head  # "... and Aitaroun": the first end's phrase
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "between" and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in _RUNS_BETWEEN)


def _bare_force(token: Token) -> bool:
    return token.lower_ == "force" and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod") for c in children_of(token))


def _information(token: Token) -> bool:
    """"Intelligence" bare (no article, owner or modifier: not "British intelligence", "the intelligence services")
    is information passed on, not an agency."""
    return token.lemma_.lower() == "intelligence" and token.dep_ in ("dobj", "pobj") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in children_of(token))


# Nouns of meetings and of what they settle, whose place name before them is where they were held ("the Jeddah
# talks", "the Minsk agreements", "the Sochi summit").
_HELD_SOMEWHERE = frozenset({"talk", "summit", "conference", "meeting", "negotiation", "process", "agreement",
                             "accord", "deal", "ceasefire", "truce", "format", "forum", "declaration"})


def venue_named(word: Token, noun: Token) -> bool:
    """"agreed to a truce in Jeddah talks": a place named before a meeting noun is its venue, no party."""
    return (word.dep_ in ("compound", "nmod") and word.ent_type_ in ("GPE", "LOC") and word.i < noun.i
            and noun.lemma_.lower() in _HELD_SOMEWHERE)


# Participles after a hyphen that say whose a thing is ("Israeli-linked", "U.S.-owned"), not who made or backs it.
_OWNERS_PARTICIPLES = frozenset({"linked", "owned", "flagged", "operated", "registered"})


def _owners_participle(word: Token) -> bool:
    return word.dep_ == "amod" and word.lower_ in _OWNERS_PARTICIPLES and any(
        g.ent_type_ in PARTY_ENTS and g.i < word.i for g in children_of(word))


def _titled_person(token: Token) -> bool:
    """"India's deputy high commissioner": a named party's office holder whose title (the words after the owner)
    the knowledge base knows as a kind of party, not as a name ("Sweden's NATO membership" is NATO's name)."""
    owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.right_edge.i >= token.i:
        return False
    found = default_kb().resolve(span_text(token.doc[owner.right_edge.i + 1:token.i + 1]))
    return found is not None and found.id is None and found.sector is not None


def _owned_thing(token: Token) -> bool:
    """A common noun a named party owns ("Sweden's NATO membership", "Kenya's decision") that names no group of
    people: a thing of the party's (whose owner ``inner_parties`` reads), not a party itself."""
    return token.lemma_.lower() not in GROUP_NOUNS and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in PARTY_ENTS for c in children_of(token))


# Categories whose means ("tear gas", "live rounds") are used on whom the purpose clause names.
FORCE_USED_ON = frozenset({"ASSAULT", "COERCE"})


_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def plausible_party(token: Token) -> bool:
    return ((token.ent_type_ not in _NOT_PARTIES or counted_people(token) or _counted_agents(token))
            and not in_dateline(token))


def _counted_agents(token: Token) -> bool:
    """"Forty assailants", "12 soldiers": an agent noun the tagger put inside a number's entity is still people."""
    return (token.pos_ == "NOUN" and token.ent_type_ in ("CARDINAL", "QUANTITY")
            and default_kb().sector_of(token.lemma_) is not None)


# Round numbers of a crowd, standing alone as a clause's subject: "Thousands marched", "Hundreds protested".
_CROWDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})


def counted_people(token: Token) -> bool:
    """"killing 10", "wounded at least 12", "arrested 30": a bare number as the object of an act of force
    counts the people it struck; "Thousands marched on Friday": a crowd counted as a subject is people."""
    if token.lower_ in _CROWDS and token.dep_ == "nsubj" and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                      for c in children_of(token)):
        return True  # "Thousands in Karachi protested" too; not "thousands of X", whom X names
    if not token.like_num or token.dep_ not in ("dobj", "nsubjpass") or token.head.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" for c in children_of(token)):
        return False  # "five of them", "two of the soldiers": what is counted names them
    return any(e.event in FORCE_USED_ON for e in load_lexicon().entries(token.head.lemma_.lower(), "VERB"))


# People who speak for a body: "a spokesman for the UN mission in Somalia" is the mission's (not "an envoy for
# Syria", who is sent to it).
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _international_body_spoken_for(head: Token) -> list[Token]:
    """"a spokesman for the UN mission in Somalia": an international body's voice, which, read alone, takes the
    host state's government. A national body's voice ("a spokesman for the interior ministry") is left to the
    spokesman's own reading, which gives the article's state. "A spokesman for the coalition" speaks for the
    coalition the article names, which the owner's own reading finds."""
    if head.lemma_.lower() not in _VOICES:
        return []
    spoken = prep_objects(head, ("for",))
    if spoken and spoken[0].pos_ == "NOUN" and spoken[0].lemma_.lower() in _BODIES_OF_STATES:
        return spoken[:1]
    body = default_kb().resolve(span_text(mention_span(spoken[0]))) if spoken else None
    return spoken[:1] if body is not None and body.sector == "IGO" else []


# Common nouns of a body several states form or send: "a spokesman for the coalition", "for the alliance".
_BODIES_OF_STATES = frozenset({"coalition", "alliance", "mission"})


def group_owner(head: Token) -> Token | None:
    """For "14 members of Kataib Hezbollah", the actor the members belong to. Not the charge an accusation's "of"
    names ("accused Kosovo's prime minister of provoking violence") or what is taken ("stripped the leader of his
    immunity")."""
    if head.lemma_.lower() not in GROUP_NOUNS or head.lemma_.lower() in COUNTERPARTS:
        return None
    owners = prep_objects(head, ("of", "from")) or _international_body_spoken_for(head) or _loyal_to(head)
    if owners and _office_named_by_its_field(head, owners[0]):
        return None  # "the Ministry of Defence": its "of" names its field, not whose it is
    if owners and head.lemma_.lower() in _IRREGULAR_MEMBERS - _MEMBERS_BEFORE and owners[0].ent_type_ in _PLACES:
        return None  # "two rebels from Sudan": Sudanese rebels, not Sudan
    if not owners or (_charged(head) and (not is_party(owners[0]) or _act_told(owners[0]))):
        return None
    return owners[0]


# Bodies of a state whose capitalised name goes on with "of" and their field ("the Ministry of Defence").
_OFFICES = frozenset({"ministry", "office", "department", "secretariat", "directorate"})


def _office_named_by_its_field(head: Token, owner: Token) -> bool:
    """"the Ministry of Defence", "the Office of the President": a capitalised office whose "of" phrase is part
    of its name; a state named there is still its owner ("the Ministry of Foreign Affairs of Iraq")."""
    return (head.lemma_.lower() in _OFFICES and head.text[:1].isupper() and owner.i == head.i + 2
            and owner.ent_type_ not in ("GPE", "NORP") and owner.text[:1].isupper())


_MEMBERS_BEFORE = frozenset({"militant", "fighter", "militiaman"})  # read with their owner before this round
_PLACES = frozenset({"GPE", "LOC"})


def _loyal_to(head: Token) -> list[Token]:
    """"Militants loyal to Boko Haram", "fighters loyal to the commander": the party armed men serve (soldiers loyal
    to a president are still the army)."""
    if head.lemma_.lower() not in _IRREGULAR_MEMBERS:
        return []
    return [o for c in children_of(head) if c.dep_ == "amod" and c.lower_ == "loyal" for o in prep_objects(c, ("to",))]


# Verbs whose object's "of" phrase is the charge or what is taken away: "accused Kosovo's prime minister of
# provoking violence", "stripped the opposition leader of his immunity".
_CHARGING = frozenset({"accuse", "charge", "convict", "suspect", "acquit", "clear", "absolve", "find", "strip",
                       "deprive", "relieve", "rob", "warn", "inform", "notify", "remind", "assure", "persuade",
                       "convince"})


def _charged(head: Token) -> bool:
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _CHARGING


def _act_told(owner: Token) -> bool:
    """"accused the army of bombing markets": the parser may hang the act's "-ing" word on its object as a
    modifier; a charge's "of" phrase that opens with such a word tells an act, not whose part the object is."""
    first = owner.left_edge
    return first.i < owner.i and first.lower_.endswith("ing") and first.pos_ in ("VERB", "NOUN")
