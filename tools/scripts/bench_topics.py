"""Benchmark: topic discovery and summaries on the Wikinews corpus (no topic config).

Composes the briefing of ../shared/corpora/wikinews-fr without NLP and prints
the time of each stage, the number of topics, their labels and sizes, and the
executive summary. With --html, also builds the HTML book of that corpus with
Sphinx (on a copy of docs/, so docs/dossier is untouched) and prints the
build time and the number of warnings.

    .venv/bin/python tools/scripts/bench_topics.py [--html] [--jobs 2] [--nlp]

A benchmark prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing.analyse import analyse_corpus
from briefing.pipeline import compose_stage
from briefing.config import BriefingConfig
from briefing.ingest import read_corpus

REPO = Path(__file__).resolve().parents[2]
WIKINEWS = Path(os.environ.get("BRIEFING_WIKINEWS", REPO.parent / "shared" / "corpora" / "wikinews-fr"))


def compose(corpus: Path) -> None:
    config = BriefingConfig(source_dir=corpus, analyse=False)
    t0 = time.perf_counter()
    articles, problems = read_corpus(corpus, reserved=(config.topics_file, config.metadata_file))
    t1 = time.perf_counter()
    articles = analyse_corpus(articles, config)
    t2 = time.perf_counter()
    briefing = compose_stage(articles, config)
    t3 = time.perf_counter()
    n_par = sum(len(a.paragraphs) for a in articles)
    fed = {aid for t in briefing.topics for aid in t.articles}
    print(f"corpus: {corpus} — {len(articles)} articles, {n_par} paragraphs")
    print(f"ingest {t1 - t0:.2f} s · same-story {t2 - t1:.2f} s · compose {t3 - t2:.2f} s")
    print(f"topics: {len(briefing.topics)} (discovered: {all(t.discovered for t in briefing.topics)}); "
          f"articles in no chapter: {len(articles) - len(fed)}")
    for t in briefing.topics:
        print(f"  {len(t.articles):4d} art. {len(t.paragraphs):4d} par. {len(t.summary)} pts  {t.title}")
    print(f"executive summary: {len(briefing.executive_summary)} points")
    for s in briefing.executive_summary:
        print(f"  - {s.text[:110]}{'…' if len(s.text) > 110 else ''}")


def build_html(corpus: Path, jobs: str, nlp: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        shutil.copytree(REPO / "docs", docs, ignore=shutil.ignore_patterns("_build", "dossier", ".briefing-cache"))
        cmd = [
            sys.executable, "-m", "sphinx", "-T", "-N", "-b", "html", "-j", jobs,
            "-D", f"briefing_source_dir={corpus}", "-D", f"briefing_analyse={int(nlp)}",
            "--keep-going", str(docs), str(Path(tmp) / "html"),
        ]
        print("$", " ".join(cmd), flush=True)
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "CI": "true"})
        elapsed = time.perf_counter() - started
        warnings = [line for line in proc.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
        chapters = len(list((Path(tmp) / "html" / "dossier" / "chapitres").glob("*.html"))) - 1
        print(f"HTML build: {elapsed:.1f} s, exit {proc.returncode}, {len(warnings)} warnings, "
              f"{chapters} chapter pages")
        for line in warnings[:20]:
            print("  ", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=WIKINEWS)
    parser.add_argument("--html", action="store_true", help="also build the HTML book with Sphinx")
    parser.add_argument("--jobs", default="2", help="sphinx -j value")
    parser.add_argument("--nlp", action="store_true", help="run the NLP analysis in the HTML build")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    compose(corpus)
    if args.html:
        build_html(corpus, args.jobs, args.nlp)


if __name__ == "__main__":
    main()
