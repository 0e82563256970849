"""When two reports describe the same real event, and when one is part of another.

The rules follow ACLED's codebook reasoning: the same kind of event, at overlapping times, in
compatible places, between compatible parties (``compatible``). Two compatible reports are joined
outright only with positive evidence in common (``same_event``): an identified party, or the same
precisely named place. Compatible reports without such evidence may still be joined by the grouping
when nothing else fits (``groups.py``). Every rule is symmetric, so the grouping does not depend on
which report arrived first.
"""
from __future__ import annotations

import math
from collections.abc import Callable

from .reports import COUNTRY_KEY, Report

Ancestors = Callable[[str], frozenset[str]]
# Radius (km) within which two located reports can be the same event, by ACLED geo-precision.
RADIUS_KM = {1: 25.0, 2: 60.0, 3: 400.0}
DEFAULT_RADIUS_KM = 60.0
# Two places this close (geo-precision 1 or 2) are one place: a city and its airport, a base and its gate.
_SAME_SITE_KM = 10.0
_KM_PER_DEGREE_AT_LEAST = 111.19  # a degree of latitude is 111.195 km on the sphere of ``distance_km``


def no_ancestors(key: str) -> frozenset[str]:
    return frozenset()


def distance_km(a: Report, b: Report) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def overlaps(a: Report, b: Report) -> bool:
    return a.start <= b.end and b.start <= a.end


def contains(outer: Report, inner: Report) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def places_agree(a: Report, b: Report) -> bool:
    """The same place, one inside the other, or close enough for the coarser precision."""
    if a.country and b.country and a.country != b.country:
        return False
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    radius = max(RADIUS_KM.get(a.geo_precision or 0, DEFAULT_RADIUS_KM),
                 RADIUS_KM.get(b.geo_precision or 0, DEFAULT_RADIUS_KM))
    # No two points are closer than their difference in latitude: many far pairs of one country are told
    # apart by that alone, without the great-circle formula (the most called function of linking).
    if abs(a.lat - b.lat) * _KM_PER_DEGREE_AT_LEAST > radius:
        return False
    return distance_km(a, b) <= radius


def _related(x: frozenset[str], y: frozenset[str], ancestors: Ancestors) -> bool:
    """Some party on one side is the same as, or part of, some party on the other."""
    for a in x:
        for b in y:
            if a == b or a in ancestors(b) or b in ancestors(a):
                return True
    return False


def parties_agree(a: Report, b: Report, ancestors: Ancestors) -> bool:
    """Compatible actors and recipients; an unknown side is no evidence either way, reversed roles are.
    Different victims conflict except at one precise site on one day (``one_site_one_day``), and only when
    one side identifies them: victims known only by a nationality ("Iraqi militia", "Syrian militia") often
    take it from the place or the article, not from the words, so two reports may well differ on it."""
    if a.actors and b.actors and not _related(a.actors, b.actors, ancestors):
        return False
    if (a.recipients and b.recipients and not _related(a.recipients, b.recipients, ancestors)
            and (_identified(a.recipients) or _identified(b.recipients)) and not one_site_one_day(a, b)):
        return False
    reversed_roles = _related(a.actors, b.recipients, ancestors) and _related(a.recipients, b.actors, ancestors)
    return not (reversed_roles and not _related(a.actors, b.actors, ancestors))


def one_site_one_day(a: Report, b: Report) -> bool:
    """Both reports place the event at one precise site on one day. Reports of one attack name the
    victims each of them knows (the U.S. troops in one, the Iraqi soldiers in another), so there the
    victims do not tell events apart; ACLED codes one event per site and day. In a city or a
    province, different victims may well mean different attacks."""
    return a.precision == b.precision == "day" and a.geo_precision == b.geo_precision == 1 and same_place(a, b)


def _identified(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if not k.startswith(COUNTRY_KEY))


def same_place(a: Report, b: Report) -> bool:
    """The same named place below province level, or two places next to each other (Erbil and its
    airport). Merely "in the same area" is not enough: Camp Taji is 25 km from Baghdad, and attacks on the one
    and strikes reported from the other are different events."""
    if max(a.geo_precision or 3, b.geo_precision or 3) > 2:
        return False
    if a.place is not None and a.place == b.place:
        return True
    km = distance_km(a, b)
    return km is not None and km <= _SAME_SITE_KM


def shared_evidence(a: Report, b: Report, ancestors: Ancestors) -> bool:
    """Something positive in common beyond kind and time: an identified party, or the same precise place."""
    if (_related(_identified(a.actors), _identified(b.actors), ancestors)
            or _related(_identified(a.recipients), _identified(b.recipients), ancestors)):
        return True
    return same_place(a, b)


def compatible(a: Report, b: Report, ancestors: Ancestors = no_ancestors) -> bool:
    """Nothing tells the two reports apart: kind, time, place and parties all agree."""
    return agree_beyond_place(a, b, ancestors) and places_agree(a, b)


def agree_beyond_place(a: Report, b: Report, ancestors: Ancestors = no_ancestors) -> bool:
    """``compatible`` but for the place: for pairs already known to agree on it (``groups.candidate_pairs``)."""
    return (a.event == b.event and a.aggregate == b.aggregate and a.doc_id != b.doc_id and overlaps(a, b)
            and parties_agree(a, b, ancestors))


def same_event(a: Report, b: Report, ancestors: Ancestors = no_ancestors) -> bool:
    return compatible(a, b, ancestors) and shared_evidence(a, b, ancestors)


def part_of_aggregate(specific: Report, aggregate: Report, ancestors: Ancestors = no_ancestors) -> bool:
    """"One such attack, in December" inside "35 attacks since October": a containment link, not a merge."""
    return (aggregate.aggregate and not specific.aggregate and specific.event == aggregate.event
            and contains(aggregate, specific) and places_agree(specific, aggregate)
            and parties_agree(specific, aggregate, ancestors))
