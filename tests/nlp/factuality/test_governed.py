"""What a governing clause's own markers do to what it governs (``khabar.nlp.factuality.governed``): "is to",
"has to", "rather than", "no plan to", an act kept from, an attempt under a modal."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality) — sentences written for these tests.
CASES = [
    # future
    ("The council is to vote on the plan.", "vote", "future"),
    # prescriptive
    ("The minister should avoid a confrontation with the unions.", "confrontation", "prescriptive"),
    ("Rather than provoke a conflict with the unions, the minister should remain calm.", "provoke",
     "prescriptive"),
    ("The army has to withdraw from the city.", "withdraw", "prescriptive"),
    # an intention denied: "no plan to", "no intention of"
    ("The minister said there was no plan to send troops.", "send", "negated"),
    ("The government has no intention of attacking its neighbour.", "attacking", "negated"),
    ("The government announced a plan to send troops.", "send", "future"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected


# Sentences by theme, as (sentence, word, the factuality of that word's event); a test's id names its theme.
THEMES = {
    "an_act_someone_is_kept_from_does_not_happen": [
        ("The court barred the candidate from contesting the election.", "contesting", "negated"),
        ("The new law prohibits unions from staging strikes.", "staging", "negated"),
        ("Police stopped the marchers from reaching the palace.", "reaching", "negated"),
        ("Police arrested the marchers from the capital on Friday.", "arrested", "asserted"),
    ],
    "what_is_yet_to_be_done_is_not_done": [
        ("The militia has yet to free the kidnapped engineers.", "free", "negated"),
        ("The ministry is yet to reopen the border crossing.", "reopen", "negated"),
        ("The militia has to free the kidnapped engineers.", "free", "prescriptive"),
    ],
    "an_attempt_under_a_modal_or_a_negation_takes_its_standing": [
        ("The rebels might try to storm the prison.", "storm", "hypothetical"),
        ("The army did not try to retake the airport.", "retake", "negated"),
        ("The army will try to retake the airport.", "retake", "future"),
        ("The army tried to retake the airport.", "retake", "attempted"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected", [
    pytest.param(*row, id=theme) for theme, rows in THEMES.items() for row in rows])
def test_factuality_by_theme(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
