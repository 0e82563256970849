"""khabar.ingest.read_sources: dispatch by source kind, directories, URLs, standard input, and bad input."""
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest

from khabar.ingest import read_sources
from khabar.ingest.files import walk
from khabar.ingest.kinds import CSV, FEED, HTML, JSONL, PLAIN, kind_of_path, kind_of_response, sniff
from khabar.ingest.stdin import read_stdin
from khabar.model import Article, Failure
from khabar.settings import Settings

NEWS = "Hundreds of farmers blocked the highway with tractors on Thursday to protest against fuel prices."
SETTINGS = Settings(max_bytes=5_000, fetch_timeout=0.4)


def _read(sources, settings=SETTINGS) -> list:
    return list(read_sources([str(s) for s in sources], settings=settings))


def _corpus(tmp_path):
    """A folder that mixes good articles, bad inputs and things to skip."""
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(f"Farmers block highway\nPublished: 2024-01-25\n\n{NEWS}", encoding="utf-8")
    (root / "sub" / "b.html").write_text(f"<html><head><title>Blockade</title></head><body><p>{NEWS}</p></body></html>")
    (root / "sub" / "deeper" / "c.md").write_text(f"---\ntitle: Tractors\ndate: 2024-01-26\n---\n{NEWS}\n")
    (root / "sub" / "d.jsonl").write_text(json.dumps({"id": "rec-1", "text": NEWS}) + "\n{bad\n")
    (root / "z.pdf.txt").write_bytes(b"%PDF-1.4\n\x00\x00binary")
    (root / "empty.md").write_text("")
    (root / "huge.txt").write_text("word " * 2_000)  # 10,000 bytes, over the 5,000-byte cap
    (root / ".hidden.txt").write_text(NEWS)
    (root / ".git" / "config.txt").write_text(NEWS)
    return root


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    root = _corpus(tmp_path)
    assert [p.relative_to(root).as_posix() for p in walk(root)] == \
        ["a.txt", "empty.md", "huge.txt", "z.pdf.txt", "sub/b.html", "sub/d.jsonl", "sub/deeper/c.md"]


def test_directory_mixing_good_and_bad(tmp_path):
    root = _corpus(tmp_path)
    items = _read([root, root / "missing.txt"])
    articles = {i.id: i for i in items if isinstance(i, Article)}
    failures = {i.source: i.reason for i in items if isinstance(i, Failure)}
    assert set(articles) == {str(root / "a.txt"), str(root / "sub" / "b.html"), str(root / "sub" / "deeper" / "c.md"),
                             "rec-1"}
    assert articles[str(root / "a.txt")].published == dt.date(2024, 1, 25)
    assert articles[str(root / "sub" / "deeper" / "c.md")].published == dt.date(2024, 1, 26)
    assert set(failures) == {str(root / n) for n in ("z.pdf.txt", "empty.md", "huge.txt", "sub/d.jsonl:2",
                                                      "missing.txt")}
    assert "PDF" in failures[str(root / "z.pdf.txt")]
    assert failures[str(root / "empty.md")].startswith("empty: nothing to code")
    assert "10,000 bytes" in failures[str(root / "huge.txt")] and "--max-bytes" in failures[str(root / "huge.txt")]
    assert "no such file" in failures[str(root / "missing.txt")]
    assert all(f.stage == "read" for f in items if isinstance(f, Failure))


def test_a_run_is_deterministic(tmp_path):
    root = _corpus(tmp_path)
    first = [getattr(i, "id", None) or i.source for i in _read([root])]
    assert first == [getattr(i, "id", None) or i.source for i in _read([root])]


def test_large_record_files_are_not_capped_as_a_whole(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": NEWS}) + "\n" for i in range(100)))
    assert path.stat().st_size > SETTINGS.max_bytes
    assert len([i for i in _read([path]) if isinstance(i, Article)]) == 100


def test_pipes_are_skipped_in_folders_and_refused_by_name(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    (article,) = _read([tmp_path])
    (failure,) = _read([tmp_path / "pipe.txt"])
    assert article.text == NEWS and "not a regular file" in failure.reason


def test_unreadable_file_is_a_failure(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(NEWS)
    path.chmod(0)
    try:
        with path.open("rb"):  # running as root: permissions do not apply
            pass
        pytest.skip("permissions are not enforced for this user")
    except PermissionError:
        (failure,) = _read([path])
        assert failure.source == str(path) and "could not read" in failure.reason
    finally:
        path.chmod(0o644)


def test_urls_by_media_type(http_server):
    page, plain, latin, record, bad_record = _read([http_server.url(p) for p in
                                                    ("/article.html", "/plain", "/latin1", "/records.jsonl")])
    assert (page.id, page.url, page.published) == (http_server.url("/article.html"),
                                                   "https://news.example.org/doha-talks", dt.date(2023, 11, 20))
    assert "Negotiators from both sides met in Doha" in page.text and "Copyright" not in page.text
    assert (plain.title, plain.text) == ("Riot police", "Riot police dispersed a crowd in the old city on Friday.")
    assert (latin.title, latin.url) == ("Grève générale", http_server.url("/latin1"))
    assert record.id == "w1" and bad_record.source == http_server.url("/records.jsonl") + ":2"


@pytest.mark.parametrize("path, words", [("/slow", "timed out"), ("/huge", "--max-bytes"), ("/missing", "HTTP 404"),
                                         ("/pdf", "PDF")])
def test_bad_urls_are_failures(http_server, path, words):
    (failure,) = _read([http_server.url(path)])
    assert failure.source == http_server.url(path) and words in failure.reason


def test_stdin_plain_text_gets_a_stable_id():
    data = f"Farmers block highway\n\n{NEWS}".encode()
    (first,) = read_stdin(io.BufferedReader(io.BytesIO(data)), settings=SETTINGS)
    (again,) = read_stdin(io.BufferedReader(io.BytesIO(data)), settings=SETTINGS)
    assert first.id == again.id and first.id.startswith("stdin:") and first.title == "Farmers block highway"


def test_stdin_jsonl_is_streamed_as_records():
    data = (json.dumps({"id": "s1", "text": NEWS}) + "\n{oops\n").encode()
    article, failure = read_stdin(io.BufferedReader(io.BytesIO(data)), settings=SETTINGS)
    assert article.id == "s1" and failure.source == "<stdin>:2"


def test_stdin_without_peek_is_buffered():
    (article,) = read_stdin(io.BytesIO(NEWS.encode()), settings=SETTINGS)
    assert article.text == NEWS


def test_stdin_over_the_cap_and_empty():
    (too_big,) = _guarded_stdin(b"x" * (SETTINGS.max_bytes + 10))
    (empty,) = _guarded_stdin(b"  \n")
    assert "--max-bytes" in too_big.reason and empty.reason.startswith("empty: nothing to code")


def _guarded_stdin(data: bytes) -> list:
    code = ("import sys; from khabar.ingest import read_sources; from khabar.settings import Settings\n"
            f"for item in read_sources(['-'], settings=Settings(max_bytes={SETTINGS.max_bytes})): "
            "print(item.source, '|', item.reason)")
    result = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
    return [Failure(*line.split(" | ", 1)) for line in result.stdout.decode().splitlines()]


def test_dash_reads_the_real_standard_input():
    code = ("import sys; from khabar.ingest import read_sources; from khabar.settings import Settings\n"
            "for item in read_sources(['-'], settings=Settings()): print(type(item).__name__, item.text)")
    result = subprocess.run([sys.executable, "-c", code], input=NEWS.encode(), capture_output=True, check=True)
    assert result.stdout.decode().strip() == f"Article {NEWS}"


@pytest.mark.parametrize("name, head, kind", [
    ("a.txt", b"<html>", PLAIN), ("a.md", b"", PLAIN), ("a.HTM", b"", HTML), ("a.jsonl", b"", JSONL),
    ("a.csv", b"", CSV), ("a.rss", b"", FEED), ("a.xml", b"<?xml version='1.0'?><rss version='2.0'>", FEED),
    ("a.xml", b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", FEED),
    ("noext", b"<!DOCTYPE html><html>", HTML), ("noext", b'{"id": 1}', JSONL), ("noext", b"Some words.", PLAIN),
])
def test_kind_of_path(name, head, kind):
    from pathlib import PurePath
    assert kind_of_path(PurePath(name), head) == kind


@pytest.mark.parametrize("media_type, url, head, kind", [
    ("text/html", "https://e.org/a", b"<html>", HTML),
    ("text/html", "https://e.org/rss", b"<?xml version='1.0'?><rss version='2.0'>", FEED),
    ("application/octet-stream", "https://e.org/c.csv?x=1", b"id,text", CSV),
    (None, "https://e.org/page", b"plain words", PLAIN),
])
def test_kind_of_response(media_type, url, head, kind):
    assert kind_of_response(media_type, url, head) == kind


def test_sniff_ignores_a_bom_and_leading_space():
    assert sniff(b"\xef\xbb\xbf  \n{\"id\": 1}") == JSONL
