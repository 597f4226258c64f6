"""Benchmark: how the briefing scales, all figures from one run.

On the Wikinews corpus (../shared/corpora/wikinews-fr, 964 articles) it prints:

1. cold analysis throughput (parse + rules, empty cache, ``n_process`` workers),
   in words per second — the model load of the workers included;
2. the full HTML build of 963 articles (analysis cached, Sphinx cold);
3. the plain-Sphinx floor: the very pages it generated, built by a bare
   Sphinx project (alabaster, myst-parser, sphinx-design, sphinxcontrib-bibtex);
4. one added article (the 964th): time, Sphinx's "added, changed, removed"
   counts and how many HTML pages were rewritten; with ``--phases``, where that
   rebuild's time goes (wall-clock marks at the end of each phase); then the
   same article added to the same project again, rebuilt by the resident
   process ``briefing serve`` keeps (``briefing.resident``);
5. growth: the full build of 241 articles against 963 (×4 articles);
6. peak RSS (all processes of the build together), the largest HTML page and
   the size of the search index.

With ``--synthetic N`` it also builds a synthetic corpus of N articles made by
recombining Wikinews paragraphs (most of them undated: no dateline, no front
matter; several outlets and folders), cold, analysis included. The corpus is
written into a temporary folder and deleted afterwards.

    .venv/bin/python tools/scripts/bench_scale.py [--jobs 2] [--synthetic 5000] [--only-synthetic]
        [--only-add] [--show-rewritten] [--phases]

The machine may be shared: absolute times are noisy, ratios measured within
one run are what to compare. A benchmark prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WIKINEWS = Path(os.environ.get("BRIEFING_WIKINEWS", REPO.parent / "shared" / "corpora" / "wikinews-fr"))
PYTHON = sys.executable
ENV = {**os.environ, "CI": "true", "PYTHONPATH": str(REPO / "tools")}


# --- measuring ----------------------------------------------------------------

#: ``python -c PHASES <sphinx-build arguments>``: the build, printing on stderr
#: the wall-clock time at the end of each phase. The pipeline's functions are
#: wrapped when the extension starts generating (``generate``), after its
#: set-up has forked the model's child, so the timeline is the plain build's.
PHASES = r"""
import functools, sys, time
T0 = time.perf_counter()

def mark(label):
    print(f"phase {time.perf_counter() - T0:6.2f} s  {label}", file=sys.stderr, flush=True)

def timed(owner, name, label):
    inner = getattr(owner, name)
    @functools.wraps(inner)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            mark(f"{label} ({time.perf_counter() - started:.2f} s)")
    setattr(owner, name, wrapper)

import sphinx.application, sphinx.builders, sphinx.builders.html
import briefing.sphinx_ext as ext
mark("Sphinx and the extension imported")
generate = ext.generate

def generate_marked(app, config):
    mark("generation starts (Sphinx set up, the model's child forked)")
    import briefing.pipeline as pipeline
    for name, label in (("read_corpus", "read the corpus"), ("analyse_corpus", "analysis (waits for the model's child)"),
                        ("compose_stage", "compose"), ("render_book", "render every page"), ("write_tree", "write what changed")):
        timed(pipeline, name, "generation: " + label)
    return generate(app, config)

ext.generate = generate_marked
timed(sphinx.application.Sphinx, "_init_env", "sphinx: load the environment")
timed(sphinx.builders.Builder, "read", "sphinx: read")
timed(sphinx.builders.Builder, "write", "sphinx: write")
timed(sphinx.builders.html.StandaloneHTMLBuilder, "finish", "sphinx: finish (indexes, search index)")
from sphinx.cmd.build import main
status = main(sys.argv[1:])
mark("build done")
sys.exit(status)
"""

def _tree_rss(root: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def load() -> str:
    """The 1-minute load average now: other work on the machine skews the times."""
    return f"{os.getloadavg()[0]:.1f}"


def generation(log: str) -> str:
    """The briefing's own share of a build (its log line), or '?'."""
    m = re.search(r"briefing: \d+ articles, .*?\(([\d.]+) s\)", log)
    return f"{m.group(1)} s" if m else "?"


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS of the process tree, stdout) of a command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if proc.returncode:
        print(err[-3000:], file=sys.stderr)
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd[:6])} …")
    return elapsed, peak[0], out + err


def sphinx(docs: Path, out: Path, jobs: str, *defines: str) -> list[str]:
    cmd = [PYTHON, "-m", "sphinx", "-T", "-N", "-b", "html", "-j", jobs]
    for d in defines:
        cmd += ["-D", d]
    return cmd + [str(docs), str(out)]


def counts(log: str) -> str:
    m = re.search(r"(\d+) added, (\d+) changed, (\d+) removed", log)
    return m.group(0) if m else "?"


def html_stats(out: Path) -> dict:
    pages = list(out.rglob("*.html"))
    largest = max(pages, key=lambda p: p.stat().st_size)
    index = out / "searchindex.js"
    return {
        "pages": len(pages),
        "largest": (largest.relative_to(out).as_posix(), largest.stat().st_size),
        "searchindex": index.stat().st_size if index.exists() else 0,
        "mtimes": {p: p.stat().st_mtime_ns for p in pages},
    }


# --- corpora ------------------------------------------------------------------

def wikinews_files() -> list[Path]:
    return sorted(WIKINEWS.rglob("*.txt"))


def copy_corpus(dest: Path, files: list[Path]) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        (dest / f.name).write_bytes(f.read_bytes())


OUTLETS = ["La Gazette du Nord", "Le Courrier du Sud", "Le Messager de l'Est", "Le Petit Continental"]


def synthetic_corpus(dest: Path, n: int, seed: int = 11) -> int:
    """N articles recombined from Wikinews paragraphs; returns the word count.

    Each article takes the title and the first paragraphs of one Wikinews
    article and a paragraph of another, so that no article is a copy. 80 % are
    undated: the dateline ("1er janvier 2016 . –") is cut and there is no front
    matter; the others keep theirs. Articles are spread over outlet folders,
    and two in three are signed by their outlet ("La Gazette du Nord avec AFP").
    """
    rng = random.Random(seed)
    sources = []
    for f in wikinews_files():
        lines = [x.strip() for x in f.read_text(encoding="utf-8").split("\n") if x.strip()]
        if len(lines) >= 3:
            sources.append(lines)
    words = 0
    dateline = re.compile(r"^.{0,60}?\d{4}\s*\.\s*[–-]\s*")
    for i in range(n):
        base = sources[i % len(sources)]
        other = rng.choice(sources)
        title, body = base[0], base[1:1 + rng.randint(2, 6)]
        body = body + [rng.choice(other[1:])]
        undated = rng.random() < 0.8
        if undated:
            body = [x for x in (dateline.sub("", x, count=1) if k == 0 else x for k, x in enumerate(body)) if x]
            body = body or [rng.choice(other[1:])]
        outlet = OUTLETS[(i // 2) % len(OUTLETS)]
        folder = dest / re.sub(r"\W+", "-", outlet.lower()).strip("-") / f"lot-{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        text = [f"{title} ({i})", *body]
        if i % 3:
            text.append(f"{outlet} avec AFP")
        words += sum(len(x.split()) for x in text)
        (folder / f"article-{i:05d}.txt").write_text("\n\n".join(text) + "\n", encoding="utf-8")
    return words


# --- steps ----------------------------------------------------------------------

ANALYSE = """
import json, sys, time
from pathlib import Path
from briefing.analyse import analyse_corpus
from briefing.config import BriefingConfig
from briefing.ingest import read_corpus
source, cache, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
config = BriefingConfig(source_dir=Path(source), cache_dir=Path(cache), n_process=jobs, progress=False)
articles, _ = read_corpus(Path(source))
words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
def cpu():
    import resource
    return sum(getattr(resource.getrusage(w), f) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))
t, c = time.perf_counter(), cpu()
analyse_corpus(articles, config)
print(json.dumps({"articles": len(articles), "words": words, "seconds": time.perf_counter() - t,
                  "cpu": cpu() - c}))
"""

FLOOR_CONF = """
project = "plancher"
language = "fr"
extensions = ["myst_parser", "sphinx_design", "sphinxcontrib.bibtex"]
myst_enable_extensions = ["colon_fence"]
bibtex_bibfiles = ["dossier/sources.bib"]
bibtex_reference_style = "label"
html_theme = "alabaster"
exclude_patterns = ["_build", ".briefing-cache"]
suppress_warnings = ["myst.header"]
"""


def floor_project(docs: Path, dest: Path) -> None:
    """A bare Sphinx project with the very pages the briefing generated."""
    dest.mkdir(parents=True)
    for p in docs.glob("*.md"):
        shutil.copy2(p, dest / p.name)
    shutil.copytree(docs / "dossier", dest / "dossier")
    (dest / "conf.py").write_text(FLOOR_CONF)


def fmt_mb(n: int) -> str:
    return f"{n / 2**20:,.1f} MB"


def _row(rows: list, measure: str, secs: str, figures: str) -> None:
    rows.append((measure, secs, load(), figures))
    print(*rows[-1], sep=" | ", flush=True)


def resident_add(work: Path, untouched: Path, article: Path, sphinx_args: list[str], full: float) -> list:
    """The same article added to the same project, rebuilt by the resident
    process ``briefing serve`` keeps (Sphinx imported, the model loaded):
    the time from the request to the end of the build."""
    sys.path.insert(0, str(REPO / "tools"))
    os.environ.update(CI="true")
    from briefing import resident

    shutil.rmtree(work)
    untouched.rename(work)
    builder = resident.start("fr_core_news_md", warm_up_docs=work / "docs")
    rows: list = []
    if builder is None:
        return rows
    try:
        started = time.perf_counter()
        builder.wait_ready()
        ready = time.perf_counter() - started
        shutil.copy2(article, work / "corpus" / article.name)
        status, secs = resident.timed_build(builder, sphinx_args)
    finally:
        builder.close()
    _row(rows, "one added article, resident process (`briefing serve`)", f"{secs:.1f} s",
         f"{100 * secs / full:.0f} % of the full build; exit status {status}; "
         f"the resident process was ready {ready:.1f} s after it started, warm-up build included (once per `serve`)")
    return rows


def wikinews_bench(tmp: Path, jobs: str, growth: bool = True, show_rewritten: bool = False,
                   phases: bool = False) -> list:
    files = wikinews_files()
    n = len(files) - 1
    work = tmp / "wikinews"
    shutil.copytree(REPO / "docs", work / "docs", ignore=shutil.ignore_patterns("_build", "dossier", "editions", ".briefing-cache"))
    copy_corpus(work / "corpus", files[:n])
    cache = work / "docs" / ".briefing-cache"
    rows: list = []

    secs, rss, out = run([PYTHON, "-c", ANALYSE, str(work / "corpus"), str(cache), jobs])
    a = json.loads(out.strip().splitlines()[-1])
    wps = a["words"] / a["seconds"]
    per_cpu = a["words"] / a["cpu"]
    _row(rows, "cold analysis (parse + rules)", f"{a['seconds']:.1f} s",
         f"{wps:,.0f} words/s ({a['words']:,} words, {a['articles']} articles, {jobs} processes); "
         f"{per_cpu:,.0f} words per CPU-second, i.e. {int(jobs) * per_cpu:,.0f} words/s on {jobs} "
         f"idle cores; peak RSS {fmt_mb(rss)}")

    full, full_rss, log = run(sphinx(work / "docs", work / "html", jobs, f"briefing_source_dir={work / 'corpus'}"))
    stats = html_stats(work / "html")
    _row(rows, f"full HTML build, {n} articles (analysis cached)", f"{full:.1f} s",
         f"generation {generation(log)}; {stats['pages']} pages; largest {stats['largest'][0]} "
         f"{stats['largest'][1] / 1024:,.0f} kB; search index {fmt_mb(stats['searchindex'])}; "
         f"peak RSS {fmt_mb(full_rss)}")

    floor_project(work / "docs", work / "floor")
    floor, _, _ = run(sphinx(work / "floor", work / "floor-html", jobs))
    _row(rows, "plain-Sphinx floor, same pages", f"{floor:.1f} s", f"full build / floor = {full / floor:.2f}")

    before = stats["mtimes"]
    untouched = tmp / "before-add"  # the project as the full build left it, for the resident rebuild
    shutil.copytree(work, untouched, symlinks=True)
    shutil.copy2(files[n], work / "corpus" / files[n].name)
    cmd = sphinx(work / "docs", work / "html", jobs, f"briefing_source_dir={work / 'corpus'}")
    args = cmd[3:]  # the arguments, without "python -m sphinx"
    if phases:
        cmd = [PYTHON, "-c", PHASES, *args]
    added, _, log = run(cmd)
    after = html_stats(work / "html")["mtimes"]
    changed = sorted(p.relative_to(work / "html").as_posix() for p, t in after.items() if before.get(p) != t)
    rewritten = len(changed)
    _row(rows, "one added article", f"{added:.1f} s",
         f"{100 * added / full:.0f} % of the full build; generation {generation(log)}; "
         f"Sphinx: {counts(log)}; {rewritten} HTML pages rewritten")
    if show_rewritten:
        print("  rewritten: " + ", ".join(changed), flush=True)
    if phases:
        print("  where the one-article rebuild goes (wall clock from the start):", flush=True)
        for line in log.splitlines():
            if line.startswith("phase "):
                print("   " + line[len("phase"):], flush=True)
    rows += resident_add(work, untouched, files[n], args, full)
    if not growth:
        return rows

    small = tmp / "small"
    shutil.copytree(REPO / "docs", small / "docs", ignore=shutil.ignore_patterns("_build", "dossier", "editions", ".briefing-cache"))
    copy_corpus(small / "corpus", files[:241])
    small_secs, _, _ = run(sphinx(small / "docs", small / "html", jobs, f"briefing_source_dir={small / 'corpus'}",
                                  f"briefing_cache_dir={cache}"))
    _row(rows, "full HTML build, 241 articles (analysis cached)", f"{small_secs:.1f} s",
         f"growth {n} vs 241 articles (×{n / 241:.1f}): ×{full / small_secs:.2f}")
    return rows


def synthetic_bench(tmp: Path, n: int, jobs: str) -> list:
    work = tmp / f"synthetic-{n}"
    words = synthetic_corpus(work / "corpus", n)
    shutil.copytree(REPO / "docs", work / "docs", ignore=shutil.ignore_patterns("_build", "dossier", "editions", ".briefing-cache"))
    secs, rss, log = run(sphinx(work / "docs", work / "html", jobs, f"briefing_source_dir={work / 'corpus'}"))
    stats = html_stats(work / "html")
    rows: list = []
    _row(rows, f"synthetic {n} articles, cold (analysis included)", f"{secs:.1f} s ({secs / 60:.1f} min)",
         f"{words:,} words; generation (analysis included) {generation(log)}; {stats['pages']} pages; "
         f"peak RSS {fmt_mb(rss)}; largest {stats['largest'][0]} {stats['largest'][1] / 1024:,.0f} kB; "
         f"search index {fmt_mb(stats['searchindex'])}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", default="2", help="sphinx -j and analysis worker processes")
    parser.add_argument("--synthetic", type=int, default=0, help="also build a synthetic corpus of N articles")
    parser.add_argument("--only-synthetic", action="store_true", help="skip the Wikinews measurements")
    parser.add_argument("--only-add", action="store_true",
                        help="Wikinews: cold analysis, full build, floor and one added article only (no 241-article growth)")
    parser.add_argument("--show-rewritten", action="store_true",
                        help="list the HTML pages the added article rewrote")
    parser.add_argument("--phases", action="store_true",
                        help="print where the one-article rebuild's time goes")
    args = parser.parse_args()
    print(f"corpus: {WIKINEWS}; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.only_synthetic:
            rows += wikinews_bench(Path(tmp), args.jobs, growth=not args.only_add,
                                   show_rewritten=args.show_rewritten, phases=args.phases)
        if args.synthetic:
            rows += synthetic_bench(Path(tmp), args.synthetic, args.jobs)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}\n")
    print("| measure | time | load | figures |\n| --- | --- | --- | --- |")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
