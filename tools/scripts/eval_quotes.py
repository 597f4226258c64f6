"""Score quote extraction and attribution on the seed articles against a hand-made gold.

A gold quote is (article id prefix, a snippet of the quoted or reported text,
speaker). A predicted quote matches when it is in the same article and its
text contains the snippet (or the snippet contains it). Prints precision,
recall and F1 of quote detection and the speaker accuracy on matched quotes
(speakers compared without case, accents and leading articles).

    .venv/bin/python tools/scripts/eval_quotes.py [--show]

The gold was written by reading the seeds (issue 4); single quoted words used
as scare quotes (« systémique », "responsables") are not quotations and are
not in it. It is small (5 articles): treat the figures as indicative.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from briefing.analyse.lexicon import fold
from briefing.analyse.nlp import analyse_articles
from briefing.config import BriefingConfig
from briefing.ingest import read_corpus

REPO = Path(__file__).resolve().parents[2]

GOLD = (
    ("000", "a clairement indiqué que toute action", "un haut-responsable américain"),
    ("000", "activité anormale", "département d'État"),
    ("000", "survient au lendemain d'une cyberattaque", "Microsoft"),
    ("000", "a souligné que nous avons la responsabilité", "un autre responsable américain"),
    ("000", "Je pense qu'il est urgent", "un autre responsable américain"),
    ("000", "s'est également entretenu avec la Chine", "Des responsables"),
    ("000", "des composés chimiques nécessaires", "des experts"),
    ("002", "irresponsable, perturbateur et déstabilisant", "Antony Blinken"),
    ("002", "une menace majeure pour l'économie", "Antony Blinken"),
    ("002", "accusent la Chine", "Les États-Unis et leurs principaux alliés"),
    ("002", "les cyberattaques chinoises ont coûté", "département d’État américain"),
    ("002", "Pékin d’employer des hackers", "Washington"),
    ("002", "ministère chinois de la Sécurité d’avoir favorisé", "Antony Blinken"),
    ("002", "les pirates chinois utilisent", "Américains"),
    ("002", "L’enquête n’est pas terminée", "Joe Biden"),
    ("002", "comportements irresponsables et préjudiciables", "Josep Borrell"),
    ("002", "déstabiliser et de dégrader", "Alliance atlantique"),
    ("003", "va exhorter la semaine prochaine", "un haut responsable américain"),
    ("003", "infondée et absurde", "Pékin"),
    ("003", "compte bien évoquer le sujet", "Daniel Russel"),
    ("003", "il y a urgence", "Daniel Russel"),
    ("003", "vol de données d’entreprises américaines", "Daniel Russel"),
    ("003", "De plus en plus de preuves", "Daniel Russel"),
    ("004", "se sont mis d’accord pour instituer", "Maison Blanche"),
    ("004", "Les discussions porteront", "un responsable de la Maison Blanche"),
    ("004", "allait créer un groupe de travail", "John Kerry"),
    ("004", "premier effort diplomatique", "New York Times"),
    ("004", "Nous avons besoin de normes", "un haut responsable américain"),
    ("004", "Les responsables américains disent", "New York Times"),
    ("004", "c’est une question importante", "un responsable américain anonyme"),
    ("004", "une vaste campagne d’espionnage", "un rapport du Pentagone au Congrès"),
)


def norm(text: str | None) -> str:
    t = fold(text or "")
    return re.sub(r"^(le|la|les|l')\s*", "", t).replace("haut-responsable", "haut responsable")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every gold and predicted quote")
    args = ap.parse_args(argv)
    articles, _ = read_corpus(REPO / "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        analysed = analyse_articles(articles, BriefingConfig(cache_dir=Path(tmp), progress=False))
    # the seeds' article 001 repeats 000; it is scored through 000 only
    predicted = [(a.id[:3], q) for a in analysed if a.id[:3] in {g[0] for g in GOLD} for q in a.quotes]
    matched_pred: set[int] = set()
    hits = right = 0
    for aid, snippet, speaker in GOLD:
        s = fold(snippet)
        found = next((k for k, (pa, q) in enumerate(predicted)
                      if pa == aid and k not in matched_pred and (s in fold(q.text) or fold(q.text) in s)), None)
        if found is None:
            if args.show:
                print(f"MISS  {aid} {snippet!r} ({speaker})")
            continue
        matched_pred.add(found)
        hits += 1
        q = predicted[found][1]
        ok = norm(q.speaker) == norm(speaker)
        right += ok
        if args.show:
            print(f"{'OK   ' if ok else 'WRONG'} {aid} {snippet!r}: {q.speaker!r} (gold {speaker!r})")
    if args.show:
        for k, (aid, q) in enumerate(predicted):
            if k not in matched_pred:
                print(f"EXTRA {aid} {q.text[:60]!r} ({q.speaker})")
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(GOLD)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"quotes: gold {len(GOLD)}, predicted {len(predicted)}, matched {hits}")
    print(f"detection P {p:.3f} R {r:.3f} F1 {f:.3f}; speaker accuracy {right / hits if hits else 0:.3f} "
          f"({right}/{hits}); end to end (quote and speaker right) {right / len(GOLD):.3f} of gold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
