"""The WikiEvents reader (KAIROS → PLOVER) and the trigger/argument scorer, on a document written here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.evaluate import wikievents
from khabar.evaluate.wikievents import match, parse, plover_of, score
from khabar.model import Place

from .helpers import event


def _sentence(words: list[str], start: int) -> tuple[list, str]:
    tokens, at = [], start
    for word in words:
        tokens.append([word, at, at + len(word)])
        at += len(word) + 1
    return [tokens, " ".join(words)]


S1 = "Rebels attacked a convoy in Kivu".split()
S2 = "Police detained two men".split()
# Offsets as the real files give them: sentences are counted as if one space separated them.
DOC = {
    "doc_id": "doc1", "tokens": S1 + S2, "text": " ".join(S1) + " ".join(S2),
    "sentences": [_sentence(S1, 0), _sentence(S2, len(" ".join(S1)) + 1)],
    "entity_mentions": [
        {"id": "doc1-T1", "sent_idx": 0, "start": 0, "end": 1, "text": "Rebels"},
        {"id": "doc1-T2", "sent_idx": 0, "start": 3, "end": 4, "text": "convoy"},
        {"id": "doc1-T3", "sent_idx": 0, "start": 5, "end": 6, "text": "Kivu"},
        {"id": "doc1-T4", "sent_idx": 1, "start": 6, "end": 7, "text": "Police"},
        {"id": "doc1-T5", "sent_idx": 1, "start": 9, "end": 10, "text": "men"},
    ],
    "relation_mentions": [],
    "event_mentions": [
        {"id": "doc1-E1", "event_type": "Conflict.Attack.Unspecified",
         "trigger": {"start": 1, "end": 2, "text": "attacked", "sent_idx": 0},
         "arguments": [{"entity_id": "doc1-T1", "role": "Attacker", "text": "Rebels"},
                       {"entity_id": "doc1-T2", "role": "Target", "text": "convoy"},
                       {"entity_id": "doc1-T3", "role": "Place", "text": "Kivu"}]},
        {"id": "doc1-E2", "event_type": "Justice.ArrestJailDetain.Unspecified",
         "trigger": {"start": 7, "end": 8, "text": "detained", "sent_idx": 1},
         "arguments": [{"entity_id": "doc1-T4", "role": "Jailer", "text": "Police"},
                       {"entity_id": "doc1-T5", "role": "Detainee", "text": "men"}]},
        {"id": "doc1-E3", "event_type": "Life.Die.Unspecified",
         "trigger": {"start": 7, "end": 8, "text": "detained", "sent_idx": 1}, "arguments": []},
    ],
}


@pytest.fixture()
def docs(tmp_path: Path):
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(DOC) + "\n", encoding="utf-8")
    return parse(path)


@pytest.mark.parametrize("kairos, roles, expected", [
    ("Conflict.Attack.DetonateExplode", (), "ASSAULT"), ("Justice.ArrestJailDetain.Unspecified", (), "COERCE"),
    ("Contact.Contact.Meet", (), "CONSULT"), ("Contact.Contact.Broadcast", (), None),
    ("Contact.RequestCommand.Meet", (), "REQUEST"), ("Life.Die.Unspecified", ("Victim",), None),
    ("Life.Die.Unspecified", ("Victim", "Killer"), "ASSAULT"), ("Movement.Transportation.Unspecified", (), None),
])
def test_kairos_to_plover(kairos, roles, expected):
    assert plover_of(kairos, roles) == expected


def test_parse_lays_sentences_on_lines_with_true_offsets(docs):
    doc = docs[0]
    assert doc.text == "Rebels attacked a convoy in Kivu\nPolice detained two men"
    attack, arrest = doc.mentions
    assert doc.text[slice(*attack.span)] == "attacked"
    assert [doc.text[slice(*a.span)] for a in attack.arguments] == ["Rebels", "convoy", "Kivu"]
    assert doc.text[slice(*arrest.span)] == "detained"
    assert doc.unmapped == 1  # a death with no stated killer


def test_trigger_and_argument_scores(docs):
    doc = docs[0]
    found = [
        event("doc1", "ASSAULT", trigger_span=(7, 15), actors=[("Rebels", None, (0, 6))],
              recipients=[("a convoy", None, (16, 24))], place=Place(text="Kivu", name="Kivu", span=(28, 32))),
        event("doc1", "COERCE", trigger_span=(40, 48), recipients=[("two men", None)]),
        event("doc1", "ACCUSE", trigger_span=(0, 6)),
        event("doc1", "AGREE", trigger_span=(0, 6)),  # a category WikiEvents cannot annotate: not counted
    ]
    assert len(match(doc, found)) == 2
    report = score(docs, {"doc1": found})
    s = report.summary
    assert s["trigger_precision"] == pytest.approx(2 / 3) and s["trigger_recall"] == pytest.approx(1.0)
    assert s["actor_f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)  # the jailer was not found
    assert s["recipient_f1"] == pytest.approx(1.0)  # "two men" has no span: matched by text
    assert s["location_f1"] == pytest.approx(1.0)
    assert "arguments on matched events:" in report.render()


def test_wrong_category_is_no_match(docs):
    assert match(docs[0], [event("doc1", "PROTEST", trigger_span=(7, 15))]) == []


def test_run_skips_an_absent_set(tmp_path):
    assert wikievents.run(tmp_path).skipped


@pytest.mark.benchmark
def test_real_file_parses_with_aligned_triggers(shared_dir):
    path = shared_dir / wikievents.PATH
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    found = parse(path)
    assert len(found) == 20
    for doc in found:
        for mention in doc.mentions:
            assert doc.text[slice(*mention.span)] == mention.trigger
