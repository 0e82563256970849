"""The founding article and our own report of the same raid (from another angle) link the raid and the release."""
import json

import pytest

from khabar import api
from khabar.model import Article
from khabar.settings import Settings
from khabar.store import EventFilter, EventStore

pytestmark = [pytest.mark.model, pytest.mark.benchmark]


def _group_of(store, event_id):
    return store.group_of([event_id]).get(event_id)


def test_the_seed_and_another_report_link_the_raid_and_the_release(tmp_path, shared_dir):
    seed = tmp_path / "seed.jsonl"
    seed.write_text((shared_dir / "seed" / "article.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    other = api.REPO_EXAMPLES / "articles" / "iraq-kataib-hezbollah-release.txt"
    db = tmp_path / "k.duckdb"
    api.run([str(seed), str(other)], settings=Settings(db=db))
    with EventStore(db, read_only=True) as store:
        for category in ("COERCE", "RETREAT"):
            events = store.events(EventFilter(event=(category,)))
            docs = {e.doc_id for e in events}
            assert len(docs) == 2, f"{category}: reported by {docs}"
            groups = {}
            for e in events:
                groups.setdefault(_group_of(store, e.id), set()).add(e.doc_id)
            assert any(len(d) == 2 for d in groups.values()), f"{category} not linked: {groups}"
