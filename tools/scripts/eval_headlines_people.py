"""Score headlines and the person / journalist split against a hand-made gold set.

For a corpus of your own (kept outside the repository), two JSON-lines files
written by reading the articles, before looking at the tool's output:

- headlines: ``{"file": "NAME/a.txt", "headline": "…" | null, "kicker": true | false}``:
  the article's headline exactly as its characters stand in the text (a kicker
  such as « Éducation. » included), ``null`` when the text has no headline line;
- people: ``{"file": "NAME/a.txt", "name": "…", "type": "person" | "journalist"}``:
  every named human being of the article; ``journalist`` only for its own
  authors in structural positions (byline, signature, photo credit,
  « propos recueillis par », « (correspondant) », « avec AFP »).

Prints:

- headline accuracy over the articles whose gold has a headline (the cleaner's
  title equal to it, white space aside), apart for those with a kicker; the
  articles without one are listed with the title the cleaner derived;
- people: a gold person is found when an entity of the article typed ``PER``
  has its name or one of its aliases among the gold name's words run (the gold
  « Jean Dupont » is found by « Jean Dupont » or « Dupont »); a person typed
  ``JOURNALIST`` is a miss, counted apart; a gold journalist is found when an
  entity typed ``JOURNALIST`` matches it, or when the cleaner took the name
  out of the text as one of the article's authors (a byline line).

    .venv/bin/python tools/scripts/eval_headlines_people.py --headlines H.jsonl --people P.jsonl \\
        --root NAME=DIR [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from briefing.analyse.entities import JOURNALIST
from briefing.analyse.lexicon import fold
from briefing.analyse.nlp import analyse_articles
from briefing.config import BriefingConfig
from briefing.ingest import article_id, read_article


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def words(text: str) -> list[str]:
    return re.sub(r"[^\w' -]", " ", fold(text).replace("’", "'")).split()


def matches(gold_name: str, names: list[str]) -> bool:
    """True when one of ``names`` is the gold name or a contiguous run of its words
    (« Dupont » for « Jean Dupont »)."""
    g = words(gold_name)
    for name in names:
        n = words(name)
        if n and any(g[i:i + len(n)] == n for i in range(len(g) - len(n) + 1)):
            return True
    return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--headlines", type=Path, required=True)
    ap.add_argument("--people", type=Path, required=True)
    ap.add_argument("--root", action="append", default=[], metavar="NAME=DIR", required=True,
                    help="read the gold's NAME/... files from DIR (repeatable)")
    ap.add_argument("--show", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    roots = {}
    for spec in args.root:
        name, sep, folder = spec.partition("=")
        if not sep or not name or not folder:
            ap.error(f"--root takes NAME=DIR, not {spec!r}")
        roots[name] = Path(folder)
    heads, people = load(args.headlines), load(args.people)
    keys = sorted({r["file"] for r in heads} | {r["file"] for r in people})
    articles = {}
    for key in keys:
        corpus, rel = key.split("/", 1)
        aid = article_id(Path(rel).with_suffix("").as_posix().replace("/", "-"))
        articles[key], _ = read_article(roots[corpus] / rel, aid, rel)

    squash = lambda s: re.sub(r"\s+", " ", s or "").strip()  # noqa: E731
    right = {True: [0, 0], False: [0, 0]}
    for row in heads:
        title = articles[row["file"]].title
        if row["headline"] is None:
            if args.show:
                print(f"NO HEADLINE {row['file']}: derived {title!r}")
            continue
        ok = squash(title) == squash(row["headline"])
        right[bool(row.get("kicker"))][0] += ok
        right[bool(row.get("kicker"))][1] += 1
        if args.show and not ok:
            print(f"HEADLINE {row['file']}\n   got  {title!r}\n   gold {row['headline']!r}")
    n_ok = right[True][0] + right[False][0]
    n = right[True][1] + right[False][1]
    print(f"headlines: {n_ok}/{n} = {n_ok / n if n else 0:.3f} exact "
          f"(with a kicker {right[True][0]}/{right[True][1]}, without {right[False][0]}/{right[False][1]}); "
          f"{sum(r['headline'] is None for r in heads)} articles have none")

    with tempfile.TemporaryDirectory() as tmp:
        done = analyse_articles([articles[k] for k in keys], BriefingConfig(cache_dir=Path(tmp), progress=False))
    analysed = dict(zip(keys, done))
    counts = {"person": [0, 0, 0], "journalist": [0, 0, 0]}  # found, typed the other way, total
    for row in people:
        ents = analysed[row["file"]].entities
        want = "PER" if row["type"] == "person" else JOURNALIST
        other = JOURNALIST if row["type"] == "person" else "PER"
        hit = [e for e in ents if matches(row["name"], [e.name, *e.aliases])]
        c = counts[row["type"]]
        c[2] += 1
        if any(e.type == want for e in hit) or row["type"] == "journalist" and matches(
                row["name"], list(analysed[row["file"]].authors)):
            c[0] += 1
            continue
        c[1] += any(e.type == other for e in hit)
        if args.show:
            types = ", ".join(sorted({str(e.type) for e in hit})) or "not found"
            print(f"{row['type'].upper()} MISSED {row['file']} {row['name']!r} ({types})")
    for kind, (found, swapped, total) in counts.items():
        label = "typed journalist" if kind == "person" else "typed person"
        print(f"{kind}s: {found}/{total} = {found / total if total else 0:.3f} found ({swapped} {label})")
    journalists_typed = sum(e.type == JOURNALIST for a in done for e in a.entities)
    print(f"entities typed journalist in all: {journalists_typed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
