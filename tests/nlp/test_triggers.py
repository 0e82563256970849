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
    ("The attack helicopters flew over the capital.", "attack"),
    ("The company met its sales targets.", "met"),
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
