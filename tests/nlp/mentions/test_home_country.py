"""How a bare organ of a state ("the army", "the police") gets its country: from an organ of its kind named
before it, never from one named after it that was resolved first (texts we wrote)."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.model import Article
from khabar.nlp.mentions import MentionResolver
from tests.nlp.conftest import coded_events

# Each text: a story of one country whose last sentence names another state's organ of the same kind; the bare
# organ of the second sentence, with no organ of its kind before it, is the story's.
LATE_OTHER_ORGAN = [
    ("OUAGADOUGOU, Nov 20 (AFP) - Gunmen killed 12 villagers near Djibo. The army said soldiers repelled a "
     "second attack near Kaya. Officials said the attackers fled toward the border, where Malian soldiers were "
     "patrolling.", "army", "soldiers", "BFA"),
    ("NIAMEY, Sept 2 (Reuters) - Protesters marched against the junta in Niamey. The police said officers "
     "arrested 30 marchers near the stadium. Nigerian police were deployed on the other side of the border, "
     "officials said.", "police", "police", "NER"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, organ, later, expected", LATE_OTHER_ORGAN)
def test_a_later_organ_resolved_first_does_not_give_its_country(khabar_nlp, text, organ, later, expected):
    doc = khabar_nlp(text)
    resolver = MentionResolver(default_kb(), date=dt.date(2023, 11, 20), country=None)
    head = next(t for t in doc if t.lower_ == organ)
    last = [t for t in doc if t.lower_ == later][-1]
    assert last.i > head.i
    assert resolver.resolve(last).country != expected  # the later organ is the other state's
    assert resolver.resolve(head).country == expected


# Stories filed from a state that strikes abroad: a bare "the army" is the striking state's, not the land's.
# Each row: the text, the start of the sentence whose first actor is read, and that actor's country.
DESK_STORIES = [
    ("ANKARA, Jan 14 (Reuters) - Turkey struck 30 Kurdish militant targets in northern Syria overnight, officials "
     "said on Sunday. The army shelled positions near Tal Rifaat and Manbij after the strikes.",
     "The army shelled", "TUR"),
    ("MOSCOW, March 3 (Reuters) - Russian warplanes bombed rebel positions in Idlib province on Saturday. The "
     "army shelled villages near Saraqeb later in the day.", "The army shelled", "RUS"),
    # filed from a capital that takes no part in the fighting: the land's own army
    ("ABUJA, Nigeria, July 30 (AP) - West African leaders met in Abuja on Sunday to discuss the crisis in Niger. "
     "The army detained the president at his residence in Niamey.", "The army detained", "NER"),
]


@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import Coder
    return Coder()


def _first_actor(coder, text: str, sentence: str):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 1, 14))])
    event = next(e for e in coded.events if e.text.startswith(sentence) and e.actor)
    return event.actor[0]


@pytest.mark.model
@pytest.mark.parametrize("text, sentence, expected", DESK_STORIES)
def test_a_bare_army_in_a_story_from_a_striking_state_is_that_states(coder, text, sentence, expected):
    assert _first_actor(coder, text, sentence).country == expected


@pytest.mark.model
def test_a_short_name_of_a_body_named_before_takes_its_country(coder):
    text = ("JERUSALEM, April 14 (Reuters) - Iran's Revolutionary Guards said they had launched the drones. A strike "
            "in Damascus this month killed seven members of the Guards, and Iran vowed revenge.")
    (coded,) = coder.code([Article(id="g", text=text)])
    guards = [a for e in coded.events for a in (*e.actor, *e.recipient) if a.text == "Guards"]
    assert guards and all(a.country == "IRN" for a in guards)


# A group's people after a state's forces were named last: the group's, never the state's government or army.
GROUP_LEADERS = [
    ("SRINAGAR, Oct 2 (Reuters) - The Kashmir Tigers, a militant group, claimed an attack on an army post near "
     "Rajouri that killed three soldiers. The group's leader threatened more attacks on Indian forces.",
     "The group's leader"),
    ("BAMAKO, May 3 (AFP) - The Liberation Front of the North, a rebel movement, ambushed a convoy near Kidal and "
     "killed four soldiers. The movement's spokesman threatened more ambushes.", "The movement's spokesman"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, sentence", GROUP_LEADERS)
def test_a_groups_leader_is_not_the_states_after_soldiers_were_named(coder, text, sentence):
    actor = _first_actor(coder, text, sentence)
    assert actor.sector not in ("GOV", "MIL", "COP")


# Forces in a land the dateline's state occupies: the occupier's in a story filed from it, the land's otherwise.
OCCUPIED_LAND = [
    ("JERUSALEM, Feb 8 (Reuters) - Israel's security minister said police would arrest anyone who attacked "
     "soldiers in the West Bank town of Hebron. The army said troops shot dead a gunman in Jenin.",
     "The army said troops", "ISR"),
    ("KYIV, March 2 (AP) - Ukraine's president visited the front on Saturday. The army said troops repelled an "
     "assault near Bakhmut.", "The army said troops", "UKR"),  # filed from the land itself: its own
]


@pytest.mark.model
@pytest.mark.parametrize("text, sentence, expected", OCCUPIED_LAND)
def test_forces_in_a_land_the_desks_state_occupies_are_the_occupiers(coder, text, sentence, expected):
    assert _first_actor(coder, text, sentence).country == expected


# A bare force that harms people the text names as the land's own, in a land another state holds, is the holder's,
# with no dateline to say so (sentences we wrote). Each row: the text, the start of its sentence, the country.
FORCES_HARMING_THE_LANDS_PEOPLE = [
    ("Soldiers shot dead a Palestinian gunman in Hebron on Friday.", "Soldiers shot", "ISR"),
    ("Troops raided the Jenin refugee camp on Monday, killing two Palestinians.", "Troops raided", "ISR"),
    ("Soldiers arrested five Palestinian youths in Nablus on Monday.", "Soldiers arrested", "ISR"),
    # a land no one holds on the day keeps its own forces
    ("Troops killed three Iraqi insurgents near Baghdad on Tuesday.", "Troops killed", "IRQ"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, sentence, expected", FORCES_HARMING_THE_LANDS_PEOPLE)
def test_a_bare_force_harming_the_peoples_of_a_held_land_is_the_holders(coder, text, sentence, expected):
    assert _first_actor(coder, text, sentence).country == expected


# A state's post stands in another state's capital: a bare embassy is of no state the words say, and one owned by a
# pronoun is its owner's, never the host's (sentences we wrote: the text, the event word, the post's text, the
# country it must not take, and the one it must take, None when the words say none).
POSTS_ABROAD = [
    ("Demonstrators stormed the embassy in Tehran on Sunday.", "stormed", "embassy", "IRN", None),
    ("Protesters hurled stones at the consulate in Karachi on Friday.", "hurled", "consulate", "PAK", None),
    ("Iran condemned the attack on its embassy in Damascus.", "condemned", "its embassy", "SYR", "IRN"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, words, host, owner", POSTS_ABROAD)
def test_an_embassy_is_not_of_the_state_it_stands_in(coder, text, trigger, words, host, owner):
    (coded,) = coder.code([Article(id="p", text=text, published=dt.date(2024, 1, 14))])
    event = next(e for e in coded.events if e.trigger == trigger)
    post = next(a for a in event.recipient if a.text == words)
    assert post.country != host
    assert post.country == owner


# (article, trigger, the body whose man a kind word's possessive names: its id) — "the bloc's top diplomat" is the
# bloc's, not the host state's
KIND_OWNERS = [
    ("The European Union pledged new aid to Ukraine. The bloc's top diplomat met President Volodymyr Zelensky in "
     "Kyiv.", "met", "EU"),
    ("NATO promised to reinforce its eastern flank. The alliance's spokesman condemned Belarus for staging "
     "drills.", "condemned", "NATO"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", KIND_OWNERS, ids=[r[2] for r in KIND_OWNERS])
def test_a_kind_words_man_is_the_body_named_before(coder, text, trigger, expected):
    events = [e for e in coded_events(coder, text, dt.date(2024, 3, 12)) if trigger in e.trigger]
    assert events and all(a.id == expected and a.country is None for e in events for a in e.actor)
