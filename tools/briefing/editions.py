"""Editions: what is new since the last build of the book.

Each build records a manifest, ``editions/<n>.json`` next to the generated
pages (``docs/editions/`` by default; the editor commits it to keep the
history): the edition number and date, each article's content hash (and one
per paragraph), and the keys of the key points, dated events and quotes the
book shows. The next build compares the book with the last manifest:

- the same content as the last manifest is the same edition (a rebuild with no
  input change writes nothing and shows the same pages: number and date come
  from the manifest; the comparison is with the edition before it);
- otherwise it is a new edition, dated by ``SOURCE_DATE_EPOCH`` when set
  (reproducible builds), else today, compared with the last one.

An article is new when its id was not in the previous edition, updated when
its content hash changed. A key point, event or quote is new when the previous
edition did not show it and one of its articles is new or updated: a point of
an old story that the selection now shows is not news. Without a manifest the
edition is 1 and nothing is marked.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from .cache import atomic_write
from .config import BriefingConfig
from .keys import event_key, quote_key, sentence_key
from .model import Article, Briefing, Event, Quote, SummarySentence
from .render.front import edition_iso

EDITIONS_DIR = "editions"


@dataclass(frozen=True)
class Edition:
    number: int
    date: str  # ISO day
    previous: tuple[int, str] | None = None  # (number, date) of the edition compared with
    new_articles: tuple[str, ...] = ()
    updated_articles: tuple[tuple[str, int, int, int], ...] = ()  # (id, added, changed, removed paragraphs)
    new_points: frozenset[str] = frozenset()  # point_key
    new_events: frozenset[str] = frozenset()  # event_key
    new_quotes: frozenset[str] = frozenset()  # quote_key of the text

    @property
    def changed(self) -> frozenset[str]:
        return frozenset(self.new_articles) | {u[0] for u in self.updated_articles}


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_hash(a: Article) -> str:
    """The article as the reader sees it: its metadata and its paragraphs."""
    data = {"title": a.title, "date": a.date, "time": a.time, "place": a.place, "agency": a.agency,
            "authors": list(a.authors), "outlet": a.outlet,
            "paragraphs": [[p.id, p.kind, p.text] for p in a.paragraphs]}
    return _hash(json.dumps(data, ensure_ascii=False, sort_keys=True))


def point_key(s: SummarySentence) -> str:
    return sentence_key(s.shown)


def quote_text_key(q: Quote) -> str:
    return quote_key(q.text)


def _points(b: Briefing) -> list[SummarySentence]:
    return [*b.executive_summary, *(s for t in b.topics for s in t.summary)]


def _quotes(b: Briefing) -> list[tuple[Quote, str]]:
    return [qa for t in b.topics for qa in t.quotes]


def _events(b: Briefing) -> list[tuple[Event, str]]:
    groups = [*b.chronology, *(g for t in b.topics for g in t.chronology)]
    return [ea for g in groups for ea in g]


def content(b: Briefing) -> dict:
    """What an edition holds, independent of its number and date."""
    points: dict[str, list] = {}
    for s in _points(b):
        points.setdefault(point_key(s), sorted({r.article for r in s.sources}))
    events: dict[str, set] = {}
    for e, aid in _events(b):
        if e.date:
            events.setdefault(event_key(e), set()).add(aid)
    quotes: dict[str, set] = {}
    for q, aid in _quotes(b):
        quotes.setdefault(quote_text_key(q), set()).add(aid)
    return {
        "articles": {a.id: {"hash": article_hash(a),
                            "paragraphs": {p.id: _hash(p.text)[:16] for p in a.paragraphs}}
                     for a in b.articles},
        "key_points": {k: v for k, v in sorted(points.items())},
        "events": {k: sorted(v) for k, v in sorted(events.items())},
        "quotes": {k: sorted(v) for k, v in sorted(quotes.items())},
    }


def manifest_text(number: int, date: str, data: dict) -> str:
    return json.dumps({"edition": number, "date": date, **data}, ensure_ascii=False,
                      indent=1, sort_keys=True) + "\n"


def _body(m: dict) -> dict:
    return {k: v for k, v in m.items() if k not in ("edition", "date")}


def read_manifest(path: Path) -> dict | None:
    """A manifest, or None when the file is missing or not one (never an error)."""
    try:
        m = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(m, dict) or not isinstance(m.get("edition"), int) or not isinstance(m.get("date"), str):
        return None
    for key in ("articles", "key_points", "events", "quotes"):
        if not isinstance(m.get(key), dict):
            return None
    return m


def manifests(folder: Path) -> dict[int, dict]:
    out = {}
    if folder.is_dir():
        for path in folder.glob("*.json"):
            if path.stem.isdigit():
                m = read_manifest(path)
                if m is not None and m["edition"] == int(path.stem):
                    out[m["edition"]] = m
    return out


def compare(b: Briefing, current: dict, number: int, date: str, previous: dict | None) -> Edition:
    if previous is None:
        return Edition(number, date)
    before = previous["articles"]
    new_articles = tuple(a.id for a in b.articles if a.id not in before)
    updated = []
    for a in b.articles:
        old = before.get(a.id)
        if old is None or not isinstance(old, dict) or old.get("hash") == current["articles"][a.id]["hash"]:
            continue
        now, then = current["articles"][a.id]["paragraphs"], old.get("paragraphs") or {}
        updated.append((a.id, sum(1 for p in now if p not in then),
                        sum(1 for p in now if p in then and then[p] != now[p]),
                        sum(1 for p in then if p not in now)))
    changed = set(new_articles) | {u[0] for u in updated}

    def fresh(kind: str) -> frozenset[str]:
        return frozenset(k for k, arts in current[kind].items()
                         if k not in previous[kind] and changed.intersection(arts))

    return Edition(number, date, (previous["edition"], previous["date"]), new_articles, tuple(updated),
                   fresh("key_points"), fresh("events"), fresh("quotes"))


def _write(path: Path, text: str) -> None:
    try:
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return
        atomic_write(path, text)
    except OSError:
        pass  # a read-only checkout still builds; the edition is just not recorded


def editions_dir(config: BriefingConfig) -> Path:
    return Path(config.output_dir).parent / EDITIONS_DIR


def resolve_edition(b: Briefing, config: BriefingConfig, record: bool = True) -> Edition | None:
    """This build's edition, compared with the last manifest (or ``config.edition_of``);
    records the manifest of a new edition when ``record``."""
    if not config.editions:
        return None
    folder = editions_dir(config)
    current = content(b)
    known = manifests(folder)
    if config.edition_of:
        baseline = read_manifest(Path(config.edition_of))
        if baseline is None:
            number, date, previous = 1, edition_iso(), None
        else:
            number, previous = baseline["edition"] + 1, baseline
            same = known.get(number)
            date = same["date"] if same and _body(same) == current else edition_iso()
    elif known:
        last = known[max(known)]
        if _body(last) == current:  # nothing changed: the same edition, shown the same way
            number, date, previous = last["edition"], last["date"], known.get(last["edition"] - 1)
        else:
            number, date, previous = last["edition"] + 1, edition_iso(), last
    else:
        number, date, previous = 1, edition_iso(), None
    if record:
        _write(folder / f"{number}.json", manifest_text(number, date, current))
    return compare(b, current, number, date, previous)


def with_edition(b: Briefing, config: BriefingConfig, record: bool = True) -> Briefing:
    return replace(b, edition=resolve_edition(b, config, record))


def edition_data(e: Edition | None) -> dict | None:
    """The export's ``edition``: number, date, and what is new since the previous one."""
    if e is None:
        return None
    return {
        "number": e.number,
        "date": e.date,
        "previous": {"number": e.previous[0], "date": e.previous[1]} if e.previous else None,
        "new": {
            "articles": list(e.new_articles),
            "updated_articles": [{"article": a, "paragraphs_added": n, "paragraphs_changed": c,
                                  "paragraphs_removed": r} for a, n, c, r in e.updated_articles],
            "key_points": sorted(e.new_points),
            "events": sorted(e.new_events),
            "quotes": sorted(e.new_quotes),
        },
    }
