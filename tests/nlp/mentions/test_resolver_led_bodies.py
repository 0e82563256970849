"""The mention resolver on texts we wrote: a force a body of states leads ("NATO-led forces", "a NATO-led air strike")
is the body's force deployed in the article's country on its date, or the body acting through its forces, never the
army of the country it is deployed in."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

# (article, its date, the trigger, the role of the party, the actor id it resolves to)
LED_FORCES = [
    ("KABUL, May 1 (Reuters) - NATO-led forces killed six insurgents in a raid in Helmand province on Tuesday.",
     dt.date(2012, 5, 1), "killed", "actor", "NATO.ISAF"),
    ("KABUL, Aug 3 (Reuters) - A NATO-led air strike killed 12 civilians in Kunar province on Monday.",
     dt.date(2010, 8, 3), "killed", "actor", "NATO.ISAF"),
    ("KABUL, July 20 (AP) - NATO-led forces carried out an air strike on Islamic State fighters in Nangarhar "
     "province on Tuesday.", dt.date(2016, 7, 20), "strike", "actor", "NATO.RSM"),
    ("KABUL, May 1 (Reuters) - Taliban fighters attacked a base of NATO-led troops in Kandahar on Monday.",
     dt.date(2012, 5, 1), "attacked", "recipient", "NATO.ISAF"),
    ("PRISTINA, March 17 (Reuters) - NATO-led peacekeepers fired tear gas at Serb protesters in Mitrovica on "
     "Monday.", dt.date(2008, 3, 17), "fired", "actor", "NATO.KFOR"),
    ("SARAJEVO, June 10 (Reuters) - NATO-led peacekeepers arrested a Bosnian Serb suspect near Pale on Thursday.",
     dt.date(2004, 6, 10), "arrested", "actor", "NATO.SFOR"),
    ("MOGADISHU, March 10 (AP) - African Union-led troops captured the town of Bulo Burde from al Shabaab "
     "militants on Monday.", dt.date(2014, 3, 10), "captured", "actor", "AU"),
    ("TRIPOLI, June 10 (Reuters) - NATO-led air strikes hit targets in Tripoli on Friday.",
     dt.date(2011, 6, 10), "hit", "actor", "NATO"),
]


@pytest.mark.parametrize(("text", "published", "trigger", "role", "expected"), LED_FORCES)
def test_a_force_led_by_a_body_of_states_is_the_body_s(coder, text, published, trigger, role, expected):
    event = next(e for e in coded_events(coder, text, published) if e.trigger == trigger)
    assert [(a.id, a.country, a.sector) for a in getattr(event, role)] == [(expected, None, "MIL")]


def test_the_mission_the_body_leads_speaks_for_its_troops(coder):
    text = "KABUL, May 1 (Reuters) - The NATO-led mission said its troops came under fire near Lashkar Gah."
    event = next(e for e in coded_events(coder, text, dt.date(2012, 5, 1)) if e.trigger == "fire")
    assert [a.id for a in event.recipient] == ["NATO.ISAF"]


def test_a_state_s_own_forces_a_body_leads_stay_the_state_s(coder):
    text = "KABUL, May 1 (Reuters) - NATO-led Afghan troops killed six insurgents in Helmand province on Tuesday."
    event = next(e for e in coded_events(coder, text, dt.date(2012, 5, 1)) if e.trigger == "killed")
    assert [(a.country, a.sector) for a in event.actor] == [("AFG", "MIL")]


# (sentence, trigger, the recipient's country and sector): one person named by a noun of nationality the knowledge
# base has only as a noun ("a Dane", "a Dutchman")
ONE_NATIONAL = [
    ("A Dane was kidnapped near Gao on Sunday.", "kidnapped", ("DNK", "CVL")),
    ("Police arrested a Turk suspected of smuggling weapons in Athens on Monday.", "arrested", ("TUR", "CVL")),
    ("Islamist fighters killed an Irishman in an attack on a hotel in Bamako.", "killed", ("IRL", "CVL")),
    ("Turkish police detained a Finn at the border on Saturday.", "detained", ("FIN", "CVL")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ONE_NATIONAL)
def test_a_noun_of_nationality_is_one_of_its_civilians(coder, text, trigger, expected):
    event = next(e for e in coded_events(coder, text, dt.date(2019, 5, 20)) if e.trigger == trigger)
    assert [(a.country, a.sector) for a in event.recipient] == [expected]
