"""The founding article (``../shared/seed/``), scored by its own scorer as a subprocess.

The coder's events are written as PLOVER JSONL to a temporary file and passed to
``python3 score.py gold.json FILE --verbose``; its printed figures are parsed back.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import Article, Event
from .report import Report, skipped

NAME = "seed"
FOLDER = Path("seed")
_FIGURE = re.compile(r"(\w+)=([0-9.]+)")
_MATCHED = re.compile(r"matched: (\d+) \(required (\d+), optional (\d+)\); false: (\d+) "
                      r"\(of them trap hits: (\d+)\); duplicates: (\d+)")
_TAGS = ("HIT ", "miss", "opt ", "FP  ", "DUP ", "TRAP")


def parse_output(text: str) -> dict[str, float | int]:
    """Figures from score.py's output: its last line (f1, precision, ...) and its 'matched:' line."""
    summary: dict[str, float | int] = {}
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        found = _MATCHED.search(line)
        if found:
            keys = ("matched", "matched_required", "matched_optional", "false", "trap_hits", "duplicates")
            summary.update(zip(keys, map(int, found.groups())))
    if not lines or not lines[-1].startswith("f1="):
        raise InputError("score.py", "its output has no final 'f1=...' line")
    summary.update({k: float(v) for k, v in _FIGURE.findall(lines[-1])})
    summary["misses"] = sum(1 for line in lines if line.startswith("miss"))
    return summary


def detail_lines(text: str) -> list[str]:
    """The scorer's own per-event lines (HIT, miss, FP, DUP, TRAP) and field accuracies."""
    return [line for line in text.splitlines() if line.startswith(_TAGS) or line.startswith("  ")]


def write_events(events: Iterable[Event], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for event in events:
            out.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
            count += 1
    return count


def read_articles(path: Path) -> list[Article]:
    """The articles as ``khabar extract`` reads them (same reader, same normalisation)."""
    from ..api import read
    items = list(read([str(path)]))
    for item in items:
        if not isinstance(item, Article):
            raise InputError(item.source, item.reason)
    return items


def run_scorer(folder: Path, events_file: Path) -> str:
    """score.py's standard output; a failing scorer is an InputError carrying its message."""
    done = subprocess.run([sys.executable, str(folder / "score.py"), str(folder / "gold.json"), str(events_file),
                           "--verbose"], capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise InputError(str(folder / "score.py"), f"exited with {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout


def score_events(folder: Path, events: Iterable[Event]) -> Report:
    with tempfile.TemporaryDirectory(prefix="khabar-eval-") as tmp:
        path = Path(tmp) / "events.jsonl"
        count = write_events(events, path)
        output = run_scorer(folder, path)
    summary = {"events": count, **parse_output(output)}
    return Report(name=NAME, source=str(FOLDER), summary=summary, lines=tuple(detail_lines(output)))


def run(root: Path) -> Report:
    folder = root / FOLDER
    if not all((folder / name).is_file() for name in ("article.jsonl", "gold.json", "score.py")):
        return skipped(NAME, folder)
    from ..api import extract
    from ..settings import Settings
    events = list(extract(read_articles(folder / "article.jsonl"), settings=Settings()))
    return score_events(folder, events)
