"""End-to-end runs through the Python API, on a real DuckDB file and the real model."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from khabar import api
from khabar.model import Failure
from khabar.settings import Settings
from tests.corpus import write_jsonl

pytestmark = pytest.mark.model

GOOD_TEXT = ("BAGHDAD — Iraqi police arrested 12 people on Sunday after a protest outside the oil ministry turned "
             "violent, officials said.\n\nThe protesters had demanded jobs.")


def _bad_and_good(tmp: Path) -> tuple[set[str], set[str]]:
    """A directory that mixes good articles with every kind of bad input."""
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Police arrest 12\nPublished: 2021-05-02\n\n" + GOOD_TEXT, encoding="utf-8")
    (corpus / "latin1.txt").write_bytes(("Caf\xe9 owners protest\n\nShop owners in Beirut protested on Monday "
                                         "against new taxes, a caf\xe9 owner said.").encode("latin-1"))
    (corpus / "page.html").write_text("<html><head><title>Talks in Muscat</title></head><body><nav>Home | World</nav>"
                                      "<article><p>The foreign ministers of Iran and Oman met in Muscat on Tuesday "
                                      "to discuss shipping in the Gulf, the two governments said.</p><p>They agreed "
                                      "to meet again next month.</p></article><footer>(c) News</footer></body></html>")
    (corpus / "broken.html").write_text("<html><body><div><p>Rebels shelled the town of Marib on Thursday, killing "
                                        "three civilians, local officials said.<div><p>Aid groups warned of", encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "Turkish troops shelled positions near the border on Monday.",
                         "published": "2020-02-03"}), "{not json", json.dumps({"id": "j2", "text": ""})]
    (corpus / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03" * 200)
    (corpus / "garbage.txt").write_bytes(bytes(range(128, 256)) * 40)
    (corpus / "empty.txt").write_text("")
    (corpus / "huge.txt").write_bytes(b"a" * 2_000_001)
    good = {str(corpus / name) for name in ("good.txt", "latin1.txt", "page.html", "broken.html")} | {"j1"}
    bad = {"binary.txt", "garbage.txt", "empty.txt", "huge.txt", "wire.jsonl:2", "wire.jsonl:3", "missing.txt"}
    return good, bad


def test_bad_inputs_are_recorded_and_good_ones_kept(tmp_path):
    good, bad = _bad_and_good(tmp_path)
    settings = Settings(db=tmp_path / "k.duckdb", max_bytes=2_000_000)
    report = api.run([str(tmp_path / "corpus"), str(tmp_path / "corpus" / "missing.txt")], settings=settings)
    with duckdb.connect(str(settings.db), read_only=True) as con:
        stored = {r[0] for r in con.execute("select id from articles").fetchall()}
        failures = con.execute("select source, reason from failures").fetchall()
    assert good <= stored
    for name in bad:
        hits = [reason for source, reason in failures if source.endswith(name)]
        assert hits and all(hits), f"{name} not recorded in failures: {failures}"
    assert not report.ok and len(report.failures) == len(failures)


def test_rerun_adds_nothing(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 8)
    settings = Settings(db=tmp_path / "k.duckdb")
    first = api.run([str(corpus)], settings=settings)
    second = api.run([str(corpus)], settings=settings)
    assert first.articles == 8 and first.events > 0
    assert (second.articles, second.events, second.skipped) == (0, 0, 8)
    ingest_again = api.ingest([str(corpus)], settings=settings)
    assert ingest_again.articles == 0


def test_exact_duplicate_under_another_id_is_reported(tmp_path):
    lines = [json.dumps({"id": i, "text": GOOD_TEXT, "published": "2021-05-02"}) for i in ("a", "b")]
    (tmp_path / "d.jsonl").write_text("\n".join(lines), encoding="utf-8")
    report = api.run([str(tmp_path / "d.jsonl")], settings=Settings(db=tmp_path / "k.duckdb"))
    assert report.articles == 1 and report.duplicates == [("b", "a")]


def _rows(db: Path) -> tuple[list[str], list[str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        articles = [r[0] for r in con.execute("select id from articles").fetchall()]
        events = [r[0] for r in con.execute("select id from events").fetchall()]
    return articles, events


def _extract_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "khabar.cli", "extract", str(corpus), "--db", str(db), "--batch-size", "4"]


def test_sigkill_midway_then_rerun_loses_and_duplicates_nothing(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 120)
    reference = tmp_path / "ref.duckdb"
    subprocess.run(_extract_cmd(corpus, reference), check=True, capture_output=True)
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(_extract_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not (db.exists() and db.stat().st_size > 300_000) and proc.poll() is None:
        time.sleep(0.05)
    killed_midway = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert killed_midway, "the run finished before it could be killed; raise the corpus size"
    subprocess.run(_extract_cmd(corpus, db), check=True, capture_output=True)
    articles, events = _rows(db)
    assert len(articles) == len(set(articles)) and len(events) == len(set(events)), "duplicates after the re-run"
    ref_articles, ref_events = _rows(reference)
    assert set(articles) == set(ref_articles) and len(articles) == 120, "articles missing after the re-run"
    assert set(events) == set(ref_events), "events missing after the re-run"


RELATION_TEXT = ("BAGHDAD — Kataib Hezbollah leader Abu Fadak al-Mohammedawi met Iraqi officials on Monday, the group "
                 "said.")


def test_relations_of_articles_are_read_without_storing(tmp_path):
    (tmp_path / "a.txt").write_text("Militia leader meets officials\nPublished: 2021-05-02\n\n" + RELATION_TEXT,
                                    encoding="utf-8")
    read = list(api.read([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]))
    failures = [item for item in read if isinstance(item, Failure)]
    articles = [item for item in read if not isinstance(item, Failure)]
    found = list(api.relations_of(articles, on_failure=failures.append))
    assert [(r.subject.name, r.relation, r.object.name) for r in found if r.relation == "leader_of"] == \
        [("Abu Fadak al-Mohammedawi", "leader_of", "Kataib Hezbollah")]
    assert [f.source for f in failures] == [str(tmp_path / "missing.txt")]
    assert list(api.relations_of(articles, actor="no such actor")) == []
    assert not list(tmp_path.glob("*.duckdb"))  # nothing stored
