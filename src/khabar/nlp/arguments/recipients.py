"""Recipients: whom a verb's event is done to, by evidence — its party objects and prepositional objects,
parties inside its object, the subjects of its clauses, its infinitives and purpose clauses, its nested phrases.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ..datelines import in_dateline
from ..lexicon import ARMS_NOUNS, load_lexicon
from ..syntax import children_of, one_among_them
from ..text import span_text
from ..triggers import match_entry
from ..triggers.word_classes import receives_with
from .doers import INSTRUMENTS, is_munition
from .parties import (COUNTERPARTS, FORCE_USED_ON, PARTY_ENTS, collective_body, counted_people, is_party,
                      named_before, named_place, nominal_agent, venue_named)
from .phrases import (RELATIVE_PRONOUNS, agent_past_object, antecedent, by_agent, is_event_noun, mention_span,
                      prep_objects, visiting_guest)
from .addressees import addressee, told_to, visit_host, written_to
from .holders import taken_from_its_holder
from .judged import act_judged, doer_of_act_judged
from .other_side import other_side_before
from .places import (SEATS, host_state, is_destination, is_name_part, is_place_phrase, name_behind, place_state,
                     places_affected, public_space, stands_for_its_people)
from .sides import meets_among_themselves
from .subjects import REPORTING_VERBS, clause_subject, non_finite
from .unnamed import ADDRESSED_TO_AUTHORITIES, STATE_ACTS
from .transfers import ASKING_HOLDERS, FORCES, grantee, holder, is_sent, sent_to


# Prepositions that introduce the recipient, by category ("raid against X", "talks with X", "aid to X").
RECIPIENT_PREPS = {
    "ASSAULT": ("against", "on", "at", "upon", "into", "targeting", "of"),
    "COERCE": ("against", "on", "of", "into", "from"),
    "THREATEN": ("against", "on", "with", "to"),
    "SANCTION": ("on", "against", "with", "of", "to", "from"),
    "ACCUSE": ("against", "of", "over", "about", "by", "at"),
    "PROTEST": ("against", "outside", "over"),
    "MOBILIZE": ("against", "around", "near", "along"),
    "CONSULT": ("with", "between", "from"),
    "AGREE": ("with", "between", "to", "for"),  # "pledged support for the government"
    "COOPERATE": ("with", "to"),  # "passed the files to French police", "resumed grain exports to Afghanistan"
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to", "behind", "with"),
    "REQUEST": ("from", "of", "to", "on", "upon"),
    "REJECT": ("from", "by", "to"),
    "CONCEDE": ("to", "from"),
    "RETREAT": ("from", "to", "of"),
}


def verb_objects(verb: Token) -> list[Token]:
    out = (_object_taken_by_reporting_verb(verb) + _object_taken_by_participle(verb) + _relative_gap(verb)
           + _helped(verb) + _guest(verb) + _named_as(verb) + _past_fronted_judgement(verb))
    for c in children_of(verb):
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "granted asylum to X", parsed as a dative "to"
            out.extend(g for g in children_of(c) if g.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative") and one_among_them(c):
            continue  # "killing 21 cadets, among them a student from Panama": one of the cadets, no party of its own
        elif c.dep_ in ("dobj", "dative") and (receives_with(c) or c.lemma_.lower() not in INSTRUMENTS and (
                antecedent(c).lemma_.lower() not in INSTRUMENTS)):  # "fired dozens of drones at ..."
            out.append(antecedent(c))  # "arrested dozens of supporters": whom the quantifier counts
        elif c.dep_ == "prt" and c.lower_ == "up":  # "kidnapped up to 16 advisers", parsed as "up" + "to"
            out.extend(prep_objects(c, ("to",)))
    return out


def _past_fronted_judgement(verb: Token) -> list[Token]:
    """"rejected as baseless the allegations made by India": the parser hangs the object put after a fronted "as"
    judgement on the judgement's adjective."""
    return [o for c in children_of(verb) if c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > verb.i
            and any(a.lower_ == "as" and a.i < c.i for a in children_of(c)) for o in children_of(c) if o.dep_ == "dobj"]


# Verbs whose object does the act of a bare infinitive after it: "help the Philippines fight piracy".
_ENABLING = frozenset({"help", "assist", "enable", "let", "allow", "permit"})


def _helped(verb: Token) -> list[Token]:
    """"help the Philippines fight piracy", "would allow U.N. inspectors to return": the parser makes the helped
    party the subject of the infinitive (a clause of its own), but it is whom the help goes to."""
    if verb.lemma_.lower() not in _ENABLING:
        return []
    return [s for c in children_of(verb) if c.dep_ == "ccomp" and (c.tag_ == "VB" or c.lower_ in _LET_BACK)
            and c.i > verb.i for s in children_of(c) if s.dep_ == "nsubj" and s.i > verb.i]


# Adverbs of letting someone in or back ("allowed the inspectors back", "let the monitors in"): the parser makes the
# party let in the subject of the adverb, as of an infinitive.
_LET_BACK = frozenset({"back", "in", "inside", "through", "out"})


def _guest(verb: Token) -> list[Token]:
    """"Putin met visiting Iranian President Hassan Rouhani": the parser hangs "visiting" on the verb as a clause
    of its own, whose object is the verb's."""
    if any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return []
    return [g for c in children_of(verb) if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
            for g in [visiting_guest(c)] if g is not None]


def _relative_gap(verb: Token) -> list[Token]:
    """"the soldiers the militia freed": a relative clause with a subject of its own and no object has the
    noun it modifies as its object."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children_of(verb)):
        return []
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return []
    # "the town where rebels attacked": the noun is no object (nor where the parser hangs "where" on a verb joined
    # to this one: "Najaf, where demonstrators had stormed and set fire to ...")
    if any(t.dep_ == "advmod" and t.lower_ in ("where", "when", "why") for t in verb.doc[verb.head.i + 1:verb.i]):
        return []
    return [verb.head] if verb.head.pos_ in ("NOUN", "PROPN") else []


def _object_taken_by_reporting_verb(verb: Token) -> list[Token]:
    """"A strike killed Gen. X and Y, officials said": the parser often makes the object the subject of
    "said". A noun phrase that starts right after the verb and is the reporting verb's subject is its object."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return []
    subject = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
    return [subject] if subject is not None and subject.left_edge.i == verb.i + 1 else []


# Verbs of naming, by which a free relative object says what its thing is: "struck what the army described as ...".
_NAMING = frozenset({"call", "describe", "term", "label", "dub", "brand", "characterize", "characterise"})


def _named_as(verb: Token) -> list[Token]:
    """"struck what the army described as a Hamas weapons factory", "condemned what it called an Ethiopian
    attempt": the object is the thing the free relative names."""
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.lemma_.lower() in _NAMING and c.i > verb.i
               and any(w.dep_ == "dobj" and w.lower_ == "what" for w in children_of(c))]
    return [n for c in clauses for n in [*(o for o in children_of(c) if o.dep_ == "oprd"), *prep_objects(c, ("as",))]]


def _object_taken_by_participle(verb: Token) -> list[Token]:
    """"Settlers attacked Palestinian farmers harvesting olives": the parser may make the object the subject of the
    participle that describes it. A noun phrase that starts right after the verb and is the subject of a participle
    clause the verb governs is its object."""
    if any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return []
    return [s for c in children_of(verb) if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG" and c.i > verb.i
            for s in children_of(c) if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1]


# Verbs of a crowd coming together, whose "outside" phrase is where it stood, not whom it addressed.
_GATHERING = frozenset({"gather", "assemble", "congregate", "converge", "mass", "throng", "crowd", "huddle"})
_WHERE_CROWDS_STAND = frozenset({"outside", "near", "around", "at"})


def _aimed_preps(verb: Token, category: str, preps: tuple[str, ...]) -> tuple[str, ...]:
    """"Relatives of the victims gathered outside the hospital": the place of a gathering is no recipient (but
    "protested outside the U.S. embassy", "gathered outside the Chinese embassy to denounce ..." are aimed at the
    embassy's state, before whatever the purpose clause names)."""
    if category in ADDRESSED_TO_AUTHORITIES and verb.lemma_.lower() in _GATHERING:
        seats = {c.lower_ for c in children_of(verb) if c.dep_ == "prep" and _at_a_seat(c)}
        return tuple(p for p in preps if p not in _WHERE_CROWDS_STAND or p in seats)
    return preps


def _where_a_crowd_stood(phrase: Token, verb: Token, category: str) -> bool:
    """The "outside the hospital" phrase of a gathering verb: where the crowd stood (but "gathered outside the Saudi
    embassy" is aimed at the state the embassy houses)."""
    return phrase.dep_ == "prep" and not _aimed_preps(verb, category, (phrase.lower_,)) and not _at_a_seat(phrase)


def _at_a_seat(phrase: Token) -> bool:
    """"outside the Saudi embassy", "in front of parliament": a phrase whose object is the seat of a party."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in SEATS for o in children_of(phrase))


def verb_recipients(verb: Token, category: str, preps: tuple[str, ...]) -> list[Token]:
    """Who the event is done to, by evidence: a party as object or prepositional object ("gave Tanzania a
    grant", "granted asylum to X"), a party inside the object ("denounced Serbia's suppression of ...",
    "demanded the withdrawal of Serbian forces"), the subject of a demanded clause ("demanded that the US
    ..."), the parties of the infinitive ("agreed to provide aid for Romania"); else the plain object."""
    preps = _aimed_preps(verb, category, preps)
    told = verb_objects(verb)
    doer = doer_of_act_judged(verb, told)
    if doer is not None:  # "ADF gunmen killed 14 villagers. The government condemned it": the gunmen
        return [doer]
    every = [o for o in told if not moved_force(o, category)  # "deployed troops along the border"
             and o.lower_ not in _REFLEXIVES  # "blew himself up"
             and not is_munition(o)  # "rockets were fired at the base": what was fired, not at whom
             and not in_dateline(o)  # "GENEVA (Reuters) - Japan protested to China": the parser's object
             and not act_judged(o, verb)]  # "Niger condemned it": the act, not the last party named
    every = [grantee(o) or o for o in every]  # "granted U.N. agencies access to Darfur": the agencies, not Darfur
    if category in ADDRESSED_TO_AUTHORITIES:  # "thronged the streets of Colombo": where, not whom
        every = [o for o in every if not public_space(o)]
    objects = [o for o in every if not _own(o, verb)  # "recalled its ambassador from Canada"
               and not is_sent(o, verb)  # "send delegates to Jeddah": the delegates go, to Jeddah
               and not _audience(o, verb)]  # "told reporters that Israel must stop": Israel, not the press
    found = [t for t in objects if is_party(t) or counted_people(t)]  # "killed five in Karachi": five people
    found = found or _removed(verb, objects)  # "deported 40 Uighurs to China": the Uighurs, not China
    found += _sent_home_to(verb, found)  # "deported 120 migrants to Haiti": Haiti stands for their nation
    # "lodged a complaint against Turkey at the UN": whom the act its object names is against, not where it is lodged
    aimed = [] if found else _aimed_by_object(objects, preps)
    found += aimed
    found += [name_behind(t) for t in prep_objects(verb, preps + _spoken_to(verb, category) + _fought_with(verb))
              if is_party(t) and not (found and is_destination(t)) and not _own_source(t, verb)
              and not (aimed and _lodged_with(t))]
    found = taken_from_its_holder(verb, found)  # "recaptured Kirkuk from Kurdish fighters": the fighters
    if not found and category in _APPEALS:  # "urged the international community to stop the war in Gaza"
        found = [t for t in objects + prep_objects(verb, preps) if collective_body(t)]
    found = found or [t for o in every if is_sent(o, verb) for t in sent_to(o)]  # "sent 200 doctors to Italy"
    if category in ADDRESSED_TO_AUTHORITIES:
        found = found or [t for t in _against_past_place(verb, preps) if is_party(t)]
        found = found or [p for t in objects + prep_objects(verb, preps) for p in _made_by(t) or _made_in(t)]
    found = handed_to(verb) or found  # what is handed back is the thing given; to whom, the recipient
    found = written_to(verb, category) or found  # "wrote to the president to demand an inquiry": who is asked
    if category in BETWEEN_PARTIES and not any(_named(t) for t in found):
        found = _other_side(verb) or found  # "discussed the Ukraine crisis with Putin": not the topic
    if category in BETWEEN_PARTIES and verb.lemma_.lower() in _TOPIC_VERBS:
        found = _past_topic_object(verb, found)  # "discussed Syria with Putin": Putin, not Syria
    if category in BETWEEN_PARTIES and all(t.ent_type_ in _PLACE_ENTS for t in found):
        found = _talks_for(verb) or found  # "visited Baghdad for talks with Iraqi leaders": the leaders
    if not found and category in _SPOKEN:  # "summoned India's envoy to protest the killing of civilians"
        found = _summoned(verb)
    if not found:  # "blamed the faction for attacks on the embassy": the faction, not a party inside its phrase
        found = [o for o in objects if named_before(o)] or [t for o in every for t in inner_parties(o, preps)]
    if not found and category in _CLAUSE_TARGETS:
        found = [t for t in map(_party_or_owner, _clause_subjects(verb)) if t is not None and is_party(t)
                 and not _same_as_subject(t, verb) and not (category in _OWN_ACTS and _same_side(t, verb))]
    if not found:  # "threatened to attack X"; "warned that it would strike X"
        found = [t for x in children_of(verb) if x.dep_ == "xcomp" or (x.dep_ == "ccomp" and category in _OWN_ACTS)
                 for t in verb_recipients(x, category, preps + INFINITIVE_PREPS) if is_party(t)]
    if not found and category in _CONDITIONAL_TARGETS:  # "threatened to resume attacks if Israel did not stop"
        found = [t for t in _condition_subjects(verb) if is_party(t) and not _same_as_subject(t, verb)]
    if not found and category in _PURPOSE_TARGETS:  # also "donated money to help X", said of the money
        clauses = [*children_of(verb), *(c for o in every for c in children_of(o) if c.dep_ in ("acl", "relcl"))]
        found = [t for x in clauses if x.dep_ in ("advcl", "xcomp", "acl", "relcl") and non_finite(x)
                 for t in verb_recipients(x, category, preps + INFINITIVE_PREPS) if is_party(t)]
    if not found:  # "In a letter to Annan, Iraq demanded ...", "in talks with his Saudi counterpart, pledged"
        found = addressee(verb) or told_to(verb) or visit_host(verb)
    if not found and category in FORCE_USED_ON:
        found = _struck_inside(verb, every, category)
    laid_down = category == "RETREAT" and _arms_laid_down(verb)  # "laid down their arms in Mindanao": where
    if not found and category in PLACE_TARGETS and category not in ADDRESSED_TO_AUTHORITIES and not (
            category in BETWEEN_PARTIES and meets_among_themselves(verb)):  # "met in Geneva": the venue
        # "protested in Nairobi" addresses Kenya's authorities instead; the place inside the topic of talks
        # ("discuss the war in Gaza") is what they are about, not where anyone went
        found = places_affected(verb, [] if category in BETWEEN_PARTIES else objects)
        found = [t for t in found if _left_or_reached(t, verb)] if laid_down else found
        if found and category in _MOBILIZING:  # "deployed troops to Ladakh after clashes with China": China
            found = _rival_of_home_move(verb, found) or found
    if not found and category not in BETWEEN_PARTIES:
        # not where a protest was ("marched through Dhaka"): whom it addresses is the authorities there
        arms = laid_down and bool(_direct_objects(verb))  # "handed over their weapons in Darfur": where
        judged = _judges_an_act(objects, category)  # "condemned the bombing in Tel Aviv": where it was, not whom
        found = nested_parties(verb, skip_places=category in ADDRESSED_TO_AUTHORITIES or arms or judged,
                               skip_object_places=arms or judged, category=category)
    if not found and not every:  # "cracked down on protesters, firing tear gas": the clause's own target
        found = _target_of_clause_above(verb, category)
    if not found and category in FORCE_USED_ON and every and not any(_names_its_party(o) for o in every):
        found = places_affected(verb, every)  # "hit a power plant in Kharkiv": the people of the place it stands in
    if category in ASKING_HOLDERS:  # "demanded the release of two Canadians detained in China": China
        found = [holder(t) or t for t in found]
    if not found and category in _COUNTERPART_ACTS and all(_names_no_one(o, verb) for o in every):
        # "Tensions rose with Ankara. Greece recalled its ambassador": the other side named before, not its own envoy;
        # "Ethiopia's dispute with Egypt escalated. Addis Ababa rejected the demands": whose demands they were
        every = [o for o in every if not (_own(o, verb) and is_party(o))]  # not "threatens its security": whose it is
        found = other_side_before(verb)
    # the doer's own as the last resort: "urged Serbia to withdraw its police" (from nowhere named)
    found = found or every or prep_objects(verb, preps)
    return [t for t in found if not _inside_arms(t, verb)] if laid_down else found  # not "their" in "their arms"


# Categories of acts done to another side, never to the doer's own: what the doer recalls or cuts of its own
# ("recalled its ambassador", "suspended its aid") is the means, and whom it is done to may be named before (not
# requests: "told its members to withdraw" is said to its own).
_COUNTERPART_ACTS = frozenset({"SANCTION", "ACCUSE", "THREATEN", "REJECT"})


def _names_no_one(thing: Token, verb: Token) -> bool:
    """The doer's own ("its ambassador") or a thing no party's words name, nor a "by" phrase ("rejected the demands",
    "vowed revenge"; not "condemned violations of its sovereignty by both sides"): an object that leaves whom the act
    is done to untold."""
    return _own(thing, verb) or not (is_party(thing) or prep_objects(thing, ("by",)))


# Judgements of another's act, whose place is no party to the judgement.
_JUDGING = frozenset({"ACCUSE", "REJECT"})


def _judges_an_act(objects: list[Token], category: str) -> bool:
    """"Washington condemned the suicide bombing in Tel Aviv": the condemned act's doer is the recipient, or none;
    the place the act happened in is not (but "condemned the arrests in Lahore": an act of state done there is the
    doing of the authorities the place stands for)."""
    return category in _JUDGING and any(o.pos_ == "NOUN" and is_event_noun(o) and not _act_of_state(o)
                                        for o in objects)


def _act_of_state(noun: Token) -> bool:
    # the plain sense, not one that needs a modifier ("cyber attack" is COERCE, "attack" ASSAULT)
    return any(e.event in STATE_ACTS for e in load_lexicon().entries(noun.lemma_.lower(), "NOUN") if not e.required)


# Verbs of removing people from a country, whose object is people whatever its name: "deported 40 Uighurs".
_REMOVING = frozenset({"deport", "expel", "evict", "exile", "banish", "repatriate"})


def _removed(verb: Token, objects: list[Token]) -> list[Token]:
    """Whom a state deports or expels: its object, a people the knowledge base may not know, never the place
    they are sent to."""
    if verb.lemma_.lower() not in _REMOVING:
        return []
    people = [o for o in objects if o.pos_ in ("NOUN", "PROPN") and o.dep_ == "dobj" and not is_event_noun(o)]
    # "expelled a team of IAEA inspectors": the party its "of" phrase names, not the team
    return [p for o in people for p in ([t for t in prep_objects(o, ("of",)) if is_party(t)] or [o])]


def _sent_home_to(verb: Token, removed: list[Token]) -> list[Token]:
    """"deported 120 migrants to Haiti", "expelled two diplomats to Algeria": the state people are sent back to is,
    with nothing else to tell, their own (a town is no state: "deported to Tijuana")."""
    if verb.lemma_.lower() not in _REMOVING or not removed or any(map(_of_a_nation, removed)):
        return []
    return [t for t in prep_objects(verb, ("to",)) if t.pos_ == "PROPN" and host_state(span_text(mention_span(t)))
            and t not in removed]


def _of_a_nation(people: Token) -> bool:
    """"40 Uighurs", "three French diplomats", "Venezuela's migrants": people whose own words name their nation."""
    return is_party(people) and people.pos_ == "PROPN" or any(
        t.ent_type_ in ("NORP", "GPE") or t.dep_ == "poss" for t in mention_span(people))


def _aimed_by_object(objects: list[Token], preps: tuple[str, ...]) -> list[Token]:
    """"lodged a complaint against Turkey", "issued a warning against Hamas": the party an event noun as the object
    is aimed at, by its own "against" phrase."""
    if "against" not in preps:
        return []
    return [t for o in objects if o.pos_ == "NOUN" and not is_party(o) for t in prep_objects(o, ("against",))
            if is_party(t)]


def _lodged_with(token: Token) -> bool:
    """"at the UN", "with the Security Council": the body a complaint is lodged with, once whom it is against is
    named."""
    return token.dep_ == "pobj" and token.head.lower_ in ("at", "with", "to")


# Categories of appeals, made to a collective body as often as to a party.
_APPEALS = frozenset({"REQUEST"})
def _own_source(noun: Token, verb: Token) -> bool:
    """"barred Lithuanian goods from its market": what the doer keeps something from is its own, no recipient (but
    "with his Jordanian counterpart" is the other side)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and _own(noun, verb)


def _arms_laid_down(verb: Token) -> bool:
    """A retreat a party makes with its arms or itself: "laid down their arms", "surrendered" (no object); not one
    that acts on others ("lifted the curfew in Srinagar", "freed prisoners in Aden")."""
    return all(o.lemma_.lower() in ARMS_NOUNS or o.lower_ in ARMS_NOUNS for o in _direct_objects(verb))


def _direct_objects(verb: Token) -> list[Token]:
    return [c for c in children_of(verb) if c.dep_ == "dobj"]


def _inside_arms(token: Token, verb: Token) -> bool:
    """A word of the arms laid down: "their" in "laid down their arms" is the doer, not a recipient."""
    return any(o.i == token.i or o.is_ancestor(token) for o in _direct_objects(verb))


def _left_or_reached(place: Token, verb: Token) -> bool:
    """A place a retreat leaves or hands over to ("withdrew from Kherson", "withdrew from villages in Helmand",
    "returned to Kabul"), not one it happens in ("disarmed in Aceh")."""
    return any(a.dep_ == "prep" and a.lower_ in ("from", "to", "into", "out") for a in place.ancestors
               if a.i != verb.i and verb.is_ancestor(a))


def _against_past_place(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """"rallied in Lahore against India": the parser may hang the "against" phrase on the place before it, which a
    place never takes; it is the verb's."""
    if "against" not in preps:
        return []
    return [t for c in children_of(verb) if is_place_phrase(c) for o in children_of(c) if o.dep_ == "pobj"
            for t in prep_objects(o, ("against",))]


# Participles of making and publishing a thing: "cartoons published in Denmark", "a film made in the United States".
_MAKING = frozenset({"publish", "print", "make", "produce", "air", "broadcast", "draw", "film", "release", "pass",
                     "adopt", "enact", "issue"})


def _made_by(thing: Token) -> list[Token]:
    """"protested against rules drawn up by the European Commission": a protest against a thing a party made or
    imposed is addressed to that party."""
    if is_party(thing):
        return []
    return [a for c in children_of(thing) if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in [by_agent(c)] if a is not None and is_party(a)]


def _made_in(thing: Token) -> list[Token]:
    """"Muslims in Jakarta protested against cartoons published in Denmark": a protest against a thing made or
    published in a state is addressed to that state, not to the protesters' own authorities."""
    if is_party(thing):
        return []
    return [p for c in children_of(thing) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING
            for p in prep_objects(c, ("in",)) if p.ent_type_ == "GPE"
            and host_state(span_text(mention_span(p))) is not None]


# Categories of what is said to someone, whom a purpose clause's host may name: "summoned the envoy to protest".
_SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})


def _summoned(verb: Token) -> list[Token]:
    """"Pakistan summoned India's deputy high commissioner to protest the killing of civilians": the party a verb
    calls in, meets or calls up to say what its purpose infinitive says is whom it is said to."""
    host = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VB" and non_finite(verb) and verb.i > host.i
            and host.lemma_.lower() in _SUMMONING):
        return []
    return [o for o in children_of(host) if o.dep_ == "dobj" and o.i < verb.i and is_party(o) and not _own(o, host)]


# Verbs of calling a party in or up: "summoned the ambassador to protest", "telephoned Putin to demand".
_SUMMONING = frozenset({"summon", "call", "meet", "receive", "telephone", "phone", "ring", "contact", "invite",
                        "visit", "convene"})


def _rival_of_home_move(verb: Token, places: list[Token]) -> list[Token]:
    """Forces moved within the mover's own country are aimed at the rival the sentence names, if any ("India
    deployed troops to Ladakh after clashes with China"), not at the mover's own place."""
    subject = clause_subject(verb)
    kb = default_kb()
    own = kb.resolve(span_text(mention_span(subject))) if subject is not None else None
    if own is None or own.country is None or any(place_state(p) != own.country for p in places):
        return []
    named = [t for t in verb.subtree if t.i > verb.i and t.pos_ == "PROPN" and t.dep_ in ("pobj", "dobj", "conj")
             and t not in places and not in_dateline(t)]
    return [t for t in named if (found := kb.resolve(span_text(mention_span(t)))) is not None
            and found.country not in (None, own.country)]


def _names_its_party(thing: Token) -> bool:
    """Whether a struck thing's own words name a party ("a British-flagged tanker", "Iran's embassy"): it stands
    for that party, not for the place it stands in."""
    return is_party(thing) or any(t.ent_type_ in PARTY_ENTS or t.dep_ == "poss" for t in mention_span(thing))


def _struck_inside(verb: Token, objects: list[Token], category: str) -> list[Token]:
    """Whom force was used on, named inside the verb's phrases but not in a place phrase: "shelled government
    positions near Aleppo" struck the government, not Aleppo; "struck a wedding in Yemen" struck the people at the
    wedding, and "opened fire in a crowded market" the people in it (the resolver gives them the place's country).
    A place is whom it struck only when nothing else is named: "struck targets in southern Lebanon"."""
    return (nested_parties(verb, skip_places=True, skip_object_places=True, category=category)
            or [o for o in objects + prep_objects(verb, _AMID) if stands_for_its_people(o)])


# Prepositions of where force struck people: "blew himself up at a funeral", "opened fire in a crowded market".
_AMID = ("at", "in", "inside", "on")


def _target_of_clause_above(verb: Token, category: str) -> list[Token]:
    """"Police cracked down on protesters in Mandalay, firing rubber bullets": a trailing participle of force with no
    target of its own tells how the clause above it acted, on whom that clause names."""
    head = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and category in FORCE_USED_ON
            and not any(c.dep_ in ("nsubj", "mark") for c in children_of(verb))):
        return []
    objects = [o for o in verb_objects(head) if is_party(o)]
    return objects or [t for t in prep_objects(head, RECIPIENT_PREPS.get(category, ())) if is_party(t)]


# Verbs of speaking whose "to" phrase is the other side of a conversation ("spoke to Putin by telephone"); a "to"
# phrase of other meeting verbs is where they went ("flew to Amman"), which places decide.
_SPEAKING = frozenset({"speak", "talk", "chat"})
# Nouns of a conversation whose "with" phrase names its other side ("in a phone call with X, Y discussed ...").
_CONVERSATIONS = frozenset({"call", "conversation", "meeting", "talk", "discussion", "videoconference", "exchange"})


def _spoken_to(verb: Token, category: str) -> tuple[str, ...]:
    if category not in BETWEEN_PARTIES:
        return ()
    if verb.lemma_.lower() in _SPEAKING:
        return ("to",)
    # "the envoy called on the president at his residence": a courtesy visit, paid to whom the "on" phrase names
    return ("on", "upon") if verb.lemma_.lower() == "call" else ()


# Verbs of fighting whose "with" phrase names the other side ("clashed with worshippers at the mosque compound"),
# whatever the event's own prepositions take.
_FOUGHT_WITH = frozenset({"clash", "skirmish", "fight", "battle", "trade", "exchange"})


def _fought_with(verb: Token) -> tuple[str, ...]:
    return ("with",) if verb.lemma_.lower() in _FOUGHT_WITH else ()


def _named(token: Token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in PARTY_ENTS


def _other_side(verb: Token) -> list[Token]:
    """The other side of talks where the parser hangs its "with" phrase on a noun of the verb: the topic
    ("discussed the Ukraine crisis with Putin"), the means ("spoke by telephone with Rouhani") or the
    conversation ("In a phone call with X, Y discussed ...")."""
    nouns = [c for c in children_of(verb) if c.dep_ == "dobj" and not _named(c)]
    nouns += [n for n in prep_objects(verb, ("in", "during", "by", "via", "over"))
              if n.lemma_.lower() in _CONVERSATIONS | _MEANS_OF_TALKING]
    return [t for n in nouns for t in prep_objects(n, ("with",)) if is_party(t)]


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Verbs of talks whose object is what is talked about, never the other side: "discussed Syria with Putin".
_TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "negotiate"})


def _past_topic_object(verb: Token, found: list[Token]) -> list[Token]:
    """A state named as the object of "discuss" is the topic: the other side is the "with" party, when one is named
    ("Erdogan discussed Syria with Putin"); with none, the object stays ("the two discussed Syria")."""
    topics = {c.i for c in children_of(verb) if c.dep_ == "dobj"}
    others = [t for t in found if t.i not in topics]
    return others if others and len(others) < len(found) else found


def _talks_for(verb: Token) -> list[Token]:
    """"arrived in Pyongyang for talks with Kim Jong Il", "arrived in Jerusalem to meet Palestinian leaders": whom
    the talks or the meeting a journey is for are held with is the other side, not the place gone to."""
    talks = [n for n in prep_objects(verb, ("for",)) if n.lemma_.lower() in _CONVERSATIONS]
    met = [o for c in children_of(verb) if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and non_finite(c)
           and c.lemma_.lower() in _MEETING for o in children_of(c) if o.dep_ == "dobj"]
    return [t for n in talks for t in prep_objects(n, ("with",)) if is_party(t)] + [t for t in met if is_party(t)]


# Verbs of meeting someone, whose purpose infinitive after a journey names the other side: "flew to Cairo to meet".
_MEETING = frozenset({"meet", "see", "visit", "consult", "brief", "receive"})


# Means of talking at a distance: "spoke by telephone with X", "talked via video link with X".
_MEANS_OF_TALKING = frozenset({"telephone", "phone", "video", "videolink", "link", "teleconference", "letter"})


# Verbs of handing people or things over: "extradited the suspect to Turkey" is done to Turkey.
_HANDING_OVER = frozenset({"extradite", "hand", "transfer", "surrender"})


def handed_to(verb: Token) -> list[Token]:
    """"handed the district back to Azerbaijan", "handed over the town to the army", "extradited the suspects to
    the United States": whom a thing or a person is given (back or over) to is the recipient, not a destination
    (the parser hangs "to" on the particle or on the verb)."""
    holders = [c for c in children_of(verb) if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "over")]
    holders += [verb] if holders or verb.lemma_.lower() in _HANDING_OVER else []
    datives = [g for h in holders for c in children_of(h) if c.dep_ == "dative" and c.lower_ == "to"
               for g in children_of(c) if g.dep_ == "pobj"]  # "handed over a gang leader to U.S. authorities"
    return [t for t in [*(t for h in holders for t in prep_objects(h, ("to",))), *datives] if is_party(t)]


# Listeners a speaker tells what it says: the press, a crowd, its own followers.
_AUDIENCES = frozenset({"reporter", "journalist", "correspondent", "newsman", "press", "audience", "crowd",
                        "supporter", "follower", "listener", "viewer"})


def _audience(noun: Token, verb: Token) -> bool:
    """"Arafat told reporters that Israel must stop ...": the listeners of a verb whose clause says what it
    asks or charges are no recipient (the clause's subject is)."""
    return noun.lemma_.lower() in _AUDIENCES and any(c.dep_ == "ccomp" and c.i > noun.i for c in children_of(verb))


# A doer's reflexive is no target: "blew himself up in Jerusalem".
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "oneself"})
# What a mobilisation moves is its means, not its target: "deployed troops along the Turkish border" is aimed at
# Turkey, "massed tanks near the Iraqi border" at Iraq.
_MOBILIZING = frozenset({"MOBILIZE"})



def moved_force(token: Token, category: str) -> bool:
    return category in _MOBILIZING and token.lemma_.lower() in FORCES and not receives_with(token)


# Categories whose place or nested name tells where both sides met, not whom: "talks in Muscat".
BETWEEN_PARTIES = frozenset({"CONSULT", "COOPERATE"})
# Links followed down from a verb to the parties its complements name (not into subjects or other clauses).
_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "pobj", "pcomp", "acl", "compound", "amod",
                              "poss", "conj", "appos", "nmod"})
# The verb's own links among them, and its adjective ("was critical of Israel's conduct"); no modifier of a verb's
# names whom it is done to.
_OWN_COMPLEMENT_DEPS = (_COMPLEMENT_DEPS | {"acomp"}) - {"compound", "amod"}


def _kind_of_event(word: Token, noun: Token) -> bool:
    """"artillery and drone strikes", "tank fire": a common noun before an event noun says its kind (its
    means), not whom it strikes; a name there is a party ("Hamas rocket attacks")."""
    return (word.dep_ in ("nmod", "compound") and word.i < noun.i and word.pos_ == "NOUN"
            and word.ent_type_ not in PARTY_ENTS and is_event_noun(noun))


# Verbs whose object is a means ("use force", "employ drones"), never whom the act is aimed at.
_USING = frozenset({"use", "employ", "wield"})


def nested_parties(verb: Token, *, depth: int = 8, skip_places: bool = False, skip_object_places: bool = False,
                   category: str = "") -> list[Token]:
    """The parties named deepest-last inside the verb's complements: "called for an end to the fighting in
    Yemen", "condemned the violence against Rohingya in Myanmar". The nearest level that names any wins.
    ``skip_places`` leaves out the verb's own place phrases ("in Nairobi", "through Dhaka"), and
    ``skip_object_places`` those of its objects too ("positions near Aleppo"); the forces a mobilisation moves are
    looked through, not taken ("massed troops on the Iraqi border": Iraq)."""
    # not a fronted setting ("In Moscow, the envoy urged ...")
    level = [c for c in children_of(verb) if c.dep_ in _OWN_COMPLEMENT_DEPS
             and c.i > verb.i and not (skip_places and is_place_phrase(c)) and not _act_of_its_own(c, category)
             and not _where_a_crowd_stood(c, verb, category)
             and not _description(c) and not _time_phrase(c) and not _attribution(c)]
    level += [a for c in children_of(verb) if _description(c) and c.i > verb.i for a in _described_doers(c)]
    # the forces a mobilisation moves, the means used ("would use force against the army") and the things fired
    # ("fired two drones at the base") are looked through for whom they are aimed at
    level = [g for c in level for g in ([c] if c.dep_ != "dobj" or not (moved_force(antecedent(c), category)
                                                                        or verb.lemma_.lower() in _USING
                                                                        or _fired(antecedent(c), verb)) else
                                        [x for x in children_of(c) if x.dep_ in ("prep", "acl") and x.lower_ != "of"]
                                        + _aimed_past_kind(c))]
    for _ in range(depth):
        found = [t for t in level if t.pos_ != "PRON" and t.is_alpha and not in_dateline(t) and is_party(t)
                 and not _own(t, verb)]
        if found:
            return found
        level = [c for t in level for c in children_of(t) if c.dep_ in _COMPLEMENT_DEPS and not is_name_part(c)
                 # "in the southern Nigerian state of Delta": a place within a state is its name, not its nationality
                 and not (named_place(t) and c.dep_ != "prep")
                 and not _time_phrase(c)  # "attacked the town on the anniversary of the president's death"
                 # nor the place phrase of a verb joined to it ("stormed and set fire to the consulate in Najaf")
                 and not (skip_places and (skip_object_places or t.pos_ in ("VERB", "AUX") or public_space(t))
                          and is_place_phrase(c))  # "blocked roads in Mombasa": where the roads are
                 # "military action" is no party's; "militant hideouts" are the militants'
                 and (c.dep_ != "amod" or c.ent_type_ in PARTY_ENTS or _irregulars_word(c, t))
                 and not _kind_of_event(c, t) and not venue_named(c, t) and not _counterparts_owner(c, t)]
    return []


def _counterparts_owner(word: Token, noun: Token) -> bool:
    """"Manila's neighbour", "allies of Russia": the owner of a party named by its tie to it is another party; a
    nationality word ("its Syrian neighbour") names the party itself."""
    if noun.lemma_.lower() not in COUNTERPARTS:
        return False
    return word.dep_ == "poss" or (word.dep_ == "prep" and word.lower_ in ("of", "to"))


# Nouns of a time, whose "of" phrase dates an act and names nobody it is done to: "on the anniversary of the
# president's death", "on the eve of the election".
_TIME_NOUNS = frozenset({"anniversary", "eve", "occasion", "day", "night", "morning", "evening", "afternoon", "dawn",
                         "weekend"})


def _time_phrase(prep: Token) -> bool:
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _TIME_NOUNS for o in children_of(prep))


# Sectors of irregular armed groups, whose adjective names the holder of a thing ("militant hideouts").
_IRREGULARS = frozenset({"REB", "INS", "SEP", "UAF"})


def _irregulars_word(word: Token, noun: Token) -> bool:
    """"pounded militant hideouts", "rebel-held positions": an adjective of an irregular armed group before a thing
    names whose it is (not before an event noun: "a terrorist attack" names its kind)."""
    return default_kb().sector_of(word.lemma_) in _IRREGULARS and not is_event_noun(noun)


def _aimed_past_kind(means: Token) -> list[Token]:
    """"used weapons of mass destruction against Kurdish villagers": the parser hangs the aim on the "of" phrase
    that says the means' kind."""
    return [x for p in children_of(means) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children_of(p) if o.dep_ == "pobj"
            for x in children_of(o) if x.dep_ == "prep" and x.lower_ in _AIMING_PREPS]


def _act_of_its_own(word: Token, category: str) -> bool:
    """"welcomed the ceasefire and urged Israel to ...": a verb joined by "and" with an object of its own, to a
    verb with one, is an act of its own, whose parties are not this one's (but "condemned and denounced Israel"
    share theirs, and "stormed a village and killed 25 residents" tells one attack by two verbs)."""
    return (word.dep_ == "conj" and word.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("dobj", "dative") for c in children_of(word.head))
            and (any(c.dep_ in ("dobj", "dative") for c in children_of(word)) and not _of_category(word, category)
                 # "condemned the violence and called on the state to investigate": a verb of another kind as used
                 or any(_addressed_by_prep(c) for c in children_of(word)) and _used_as_another(word, category)))


def _attribution(word: Token) -> bool:
    """"The blast tore through a crowd, an official told reporters": a reporting verb joined to the act says who
    told of it, and its listeners are no party to the act."""
    return word.dep_ in ("conj", "parataxis") and word.pos_ == "VERB" and word.lemma_.lower() in REPORTING_VERBS


def _of_category(verb: Token, category: str) -> bool:
    return any(e.event == category for e in load_lexicon().entries(verb.lemma_.lower(), "VERB"))


def _used_as_another(verb: Token, category: str) -> bool:
    entry = match_entry(verb, load_lexicon().entries(verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.event != category


def _description(word: Token) -> bool:
    """"called the strikes a violation of Iraqi sovereignty", "denounced the raids as an aggression against its
    forces": what the verb calls an act it takes as object is no party to it (whose the act is, is); so with a
    thing said ("rejected the statement as interference in Serbia's affairs": the judgement names no recipient);
    but "freed the prisoners as a gesture to Israel" names whom the gesture is for."""
    if word.dep_ == "oprd":
        return True
    return word.dep_ == "prep" and word.lower_ == "as" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and (is_event_noun(c) or not is_party(c)) for c in children_of(word.head))


def _described_doers(description: Token) -> list[Token]:
    """Who a description says did the act it calls its object ("condemned the raid as an act of Israeli
    aggression": Israel), not the party the act was done to ("a violation of Iraqi sovereignty")."""
    nouns = [description] if description.dep_ == "oprd" else [o for o in children_of(description) if o.dep_ == "pobj"]
    return [a for n in nouns for t in n.subtree if t.pos_ == "NOUN" and (is_event_noun(t) or t.lemma_.lower() in
                                                                         _WRONGDOINGS)
            for a in [nominal_agent(t)] if a is not None and a.pos_ != "PRON"]


# Nouns of a wrong a party does, by which a description names the doer: "an act of Israeli aggression".
_WRONGDOINGS = frozenset({"aggression", "provocation", "interference", "meddling", "terrorism", "occupation",
                          "piracy", "hostility", "escalation", "adventurism", "blackmail", "bullying", "hegemony",
                          "imperialism", "expansionism", "crime"})


def _addressed_by_prep(prep: Token) -> bool:
    """"called on the state to investigate", "appealed to the UN": a phrase naming whom a verb is aimed at."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "to", "for", "with", "against")


_AIMING_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})
_FIRED = frozenset({"drone", "salvo", "volley"})  # what else is fired is a munition


def _fired(obj: Token, verb: Token) -> bool:
    """A thing fired, aimed by the verb's own preposition ("launched drones against the base"), is not the target
    ("shot down two drones": the drones are; "shelled Russian troops on Monday": the troops are)."""
    if not (is_munition(obj) or obj.lemma_.lower() in _FIRED):
        return False
    # the aim hangs on the verb, or on the thing fired ("fired drones at U.S. forces")
    return any(c.dep_ == "prep" and c.lower_ in _AIMING_PREPS and not any(
        g.ent_type_ in ("DATE", "TIME") for g in children_of(c)) for c in (*children_of(verb), *children_of(obj)))


INFINITIVE_PREPS = ("to", "for", "against", "on", "with")
# Categories whose clause tells what the speaker itself will do, to whom: "warned that it would strike X".
_OWN_ACTS = frozenset({"THREATEN"})
# Categories whose events are imposed on, withdrawn from or paid to a place: curfews, evacuations, visits.
PLACE_TARGETS = frozenset({"COERCE", "RETREAT", "CONCEDE", "CONSULT", "MOBILIZE", "AID", "THREATEN", "SANCTION",
                           "PROTEST"})
# Categories whose purpose clause names the target: "blocked roads to demand reforms from the government".
_PURPOSE_TARGETS = frozenset({"PROTEST", "MOBILIZE", "THREATEN", "AID"})  # "donated $10m to help flood victims"


# Categories whose verb takes a clause about what its target must do or did ("demanded that X ...").
_CLAUSE_TARGETS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SANCTION", "COERCE"})


def inner_parties(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """Parties named inside an object that is itself no party: its possessor or nationality ("Serbia's
    suppression", "an Australian ultimatum"), its "of"/"from"/"by" object ("calls by Belarus's rulers"),
    the subject of its clause ("its demand that Israel ease ...")."""
    if noun.lemma_.lower() in COUNTERPARTS:  # "Moscow's allies": others than Moscow; "its Syrian neighbour": Syria
        return [c for c in children_of(noun) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                and is_party(c)]
    inner = [c for c in children_of(noun) if (c.dep_ == "poss" and c.pos_ != "PRON")
             or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))]
    # the doer before whom it was done to: "protested the detention of a Chinese businessman by Canadian authorities"
    inner += prep_objects(noun, ("by",))
    # "criticised the arrest of a French journalist by Algerian police": the parser hangs the doer on the journalist
    inner += [a for a in [agent_past_object(noun)] if a is not None and is_event_noun(noun)]
    inner += prep_objects(noun, tuple(p for p in ("of", "from", "on", "against", *preps) if p != "by"))  # "ban on X"
    inner += _clause_subjects(noun)
    # "the deal offered by the government", "the plan proposed by Egypt": who made it
    inner += [a for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in [by_agent(c)] if a is not None]
    return [t for t in inner if is_party(t)]


def _party_or_owner(subject: Token) -> Token | None:
    """A clause's subject, or whose act it names ("said Japan's decision was irresponsible": Japan's)."""
    return subject if is_party(subject) else nominal_agent(subject)


def _same_as_subject(pronoun: Token, verb: Token) -> bool:
    """"The rebels warned that they would ...", "Iran said it would ...": a pronoun in the clause that agrees
    with the verb's own subject stands for the speaker, who is no target of what it says."""
    if pronoun.pos_ != "PRON":
        return False
    subject = clause_subject(verb)
    if subject is None:
        return False
    plural = subject.tag_ in ("NNS", "NNPS")
    lower = _PERSONAL.get(pronoun.lower_, pronoun.lower_)
    if lower in ("they", "them"):
        return plural or subject.ent_type_ in ("ORG", "NORP")
    if lower == "it":  # "Jordan recalled its ambassador": a state the tagger took for a person is still an "it"
        return not plural and (subject.ent_type_ != "PERSON" or _state_named(subject))
    return lower in ("he", "she", "we", "i") and not plural


def _state_named(word: Token) -> bool:
    found = default_kb().resolve(span_text(mention_span(word)))
    return found is not None and found.id is not None and found.id == found.country


# Categories whose condition or occasion names the target: a threat is made against whoever must comply
# ("if Israel does not stop"), or whoever provoked it ("threatened retaliation after Finland joined NATO").
_CONDITIONAL_TARGETS = frozenset({"THREATEN"})
_CONDITIONS = frozenset({"if", "unless", "after", "because", "since", "should"})


def _condition_subjects(verb: Token) -> list[Token]:
    """Subjects of the "if"/"after" clauses under a verb or its infinitive ("threatened to strike if Israel ...")."""
    clauses = [c for v in (verb, *(x for x in children_of(verb) if x.dep_ == "xcomp")) for c in children_of(v)
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in children_of(c))]
    return [antecedent(s) for c in clauses for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass")]


def _same_side(token: Token, verb: Token) -> bool:
    """"Kim warned that North Korea would strike": a clause subject of the speaker's own country is the
    speaker's side, not the target of the warning."""
    subject = clause_subject(verb)
    if subject is None or token.pos_ == "PRON":
        return False
    kb = default_kb()
    own, named = kb.resolve(span_text(mention_span(subject))), kb.resolve(span_text(mention_span(token)))
    return own is not None and named is not None and own.country is not None and own.country == named.country


def _own(noun: Token, verb: Token) -> bool:
    """"recalled its ambassador", "put their forces on alert": what the doer sends, moves or recalls of its own
    is no recipient."""
    if noun.lemma_.lower() in _OTHER_SIDE_NOUNS or noun.lower_ in _OTHER_SIDE_NOUNS:
        return False  # "telephoned his Iranian counterpart", "thanked his hosts": the other side, named from ours
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ in _OWN_PRONOUNS and _same_as_subject(owner, verb)


# Nouns that name a party by its relation to the doer: "his counterpart", "their rivals" are the other side.
_OTHER_SIDE_NOUNS = frozenset({"counterpart", "counterparts", "host", "hosts", "guest", "guests", "visitor",
                               "rival", "opponent", "adversary", "foe", "enemy", "interlocutor", "critic"})


_PERSONAL = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}  # possessive -> personal
_OWN_PRONOUNS = frozenset(_PERSONAL)


def _base_passive(clause: Token) -> bool:
    """"demanded that the men be handed over": what a mandated passive acts on is no one asked to act."""
    return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children_of(clause)) and not any(
        c.dep_ == "aux" for c in children_of(clause))


def _for_to_clause(clause: Token) -> bool:
    """"called for the prime minister to resign": an infinitive with a subject of its own after "for", which the parser
    makes an adverbial clause marked by "for"."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in children_of(clause))


def _clause_subjects(word: Token) -> list[Token]:
    """Subjects (passive agents first) of the "that" clauses a verb or noun governs ("demanded that X ...", "a demand
    that X ...").
    When the parser took the clause's verb for a noun ("that the Taliban hand over", "hand" a noun with
    "Taliban" its compound), the name before it is the subject."""
    out = []
    for clause in (c for c in children_of(word) if c.dep_ in ("ccomp", "acl") or _for_to_clause(c)):
        # the doer of a passive is its agent: "claimed the soldiers were wounded by Fatah fighters" names Fatah
        agents = [o for a in children_of(clause) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"]
        subjects = agents or [s for s in children_of(clause) if s.dep_ in ("nsubj", "nsubjpass")
                              and not (s.dep_ == "nsubjpass" and clause.tag_ == "VBN" and _base_passive(clause))]
        if not subjects and clause.pos_ == "NOUN" and any(m.dep_ == "mark" for m in children_of(clause)):
            subjects = [s for s in clause.lefts if s.dep_ == "compound" and s.pos_ == "PROPN"][:1]
        out.extend(subjects)
    return out
