"""Benchmark: corroboration of key points on the Wikinews corpus.

Analyses ../shared/corpora/wikinews-fr (spaCy; the analysis cache makes a rerun
fast), composes the briefing, then times the corroboration step alone (one
thread, on the corpus vectors compose already builds) and prints how many key
points (Synthèse and chapters) are single-source, rest on an unnamed source or
relay another publication, with each corroborated point and its most similar
corroborating sentence, for reading by hand.

    .venv/bin/python tools/scripts/bench_corroboration.py [--no-nlp]

A benchmark prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

from briefing.analyse import analyse_corpus
from briefing.pipeline import compose_stage
from briefing.compose.corpus import CorpusVectors
from briefing.compose.corroboration import Corroboration
from briefing.config import BriefingConfig
from briefing.ingest import read_corpus

REPO = Path(__file__).resolve().parents[2]
WIKINEWS = Path(os.environ.get("BRIEFING_WIKINEWS", REPO.parent / "shared" / "corpora" / "wikinews-fr"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-nlp", action="store_true", help="skip the analysis (no entities, no dates)")
    args = parser.parse_args()
    cache = Path(tempfile.gettempdir()) / "briefing-bench-corroboration-cache"
    config = BriefingConfig(source_dir=WIKINEWS, analyse=not args.no_nlp, cache_dir=cache, progress=False)
    articles, _ = read_corpus(WIKINEWS, reserved=(config.topics_file,), metadata_file=config.metadata_file)
    articles = analyse_corpus(articles, config)
    t0, c0 = time.perf_counter(), time.process_time()
    briefing = compose_stage(articles, config)
    compose_wall, compose_cpu = time.perf_counter() - t0, time.process_time() - c0
    points = [*briefing.executive_summary, *(s for t in briefing.topics for s in t.summary)]
    with threadpool_limits(limits=1):
        vectors = CorpusVectors.build(list(articles))
        t0, c0 = time.perf_counter(), time.process_time()
        check = Corroboration(list(articles), vectors)
        for s in points:
            check.apply(s)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    distinct = {}
    for s in points:
        distinct.setdefault((s.text, s.sources), s)
    single = sum(1 for s in distinct.values() if not s.corroborated_by)
    print(f"articles: {len(articles)}")
    print(f"compose, corroboration included: {compose_wall:.1f} s wall, {compose_cpu:.1f} s CPU")
    print(f"corroboration step alone: {wall:.2f} s wall, {cpu:.2f} s CPU")
    print(f"key points: {len(points)} ({len(distinct)} distinct); single-source: {single}; "
          f"corroborated: {len(distinct) - single}; anonymous: {sum(s.anonymous for s in distinct.values())}; "
          f"relayed: {sum(bool(s.relayed_from) for s in distinct.values())}")
    by_id = {a.id: a for a in articles}
    for s in distinct.values():
        if s.corroborated_by:
            print(f"\n* {s.text[:160]}")
            for r in s.corroborated_by:
                print(f"    {r.article}/{r.paragraph}: {by_id[r.article].paragraph(r.paragraph).text[:160]}")
        if s.anonymous or s.relayed_from:
            print(f"\n[{'anonyme' if s.anonymous else 'relayé: ' + s.relayed_from}] {s.text[:160]}")


if __name__ == "__main__":
    main()
