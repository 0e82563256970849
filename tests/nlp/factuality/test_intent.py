"""Stated intent and refusal (``khabar.nlp.factuality.intent``)."""
import pytest

from khabar.nlp.factuality import stated_intent, stated_refusal

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence,word,expected", [
    ("Iran will send aid to the flood victims.", "send", "future"),
    ("The president plans to visit Cairo.", "visit", "future"),
    ("The army must withdraw from the city, the envoy said.", "withdraw", "prescriptive"),
    ("The government has to release the detainees.", "release", "prescriptive"),
    ("The suspects will be handed over to the police.", "handed", None),  # passive: no one's stated intent
    ("Had they attacked, the army would have responded.", "responded", None),  # counterfactual
    ("The police arrested five men.", "arrested", None),
    # a party's own conditional threat or offer; the writer's speculation states no one's intent
    ("The militia will retaliate if its bases are attacked.", "retaliate", "future"),
    ("The minister said his government would use force if necessary.", "use", "future"),
    ("Were such a war to start, the militia would mobilize its allies.", "mobilize", None),
    # what someone believes or hopes another will do is that one's view, not the other's intent
    ("Officials believe the rebels will attack the city.", "attack", None),
    ("The minister expressed hope that the two sides would resume talks.", "resume", None),
    ("Iran hopes it will sign the deal next month.", "sign", "future"),
    ("The rebels said they would attack the city.", "attack", "future"),
    # an open question states no intent, nor does the writer's "would" with no one saying it
    ("The minister would not say whether the navy would board the tanker.", "board", None),
    ("Reporters asked if the army would shell the port.", "shell", None),
    ("Under the deal, the rebels would hand over their heavy weapons.", "hand", None),
    ("The rebels would hand over their heavy weapons, their commander said.", "hand", "future"),
    # a modal perfect looks back: a reproach or a guess, no demand; a future perfect is still an intent
    ("The senator said the army should have arrested the suspects.", "arrested", None),
    ("The senator said the United States should not have invaded Iraq.", "invaded", None),
    ("The army will have withdrawn from the town by March, the minister said.", "withdrawn", "future"),
])
def test_stated_intent(raw_nlp, sentence, word, expected):
    assert stated_intent(head(raw_nlp(sentence), word)) == expected


@pytest.mark.parametrize("sentence,word,agreeing,expected", [
    ("Iran will not attend the talks in Geneva.", "attend", False, True),
    ("The government said it would not negotiate with the rebels.", "negotiate", False, True),
    ("We won't send troops, the chancellor said.", "send", False, True),
    ("The rebels did not accept the peace plan.", "accept", True, True),
    ("The rebels did not accept the peace plan.", "accept", False, False),  # a past act not done is no refusal
    ("The prisoners will not be released.", "released", False, False),  # passive: no one's refusal
    ("The army would not have attacked otherwise.", "attacked", False, False),  # counterfactual
    ("Iran will attend the talks in Geneva.", "attend", False, False),
])
def test_stated_refusal(raw_nlp, sentence, word, agreeing, expected):
    assert stated_refusal(head(raw_nlp(sentence), word), agreeing=agreeing) is expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("The commander said his troops would not hesitate to shell the town.", "shell", "future"),
    ("The rebels want to seize the port.", "seize", "future"),
    ("The guards did not hesitate to open fire on the prisoners.", "open", None),
    ("We won't hesitate to hit back, the colonel said.", "hit", "future"),
    # what "it is essential" says a party must do is asked of it
    ("It is essential that Cairo release the reporters, the envoy said.", "release", "prescriptive"),
    ("It was important that the army withdrew from the city.", "withdrew", None),
    ("The navy will not hesitate to use force if necessary.", "use", "future"),
])
def test_a_stated_wish_or_readiness_is_an_intent(raw_nlp, sentence, word, expected):
    assert stated_intent(head(raw_nlp(sentence), word)) == expected
