"""Force used against protesters implies their protest, on sentences we wrote."""
import pytest

from tests.nlp.test_accusations import _asserted, coder  # noqa: F401  (the module's coder fixture)

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,mode", [
    ("Riot police fired tear gas at protesters in the capital on Tuesday.", "demonstrate"),
    ("Soldiers opened fire on a crowd of demonstrators outside the ministry.", "demonstrate"),
    ("Police clashed with protesters near the parliament on Tuesday.", "riot"),
    ("Police dispersed striking dockers outside the port on Tuesday.", "strike"),
])
def test_force_against_protesters_implies_their_protest(coder, text, mode):
    events = _asserted(coder, text)
    (protest,) = [e for e in events if e.event == "PROTEST"]
    (force,) = [e for e in events if e.event != "PROTEST"]
    assert protest.mode == mode and protest.actor and protest.recipient
    assert protest.recipient[0].text == force.actor[0].text  # addressed to the ones who used force


@pytest.mark.parametrize("text", [
    "Protesters clashed with police near the parliament on Tuesday.",  # the protest is told already, once
    "Police fired tear gas at football fans outside the stadium.",  # a crowd that is no protest
])
def test_no_second_protest_and_none_for_other_crowds(coder, text):
    assert len([e for e in _asserted(coder, text) if e.event == "PROTEST"]) <= 1
    assert "fans" not in text or not [e for e in _asserted(coder, text) if e.event == "PROTEST"]


@pytest.mark.parametrize("text,against", [
    # a protest met by the state's force is against that state's forces
    ("Security forces fired live rounds at protesters in the capital on Tuesday.", "forces"),
    # gunmen or another party's militia firing on a march are not what the march protests
    ("Unidentified gunmen opened fire on protesters near the court on Tuesday.", None),
    ("Fighters of a rival party fired on the demonstrators outside the court.", None),
])
def test_an_implied_protest_is_against_the_state_not_against_armed_strangers(coder, text, against):
    (protest,) = [e for e in _asserted(coder, text) if e.event == "PROTEST"]
    assert (protest.recipient[0].text.split()[-1] if protest.recipient else None) == against
