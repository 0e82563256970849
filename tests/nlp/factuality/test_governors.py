"""The table of governing words (``khabar.nlp.factuality.governors``): attempts, refusals, plans, duties,
wishes, permissions, denials and reluctance."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality) — sentences written for these tests.
CASES = [
    # negated
    ("The police refused to release the detainees.", "release", "negated"),
    ("The minister avoided a confrontation with the unions.", "confrontation", "negated"),
    ("Police raided the house without arresting anyone.", "arresting", "negated"),
    # halting or suspending an act: it no longer happens (the halting is the news)
    ("The coalition halted bombing the city after the talks.", "bombing", "negated"),
    ("The army suspended shelling the rebel positions on Sunday.", "shelling", "negated"),
    # hypothetical
    ("There is a risk of clashes between the two factions.", "clashes", "hypothetical"),
    ("It is possible that the army shelled the village.", "shelled", "hypothetical"),
    ("The group has the capacity to confront the army.", "confront", "hypothetical"),
    # future
    ("The parliament is expected to vote on the bill next week.", "vote", "future"),
    ("The government plans to deploy troops.", "deploy", "future"),
    ("The summit is set to open in Cairo.", "open", "future"),
    ("The rebels are going to attack the town.", "attack", "future"),
    ("Where strikes on the port are imminent, the navy must act.", "strikes", "future"),
    ("The prime minister vowed to retaliate.", "retaliate", "future"),
    # prescriptive
    ("The government needs to negotiate with the strikers.", "negotiate", "prescriptive"),
    ("The opposition wants the president to resign.", "resign", "prescriptive"),  # wanted of another
    ("The president wants to resign.", "resign", "hypothetical"),  # his own wish, not yet a plan
    ("The cabinet ought to resign.", "resign", "prescriptive"),
    ("It is essential that the government negotiate with the strikers.", "negotiate", "prescriptive"),
    ("It is important for the two unions to end the strike.", "end", "prescriptive"),
    # what is weighed is not done
    ("The government said it was considering expelling the ambassador.", "expelling", "hypothetical"),
    # what is ruled out, called off, or beyond one's power does not happen
    ("The government ruled out sending troops to the region.", "sending", "negated"),
    ("The UN has been unable to deliver aid to the besieged town.", "deliver", "negated"),
    ("The strike was called off at the last minute.", "strike", "negated"),
    ("The union cancelled the strike.", "strike", "negated"),
    # attempted
    ("The gunmen were in the process of launching another assault when police arrived.", "launching",
     "attempted"),
    ("The gunmen were in the process of launching another assault when police arrived.", "assault",
     "attempted"),
    ("The rebels tried to seize the airport.", "seize", "attempted"),
    ("The rebels attempted to seize the airport.", "seize", "attempted"),
    ("The government sought to arrest the leader.", "arrest", "attempted"),
    ("Police foiled an attempt to bomb the embassy.", "bomb", "attempted"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected


# Sentences by theme, as (sentence, word, the factuality of that word's event); a test's id names its theme.
THEMES = {
    "agreeing_offering_and_deciding_leave_the_act_to_come": [
        ("The rebels agreed to withdraw from the town.", "withdraw", "future"),
        ("Qatar offered to mediate between the factions.", "mediate", "future"),
        ("The cabinet decided to send troops to the border.", "send", "future"),
        ("The council wants to sign the accord next month.", "sign", "hypothetical"),  # a wish commits to nothing
        ("Oslo is ready to host the talks.", "host", "future"),
        ("Iran is keen to resume talks with the agency.", "resume", "future"),
        # an act on offer: a noun of intent or an adjective of openness governs it
        ("Ankara expressed its willingness to mediate between the clans.", "mediate", "future"),
        ("The cabinet announced its decision to recall the ambassador.", "recall", "future"),
        ("The junta is open to talks with the opposition.", "talks", "future"),
        ("The tariffs are aimed at pressuring Beijing.", "pressuring", "future"),
        ("The envoy told the militia to free the hostages.", "free", "prescriptive"),
    ],
    "denied_reluctance_and_wishes": [
        # not being reluctant is meaning to act: done in the past, a conditional threat with a modal
        ("The commander said his troops would not hesitate to shell the town.", "shell", "hypothetical"),
        ("The guards did not hesitate to open fire on the prisoners.", "open", "asserted"),
        ("The cabinet will not shy away from arresting the plotters.", "arresting", "hypothetical"),
        ("The council hesitated to impose a curfew.", "impose", "negated"),
        ("The governor was reluctant to deploy the guard.", "deploy", "negated"),
        ("The governor was not reluctant to deploy the guard.", "deploy", "asserted"),
        # a wish or a hope commits no one to the act
        ("The rebels hope to seize the port.", "seize", "hypothetical"),
        ("The mayor hoped that the strikers would return to work.", "return", "hypothetical"),
        ("The mayor said that the strikers would return to work.", "return", "future"),
    ],
    "denied_acts_are_negated": [
        # a denial says, by the speaker's account, that the act did not happen; a claim or a report keeps it
        ("Moscow denied that its troops had shelled the town.", "shelled", "negated"),
        ("The army denied attacking the convoy.", "attacking", "negated"),
        ("The rebels said their fighters had shelled the town.", "shelled", "asserted"),
        ("The group claimed that it had attacked the convoy.", "attacked", "asserted"),
        # denying one's part in an act presupposes the act
        ("Moscow denied responsibility for the shelling of the market.", "shelling", "asserted"),
        ("The militia denied any involvement in the bombing.", "bombing", "asserted"),
    ],
    "a_permitted_act_is_still_to_come": [
        ("The junta allowed the opposition to hold rallies.", "hold", "future"),
        ("Authorities permitted the students to march to the palace.", "march", "future"),
        ("The junta let the exiled leader return home.", "return", "future"),
        ("The opposition held rallies in the capital.", "held", "asserted"),
    ],
    "a_stopped_act_no_longer_happens": [
        ("Germany stopped providing aid to the government.", "providing", "negated"),
        ("The rebels ceased firing on the town at noon.", "firing", "negated"),
    ],
    "a_plot_is_charged_not_done": [
        ("The army said militants were plotting attacks on churches.", "attacks", "hypothetical"),
        ("Police foiled a plot to kill the president.", "kill", "hypothetical"),
        ("The two officers conspired to kill the journalist, prosecutors said.", "kill", "hypothetical"),
        ("The army said militants attacked three churches.", "attacked", "asserted"),
    ],
    "an_act_judged_as_a_kind_is_not_told": [
        ("He said it was a mistake to invade Iraq.", "invade", "hypothetical"),
        ("It is wrong to attack civilians, the envoy said.", "attack", "hypothetical"),
        ("The general said the army had attacked the town by mistake.", "attacked", "asserted"),
    ],
    "a_power_or_a_warrant_to_act_is_no_act_done": [
        # a noun of power, authority or reason to act names what could be done, not what was
        ("The governor has the power to suspend the city council.", "suspend", "hypothetical"),
        ("The tribunal has the authority to detain the suspects.", "detain", "hypothetical"),
        ("The mission has a mandate to disarm the militias.", "disarm", "hypothetical"),
        ("The mayor saw no reason to cancel the parade.", "cancel", "hypothetical"),
        ("The navy has the means to blockade the port.", "blockade", "hypothetical"),  # not "was meant to"
        # a power used, or a right exercised, tells the act done
        ("The governor used his powers to suspend the city council.", "suspend", "asserted"),
        ("The navy exercised its right to board the tanker.", "board", "asserted"),
        ("The militia has the capability to down helicopters.", "down", "hypothetical"),
        ("The guerrillas are in a position to cut the highway.", "cut", "hypothetical"),
        ("Citizens are entitled to hold peaceful rallies.", "hold", "hypothetical"),
        ("The panel has been tasked with investigating the massacre.", "investigating", "future"),
        ("The insurgents seized the opportunity to storm the prison.", "storm", "asserted"),
        ("The navy may exercise its right to board the tanker.", "board", "hypothetical"),  # as the using verb is
        ("The strikers said they would seize the chance to occupy the depot.", "occupy", "future"),
        ("The junta took the decision to expel the envoy.", "expel", "future"),  # a decision is no power
        # no need is no duty: what is not needed is not done
        ("The mayor saw no need to evacuate the district.", "evacuate", "negated"),
    ],
    "the_one_course_left_was_taken_or_must_be": [
        ("The mayor had no choice but to impose a curfew.", "impose", "asserted"),
        ("The cabinet has no choice but to release the detainees.", "release", "prescriptive"),
        ("The president has no alternative but to negotiate with the strikers.", "negotiate", "prescriptive"),
        ("The mayor had the option to impose a curfew.", "impose", "hypothetical"),  # not the only course
    ],
    "a_proposed_act_is_still_to_come": [
        # what a party proposes or suggests is not yet done
        ("The rebels proposed a suspension of their attacks on the capital.", "suspension", "future"),
        ("Qatar suggested an exchange of prisoners before the holiday.", "exchange", "future"),
        ("The rebels announced a suspension of their attacks on the capital.", "suspension", "asserted"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected", [
    pytest.param(*row, id=theme) for theme, rows in THEMES.items() for row in rows])
def test_factuality_by_theme(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
