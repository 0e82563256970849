"""Bodies of several states in articles we wrote: a bare "coalition" is the one fighting where the article is on its
date (actors/coalitions, read through the mention's country), a state's air defences are its military, and a post of
a bloc ("the bloc's foreign policy chief", "the alliance's chief") is the bloc named before it (named, antecedents,
home_country._owning_group)."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model


def _party(coder, text: str, published: dt.date, trigger: str, side: str):
    events = [e for e in coded_events(coder, text, published) if trigger in e.trigger]
    assert events, f"no event on {trigger!r}"
    parties = [a for e in events for a in getattr(e, side)]
    assert parties, f"no {side} on {trigger!r}"
    return parties[0]


# (article, publication day, trigger, side, id, country, sector)
COALITIONS = [
    ("SANAA — Coalition jets struck rebel positions in the northern province of Saada on Tuesday, killing at least "
     "nine fighters, residents said.", dt.date(2019, 6, 12), "struck", "actor", "SAU.COALITION", "SAU", "MIL"),
    ("ADEN — Coalition warplanes bombed a rebel camp outside Hodeidah on Sunday, the Houthis' television said.",
     dt.date(2018, 7, 2), "bombed", "actor", "SAU.COALITION", "SAU", "MIL"),
    ("BEIRUT — Coalition aircraft bombed Islamic State positions near Raqqa on Friday, killing 20 militants, a "
     "monitoring group said.", dt.date(2017, 5, 20), "bombed", "actor", "USA.OIR", "USA", "MIL"),
    ("ERBIL — Rockets hit a base hosting coalition troops near Erbil airport on Monday, wounding two soldiers.",
     dt.date(2021, 2, 16), "hit", "recipient", "USA.OIR", "USA", "MIL"),
    ("BAGHDAD — Insurgents ambushed a coalition convoy south of Baghdad on Sunday, killing two soldiers.",
     dt.date(2006, 4, 2), "ambushed", "recipient", "USA.MNFI", "USA", "MIL"),
]


@pytest.mark.parametrize("text, published, trigger, side, actor_id, country, sector", COALITIONS)
def test_a_bare_coalition_is_the_one_fighting_there(coder, text, published, trigger, side, actor_id, country,
                                                    sector):
    party = _party(coder, text, published, trigger, side)
    assert (party.id, party.country, party.sector) == (actor_id, country, sector)


def test_a_coalition_of_rebel_groups_is_no_state_s_coalition(coder):
    text = ("BEIRUT — A coalition of rebel groups attacked army positions in Idlib province on Monday, a monitoring "
            "group said.")
    events = [e for e in coded_events(coder, text, dt.date(2017, 5, 20)) if "attacked" in e.trigger]
    assert events and all(a.country != "USA" for e in events for a in e.actor)


# (article, trigger, the state whose military the air defences are)
AIR_DEFENCES = [
    ("DAMASCUS — Syrian air defences intercepted Israeli missiles over Damascus on Saturday, state media said.",
     "intercepted", "SYR"),
    ("KYIV — Ukraine's air defence units shot down 20 Russian drones overnight, the air force said.",
     "shot", "UKR"),
    ("BAGHDAD — Iraqi air defense batteries fired at a drone over the capital on Sunday.", "fired", "IRQ"),
]


@pytest.mark.parametrize("text, trigger, country", AIR_DEFENCES)
def test_a_state_s_air_defences_are_its_military(coder, text, trigger, country):
    party = _party(coder, text, dt.date(2023, 3, 4), trigger, "actor")
    assert (party.country, party.sector) == (country, "MIL")


# (article, trigger, the body the bloc's post or "the alliance" stands for)
BLOCS = [
    ("BRUSSELS — The European Union condemned the shelling of a refugee convoy on Thursday. The bloc's foreign "
     "policy chief said Russia must allow civilians safe passage.", "said", "EU"),
    ("BRUSSELS — The European Union froze the assets of three generals on Monday. The bloc's top diplomat also "
     "called on the junta to free political prisoners.", "called", "EU"),
    ("MOGADISHU — AMISOM said its troops killed 15 militants near Afgoye on Thursday. The bloc's commission "
     "chairman condemned the attack on the base.", "condemned", "AU"),
    ("BRUSSELS — NATO's secretary general said on Monday the alliance would send more jets to the Baltic states. "
     "The alliance accused Moscow of provoking the crisis.", "accused", "NATO"),
    ("BRUSSELS — The European Union imposed new sanctions on Moscow on Monday. NATO's secretary general said the "
     "alliance condemned the missile strikes on Kyiv.", "condemned", "NATO"),
]


@pytest.mark.parametrize("text, trigger, body", BLOCS)
def test_a_bloc_s_post_is_the_bloc(coder, text, trigger, body):
    party = _party(coder, text, dt.date(2022, 3, 10), trigger, "actor")
    assert party.id == body and party.country is None
