"""Country codes as the benchmarks write them (CAMEO actor codes) turned into ISO3, for comparison."""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Actor

# CAMEO country codes that differ from ISO 3166 alpha-3.
_CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
                  "GMY": "DEU", "UKG": "GBR", "BUL": "BGR",
                  # states that CAMEO names by a former name: their successors are the knowledge base's
                  "YUG": "SRB", "USR": "RUS", "KSV": "XKX"}

# Leading codes that name no country: international, transnational and unknown actors.
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "INT", "---", "REB", "MIL", "GOV",
                            "COP", "OPP", "CVL", "BUS", "MED", "EDU", "HLH", "HRI", "LAB", "REF", "REL",
                            "SPY", "JUD", "LEG", "PTY", "ELI", "CRM", "AGR", "ENV", "UAF", "SEP", "INS"})


def country_of_code(code: str | None) -> str | None:
    """ISO3 from the first three letters of a CAMEO actor code ("IRQMUS" -> "IRQ"), None when it names no country."""
    prefix = (code or "").strip().upper()[:3]
    if len(prefix) != 3 or not prefix.isalpha() or prefix in _NOT_COUNTRIES:
        return None
    return _CAMEO_TO_ISO3.get(prefix, prefix)


def actor_countries(actors: Iterable[Actor]) -> set[str]:
    """The ISO3 countries the coder gave a list of actors."""
    return {a.country.upper() for a in actors if a.country}
