"""Loading of the ontology's data files (our own YAML/CSV in ``data/``), once per process."""
from __future__ import annotations

import csv
import hashlib
from functools import cache
from importlib import resources
from typing import Any

import yaml

DATA_FILES = ("plover.yaml", "cameo_plover.csv", "acled.csv")


def _text(name: str) -> str:
    return resources.files("khabar.ontology").joinpath("data", name).read_text(encoding="utf-8")


@cache
def plover_data() -> dict[str, Any]:
    return yaml.safe_load(_text("plover.yaml"))


@cache
def csv_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a data CSV; lines starting with ``#`` are comments."""
    lines = (line for line in _text(name).splitlines() if line.strip() and not line.startswith("#"))
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines))


@cache
def data_hash() -> str:
    """A digest of every data file: it changes whenever the ontology does."""
    digest = hashlib.sha1()
    for name in DATA_FILES:
        digest.update(name.encode("utf-8") + b"\0" + _text(name).encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]
