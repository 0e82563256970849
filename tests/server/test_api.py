"""The JSON API against a real uvicorn server on 127.0.0.1 and a real DuckDB file."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import httpx
import pytest

from khabar.model import Event, Mention
from khabar.server.views import marks
from tests.server.conftest import fresh_copy, running
from tests.server.corpus import ARTICLES, RETOLD, SPECS, XSS_SENTENCE, event_id

ASSERTED = sum(spec.factuality == "asserted" for spec in SPECS)


def _get(client: httpx.Client, path: str, **params) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_default_list_holds_asserted_events_only(client):
    body = _get(client, "/api/events")
    assert body["total"] == ASSERTED == len(body["events"])
    assert {e["factuality"] for e in body["events"]} == {"asserted"}


@pytest.mark.parametrize(("params", "expected"), [
    ({"event": "ASSAULT"}, {("ASSAULT", "wire/a1"), ("ASSAULT", "wire/a2")}),
    ({"event": "assault,protest"}, {("ASSAULT", "wire/a1"), ("ASSAULT", "wire/a2"), ("PROTEST", "wire/a3")}),
    ({"country": "lbn"}, {("PROTEST", "wire/a3")}),
    ({"since": "2024-04-01", "until": "2024-04-10"}, {("CONSULT", "wire/a5")}),
    ({"text": "governor praised"}, {("SUPPORT", "wire/a1")}),
    ({"recipient": "islamic"}, {("ASSAULT", "wire/a1"), ("ASSAULT", "wire/a2")}),
    ({"initiator": "IRN", "factuality": "all"}, {("THREATEN", "wire/a4")}),
    ({"actor": "IRN", "factuality": "all"}, {("THREATEN", "wire/a4"), ("CONSULT", "wire/a5")}),
    ({"factuality": "hypothetical"}, {("THREATEN", "wire/a4")}),
    ({"acled_event_type": "Protests"}, {("PROTEST", "wire/a3")}),
    ({"link": "L-mosul"}, {("ASSAULT", "wire/a1"), ("ASSAULT", "wire/a2")}),
    ({"min_confidence": 0.85}, {("ASSAULT", "wire/a1")}),
    ({"doc_id": "wire/a1"}, {("ASSAULT", "wire/a1"), ("SUPPORT", "wire/a1")}),
])
def test_filters(client, params, expected):
    body = _get(client, "/api/events", **params)
    assert {(e["event"], e["doc_id"]) for e in body["events"]} == expected
    assert body["total"] == len(expected)


def test_sorting_and_paging_walk_the_same_order(client):
    everything = _get(client, "/api/events", sort="date", desc="true")["events"]
    dates = [e["date"] for e in everything]
    assert dates == sorted(dates, reverse=True)
    pages = [_get(client, "/api/events", sort="date", desc="true", limit=2, offset=o)["events"] for o in (0, 2, 4)]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything]


@pytest.mark.parametrize("sort", ["date", "event", "confidence", "doc_id", "id"])
@pytest.mark.parametrize("desc", ["true", "false"])
def test_pages_of_every_sort_follow_the_sort_with_id_as_tie_breaker(client, sort, desc):
    everything = _get(client, "/api/events", sort=sort, desc=desc, factuality="all")["events"]
    reverse = desc == "true"
    assert [e["id"] for e in everything] == [e["id"] for e in sorted(
        sorted(everything, key=lambda e: e["id"], reverse=reverse), key=lambda e: e[sort], reverse=reverse)]
    pages = [_get(client, "/api/events", sort=sort, desc=desc, factuality="all", limit=4, offset=o)["events"]
             for o in (0, 4)]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything]


def test_points_are_the_most_recent_located_events_of_the_filter(client):
    points = _get(client, "/api/points")["points"]
    located = [s for s in SPECS if s.place and s.factuality == "asserted"]
    assert {p["id"] for p in points} == {event_id(s.event, s.doc_id) for s in located}
    assert [p["date"] for p in points] == sorted((p["date"] for p in points), reverse=True)
    assert {(p["place"], p["lat"], p["lon"]) for p in points if p["event"] == "PROTEST"} == {("Beirut", 33.89, 35.5)}
    assert [p["date"] for p in _get(client, "/api/points", limit=1)["points"]] == ["2024-04-15"]
    assert {p["event"] for p in _get(client, "/api/points", event="ASSAULT")["points"]} == {"ASSAULT"}


@pytest.mark.parametrize("by", ["actor", "country", "category", "acled_event_type"])
def test_top_keeps_the_largest_groups(client, by):
    every = _get(client, f"/api/aggregates/{by}")["rows"]
    assert len(every) > 1
    assert _get(client, f"/api/aggregates/{by}", top=1)["rows"] == every[:1]


def test_one_event_has_article_marks_and_linked_reports(client):
    assault = event_id("ASSAULT", "wire/a1")
    body = _get(client, f"/api/events/{assault}")
    text = body["article"]["text"]
    assert text == ARTICLES["wire/a1"][2]
    by_kind = {m["kind"]: text[m["start"]:m["end"]] for m in body["marks"]}
    assert by_kind == {"evidence": body["event"]["text"], "trigger": "attacked", "actor": "Iraqi soldiers",
                       "recipient": "Islamic State fighters", "place": "Mosul"}
    assert [e["doc_id"] for e in body["linked"]] == ["wire/a2"]
    assert body["event"]["quad"] == "material conflict"


def test_unknown_event_is_a_404_in_the_error_shape(client):
    response = client.get("/api/events/no-such-id")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found" and "no-such-id" in response.json()["error"]["message"]


def test_week_counts_by_category_add_up_to_the_total(client):
    body = _get(client, "/api/aggregates/week")
    assert body["columns"] == ["period", "category", "n"]
    assert sum(n for _, _, n in body["rows"]) == ASSERTED
    assert ["2024-03-04", "ASSAULT", 2] in body["rows"]


@pytest.mark.parametrize(("by", "row"), [
    ("month", ["2024-04", "PROTEST", 1]),
    ("country", ["IRQ", 3]),
    ("actor", ["Iraq military", 3]),
    ("acled_event_type", ["Battles", 2]),
    ("category", ["ASSAULT", 2]),
])
def test_other_groupings(client, by, row):
    assert row in _get(client, f"/api/aggregates/{by}")["rows"]


def test_aggregates_follow_the_filter(client):
    rows = _get(client, "/api/aggregates/category", country="LBN")["rows"]
    assert rows == [["PROTEST", 1]]


def test_top_actors_and_one_actor(client):
    top = _get(client, "/api/actors", top=2)["actors"]
    assert top == [{"name": "Iraq military", "n": 3}, {"name": "Islamic State", "n": 2}]
    actor = _get(client, "/api/actors/Islamic State")
    assert {"Islamic State fighters", "militants"} <= set(actor["aliases"])
    assert actor["ids"] == ["ISIL"]
    assert actor["as_recipient"]["total"] == 2 and actor["as_actor"]["total"] == 0
    assert [r["relation"] for r in actor["relations"]] == ["leader_of"]


def test_network_edges_carry_quad_classes(client):
    body = _get(client, "/api/network")
    edges = {(e["source"], e["target"]): (e["quad"], e["n"]) for e in body["edges"]}
    assert edges[("Iraq military", "Islamic State")] == ("material conflict", 2)
    assert edges[("Oman", "Iran")] == ("verbal cooperation", 1)
    assert {n["id"] for n in body["nodes"]} >= {"Iraq military", "Islamic State", "Oman", "Iran"}


def test_articles_list_and_one_article_with_a_path_like_id(client):
    listed = _get(client, "/api/articles")["articles"]
    assert {a["id"] for a in listed} == set(ARTICLES)
    assert all("text" not in a for a in listed)
    one = _get(client, "/api/articles/wire/a1")
    assert one["article"]["title"] == "Clashes near Mosul" and len(one["events"]) == 2


def test_csv_download_of_the_current_filter(client):
    response = client.get("/api/download/csv", params={"event": "ASSAULT"})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2 == int(response.headers["x-khabar-count"])


def test_plover_jsonl_download(client):
    response = client.get("/api/download/plover-jsonl")
    records = [json.loads(line) for line in response.text.splitlines()]
    assert len(records) == ASSERTED and {r["event"] for r in records} >= {"ASSAULT", "PROTEST"}


def test_geojson_download_has_points(client):
    collection = client.get("/api/download/geojson", params={"country": "IRQ"}).json()
    points = [f["geometry"]["coordinates"] for f in collection["features"]]
    assert [43.13, 36.34] in points


def test_docs_and_openapi(client):
    assert "/api/events" in _get(client, "/openapi.json")["paths"]
    assert client.get("/docs").status_code == 200


@pytest.fixture()
def review_server(filled_db, tmp_path):
    db = fresh_copy(filled_db, tmp_path)
    with running(db) as url, httpx.Client(base_url=url, timeout=20) as http:
        yield http, db


def _machine_category(db, event: str) -> str:
    with duckdb.connect(str(db)) as conn:
        return conn.execute("SELECT event FROM events WHERE id = ?", [event]).fetchone()[0]


def test_correction_is_served_and_the_machine_row_kept(review_server):
    http, db = review_server
    target = event_id("SUPPORT", "wire/a1")
    response = http.post("/api/reviews", json={"action": "correct", "event_id": target, "reviewer": "ana",
                                               "after": {"event": "AGREE", "size": {"count": 4}}, "note": "praise"})
    assert response.status_code == 201, response.text
    assert response.json()["event"]["event"] == "AGREE"
    assert _get(http, f"/api/events/{target}")["event"]["size"]["count"] == 4
    trail = _get(http, "/api/reviews")["reviews"]
    assert [(r["reviewer"], r["before"]["event"], r["after"]["event"]) for r in trail] == [("ana", "SUPPORT", "AGREE")]
    assert _machine_category(db, target) == "SUPPORT"


def test_wrong_hides_the_event_unless_asked(review_server):
    http, _ = review_server
    target = event_id("PROTEST", "wire/a3")
    assert http.post("/api/reviews", json={"action": "wrong", "event_id": target, "reviewer": "ana"}).status_code == 201
    assert target not in {e["id"] for e in _get(http, "/api/events")["events"]}
    assert target in {e["id"] for e in _get(http, "/api/events", include_rejected="true")["events"]}


def test_missed_event_on_a_sentence(review_server):
    http, _ = review_server
    sentence = "They agreed to meet again."
    response = http.post("/api/reviews", json={"action": "missed", "doc_id": "wire/a5", "sentence": sentence,
                                               "reviewer": "ana", "after": {"event": "AGREE", "date": "2024-04-02"}})
    assert response.status_code == 201, response.text
    found = _get(http, "/api/events", doc_id="wire/a5", event="AGREE")["events"]
    assert [e["text"] for e in found] == [sentence]


@pytest.mark.parametrize("body", [
    {"action": "correct", "event_id": "x", "reviewer": "ana"},  # nothing to correct
    {"action": "missed", "reviewer": "ana", "after": {"event": "AGREE"}},  # no sentence
    {"action": "wrong", "reviewer": "ana"},  # no event
    {"action": "delete", "event_id": "x", "reviewer": "ana"},  # unknown action
    {"action": "correct", "event_id": "x", "reviewer": "ana", "after": {"id": "y"}},  # not an editable field
])
def test_invalid_reviews_are_refused(review_server, body):
    http, _ = review_server
    response = http.post("/api/reviews", json=body)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"
    assert _get(http, "/api/reviews")["reviews"] == []


def test_review_of_an_unknown_event_is_a_404(review_server):
    http, _ = review_server
    response = http.post("/api/reviews", json={"action": "wrong", "event_id": "nope", "reviewer": "ana"})
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_xss_text_is_returned_verbatim_as_json(client):
    body = _get(client, f"/api/events/{event_id('CONSULT', 'wire/a5')}")
    assert body["event"]["text"] == XSS_SENTENCE
    assert body["article"]["title"].startswith("<script>")


@pytest.mark.model
def test_an_event_marks_every_sentence_that_told_it(coded_db, tmp_path):
    """The coder folds the second sentence into the ambush: the detail lists it under ``mentions`` and marks it
    as a retelling with its trigger, beside the evidence sentence."""
    with running(fresh_copy(coded_db, tmp_path)) as url, httpx.Client(base_url=url, timeout=20) as http:
        listed = _get(http, "/api/events", doc_id=RETOLD.id)["events"]
        (told,) = [e for e in listed if e["mentions"]]
        body = _get(http, f"/api/events/{told['id']}")
    (retelling,) = body["event"]["mentions"]
    text = body["article"]["text"]
    assert text[retelling["span"][0]:retelling["span"][1]] == retelling["text"] != body["event"]["text"]
    marked = {(m["kind"], text[m["start"]:m["end"]]) for m in body["marks"]}
    assert {("evidence", body["event"]["text"]), ("retelling", retelling["text"]),
            ("trigger", body["event"]["trigger"]), ("trigger", retelling["trigger"])} <= marked
    assert all(not e["mentions"] for e in listed if e["id"] != told["id"])



LEAD = "A car bomb killed nine people in Kirkuk on Friday, killing a police officer among them."
FOLLOW_UP = "The bomb killed eleven people in all, officials said later."


def _told(text: str, sentence: str, word: str) -> Mention:
    start = text.index(sentence)
    at = text.index(word, start)
    return Mention(text=sentence, span=(start, start + len(sentence)), trigger=word, trigger_span=(at, at + len(word)))


@pytest.mark.parametrize(("prefix", "sentence", "word", "expected"), [
    ("", FOLLOW_UP, "killed", {("retelling", FOLLOW_UP), ("trigger", "killed")}),
    ("", LEAD, "killing", {("trigger", "killing")}),  # a participle of the evidence sentence: the word only
    ("Kirkuk blast\n\n", FOLLOW_UP, "killed", {("retelling", FOLLOW_UP), ("trigger", "killed")}),  # offsets move
])
def test_marks_of_a_retelling_are_its_sentence_and_its_word(prefix, sentence, word, expected):
    coded = f"{LEAD} {FOLLOW_UP}"  # the text the offsets were coded on; the stored one may have a title before it
    event = Event(id="e", doc_id="d", event="ASSAULT", text=LEAD, span=(0, len(LEAD)), trigger="killed",
                  mentions=(_told(coded, sentence, word),))
    text = prefix + coded
    assert {(m.kind, text[m.start:m.end]) for m in marks(text, event)} == {("evidence", LEAD)} | expected
