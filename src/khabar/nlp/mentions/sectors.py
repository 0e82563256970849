"""Sets of sectors that several parts of ``MentionResolver`` read."""
from __future__ import annotations

_ARMED_SECTORS = frozenset({"REB", "INS", "MIL", "PTY"})
_NON_STATE_SECTORS = frozenset({"REB", "INS", "SEP"})  # separatist movements are armed groups too
_IRREGULAR_SECTORS = frozenset({"REB", "INS", "UAF"})
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Sectors of people who are not a state's organs: with no nationality stated, they are of the place.
_CIVILIAN_SECTORS = frozenset({"CVL", "MED", "EDU", "HLH", "REL", "LAB", "REF", "BUS", "AGR", "NGO"})
