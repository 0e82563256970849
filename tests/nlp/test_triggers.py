import pytest

from khabar.nlp.lexicon import load_lexicon
from khabar.nlp.triggers import find_triggers

pytestmark = pytest.mark.model

# (sentence, trigger word, category, mode) — sentences written for these tests.
CASES = [
    ("Police arrested nine students outside the ministry on Sunday.", "arrested", "COERCE", "arrest"),
    ("Gunmen opened fire on a wedding party in the village.", "opened", "ASSAULT", "firearms"),
    ("The army launched an offensive against rebel positions near the border.", "offensive", "ASSAULT", None),
    ("The militia carried out 12 drone attacks on the airport.", "attacks", "ASSAULT", None),
    ("Rebels and the government struck a deal to exchange prisoners.", "struck", "AGREE", None),
    ("Warplanes struck a convoy outside the town.", "struck", "ASSAULT", "aerial"),
    ("The two foreign ministers held talks in Muscat.", "talks", "CONSULT", "negotiate"),
    ("Washington imposed sanctions on three oil companies.", "sanctions", "SANCTION", None),
    ("The court released the journalists on bail.", "released", "RETREAT", "release"),
    ("Thousands of teachers protested against unpaid salaries.", "protested", "PROTEST", "demonstrate"),
    ("The Israeli assassination of a Hamas commander in Gaza drew condemnation.", "assassination", "ASSAULT", "assassinate"),
    ("The opposition condemned the decision.", "condemned", "ACCUSE", "disapprove"),
    ("The general pulled out his troops from the city.", "pulled", "RETREAT", "withdraw"),
]

NON_TRIGGERS = [
    ("The ministry released a statement on Friday.", "released"),
    ("The ruling could spark protests.", "protests"),  # what an act may set off has not happened
    ("The attack helicopters flew over the capital.", "attack"),
    ("The company met its sales targets.", "met"),
    ("The minister asked whether the sanctions had worked.", "asked"),  # a reported question, no request
    ("Reporters asked who fired the rockets.", "asked"),
    ("The minister refused to comment on the arrests.", "refused"),  # declining to comment rejects nothing
    ("He called the protests a foreign plot.", "called"),  # naming protests, not calling them
    ("The sanctions target the country's oil exports.", "target"),  # what sanctions bear on, no attack
]


@pytest.mark.parametrize("sentence,word,event,mode", CASES)
def test_trigger_category_and_mode(raw_nlp, sentence, word, event, mode):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t.entry for t in find_triggers(doc, load_lexicon())}
    assert word in found, f"no trigger on {word!r}; found {sorted(found)}"
    assert (found[word].event, found[word].mode) == (event, mode)


@pytest.mark.parametrize("sentence,word", NON_TRIGGERS)
def test_vetoed_or_non_event_uses(raw_nlp, sentence, word):
    doc = raw_nlp(sentence)
    assert word not in {doc[t.head].text for t in find_triggers(doc, load_lexicon())}


def test_bare_topic_nouns_are_not_events(raw_nlp):
    doc = raw_nlp("Such a battle would be costly.")
    assert find_triggers(doc, load_lexicon()) == []


def test_light_verb_keeps_its_clause_as_governor(raw_nlp):
    doc = raw_nlp("The security service launched a raid against the cell.")
    (trig,) = find_triggers(doc, load_lexicon())
    assert doc[trig.head].text == "raid" and doc[trig.governor].text == "launched" and trig.nominal


@pytest.mark.parametrize("sentence,word,event", [
    ("Nurses went on strike over unpaid wages.", "strike", "PROTEST"),
    ("The opposition called for early elections.", "called", "REQUEST"),
    ("The minister turned down the invitation.", "turned", "REJECT"),
    ("Both sides vowed to cooperate on border security.", "vowed", "AGREE"),
    ("The commander vowed to retaliate.", "vowed", "THREATEN"),
])
def test_constrained_and_prepositional_entries(raw_nlp, sentence, word, event):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t.entry.event for t in find_triggers(doc, load_lexicon())}
    assert found.get(word) == event, found


def test_declining_to_comment_is_no_rejection(raw_nlp):
    doc = raw_nlp("The embassy declined to comment on the report.")
    assert "declined" not in {doc[t.head].text for t in find_triggers(doc, load_lexicon())}


# --- word classes, crowds and projectiles, custody, light verbs (sentences written for these tests) ---

@pytest.mark.parametrize("sentence,word,event,mode", [
    ("Angry protesters stormed the provincial council building.", "stormed", "PROTEST", "riot"),
    ("Students who stormed the rector's office were later expelled.", "stormed", "PROTEST", "riot"),
    ("Special forces stormed the hijacked plane at dawn.", "stormed", "ASSAULT", None),
    ("A crowd forced its way into the courthouse.", "forced", "PROTEST", "riot"),
    ("Gunmen forced their way into the clinic.", "forced", "ASSAULT", None),
    ("Youths hurled stones at the patrol.", "hurled", "PROTEST", "riot"),
    ("A rocket slammed into the fuel depot.", "slammed", "ASSAULT", None),
    ("Dozens of shells crashed into the old quarter.", "crashed", "ASSAULT", None),
    ("Fans of the club who stormed the pitch were fined.", "stormed", "PROTEST", "riot"),
    ("Several mortar rounds landed near the airport.", "landed", "ASSAULT", None),
    ("Police took four journalists into custody.", "took", "COERCE", "arrest"),
    ("The authorities put the blogger behind bars.", "put", "COERCE", "arrest"),
    ("The governor met the strikers' demands on Friday.", "met", "CONCEDE", None),
    ("The air force scrambled two jets to intercept the bombers.", "scrambled", "MOBILIZE", "troops"),
    ("The two countries closed their embassies.", "closed", "SANCTION", "sever"),
    ("The opposition attacked the government's budget plan.", "attacked", "ACCUSE", "disapprove"),
    ("Moscow shipped weapons to the separatists.", "weapons", "AID", "military"),
    ("The army rushed troops to the northern border.", "troops", "MOBILIZE", "troops"),
    ("Rebels captured Mosul after a long siege.", "captured", "COERCE", "seize"),  # a named place: seized
    ("Police captured the gang's leader.", "captured", "COERCE", "arrest"),  # a person: arrested
    ("After a week of strikes the cabinet withdrew the fuel tax bill.", "withdrew", "CONCEDE", None),
    ("Turkey handed over two suspects to the Greek police.", "handed", "COOPERATE", None),
    ("The Pentagon increased its troop presence in the Gulf.", "increased", "MOBILIZE", "troops"),
    ("Riot police broke up a rally outside the court.", "broke", "ASSAULT", "crowd-control"),
])
def test_word_classes_and_new_verb_classes(raw_nlp, sentence, word, event, mode):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t.entry for t in find_triggers(doc, load_lexicon())}
    assert word in found, f"no trigger on {word!r}; found {sorted(found)}"
    assert (found[word].event, found[word].mode) == (event, mode)


@pytest.mark.parametrize("sentence,word", [
    ("The senator slammed the new budget.", "slammed"),  # ACCUSE, not an attack: no projectile
    ("The plane landed in Doha.", "landed"),
    ("The team forced a draw.", "forced"),
    ("The president gave a speech in Cairo.", "gave"),  # "give in" needs no object
])
def test_word_class_entries_need_their_class(raw_nlp, sentence, word):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t.entry.event for t in find_triggers(doc, load_lexicon())}
    assert found.get(word) not in ("ASSAULT", "PROTEST", "CONCEDE"), found


@pytest.mark.parametrize("sentence,word,event", [
    ("Hundreds of farmers took part in a protest outside parliament.", "protest", "PROTEST"),
    ("The two leaders had talks in Geneva.", "talks", "CONSULT"),
])
def test_take_part_in_and_have_talks(raw_nlp, sentence, word, event):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t for t in find_triggers(doc, load_lexicon())}
    assert word in found and found[word].entry.event == event and found[word].nominal


def test_have_carries_only_consultations(raw_nlp):
    doc = raw_nlp("The minister has concerns about the plan and had support from the party.")
    assert find_triggers(doc, load_lexicon()) == []


@pytest.mark.parametrize("sentence,word,event", [
    ("Putin's visit to Beijing angered Washington.", "visit", "CONSULT"),
    ("The Chinese criticism of the plan was sharp.", "criticism", "ACCUSE"),
    ("Talks between Ankara and Athens resumed.", "Talks", "CONSULT"),
])
def test_agent_nouns_are_events_when_a_named_party_does_them(raw_nlp, sentence, word, event):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t.entry.event for t in find_triggers(doc, load_lexicon())}
    assert found.get(word) == event, found


@pytest.mark.parametrize("sentence,word", [
    ("The minister's willingness to talk surprised observers.", "willingness"),
    ("With American support, the mayor can rebuild the market.", "support"),
    ("A visit would be welcome.", "visit"),
])
def test_states_and_dispositions_are_not_events(raw_nlp, sentence, word):
    doc = raw_nlp(sentence)
    assert word not in {doc[t.head].text for t in find_triggers(doc, load_lexicon())}


# --- semantic word classes instead of word lists (2026-12-04); every sentence written for these tests ---

def _found(raw_nlp, sentence):
    doc = raw_nlp(sentence)
    return {doc[t.head].text: t.entry for t in find_triggers(doc, load_lexicon())}


@pytest.mark.parametrize("sentence,word,event", [
    # an agent "with" a named party makes a consultation noun an event
    ("The minister is in Cairo for talks with his Egyptian counterpart.", "talks", "CONSULT"),
    ("The envoy arrived after a meeting with President Ruto.", "meeting", "CONSULT"),
    # a sum of money, or the aid noun under a measure, under a verb of giving
    ("Saudi Arabia has given Yemen $2 billion in aid.", "aid", "AID"),
    ("Kuwait gave Egypt $4 billion last year.", "gave", "AID"),
    ("The World Bank approved a $500 million loan to Kenya.", "loan", "AID"),
    ("The agency distributed food and blankets to displaced families.", "food", "AID"),
    # crowds riot when they clash, burn or set fire; armed parties fight
    ("Hundreds of protesters clashed with police near the square.", "clashed", "PROTEST"),
    ("Rebels clashed with government troops near the border.", "clashed", "ASSAULT"),
    ("Angry youths torched two police cars.", "torched", "PROTEST"),
    ("Several thousand miners staged a strike at the copper mine.", "strike", "PROTEST"),
    ("Dock workers struck for a second day.", "struck", "PROTEST"),
    # a state protesting to another complains officially (CAMEO 114)
    ("China protested to Japan over the remarks.", "protested", "ACCUSE"),
    ("Thousands of students protested against the fee increase.", "protested", "PROTEST"),
    # offices and states as objects
    ("The king received the Qatari foreign minister at the palace.", "received", "CONSULT"),
    ("Several countries recognised Kosovo in 2008.", "recognised", "SUPPORT"),
    ("The foreign minister left for Moscow on a three-day visit.", "left", "CONSULT"),
    # a promise of a conflictual act is a threat, of anything else an intent
    ("Hezbollah vowed to retaliate for the killing.", "vowed", "THREATEN"),
    ("The army pledged to crush the rebellion.", "pledged", "THREATEN"),
    ("The new president vowed to fight corruption.", "vowed", "AGREE"),
    ("The junta vowed to hold elections within a year.", "vowed", "AGREE"),
    # sanctions, refusals, concessions and cooperation by their usual verbs
    ("Washington slapped sanctions on three banks.", "sanctions", "SANCTION"),
    ("Russia banned imports of Polish apples.", "banned", "SANCTION"),
    ("The United States imposed visa restrictions on the officials.", "restrictions", "SANCTION"),
    ("Russia and China voted against the resolution.", "voted", "REJECT"),
    ("The United States blocked the resolution.", "blocked", "REJECT"),
    ("Kabul declined the offer of mediation.", "declined", "REJECT"),
    ("Libya gave up its weapons programme.", "gave", "CONCEDE"),
    ("The government abandoned its plan to raise fuel prices.", "abandoned", "CONCEDE"),
    ("The military handed power to a civilian government.", "handed", "CONCEDE"),
    ("The two agencies exchange intelligence on smuggling networks.", "exchange", "COOPERATE"),
    ("The two ministers exchanged views on the crisis.", "exchanged", "CONSULT"),
    ("The African Union suspended Guinea after the coup.", "suspended", "SANCTION"),
    # forces, tests, computer attacks and cutting off supplies
    ("The army built up its forces along the frontier.", "built", "MOBILIZE"),
    ("North Korea conducted a nuclear test on Sunday.", "test", "MOBILIZE"),
    ("Hackers launched a cyberattack on government websites.", "cyberattack", "COERCE"),
    ("The army cut off water to the besieged town.", "cut", "COERCE"),
    # evacuating a position is a retreat, evacuating people a rescue
    ("Israeli forces evacuated the settlement.", "evacuated", "RETREAT"),
    ("Rescue workers evacuated hundreds of residents.", "evacuated", "AID"),
    # the subject of an infinitive's governor counts as its subject
    ("Putin and Erdogan are expected to meet in Ankara.", "meet", "CONSULT"),
])
def test_semantic_classes_widen_constraints(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found, f"no trigger on {word!r}; found {sorted(found)}"
    assert found[word].event == event


@pytest.mark.parametrize("sentence,word", [
    # disasters, accidents and long conflicts kill no one as a party does
    ("Floods killed at least 40 people in the region.", "killed"),
    ("The accident killed two people on the highway.", "killed"),
    ("Two climbers were killed in an avalanche.", "killed"),
    ("The earthquake hit the city on Monday, killing dozens.", "killing"),
    ("An earthquake struck the region overnight.", "struck"),
    ("Heavy rains pounded the coast.", "pounded"),
    ("The conflict has killed more than 10,000 people since 2011.", "killed"),
    # figurative, economic and sporting uses
    ("Oil prices shot up after the announcement.", "shot"),
    ("The striker shot the ball into the net.", "shot"),
    ("The film attacks the hypocrisy of the elite.", "attacks"),
    ("The offer seized the opportunity.", "seized"),
    ("The central bank targets inflation of two percent.", "targets"),
    ("Exports hit a record high in May.", "hit"),
    # attributive participles are adjectives, not acts
    ("Both sides returned to the negotiating table.", "negotiating"),
    ("Members of the ruling party met in the capital.", "ruling"),
    # warning of a disaster threatens no one
    ("The UN has warned of a humanitarian catastrophe.", "warned"),
    # what is alleged is no asserted act
    ("Kiev accused Moscow of shelling civilian areas.", "shelling"),
    ("He is accused of ordering the killing of protesters.", "killing"),
])
def test_non_events_are_not_coded(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word", [
    # a definite event noun under a reaction refers to an act told elsewhere
    ("Pakistan condemned the drone strike.", "strike"),
    ("Iran blamed Israel for the assassination of a nuclear scientist.", "assassination"),
    ("Washington expressed concern over the arrest of the opposition leader.", "arrest"),
    ("The army launched an investigation into the shooting.", "shooting"),
    ("The president welcomed the release of the prisoners.", "release"),
    # what an ending ends is no new event
    ("The government lifted the sanctions on Monday.", "sanctions"),
    ("The authorities eased the blockade on Gaza.", "blockade"),
    ("The minister cancelled Putin's visit.", "visit"),
    # figurative nouns and series
    ("The region has seen frequent attacks by armed groups.", "attacks"),
    ("The government launched a charm offensive in Europe.", "offensive"),
    # a noun conjoined with an alleged or condemned act shares its role, also where the parser joins it to the
    # last noun of the first act's phrase
    ("Iraq accused Iran of the killing of three soldiers and the bombing of a market.", "bombing"),
    ("The opposition blamed the government for the arrests and the killing of protesters.", "killing"),
    ("Iraq condemned the shelling of border villages by Iranian forces and the bombing of a market.", "bombing"),
])
def test_referenced_and_figurative_nouns_are_not_new_events(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


# Wordings and the category each gives, grouped by theme.
WORDINGS = [
    # --- nouns under reactions keep new events
    # an indefinite or dated event noun under a reaction is still told as news
    ("The UN condemned an attack on a hospital in Aleppo.", "attack", "ASSAULT"),
    ("Police are investigating the bombing of a market in Kabul on Monday.", "bombing", "ASSAULT"),
    # "an attack on the budget" with a named critic is criticism
    ("The senator's attack on the budget drew applause.", "attack", "ACCUSE"),
    # --- feelings voiced about an act
    ("Jordan expressed disappointment at the decision.", "disappointment", "ACCUSE"),
    ("The bloc voiced its opposition to the plan.", "opposition", "REJECT"),
    ("Kenya expressed gratitude for the aid.", "gratitude", "SUPPORT"),
    ("The opposition boycotted the vote.", "boycotted", "PROTEST"),
    # --- retreats and seizures keep their core
    ("The militia handed over the bodies of two soldiers.", "handed", "RETREAT"),
    ("Israel handed back the occupied territory.", "handed", "RETREAT"),
    ("Police seized weapons and cash in the raid.", "seized", "COERCE"),
    ("Government forces retreated from the town.", "retreated", "RETREAT"),
    # --- hitting the streets is a protest
    ("Thousands of protesters hit the streets of Khartoum.", "hit", "PROTEST"),
    ("An airstrike hit a market in the town.", "hit", "ASSAULT"),
    ("Militants hit an army checkpoint near the border.", "hit", "ASSAULT"),
    # --- an event noun told as having happened is an event
    ("Clashes erupted in Tripoli on Sunday.", "Clashes", "ASSAULT"),
    ("A bomb blast rocked the capital on Monday.", "blast", "ASSAULT"),
    ("Peace talks resumed in Doha on Tuesday.", "talks", "CONSULT"),
    ("Protests spread to several cities on Friday.", "Protests", "PROTEST"),
    ("Criticism of the government mounted after the arrests.", "Criticism", "ACCUSE"),
    # what a past act set off happened too
    ("The arrest of the opposition leader sparked protests.", "protests", "PROTEST"),
    ("Police arrested the opposition leader on Monday, sparking protests.", "protests", "PROTEST"),
    ("The killing of the journalist has triggered clashes across the country.", "clashes", "ASSAULT"),
    # --- sums in written-out currencies
    # a sum written out in a currency the model leaves outside a MONEY entity measures the aid it gives
    ("The EU provided 20 million euros in aid to Syria.", "aid", "AID"),
    ("Britain gave 30 million pounds in humanitarian aid to Sudan.", "aid", "AID"),
    ("The bank lent 500 million dollars to the government.", "lent", "AID"),
    # --- gatherings and withdrawn demands
    # a crowd of protesters gathering is the demonstration itself
    ("Protesters gathered in front of the embassy.", "gathered", "PROTEST"),
    ("Hundreds of demonstrators assembled in the main square.", "assembled", "PROTEST"),
    ("Foreign ministers gathered in Brussels for a summit.", "gathered", "CONSULT"),
    # withdrawing one's own demand, objection or charge yields; withdrawing troops de-escalates
    ("The opposition withdrew its demand for early elections.", "withdrew", "CONCEDE"),
    ("Turkey withdrew its objection to the membership bid.", "withdrew", "CONCEDE"),
    ("The prosecutors withdrew the charges against the activists.", "withdrew", "CONCEDE"),
    ("Russia withdrew its troops from the region.", "withdrew", "RETREAT"),
    # --- idioms of blame and agreement
    # idioms of criticism and blame
    ("The opposition took issue with the government's handling of the crisis.", "took", "ACCUSE"),
    ("Washington pointed the finger at Tehran for the attack.", "pointed", "ACCUSE"),
    ("The envoy took aim at the government's policies.", "took", "ACCUSE"),
    # coming to an agreement is reaching one
    ("The warring parties came to an agreement on a truce.", "agreement", "AGREE"),
    ("The unions and the employers arrived at a compromise.", "compromise", "AGREE"),
    # --- a crowd's wrecking is a riot, also in the passive
    # the "by" agent of a passive is the doer a subject constraint asks for: a crowd wrecking things riots
    ("The embassy was attacked by protesters.", "attacked", "PROTEST"),
    ("Several cars were burned by rioters.", "burned", "PROTEST"),
    ("The police station was set on fire by demonstrators.", "set", "PROTEST"),
    ("Angry protesters looted shops in the city centre.", "looted", "PROTEST"),
    # the same acts by armed men are assaults
    ("The police station was set on fire by gunmen.", "set", "ASSAULT"),
    ("Militants burned three schools in the district.", "burned", "ASSAULT"),
    # --- accepting an outcome is a concession
    # accepting a contested outcome, or recognising defeat, yields
    ("The ruling party accepted the election results.", "accepted", "CONCEDE"),
    ("The opposition candidate accepted the outcome of the vote.", "accepted", "CONCEDE"),
    ("The president recognised his defeat.", "recognised", "CONCEDE"),
    # --- closures and orders to leave
    # closing a paper censors it, closing a border restricts movement, closing an embassy cuts relations
    ("The ministry ordered the closure of two opposition newspapers.", "closure", "COERCE"),
    ("The closure of the border crossing stranded hundreds of trucks.", "closure", "COERCE"),
    ("Bahrain announced the closure of its embassy in Tehran.", "closure", "SANCTION"),
    # ordering a mission or diplomats out is expelling them
    ("The government ordered the UN mission to leave the country.", "ordered", "SANCTION"),
    ("Moscow told four British diplomats to leave within a week.", "told", "SANCTION"),
    # --- ending a labour strike is a concession
    # workers suspending, postponing or abandoning their strike yield; an air force halting strikes de-escalates
    ("The union suspended its strike after the government raised wages.", "suspended", "CONCEDE"),
    ("The doctors' union postponed the planned strike.", "postponed", "CONCEDE"),
    ("Dock workers abandoned their strike.", "abandoned", "CONCEDE"),
    ("The air force halted its strikes on the city.", "halted", "RETREAT"),
    # --- rarer verbs of appeal, concession, exclusion and de-escalation
    ("Students are clamouring for the release of their teachers.", "clamouring", "REQUEST"),
    ("Activists campaigned for the repeal of the blasphemy law.", "campaigned", "REQUEST"),
    ("Washington nudged Seoul to resume talks with Tokyo.", "nudged", "REQUEST"),
    ("The party has forgone its claim to the ministry.", "forgone", "CONCEDE"),
    ("The government accommodated the demands of the miners.", "accommodated", "CONCEDE"),
    ("The G8 excluded Russia from its summit.", "excluded", "SANCTION"),
    ("Washington agreed to unfreeze Iranian assets.", "unfreeze", "RETREAT"),
    ("The two armies disengaged along the front line.", "disengaged", "RETREAT"),
    # --- cutting off aid and trade is a sanction
    # stopping giving, trading or supplying cuts it off
    ("Germany stopped providing aid to the government.", "stopped", "SANCTION"),
    ("Russia stopped supplying gas to Ukraine.", "stopped", "SANCTION"),
    ("Britain ceased all military assistance to the regime.", "ceased", "SANCTION"),
    ("The UN pulled its funding from the project.", "pulled", "SANCTION"),
    # a travel or arms ban on another state's people is a sanction, a ban on a party a coercion
    ("The EU imposed a travel ban on ten officials.", "ban", "SANCTION"),
    # --- offers and warnings in other words
    ("The rebels said they were ready for talks.", "were", "AGREE"),  # the copula heads the clause
    ("Moscow said it reserved the right to respond militarily.", "reserved", "THREATEN"),
    ("Washington raised the prospect of sanctions against Beijing.", "raised", "THREATEN"),
]


@pytest.mark.parametrize("sentence,word,event", WORDINGS)
def test_each_wording_gives_its_category(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event


@pytest.mark.parametrize("sentence,word,kept", [
    ("After the attack, police sealed off the area.", "attack", False),
    ("Since the war, the two countries have had no ties.", "war", False),
    ("Following the bombing, the embassy closed.", "bombing", False),
    ("Since the assassination of the general in January, rocket attacks have increased.", "assassination", True),
    ("During the raid on the camp, police arrested five men.", "raid", True),
])
def test_event_nouns_that_only_place_another_in_time(raw_nlp, sentence, word, kept):
    assert (word in _found(raw_nlp, sentence)) is kept


@pytest.mark.parametrize("sentence,word,event", [
    ("The new government legalised the main opposition party.", "legalised", "CONCEDE"),
    ("The president conceded defeat on Sunday night.", "conceded", "CONCEDE"),
    ("The ruling party admitted defeat in the capital.", "admitted", "CONCEDE"),
    ("The authorities restored internet access in the region.", "restored", "CONCEDE"),
    ("The two countries restored diplomatic relations.", "restored", "SUPPORT"),
    ("Troops along the border remained on high alert.", "alert", "MOBILIZE"),
    ("The navy stepped up patrols in the strait.", "patrols", "MOBILIZE"),
    ("Washington wants Tehran to halt enrichment.", "wants", "REQUEST"),
])
def test_concessions_alerts_and_demands(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found, f"no trigger on {word!r}; found {sorted(found)}"
    assert found[word].event == event


def test_a_wave_of_attacks_is_no_natural_hazard(raw_nlp):
    assert _found(raw_nlp, "A wave of attacks killed 20 people in the north.")["killed"].event == "ASSAULT"


def test_a_party_named_opposition_is_no_rejection(raw_nlp):
    assert "opposition" not in _found(raw_nlp, "The opposition won the election.")


@pytest.mark.parametrize("sentence,word,ended,kept", [
    ("The army ended the siege of the city.", "ended", "siege", False),
    ("The rebels ceased hostilities on Friday.", "ceased", "hostilities", False),
    # halted violence happened: the offensive stays an event of its own
    ("Israel halted its offensive in Gaza.", "halted", "offensive", True),
])
def test_halting_an_attack_de_escalates(raw_nlp, sentence, word, ended, kept):
    found = _found(raw_nlp, sentence)
    assert found[word].event == "RETREAT" and (ended in found) is kept


@pytest.mark.parametrize("sentence,word", [
    ("The envoy handed over a letter from the king.", "handed"),
    ("The senator withdrew from the presidential race.", "withdrew"),
    ("The former president was released from hospital on Friday.", "released"),
    ("Stocks retreated after the announcement.", "retreated"),
    ("The opposition seized on the minister's remarks.", "seized"),
    ("The company shut down the plant in March.", "shut"),
    ("The central bank acted to arrest the slide in the currency.", "arrest"),
])
def test_everyday_uses_of_retreat_and_coercion_verbs(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


def test_a_product_hitting_the_market_is_no_attack(raw_nlp):
    assert "hit" not in _found(raw_nlp, "The new phone hit the market in May.")


@pytest.mark.parametrize("sentence,word,event,mode", [
    # ratifying an agreement, reaffirming support, tariffs
    ("Parliament approved the peace deal with the rebels on Tuesday.", "approved", "SUPPORT", None),
    ("The cabinet approved a $3 billion loan for the utility.", "loan", "AID", "economic"),
    ("The minister reaffirmed her country's support for the new government.", "support", "SUPPORT", None),
    ("Washington slapped new tariffs on Chinese steel.", "tariffs", "SANCTION", None),
    # a state closing crossings or blocking access restricts; a crowd blocking a road obstructs
    ("Israel closed the Gaza crossings after the rocket fire.", "closed", "COERCE", "restrict"),
    ("The government blocked access to the border region.", "blocked", "COERCE", "restrict"),
    ("Demonstrators blocked the main highway into the city.", "blocked", "PROTEST", "obstruct"),
    ("Canada closed its embassy in Tehran.", "closed", "SANCTION", "sever"),
])
def test_agreements_tariffs_and_closures(raw_nlp, sentence, word, event, mode):
    doc = raw_nlp(sentence)
    found = {doc[t.head].text: t.entry for t in find_triggers(doc, load_lexicon())}
    assert word in found, f"no trigger on {word!r}; found {sorted(found)}"
    assert (found[word].event, found[word].mode) == (event, mode)


@pytest.mark.parametrize("sentence,word", [
    # an act named only as what the news responds to, commemorates or follows from
    ("The air strikes came in response to the bombing of an army base.", "bombing"),
    ("The militia fired rockets in retaliation for the raid on its headquarters.", "raid"),
    ("Survivors of the 2015 bombing met the interior minister.", "bombing"),
    ("The clan vowed to avenge the killing of its elder.", "killing"),
    ("The killing of the activist last year sparked mass protests.", "killing"),
    ("The summit was overshadowed by the assassination of the governor.", "assassination"),
    # a "since" clause or a clause at a measured distance dates the news by an earlier act
    ("Tensions have risen since the militants attacked the airport in May.", "attacked"),
    ("The two states restored ties five years after rioters trashed the embassy.", "trashed"),
    ("The army shelled the hills on Tuesday, a day after gunmen killed four soldiers.", "killed"),
    # a participle that only identifies the people a frame is about
    ("The families of those killed in the ambush demanded an inquiry.", "killed"),
    # a relative clause describing an act the sentence refers back to
    ("The council condemned the attack, which killed 12 peacekeepers.", "killed"),
    ("The prime minister condemned the bombing in the capital that killed nine people.", "killed"),
])
def test_acts_told_only_as_background_are_not_new_events(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word", [
    # acts that are only alleged, also when the parser hangs "of"/"for" on the object
    ("The ministry accused the militia of seizing aid trucks.", "seizing"),
    ("Amnesty accused the army of the killing of 20 civilians.", "killing"),
    ("A court sentenced three men to death for the murder of a judge.", "murder"),
    ("The opposition alleged that police had tortured detainees.", "tortured"),
    ("Kabul rejected charges that it was arming the gunmen who attacked the border post.", "attacked"),
])
def test_alleged_acts_are_not_asserted_events(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word", [
    # the same acts told as news stay events
    ("The militia seized aid trucks near the border.", "seized"),
    ("Police tortured detainees at the station, the report said.", "tortured"),
    ("Gunmen attacked the border post on Sunday.", "attacked"),
    ("After gunmen killed four soldiers on Monday, the army sealed off the hills.", "killed"),
])
def test_the_same_acts_told_as_news_stay_events(raw_nlp, sentence, word):
    assert word in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word,event", [
    # blame laid in a reported clause, charges by a party with no legal power, attacks in words
    ("Ankara said Damascus was responsible for the blast.", "said", "ACCUSE"),
    ("The ministry said the separatists were behind the ambush.", "said", "ACCUSE"),
    ("Britain said Iran was in breach of the nuclear agreement.", "said", "ACCUSE"),
    ("The UN said Israel was in violation of international law.", "said", "ACCUSE"),
    ("The opposition charged the ruling party with vote rigging.", "charged", "ACCUSE"),
    ("Baghdad charged Tehran with arming the militias.", "charged", "ACCUSE"),
    ("Prosecutors charged the former governor with fraud.", "charged", "COERCE"),
    ("The foreign minister attacked Washington for its stance on the dispute.", "attacked", "ACCUSE"),
    ("Rebels attacked the garrison for six hours.", "attacked", "ASSAULT"),
])
def test_accusations_are_not_coercion_or_assault(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, found.get(word)


@pytest.mark.parametrize("sentence", [
    # a blame lifted, or one's own act claimed, lays no blame on another
    "Iran said Israel was not responsible for the attack.",
    "Iran said it was not responsible for the attack.",
    "The group said it was responsible for the attack on the convoy.",
    "Tehran said it was not in breach of the deal.",
])
def test_no_blame_laid_is_no_accusation(raw_nlp, sentence):
    assert "said" not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word,event", [
    # figurative uses of violent verbs in political news
    ("The deputy minister stormed out of the cabinet meeting.", "stormed", "SANCTION"),
    ("The committee shot down the amendment on Thursday.", "shot", "REJECT"),
    ("The two presidents clashed over tariffs at the summit.", "clashed", "ACCUSE"),
    # the literal uses stay violence
    ("Special forces stormed the hijacked plane at dawn.", "stormed", "ASSAULT"),
    ("Air defences shot down two drones over the capital.", "shot", "ASSAULT"),
    ("Rebels clashed with troops near the airport.", "clashed", "ASSAULT"),
])
def test_figurative_violence_verbs(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, found.get(word)


@pytest.mark.parametrize("sentence,word", [
    ("Journalists bombarded the minister with questions.", "bombarded"),
    ("The chancellor fought off a leadership challenge.", "fought"),
    ("The premier battled to hold his coalition together.", "battled"),
])
def test_figurative_violence_is_no_event(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)



@pytest.mark.parametrize("sentence,word", [
    ("Protests are common in the country.", "Protests"),
    ("Talks could resume next week.", "Talks"),
    ("Frequent clashes disrupted trade along the border.", "clashes"),
])
def test_an_event_noun_told_as_a_habit_or_a_possibility_is_no_trigger(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word", [
    ("The union called off the strike after talks with the employers.", "called"),
    ("The opposition suspended its protests for a week.", "suspended"),
    ("The students ended their boycott of classes.", "ended"),
    ("The junta allowed the opposition to hold rallies.", "allowed"),
])
def test_easing_dissent_and_political_freedoms_is_a_concession(raw_nlp, sentence, word):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == "CONCEDE"


def test_protesters_dispersing_of_their_own_accord_is_no_assault(raw_nlp):
    assert "dispersed" not in _found(raw_nlp, "The protesters dispersed peacefully in the evening.")
    found = _found(raw_nlp, "Police dispersed the protesters with water cannon.")
    assert found["dispersed"].event == "ASSAULT"


def test_vowing_to_continue_an_offensive_is_a_threat(raw_nlp):
    assert _found(raw_nlp, "Israel vowed to continue its offensive.")["vowed"].event == "THREATEN"


@pytest.mark.parametrize("sentence,word,event", [
    ("The minister disparaged the opposition leader on television.", "disparaged", "ACCUSE"),
    ("Beijing reprimanded the Japanese ambassador over the visit.", "reprimanded", "ACCUSE"),
    ("The United States cautioned North Korea against further missile tests.", "cautioned", "THREATEN"),
    ("The rebels swore to avenge their commander.", "swore", "THREATEN"),
    ("Egypt undertook to reopen the border crossing.", "undertook", "AGREE"),
    ("Qatar volunteered to mediate between the two sides.", "volunteered", "AGREE"),
    ("The Saudi king greeted the visiting French president in Riyadh.", "greeted", "CONSULT"),
    ("Protesters disobeyed the curfew in Yangon.", "disobeyed", "REJECT"),
    ("The regime clamped down on dissent after the protests.", "clamped", "COERCE"),
    ("Authorities locked up dozens of activists.", "locked", "COERCE"),
    # a crowd's hunger strike, blockade, occupation or attack is a protest (CAMEO 142, 144, 145)
    ("Hundreds of detainees refused food in protest against their treatment.", "refused", "PROTEST"),
    ("Protesters blockaded the port for three days.", "blockaded", "PROTEST"),
    ("Students occupied the university building.", "occupied", "PROTEST"),
    ("Angry students attacked the ministry building with stones.", "attacked", "PROTEST"),
    ("Government troops occupied the town.", "occupied", "COERCE"),
    ("The council recommended that the government lift the ban.", "recommended", "REQUEST"),
    # reaching an agreement, in the verbs news uses for it (CAMEO 030, 037), and inking it (057)
    ("The two sides clinched a deal on Friday.", "deal", "AGREE"),
    ("Iran and the EU sealed an agreement on trade.", "agreement", "AGREE"),
    ("The two countries inked a defence pact.", "pact", "SUPPORT"),
    ("Tokyo and Seoul patched up their differences.", "patched", "AGREE"),
    ("The two countries resolved their border dispute.", "resolved", "AGREE"),
    ("Hungary said it would leave the alliance.", "leave", "SANCTION"),
    ("The government said it would end the state of emergency.", "end", "RETREAT"),
])
def test_words_of_the_cameo_descriptions(raw_nlp, sentence, word, event):
    assert getattr(_found(raw_nlp, sentence).get(word), "event", None) == event


@pytest.mark.parametrize("sentence,word", [
    ("She locked up the office and went home.", "locked"),
    ("He swore in the new cabinet on Monday.", "swore"),
    ("The court resolved the case.", "resolved"),
    ("The storm hammered the coast.", "hammered"),
])
def test_everyday_uses_of_the_cameo_description_words(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


# --- helper 40 (2026-12-04): verbs and nouns per PLOVER category, predicate adjectives, "held X responsible" ---

@pytest.mark.parametrize("sentence,word,event", [
    ("Gunmen strangled two guards at the depot on Friday.", "strangled", "ASSAULT"),
    ("The garrison repelled an attack by insurgents overnight.", "repelled", "ASSAULT"),
    ("The slaying of the mayor in Cali on Monday shocked the city.", "slaying", "ASSAULT"),
    ("The junta nationalized the mines owned by foreign firms.", "nationalized", "COERCE"),
    ("The navy intercepted a tanker bound for the port.", "intercepted", "COERCE"),
    ("Thousands of protesters thronged the square on Sunday.", "thronged", "PROTEST"),
    ("Lawmakers voted to impeach the president on Thursday.", "impeach", "ACCUSE"),
    ("The general instructed the commanders to hold their positions.", "instructed", "REQUEST"),
    ("The opposition disavowed the statement issued by its former leader.", "disavowed", "REJECT"),
    ("The ministry brushed off the criticism from Brussels.", "brushed", "REJECT"),
    ("Both armies agreed to demilitarize the border zone.", "demilitarize", "RETREAT"),
    ("The militia dismantled its checkpoints on the highway.", "dismantled", "RETREAT"),
    ("The minister dined with the Saudi ambassador in Riyadh.", "dined", "CONSULT"),
    ("The junta began to conscript young men in the north.", "conscript", "MOBILIZE"),
    ("Beijing boycotted the summit hosted by Tokyo.", "boycotted", "SANCTION"),
    ("The government climbed down after a week of strikes.", "climbed", "CONCEDE"),
    ("Parliament abolished the death penalty on Tuesday.", "abolished", "CONCEDE"),
    ("The court overturned the ban on the newspaper.", "overturned", "CONCEDE"),
    ("Iraq halted trade with its neighbour in March.", "halted", "SANCTION"),
    ("The authorities allowed the ship to dock at the port.", "allowed", "CONCEDE"),
    ("Detectives scrutinized the accounts of the ministry.", "scrutinized", "ACCUSE"),
    ("Iran charged the United States with violating the nuclear deal.", "charged", "ACCUSE"),
    ("Police charged two men with murder on Friday.", "charged", "COERCE"),
    ("The president accepted the resignation of the interior minister.", "accepted", "CONCEDE"),
    ("Prosecutors opened an inquiry into the killings on Monday.", "inquiry", "ACCUSE"),
])
def test_category_verbs_and_nouns_added_from_the_codebooks(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, {w: e.event for w, e in found.items()}


@pytest.mark.parametrize("sentence,word", [
    ("The scandal poisoned relations between the two parties.", "poisoned"),
    ("The tourists thronged the beaches all summer.", "thronged"),
    ("Officials will draft a new law on elections.", "draft"),
])
def test_added_entries_keep_their_senses_apart(raw_nlp, sentence, word):
    found = _found(raw_nlp, sentence)
    assert word not in found or found[word].event not in ("ASSAULT", "SANCTION", "PROTEST", "MOBILIZE"), found


@pytest.mark.parametrize("sentence,event", [
    ("Germany was critical of the annexation.", "ACCUSE"),
    ("France is opposed to the new tariffs on steel.", "REJECT"),
    ("The rebels are open to talks with the government.", "AGREE"),
    ("The minister was supportive of the plan.", "SUPPORT"),
])
def test_predicate_adjectives_code_their_copula_clause(raw_nlp, sentence, event):
    found = _found(raw_nlp, sentence)
    assert {e.event for e in found.values()} >= {event}, {w: e.event for w, e in found.items()}


def test_a_party_boycotting_an_election_is_a_protest_not_a_sanction(raw_nlp):
    assert _found(raw_nlp, "Opposition parties boycotted the elections.")["boycotted"].event == "PROTEST"


def test_a_plain_predicate_adjective_is_no_event(raw_nlp):
    assert not any(e.event == "ACCUSE" for e in _found(raw_nlp, "The situation was critical on Monday.").values())


@pytest.mark.parametrize("sentence", [
    "The ministry holds the rebels responsible for the deaths of the hostages.",
    "Hamas held the occupation responsible for any escalation.",
])
def test_holding_a_party_responsible_is_an_accusation(raw_nlp, sentence):
    found = _found(raw_nlp, sentence)
    assert {e.event for e in found.values()} == {"ACCUSE"}, {w: e.event for w, e in found.items()}


@pytest.mark.parametrize("sentence,word", [
    ("The government blamed the rebels, saying they had shelled the town.", "shelled"),
    ("The envoy complained that soldiers beat the villagers.", "beat"),
    ("Police detained a driver wanted for the murder of a guard.", "murder"),
])
def test_the_content_of_an_accusation_is_only_alleged(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word,event,mode", [
    # an infinitive complement the parser read as an adverbial clause still meets a listed "xcomp"
    ("The rebels threatened on Friday to attack the capital.", "threatened", "THREATEN", "violence"),
])
def test_infinitive_read_as_adverbial_clause_meets_xcomp(raw_nlp, sentence, word, event, mode):
    found = _found(raw_nlp, sentence)
    assert (found[word].event, found[word].mode) == (event, mode)


def test_a_purpose_clause_does_not_meet_an_open_xcomp(raw_nlp):
    found = _found(raw_nlp, "The minister pressed ahead on Monday to finish the report.")
    assert "pressed" not in found or found["pressed"].event != "REQUEST"


@pytest.mark.parametrize("sentence,word,event", [
    ("Beijing reacted with fury to the arms sale on Friday.", "fury", "ACCUSE"),
    ("Egypt registered its objection to the dam on Monday.", "objection", "ACCUSE"),
    ("The ministry conveyed its concern to the ambassador.", "concern", "ACCUSE"),
    ("Tehran repeated its demand for compensation.", "demand", "REQUEST"),
])
def test_reactions_and_more_light_verbs(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, {w: e.event for w, e in found.items()}


@pytest.mark.parametrize("sentence,word", [
    # a report or claim noun the tagger reads as a verb still holds only an allegation
    ("The navy denied reports its frigates fired on the fishing boats.", "fired"),
    # a claim about another party's act alleges it
    ("Baku claimed that Armenian gunners shelled the village overnight.", "shelled"),
])
def test_a_claim_about_another_party_is_only_alleged(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


def test_a_confirmed_report_tells_the_act(raw_nlp):
    found = _found(raw_nlp, "The navy confirmed reports that its frigates fired on the fishing boats.")
    assert found["fired"].event == "ASSAULT"


def test_claiming_another_party_used_force_is_an_accusation(raw_nlp):
    found = _found(raw_nlp, "Baku claimed that Armenian gunners shelled the village overnight.")
    assert found["claimed"].event == "ACCUSE" and found["claimed"].cameo == "1123"


@pytest.mark.parametrize("sentence,word", [
    ("The militia claimed that it had ambushed the convoy.", "ambushed"),
    ("The rebels claimed their gunners shot down a helicopter.", "shot"),
    ("The militia claimed militia gunners shot down a drone.", "shot"),
    ("The insurgents claimed that nine soldiers were killed in the ambush.", "killed"),  # unsaid doer: their own
])
def test_a_claim_of_ones_own_act_tells_the_act(raw_nlp, sentence, word):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == "ASSAULT"
    assert "claimed" not in found


@pytest.mark.parametrize("sentence,word,event", [
    ("Police held six students overnight after the rally.", "held", "COERCE"),
    ("The two reporters held last month were freed on Friday.", "held", "COERCE"),
    ("The suspects were held in custody for a week.", "held", "COERCE"),
    ("Border guards seized two smugglers at dawn.", "seized", "COERCE"),
    ("The opposition held a rally in the square.", "rally", "PROTEST"),
])
def test_holding_people_is_detaining_them(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, {w: e.event for w, e in found.items()}
    assert event != "COERCE" or found[word].cameo == "173"


@pytest.mark.parametrize("sentence", [
    "The rebels still hold the northern town.",
    "The ruling party held its congress in May.",
    "The governor held the militia responsible for the fire.",
    "Riot police held back the crowd.",
])
def test_holding_places_meetings_or_a_party_responsible_is_no_detention(raw_nlp, sentence):
    assert all(e.event != "COERCE" for e in _found(raw_nlp, sentence).values())


@pytest.mark.parametrize("sentence,word,is_trigger", [
    # a reaction to a party's uncounted, undated acts refers to them as a whole; a counted or single one is news
    ("The ministry condemned Turkish airstrikes on the border villages.", "airstrikes", False),
    ("The ministry condemned two Turkish airstrikes on the border villages.", "airstrikes", True),
    ("The ministry condemned a Turkish airstrike on the border villages.", "airstrike", True),
])
def test_a_reaction_to_a_series_of_acts_refers_to_them(raw_nlp, sentence, word, is_trigger):
    assert (word in _found(raw_nlp, sentence)) is is_trigger


@pytest.mark.parametrize("sentence,word,event", [
    # granting what a party demanded accedes to the demand (CAMEO 083)
    ("The assembly adopted the reforms demanded by the students.", "adopted", "CONCEDE"),
    ("The ministry granted the pay rise sought by the nurses.", "granted", "CONCEDE"),
])
def test_granting_what_was_demanded_is_a_concession(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, {w: e.event for w, e in found.items()}


def test_approving_what_no_one_demanded_is_no_concession(raw_nlp):
    assert "approved" not in _found(raw_nlp, "The assembly approved the budget.")


@pytest.mark.parametrize("sentence,word,event", [
    # a particle gives a light verb its own sense: holding back aid withholds it
    ("Brussels is holding back budget aid to the junta.", "holding", "SANCTION"),
    ("The insurgents stepped up attacks on the garrison.", "attacks", "ASSAULT"),  # "step up" stays light
])
def test_a_phrasal_verb_is_read_in_its_own_sense(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, {w: e.event for w, e in found.items()}
    assert all(e.event != "AID" for e in found.values())


@pytest.mark.parametrize("sentence,word,event", [
    # a slur names a party as wrong; stating another party's wrongs accuses it
    ("Minsk branded the exiled activist a traitor.", "branded", "ACCUSE"),
    ("Caracas called the opposition leader an enemy of the people.", "called", "ACCUSE"),
    ("Ankara called the militia a terrorist organisation.", "called", "ACCUSE"),
    ("Delhi said Islamabad was sponsoring the insurgents.", "said", "ACCUSE"),
])
def test_slurs_and_stated_wrongs_are_accusations(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, {w: e.event for w, e in found.items()}


@pytest.mark.parametrize("sentence", [
    "Tehran said it had not violated the accord.",  # denying one's own wrong
    "The ministry said it was investigating a criminal network.",  # no one named as wrong
])
def test_saying_no_wrong_of_another_is_no_accusation(raw_nlp, sentence):
    assert all(e.event != "ACCUSE" for w, e in _found(raw_nlp, sentence).items() if w == "said")


@pytest.mark.parametrize("sentence,is_request", [
    ("The emir invited the Sudanese general to Doha.", True),  # asking a party to come: to meet (026)
    ("The museum invited children to the exhibition.", False),
])
def test_inviting_a_party_to_a_place_asks_it_to_meet(raw_nlp, sentence, is_request):
    found = _found(raw_nlp, sentence)
    assert ("invited" in found and found["invited"].event == "REQUEST") is is_request


@pytest.mark.parametrize("sentence,word,is_trigger", [
    # a participle after an event noun of its category tells that noun's event; after a person it is an act
    ("A bombing targeting the consulate killed four guards.", "targeting", False),
    ("Police detained a man attacking a guard.", "attacking", True),
])
def test_a_participle_describing_an_event_noun_is_no_event_of_its_own(raw_nlp, sentence, word, is_trigger):
    assert (word in _found(raw_nlp, sentence)) is is_trigger


@pytest.mark.parametrize("sentence,word,is_sanction", [
    ("Beijing took punitive measures against Vilnius.", "measures", True),
    ("The central bank took measures to curb inflation.", "measures", False),
])
def test_retaliatory_measures_are_sanctions(raw_nlp, sentence, word, is_sanction):
    found = _found(raw_nlp, sentence)
    assert (word in found and found[word].event == "SANCTION") is is_sanction


@pytest.mark.parametrize("sentence", [
    "The clan vowed to take revenge for the murder of its elder.",
    "The militia promised swift retaliation.",
])
def test_vowing_retribution_is_a_threat(raw_nlp, sentence):
    assert any(e.event == "THREATEN" for e in _found(raw_nlp, sentence).values())


def test_the_subject_of_a_transitive_verb_is_not_the_act_it_carries(raw_nlp):
    # "opposition" is a REJECT noun under "voice" ("voiced opposition to"), but here it is the party voicing
    found = _found(raw_nlp, "The opposition voiced criticism of the new law.")
    assert "opposition" not in found and found["criticism"].event == "ACCUSE"


def test_taking_aim_with_a_weapon_is_no_criticism(raw_nlp):
    found = _found(raw_nlp, "The sniper took aim at the soldiers.")
    assert "took" not in found or found["took"].event != "ACCUSE"


@pytest.mark.parametrize("sentence,word", [
    # judging a measure, a sentence or a trial wrong is criticism
    ("The opposition called the arrests politically motivated.", "called"),
    ("The lawyer termed the verdict unjust.", "termed"),
    ("The EU said the arrests were arbitrary.", "said"),
    ("Rights groups said the crackdown was disproportionate.", "said"),
    ("Washington called the sentence draconian.", "called"),
    ("Germany said the trial was unfair.", "said"),
])
def test_judging_a_measure_wrong_is_criticism(raw_nlp, sentence, word):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == "ACCUSE"


@pytest.mark.parametrize("sentence", [
    "The minister said the motive was unclear.",
    "Police said the attackers were motivated by revenge.",
])
def test_neutral_predicates_are_no_criticism(raw_nlp, sentence):
    assert all(e.event != "ACCUSE" for e in _found(raw_nlp, sentence).values())


def test_scientists_accepting_results_concede_nothing(raw_nlp):
    assert "accepted" not in _found(raw_nlp, "Scientists accepted the results of the study.")


@pytest.mark.parametrize("sentence,word", [
    # the news present of "come" and "follow" places a reported event in time
    ("The attack comes two days after the election.", "attack"),
    ("The latest strike on the port follows weeks of tension.", "strike"),
])
def test_an_event_noun_placed_in_time_by_the_news_present(raw_nlp, sentence, word):
    assert word in _found(raw_nlp, sentence)


def test_a_plain_present_is_no_occasion(raw_nlp):
    assert "attacks" not in _found(raw_nlp, "Such attacks are common in the region.")


def test_closing_a_factory_for_repairs_is_no_event(raw_nlp):
    assert "closure" not in _found(raw_nlp, "The closure of the factory for repairs took three weeks.")


@pytest.mark.parametrize("sentence,word", [
    ("The UN sent a fact-finding mission to Syria.", "mission"),
    ("Human rights monitors documented abuses by security forces.", "documented"),
])
def test_fact_finding_and_documenting_abuses_investigate_or_allege(raw_nlp, sentence, word):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == "ACCUSE"


def test_a_trade_mission_is_no_inquiry(raw_nlp):
    assert "mission" not in _found(raw_nlp, "Japan sent a trade mission to Vietnam.")


@pytest.mark.parametrize("sentence,word", [
    # announcing a halt, an end or a pause to attacks de-escalates; the attacks that stop were told before
    ("The rebels announced a halt to their attacks on the capital.", "halt"),
    ("The militia announced a suspension of its rocket attacks.", "suspension"),
    ("The army announced an end to air strikes in the province.", "end"),
    ("The group declared a pause in its attacks on government forces.", "pause"),
])
def test_a_halt_to_attacks_is_a_retreat(raw_nlp, sentence, word):
    found = _found(raw_nlp, sentence)
    assert found[word].event == "RETREAT"
    assert not [w for w, e in found.items() if e.event == "ASSAULT"]


def test_a_phrase_the_parser_hung_on_the_verb_still_completes_its_object(raw_nlp):
    # "to" is parsed under "announced", yet "a halt to their attacks" is one noun phrase
    doc = raw_nlp("The rebels announced a halt to their attacks on the capital.")
    assert doc[5].lower_ == "to" and doc[5].head.lower_ == "announced"
    assert "halt" in {doc[t.head].text for t in find_triggers(doc, load_lexicon())}


def test_the_end_of_a_meeting_is_no_retreat(raw_nlp):
    found = _found(raw_nlp, "The ministers issued a statement at the end of the meeting.")
    assert "end" not in found


@pytest.mark.parametrize("sentence,word", [
    # the parser hangs the phrase of a passive's subject on the verb: "an investigation ... into the killings"
    ("An investigation was launched into the killings of the activists.", "investigation"),
    ("A call was issued for calm in the capital.", "call"),
])
def test_a_phrase_after_a_passive_completes_its_subject(raw_nlp, sentence, word):
    assert word in _found(raw_nlp, sentence)


def test_campaigning_for_office_is_no_demand(raw_nlp):
    assert "campaigned" not in _found(raw_nlp, "The senator campaigned for the presidency.")


@pytest.mark.parametrize("sentence,word", [
    # a speech act's "from" phrase names who voices it (the arguments package still has to read it as the actor)
    ("The decision drew sharp criticism from rights groups.", "criticism"),
    ("The move sparked condemnation from the opposition.", "condemnation"),
])
def test_criticism_from_a_named_party_is_a_particular_act(raw_nlp, sentence, word):
    assert _found(raw_nlp, sentence)[word].event == "ACCUSE"


def test_criticism_from_nowhere_in_particular_is_no_act(raw_nlp):
    assert "criticism" not in _found(raw_nlp, "The decision drew sharp criticism.")


def test_raising_the_prospect_of_growth_is_no_threat(raw_nlp):
    assert "raised" not in _found(raw_nlp, "The bank raised the prospect of faster growth.")


@pytest.mark.parametrize("sentence,word,event", [
    # "called for X to Y": the parser makes "for" a clause mark, and the call is still a request
    ("The cleric called for Turkish troops to withdraw from the north.", "called", "REQUEST"),
    ("The union renewed its calls for the minister to resign.", "calls", "REQUEST"),
    # chanting slogans, or against a party, is a protest whoever chants
    ("Thousands chanted slogans against the governor outside the court.", "chanted", "PROTEST"),
    ("Mourners chanted against the army at the burial on Sunday.", "chanted", "PROTEST"),
    # defending another party is support
    ("Ankara said it would defend its ally Azerbaijan.", "defend", "SUPPORT"),
])
def test_requests_protests_and_support_in_their_less_usual_shapes(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event


@pytest.mark.parametrize("sentence,word", [
    # a crowd at a funeral mourns: no protest
    ("Thousands marched in the funeral of the murdered mayor on Sunday.", "marched"),
    ("Hundreds of mourners gathered in the square for the burial.", "gathered"),
    ("Villagers took to the streets to mourn the slain farmers.", "took"),
    ("Crowds joined the funeral march through the old city.", "march"),
    ("Mourners chanted prayers beside the coffin.", "chanted"),
    # keeping one's own from harm supports no one, and vowing to do so is no promise of cooperation
    ("The junta said it would defend its sovereignty.", "defend"),
    ("The rebels vowed to defend themselves against any offensive.", "vowed"),
    ("The ministry pledged it would protect its own territory.", "pledged"),
])
def test_mourning_and_self_defence_are_no_events(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


# --- a warning threatens only with the warner's own coercive act; foretelling a situation is no event ---

@pytest.mark.parametrize("sentence", [
    "Relief agencies warned that stocks of flour were almost exhausted.",
    "Observers warned that if the talks broke down, the coalition might fall apart.",
    "Experts warned that a new round of fighting could drive thousands more from their homes.",
    "The rival factions could clash again within weeks, mediators warned.",
    "Should the ceasefire collapse, they warned, the violence could spread to the capital.",
    "Doctors warned that the death toll would rise in the coming days.",
    "Several governments urged calm, warning that a retaliatory strike could ignite a wider war.",
    # the phrase of what is warned of, hung by the parser on a time phrase before it
    "Embassy officials had warned for weeks of a serious threat of bombings in the capital.",
    # another party's force, foreseen
    "Officials warned that militants would attack polling stations during the vote.",
    "The UN envoy warned that the rebels would storm the city within days.",
])
def test_a_warning_that_foretells_is_no_threat(raw_nlp, sentence):
    assert "warned" not in _found(raw_nlp, sentence) and "warning" not in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence,word", [
    ("The militia warned that it would shell the airport if the offensive continued.", "warned"),
    ("The Syrian army warned that Syria would shoot down any intruding aircraft.", "warned"),
    ("Tehran warned that any attack on its soil would be met with a crushing response.", "warned"),
    ("The junta warned that looters would be arrested on sight.", "warned"),
    ("The government warned that further strikes would not be tolerated.", "warned"),
    ("Beijing warned that all options remained on the table.", "warned"),
    ("The ministry warned that the deployment would trigger an armed confrontation.", "warned"),
    ("The navy warned fishermen that their boats could be seized.", "warned"),
    ("The rebels warned the government to release their commander within a week.", "warned"),
    ("The cabinet warned of swift retaliation against any aggressor.", "warned"),
])
def test_a_warning_of_the_warners_own_force_is_a_threat(raw_nlp, sentence, word):
    assert _found(raw_nlp, sentence)[word].event == "THREATEN"


@pytest.mark.parametrize("sentence,word,event", [
    # burning or trampling a flag, an effigy or a portrait is a protest, whoever does it
    ("The released fighters set fire to British flags outside the office.", "set", "PROTEST"),
    ("Supporters of the cleric burned an effigy of the governor.", "burned", "PROTEST"),
    ("The militiamen set a Turkish flag on fire at the crossing.", "set", "PROTEST"),
    ("Students trampled on portraits of the supreme leader.", "trampled", "PROTEST"),
    # burning buildings or homes is still damage done
    ("Gunmen set fire to a police station in the town.", "set", "ASSAULT"),
    ("Militants burned the houses of the villagers.", "burned", "ASSAULT"),
])
def test_burning_symbols_is_a_protest(raw_nlp, sentence, word, event):
    assert _found(raw_nlp, sentence)[word].event == event


@pytest.mark.parametrize("sentence,word,event", [
    # sheltering people is aid; people sheltering somewhere take shelter, which is no act toward anyone
    ("The monastery sheltered hundreds of refugees during the siege.", "sheltered", "AID"),
    ("Villagers in the nearby houses sheltered in basements as the shells fell.", "sheltered", None),
    # a crowd gathering to greet, cheer or celebrate is no protest; one gathering to protest is
    ("Crowds gathered at the airport to welcome the freed prisoners.", "gathered", None),
    ("Hundreds of supporters gathered outside the court to cheer the acquitted editor.", "gathered", None),
    ("Hundreds of students gathered outside the parliament to protest the new law.", "gathered", "PROTEST"),
])
def test_taking_shelter_and_welcoming_crowds_are_no_events(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert (found[word].event if word in found else None) == event


@pytest.mark.parametrize("sentence,word,event", [
    # a crash or a capsizing kills by accident: no one attacks
    ("A military transport plane crashed near the base on Monday, killing 12 soldiers.", "killing", None),
    ("An overloaded boat capsized in the river, killing 30 passengers.", "killing", None),
    ("Gunmen ambushed the convoy near the base on Monday, killing 12 soldiers.", "ambushed", "ASSAULT"),
    # arming and allying are done by someone; "men armed with rifles", "groups allied with Iran" only describe
    ("Masked men armed with machetes entered the village at dawn.", "armed", None),
    ("The militias allied with the government control the north.", "allied", None),
    ("Tehran armed the rebels with anti-tank missiles.", "armed", "AID"),
    # hosting visitors is a meeting; hosting troops, refugees or bases is not
    ("Jordan hosts more than 600,000 Syrian refugees.", "hosts", None),
    ("The airfield, which hosts American troops, was struck overnight.", "hosts", None),
    ("The king hosted the French president at his palace.", "hosted", "CONSULT"),
])
def test_accidents_descriptions_and_hosted_residents_are_no_acts(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert (found[word].event if word in found else None) == event


@pytest.mark.parametrize("sentence,word,event", [
    # armed men gathering show force; the subject shared with the verb before is read through "dozens of"
    ("Dozens of militiamen drove into the capital and gathered near the parliament.", "gathered", "MOBILIZE"),
    ("Hundreds of fighters gathered outside the governor's palace on Sunday.", "gathered", "MOBILIZE"),
    ("Hundreds of teachers gathered outside the governor's palace on Sunday.", "gathered", "PROTEST"),
])
def test_armed_men_gathering_show_force(raw_nlp, sentence, word, event):
    assert _found(raw_nlp, sentence)[word].event == event


@pytest.mark.parametrize("sentence,word,event", [
    # a light verb whose own row names its object keeps its own sense: accepting a demand concedes it
    ("Sudan's military council accepted the protesters' demand for a civilian-led transition.", "accepted", "CONCEDE"),
    ("Kenya's parliament accepted the opposition's demands on Tuesday.", "accepted", "CONCEDE"),
    # an institution is a party: calling on the military asks it
    ("The United Nations called on Myanmar's military to release all detained protesters.", "called", "REQUEST"),
    # the object the parser makes the infinitive's subject is still the verb's object
    ("Iran allowed United Nations nuclear inspectors to return to the Fordow site.", "allowed", "RETREAT"),
    # what a verb of sending moves is the aid, also after a passive, a measure or an indirect object
    ("Humanitarian aid was flown to Kabul by the Indian air force on Tuesday.", "aid", "AID"),
    ("Egypt sent 20 trucks of medical supplies to Libya on Tuesday.", "supplies", "AID"),
    ("Britain has given Ukraine more than 5,000 anti-tank missiles.", "missiles", "AID"),
    # flying something somewhere carries it, no visit
    ("Russia flew 35 tonnes of relief supplies to earthquake-hit Haiti.", "flew", None),
    ("The prime minister flew to Beijing on Wednesday for talks.", "flew", "CONSULT"),
    # what was seized, handed back, is returned
    ("China returned the seized underwater drone to the U.S. Navy.", "returned", "RETREAT"),
    # a reported clause of committing a crime, or calling an act a threat to another, accuses
    ("Human Rights Watch said Ethiopian forces had committed war crimes in Tigray.", "said", "ACCUSE"),
    ("Moscow said NATO's expansion was a direct threat to Russia's security.", "said", "ACCUSE"),
    # a raid told with killing is an assault; one told with arrests coerces
    ("Troops raided the village at dawn and shot dead two men.", "raided", "ASSAULT"),
    ("Police raided the house and arrested five men.", "raided", "COERCE"),
])
def test_category_readings_from_the_clause_around_the_trigger(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert (found[word].event if word in found else None) == event


@pytest.mark.parametrize("sentence,event", [
    # a reported duty laid on another party, its act no event of its own, demands the act
    ("Washington said Israel must respect the ceasefire.", "REQUEST"),
    ("The UN secretary-general said both sides should exercise maximum restraint.", "REQUEST"),
    ("The United States said Pakistan needs to do more to fight terrorism.", "REQUEST"),
    # one's own duty, a thing's, or what a situation will force is no demand
    ("The army said it must defend the border.", None),
    ("Rights groups said the release should not hide the scale of insecurity in the region.", None),
    ("Diplomats said a new government would have to move quickly on electoral reform.", None),
])
def test_a_reported_duty_of_another_party_is_a_request(raw_nlp, sentence, event):
    found = _found(raw_nlp, sentence)
    assert (found["said"].event if "said" in found else None) == event


@pytest.mark.parametrize("sentence, word, event", [
    ("Police arrested nine students outside the ministry on Sunday.", "arrested", "COERCE"),
    ("Thousands of teachers protested against unpaid salaries.", "protested", "PROTEST"),
])
def test_match_entry_reads_the_words_constraints_and_none_without_entries(raw_nlp, sentence, word, event):
    from khabar.nlp.triggers import match_entry
    token = next(t for t in raw_nlp(sentence) if t.text == word)
    found = match_entry(token, load_lexicon().entries(token.lemma_.lower(), "VERB"))
    assert found is not None and found.event == event
    assert match_entry(token, ()) is None


# Wire leads written for the recall of CONCEDE, MOBILIZE, COERCE, SANCTION, AID, ACCUSE and CONSULT (issue 3): each
# row's word is a trigger of the category, through the rule its comment names.
@pytest.mark.parametrize("sentence, word, event", [
    # a preposition dating the verb is no particle ("seized on the remarks" is a sense of its own)
    ("Nicaragua seized the offices of an independent newspaper on Monday.", "seized", "COERCE"),
    # a gerund after a named preposition is its object, when it names an act or a wrong
    ("The Israeli military charged two soldiers with abusing a Palestinian detainee.", "charged", "COERCE"),
    # where a sent thing goes: through a measure, and the object of "provide X with"
    ("Russia delivered a batch of S-400 missiles to India on Monday.", "missiles", "AID"),
    ("Britain provided Ukraine with 14 tanks on Saturday.", "tanks", "AID"),
    ("The United States supplied Israel with precision-guided bombs, officials said.", "supplied", "AID"),
    # partitives act on what follows "of"
    ("The Netherlands cut most of its development aid to Tanzania.", "cut", "SANCTION"),
    ("Germany halted some of its arms exports to Turkey on Monday.", "halted", "SANCTION"),
    ("The government lifted some of the restrictions on the media.", "lifted", "CONCEDE"),
    # a measure of time, and light verbs with their particle
    ("U.S. and Chinese trade negotiators wrapped up two days of talks in Beijing on Friday.", "talks", "CONSULT"),
    ("The United States and South Korea kicked off annual military drills on Monday.", "drills", "MOBILIZE"),
    ("The Kremlin ordered snap military exercises in western Russia on Thursday.", "exercises", "MOBILIZE"),
    # an event noun gathered by a measure that occurred
    ("A new wave of arrests swept the country on Friday.", "arrests", "COERCE"),
    # a launch aimed at no one is a weapons test; forces sent to help a party are military aid
    ("North Korea launched a ballistic missile into the sea off its east coast on Thursday.", "launched", "MOBILIZE"),
    ("Pyongyang fired two short-range missiles into the sea on Wednesday.", "fired", "MOBILIZE"),
    ("Hamas fired rockets into southern Israel on Monday.", "fired", "ASSAULT"),  # aimed at a place: an attack
    ("France sent troops to help Mali fight Islamist militants.", "sent", "AID"),
    # the occasion of a past act took place
    ("During a visit to Kabul on Tuesday, Blinken pledged continued support.", "visit", "CONSULT"),
    ("In a meeting with Iraqi officials on Monday, Pompeo warned of consequences.", "meeting", "CONSULT"),
    ("Pompeo, on a visit to Baghdad, urged Iraq to protect U.S. forces.", "visit", "CONSULT"),
    # lexicon rows
    ("The two leaders talked on the telephone on Saturday, the Kremlin said.", "talked", "CONSULT"),
    ("The phone call between the two presidents lasted 90 minutes.", "call", "CONSULT"),
    ("Egypt pulled its ambassador out of Israel on Wednesday.", "pulled", "SANCTION"),
    ("Israel halted the transfer of tax revenues to the Palestinian Authority on Sunday.", "halted", "SANCTION"),
    ("Russia quit the Council of Europe on Tuesday.", "quit", "SANCTION"),
    ("The U.S. ended its support for the Saudi-led campaign in Yemen.", "ended", "SANCTION"),
    ("China shipped medical equipment to Italy on Saturday.", "equipment", "AID"),
    ("India gifted 100 ambulances to Bangladesh on Tuesday.", "gifted", "AID"),
    ("The United States sent a team of disaster experts to Turkey.", "team", "AID"),
    ("The Turkish Red Crescent set up tents for the displaced in Idlib on Monday.", "tents", "AID"),
    ("The Chinese authorities placed the dissident under surveillance.", "placed", "COERCE"),
    ("Authorities curbed the activities of foreign journalists.", "curbed", "COERCE"),
    ("The government silenced its critics.", "silenced", "COERCE"),
    ("The government accepted responsibility for the deaths of the protesters.", "accepted", "CONCEDE"),
    ("The cabinet approved the protesters' key demand for a new constitution.", "approved", "CONCEDE"),
    ("Under international pressure, Riyadh allowed women to drive.", "allowed", "CONCEDE"),
    ("The government dropped the controversial bill after mass protests.", "dropped", "CONCEDE"),
    ("The authorities suspended the new dress code after protests.", "suspended", "CONCEDE"),
    ("The authorities unfroze the assets of the opposition party.", "unfroze", "RETREAT"),
    ("The army heightened its state of alert along the border.", "heightened", "MOBILIZE"),
    ("North Korea displayed its new ICBMs at a military parade in Pyongyang.", "displayed", "MOBILIZE"),
    # a free relative object: the predicate noun is the object, the phrases under it the verb's
    ("North Korea fired what appeared to be a ballistic missile into the sea on Sunday.", "fired", "MOBILIZE"),
    ("Britain sent military advisers to Ukraine on Monday.", "advisers", "AID"),
    ("The Gulf states poured billions of dollars into Egypt's economy after the coup.", "poured", "AID"),
    ("The World Bank released $500 million to Ukraine on Tuesday.", "released", "AID"),
    ("The Red Crescent distributed food parcels to 5,000 families in Aleppo.", "parcels", "AID"),
    ("Police closed the offices of the human rights group.", "closed", "COERCE"),
    ("Police searched the home of the opposition leader.", "searched", "COERCE"),
    ("Security forces surrounded the headquarters of the opposition party.", "surrounded", "COERCE"),
    ("Seoul expressed deep regret over Tokyo's move.", "regret", "ACCUSE"),
    ("The army expressed regret for the deaths of the civilians.", "regret", "SUPPORT"),
    ("Pyongyang's state media called the South Korean president a puppet.", "called", "ACCUSE"),
    # measures against another state are sanctions, against one's own people coercion
    ("The United States barred Chinese officials from entering the country.", "barred", "SANCTION"),
    ("The government barred the opposition leader from leaving the country.", "barred", "COERCE"),
    ("Japan restricted exports of key chemicals to South Korea.", "restricted", "SANCTION"),
    ("Beijing retaliated with tariffs on $60 billion of U.S. goods.", "retaliated", "SANCTION"),
    ("Hamas retaliated with rockets.", "retaliated", "ASSAULT"),
    ("The U.S. revoked Hong Kong's special trade status.", "revoked", "SANCTION"),
    ("Russia dispatched a naval flotilla to the Mediterranean on Monday.", "flotilla", "MOBILIZE"),
    ("The army sent two battalions to the border town.", "battalions", "MOBILIZE"),
    ("Cuba sent medical personnel to Italy on Sunday.", "personnel", "AID"),
])
def test_recall_leads_of_the_weak_categories(raw_nlp, sentence, word, event):
    found = _found(raw_nlp, sentence)
    assert word in found and found[word].event == event, f"{word!r}: {found}"


@pytest.mark.parametrize("sentence, word", [
    ("She was charged with overseeing the budget.", "charged"),  # a task, not a charge
    ("The ruling party mobilized voters ahead of the referendum.", "mobilized"),  # no force
    ("The government mobilized resources to fight the epidemic.", "mobilized"),
    ("The army deployed engineers to rebuild the bridge.", "deployed"),
    ("Hamas accepted responsibility for the rocket attack on Sunday.", "accepted"),  # a claim, no concession
    ("During his visit next week, Biden will meet the king.", "visit"),  # the occasion is still to come
    ("Rescue workers searched the rubble for survivors.", "searched"),
    ("The guards allowed the prisoners to escape.", "allowed"),
])
def test_recall_leads_no_trigger_of_the_kind(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


# The repairs of ``triggers.event_subjects`` and the constraint readings added with them (sentences of our own).
@pytest.mark.parametrize("sentence,word,event", [
    # a plural event noun the tagger read as a verb, standing as the subject of the clause's verb
    ("Ceasefire talks between Israel and Hamas resumed in Cairo.", "talks", "CONSULT"),
    ("Talks between the two sides ended on Friday.", "Talks", "CONSULT"),
    # a headline's verb read as a noun, the event noun its compound
    ("Syria peace talks resume in Geneva", "talks", "CONSULT"),
    ("Iran nuclear talks resume in Vienna on Monday", "talks", "CONSULT"),
    # "compound" reads a modifier hung on the compound before the head
    ("The U.S. and South Korea staged joint air drills over the peninsula.", "drills", "COOPERATE"),
    # the verb governing a conjoined noun is that of its first conjunct
    ("Germany sent aid workers and medical supplies to quake-hit Turkey.", "supplies", "AID"),
    # "govsubj": who files the charges decides whether they are legal action or a complaint
    ("The opposition filed charges against the president for abuse of office.", "charges", "ACCUSE"),
    ("Prosecutors filed charges against the former prime minister on Monday.", "charges", "COERCE"),
    # flights halted by a state to or from a place are a sanction
    ("Russia halted flights to Georgia.", "halted", "SANCTION"),
])
def test_hidden_event_subjects_and_wider_constraint_readings(khabar_nlp, sentence, word, event):
    doc = khabar_nlp(sentence)  # the repairs run in the trigger component, before the triggers are read
    found = {doc[t.head].text: t.entry.event for t in doc._.triggers}
    assert found.get(word) == event, found


@pytest.mark.parametrize("sentence,word", [
    ("Kyiv halted drone flights over the capital after the crash.", "halted"),  # no country they fly to
    ("The airline suspended flights to Tel Aviv.", "suspended"),  # an airline sanctions no one
    ("Peace talks are a priority for the new government.", "talks"),  # a copula, no clause with talks as its doer
])
def test_flights_halted_by_no_state_and_talks_in_a_copula_are_no_triggers(khabar_nlp, sentence, word):
    doc = khabar_nlp(sentence)
    assert word not in {doc[t.head].text for t in doc._.triggers}
