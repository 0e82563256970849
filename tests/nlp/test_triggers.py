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
