"""The nationality words of small states: each names its state, never a GeoNames place that shares its key ("Tongan"
is no alternate name of Tong'an in China), so a sentence about a Tongan body stays in Tonga. Sentences we wrote."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, session_coder  # noqa: F401 (the one Coder of the session)


@pytest.mark.parametrize(("word", "iso3"), [
    ("Tongan", "TON"), ("Tongans", "TON"), ("Samoan", "WSM"), ("Nauruan", "NRU"), ("Tuvaluan", "TUV"),
    ("Ni-Vanuatu", "VUT"), ("I-Kiribati", "KIR"), ("Palauan", "PLW"), ("Marshallese", "MHL"),
    ("Micronesian", "FSM"), ("Barbadian", "BRB"), ("Grenadian", "GRD"), ("Saint Lucian", "LCA"),
    ("Vincentian", "VCT"), ("Antiguan", "ATG"), ("Kittitian", "KNA"), ("Seychellois", "SYC"),
    ("Santomean", "STP"), ("Andorran", "AND"), ("Monegasque", "MCO"), ("Sammarinese", "SMR"),
    ("Liechtensteiner", "LIE"),
])
def test_small_state_demonyms(gazetteer, word, iso3):
    assert gazetteer.demonym(word) == iso3


# (sentence, trigger, the event's country, the recipient's country)
TONGA = [
    ("A Tongan court sentenced a former minister to five years in prison.", "sentenced", "TON", "TON"),
    ("The Tongan government condemned the attack on its embassy.", "condemned", "TON", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "place", "recipient"), TONGA)
def test_tongan_bodies_stay_in_tonga(session_coder, text, trigger, place, recipient):
    events = [e for e in coded_events(session_coder, text, dt.date(2024, 5, 14)) if e.trigger == trigger]
    assert events and events[0].event_loc is not None
    assert events[0].event_loc.country == place
    assert all(p.country != "CHN" for e in events for p in (*e.actor, *e.recipient))
    if recipient:
        assert events[0].recipient[0].country == recipient
