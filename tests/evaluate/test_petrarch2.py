"""The PETRARCH-2 validation reader and the PLOVER-level event scorer, on records written here."""
from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluate import petrarch2
from khabar.evaluate.petrarch2 import parse, score, units

from .helpers import event

SAMPLE = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a banner line with a stray <EventCoding...> mention, as the real file has
<Sentences>
<Sentence category="T" date="20200105" id="T_1" evaluate="true"/>
<EventCoding eventcode="173" sourcecode="RURCOP" targetcode="RURREB" />
<Text>
Ruritanian police arrested
two rebel leaders on Sunday.
</Text>
<Parse>
1	Ruritanian	...
</Parse></Sentence>

<Sentence category="T" date="121108" id="T_2" evaluate="true">
<!-- a comment -->
<EventCoding eventcode="046" sourcecode="RUR" targetcode="BRD" />
<EventCoding eventcode="046" sourcecode="BRD" targetcode="RUR" />
<Text>
Ruritania and Borduria held talks.
</Text>
</Sentence>

<Sentence category="T" date="20200105" id="T_3" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
The weather was mild.
</Text>
</Sentence>

<Sentence category="T" date="20200105" id="T_4" evaluate="true"/>
<EventCoding eventcode="015" sourcecode="RUR" targetcode="" />
<Text>
Ruritania claimed the win.
</Text>
</Sentence>

<Sentence category="T" date="20200105" id="T_5" evaluate="false"/>
<EventCoding eventcode="190" sourcecode="RUR" targetcode="BRD" />
<Text>
Not evaluated.
</Text>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture()
def sentences(tmp_path: Path):
    path = tmp_path / "petr.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    return parse(path)


def test_parse(sentences):
    assert [s.id for s in sentences] == ["T_1", "T_2", "T_3", "T_4"]
    assert sentences[0].text == "Ruritanian police arrested two rebel leaders on Sunday."
    assert sentences[0].date.isoformat() == "2020-01-05"
    assert sentences[1].date is None  # malformed date
    assert sentences[0].categories == {"COERCE"}
    assert sentences[1].categories == {"CONSULT"}  # a symmetric dyad is one PLOVER event
    assert sentences[2].codings == () and sentences[3].categories == set()  # CAMEO 01 has no PLOVER counterpart


def test_noevents_sentences_turn_asserted_events_into_false_positives(sentences):
    predicted = {
        "T_1": [event("T_1", "COERCE", actors=[("Ruritanian police", "RUR")], recipients=[("rebels", None)])],
        "T_2": [event("T_2", "CONSULT", actors=[("Ruritania", "RUR"), ("Borduria", "BRD")])],
        "T_3": [event("T_3", "ASSAULT")],
        "T_4": [event("T_4", "THREATEN", factuality="hypothetical")],  # not asserted: not a prediction
    }
    gold, found = units(sentences, predicted)
    assert gold == {("T_1", "COERCE"), ("T_2", "CONSULT")}
    assert found == {("T_1", "COERCE"), ("T_2", "CONSULT"), ("T_3", "ASSAULT")}
    s = score(sentences, predicted).summary
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(1.0)
    assert s["event_f1"] == pytest.approx(0.8)
    assert s["no_event_false_positives"] == 1
    assert s["source_country_accuracy"] == pytest.approx(1.0)
    # RURREB is Ruritanian but the coder gave the rebels no country; the talks have no coded recipient
    assert s["target_country_accuracy"] == pytest.approx(0.0)
    assert s["actor_comparisons"] == 4


def test_run_skips_an_absent_set(tmp_path):
    assert petrarch2.run(tmp_path).skipped


@pytest.mark.benchmark
def test_real_file_parses(shared_dir):
    path = shared_dir / petrarch2.PATH
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    found = parse(path)
    assert len(found) == 78
    assert sum(len(s.codings) for s in found) + sum(1 for s in found if not s.codings) == 92


def test_a_future_event_is_coded_as_cameo_codes_it_but_not_a_hypothetical_one(sentences):
    # "Ruritania and Borduria will hold talks": CAMEO codes the talks (046), PLOVER a CONSULT with a future context
    predicted = {
        "T_2": [event("T_2", "CONSULT", factuality="future")],
        "T_3": [event("T_3", "ASSAULT", factuality="negated"), event("T_3", "REQUEST", factuality="prescriptive")],
        "T_4": [event("T_4", "THREATEN", factuality="hypothetical")],
    }
    gold, found = units(sentences, predicted)
    assert found == {("T_2", "CONSULT")}
    assert units(sentences, predicted, only_asserted=True)[1] == set()
    s = score(sentences, predicted).summary
    assert s["recall"] == pytest.approx(0.5) and s["precision"] == pytest.approx(1.0)
    assert s["event_f1_asserted_only"] == pytest.approx(0.0)
