"""Whom an event noun's act is done to when its phrases name both a party and a topic
(``khabar.nlp.arguments.nominal``): the "with"/"to" party, also when the parser hangs it on the light verb, never
what the act is "over" or "about"; a topic alone may still name the party (sentences we wrote ourselves)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import asserted_main_event

pytestmark = pytest.mark.model

D = dt.date(2023, 3, 10)


def _recipients(coder, text) -> list[tuple[str, str | None]]:
    event = asserted_main_event(coder, text, D)
    assert event is not None, f"no asserted event in {text!r}"
    return [(a.text, a.country) for a in event.recipient]


# (text, the category's recipient countries, exactly)
@pytest.mark.parametrize("text, countries", [
    ("Japan expressed deep concern on Tuesday to China about the drills.", ["CHN"]),  # both phrases on the verb
    ("Washington raised concerns directly with Beijing over the balloon.", ["CHN"]),
    ("France expressed its concern to Algeria over the detention of a journalist.", ["DZA"]),  # not the journalist
    ("Beijing lodged stern representations with Tokyo over the Yasukuni visit.", ["JPN"]),
    ("Poland raised concerns with Belarus over the migrant crisis.", ["BLR"]),  # not the migrants
])
def test_the_party_phrase_is_the_recipient_not_the_topic(session_coder, text, countries):
    assert [country for _, country in _recipients(session_coder, text)] == countries


@pytest.mark.parametrize("text, country", [
    ("The ministry expressed concern over Israel's raid on the camp.", "ISR"),
    ("Egypt voiced concern about Ethiopia's filling of the dam.", "ETH"),
])
def test_a_topic_alone_still_names_the_party(session_coder, text, country):
    assert [c for _, c in _recipients(session_coder, text)] == [country]


@pytest.mark.parametrize("text, guest, country", [
    ("The president granted an audience to the visiting prime minister.", "prime minister", None),
    ("King Abdullah granted an audience to the Iraqi foreign minister on Sunday.", "foreign minister", "IRQ"),
    ("The pope gave an audience to the Ukrainian president.", "president", "UKR"),
])
def test_an_audience_granted_to_someone_is_with_them(session_coder, text, guest, country):
    recipients = _recipients(session_coder, text)
    assert len(recipients) == 1 and guest in recipients[0][0] and recipients[0][1] == country
