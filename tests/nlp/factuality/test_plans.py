"""Plans, schedules, provisions, aims and talks (``khabar.nlp.factuality.plans``)."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# Sentences by theme, as (sentence, word, the factuality of that word's event); a test's id names its theme.
THEMES = {
    "an_expected_or_scheduled_event_is_future": [
        # the subject of a present passive of expecting or scheduling, or of "is due", is still to come
        ("The release of the prisoners is expected next week.", "release", "future"),
        ("The visit is scheduled for next month.", "visit", "future"),
        ("New talks are planned for the spring.", "talks", "future"),
        ("The withdrawal of the troops is due to begin in March.", "withdrawal", "future"),
        # a past plan tells nothing about the act, and a finished act is asserted
        ("The release of the prisoners was completed on Monday.", "release", "asserted"),
    ],
    "what_a_text_allows_or_provides_for_is_to_come": [
        # what a text allows or provides for is still to be done, also a participle on no particular noun in it
        ("The accord allows the truce to be extended by a week for every twenty detainees freed.", "freed", "future"),
        ("The ceasefire deal provides for the withdrawal of foreign fighters.", "withdrawal", "future"),
        ("The roadmap provides for the exchange of all prisoners by March.", "exchange", "future"),
        # a participle on a particular noun, or on any noun in an asserted clause, tells an act done
        ("Police questioned any protesters detained during the raid.", "detained", "asserted"),
        ("The truce allowed the release of the hostages seized in October.", "seized", "asserted"),
        # a party providing for an act is no text
        ("The army provided cover for the evacuation of the wounded.", "evacuation", "asserted"),
    ],
    "a_right_or_a_qualified_event_noun_is_not_told_as_done": [
        ("The government reserves the right to expel foreign journalists.", "expel", "hypothetical"),
        ("Talks focused on the planned withdrawal of Turkish troops.", "withdrawal", "future"),
        ("Diplomats discussed a possible exchange of prisoners.", "exchange", "hypothetical"),
    ],
    "what_talks_and_efforts_are_for_is_still_sought": [
        ("Diplomats met in Geneva on Monday to end the fighting in Sudan.", "end", "future"),
        ("Riyadh has been negotiating with the Houthis to end the war.", "end", "future"),
        ("The two sides worked together to free the hostages.", "free", "future"),
        ("Leaders met in Paris on Monday to discuss the crisis.", "discuss", "asserted"),
        ("Protesters gathered outside parliament to demand his resignation.", "demand", "asserted"),
        ("Police fired tear gas to disperse the protesters.", "disperse", "asserted"),
    ],
    "an_intention_in_the_past_perfect_was_not_carried_out": [
        ("Police said the suspects had planned to attack a church.", "attack", "hypothetical"),
        ("The cell had intended to bomb the stadium.", "bomb", "hypothetical"),
        ("The cell intends to bomb the stadium.", "bomb", "future"),
    ],
    "a_topic_of_talks_is_sought": [
        ("The two sides held talks on a ceasefire in Doha.", "ceasefire", "hypothetical"),
        ("Diplomats held talks on ending the war.", "ending", "hypothetical"),
        ("The summit focused on ways to end the blockade.", "end", "hypothetical"),
        ("The ministers held talks on the attack on the embassy.", "attack", "asserted"),
        # what talks focus on is their topic, and an act that talks seek is sought even when definite
        ("Next month's summit will focus on the return of the refugees.", "return", "hypothetical"),
        ("The meeting in Doha centred on the handover of the bodies.", "handover", "hypothetical"),
        ("Envoys held talks on the exchange of the detainees.", "exchange", "hypothetical"),
        ("The summit will focus on the bombing of the hospital.", "bombing", "asserted"),
        # talks named by their topic happen as the verb of topic says
        ("Talks between the clans will focus on grazing rights.", "Talks", "future"),
        ("Talks between the clans focused on grazing rights.", "Talks", "asserted"),
        ("The prisoners' release focused attention on the talks.", "release", "asserted"),
    ],
    "an_act_planned_for_a_time_to_come_in_reported_speech_is_future": [
        ("Officials said a raid on the camp was planned for next week.", "raid", "future"),
        ("The raid on the camp was planned in Syria.", "raid", "asserted"),
    ],
    "what_an_accord_is_to_do_or_what_is_put_off_is_to_come": [
        ("The two sides reached an agreement to withdraw troops from the border.", "withdraw", "future"),
        ("Parliament approved a motion to impose sanctions on Belarus.", "impose", "future"),
        ("The strike was postponed until next month.", "strike", "future"),
        ("The army postponed the offensive until spring.", "offensive", "future"),
        ("The protest planned for Sunday was banned.", "protest", "future"),
        # a plan that took months tells nothing of the act; a finished act is told
        ("The attack, planned for months, killed 20 people.", "attack", "asserted"),
        ("The troops withdrew from the border under the agreement.", "withdrew", "asserted"),
    ],
    "an_act_named_as_a_demand_or_hanging_on_another_is_not_done": [
        ("The release of all prisoners is a key demand of the opposition.", "release", "prescriptive"),
        ("A ceasefire is the main goal of the talks.", "ceasefire", "future"),
        ("The release of the hostages depends on the talks.", "release", "hypothetical"),
        ("The release of the hostages began on Monday.", "release", "asserted"),
    ],
    "what_a_demand_or_an_aim_names_is_asked_for_or_sought": [
        ("The opposition's main demand is the release of political prisoners.", "release", "prescriptive"),
        ("The goal of the talks is a ceasefire in the east.", "ceasefire", "future"),
        ("Their priority is the withdrawal of foreign troops.", "withdrawal", "future"),
        ("The result was a ceasefire in the east.", "ceasefire", "asserted"),
        ("The cause of the deaths was an airstrike on the market.", "airstrike", "asserted"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected", [
    pytest.param(*row, id=theme) for theme, rows in THEMES.items() for row in rows])
def test_factuality_by_theme(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
