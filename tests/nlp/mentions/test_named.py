"""A hyphened name the parser cut after its first word ("Jaish - e - Mohammed") is read whole when the knowledge base
knows it, with the name's own words as the mention; other hyphened words stay as they were. Sentences we wrote."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

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
