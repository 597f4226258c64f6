"""Check the hand-made quote gold files against the articles they come from.

Reads only the gold files and the articles (never the analysis): every line must
parse as JSON with the keys ``file``, ``kind``, ``text``, ``speaker``,
``speaker_also``, and optionally ``speaker_type`` (one of ``person``,
``group``, ``organisation``, ``place``; ``null`` exactly when ``speaker`` is
``null``); every ``text`` must occur verbatim in its article; a
``direct`` text must be exactly the characters between a pair of quotation
marks (« », “ ”, " ", and the ” ” some messy sources use), white space inside
the marks aside.

    python tools/scripts/check_quotes_gold.py [gold.jsonl ...]

Without arguments it checks tests/data/quotes_gold.jsonl,
tests/data/quotes_heldout.jsonl, quotes_heldout2.jsonl, quotes_heldout3.jsonl,
quotes_heldout4.jsonl, quotes_heldout5.jsonl, quotes_heldout6.jsonl, quotes_heldout7.jsonl and
quotes_heldout8.jsonl. The corpora are
read from ../shared (next to
the checkout). Exit status 1 when a row is wrong.
"""

from __future__ import annotations

import json
from collections import Counter
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
ROOTS = {"wikinews-fr": SHARED / "corpora" / "wikinews-fr", "seeds": SHARED / "seeds"}
DEFAULT = [REPO / "tests" / "data" / name for name in ("quotes_gold.jsonl", "quotes_heldout.jsonl", "quotes_heldout2.jsonl", "quotes_heldout3.jsonl", "quotes_heldout4.jsonl", "quotes_heldout5.jsonl", "quotes_heldout6.jsonl", "quotes_heldout7.jsonl", "quotes_heldout8.jsonl", "quotes_heldout9.jsonl")]
KEYS = {"file", "kind", "text", "speaker", "speaker_also"}
SPEAKER_TYPES = ("person", "group", "organisation", "place")
OPEN, CLOSE = "«“”\"", "»”“\""


def check(path: Path) -> int:
    problems = 0
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except ValueError as err:
            print(f"{path.name}:{n}: not JSON ({err})")
            problems += 1
            continue
        if (set(g) - {"speaker_type"} != KEYS or g["kind"] not in ("direct", "reported") or not isinstance(g["speaker_also"], list)
                or not (g["speaker"] is None or isinstance(g["speaker"], str))):
            print(f"{path.name}:{n}: bad schema {g}")
            problems += 1
            continue
        if "speaker_type" in g and not (g["speaker_type"] in SPEAKER_TYPES if g["speaker"] is not None
                                        else g["speaker_type"] is None):
            print(f"{path.name}:{n}: bad speaker_type {g['speaker_type']!r} for speaker {g['speaker']!r}")
            problems += 1
        corpus, rel = g["file"].split("/", 1)
        body = (ROOTS[corpus] / rel).read_text(encoding="utf-8")
        between = rf"[{OPEN}]\s*{re.escape(g['text'])}\s*[{CLOSE}]"
        if g["text"] not in body:
            print(f"{path.name}:{n}: text not in {g['file']}: {g['text'][:60]!r}")
            problems += 1
        elif g["kind"] == "direct" and not re.search(between, body):
            print(f"{path.name}:{n}: direct text not between quotation marks: {g['text'][:60]!r}")
            problems += 1
        rows.append(g)
    kinds = [g["kind"] for g in rows]
    print(f"{path.name}: {len(rows)} quotes in {len({g['file'] for g in rows})} articles, "
          f"{kinds.count('direct')} direct, {kinds.count('reported')} reported, "
          f"{sum(g['speaker'] is None for g in rows)} without speaker, {problems} problems")
    if any("speaker_type" in g for g in rows):
        typed = Counter(str(g.get("speaker_type", "missing")) for g in rows if g["speaker"] is not None)
        print(f"{path.name}: speaker_type " + ", ".join(
            f"{t} {typed[t]}" for t in sorted(typed, key=lambda t: (t not in SPEAKER_TYPES, SPEAKER_TYPES.index(t)
                                                                     if t in SPEAKER_TYPES else 0, t))))
    return problems


def main(argv=None) -> int:
    paths = [Path(p) for p in (sys.argv[1:] if argv is None else argv)] or DEFAULT
    return int(sum(check(p) for p in paths) > 0)


if __name__ == "__main__":
    sys.exit(main())
