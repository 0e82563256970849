"""Does memory stay flat on long runs? Peak RSS of ``khabar extract`` at two corpus sizes.

    python bench/memory.py [--small 2000] [--large 20000] [--json FILE]

Runs the local engine end to end (read, code, resolve, store) on the first ``--small`` articles of a
generated corpus and then on ``--large`` articles, each in a fresh process, and reports each peak RSS
and their ratio (issue 7 asks for at most 1.10). Raw spaCy ``nlp.pipe`` runs on the small corpus in
the same run, so the khabar figures read against what the model alone holds; it is not run on the
large one, which would add most of an hour and tells nothing about khabar's own growth.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402
from throughput import measure  # noqa: E402


def compare(small: int, large: int, folder: Path) -> dict:
    small_corpus = write_corpus(folder / f"corpus-{small}.jsonl", small)
    large_corpus = write_corpus(folder / f"corpus-{large}.jsonl", large)
    spacy = measure("spacy", small_corpus, 1)
    khabar_small = measure("khabar-local", small_corpus, 1)
    khabar_large = measure("khabar-local", large_corpus, 1)
    return {
        "small": small, "large": large,
        "spacy_small_rss_mb": spacy["peak_rss_mb"],
        "khabar_small_rss_mb": khabar_small["peak_rss_mb"],
        "khabar_large_rss_mb": khabar_large["peak_rss_mb"],
        "khabar_small_seconds": khabar_small["seconds"], "khabar_large_seconds": khabar_large["seconds"],
        "growth": khabar_large["peak_rss_mb"] / khabar_small["peak_rss_mb"],
        "vs_spacy": khabar_small["peak_rss_mb"] / spacy["peak_rss_mb"],
    }


def summary(f: dict) -> str:
    return (f"peak RSS: khabar {f['khabar_small_rss_mb']:.0f} MB at {f['small']} articles, "
            f"{f['khabar_large_rss_mb']:.0f} MB at {f['large']} (growth {f['growth']:.3f}); "
            f"raw spaCy {f['spacy_small_rss_mb']:.0f} MB at {f['small']} (khabar/spaCy {f['vs_spacy']:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = compare(args.small, args.large, Path(folder))
    print(summary(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
