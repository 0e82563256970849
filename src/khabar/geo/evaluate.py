"""Scores for the geoparser on LGL and GeoWebNews (``../shared/benchmarks/geo``). Evaluation only.

Resolution, with the gold toponym spans given: accuracy within 161 km, median error (a missing
answer counts as the largest error on Earth, 20,039 km, as in the literature) and GeoNames id
agreement where the gold has an id. Recognition, end to end with the spaCy model: precision and
recall of toponym spans, exact and overlapping.

Which gold counts:
- LGL: resolution over the toponyms whose ``gaztag`` has coordinates; recognition over all toponyms.
- GeoWebNews: resolution over the toponyms with a GeoNames id (the benchmark's own geocoding set,
  ``gwn_full.txt``: 2,401); ``geowebnews_coords`` adds the 200 hand-placed streets and buildings that
  have coordinates but no GeoNames entry. Recognition counts only the annotation types that are
  toponyms (literal, metonymic, mixed, coercion, modifiers, embedded); "expressions" ("the city"),
  demonyms, homonyms, languages and non-toponyms are not names of places.
- A gold span whose offsets do not cover its annotated name (two in GWN) is moved to the nearest
  occurrence of that name.

    python -m khabar.geo.evaluate [BENCHMARKS_GEO_DIR] [--no-recognition]
"""
from __future__ import annotations

import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .gazetteer import default_gazetteer
from .misses import Outcome, tally
from .resolve import Toponym, candidates, distance_km, resolve

ACC_KM = 161.0
MAX_ERROR_KM = 20039.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None
    toponym: bool = True  # False for annotations that are not place names (GWN "expressions", demonyms)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


def evaluate_geo(root: Path, *, recognition: bool = True) -> dict:
    """Scores per benchmark found under ``root`` (the geo folder, or a folder containing it)."""
    geo = _geo_dir(Path(root))
    out = {}
    for name, loader in (("lgl", load_lgl), ("geowebnews", load_gwn)):
        articles = loader(geo)
        if articles is None:
            continue
        scores = score_resolution(articles, with_id=name == "geowebnews")
        if recognition:
            scores.update(score_recognition(articles))
        out[name] = scores
        if name == "geowebnews":
            out["geowebnews_coords"] = score_resolution(articles)
    return out


def _geo_dir(root: Path) -> Path:
    for candidate in (root, root / "geo", root / "benchmarks" / "geo"):
        if (candidate / "lgl").is_dir() or (candidate / "geowebnews").is_dir():
            return candidate
    return root


def load_lgl(geo: Path) -> list[GoldArticle] | None:
    path = geo / "lgl" / "lgl.xml"
    if not path.is_file():
        return None
    return [GoldArticle(a.findtext("text") or "", tuple(_lgl_toponym(t) for t in a.find("toponyms")))
            for a in ET.parse(path).getroot().findall("article")]


def _lgl_toponym(node: ET.Element) -> GoldToponym:
    tag = node.find("gaztag")
    start, end = int(node.findtext("start")), int(node.findtext("end"))
    if tag is None or tag.find("lat") is None:
        return GoldToponym(start, end, None, None, None)
    return GoldToponym(start, end, float(tag.findtext("lat")), float(tag.findtext("lon")), int(tag.get("geonameid")))


_GWN_TOPONYM_TYPES = frozenset({"Literal", "Metonymic", "Mixed", "Coercion", "Literal_Modifier",
                                "Non_Literal_Modifier", "Embedded_Literal", "Embedded_Non_Lit"})


def load_gwn(geo: Path) -> list[GoldArticle] | None:
    """GeoWebNews: every annotation, flagged as toponym or not; coordinates where the gold has them."""
    path = geo / "geowebnews" / "GWN.xml"
    if not path.is_file():
        return None
    out = []
    for a in ET.parse(path).getroot().findall("article"):
        text = a.findtext("text") or ""
        out.append(GoldArticle(text, tuple(_gwn_toponym(text, t) for t in a.find("toponyms"))))
    return out


def _gwn_toponym(text: str, node: ET.Element) -> GoldToponym:
    start, end = _aligned(text, node.findtext("extractedName") or "", int(node.findtext("start")),
                          int(node.findtext("end")))
    lat, gid = node.findtext("latitude"), node.findtext("geonamesID")
    return GoldToponym(start, end, float(lat) if lat else None,
                       float(node.findtext("longitude")) if lat else None, int(gid) if gid else None,
                       node.findtext("type") in _GWN_TOPONYM_TYPES)


def _aligned(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """The gold offsets, or those of the nearest occurrence of the annotated name when they miss it."""
    if not name or text[start:end] == name:
        return start, end
    hits = [i for i in range(len(text)) if text.startswith(name, i)]
    if not hits:
        return start, end
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + len(name)


def score_resolution(articles: list[GoldArticle], *, with_id: bool = False) -> dict:
    """Resolution of the gold spans that have coordinates (and, with ``with_id``, a GeoNames id)."""
    gazetteer = default_gazetteer()
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    for article in articles:
        gold = [t for t in article.toponyms if t.lat is not None and (t.geonameid is not None or not with_id)]
        toponyms = [Toponym(t.start, t.end, article.text[t.start:t.end]) for t in gold]
        for g, entry in zip(gold, resolve(article.text, toponyms, gazetteer=gazetteer)):
            error = MAX_ERROR_KM if entry is None else distance_km(entry, g.lat, g.lon)
            outcomes.append(Outcome(entry, (), g.geonameid, error))
    seconds = time.perf_counter() - started
    errors = [o.error_km for o in outcomes]
    with_ids = [o for o in outcomes if o.gold_id is not None]
    id_hits = sum(o.answer is not None and o.answer.geonameid == o.gold_id for o in with_ids)
    return {"toponyms": len(errors), "acc_161": _ratio(sum(e <= ACC_KM for e in errors), len(errors)),
            "median_km": round(statistics.median(errors), 1) if errors else None,
            "geonameid_match": _ratio(id_hits, len(with_ids)), "toponyms_per_s": round(len(errors) / seconds, 1),
            "misses": tally(_with_readings(articles, outcomes, with_id, gazetteer))}


def _with_readings(articles: list[GoldArticle], outcomes: list[Outcome], with_id: bool, gazetteer) -> list[Outcome]:
    """The outcomes with each name's gazetteer readings, read after the timing (they cost a second lookup)."""
    spans = [article.text[t.start:t.end] for article in articles for t in article.toponyms
             if t.lat is not None and (t.geonameid is not None or not with_id)]
    return [Outcome(o.answer, candidates(span.split(",")[0].strip(), gazetteer)[0], o.gold_id, o.error_km)
            for span, o in zip(spans, outcomes)]


def score_recognition(articles: list[GoldArticle]) -> dict:
    from .geocode import geocode  # needs the spaCy model; imported only when recognition is scored
    records = ({"id": str(i), "text": a.text} for i, a in enumerate(articles))
    found: dict[str, list[tuple[int, int]]] = {}
    for row in geocode(records):
        found.setdefault(row["id"], []).append((row["start"], row["end"]))
    exact = overlap = predicted = gold_total = 0
    for i, article in enumerate(articles):
        gold = {(t.start, t.end) for t in article.toponyms if t.toponym}
        mine = found.get(str(i), [])
        predicted += len(mine)
        gold_total += len(gold)
        exact += sum(span in gold for span in mine)
        overlap += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in mine)
    return {"recognition_exact": _prf(exact, predicted, gold_total),
            "recognition_overlap": _prf(overlap, predicted, gold_total)}


def _prf(hits: int, predicted: int, gold: int) -> dict:
    p, r = _ratio(hits, predicted), _ratio(hits, gold)
    f = round(2 * p * r / (p + r), 4) if p and r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[4] / "shared" / "benchmarks" / "geo"
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else default
    if not root.exists():
        sys.stderr.write(f"no benchmarks at {root}; pass the folder holding lgl/ and geowebnews/\n")
        return 2
    json.dump(evaluate_geo(root, recognition="--no-recognition" not in argv), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
