"""Benchmark of the cold analysis alone, and a dump of what it found.

Runs ``analyse_corpus`` (same-story detection, spaCy parse, rule passes,
corpus-wide name merging) on a folder of articles with an empty cache, as the
ANALYSE step of ``bench_scale.py`` does, and prints the wall time, words/s,
words per CPU-second (parent and workers together) and the load average.

With ``--dump FILE`` it also writes every article's analysis (entities with
types, roles, mentions and aliases; quotes with speaker, kind and paragraph;
events; same-story links), one JSON line per article, in a stable form: two
dumps of the same corpus are byte-identical when the analysis is. Speed
changes that must not change the output are checked with
``cmp before.jsonl after.jsonl``.

    PYTHONPATH=tools .venv/bin/python tools/scripts/bench_analysis.py \\
        [--source ../shared/corpora/wikinews-fr] [--jobs 2] [--limit N] [--dump FILE]

A benchmark prints figures; it asserts nothing. The machine may be shared:
compare words per CPU-second, and read the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews-fr"


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    return sum(getattr(resource.getrusage(who), field)
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for field in ("ru_utime", "ru_stime"))


def analysis_record(article) -> dict:
    from briefing.serialise import entity_data, event_data, quote_data

    return {
        "id": article.id,
        "same_story": list(article.same_story),
        "fuller_than": list(article.fuller_than),
        "entities": [entity_data(e) for e in article.entities],
        "quotes": [quote_data(q) for q in article.quotes],
        "events": [event_data(e) for e in article.events],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=WIKINEWS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--dump", type=Path, help="write the analysis, one JSON line per article")
    args = parser.parse_args(argv)

    from briefing.analyse import analyse_corpus
    from briefing.config import BriefingConfig
    from briefing.ingest import read_corpus

    articles, _ = read_corpus(args.source)
    if args.limit:
        articles = articles[: args.limit]
    words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
    with tempfile.TemporaryDirectory() as cache:
        config = BriefingConfig(source_dir=args.source, cache_dir=Path(cache), n_process=args.jobs, progress=False)
        load_before = os.getloadavg()[0]
        wall, cpu = time.perf_counter(), cpu_seconds()
        analysed = analyse_corpus(articles, config)
        wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    print(f"{len(articles)} articles, {words:,} words, {args.jobs} processes: {wall:.1f} s wall, "
          f"{words / wall:,.0f} words/s; {cpu:.1f} CPU-s, {words / cpu:,.0f} words per CPU-second; "
          f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for a in analysed:
                fh.write(json.dumps(analysis_record(a), ensure_ascii=False, sort_keys=True) + "\n")
        print(f"analysis written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
