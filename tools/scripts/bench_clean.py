"""Benchmark of the cleaner (no NLP): articles per second on one core.

    .venv/bin/python tools/scripts/bench_clean.py [CORPUS_DIR] [--repeat N]

Reads every .txt of CORPUS_DIR (default: ../shared/corpora/wikinews-fr beside
the repository) N times with the same code as ``briefing build`` (read bytes,
decode, front matter, line classes, metadata, overrides) in this one process,
and prints the rate. Same-story detection is timed separately, once.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from briefing.analyse.same_story import mark_same_story
from briefing.ingest import article_id, read_article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "wikinews-fr"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name.lower() != "readme.txt")
    if not files:
        print(f"no .txt files under {args.corpus}", file=sys.stderr)
        return 2
    ids = [(p, article_id(p.stem), p.relative_to(args.corpus).as_posix()) for p in files]
    articles = [read_article(p, aid, rel)[0] for p, aid, rel in ids]  # warm-up (imports, regex compilation)
    rates = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for p, aid, rel in ids:
            read_article(p, aid, rel)
        elapsed = time.perf_counter() - start
        rates.append(len(ids) / elapsed)
    words = sum(len(par.text.split()) for a in articles for par in a.paragraphs)
    print(f"corpus: {args.corpus} ({len(ids)} articles, {words} words kept)")
    print(f"cleaning: {len(ids)} articles x {args.repeat} passes on one core")
    print(f"  best {max(rates):.0f} articles/s, median {sorted(rates)[len(rates) // 2]:.0f} articles/s, worst {min(rates):.0f} articles/s")
    start = time.perf_counter()
    marked = mark_same_story(articles)
    groups = sum(1 for a in marked if a.same_story)
    print(f"same-story detection: {time.perf_counter() - start:.2f} s for {len(articles)} articles ({groups} in a group)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
