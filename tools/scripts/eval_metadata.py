"""Compare the cleaner's titles and dates with the Wikinews corpus metadata.

    .venv/bin/python tools/scripts/eval_metadata.py [CORPUS_DIR] [--show N]

Reads every article listed in CORPUS_DIR/metadata.csv (default:
../shared/corpora/wikinews-fr beside the repository) with the same ingest code
as ``briefing build``, and prints the share of exact title matches (after
whitespace normalisation) and exact date matches, then the mismatches.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

from briefing.ingest import UnreadableFile, article_id, read_article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "wikinews-fr"


def same_text(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()

    return norm(a) == norm(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=30, help="mismatches to list per field (default 30)")
    args = parser.parse_args(argv)
    rows = list(csv.DictReader((args.corpus / "metadata.csv").open(encoding="utf-8")))
    title_bad: list[tuple[str, str | None, str]] = []
    date_bad: list[tuple[str, str | None, str]] = []
    unreadable: list[tuple[str, str]] = []
    for row in rows:
        path = args.corpus / row["file"]
        try:
            article, _ = read_article(path, article_id(path.stem), row["file"])
        except UnreadableFile as exc:
            unreadable.append((row["file"], str(exc)))
            title_bad.append((row["file"], None, row["title"]))
            date_bad.append((row["file"], None, row["date"]))
            continue
        if not same_text(article.title, row["title"]):
            title_bad.append((row["file"], article.title, row["title"]))
        if article.date != row["date"]:
            date_bad.append((row["file"], article.date, row["date"]))
    n = len(rows)
    print(f"corpus: {args.corpus} ({n} articles)")
    print(f"titles: {n - len(title_bad)}/{n} = {100 * (n - len(title_bad)) / n:.1f}% match metadata.csv")
    print(f"dates:  {n - len(date_bad)}/{n} = {100 * (n - len(date_bad)) / n:.1f}% match metadata.csv")
    for file, reason in unreadable:
        print(f"unreadable: {file}: {reason}")
    for label, bad in (("title", title_bad), ("date", date_bad)):
        if bad:
            print(f"\n{label} mismatches ({len(bad)}; showing {min(len(bad), args.show)}):")
        for file, got, want in bad[: args.show]:
            print(f"  {file}\n    got:      {got!r}\n    expected: {want!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
