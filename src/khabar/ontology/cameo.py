"""The CAMEO ↔ PLOVER crosswalk (``data/cameo_plover.csv``, after the published 2021 table)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ._files import csv_rows


@dataclass(frozen=True, slots=True)
class CameoEntry:
    code: str
    label: str
    event: str | None  # None: PLOVER has no counterpart
    mode: str | None
    context: str | None
    represents: tuple[str, ...]  # modes ("-" = no mode) this code stands for in plover_to_cameo


@cache
def cameo_table() -> dict[str, CameoEntry]:
    return {r["code"]: CameoEntry(code=r["code"], label=r["label"], event=r["event"] or None,
                                  mode=r["mode"] or None, context=r["context"] or None,
                                  represents=tuple(filter(None, r["represents"].split("|"))))
            for r in csv_rows("cameo_plover.csv")}


def cameo_entry(code: str | None) -> CameoEntry | None:
    """The crosswalk row of the longest known prefix of a 2–4 digit CAMEO code ("1834" falls back to "183")."""
    code = (code or "").strip()
    if not (2 <= len(code) <= 4 and code.isdigit()):
        return None
    table = cameo_table()
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def cameo_to_plover(code: str | None) -> tuple[str, str | None] | None:
    """(PLOVER category, mode or None) for a CAMEO event code; None when PLOVER has no counterpart."""
    entry = cameo_entry(code)
    if entry is None or entry.event is None:
        return None
    return entry.event, entry.mode


def plover_to_cameo(event: str, mode: str | None = None) -> str | None:
    """The most representative CAMEO code for a PLOVER category and mode, if the crosswalk names one."""
    wanted = mode or "-"
    fallback = None
    for entry in cameo_table().values():
        if entry.event != event or not entry.represents:
            continue
        if wanted in entry.represents:
            return entry.code
        if "-" in entry.represents and fallback is None:
            fallback = entry.code
    return fallback
