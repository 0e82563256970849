"""Named mentions on sentences we wrote: a hyphened name the parser cut after its first word ("Jaish - e - Mohammed") is
read whole when the knowledge base knows it, with the name's own words as the mention (other hyphened words stay as
they were); forces a foreign state backs are a proxy's armed men, not that state's or the place's army."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, events_of

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 14)


def _party(coder, text: str, trigger: str, side: str):
    events = [e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger]
    assert events and getattr(events[0], side), f"no {side} on {trigger!r}"
    return getattr(events[0], side)[0]


# (sentence, trigger, side, the party's id, its words in the article)
CUT_NAMES = [
    ("Jaish-e-Mohammed claimed responsibility for the suicide bombing in Pulwama.", "bombing", "actor",
     "PAK.JEM", "Jaish-e-Mohammed"),
    ("Jaish-e-Mohammed claimed the attack on the convoy near Srinagar on Friday.", "claimed the attack", "actor",
     "PAK.JEM", "Jaish-e-Mohammed"),
]


@pytest.mark.parametrize(("text", "trigger", "side", "actor_id", "words"), CUT_NAMES)
def test_a_cut_hyphened_name_is_read_whole(coder, text, trigger, side, actor_id, words):
    party = _party(coder, text, trigger, side)
    assert (party.id, party.text) == (actor_id, words)
    assert text[party.span[0]:party.span[1]] == words


# Controls: hyphened names the parser keeps whole, and hyphened words that are no name.
CONTROLS = [
    ("Police arrested three members of Jaish-e-Mohammed in Srinagar on Friday.", "arrested", "recipient", "PAK.JEM"),
    ("Lashkar-e-Jhangvi gunmen killed 12 miners in Balochistan.", "killed", "actor", "PAK.LEJ"),
    ("Tehreek-e-Labbaik Pakistan supporters blocked roads in Lahore.", "blocked", "actor", "PAK.TLP"),
    ("Pro-Russian separatists shelled Mariupol on Monday.", "shelled", "actor", None),
]


@pytest.mark.parametrize(("text", "trigger", "side", "actor_id"), CONTROLS)
def test_names_kept_whole_stay_so(coder, text, trigger, side, actor_id):
    assert _party(coder, text, trigger, side).id == actor_id


PROXIES_PUBLISHED = dt.date(2024, 3, 8)


def _proxy_party(coder, text, category, role):
    (event,) = events_of(coder, text, category, PROXIES_PUBLISHED)
    (party,) = getattr(event, role)
    return party.id, party.country, party.sector


# (text, category, role, expected (id, country, sector))
@pytest.mark.parametrize("text,category,role,expected", [
    ("Russian-backed forces shelled Kharkiv on Tuesday, killing three civilians.", "ASSAULT", "actor",
     (None, "UKR", "UAF")),
    ("Iran-aligned forces fired rockets at a military base near Erbil on Sunday.", "ASSAULT", "actor",
     (None, "IRQ", "UAF")),
    ("Somaliland forces arrested two journalists in Hargeisa on Monday.", "COERCE", "actor",
     ("SOM.SOMALILAND.MIL", "SOM", "MIL")),
    ("Puntland forces killed five militants near Bosaso on Friday.", "ASSAULT", "actor",
     ("SOM.PUNTLAND.MIL", "SOM", "MIL")),
    ("Security forces arrested the deposed president in Niamey on Wednesday.", "COERCE", "recipient",
     (None, "NER", "ELI")),
    ("The Youth Congress protested in New Delhi on Monday against the arrest of its leader.", "PROTEST", "actor",
     ("IND.IYC", "IND", "PTY")),
    ("Al Shabab fighters attacked a military base in Lower Shabelle on Wednesday.", "ASSAULT", "actor",
     ("SHABAAB", "SOM", "INS")),
    ("Tahreek-e-Taliban Pakistan militants attacked a police station in Bannu on Tuesday.", "ASSAULT", "actor",
     ("PAK.TTP", "PAK", "INS")),
    ("ISWA fighters killed 15 soldiers in Borno state on Thursday.", "ASSAULT", "actor", ("ISIS.WA", "NGA", "INS")),
    # control: a state's own forces stay its army
    ("Ukrainian forces shelled Donetsk on Tuesday.", "ASSAULT", "actor", ("UKR.MIL", "UKR", "MIL")),
])
def test_a_mention_is_read_from_its_own_words(coder, text, category, role, expected):
    party = _proxy_party(coder, text, category, role)
    if expected[0] is None:
        assert party[1:] == expected[1:] and party[0] is None
    else:
        assert party == expected


def test_russian_instructors_are_military_trainers(coder):
    (event,) = events_of(coder, "JNIM fighters ambushed a convoy of Malian soldiers and Russian instructors near "
                                "Timbuktu on Saturday.", "ASSAULT", PROXIES_PUBLISHED)
    assert [(r.country, r.sector) for r in event.recipient] == [("MLI", "MIL"), ("RUS", "MIL")]
