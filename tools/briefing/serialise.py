"""One JSON form of the model's analysis records, for the export and the cache.

``briefing export`` and the analysis cache (``analyse/cache.py``) both write
entities, quotes and events through these functions, so they carry the same
fields under the same names (those of ``model.py``), and what is written can
be read back into equal records (``*_from``).
"""

from __future__ import annotations

from .model import Entity, Event, Quote, SourceRef, SummarySentence


def entity_data(e: Entity) -> dict:
    return {"name": e.name, "type": e.type, "role": e.role, "mentions": list(e.mentions),
            "aliases": list(e.aliases)}


def entity_from(d: dict) -> Entity:
    return Entity(d["name"], d["type"], d["role"], tuple(d["mentions"]), tuple(d["aliases"]))


def quote_data(q: Quote) -> dict:
    return {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph, "kind": q.kind}


def quote_from(d: dict) -> Quote:
    return Quote(d["text"], d["speaker"], d["paragraph"], d["kind"])


def event_data(e: Event) -> dict:
    return {"date": e.date, "precision": e.precision, "text": e.text, "sentence": e.sentence,
            "clause": e.clause, "paragraph": e.paragraph}


def event_from(d: dict) -> Event:
    return Event(d["date"], d["precision"], d["text"], d["sentence"], d["paragraph"], d["clause"])


def summary_data(s: SummarySentence) -> dict:
    """A key point; ``context`` only when a preceding sentence is shown with it."""
    out = {
        "text": s.text,
        "date": s.date,
        "date_precision": s.date_precision,
        "sources": [{"article": r.article, "paragraph": r.paragraph} for r in s.sources],
    }
    if s.context:
        out["context"] = s.context
    if s.topic:
        out["topic"] = s.topic
    out["corroborated_by"] = [{"article": r.article, "paragraph": r.paragraph} for r in s.corroborated_by]
    out["anonymous"] = s.anonymous
    out["relayed_from"] = s.relayed_from
    return out


def summary_from(d: dict) -> SummarySentence:
    return SummarySentence(
        d["text"], tuple(SourceRef(r["article"], r["paragraph"]) for r in d["sources"]),
        d["date"], d["date_precision"], d.get("context", ""), d.get("topic"),
        tuple(SourceRef(r["article"], r["paragraph"]) for r in d.get("corroborated_by", ())),
        d.get("anonymous", False), d.get("relayed_from"),
    )
