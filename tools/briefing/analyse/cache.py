"""Per-article cache of the NLP analysis: one JSON file per article.

The key is a SHA-256 of everything the analysis reads — paragraph ids, kinds
and texts, the article's date and its precision, its authors — plus the
spaCy model's name and version and ``CODE_VERSION``. Change any of them and
the article is analysed again; add one article to a corpus and only that
one is. Reading and writing are the only I/O of the analysis (the folder and
the atomic write are ``briefing.cache``'s); a broken or unwritable cache is
ignored (the analysis just runs).
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from ..model import Article, Entity, Event, Quote
from ..serialise import entity_data, entity_from, event_data, event_from, quote_data, quote_from
from ..cache import atomic_write, code_fingerprint

#: Bump to invalidate every entry by hand; edits to the analysis modules below
#: invalidate the cache by themselves (their source is part of the key).
CODE_VERSION = "2026.11.23-9"
ANALYSIS_MODULES = (
    "briefing.analyse.entities",
    "briefing.analyse.quotes",
    "briefing.analyse.events",
    "briefing.analyse.lexicon",
    "briefing.analyse.nlp",
    "briefing.analyse.limits",
    "briefing.analyse.cache",
    "briefing.serialise",
    "briefing.text",
)


@functools.lru_cache(maxsize=1)
def analysis_code() -> str:
    """Fingerprint of the analysis source code and of the rule files it reads
    (computed once per process)."""
    from .. import rules

    return code_fingerprint(*ANALYSIS_MODULES) + rules.fingerprint()


def cache_key(article: Article, model: str, model_version: str) -> str:
    payload = {
        "code": CODE_VERSION,
        "code_hash": analysis_code(),
        "model": model,
        "model_version": model_version,
        "date": article.date,
        "date_precision": article.date_precision,
        "authors": list(article.authors),
        # the entity rules read them: an agency or outlet named in the text is a source, not an actor
        "agency": article.agency,
        "outlet": article.outlet,
        "paragraphs": [[p.id, p.kind, p.text] for p in article.paragraphs],
    }
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _path(cache_dir: Path, key: str) -> Path:
    return Path(cache_dir) / "analysis" / f"{key}.json"


def dump(entities, quotes, events) -> dict:
    return {
        "entities": [entity_data(e) for e in entities],
        "quotes": [quote_data(q) for q in quotes],
        "events": [event_data(e) for e in events],
    }


def undump(data: dict) -> tuple[tuple[Entity, ...], tuple[Quote, ...], tuple[Event, ...]]:
    return (
        tuple(entity_from(e) for e in data["entities"]),
        tuple(quote_from(q) for q in data["quotes"]),
        tuple(event_from(e) for e in data["events"]),
    )


def load(cache_dir: Path, key: str):
    """The cached (entities, quotes, events) for a key, or None."""
    def texts(items):
        return isinstance(items, list) and all(isinstance(x, str) for x in items)

    def fields_ok(item, spec) -> bool:
        if not isinstance(item, dict):
            return False
        for name, kind in spec.items():
            value = item.get(name)
            if kind == "str" and not isinstance(value, str):
                return False
            if kind == "str?" and not (value is None or isinstance(value, str)):
                return False
            if kind == "texts" and not texts(value):
                return False
        return True

    spec = {
        "entities": {"name": "str", "type": "str", "role": "str?", "mentions": "texts", "aliases": "texts"},
        "quotes": {"text": "str", "speaker": "str?", "paragraph": "str", "kind": "str"},
        "events": {"date": "str?", "precision": "str?", "text": "str", "sentence": "str", "clause": "str", "paragraph": "str"},
    }
    try:
        data = json.loads(_path(cache_dir, key).read_text(encoding="utf-8"))
        # validated before use: a cache of the wrong shape is recomputed, never used
        if not isinstance(data, dict) or not all(
            isinstance(data.get(part), list) and all(fields_ok(x, spec[part]) for x in data[part])
            for part in spec
        ):
            return None
        return undump(data)
    except Exception:  # noqa: BLE001 - any broken entry is recomputed
        return None


def save(cache_dir: Path, key: str, entities, quotes, events) -> bool:
    """Store one article's analysis atomically; False when the cache cannot be written."""
    try:
        atomic_write(_path(cache_dir, key), json.dumps(dump(entities, quotes, events), ensure_ascii=False))
        return True
    except OSError:
        return False
