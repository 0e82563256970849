"""Generic statements: an undated clause about a kind of event or a habit is no event.

"Rocket attacks have long been a feature of life here", "militants often attack convoys" state what happens,
not what happened; "protesters stormed the building", "Israeli troops have killed three", "Gunmen kill 12 in
attack on Nigerian village" (a headline) each tell one occasion. The tests read tense and aspect, whether the
doers are a kind (a bare plural) or a particular party, and habit adverbs. What stands is no event either: a
text's provisions ("the law bans gatherings"), a standing arrangement ("the militia is backed by Iran"), a long
record ("has long sought autonomy") and an institution's remit ("the agency investigates allegations"). Nor is
what markets do in the words of conflict ("oil prices attacked the $100 mark"), a policy against a problem ("fighting
a war against terrorism"), or a practice a speaker charges in the present ("the general said Hamas uses civilians as
human shields"). Nor is a kind of act named as such: "any attack on the embassy", a definition ("a coup is the seizure
of power"), a label ("called the reforms an attack on workers") or a gerund judged ("killing prisoners is a war crime").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import Arguments, antecedent, clause_subject
from .factuality import TEXTS
from .lexicon import load_lexicon
from .recurrence import simple_present
from .syntax import children_of, participial_host, to_infinitive, unpunctuated
from .triggers import TriggerMatch, names_a_party
from .triggers.vetoes import trend_of_acts
from .triggers.specific import headline_participle, headline_passive, leading_conjunct, measure_of

_HABITUAL = frozenset({"often", "usually", "frequently", "routinely", "regularly", "sometimes", "typically",
                       "generally", "occasionally", "repeatedly", "constantly"})
# "shelled the town repeatedly": in a simple past, a series of acts on one occasion, not a habit
_ITERATIVE = frozenset({"repeatedly"})
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def generic(doc: Doc, trig: TriggerMatch, args: Arguments) -> bool:
    """Undated statements about kinds of events, not events: habitual clauses, and bare plurals in a clause
    that is not about one past occasion ("rocket attacks have been a feature", not "protesters stormed ..."); also
    what stands rather than what happened: a text's provisions, standing arrangements, long records and remits."""
    head = doc[trig.head]
    if trig.nominal and trig.governor == trig.head:
        head = measure_of(head) or head  # "a new round of sanctions came into effect": the measure's clause
    clause = doc[trig.governor] if not trig.nominal or trig.governor != trig.head else _clause_of_noun(head)
    if _habitual(doc[trig.governor]) and not _repeated_statement(doc[trig.governor], trig):
        return True
    if _provision(clause) or _standing_state(clause) or _long_record(clause) or _provided_act(clause):
        return True
    if _standing_activity(clause):
        return True
    if _market_move(clause) or _against_a_problem(clause) or _function_of_thing(clause):
        return True
    if _shown_by_a_work(clause, trig):
        return True
    if _role_of_a_party(clause, trig) or _record_of_a_party(clause, trig) or _act_as_a_subject(clause):
        return True
    if not trig.nominal and _commonness(head):
        return True  # "Shelling is common in the villages": a gerund the parser read as the verb, said to be common
    if trig.nominal and trig.governor == trig.head and (trend_of_acts(head) or _depicted(head) or _commonness(head)
                                                        or _any_occasion(head) or _label(head)):
        return True
    if _in_a_definition(doc[trig.head]):
        return True
    host = participial_host(clause)  # "raided a village, killing 15": the participle shares its host's tense
    if _episodic(clause) or (host is not None and _episodic(host)):
        return False
    if not trig.nominal and headline_participle(clause):  # "Peace talks rejected by rebels": one occasion
        return False
    setting = _setting_host(head) if trig.nominal and trig.governor == trig.head else None
    if setting is not None and _simple_past(setting) and not _habitual(setting):
        return False  # "were killed in clashes in Tripoli", "fired on protests in Khartoum": the act's occasion
    completed = _infinitive_of(clause)
    if completed is not None and _episodic(completed):
        return False  # "ordered providers to block the site", "voted on Thursday to remove him": one occasion
    if trig.nominal and trig.governor == trig.head and (headline_passive(head) or _headline_scene(head)):
        return False  # "Sanctions imposed on Iran over nuclear program": a headline's passive, its auxiliary dropped
    if trig.nominal and trig.governor == trig.head and _bare_plural(head) and head.lower_ not in _PLURAL_ONLY:
        return True
    if trig.nominal and trig.governor == trig.head and _practice(head):
        return True
    if _routine(clause, trig) or _reported_practice(clause, trig):
        return True
    return any(_bare_plural(doc[i]) and doc[i].pos_ == "NOUN" for i in args.actors if doc[i].tag_ == "NNS")


# Categories of saying: "The court condemns the verdict." tells a statement even in the present.
_SAYING = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE"})
# Bodies whose simple present tells their remit: "The agency investigates allegations of corruption."
_INSTITUTIONS = frozenset({"agency", "fund", "organisation", "organization", "body", "court", "tribunal",
                           "commission", "committee", "council", "ministry", "department", "office", "authority",
                           "institute", "programme", "program", "bank", "charity", "foundation", "watchdog"})


def _routine(verb: Token, trig: TriggerMatch) -> bool:
    """"The agency investigates allegations of corruption.", "The fund provides loans to developing countries.": an
    institution's simple present, in a sentence told with a stop and naming no particular matter, tells its remit,
    not an act (a headline's present is read by _headline before)."""
    if not (simple_present(verb) and verb.dep_ == "ROOT" and not unpunctuated(verb)):
        return False
    if trig.entry.event in _SAYING and trig.entry.mode != "investigate":
        return False
    subject = clause_subject(verb)
    if subject is None or subject.lemma_.lower() not in _INSTITUTIONS:
        return False
    # "The ministry sends aid to the flood victims": a definite party or matter names the news at hand
    parts = [c for c in children_of(verb) if c.dep_ in ("dobj", "prep", "dative")]
    return not any(t.pos_ == "NOUN" and _definite_object(t) for part in parts for t in part.subtree)


# Predicates of how common a kind of event is: "attacks on hospitals have become routine", "kidnappings are rife".
_COMMONNESS = frozenset({"common", "commonplace", "routine", "frequent", "rare", "widespread", "rife", "rampant",
                         "regular", "endemic", "systematic", "uncommon", "infrequent", "unusual", "normal"})


def _commonness(noun: Token) -> bool:
    """A plural event noun, or a gerund, said to be common, rare or routine names a kind of event, not one occasion
    ("the killing of journalists has become common": a gerund the parser tags as a noun)."""
    verb = noun.head
    gerund = noun.tag_ in ("VBG", "NN") and noun.lower_.endswith("ing")
    if not (gerund or noun.tag_ in ("NNS", "NNPS")) or noun.dep_ != "nsubj" or verb.lemma_ not in ("be", "become",
                                                                                                    "remain"):
        return False
    return any((c.dep_ in ("acomp", "attr") and c.lower_ in _COMMONNESS)  # "more frequent": an adverb on it
               or (c.dep_ == "acomp" and any(g.lower_ in _COMMONNESS for g in c.subtree))
               or (c.dep_ == "attr" and _common_kind(c)) for c in children_of(verb))


def _common_kind(attribute: Token) -> bool:
    """"have been a common feature of life", "are a regular occurrence": a noun the commonness word describes."""
    return any(m.dep_ == "amod" and m.lower_ in _COMMONNESS for m in children_of(attribute))


# Works that tell of events, and their verbs of telling: "the film recounts the siege of Sarajevo".
_WORKS = frozenset({"film", "movie", "documentary", "book", "novel", "memoir", "play", "exhibition", "series",
                    "museum", "memorial", "monument", "song", "painting", "opera", "biography"})
_TELLING_OF = frozenset({"recount", "depict", "tell", "chronicle", "portray", "describe", "commemorate", "dramatize",
                         "dramatise", "retell", "explore", "recall", "document", "honour", "honor", "remember"})


# Determiners that make an event noun range over every occasion: "any attack on the embassy would be an act of war".
_EVERY_OCCASION = frozenset({"any", "every", "each"})


def _any_occasion(noun: Token) -> bool:
    """"Any attack on its forces will be met with force", "every strike costs the economy millions": an event noun
    that ranges over occasions names none of them."""
    return any(c.dep_ == "det" and c.lower_ in _EVERY_OCCASION for c in children_of(noun))


# Verbs that put a label on a thing: "called the reforms an attack on workers", "condemned the bill as an assault".
_LABELLING = frozenset({"call", "brand", "label", "term", "dub", "describe", "denounce", "condemn", "decry", "see",
                        "regard", "view", "consider", "characterise", "characterize", "portray", "paint"})


def _label(noun: Token) -> bool:
    """"The union called the reforms an attack on workers", "the minister condemned the bill as an assault on the
    press": an event noun put as a label on something names what the speaker takes it for, not an act."""
    if noun.dep_ == "oprd":
        return noun.head.lemma_.lower() in _LABELLING
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.lower_ == "as" and preposition.dep_ == "prep"
            and preposition.head.lemma_.lower() in _LABELLING)


def _in_a_definition(token: Token) -> bool:
    """"A coup is the seizure of power by the army", "a ceasefire is an agreement to stop fighting": what the
    predicate of a definition names (a kind, told in the simple present, of an indefinite or bare plural subject) is
    the meaning of a word, not an act."""
    for word in (token, *token.ancestors):
        if word.dep_ == "attr" and word.head.lemma_ == "be" and simple_present(word.head):
            subject = clause_subject(word.head)
            return subject is not None and _indefinite(subject)
    return False


def _indefinite(noun: Token) -> bool:
    """"A coup", "an arms embargo", "refugees": a noun naming any of its kind."""
    if noun.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in children_of(noun) if c.dep_ == "det"]
    return dets in (["a"], ["an"]) or (not dets and _bare_plural(noun))


def _depicted(noun: Token) -> bool:
    """"The film recounts the siege of Sarajevo", "a museum commemorates the massacre": an event a work tells of is
    its subject, background to nothing the text reports as news."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _TELLING_OF or not simple_present(verb):
        return False
    subject = clause_subject(verb)
    return subject is not None and subject.lemma_.lower() in _WORKS


def _shown_by_a_work(verb: Token, trig: TriggerMatch) -> bool:
    """"The museum displays weapons used in the war", "the film shows soldiers storming the palace": what a work
    shows or tells in the simple present is its content, no party's act (a work's charge is told as one: "a new book
    accuses the agency of torture")."""
    if not simple_present(verb) or trig.entry.event in _SAYING:
        return False
    subject = clause_subject(verb)
    return subject is not None and subject.lemma_.lower() in _WORKS


def _provision(verb: Token) -> bool:
    """"The law bans gatherings of more than five people", "the treaty allows inspectors to visit", "the plan calls
    for a ceasefire": a text's simple present states what it provides, not an act; so does a draft's modal ("the bill
    would ban the sale of rifles", "the new charter would let the president run again"), which tells what it would
    provide if passed; "a bill that bans the import of drones" tells it in a relative clause."""
    by_a_text = any(c.dep_ == "nsubj" and antecedent(c).lemma_.lower() in TEXTS for c in children_of(verb))
    return by_a_text and (simple_present(verb) or _only_a_modal(verb))


def _provided_act(verb: Token) -> bool:
    """"The charter would allow the king to pardon prisoners", "the treaty lets inspectors visit the sites": the act a
    text provides for is its provision, not one done or announced."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ == "VERB" and _provision(verb.head)


# Modals by which a draft tells what it would provide, or a judgement weighs what an act would do.
_MODALS = frozenset({"would", "will", "could", "can", "may", "might"})


def _only_a_modal(verb: Token) -> bool:
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].lower_ in _MODALS and verb.tag_ == "VB"


# Verbs whose present passive tells a standing arrangement: "the militia is backed by Iran", "the area is patrolled".
# A status others give is standing too: "the group is designated a terrorist organisation by the US", "is listed as",
# "the government is recognised by the UN", "the talks, which are mediated by Qatar".
_STANDING_VERBS = frozenset({"patrol", "guard", "back", "support", "fund", "finance", "sponsor", "arm", "surround",
                             "besiege", "encircle", "occupy", "control", "blockade", "designate", "list",
                             "recognise", "recognize", "mediate", "sanction"})
# Verbs of custody whose present passive with "still" tells who is held now: "eight foreigners are still held".
_CUSTODY_VERBS = frozenset({"hold", "detain", "imprison", "jail", "keep"})
# Verbs whose present passive on a kind of activity tells a standing rule: "protests are banned in the capital".
_RULING_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid"})


def _standing_state(verb: Token) -> bool:
    """"Protests are banned in the capital", "the area is patrolled by peacekeepers", "the militia is backed by
    Iran": an undated present passive of an arrangement tells how things stand, not an act ("are being shelled"
    tells one under way)."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    present_passive = len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].lower_ in ("is", "are")
    if not present_passive or verb.tag_ != "VBN":
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    ruled = subject is not None and _bare_plural(subject) and verb.lemma_.lower() in _RULING_VERBS
    still_held = verb.lemma_.lower() in _CUSTODY_VERBS and any(c.lower_ == "still" for c in children_of(verb))
    return ruled or still_held or verb.lemma_.lower() in _STANDING_VERBS


# Of the arrangements, those a party keeps up rather than does once: "the army patrols the border", "Iran arms the
# militia", "rebels control the north" (not "designate", "sanction", "recognise": their present may tell a decision).
_KEPT_UP = frozenset({"patrol", "guard", "back", "fund", "finance", "sponsor", "arm", "surround", "besiege",
                      "encircle", "occupy", "control", "blockade"})


def _standing_activity(verb: Token) -> bool:
    """"The army patrols the northern border.", "Iran funds the militia.": an undated simple present of an
    arrangement kept up, in a sentence told with a stop, states how things stand, as its present passive does
    ("the border is patrolled by the army"); a headline's present, with no stop, tells the news."""
    return verb.lemma_.lower() in _KEPT_UP and simple_present(verb) and not unpunctuated(verb)


def _role_of_a_party(verb: Token, trig: TriggerMatch) -> bool:
    """"Norway, which mediates the talks", "Iran, which backs the Houthis": a simple present in a relative clause on
    a party tells its standing role, not an act (a saying keeps its reading: "Kigali, which denies the charge")."""
    if verb.dep_ != "relcl" or not simple_present(verb) or trig.entry.event in _SAYING:
        return False
    return verb.head.pos_ == "PROPN" or verb.head.ent_type_ in _AGENT_ENTS


def _record_of_a_party(verb: Token, trig: TriggerMatch) -> bool:
    """"The militia, which has fought in Syria, controls the crossing", "the general, who has led several offensives
    against the rebels, is to retire": an undated active present perfect in a relative clause on a party sums up what
    the party has done, who it is, not the news. A saying keeps its reading ("Kigali, which has denied the charge"),
    and so does a counted toll ("the gunmen, who have killed three people"), which tells one occasion's, and a
    progressive ("Saudi Arabia, which has been negotiating with the Houthis"), which tells an activity under way."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or not _present_perfect(verb) or trig.entry.event in _SAYING:
        return False
    children = list(children_of(verb))
    counted = any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in children_of(c)) for c in children)
    return not counted and not any(c.dep_ == "auxpass" for c in children) and names_a_party(verb.head)


def _act_as_a_subject(verb: Token) -> bool:
    """"Attacking civilians is a war crime", "cutting aid would only hurt the poor", "cutting off the gangs' weapons is
    the only way to stop them": a gerund with no doer of its own, the subject of a present or modal judgement, names a
    kind of act ("Bombing the city was a mistake" may judge the one done, and is left alone)."""
    if verb.tag_ != "VBG" or verb.dep_ != "csubj" or any(c.dep_ in ("nsubj", "poss") for c in children_of(verb)):
        return False
    host = verb.head
    return simple_present(host) or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children_of(host))


def _long_record(verb: Token) -> bool:
    """"has long sought autonomy", "have always rejected the plan", "has fought for more than 15 years to topple
    the government", "have fought three wars", "has called the vote a sham in the past", "have previously arrested
    him": a perfect with "long", "always", an unnamed earlier time, a span of many years or a count of wars sums up a
    record, not one occasion (a dated one that recurs, "almost daily since October", is read by ``recurrence``). A
    narrative's past perfect with "previously" ("officials had previously demanded a pullback") tells one earlier act
    of its story, and stays."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
    return perfect and (any(c.dep_ == "advmod" and c.lower_ in _RECORD_ADVERBS for c in children_of(verb))
                        or (_present_perfect(verb) and _at_an_earlier_time(verb))
                        or _for_years(verb) or _counted_wars(verb))


_RECORD_ADVERBS = frozenset({"long", "always"})
# "before" and "previously" on a present perfect point to some earlier time, not to the news ("already" does: "police
# have already arrested three suspects").
_EARLIER_ADVERBS = frozenset({"previously", "before"})


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children_of(verb))


def _at_an_earlier_time(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS for c in children_of(verb)) or _in_the_past(verb)


def _in_the_past(verb: Token) -> bool:
    """"in the past" in the verb's own clause (the parser may hang it on any word of it): an earlier time the text
    does not name ("in the past week" names one)."""
    return any(t.lower_ == "past" and t.dep_ == "pobj" and t.head.lower_ == "in" and _own_clause(t) == verb
               and not any(m.dep_ == "amod" for m in children_of(t)) for t in verb.subtree)


def _own_clause(token: Token) -> Token | None:
    """The nearest verb above the token: the clause it belongs to."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


# Counts that only a sum of many acts reaches: "have killed thousands", "hundreds have been abducted".
_MAGNITUDES = frozenset({"thousands", "hundreds", "millions", "scores", "tens"})
# Spans with no stated bounds: "in recent years", "over the past decade", "over the years".
_SPAN_UNITS = frozenset({"year", "month", "decade"})
_UNBOUNDED = frozenset({"recent", "past", "last"})


def summed_toll(verb: Token) -> bool:
    """"Armed gangs have killed thousands and kidnapped hundreds in the northwest in recent years": an undated perfect
    summing many acts (a count in the hundreds or thousands, or a span with no bounds) over no occasion it names is
    the article's background, a running total, not one event's report. The events module keeps it, undated and with
    no size, as background: analysts (and the gold sets we check against) code the kind of violence and who wages it,
    but its count is no event's toll, and summed with the acts the article tells one by one it would count them
    twice. "Gunmen have killed 12 people in an attack on a village" names its occasion and keeps its 12 dead."""
    if not _perfect_or_joined_to_one(verb) or _names_an_occasion(verb):
        return False
    return _counts_magnitudes(verb) or _unbounded_span(verb)


def _perfect_or_joined_to_one(verb: Token) -> bool:
    """"have killed thousands and kidnapped hundreds": the second verb shares the first's perfect."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_ == "have" for c in auxes if c.dep_ == "aux"):
        return True
    return verb.dep_ == "conj" and not auxes and verb.head.pos_ == "VERB" and _perfect_or_joined_to_one(verb.head)


def _counts_magnitudes(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _MAGNITUDES for c in children_of(verb))


def _unbounded_span(verb: Token) -> bool:
    """"in recent years", "over the past decade", "over the years" (a count of them, "the past two years", bounds it)."""
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "over", "during")):
        for span in (o for o in children_of(prep) if o.dep_ == "pobj" and o.lemma_.lower() in _SPAN_UNITS):
            mods = [m for m in children_of(span) if m.dep_ in ("amod", "nummod")]
            counted = any(m.dep_ == "nummod" for m in mods)
            if not counted and (any(m.lower_ in _UNBOUNDED for m in mods) or span.tag_ == "NNS"):
                return True
    return False


def _names_an_occasion(verb: Token) -> bool:
    """"in an attack on a village", "during the raid": one act of the kind the verb tells, named as its occasion."""
    return any(o.dep_ == "pobj" and o.tag_ == "NN" and load_lexicon().entries(o.lemma_.lower(), "NOUN")
               for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "during")
               for o in children_of(c))


def _counted_wars(verb: Token) -> bool:
    """"have fought two wars over the region": a count of wars is a history, not a battle."""
    return any(c.dep_ == "dobj" and c.lower_ == "wars" and any(n.dep_ == "nummod" for n in children_of(c))
               for c in children_of(verb))


_MANY_YEARS = 5  # "has held the post for two years" may tell one tenure; "for 15 years" or "decades" a record


def _for_years(verb: Token) -> bool:
    """"for more than 15 years", "for two decades" on the verb: a span of many years."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(_many_years(o) for o in children_of(c) if o.dep_ == "pobj")
               for c in children_of(verb))


def _many_years(span: Token) -> bool:
    if span.lemma_.lower() == "decade":
        return True
    counts = [c for c in children_of(span) if c.dep_ == "nummod" and c.text.isdigit()]
    return span.lemma_.lower() == "year" and any(int(c.text) >= _MANY_YEARS for c in counts)


# Participles that give a thing its purpose: "the roads used to deliver food", "a drone designed to strike tanks".
_PURPOSING = frozenset({"use", "design", "intend", "mean", "build", "make"})


def _function_of_thing(verb: Token) -> bool:
    """"the roads used to deliver food": an infinitive telling what a thing serves for, on a participle that
    describes the thing, tells no act."""
    participle = verb.head
    return (verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and participle.dep_ == "acl"
            and participle.tag_ == "VBN" and participle.lemma_.lower() in _PURPOSING)


# Subjects of market news: "oil prices attacked the $100 mark", "shares plunged", "the rupee retreated".
_MARKET_NOUNS = frozenset({"price", "share", "stock", "market", "index", "currency", "bond", "yield", "rupee",
                           "dollar", "euro", "yen", "peso", "lira", "rouble", "ruble", "bitcoin", "inflation",
                           "earnings", "profit", "revenue", "sales", "exports", "imports", "futures"})


def _market_move(verb: Token) -> bool:
    """Prices, shares and currencies move; what they "attack", "storm" or "retreat" from is no party's act (only an
    active subject of the verb's own: "the market was bombed" tells an attack on it)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _MARKET_NOUNS for c in children_of(verb))


# Problems a government fights as policy: "launched a campaign to fight poverty", "a war on terrorism".
_PROBLEMS = frozenset({"terrorism", "terror", "extremism", "radicalism", "radicalisation", "radicalization",
                       "corruption", "poverty", "crime", "inflation", "drugs", "trafficking", "smuggling", "piracy",
                       "disease", "hunger", "famine", "unemployment", "racism", "misinformation", "disinformation",
                       "impunity", "graft", "fraud"})
_FIGHTING = frozenset({"fight", "combat", "tackle", "battle", "wage", "declare", "counter"})


def _against_a_problem(verb: Token) -> bool:
    """"was fighting a war against terrorism", "vowed to fight corruption", "declared war on drugs": a policy against
    a problem, not an act against a party ("declared war on drug traffickers" names one)."""
    if verb.lemma_.lower() not in _FIGHTING:
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    for holder in (verb, *objects):  # "fight corruption", "a war against terrorism", "war on drugs"
        objects += [o for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in ("against", "on")
                    for o in children_of(c) if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _PROBLEMS or o.lower_ in _PROBLEMS for o in objects)


# Verbs of saying whose past tense, before an unshifted simple present, reports a standing claim.
_SAID = frozenset({"say", "tell", "claim", "allege", "insist", "argue", "state", "add"})


def _reported_practice(verb: Token, trig: TriggerMatch) -> bool:
    """"The general said Hamas uses civilians as human shields", "Beijing said Washington arms the separatists": a
    simple present kept after a past verb of saying states what the party does as a practice, a charge with no
    occasion (an occasion is told back-shifted: "said Hamas used ..."). A present saying states it as standing too:
    "rights groups say the police use excessive force against protesters". Saying stays saying: "said Iran rejects the
    plan" tells a stance taken."""
    if verb.dep_ != "ccomp" or verb.head.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.lemma_.lower() not in _SAID:
        return False
    return simple_present(verb) and trig.entry.event not in _SAYING and not unpunctuated(verb)


def _infinitive_of(clause: Token) -> Token | None:
    """The verb a subjectless "to" infinitive completes or gives the purpose of: "ordered X to block", "voted to
    remove"; it tells an act of that verb's occasion."""
    if clause.dep_ not in ("xcomp", "advcl") or clause.head.pos_ != "VERB":
        return None
    if clause.dep_ == "advcl" and (not to_infinitive(clause)
                                   or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))):
        return None
    if clause.dep_ == "advcl" and clause.head.dep_ in ("relcl", "acl"):
        return None  # "the town, where crowds gathered to greet them": a purpose told in a scene-setting clause
    return clause.head


# Prepositions by which a past act names the event it took place in or was aimed at: "were killed in clashes",
# "arrested dozens during protests", "fired on protests".
_SETTING_PREPS = frozenset({"in", "during", "at"})
# Categories of force whose "on" names what it struck: "fired on protests", "cracked down on protests" (not "the
# report focused on attacks").
_FORCE = frozenset({"ASSAULT", "COERCE"})


def _simple_past(verb: Token) -> bool:
    """"fired", "were killed": one past occasion; a perfect ("have been killed in attacks since January") may sum up
    a running toll of many."""
    if verb.tag_ == "VBD" or _past_tagged_as_participle(verb):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "did") for c in children_of(verb))


def _setting_host(noun: Token) -> Token | None:
    """The verb whose act took place in (or on) the event noun: "were killed in clashes" -> "killed"."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or verb.pos_ != "VERB":
        return None
    if prep.lower_ in _SETTING_PREPS:
        return verb
    forceful = any(e.event in _FORCE for e in load_lexicon().entries(verb.lemma_.lower(), "VERB"))
    return verb if prep.lower_ == "on" and forceful else None


# Event nouns used only in the plural: "held talks with X" tells of one occasion, not of a kind of event.
_PLURAL_ONLY = frozenset({"talks", "negotiations", "consultations", "hostilities", "discussions"})


def _episodic(verb: Token) -> bool:
    """A simple past tells of one occasion ("clashed", "were arrested"), and so do a progressive ("are
    marching") and a perfect ("Israeli troops have killed three"). A simple present may state a habit, and
    so does a perfect whose subject is a kind of event ("rocket attacks that have killed Americans") or one
    with "long", "always" or "for years" ("have long attacked convoys")."""
    if verb.tag_ == "VBD" or _past_tagged_as_participle(verb):
        return True
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("was", "were", "had", "did") for c in auxes):
        return True
    if verb.lemma_ == "be":
        return _ongoing(verb)
    if _lasting(verb):
        return False
    progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)
    perfect = verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxes)
    subject = clause_subject(verb) if perfect else None  # "attacks that have killed Americans": a kind's record
    return progressive or (perfect and not (subject is not None and _kind_of_event(subject))) or _headline(verb)


def _ongoing(copula: Token) -> bool:
    """"Prisoners are on hunger strike", "the minister is on a visit": being on an event is one occasion under way."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        o.dep_ == "pobj" and load_lexicon().entries(o.lemma_.lower(), "NOUN") for o in children_of(c))
        for c in children_of(copula))


_PARTICULAR_ENTS = frozenset({"GPE", "LOC", "FAC", "CARDINAL"})


def _headline(verb: Token) -> bool:
    """"Gunmen kill 12 in attack on Nigerian village", "Protesters clash with police in Nairobi": a simple
    present heading the sentence and naming a particular place or count reports one occasion, as headlines do."""
    if any(c.dep_ == "aux" for c in children_of(verb)):
        return False
    # the tagger may take a headline's present for a bare infinitive ("Gunmen kill 12 ...")
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in children_of(verb))
    if present and unpunctuated(verb) and verb.dep_ in ("ROOT", "acl"):
        return True  # a headline tells the news (the parser may hang its verb on the subject: "Rebels withdraw ...")
    if verb.dep_ != "ROOT" or not present:
        return False
    parts = [c for c in children_of(verb) if c.dep_ in ("dobj", "prep", "advcl", "npadvmod", "dative")]
    if any(t.ent_type_ in _PARTICULAR_ENTS or t.pos_ == "NUM" for part in parts for t in part.subtree):
        return True
    # "Protesters demand the resignation of the prime minister": a definite object names one matter at hand
    return any(c.dep_ == "dobj" and _definite_object(c) for c in children_of(verb))


_SCENES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _headline_scene(noun: Token) -> bool:
    """"Fresh clashes in Tripoli as militias battle for control", "Protests across Iran after a death in custody": a
    headline with no verb of its own, whose event noun names a place or a date, reports one occasion; "Protests over
    fuel prices" names none and may title a kind."""
    if noun.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in noun.sent):
        return False
    return any(t.ent_type_ in _SCENES for c in children_of(noun) if c.dep_ == "prep" for t in c.subtree)


def _definite_object(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these"))
               for c in children_of(noun))


def _past_tagged_as_participle(verb: Token) -> bool:
    """"Thousands of people protested in the capital": a VBN heading its own clause, with an active subject
    and no auxiliary, is a simple past the tagger took for a participle."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    children = list(children_of(verb))
    return (any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("aux", "auxpass", "nsubjpass", "agent") for c in children))


def _kind_of_event(noun: Token) -> bool:
    """"rocket attacks", "protests": a bare plural event noun names a kind of event, not one occasion; "troops" and
    "police", which the lexicon lists only as the object of a light verb ("sent troops"), name doers."""
    return _bare_plural(noun) and any(e.alone or e.alone_with_agent
                                      for e in load_lexicon().entries(noun.lemma_.lower(), "NOUN"))


_LASTING = frozenset({"long", "always", "ever", "often", "years", "decades", "since", "repeatedly", "routinely"})


def _lasting(verb: Token) -> bool:
    return any(t.lower_ in _LASTING for c in children_of(verb) if c.dep_ in ("advmod", "prep", "npadvmod")
               for t in c.subtree)


def _bare_plural(tok: Token) -> bool:
    """"Militants", "rocket attacks": a kind; "Israeli troops", "Houthi attacks" name a particular party's."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.lower_ in ("that", "which"):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss") or (c.dep_ in ("amod", "compound", "nmod") and _naming(c))
                   or _sides_named(c) for c in children_of(tok))


def _practice(noun: Token) -> bool:
    """"The killing of civilians must end", "the shelling of residential areas must stop": a gerund done to a kind of
    target, by no one named, names a practice as a bare plural does ("attacks must stop"), not one occasion; "the
    killing of three civilians", "the shelling of the hospital" and "the killing of protesters by police" are one."""
    if noun.tag_ != "NN" or not noun.lower_.endswith("ing"):
        return False
    children = list(children_of(noun))
    if any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ != "the") for c in children):
        return False
    preps = [c for c in children if c.dep_ == "prep"]
    if any(p.lower_ == "by" for p in preps):
        return False
    targets = [o for p in preps if p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
    return bool(targets) and all(_bare_plural(t) for t in targets)


def _sides_named(prep: Token) -> bool:
    """"Clashes between the army and rebels": a "between" phrase naming a particular side makes the acts an encounter
    of those sides ("between herders and farmers" names kinds). Not "by": "killed in attacks by the group since
    January" sums up one party's many acts."""
    if prep.dep_ != "prep" or prep.lower_ != "between":
        return False
    sides = [o for o in children_of(prep) if o.dep_ == "pobj"]
    sides += [c for o in sides for c in children_of(o) if c.dep_ == "conj"]
    return any(not _bare_plural(side) and (side.pos_ in ("NOUN", "PROPN")) for side in sides)


def _naming(modifier: Token) -> bool:
    """"Israeli troops", "Boko Haram fighters", "security forces": a modifier that names whose they are."""
    return (modifier.ent_type_ in _AGENT_ENTS or modifier.lemma_.lower() in _SECTORS
            or (modifier.dep_ == "compound" and modifier.pos_ == "PROPN"))


# "Security forces", "government troops", "opposition supporters": a sector word names a particular party.
_SECTORS = frozenset({"security", "government", "police", "army", "military", "opposition", "rebel", "militia",
                      "regime", "coalition", "state", "border", "riot", "paramilitary"})


def _clause_of_noun(noun: Token) -> Token:
    """The word whose clause an event noun is in: its head (the first conjunct's: "shelling and airstrikes killed"),
    or the verb that one "comes under" it ("came under criticism from X"); other prepositions keep their own reading
    ("hit Hamas with air strikes")."""
    noun = leading_conjunct(noun)
    head = noun.head
    under = noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ == "VERB"
    return head.head if under else head


def _habitual(verb: Token) -> bool:
    """"often causing damage and on occasion killing ...": what happens habitually is no single event."""
    v: Token | None = verb
    for _ in range(5):
        if v is None:
            return False
        if v.lower_ == "on" and any(g.lower_ == "occasion" for g in children_of(v)):
            return True
        for c in children_of(v):
            word = c.lower_  # read once: most children are none of these words
            if word == "occasion" or (word in _HABITUAL and c.dep_ == "advmod" and not _iterated_once(v, c)):
                return True
            if word == "on" and c.dep_ == "prep" and any(g.lower_ == "occasion" for g in children_of(c)):
                return True
        v = v.head if v.dep_ in ("conj", "advcl", "xcomp", "pobj", "pcomp") and v.head.i != v.i else None
    return False


def _repeated_statement(verb: Token, trig: TriggerMatch) -> bool:
    """"Moscow has threatened repeatedly to cut gas supplies", "Kyiv has repeatedly called for more air defence": a
    party's words said again and again are reported as the news (the latest of them); only "repeatedly" on a perfect
    of saying, no other habit adverb ("often", "usually")."""
    if trig.entry.event not in _SAYING or trig.governor != trig.head:
        return False
    children = children_of(verb)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    habits = {c.lower_ for c in children if c.dep_ == "advmod" and c.lower_ in _HABITUAL}
    return perfect and habits == set(_ITERATIVE)


def _iterated_once(verb: Token, adverb: Token) -> bool:
    """"shelled the town repeatedly", "the convoy was repeatedly attacked": a simple past, active or passive, tells a
    series of acts on one occasion; "has repeatedly asked" sums up a record."""
    past_passive = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in children_of(verb))
    return adverb.lower_ in _ITERATIVE and (verb.tag_ == "VBD" or past_passive)
