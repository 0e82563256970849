import pytest

from khabar.nlp.arguments import find_arguments, group_owner, listed_members, mention_span
from khabar.nlp.lexicon import load_lexicon
from khabar.nlp.triggers import find_triggers

pytestmark = pytest.mark.model

# (sentence, trigger, actor mention heads, recipient mention heads) — our own sentences.
CASES = [
    ("Turkish troops shelled Kurdish positions near the border.", "shelled", ["troops"], ["positions"]),
    ("The protesters were dispersed by riot police on Tuesday.", "dispersed", ["police"], ["protesters"]),
    ("Egypt's interior ministry arrested 30 members of the brotherhood.", "arrested", ["ministry"], ["members"]),
    ("The rebels kidnapped two engineers and a driver.", "kidnapped", ["rebels"], ["engineers", "driver"]),
    ("A militia that has fired rockets at the embassy vowed to continue.", "fired", ["militia"], ["embassy"]),
    ("Iran and Oman held talks in Muscat.", "talks", ["Iran", "Oman"], []),
    ("The Russian bombardment of Aleppo killed dozens.", "bombardment", ["Russian"], ["Aleppo"]),
    ("Police detained the activists and later released them.", "released", ["Police"], ["them"]),
    ("The army vowed to attack the rebels.", "attack", ["army"], ["rebels"]),
    # purpose clauses and participles take the main clause's doer
    ("Egyptian police opened fire to disperse the crowd.", "disperse", ["police"], ["crowd"]),
    ("The camp was attacked by gunmen, killing four guards.", "killing", ["gunmen"], ["guards"]),
    ("Hundreds of farmers gathered for a rally to protest the new tax.", "protest", ["farmers"], ["tax"]),
    # an adjective's infinitive, and stative participles whose subject is the actor
    ("Norway is willing to send troops to defend Kuwait.", "defend", ["Norway"], ["Kuwait"]),
    ("Jordan is opposed to the plan.", "opposed", ["Jordan"], ["plan"]),
    # the target inside a clause, a possessor, or behind a preposition when the object is a thing
    ("The ministry demanded that Turkey withdraw its troops.", "demanded", ["ministry"], ["Turkey"]),
    ("The rebels denounced Kenya's decision.", "denounced", ["rebels"], ["Kenya"]),
    ("Spain granted asylum to two Cuban dissidents.", "granted", ["Spain"], ["dissidents"]),
    ("Officials said the government lifted the curfew in Basra.", "lifted", ["government"], ["Basra"]),
    # an event noun as the doer gives way to the agent it names; a dateline is no party
    ("Israeli airstrikes killed six fighters.", "killed", ["Israeli"], ["fighters"]),
    ("KYIV, Ukraine — Five soldiers were killed on Monday.", "killed", [], ["soldiers"]),
    ("The army launched an offensive against the rebels.", "offensive", ["army"], ["rebels"]),
    ("The men killed in Friday's U.S. drone strike were buried.", "killed", ["U.S."], ["men"]),
    ("BEIRUT — American airstrikes on Thursday killed 22 fighters near the border, monitors said.", "killed",
     ["American"], ["fighters"]),
    ("Workers blocked the road in protest against the tax.", "protest", ["Workers"], ["tax"]),
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
]


def _trigger(doc, word):
    for trig in find_triggers(doc, load_lexicon()):
        if doc[trig.head].text == word:
            return trig
    raise AssertionError(f"no trigger {word!r}")


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
])
def test_members_listed_after_a_plural(raw_nlp, sentence, plural, members):
    doc = raw_nlp(sentence)
    token = next(t for t in doc if t.text == plural)
    assert [t.text for t in listed_members(token)] == members
