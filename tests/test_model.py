"""The records' PLOVER JSON: ``Event.mentions`` (provenance) is always written and read back as it was."""
from __future__ import annotations

import json

import pytest

from khabar.model import Event, Mention

TOLL = Mention(text="The toll rose to 14 on Monday.", span=(120, 150), trigger="toll", trigger_span=(124, 128))
RAID = Mention(text="Police raided the compound.", span=(0, 27), trigger="raided", trigger_span=(7, 13))
UNMARKED = Mention(text="It was the second such attack this month.", span=(151, 192))


@pytest.mark.parametrize("mentions", [(), (TOLL,), (RAID, TOLL), (UNMARKED,)])
def test_mentions_round_trip_through_plover_json(mentions):
    event = Event(id="e", doc_id="d", event="ASSAULT", text="A car bomb killed 12 people.", span=(30, 58),
                  mentions=mentions)
    record = json.loads(json.dumps(event.to_plover()))
    assert record["mentions"] == [m.to_dict() for m in mentions]
    assert Event.from_plover(record) == event


def test_an_event_told_once_writes_an_empty_list_and_an_older_record_reads_as_none():
    record = Event(id="e", doc_id="d", event="PROTEST").to_plover()
    assert record["mentions"] == [] and list(record)[-1] == "mentions"  # appended: older fields keep their order
    del record["mentions"]
    assert Event.from_plover(record).mentions == ()


def test_a_mention_keeps_offsets_as_pairs_and_an_unknown_trigger_as_none():
    assert TOLL.to_dict() == {"text": TOLL.text, "span": [120, 150], "trigger": "toll", "trigger_span": [124, 128]}
    assert Mention.from_dict(UNMARKED.to_dict()) == UNMARKED and UNMARKED.to_dict()["trigger_span"] is None
