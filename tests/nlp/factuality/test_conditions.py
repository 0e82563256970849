"""Conditions and suppositions (``khabar.nlp.factuality.conditions``): "if", inverted conditions, provisos,
acts waited for, supposed events, and whatever or whoever may come."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality) — sentences written for these tests.
CASES = [
    # hypothetical
    ("Were such a fight to break out, the rebels would also attack the capital.", "attack", "hypothetical"),
    ("If the talks fail, the rebels will attack the city.", "attack", "hypothetical"),
    ("If the talks fail, the rebels will attack the city.", "fail", "hypothetical"),
    # "should" before its subject opens a condition, not a duty
    ("Should the rebels attack the city, the army will respond.", "attack", "hypothetical"),
    ("Should parliament fail to approve the budget, the minister said he would resign.", "approve", "hypothetical"),
    # a negated condition is still a condition
    ("If its demands are not met within a week, the bloc will impose sanctions.", "met", "hypothetical"),
    ("The army will attack unless the rebels do not withdraw by Friday.", "withdraw", "hypothetical"),
    # an infinitive act on a condition waits on it, whatever the readiness above it
    ("The minister said the army is ready to fight if necessary.", "fight", "hypothetical"),
    ("Washington is prepared to use sanctions if the truce is broken.", "use", "hypothetical"),
    ("The army is ready to fight.", "fight", "future"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected


# Sentences by theme, as (sentence, word, the factuality of that word's event); a test's id names its theme.
THEMES = {
    "an_act_of_whoever_might_do_it_is_not_asserted": [
        # whoever might act, and any act at all, is no particular act done
        ("The ministry said that anyone who attacked its diplomats would face a harsh response.", "attacked",
         "hypothetical"),
        ("Any militia that fires rockets at the city will be treated as an enemy.", "fires", "hypothetical"),
        ("Ankara reserved the right to respond to any attack on its troops.", "attack", "hypothetical"),
        ("The president condemned any violence against journalists.", "violence", "hypothetical"),
        # a negation still decides; a particular doer or an asserted clause keeps the act told
        ("The militia said it did not launch any attacks on the town.", "attacks", "negated"),
        ("Police detained anyone who joined the march.", "joined", "asserted"),
        ("The rebels who attacked the convoy fled into the hills.", "attacked", "asserted"),
    ],
    "an_act_waited_for_under_a_modal_is_a_condition": [
        # "until" or "before" after a clause still to come: the act waited for is not told as done
        ("The rebels said they would not lay down their arms until the army left the region.", "left",
         "hypothetical"),
        ("The coalition will keep up the air strikes until the militants withdraw from the city.", "withdraw",
         "hypothetical"),
        ("The union said it would continue the strike until the government released the detained leaders.",
         "released", "hypothetical"),
        ("The envoy must not leave before the two sides sign the accord.", "sign", "hypothetical"),
        # after a past clause the act is told
        ("The fighting went on until the rebels withdrew from the town.", "withdrew", "asserted"),
        ("Police held the suspects until their lawyers arrived.", "arrived", "asserted"),
    ],
    "a_future_act_against_whatever_comes_is_conditional": [
        ("Russia said it would retaliate against any aggression.", "retaliate", "hypothetical"),
        ("Russia said it would retaliate against the strikes.", "retaliate", "future"),
    ],
    "an_event_named_by_no_occasion_under_would_or_could_is_supposed": [
        ("A Russian blockade of the port would disrupt grain exports.", "blockade", "hypothetical"),
        ("An attack on the fleet could trigger a war.", "attack", "hypothetical"),
        # a definite event, or a dated one, is the one that was
        ("The blockade of the port could lead to famine.", "blockade", "asserted"),
        ("A raid on Monday could have killed dozens.", "raid", "asserted"),
        # what a supposed event would do is supposed with it; a person's "would" is a plan told
        ("A ceasefire would allow aid to reach the city.", "allow", "hypothetical"),
        ("An official would visit Cairo next week, the ministry said.", "visit", "future"),
    ],
    "a_condition_without_if_is_a_condition": [
        ("The rebels will free the hostages provided that the army withdraws.", "free", "hypothetical"),
        ("Assuming the talks fail, the army will resume its offensive.", "resume", "hypothetical"),
        ("The group agreed to disarm on condition that the government released its fighters.", "released",
         "hypothetical"),
        ("The rebels will free the hostages on Friday.", "free", "future"),
        # an exhortation asks for the act
        ("Let us fight the occupiers, the commander told his men.", "fight", "prescriptive"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected", [
    pytest.param(*row, id=theme) for theme, rows in THEMES.items() for row in rows])
def test_factuality_by_theme(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
