import pytest

from khabar.nlp.arguments import find_arguments, group_owner, listed_members, mention_span
from khabar.nlp.lexicon import load_lexicon
from khabar.nlp.triggers import TriggerMatch, find_triggers

pytestmark = pytest.mark.model

# (sentence, trigger, actor mention heads, recipient mention heads) — our own sentences.
CASES = [
    ("Turkish troops shelled Kurdish positions near the border.", "shelled", ["troops"], ["positions"]),
    ("The protesters were dispersed by riot police on Tuesday.", "dispersed", ["police"], ["protesters"]),
    ("Egypt's interior ministry arrested 30 members of the brotherhood.", "arrested", ["ministry"], ["members"]),
    ("The rebels kidnapped two engineers and a driver.", "kidnapped", ["rebels"], ["engineers", "driver"]),
    ("A militia that has fired rockets at the embassy vowed to continue.", "fired", ["militia"], ["embassy"]),
    ("Iran and Oman held talks in Muscat.", "talks", ["Iran", "Oman"], ["Oman", "Iran"]),
    ("The Russian bombardment of Aleppo killed dozens.", "bombardment", ["Russian"], ["Aleppo"]),
    ("Police detained the activists and later released them.", "released", ["Police"], ["them"]),
    ("The army vowed to attack the rebels.", "attack", ["army"], ["rebels"]),
    # purpose clauses and participles take the main clause's doer
    ("Egyptian police opened fire to disperse the crowd.", "disperse", ["police"], ["crowd"]),
    ("The camp was attacked by gunmen, killing four guards.", "killing", ["gunmen"], ["guards"]),
    # (a protest naming no party as its target addresses the authorities: its verb stands for them)
    ("Hundreds of farmers gathered for a rally to protest the new tax.", "protest", ["farmers"], ["protest"]),
    # an adjective's infinitive, and stative participles whose subject is the actor
    ("Norway is willing to send troops to defend Kuwait.", "defend", ["Norway"], ["Kuwait"]),
    ("Jordan is opposed to the plan.", "opposed", ["Jordan"], ["plan"]),
    # the target inside a clause, a possessor, or behind a preposition when the object is a thing
    ("The ministry demanded that Turkey withdraw its troops.", "demanded", ["ministry"], ["Turkey"]),
    # the dateline's country taken by the parser for the subject: the subject is what it hangs after the dash
    ("NAIROBI, Kenya — East African leaders on Monday imposed sanctions on Somalia.", "sanctions", ["leaders"],
     ["Somalia"]),
    ("NAIROBI, Kenya — Kenya on Monday imposed sanctions on Somalia.", "sanctions", ["Kenya"], ["Somalia"]),
    ("ABUJA, Nigeria — West African leaders on Sunday imposed sweeping sanctions on Niger.", "sanctions",
     ["leaders"], ["Niger"]),  # an example article's sentence
    ("DAKAR, Senegal — West African leaders on Sunday imposed sweeping sanctions on Mali.", "sanctions",
     ["leaders"], ["Mali"]),  # parsed right: kept
    # a common noun before an event noun is its kind, not whom it strikes (an example article's sentence)
    ("Ankara blamed Syrian government forces and hit back with artillery and drone strikes on government "
     "positions.", "hit", ["Ankara"], ["government"]),
    # the means a threatened act uses are looked through for whom it is aimed at
    ("The rebels warned that they would use force against the army.", "warned", ["rebels"], ["army"]),
    ("Hamas warned it would use drones against Israel.", "warned", ["Hamas"], ["Israel"]),
    ("The rebels warned that they would attack the army.", "warned", ["rebels"], ["army"]),
    # a definite group word as the object is whom it blames, not a party inside its "for" phrase; an "of"
    # phrase or a plain noun keeps the party inside
    ("Officials blamed the faction for a string of attacks on the U.S. Embassy.", "blamed", ["Officials"],
     ["faction"]),
    ("The minister blamed the group for the bombing of the Turkish consulate.", "blamed", ["minister"], ["group"]),
    ("The minister condemned the shelling of Kurdish villages.", "condemned", ["minister"], ["villages"]),
    # the doer of a passive "that" clause is its agent, not the ones it was done to
    ("Baku claimed villagers were shelled by Armenian gunners.", "claimed", ["Baku"], ["gunners"]),
    ("The rebels denounced Kenya's decision.", "denounced", ["rebels"], ["Kenya"]),
    ("Spain granted asylum to two Cuban dissidents.", "granted", ["Spain"], ["dissidents"]),
    ("Officials said the government lifted the curfew in Basra.", "lifted", ["government"], ["Basra"]),
    # an event noun as the doer gives way to the agent it names; a dateline is no party
    ("Israeli airstrikes killed six fighters.", "killed", ["Israeli"], ["fighters"]),
    # (an attack no one is named for: its verb stands for the unnamed doer)
    ("KYIV, Ukraine — Five soldiers were killed on Monday.", "killed", ["killed"], ["soldiers"]),
    ("ISLAMABAD, Feb 3 (Reuters) - Gunmen killed four policemen on Sunday.", "killed", ["Gunmen"], ["policemen"]),
    ("The army launched an offensive against the rebels.", "offensive", ["army"], ["rebels"]),
    ("The men killed in Friday's U.S. drone strike were buried.", "killed", ["U.S."], ["men"]),
    ("BEIRUT — American airstrikes on Thursday killed 22 fighters near the border, monitors said.", "killed",
     ["American"], ["fighters"]),
    # people a party sends are its own, wherever they go
    ("Ethiopia agreed to send negotiators to Nairobi.", "agreed", ["Ethiopia"], ["Nairobi"]),
    # (a bare "in protest" only tells why the verb's act was done: no event of its own, see test_events)
    ("Workers blocked the road in a protest against the tax.", "protest", ["Workers"], ["tax"]),
    # light verbs with an indirect object; an event noun as the target stands for its agent
    ("Finland will give Tanzania a grant of 50 million dollars.", "grant", ["Finland"], ["Tanzania"]),
    ("Serbia rejected an Australian ultimatum on Monday.", "rejected", ["Serbia"], ["Australian"]),
    ("The president conceded to demands from the opposition party.", "conceded", ["president"], ["party"]),
    ("The government lifted the ban on the Socialist Party.", "lifted", ["government"], ["Party"]),
    ("The party issued a statement demanding that Kenya withdraw its troops.", "demanding", ["party"], ["Kenya"]),
    # a gerund's doer: the object of "accused X of", "warned X against"; the passive subject; else the subject
    ("Moscow accused Kyiv of shelling the plant.", "shelling", ["Kyiv"], ["plant"]),
    ("Egypt was accused of arresting the journalists.", "arresting", ["Egypt"], ["journalists"]),
    ("The militia retaliated by attacking the base.", "attacking", ["militia"], ["base"]),
    # a participle or relative clause with a subject of its own is active, however it was tagged
    ("The soldiers the militia freed returned home.", "freed", ["militia"], ["soldiers"]),
    ("The hostages whom the rebels released were flown home.", "released", ["rebels"], ["hostages"]),
    ("Thousands of farmers protested outside the ministry.", "protested", ["farmers"], ["ministry"]),
    # a participle's doer: not the subject of a time clause it hangs on, nor the source of "said"
    # (a bare number killed counts the people struck)
    ("A suicide bomber struck as worshippers left the mosque, killing 20.", "killing", ["bomber"], ["20"]),
    ("The militia shelled the village, witnesses said, killing six civilians.", "killing", ["militia"],
     ["civilians"]),
    # an object is asked to act after "urged X to", "called on X to", "appealed to X to"
    ("The council called on Israel to release the prisoners.", "release", ["Israel"], ["prisoners"]),
    ("The bishop appealed to the rebels to free the hostages.", "free", ["rebels"], ["hostages"]),
    # recipients behind "to"/"on"/"with", a quantifier, or deep in the complement
    ("The United Nations appealed to Ethiopia to open the border.", "appealed", ["Nations"], ["Ethiopia"]),
    ("The army arrested dozens of opposition supporters.", "arrested", ["army"], ["supporters"]),
    ("The Arab League called for an end to the fighting in Yemen.", "called", ["League"], ["Yemen"]),
    ("Israel threatened military action over Iran's nuclear programme.", "threatened", ["Israel"], ["Iran"]),
    # a pronoun in a warning is the speaker, no target; the target is that of the act it warns of
    ("The rebels warned that they would shell the town of Goma.", "warned", ["rebels"], ["Goma"]),
    # a passive's doer "at the hands of", or in the clause that tells how
    ("Two journalists were killed at the hands of government troops.", "killed", ["troops"], ["journalists"]),
    ("Nine people were injured when police fired at the crowd.", "injured", ["police"], ["people"]),
    # "between X and Y" with no other doer: the first side acts, the others are its counterparts
    ("Talks between Ethiopia and Egypt resumed on Monday.", "Talks", ["Ethiopia"], ["Egypt"]),
    ("Iran and Oman held talks between their ministers in Muscat.", "talks", ["Iran", "Oman"], ["ministers"]),
    # parties named together that act on each other are each the other's recipient, go-betweens are not
    ("Egypt and Israel agreed on a new border crossing.", "agreed", ["Egypt", "Israel"], ["Israel", "Egypt"]),
    ("Armenia and Azerbaijan accused each other of violating the truce.", "accused", ["Armenia", "Azerbaijan"],
     ["Azerbaijan", "Armenia"]),
    ("Police and protesters clashed outside parliament.", "clashed", ["Police", "protesters"],
     ["protesters", "Police"]),
    ("Qatar and Egypt brokered the talks.", "brokered", ["Qatar", "Egypt"], ["talks"]),
    ("Russia and China vetoed the resolution.", "vetoed", ["Russia", "China"], ["resolution"]),
    # an event noun as the subject is no doer: the sides of its "between" phrase are
    ("Fighting broke out between Armenia and Azerbaijan.", "broke", ["Armenia"], ["Azerbaijan"]),
    ("Clashes broke out between rival militias.", "broke", ["militias"], ["militias"]),
    ("Border clashes between India and China killed 20 soldiers.", "killed", ["India", "China"], ["soldiers"]),
    ("Fighting broke out in Sudan's capital between the army and the Rapid Support Forces.", "broke", ["army"],
     ["Forces"]),
    # two subjects the parser did not coordinate are both doers ("and" hangs on the first)
    ("Venezuela's opposition and the government signed a deal.", "signed", ["opposition", "government"],
     ["government", "opposition"]),
    # the letter or the call an act is done in names whom it is to; the press a speaker tells is no recipient
    ("In a letter to Annan, Iraq demanded an end to the sanctions.", "demanded", ["Iraq"], ["Annan"]),
    ("Arafat told reporters that Israel must stop building settlements.", "told", ["Arafat"], ["Israel"]),
    # whom a person is handed over or extradited to is the recipient, not a destination
    ("Iraq extradited the suspect to Turkey.", "extradited", ["Iraq"], ["Turkey"]),
    ("Pakistan handed over the suspects to the United States.", "handed", ["Pakistan"], ["States"]),
    # whom a verb lets act is the parser's subject of the infinitive
    ("Iraq said it would allow U.N. inspectors to return.", "allow", ["it"], ["inspectors"]),
    # who claims an attack carried it out
    ("The Pakistani Taliban claimed responsibility for the attack on the school.", "attack", ["Taliban"],
     ["school"]),
    # a passive of saying raises the victims to its subject
    ("Four soldiers were reported killed in Kunduz.", "killed", ["killed"], ["soldiers"]),
    # who an event noun is for; "out of" is "from"; who made what is rejected
    ("The United States pledged support for the Iraqi government.", "support", ["States"], ["government"]),
    ("Russia pulled its forces out of Georgia.", "pulled", ["Russia"], ["Georgia"]),
    ("The rebels rejected the deal offered by the government.", "rejected", ["rebels"], ["government"]),
    # force used to do something to whom its purpose clause names; a quantifier behind a preposition
    ("Police used tear gas to disperse the students.", "gas", ["Police"], ["students"]),
    ("The agency sent aid to thousands of displaced people.", "aid", ["agency"], ["people"]),
    # a threat is made against whoever its condition names, never against the speaker's own side
    ("Hamas threatened to resume attacks if Israel did not stop the raids.", "threatened", ["Hamas"], ["Israel"]),
    ("Kim Jong Un warned that North Korea would strike first.", "warned", ["Un"], []),
    ("Russia threatened retaliation after Finland joined NATO.", "threatened", ["Russia"], ["Finland"]),
    ("Iran threatened to attack Israel if the United States struck.", "threatened", ["Iran"], ["Israel"]),
    # what the doer recalls or moves of its own is no recipient
    ("Saudi Arabia recalled its ambassador from Canada.", "recalled", ["Arabia"], ["Canada"]),
    # a first person in a quotation is its speaker
    ('"We will not negotiate with terrorists," the prime minister told reporters.', "negotiate", ["minister"],
     ["terrorists"]),
    # a clause verb the parser took for a noun; a state's name the tagger took for a person
    ("Washington demanded that the Taliban hand over the suspects.", "demanded", ["Washington"], ["Taliban"]),
    ("Britain said it would send troops to Mali.", "troops", ["it"], ["Mali"]),
    # a pair named only as "the two sides" is the pair the meeting names
    ("The two sides agreed on a truce during talks between Israel and Hamas.", "agreed", ["Israel"], ["Hamas"]),
    # a participle fronted before "said" is the speaker's act; who imposed what is denounced is its target
    ("Criticizing the Iraqi government, the cleric said it had failed.", "Criticizing", ["cleric"],
     ["government"]),
    ("Tehran denounced the new sanctions imposed by Washington.", "denounced", ["Tehran"], ["Washington"]),
    # the doer of what a decision says is whose decision it is
    ("Washington welcomed the decision of the military to hand over power.", "hand", ["military"], ["power"]),
    # aid given to help whom its purpose clause names
    ("Britain donated ten million pounds to help flood victims.", "donated", ["Britain"], ["victims"]),
    # a statement as the subject stands for whoever issued it
    ("A statement by the Arab League condemned the raid.", "condemned", ["League"], ["raid"]),
    # a reduced relative the parser made the main verb: its subject undergoes it, and the clause after it
    # (an arrest no one is named for: its verb stands for the authorities of the place)
    ("The reporters arrested last month were freed on Sunday.", "arrested", ["arrested"], ["reporters"]),
    ("The reporters arrested last month were freed on Sunday.", "freed", [], ["reporters"]),
    ("The troops attacked the town and were repelled.", "attacked", ["troops"], ["town"]),
    # a meeting's place is no party: a plural subject meets among itself, the first side with the others
    ("The two ministers met in Vienna on Friday.", "met", ["ministers"], ["ministers"]),
    ("Kenya and Uganda met in Nairobi on Friday.", "met", ["Kenya"], ["Uganda"]),
    ("The presidents of Ghana and Togo met in Accra.", "met", ["Ghana"], ["Togo"]),
    ("The envoy met with the rebels in Doha.", "met", ["envoy"], ["rebels"]),
    # "the two sides" are the pair the text named before
    ("Peru and Chile held talks in Lima. The two countries signed a border accord.", "accord", ["Peru"],
     ["Chile"]),
    ("Armenia and Azerbaijan met in Moscow. The two sides agreed to a truce.", "agreed", ["Armenia"],
     ["Azerbaijan"]),
    ("The leaders of Sudan and Chad met on Monday. The two leaders agreed to reopen the border.", "agreed",
     ["Sudan"], ["Chad"]),
    # a fronted date leaves the speaker of a first-person quotation the subject of the stating verb
    ('On Tuesday, the defence minister said: "We have pulled back our troops."', "pulled", ["minister"], []),
    # the forces a mobilisation moves are its means: it is aimed at whoever the place beyond them names
    ("Syria deployed troops along the Turkish border on Monday.", "deployed", ["Syria"], ["Turkish"]),
    ("Russia deployed troops along its border with Ukraine.", "deployed", ["Russia"], ["Ukraine"]),
    ("Iran massed tanks near the Iraqi border.", "massed", ["Iran"], ["Iraqi"]),
    # a doer's reflexive is no target: where it struck is
    ("A suicide bomber blew himself up in Jerusalem on Monday.", "blew", ["bomber"], ["Jerusalem"]),
    # forces deployed with no one named as deploying them stand for their own side
    ("Thousands of Chinese troops were deployed in Tibet.", "deployed", ["troops"], ["Tibet"]),
    ("Syrian troops were deployed along the Turkish border.", "deployed", ["troops"], ["Turkish"]),
    # who answers a proposal acts; whose proposal it was is the counterpart
    ("Jordan accepted the proposal of the Arab League on Sunday.", "proposal", ["Jordan"], ["League"]),
    ("Jordan accepted Egypt's proposal on Sunday.", "proposal", ["Jordan"], ["Egypt"]),
    # agentless passives of state acts: the state removing someone from it; the authorities of the place
    # (the verb stands for them); a state organ that reports it
    ("Thousands of Afghans were expelled from Pakistan last year.", "expelled", ["Pakistan"], ["Afghans"]),
    ("A curfew was imposed on Kano after the riots.", "curfew", ["imposed"], ["Kano"]),
    ("Police said dozens of students were detained on Monday.", "detained", ["Police"], ["students"]),
    ("Dozens of students were detained on Monday, their families said.", "detained", ["detained"], ["students"]),
    # who summons someone to a seat of state is that seat's owner
    ("The Dutch ambassador was summoned to the Turkish foreign ministry.", "summoned", ["ministry"],
     ["ambassador"]),
    # after a party as the object, a place behind "to" is a destination
    ("Xi Jinping invited Putin to Beijing for talks.", "invited", ["Jinping"], ["Putin"]),
    ("Egypt invited Hamas and Fatah to Cairo for talks.", "invited", ["Egypt"], ["Hamas", "Fatah"]),
    # a thing as an event noun's recipient stands for the party it names
    ("France voiced support for the peace plan drawn up by Norway.", "support", ["France"], ["Norway"]),
    # people whose sending is an event noun ("sent peacekeepers") are still the people, not their sender
    ("Gunmen attacked U.N. peacekeepers in Somalia.", "attacked", ["Gunmen"], ["peacekeepers"]),
    # the name behind a place noun
    ("Israeli troops withdrew from the West Bank town of Jenin on Friday.", "withdrew", ["troops"], ["Jenin"]),
    # what was fired is no recipient, even as a passive subject the tagger takes for a name
    ("Rockets were fired at the military camp near Taji on Saturday.", "fired", ["fired"], ["camp"]),
    ("Two mortar shells were fired at the Green Zone on Sunday.", "fired", ["fired"], ["Zone"]),
    ("Three missiles were launched at Israeli towns overnight.", "launched", ["launched"], ["towns"]),
    # the other side of talks behind a "with" the parser hangs on the topic, the means or the call
    ("The Dutch premier discussed migration with Macron on Monday.", "discussed", ["premier"], ["Macron"]),
    ("Lula spoke by telephone with Xi on Friday.", "spoke", ["Lula"], ["Xi"]),
    ("During a meeting with Modi, the Danish premier discussed trade.", "discussed", ["premier"], ["Modi"]),
    ("Lula spoke to Xi on Friday.", "spoke", ["Lula"], ["Xi"]),
    # whom a thing is handed back or over to is the recipient, not a destination
    ("The rebels handed the Kivu town back to Congo on Monday.", "handed", ["rebels"], ["Congo"]),
    # "help X do": the helped party is the parser's subject of the bare infinitive
    ("Chile offered to help Peru fight the fires.", "offered", ["Chile"], ["Peru"]),
    # an event noun's "of" object that names the act is no recipient; the place it is imposed in is
    ("Authorities imposed a state of siege in Peru.", "state", ["Authorities"], ["Peru"]),
    ("The army launched an offensive in Syria on Monday.", "offensive", ["army"], ["Syria"]),
    # forces an event noun names, sent by its verb: whom the move is aimed at lies deeper in its phrases
    ("India sent warships to the waters off Sri Lanka.", "warships", ["India"], ["Lanka"]),
    # a common adjective that starts a sentence is no doer, however the tagger types it
    ("Humanitarian aid was flown to Chad.", "aid", [], ["Chad"]),
    # a thing a named party owns is no party, whatever name-like words modify it: its owner is
    ("Hungary threatened to block Ukraine's EU membership.", "threatened", ["Hungary"], ["Ukraine"]),
    # a place named before a meeting noun is its venue, and a place in the topic of talks what they are about
    ("The rebels agreed to a ceasefire in the Geneva talks.", "agreed", ["rebels"], ["ceasefire"]),  # no party
    # forces moved with no doer named: the state organ that reports the move
    ("Soldiers were sent to the north, the defence ministry said.", "Soldiers", ["ministry"], []),
]


# An attack no one is named for: its own verb stands for the unnamed doer. Not where the clause points
# back to an attack told before ("in the attack"), nor for acts other than attacks.
UNATTRIBUTED = [
    ("A bombing in Kirkuk killed five people.", "killed", ["killed"]),
    ("Five people were killed in an attack in Mosul.", "killed", ["killed"]),
    ("In the attack, three soldiers were killed.", "killed", []),
    ("Gunmen killed three soldiers.", "killed", ["Gunmen"]),
    ("Five activists were freed in Minsk.", "freed", []),
    ("Four soldiers were reported killed in Kunduz.", "killed", ["killed"]),
    ("Kenya asked Britain for help in fighting poachers.", "fighting", []),
]


@pytest.mark.parametrize("sentence,word,actors", UNATTRIBUTED)
def test_unattributed_attacks_stand_for_their_doer(raw_nlp, sentence, word, actors):
    doc = raw_nlp(sentence)
    args = find_arguments(doc, _trigger(doc, word))
    assert [doc[i].text for i in args.actors] == actors


def _trigger(doc, word):
    for trig in find_triggers(doc, load_lexicon()):
        if doc[trig.head].text == word:
            return trig
    # a word the trigger finder leaves to another trigger ("accused X of shelling"): its arguments still read
    token = next(t for t in doc if t.text == word)
    entries = load_lexicon().entries(token.lemma_.lower(), "VERB")
    assert entries, f"no trigger {word!r}"
    return TriggerMatch(head=token.i, governor=token.i, entry=entries[0], nominal=False)


@pytest.mark.parametrize("sentence,word,actors,recipients", CASES)
def test_arguments_from_syntax(raw_nlp, sentence, word, actors, recipients):
    doc = raw_nlp(sentence)
    args = find_arguments(doc, _trigger(doc, word))
    assert [doc[i].text for i in args.actors] == actors
    assert [doc[i].text for i in args.recipients] == recipients


def test_passive_is_detected(raw_nlp):
    doc = raw_nlp("Three journalists were detained by the security forces.")
    args = find_arguments(doc, _trigger(doc, "detained"))
    assert args.passive and [doc[i].text for i in args.recipients] == ["journalists"]


def test_group_noun_points_to_its_owner(raw_nlp):
    doc = raw_nlp("Police arrested 14 members of the Houthi movement.")
    members = next(t for t in doc if t.text == "members")
    assert group_owner(members).text == "movement"


def test_mention_span_keeps_possessor_and_title(raw_nlp):
    doc = raw_nlp("Iraq's Prime Minister Haider al-Abadi visited Tehran.")
    head = next(t for t in doc if t.dep_ == "nsubj")
    assert mention_span(head).text == "Iraq's Prime Minister Haider al-Abadi"


@pytest.mark.parametrize("sentence, word, text", [
    # a number, its hedges and what the parser hangs before it name no one
    ("Soldiers shot dead four voters.", "voters", "voters"),
    ("The army killed at least 12 civilians.", "civilians", "civilians"),
    ("Gunmen killed more than 30 people.", "people", "people"),
    ("Israel freed 90 Palestinian prisoners.", "prisoners", "Palestinian prisoners"),
    ("Iraq's two main parties rejected the plan.", "parties", "Iraq's two main parties"),
])
def test_mention_span_leaves_out_the_number(raw_nlp, sentence, word, text):
    doc = raw_nlp(sentence)
    assert mention_span(next(t for t in doc if t.text == word)).text == text


@pytest.mark.parametrize("sentence, plural, members", [
    # a named list after "among them" or "including" says who the plural victims were
    ("The two men killed in the drone strike near the airport, among them Soleimani and al-Muhandis, were buried.",
     "men", ["Soleimani", "Muhandis"]),
    ("Six people died in the raid on Friday, including General Qassem Soleimani.", "people", ["Soleimani"]),
    ("The shelling killed eight people, among them two commanders of the militia.", "people", ["commanders"]),
    # places, civilians and lists that belong to another plural are no members of it
    ("Militants attacked several villages on Monday, including Hawija.", "villages", []),
    ("Five people were killed in attacks on three towns, including Kirkuk and Tikrit.", "people", []),
    ("Police arrested 12 protesters, including a student.", "protesters", []),
    ("Five people were killed in the attack, including two policemen.", "people", []),
    # the list must open in the plural's own sentence
    ("Gunmen killed five people. The toll, including a child, rose on Tuesday.", "people", []),
])
def test_members_listed_after_a_plural(raw_nlp, sentence, plural, members):
    doc = raw_nlp(sentence)
    token = next(t for t in doc if t.text == plural)
    assert [t.text for t in listed_members(token)] == members
