"""Benchmark: Sphinx build time against corpus size, and incremental rebuilds.

Builds the first N articles of the Wikinews corpus (../shared/corpora/wikinews-fr)
for several N on a copy of docs/, and prints seconds per build and per article —
time should grow linearly. Then rebuilds with nothing changed and after adding
one article, printing how many source files Sphinx re-read.

    .venv/bin/python tools/scripts/bench_build.py [--sizes 100,250,500,964] [--jobs 2] [--nlp]

A benchmark prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WIKINEWS = Path(os.environ.get("BRIEFING_WIKINEWS", REPO.parent / "shared" / "corpora" / "wikinews-fr"))


def corpus_files() -> list[Path]:
    return sorted(WIKINEWS.rglob("*.txt"))


def make_corpus(dest: Path, files: list[Path]) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        (dest / f.name).write_bytes(f.read_bytes())


def build(docs: Path, corpus: Path, out: Path, jobs: str, nlp: bool) -> tuple[float, str]:
    cmd = [
        sys.executable, "-m", "sphinx", "-T", "-N", "-q", "-b", "html", "-j", jobs,
        "-D", f"briefing_source_dir={corpus}", "-D", f"briefing_analyse={int(nlp)}",
        "-W", "--keep-going", str(docs), str(out),
    ]
    started = time.perf_counter()
    proc = subprocess.run([c for c in cmd if c != "-q"], capture_output=True, text=True,
                          env={**os.environ, "CI": "true"})
    elapsed = time.perf_counter() - started
    if proc.returncode:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"build failed ({proc.returncode})")
    m = re.search(r"(\d+) added, (\d+) changed, (\d+) removed", proc.stdout)
    return elapsed, m.group(0) if m else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,250,500,964")
    parser.add_argument("--jobs", default="2", help="sphinx -j value")
    parser.add_argument("--nlp", action="store_true", help="include the NLP analysis (cold cache)")
    args = parser.parse_args()
    files = corpus_files()
    sizes = [min(int(s), len(files)) for s in args.sizes.split(",")]
    print(f"corpus: {WIKINEWS} ({len(files)} articles); sphinx -j {args.jobs}; nlp={args.nlp}")
    print(f"{'articles':>8} {'seconds':>8} {'ms/article':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in sizes:
            work = tmp / f"n{n}"
            shutil.copytree(REPO / "docs", work / "docs",
                            ignore=shutil.ignore_patterns("_build", "dossier", "editions", ".briefing-cache"))
            make_corpus(work / "corpus", files[:n])
            seconds, _ = build(work / "docs", work / "corpus", work / "html", args.jobs, args.nlp)
            print(f"{n:>8} {seconds:>8.1f} {1000 * seconds / n:>10.1f}", flush=True)
        # incremental, on the largest
        n = sizes[-1]
        work = tmp / f"n{n}"
        seconds, read = build(work / "docs", work / "corpus", work / "html", args.jobs, args.nlp)
        print(f"rebuild, nothing changed: {seconds:.1f} s ({read})")
        extra = files[n] if n < len(files) else files[0]
        target = work / "corpus" / ("added-" + extra.name)
        target.write_bytes(extra.read_bytes())
        seconds, read = build(work / "docs", work / "corpus", work / "html", args.jobs, args.nlp)
        print(f"rebuild, one article added: {seconds:.1f} s ({read})")


if __name__ == "__main__":
    main()
