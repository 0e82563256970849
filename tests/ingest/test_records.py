"""khabar.ingest.records: JSONL and CSV corpora, field mapping, and one Failure per bad line."""
import datetime as dt
import io
import json

import pytest

from khabar.model import Article, Failure
from khabar.errors import InputError
from khabar.ingest.records import read_csv, read_json, read_jsonl, text_stream
from khabar.settings import FieldMap, Settings

TEXT_A = "Militants attacked a checkpoint outside the city on Sunday, killing two guards."
TEXT_B = "The president met union leaders on Monday to end a week-long strike."


def _read(reader, data: bytes, settings=Settings(), name="c") -> list:
    return list(reader(text_stream(io.BufferedReader(io.BytesIO(data)), source=name), name=name, settings=settings))


def _jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode() + b"\n"


def test_jsonl_records_become_articles():
    data = _jsonl({"id": "x1", "text": TEXT_A, "title": "Checkpoint attack", "published": "2019-10-06",
                   "url": "https://e.org/x1", "source": "Wire"}, {"id": 7, "text": TEXT_B, "language": "fr"})
    first, second = _read(read_jsonl, data)
    assert first == Article(id="x1", text=TEXT_A, title="Checkpoint attack", published=dt.date(2019, 10, 6),
                            url="https://e.org/x1", source="Wire")
    assert (second.id, second.published, second.language) == ("7", None, "fr")


@pytest.mark.parametrize("record, expected_id", [
    ({"id": "given", "url": "https://e.org/a", "text": TEXT_A}, "given"),
    ({"url": "https://e.org/a", "text": TEXT_A}, "https://e.org/a"),
    ({"text": TEXT_A}, "corpus.jsonl:1"),  # no id and no URL: the line is the id
])
def test_article_id_precedence(record, expected_id):
    (article,) = _read(read_jsonl, _jsonl(record), name="corpus.jsonl")
    assert article.id == expected_id


@pytest.mark.parametrize("bad, words", [
    ("{not json", "malformed JSON"),
    ('["a", "list"]', "not an object"),
    ({"id": "e1", "text": ""}, "empty: nothing to code"),
    ({"id": "e2", "title": "no text field"}, "--text-field"),
    ({"id": "e3", "text": ["a", "b"]}, "not a string"),
    ({"id": "e4", "text": TEXT_A, "published": "last Tuesday"}, "--date-field"),
])
def test_bad_lines_are_failures_with_their_line_number(bad, words):
    items = _read(read_jsonl, _jsonl({"id": "ok1", "text": TEXT_A}, bad, {"id": "ok2", "text": TEXT_B}), name="w.jsonl")
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert failure.source == "w.jsonl:2" and words in failure.reason and failure.stage == "read"


def test_blank_lines_are_skipped_but_counted():
    data = _jsonl({"id": "a", "text": TEXT_A}) + b"\n\n" + _jsonl("{broken")
    items = _read(read_jsonl, data, name="b.jsonl")
    assert items[0].id == "a" and items[1].source == "b.jsonl:4"


def test_field_map_renames_columns():
    settings = Settings(fields=FieldMap(id="doc", text="body", published="pubdate", title="headline"))
    (article,) = _read(read_jsonl, _jsonl({"doc": "d9", "body": TEXT_B, "pubdate": "12 March 2018",
                                           "headline": "Strike talks"}), settings=settings)
    assert (article.id, article.text, article.published, article.title) == ("d9", TEXT_B, dt.date(2018, 3, 12),
                                                                            "Strike talks")


def test_record_over_the_size_cap():
    settings = Settings(max_bytes=200)
    items = _read(read_jsonl, _jsonl({"id": "big", "text": TEXT_A * 5}, {"id": "small", "text": TEXT_B}),
                  settings=settings, name="s.jsonl")
    assert items[0].source == "s.jsonl:1" and "--max-bytes" in items[0].reason
    assert items[1].id == "small"


def test_undecodable_line_in_a_utf8_file_fails_alone():
    data = (_jsonl({"id": "u1", "text": "Protesters in Zürich and Malmö marched on Saturday."})
            + b'{"id": "u2", "text": "bad \xff byte"}\n' + _jsonl({"id": "u3", "text": TEXT_B}))
    items = _read(read_jsonl, data, name="u.jsonl")
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert items[1].source == "u.jsonl:2" and "UTF-8" in items[1].reason


def test_csv_with_quoted_multiline_text():
    data = ('id,title,text,published\n'
            f'c1,Attack,"{TEXT_A}\n\nOfficials confirmed the toll.",2019-10-06\n'
            f'c2,Talks,"{TEXT_B}",\n').encode()
    first, second = _read(read_csv, data)
    assert first.text.endswith("Officials confirmed the toll.") and first.published == dt.date(2019, 10, 6)
    assert (second.id, second.text, second.published) == ("c2", TEXT_B, None)


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiter_from_the_header(delimiter):
    data = f"id{delimiter}text\nk1{delimiter}{TEXT_A}\n".encode()
    (article,) = _read(read_csv, data)
    assert (article.id, article.text) == ("k1", TEXT_A)


def test_csv_bad_rows_name_their_start_line():
    data = ('id,text\n'
            f'r1,"{TEXT_A}\nsecond line"\n'  # a record over lines 2-3
            'r2,\n'  # line 4: empty text
            f'r3,"{TEXT_B}",extra,fields\n'  # line 5: more fields than the header
            f'r4,"{TEXT_B}"\n').encode()
    items = _read(read_csv, data, name="t.csv")
    assert [i.id for i in items if isinstance(i, Article)] == ["r1", "r4"]
    assert [(f.source, f.reason.split(" (")[0].split(":")[0]) for f in items if isinstance(f, Failure)] == \
        [("t.csv:4", "empty"), ("t.csv:5", "malformed CSV")]


def test_csv_without_the_text_column():
    (failure,) = _read(read_csv, b"id,body\n1,Some text here.\n", name="n.csv")
    assert failure.source == "n.csv" and "'text'" in failure.reason and "--text-field" in failure.reason


def test_csv_in_latin1_with_bom_free_header():
    data = "id,text\nl1,Les manifestants se sont rassemblés devant la préfecture à Rennes.\n".encode("cp1252")
    (article,) = _read(read_csv, data)
    assert "rassemblés devant la préfecture" in article.text


def test_json_array_of_records():
    data = json.dumps([{"id": "j1", "text": TEXT_A}, {"id": "j2", "text": ""}, "a string"]).encode()
    items = list(read_json(data.decode(), name="arr.json", settings=Settings()))
    assert items[0].id == "j1"
    assert [(f.source, f.reason.split(" (")[0]) for f in items[1:]] == \
        [("arr.json#2", "empty: nothing to code"), ("arr.json#3", "a JSON str, not an object: each item must be a {...} record")]


def test_json_single_record_takes_the_file_as_id():
    (article,) = read_json(json.dumps({"text": TEXT_B}), name="one.json", settings=Settings())
    assert (article.id, article.text) == ("one.json", TEXT_B)


@pytest.mark.parametrize("text, words", [("[{broken", "malformed JSON"), ("42", "one record")])
def test_json_that_is_not_records(text, words):
    with pytest.raises(InputError) as caught:
        list(read_json(text, name="bad.json", settings=Settings()))
    assert words in caught.value.reason and caught.value.source == "bad.json"
