"""Score the analysis NER against the WiNER annotations of the French Wikinews corpus.

Prints precision, recall and F1 per type (PER, ORG, LOC) for exact span
matches and for overlapping spans of the same type (a span typed JOURNALIST
where the gold says Person counts as a missed person; their number is printed), then the analysis
throughput (words per second) of ``analyse_articles`` cold (empty cache) and
cached (second run), on the same articles.

    .venv/bin/python tools/scripts/eval_ner.py            # the whole corpus
    .venv/bin/python tools/scripts/eval_ner.py --limit 200 --model fr_core_news_sm

The corpus is read from ../shared/corpora/wikinews-fr (next to the checkout).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from briefing.analyse.entities import JOURNALIST, article_entities, article_spans
from briefing.analyse.lexicon import fold
from briefing.analyse.nlp import analyse_articles, load_model
from briefing.config import BriefingConfig
from briefing.model import Article, Paragraph

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpora" / "wikinews-fr"
TYPES = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}


def read_ann(path: Path) -> set[tuple[int, int, str]]:
    gold = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        try:
            _, info, _text = line.split("\t", 2)
        except ValueError:
            continue
        parts = info.split()
        if parts[0] in TYPES and ";" not in info:
            gold.add((int(parts[1]), int(parts[2]), TYPES[parts[0]]))
    return gold


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(pairs) -> dict[str, dict[str, Counter]]:
    """pairs: (predicted, gold) span sets per document → counts per mode and type."""
    out = {"exact": Counter(), "overlap": Counter()}
    for pred, gold in pairs:
        for label in TYPES.values():
            p = {s for s in pred if s[2] == label}
            g = {s for s in gold if s[2] == label}
            tp = len(p & g)
            out["exact"][(label, "tp")] += tp
            out["exact"][(label, "fp")] += len(p) - tp
            out["exact"][(label, "fn")] += len(g) - tp
            hit_p = sum(1 for a in p if any(a[0] < b[1] and b[0] < a[1] for b in g))
            hit_g = sum(1 for b in g if any(a[0] < b[1] and b[0] < a[1] for a in p))
            out["overlap"][(label, "tp")] += hit_g
            out["overlap"][(label, "fp")] += len(p) - hit_p
            out["overlap"][(label, "fn")] += len(g) - hit_g
    return out


def paragraph_blocks(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each blank-line separated block, as the pipeline sees paragraphs."""
    out = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        out.append((m.start(), m.group()))
    return out


def as_article(path: Path, text: str) -> Article:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    paras = tuple(Paragraph(f"p{i + 1}", "body", " ".join(b.split())) for i, b in enumerate(blocks[1:]))
    return Article(id=path.stem, source=path.name, title=blocks[0] if blocks else None, paragraphs=paras)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--model", default="fr_core_news_md", help="spaCy pipeline")
    ap.add_argument("--n-process", type=int, default=2, help="worker processes for the timing runs")
    ap.add_argument("--no-timing", action="store_true", help="skip the analysis throughput runs")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    files = sorted(CORPUS.rglob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    t0 = time.perf_counter()
    nlp = load_model(args.model)
    load_time = time.perf_counter() - t0
    t0 = time.perf_counter()
    pairs = []
    hidden = 0
    blocks = [paragraph_blocks(t) for t in texts]
    flat = [b for bl in blocks for _, b in bl]
    docs = iter(nlp.pipe(flat, batch_size=64))
    for f, bl in zip(files, blocks):
        article = Article(id=f.stem, source=f.name,
                          paragraphs=tuple(Paragraph(f"p{i + 1}", "body", b) for i, (_, b) in enumerate(bl)))
        pdocs = [next(docs) for _ in bl]
        spans = article_spans(pdocs)
        entities, name_of = article_entities(article, pdocs, spans)
        journalists = {e.name for e in entities if e.type == JOURNALIST}
        pred, raw = set(), set()
        for (off, _), d, sp in zip(bl, pdocs, spans):
            for m in sp:
                label = m.label
                if label == "PER" and name_of.get(fold(m.text)) in journalists:
                    label = JOURNALIST  # not a person: where the gold says Person it is a miss
                if label in TYPES.values():
                    pred.add((off + m.start, off + m.end, label))
                elif label == JOURNALIST:
                    pred.add((off + m.start, off + m.end, label))
            raw |= {(off + e.start_char, off + e.end_char, e.label_) for e in d.ents if e.label_ in TYPES.values()}
        gold = read_ann(f.with_suffix(".ann"))
        hidden += sum(1 for g in gold if g[2] == "PER" and any(
            p[2] == JOURNALIST and p[0] < g[1] and g[0] < p[1] for p in pred))
        pairs.append((pred, gold, raw))
    ner_time = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"# NER on {len(files)} Wikinews articles, {words} words, model {args.model}")
    for name, sel in (("corrected (briefing.analyse.entities.article_spans)", 0), ("raw spaCy", 2)):
        counts = score([(p[sel], p[1]) for p in pairs])
        print(f"\n## {name}")
        print(f"{'mode':8} {'type':4} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
        for mode in ("exact", "overlap"):
            c = counts[mode]
            for label in TYPES.values():
                p, r, f = prf(c[(label, "tp")], c[(label, "fp")], c[(label, "fn")])
                print(f"{mode:8} {label:4} {p:6.3f} {r:6.3f} {f:6.3f} {c[(label, 'tp')] + c[(label, 'fn')]:6d}")
            tp = sum(c[(lab, "tp")] for lab in TYPES.values())
            fp = sum(c[(lab, "fp")] for lab in TYPES.values())
            fn = sum(c[(lab, "fn")] for lab in TYPES.values())
            p, r, f = prf(tp, fp, fn)
            print(f"{mode:8} {'all':4} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn:6d}")
    print(f"\ngold persons typed JOURNALIST (counted as missed persons above): {hidden}")
    print(f"\nmodel load: {load_time:.1f} s (once per process; not counted below)")
    print(f"spaCy pass alone: {words / ner_time:,.0f} words/s (1 process)")
    if args.no_timing:
        return 0
    articles = [as_article(f, t) for f, t in zip(files, texts)]
    with tempfile.TemporaryDirectory() as tmp:
        config = BriefingConfig(cache_dir=Path(tmp), spacy_model=args.model, n_process=args.n_process, progress=False)
        t0 = time.perf_counter()
        analyse_articles(articles, config)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        analyse_articles(articles, config)
        cached = time.perf_counter() - t0
    n_proc = config.n_process if len(articles) > 50 else 1
    print(f"analysis cold  : {words / cold:,.0f} words/s ({cold:.1f} s, {n_proc} process(es), model already loaded)")
    print(f"analysis cached: {words / cached:,.0f} words/s ({cached:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
