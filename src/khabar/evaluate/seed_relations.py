"""Actor relations of the founding article against the reference's ``relations`` (``seed/gold.json``).

An extracted relation matches a reference one when the types agree (``leads`` is ``leader_of``;
``member_of`` and ``part_of`` are one kind) and each end matches: a reference actor key by its name
fragments or country, a free-text end by a shared content word. Extra relations are listed, for a
reader to judge whether the article states them.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..model import Actor, Article, Relation
from .report import Report, skipped

NAME = "seed-relations"
_SAME_KIND = {"leads": "leader_of", "member_of": "part_of"}
_GENERIC = frozenset({"the", "that", "this", "same", "led", "organization", "group", "second", "largest"})


def _kind(relation: str) -> str:
    return _SAME_KIND.get(relation, relation)


def _blob(actor: Actor) -> str:
    return " ".join(filter(None, [actor.text, actor.name, actor.id, *actor.aliases])).lower()


def end_matches(spec: str, actor: Actor, actors: dict) -> bool:
    blob = _blob(actor)
    if spec in actors:
        known = actors[spec]
        return any(f in blob for f in known["any"]) or (known.get("country") is not None
                                                         and actor.country == known["country"])
    stems = {w[:4] for w in re.findall(r"[a-z]+", spec.lower()) if len(w) >= 4 and w not in _GENERIC}
    return any(stem in blob for stem in stems)


def matches(gold: dict, found: Relation, actors: dict) -> bool:
    return (_kind(gold["relation"]) == _kind(found.relation) and end_matches(gold["subject"], found.subject, actors)
            and end_matches(gold["object"], found.object, actors))


def score(gold: dict, found: list[Relation]) -> dict:
    actors = gold["actors"]
    hits = [g for g in gold["relations"] if any(matches(g, f, actors) for f in found)]
    extra = [f for f in found if not any(matches(g, f, actors) for g in gold["relations"])]
    return {"reference": len(gold["relations"]), "found": len(found), "matched": len(hits), "extra": extra,
            "missed": [g for g in gold["relations"] if g not in hits]}


def run(root: Path) -> Report:
    from ..api import code
    folder = root / "seed"
    if not (folder / "gold.json").is_file():
        return skipped(NAME, folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    articles = [Article.from_dict(json.loads(line)) for line in (folder / "article.jsonl").open(encoding="utf-8")
                if line.strip()]
    found = [r for coded in code(articles) for r in coded.relations]
    result = score(gold, found)
    lines = tuple([f"missed: {g['subject']} {g['relation']} {g['object']}" for g in result["missed"]]
                  + [f"extra:  {r.subject.name} {r.relation} {r.object.name}" for r in result["extra"]])
    summary = {k: v for k, v in result.items() if isinstance(v, int)}
    return Report(name=NAME, source=str(folder), summary=summary, lines=lines)
