"""The factuality of a complement clause by the class of the verb that governs it (the implicative and factive
classes of linguistics), and who does the act it tells. Sentences written for these tests.

| class                              | governors (examples)                                   | the act in the complement |
|------------------------------------|--------------------------------------------------------|---------------------------|
| implicative, act done              | managed to, succeeded in, was forced to, went on to,    | asserted; a negated       |
|                                    | began/continued/proceeded to, took the step of          | governor: negated         |
| act not done                       | failed to, refused/declined/neglected to, avoided,      | negated                   |
|                                    | stopped short of                                        |                           |
| tried                              | tried/attempted/sought to, moved to                     | attempted                 |
| intention and plan                 | plans/intends/aims/is set/is due/is scheduled/is        | future; under the         |
|                                    | expected/agreed/pledged/promised/vowed/offered/decided/ | governor's own negation   |
|                                    | is prepared/ready to; persuaded/convinced X to          | negated, modal: its label |
| threat and condition               | threatened to, warned it would                          | hypothetical              |
| request and pressure               | urged/asked/called on/pressed/pushed/put pressure on/   | prescriptive, done by X   |
|                                    | lobbied X to                                            | (the one pressed)         |
| permission                         | allowed/permitted/authorised X to                       | future (the act is        |
|                                    |                                                         | permitted, still to come) |
| factive that-clause                | confirmed/acknowledged/admitted that                    | asserted                  |
| denial                             | denied that                                             | negated                   |
| claim                              | claimed/alleged that                                    | asserted as reported: the |
|                                    |                                                         | ACCUSE is the event coded |

"Demanded (that) X release ..." codes the REQUEST only: the content of a demand is folded into it elsewhere, and
"denied the raid took place" names no party, so no event is coded for the raid.
"""
import datetime as dt

import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.conftest import coded_events, event_with
from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality)
CASES = {
    "implicative_done": [
        ("Kenyan police managed to arrest the two suspects on Tuesday.", "arrest", "asserted"),
        ("Police had managed to arrest three of the gunmen before dawn.", "arrest", "asserted"),
        ("Rebels succeeded in capturing the town of Kidal.", "capturing", "asserted"),
        ("The government was forced to release the opposition leader.", "release", "asserted"),
        ("Turkish troops went on to attack the Kurdish fighters.", "attack", "asserted"),
        ("Nigerian troops have begun to shell the rebel camps.", "shell", "asserted"),
        ("The army continued to shell the city of Idlib.", "shell", "asserted"),
        ("Police proceeded to arrest dozens of protesters in Minsk.", "arrest", "asserted"),
        ("Serbia took the step of expelling the Croatian ambassador.", "expelling", "asserted"),
        ("China said it had managed to evacuate its citizens from Libya.", "evacuate", "asserted"),
    ],
    "implicative_negated_governor": [
        ("Kenyan police did not manage to arrest the suspects.", "arrest", "negated"),
        ("Police did not try to arrest the demonstrators.", "arrest", "negated"),
        ("The army never attempted to retake the town.", "retake", "negated"),
    ],
    "act_not_done": [
        ("Police failed to arrest the gang leader.", "arrest", "negated"),
        ("The rebels said they had failed to capture the airport.", "capture", "negated"),
        ("The army refused to release the prisoners.", "release", "negated"),
        ("Iran declined to meet the American envoy.", "meet", "negated"),
        ("Police neglected to protect the journalists.", "protect", "negated"),
        ("The army avoided attacking the villages.", "attacking", "negated"),
        ("Hamas refrained from attacking Israel.", "attacking", "negated"),
        ("The army stopped short of attacking the town.", "attacking", "negated"),
    ],
    "tried": [
        ("Rebels tried to seize the airport in Goma.", "seize", "attempted"),
        ("Militants attempted to kill the governor of Kandahar.", "kill", "attempted"),
        ("The rebels tried hard to seize the airport.", "seize", "attempted"),
        ("The army moved to arrest the protest leaders.", "arrest", "attempted"),
        ("The junta moved to dissolve parliament on Monday.", "dissolve", "attempted"),
        ("Police moved quickly to disperse the crowd.", "disperse", "attempted"),
        ("The militants will try to attack the base again.", "attack", "future"),  # the attempt is to come
    ],
    "intention_and_plan": [
        ("Iran plans to expel the British ambassador.", "expel", "future"),
        ("Egypt intends to send aid to Gaza.", "send", "future"),
        ("The council is set to impose sanctions on Mali.", "impose", "future"),
        ("The minister is due to visit Baghdad next week.", "visit", "future"),
        ("The leaders are scheduled to meet in Geneva.", "meet", "future"),
        ("Parliament is expected to approve the agreement.", "approve", "future"),
        ("The rebels agreed to release the hostages.", "release", "future"),
        ("Japan pledged to send aid to the Philippines.", "send", "future"),
        ("China promised to lift sanctions on Australia.", "lift", "future"),
        ("The Taliban vowed to attack government forces.", "attack", "future"),
        ("Qatar offered to mediate between the two sides.", "mediate", "future"),
        ("The government decided to deploy troops to the border.", "deploy", "future"),
        ("The army is prepared to use force against the protesters.", "use", "future"),
        ("The army is ready to attack the rebels.", "attack", "future"),
        ("The United States persuaded Israel to release the tax revenues.", "release", "future"),
        ("Mediators convinced the rebels to free the hostages.", "free", "future"),
    ],
    "intention_under_the_governors_own_label": [
        ("India did not agree to withdraw its troops.", "withdraw", "negated"),
        ("Qatar has never offered to mediate.", "mediate", "negated"),
        ("The army is not ready to attack the rebels.", "attack", "negated"),
        ("The council is not set to impose sanctions on Mali.", "impose", "negated"),
        ("India may agree to withdraw its troops.", "withdraw", "hypothetical"),
        ("India should agree to withdraw its troops.", "withdraw", "prescriptive"),
        ("India will agree to withdraw its troops.", "withdraw", "future"),
        ("If Iran agrees to release the tanker, sanctions will be lifted.", "release", "hypothetical"),
    ],
    "threat_and_condition": [
        ("North Korea threatened to attack South Korea.", "attack", "hypothetical"),
        ("The army has threatened to arrest the protest leaders.", "arrest", "hypothetical"),
        ("Iran warned it would close the Strait of Hormuz.", "close", "hypothetical"),
        ("Iran warned that it would attack American bases.", "attack", "hypothetical"),
    ],
    "request_and_pressure": [
        ("The UN urged both sides to withdraw their forces.", "withdraw", "prescriptive"),
        ("Washington put pressure on Cairo to open the crossing.", "open", "prescriptive"),
        ("Washington exerted pressure on Cairo to open the crossing.", "open", "prescriptive"),
        ("The EU stepped up pressure on Belarus to free the journalists.", "free", "prescriptive"),
        ("Israel came under pressure to open the crossing.", "open", "prescriptive"),
        ("The EU asked Turkey to release the journalists.", "release", "prescriptive"),
        ("France called on Russia to withdraw its troops.", "withdraw", "prescriptive"),
        ("Germany pressed Poland to accept the refugees.", "accept", "prescriptive"),
        ("The United States pushed Israel to end the blockade.", "end", "prescriptive"),
        ("Activists lobbied the government to release the prisoners.", "release", "prescriptive"),
        ("Activists lobbied to end the ban.", "end", "prescriptive"),
        ("The opposition demanded that the government release the prisoners.", "release", "prescriptive"),
        ("Turkey was urged to release the journalists.", "release", "prescriptive"),
        ("Myanmar has been asked to free the detainees.", "free", "prescriptive"),
    ],
    "permission": [
        ("The court allowed the opposition to hold a rally.", "hold", "future"),
        ("Congress authorised the president to use force against Iraq.", "use", "future"),
        ("The court did not allow the opposition to hold a rally.", "hold", "negated"),
        ("Syria said it would not allow Turkey to attack the Kurds.", "attack", "negated"),
    ],
    "factive_and_denial": [
        ("The army confirmed that it had arrested the commander.", "arrested", "asserted"),
        ("Israel acknowledged that its forces had killed the journalist.", "killed", "asserted"),
        ("Police admitted that officers had beaten the protesters.", "beaten", "asserted"),
        ("Hamas denied that it had attacked the Israeli soldiers.", "attacked", "negated"),
        ("Iraq denied that its forces had shelled the camp.", "shelled", "negated"),
        ("Kyiv alleged that Russian troops had shelled the plant.", "shelled", "asserted"),  # as reported
    ],
    "controls_purpose_clauses_stay_done": [
        ("Police fired tear gas to disperse the crowd.", "disperse", "asserted"),
        ("Police fired to disperse the crowd.", "disperse", "asserted"),
        ("The army moved troops to the border to deter an attack.", "deter", "asserted"),
        ("The minister travelled to Cairo to meet Sisi.", "meet", "asserted"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected",
                         [pytest.param(*case, id=f"{theme}-{i}") for theme, cases in CASES.items()
                          for i, case in enumerate(cases)])
def test_complement_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected


# (sentence, trigger of the complement's event, its factuality, the doer's name, its country): the one pressed,
# forced or asked does the act, not the one pressing.
DOERS = [
    ("Washington put pressure on Cairo to open the crossing.", "open", "prescriptive", "Egypt", "EGY"),
    ("The United States pushed Israel to end the blockade.", "end", "prescriptive", "Israel", "ISR"),
    ("France called on Russia to withdraw its troops.", "withdraw", "prescriptive", "Russia", "RUS"),
    ("Turkey was urged to release the journalists.", "release", "prescriptive", "Turkey", "TUR"),
    ("Myanmar has been asked to free the detainees.", "free", "prescriptive", "Myanmar", "MMR"),
    ("Ethiopia was forced to withdraw its troops from Somalia.", "withdraw", "asserted", "Ethiopia", "ETH"),
    ("The United States persuaded Israel to release the tax revenues.", "release", "future", "Israel", "ISR"),
    ("Japan pledged to send aid to the Philippines.", "send", "future", "Japan", "JPN"),  # control: own act
]


@pytest.mark.parametrize("sentence,trigger,factuality,name,country", DOERS)
def test_the_one_pressed_does_the_act(coder, sentence, trigger, factuality, name, country):
    event = event_with(coded_events(coder, sentence, dt.date(2021, 5, 14)), trigger)
    assert event.factuality == factuality
    assert [(a.name, a.country) for a in event.actor][:1] == [(name, country)]
