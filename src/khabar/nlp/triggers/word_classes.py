"""Word classes: the token predicates behind the lexicon's "@name" words (a party, an official, a crowd,
money, a condemning word, a subjunctive, a claim of one's own act ...). The table naming them is ``matching``'s,
since "@conflict" itself matches the lexicon.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..datelines import in_dateline
from ..lexicon import (ABSTRACT_NOUNS, ACTOR_NOUNS, ARMS_NOUNS, ARMS_SYSTEMS, CONDEMNING_WORDS, OFFICIAL_NOUNS,
                       PEJORATIVE_MODIFIERS, QUANTITY_NOUNS, TRANSFER_VERBS, WRONGDOING_VERBS)
from ..syntax import children_of, entity_around, kept_per_doc


AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
TIME_ENTS = frozenset({"DATE", "TIME"})
# Prepositions that name the occasion of a clause's act: "during talks in Istanbul", "at a meeting on Tuesday", "on a
# visit to Baghdad", "in a phone call", "after talks with Merkel".
OCCASION_PREPS = frozenset({"during", "amid", "at", "in", "on", "after", "following"})


def _acronym(token: Token) -> bool:
    """"the IAEA", "NATO": an all-capital name the small model may leave untagged is an organisation (not the
    place of a dateline, "TAJI — Rockets were fired at ...")."""
    return (token.pos_ in ("NOUN", "PROPN") and len(token.text) >= 2 and token.text.isalpha() and token.is_upper
            and not in_dateline(token))


# Institutions that act as parties but are missing from the role nouns: "called on Myanmar's military to", "the
# judiciary commuted" (the actor knowledge base's agent nouns are no guide here: they include drones and tanks,
# which act in attacks but are no party one meets or calls on).
_INSTITUTIONS = frozenset({"military", "judiciary", "legislature", "gendarmerie", "paramilitary", "congress", "senate",
                           "presidency", "monarchy"})


def names_a_party(token: Token) -> bool:
    """A party that can be met, visited or fired: a named entity, a pronoun, a role noun ("the minister") or an
    institution ("Myanmar's military")."""
    if token.ent_type_ in AGENT_ENTS or token.lemma_.lower() in ACTOR_NOUNS or _acronym(token) or _named_front(token):
        return True
    if token.pos_ == "NOUN" and token.lemma_.lower() in _INSTITUTIONS:
        return True
    return token.pos_ == "PRON" and token.lower_ not in ("it", "this", "that", "which", "what")


def _named_front(token: Token) -> bool:
    """"the Polisario Front", "the Front said": a front that is a party is named, capitalised inside the sentence;
    "the front" is a battle line."""
    return token.lower_ == "front" and token.text[0].isupper() and token.i > token.sent.start


@kept_per_doc("khabar.triggers.referents")
def referents(token: Token) -> tuple[Token, ...]:
    """The nouns a subject may stand for: itself; for a relative pronoun, the noun its clause modifies and,
    when that noun ends "X of Y" ("supporters of militias who ..."), X too; for "dozens of rockets", the
    rockets, also through a measure of a measure ("tens of thousands of refugees").

    Kept per doc (a tuple, as callers only read it): a word's lexicon entries ask for the referents of the same
    children constraint after constraint (two asks in three repeat one). Only for the final parse: nothing asks
    before the triggers component's repairs (see ``syntax.children_of``)."""
    out = [token]
    if token.lower_ in ("who", "which", "that", "whom") and token.head.dep_ == "relcl":
        noun = token.head.head
        out.append(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            out.append(noun.head.head)
    for noun in out:  # grows as measured nouns are found: "tens of thousands of refugees"
        if noun.lemma_.lower() in QUANTITY_NOUNS or noun.lower_ in QUANTITY_NOUNS or noun.pos_ == "NUM":
            out.extend(o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                       for o in children_of(p) if o.dep_ == "pobj")
    return tuple(out)


def refers_to(token: Token, nouns: frozenset[str]) -> bool:
    return any(t.lemma_.lower() in nouns for t in referents(token))


# Words that make a system or a battery one of arms: "air defence systems", "Patriot missile batteries".
_ARMS_MODIFIERS = frozenset({"defence", "defense", "missile", "rocket", "weapon", "weapons", "radar", "artillery",
                             "anti-aircraft", "antiaircraft", "anti-missile", "patriot", "interceptor"})


def is_arms(token: Token) -> bool:
    """Arms as a thing sent or given: a weapon noun, or a system or battery a word of arms names."""
    lemma = token.lemma_.lower()
    if lemma in ARMS_NOUNS:
        return True
    return lemma in ARMS_SYSTEMS and any(
        m.lemma_.lower() in _ARMS_MODIFIERS or m.lower_ in _ARMS_MODIFIERS
        for m in token.subtree if m.i < token.i and m.dep_ in ("compound", "amod", "nmod"))


# Modifiers that make a word of the abstract list a thing armed parties strike: "Ukraine's energy system", "a police
# roadblock", "the separation wall" (words of arms do so too: "the air defence system").
_CONCRETE_MODIFIERS = frozenset({"energy", "power", "electricity", "electrical", "water", "irrigation", "sewage",
                                 "heating", "rail", "railway", "transport", "police", "army", "military", "security",
                                 "border", "concrete", "separation", "barrier", "prison"})


def abstract_thing(token: Token) -> bool:
    """An idea, a text or a figure ("attacked the plan", "hit a record high"), read through a measure ("killed scores
    of villagers" kills villagers), and not a system or a barrier that words of arms, power or force make a thing
    ("struck the air defence system", "attacked a police roadblock")."""
    noun = referents(token)[-1]
    if noun.lemma_.lower() not in ABSTRACT_NOUNS or is_arms(noun):
        return False
    return not any(m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in _CONCRETE_MODIFIERS
                   for m in children_of(noun))


def is_official(token: Token) -> bool:
    """A party one receives or recognises: a name, a personal pronoun, or an office ("the minister")."""
    if token.ent_type_ in AGENT_ENTS or token.lemma_.lower() in OFFICIAL_NOUNS or _acronym(token):
        return True
    if _named_front(token):
        return True
    return token.pos_ == "PRON" and token.lower_ in ("him", "her", "them", "he", "she", "they")


# "said Syria was responsible for the attack", "the rebels were behind the bombing": a clause that lays blame.
_BLAME_WORDS = frozenset({"responsible", "guilty", "culpable", "accountable", "complicit"})


# A danger to someone: calling a party's act "a threat to" another judges it.
_MENACES = frozenset({"threat", "danger", "menace"})


def condemning(word: Token) -> bool:
    """"a travesty of justice", "a blatant violation": a noun that judges; "the raid was unacceptable": a clause
    whose predicate does."""
    if _judging(word):
        return True
    if word.lemma_.lower() in _AMOUNTING:  # "the killings may amount to war crimes", "constitute genocide"
        return any(_judging(o) for c in children_of(word) if c.dep_ in ("dobj", "prep")
                   for o in ([c] if c.dep_ == "dobj" else [g for g in children_of(c) if g.dep_ == "pobj"]))
    if any(c.dep_ == "expl" for c in children_of(word)):
        return False  # "said there was an escalation in the fighting" tells what happened, judging no one
    if any(c.dep_ == "neg" for c in children_of(word)):
        return False  # "said the shooting was not politically motivated" clears, judging no one
    if any(c.dep_ == "nsubj" and _names_a_kind(c) for c in children_of(word)):
        return False  # "said terrorism is the greatest threat": a view of a kind of act, no party's act judged
    return word.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") and _judging(c) for c in children_of(word))


_AMOUNTING = frozenset({"amount", "constitute"})


def _names_a_kind(subject: Token) -> bool:
    """"terrorism", "religious extremism", "drug trafficking": a singular common noun with no determiner,
    possessive or "of" phrase, and no party's name or nationality among its modifiers, names a kind of thing, not
    one party's act ("the shelling of the market", "Russia's invasion", "Russian aggression" name one)."""
    return subject.tag_ == "NN" and all(_kind_modifier(c) for c in children_of(subject))


def _kind_modifier(word: Token) -> bool:
    """"religious" extremism, "drug" trafficking: a word that narrows a kind, naming no party."""
    return (word.dep_ in ("amod", "compound") and word.pos_ in ("ADJ", "NOUN") and not word.ent_type_
            and not any(True for _ in children_of(word)))


# Nouns whose "of" phrase says what kind of thing an act is: "an act of piracy", "a form of collective punishment".
_KINDS = frozenset({"act", "form", "case", "example", "kind"})
# Kinds of act that judge it only as such a kind: "an act of terrorism", "an act of war" (not "the war on terrorism").
_JUDGED_KINDS = frozenset({"terrorism", "terror", "war", "vandalism", "sabotage", "barbarism", "banditry"})


def _judging(word: Token) -> bool:
    """"a sham", "unacceptable", "a terrorist organisation": the word judges, or a modifier makes its name a slur."""
    if word.lemma_.lower() in CONDEMNING_WORDS or word.lower_ in CONDEMNING_WORDS:
        return True
    if word.lemma_.lower() in _MENACES and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(word)):
        return True  # "said NATO's expansion was a direct threat to Russia's security"
    if word.lower_ == "motivated" and any(c.dep_ == "advmod" and c.lower_ == "politically" for c in children_of(word)):
        return True  # "called the arrests politically motivated"
    if word.lemma_.lower() in _KINDS and any(o.dep_ == "pobj" and (_judging(o) or o.lemma_.lower() in _JUDGED_KINDS)
                                             for p in children_of(word)
                                             if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)):
        return True  # "called the seizure an act of piracy", "a clear case of aggression"
    return word.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in PEJORATIVE_MODIFIERS
                                       for c in children_of(word))


def wrongdoing(clause: Token) -> bool:
    """"said Washington was interfering in its affairs", "said its forces had committed war crimes": a reported
    clause telling that another party does wrong."""
    if clause.dep_ != "ccomp" or not ((_wrong_verb(clause) and _done_by_a_party(clause))
                                      or _wrong_done(clause) or _duty_failed(clause)):
        return False
    return not any(c.dep_ == "neg" for c in children_of(clause)) and not claimed_as_own(clause)


def _wrong_verb(clause: Token) -> bool:
    """"was meddling", or a wrong tried or planned: "was trying to destabilise the country", "planned to rig the
    vote"."""
    if clause.lemma_.lower() in WRONGDOING_VERBS:
        return True
    return clause.lemma_.lower() in _ATTEMPTS and any(
        x.dep_ == "xcomp" and x.lemma_.lower() in WRONGDOING_VERBS for x in children_of(clause))


_ATTEMPTS = frozenset({"try", "attempt", "seek", "plan", "scheme", "aim", "want", "intend", "prepare"})


def _done_by_a_party(clause: Token) -> bool:
    """"said Washington was meddling", "said the mass arrests violated international law": a wrong a party or a party's
    act does; "said the assassination would destabilise the region" foresees what an event will bring, blaming no one."""
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass" or subject.pos_ in ("PROPN", "PRON") or names_a_party(subject):
        return True
    return not any(c.dep_ == "aux" and c.lower_ in _FORESEEING for c in children_of(clause))


_FORESEEING = frozenset({"will", "would", "'ll", "could", "may", "might"})


# Verbs that tell a wrong by what they do to their object: "committed war crimes" (not "committed troops"), "broke
# its promises" (not "broke the record"), "abused his power", "ignored its concerns".
_WRONGED_OBJECTS = {
    "commit": frozenset({"crime", "atrocity", "abuse", "violation", "genocide", "massacre", "murder", "fraud",
                         "offence", "offense", "act", "excess", "outrage", "breach", "felony", "terrorism"}),
    "break": frozenset({"promise", "pledge", "commitment", "word", "law", "rule", "agreement", "deal", "truce",
                        "ceasefire", "treaty", "accord", "vow", "oath"}),
    "abuse": frozenset({"power", "authority", "office", "position", "trust", "right", "privilege"}),
    "ignore": frozenset({"concern", "warning", "call", "demand", "appeal", "resolution", "law", "ruling", "right",
                         "plea", "request", "obligation"}),
}


# Duties a party is blamed for failing: "said Islamabad had failed to curb militants", "failed to protect civilians"
# (not "failed to capture the town", a setback told, nor "the talks failed to produce a deal", no party's duty).
_DUTIES = frozenset({"curb", "stop", "prevent", "protect", "act", "honour", "honor", "comply", "implement", "respect",
                     "fulfil", "fulfill", "keep", "control", "rein", "halt", "tackle", "punish", "prosecute", "disarm"})


def _duty_failed(clause: Token) -> bool:
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    return clause.lemma_.lower() == "fail" and subject is not None and names_a_party(subject) and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _DUTIES for c in children_of(clause))


def _wrong_done(clause: Token) -> bool:
    """"said Iran had broken its promises", "said its forces had committed war crimes"."""
    wrongs = _WRONGED_OBJECTS.get(clause.lemma_.lower())
    return wrongs is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in wrongs for c in children_of(clause))


def foreign(noun: Token) -> bool:
    """"Russian-made software", "Chinese airlines", "U.S. firms": a thing a nationality or a country before it marks as
    another state's."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        t.ent_type_ in ("NORP", "GPE") for left in noun.lefts if left.dep_ not in ("det", "poss") for t in left.subtree)


# Lists of parties under sanctions: "its sanctions list", "a terror blacklist", "the entity list".
_BLACKLISTS = frozenset({"blacklist", "watchlist"})
_LIST_KINDS = frozenset({"sanction", "sanctions", "terror", "terrorist", "entity", "black", "watch", "terrorism",
                         "extremist", "blacklist", "banned", "proscribed", "no-fly", "denied", "sanctioned"})


def blacklist(noun: Token) -> bool:
    """"added five firms to its sanctions list", "put on a terror blacklist", "added the group to its list of terrorist
    organisations": a list that sanctions whom it names."""
    if noun.lemma_.lower() in _BLACKLISTS:
        return True
    if noun.lemma_.lower() != "list":
        return False
    listed = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
              for o in children_of(p) if o.dep_ == "pobj"]
    return any(_of_list_kind(w) for w in [noun, *listed]) or any(o.lemma_.lower() in _LIST_KINDS for o in listed)


def _of_list_kind(word: Token) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _LIST_KINDS for c in children_of(word))


# Participles that tell a thing was taken from its owner: "the seized drone", "land confiscated in 1967".
_SEIZED = frozenset({"seize", "capture", "confiscate", "impound", "steal", "loot", "expropriate", "nationalize",
                     "nationalise", "annex", "occupy", "commandeer", "grab"})


def seized(noun: Token) -> bool:
    """"the seized drone", "the captured tanks", "the land confiscated from farmers": a thing taken from its owner,
    which handing over or returning gives back."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "acl", "compound") and c.tag_ == "VBN" and c.lemma_.lower() in _SEIZED
        for c in children_of(noun))


# "said Washington bore full responsibility for the escalation": bearing the blame, as being responsible does
_BEARING = frozenset({"bear", "carry", "shoulder"})


def assigns_blame(clause: Token) -> bool:
    if clause.lemma_.lower() in _BEARING:  # not "said it bore responsibility": an admission, no blame laid
        return not claimed_as_own(clause) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "blame") for c in children_of(clause))
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in children_of(clause)):
        return False  # "said Israel was not responsible": a blame lifted, not laid
    if clause.dep_ == "ccomp" and claimed_as_own(clause):
        return False  # "the group said it was responsible": claiming one's own act, no blame laid on another
    return any((c.dep_ == "acomp" and c.lemma_.lower() in _BLAME_WORDS) or (c.dep_ == "prep" and c.lower_ == "behind")
               or _in_breach(c) for c in children_of(clause))


# "said Iran was in breach of the deal", "in violation of international law", "in defiance of the ruling"
_BREACHES = frozenset({"breach", "violation", "contravention", "defiance"})


def _in_breach(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _BREACHES for o in children_of(prep))


def mandated(verb: Token) -> bool:
    """"insisted that Ukraine withdraw", "demanded that he resign": a base-form verb with its own subject and
    no auxiliary is a mandative subjunctive, an act asked for, not one reported."""
    children = list(children_of(verb))
    # "insisted that Iran halt enrichment": the tagger may read the bare verb as a noun with an object
    misread = verb.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in children)
    # "insisted that Belgrade and Pristina resume talks": after a past tense, a plural subject's present form is
    # the base form (a report would say "resumed")
    base = verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.head.tag_ == "VBD")
    if verb.dep_ != "ccomp" or not (base or misread or _passive_base(verb, children)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and not any(c.dep_ == "aux" for c in children)


def _passive_base(verb: Token, children: list[Token]) -> bool:
    """"insisted that the vote be postponed": a participle whose passive auxiliary is the bare "be"; a report has
    "was postponed"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in children)


# Currencies written out, which the small model often leaves outside a MONEY entity ("20 million euros").
_CURRENCIES = frozenset({"euro", "dollar", "pound", "yen", "yuan", "renminbi", "rupee", "ruble", "rouble", "franc",
                         "dinar", "riyal", "rial", "lira", "shekel", "won", "peso", "rand", "naira", "shilling",
                         "dirham", "krona", "krone", "zloty", "hryvnia", "taka", "baht", "ringgit", "rupiah",
                         # the currencies of 1990s wire copy, before the euro: "50 million ecus in aid" (which the
                         # tagger reads as a singular noun "ecus")
                         "ecu", "ecus", "mark", "deutschmark", "guilder", "drachma", "peseta", "escudo", "schilling",
                         "forint", "koruna", "kuna", "tenge", "lari", "manat", "kyat", "birr", "cedi", "kwacha"})


def is_money(token: Token) -> bool:
    return token.ent_type_ == "MONEY" or (token.lemma_.lower() in _CURRENCIES and any(
        c.dep_ in ("nummod", "compound") and c.pos_ == "NUM" for c in children_of(token)))


_OWN_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she", "its", "their", "our", "my", "his", "her"})


def claimed_as_own(act: Token) -> bool:
    """"The group claimed that it had attacked the convoy", "claimed its fighters shot down a drone", "the rebels
    claimed 20 soldiers were killed": a claim of one's own act (its doer a pronoun, the claimant named again, or
    left unsaid) asserts it, as claiming responsibility does."""
    claimant = next((c for c in children_of(act.head) if c.dep_ == "nsubj"), None)
    doers = [c for c in children_of(act) if c.dep_ == "nsubj"]
    doers += [o for c in children_of(act) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
    named = {claimant.lemma_.lower()} if claimant is not None else set()
    return not doers or any(d.lower_ in _OWN_PRONOUNS or d.lemma_.lower() in named or any(
        (c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS) or (c.dep_ == "compound" and c.lemma_.lower() in named)
        for c in children_of(d)) for d in doers)


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# Possessed nouns that still name another party: "defend its allies" supports them.
_OTHER_PARTIES = frozenset({"ally", "partner", "friend", "neighbour", "neighbor", "proxy", "client"})
# Verbs of keeping from harm: what is one's own is kept, not supported.
_GUARDING = frozenset({"defend", "protect", "safeguard", "guard", "shield", "secure"})


def own_thing(noun: Token) -> bool:
    """"itself", "its sovereignty", "their own territory": the subject's self or its own, not another party."""
    if noun.lower_ in _REFLEXIVES:
        return True
    owned = any((c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES) or (c.dep_ == "amod" and c.lower_ == "own")
                for c in children_of(noun))
    named = noun.ent_type_ in AGENT_ENTS or any(c.dep_ == "appos" for c in children_of(noun))
    return owned and noun.lemma_.lower() not in _OTHER_PARTIES and not named


def self_defence(verb: Token) -> bool:
    """"would defend itself", "vowed to protect its borders": keeping one's own from harm, no act towards another."""
    return verb.lemma_.lower() in _GUARDING and any(c.dep_ == "dobj" and own_thing(c) for c in children_of(verb))


# A funeral and its rites: a crowd gathered for one mourns (PLOVER codes no protest against the dead).
_MOURNING = frozenset({"funeral", "burial", "coffin", "casket", "mourning", "memorial", "commemoration", "cortege",
                       "cortège", "remembrance", "obsequies", "wake", "interment"})


def mourning(noun: Token) -> bool:
    """"the funeral", "the funeral procession", "a memorial service": the rites of mourning the dead."""
    return noun.lemma_.lower() in _MOURNING or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MOURNING for c in children_of(noun))


def receives_with(obj: Token) -> bool:
    """"provided Iraqi forces with intelligence", "supplied the army with fuel": the object of a verb of giving
    that has a "with" phrase is whom the thing goes to, not what is sent."""
    verb = obj.head
    return obj.dep_ == "dobj" and verb.lemma_.lower() in TRANSFER_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children_of(verb))


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def names_a_place(token: Token) -> bool:
    """A named place: one the model tags so, or a name it tags a person or an organisation ("Jihadists captured
    Djibo", "the army retook Sinjar": the small model has never seen most towns) that the place finder knows from the
    gazetteer, unless the name runs on past the place's name ("Colonel Djibo", "Abdoulaye Djibo" name a person)."""
    if token.ent_type_ in _PLACE_ENTS:
        return True
    if token.pos_ != "PROPN":
        return False
    mention = _place_words(token.doc).get(token.i)
    return mention is not None and _whole_name(token, mention)


_PLACE_WORDS_KEY = "khabar.triggers.place_words"  # doc.user_data key: token index -> the place mention holding it


def _place_words(doc) -> dict:
    """The words of the doc's place mentions that name a place (not a people, "the U.S. said", nor a qualifier),
    read once per doc: each ``doc._`` read costs some µs, and the class is asked of many names."""
    found = doc.user_data.get(_PLACE_WORDS_KEY)
    if found is None:
        found = doc.user_data[_PLACE_WORDS_KEY] = {
            i: m for m in doc._.places or () if not (m.actor or m.qualifier) for i in range(m.start, m.end)}
    return found


def _whole_name(token: Token, mention) -> bool:
    """Whether the place mention holds the whole name: no name word hangs on the token from outside it, and the
    model's entity around the token (the token alone where it has none) lies within the mention."""
    if any(c.dep_ in ("compound", "flat") and not mention.start <= c.i < mention.end for c in children_of(token)):
        return False
    start, end = entity_around(token)
    return mention.start <= start and end <= mention.end
