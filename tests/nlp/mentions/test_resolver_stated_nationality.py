"""The mention resolver on texts we wrote: a nationality stated once holds for the later words that take the mention
up ("a German aid worker ... The aid worker"), and a description is never its own clause's doer ("President Xi
signed a deal with the president in Islamabad": Pakistan's president, not Xi)."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 3, 10)

# (article, the trigger of the later event, its recipient's country): the place's country would be wrong
TAKEN_UP = [
    ("NIAMEY, Niger (AFP) - Gunmen kidnapped a German aid worker in western Niger on Saturday. The aid worker was "
     "later freed by soldiers.", "freed", "DEU"),
    ("JUBA, South Sudan (Reuters) - Gunmen abducted three Chinese oil workers in Unity State on Monday. The army "
     "later rescued the oil workers.", "rescued", "CHN"),
    ("BAGHDAD (Reuters) - Militants attacked a convoy of Turkish truck drivers near Mosul on Monday. Iraqi troops "
     "later freed the truck drivers.", "freed", "TUR"),
    ("KABUL (AP) - Taliban fighters detained two British aid workers in Kabul on Monday. The Taliban released the "
     "aid workers on Thursday.", "released", "GBR"),
    # controls: a description stated by no word before it stays the place's; one word alone was read so already
    ("JUBA, South Sudan (Reuters) - Gunmen attacked an oil field in Unity State on Monday. The army later rescued "
     "the oil workers.", "rescued", "SSD"),
    ("NIAMEY, Niger (AFP) - Gunmen kidnapped a German engineer in western Niger on Saturday. The engineer was later "
     "freed by soldiers.", "freed", "DEU"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), TAKEN_UP)
def test_a_description_keeps_the_nationality_stated_before(coder, text, trigger, country):
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger)
    assert [a.country for a in event.recipient] == [country]


# (sentence, trigger, the recipient's country): the host's head of state, not the doer named before it
NOT_ITS_OWN_DOER = [
    ("Chinese President Xi Jinping signed a trade agreement with the president in Islamabad.", "signed", "PAK"),
    ("Russian President Vladimir Putin held talks with the president in Ankara on Tuesday.", "held", "TUR"),
    ("French President Emmanuel Macron met the president in Cairo on Monday.", "met", "EGY"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), NOT_ITS_OWN_DOER)
def test_a_description_is_not_its_clauses_own_doer(coder, text, trigger, country):
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger.startswith(trigger))
    assert [a.country for a in event.recipient] == [country]


def test_a_description_named_before_still_takes_up_the_doer_of_another_clause(coder):
    text = "President Xi Jinping arrived in Islamabad on Monday. The president met Pakistani leaders."
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger == "met")
    assert [a.country for a in event.actor] == ["CHN"]


# (sentence, trigger, the recipient's country and sector): one person named by a noun of nationality
ONE_NATIONAL = [
    ("A Briton was kidnapped in southern Nigeria on Monday.", "kidnapped", ("GBR", "CVL")),
    ("Gunmen shot dead a Pakistani in Dubai on Friday.", "shot", ("PAK", "CVL")),
    ("A Frenchman was kidnapped in Mali on Sunday.", "kidnapped", ("FRA", "CVL")),
    # control: a state's own name stays the state
    ("Gunmen attacked Pakistan's embassy in Kabul on Friday.", "attacked", ("PAK", "GOV")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ONE_NATIONAL)
def test_a_noun_of_nationality_is_one_of_its_civilians(coder, text, trigger, expected):
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger)
    assert [(a.country, a.sector) for a in event.recipient] == [expected]
