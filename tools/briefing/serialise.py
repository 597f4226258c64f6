"""One JSON form of the model's records, for the export and the cache.

``briefing export`` and the analysis cache (``analyse/cache.py``) both write
articles, entities, quotes, events and key points through these functions, so
they carry the same fields under the same names (those of ``model.py``), and
what is written can be read back into equal records (``*_from``).
"""

from __future__ import annotations

from .model import (
    META_FIELDS, Article, DropReason, DroppedLine, Entity, Event, Paragraph, Quote, SourceRef, SummarySentence,
)


def paragraph_data(p: Paragraph) -> dict:
    return {"id": p.id, "kind": p.kind, "text": p.text, "line": p.line}


def paragraph_from(d: dict) -> Paragraph:
    return Paragraph(id=d["id"], kind=d["kind"], text=d["text"], line=d.get("line", 0))


def dropped_data(d: DroppedLine) -> dict:
    return {"kind": d.kind, "text": d.text, "reason": d.reason, "line": d.line,
            "code": d.code.name if d.code else None, "detail": list(d.detail)}


def dropped_from(d: dict) -> DroppedLine:
    code = d.get("code")
    return DroppedLine(kind=d["kind"], text=d["text"], reason=d["reason"], line=d.get("line", 0),
                       code=DropReason[code] if code else None, detail=tuple(d.get("detail", ())))


def article_data(a: Article) -> dict:
    """An article; ``provenance`` gives every field's (``Article.provenance_of``)."""
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "title_source": a.provenance_of("title"),
        "date": a.date,
        "date_precision": a.date_precision,
        "time": a.time,
        "place": a.place,
        "agency": a.agency,
        "authors": list(a.authors),
        "outlet": a.outlet,
        "language": a.language,
        "provenance": {name: a.provenance_of(name) for name in META_FIELDS},
        "paragraphs": [paragraph_data(p) for p in a.paragraphs],
        "dropped": [dropped_data(d) for d in a.dropped],
        "same_story": list(a.same_story),
        "fuller_than": list(a.fuller_than),
        "entities": [entity_data(e) for e in a.entities],
        "quotes": [quote_data(q) for q in a.quotes],
        "events": [event_data(e) for e in a.events],
    }


def article_from(d: dict) -> Article:
    """The article ``article_data`` wrote; a field's provenance is kept unless
    "unknown" (which ``provenance_of`` derives from an empty value)."""
    return Article(
        id=d["id"], source=d["source"], title=d["title"], date=d["date"],
        date_precision=d["date_precision"], time=d["time"], place=d["place"], agency=d["agency"],
        authors=tuple(d["authors"]), outlet=d["outlet"], language=d["language"],
        provenance={k: v for k, v in d["provenance"].items() if v != "unknown"},
        paragraphs=tuple(paragraph_from(p) for p in d["paragraphs"]),
        dropped=tuple(dropped_from(x) for x in d["dropped"]),
        same_story=tuple(d["same_story"]), fuller_than=tuple(d["fuller_than"]),
        entities=tuple(entity_from(e) for e in d["entities"]),
        quotes=tuple(quote_from(q) for q in d["quotes"]),
        events=tuple(event_from(e) for e in d["events"]),
    )


def entity_data(e: Entity) -> dict:
    return {"name": e.name, "type": e.type, "role": e.role, "mentions": list(e.mentions),
            "aliases": list(e.aliases)}


def entity_from(d: dict) -> Entity:
    return Entity(name=d["name"], type=d["type"], role=d["role"], mentions=tuple(d["mentions"]),
                  aliases=tuple(d["aliases"]))


def quote_data(q: Quote) -> dict:
    return {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph, "kind": q.kind}


def quote_from(d: dict) -> Quote:
    return Quote(text=d["text"], speaker=d["speaker"], paragraph=d["paragraph"], kind=d["kind"])


def event_data(e: Event) -> dict:
    return {"date": e.date, "precision": e.precision, "text": e.text, "sentence": e.sentence,
            "clause": e.clause, "paragraph": e.paragraph}


def event_from(d: dict) -> Event:
    return Event(date=d["date"], precision=d["precision"], text=d["text"], sentence=d["sentence"],
                 paragraph=d["paragraph"], clause=d["clause"])


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
    def refs(items):
        return tuple(SourceRef(article=r["article"], paragraph=r["paragraph"]) for r in items)

    return SummarySentence(
        text=d["text"], sources=refs(d["sources"]), date=d["date"], date_precision=d["date_precision"],
        context=d.get("context", ""), topic=d.get("topic"), corroborated_by=refs(d.get("corroborated_by", ())),
        anonymous=d.get("anonymous", False), relayed_from=d.get("relayed_from"),
    )
