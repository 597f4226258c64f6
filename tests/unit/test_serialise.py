"""One serialiser for the export and the analysis cache: model → JSON → model is the identity."""

from __future__ import annotations

import json

from briefing.analyse.cache import dump, undump
from briefing.export import briefing_data
from briefing.ingest import read_corpus
from briefing.model import (
    Article, Briefing, DroppedLine, Entity, Event, Paragraph, Quote, SourceRef, SummarySentence, Topic,
)
from briefing.serialise import article_data, article_from, summary_from

ENTITIES = (Entity("Antony Blinken", "PER", "secrétaire d'Etat", ("p1", "p2"), ("M. Blinken", "Blinken")),)
QUOTES = (Quote("une menace majeure", "Antony Blinken", "p1", "partial"),
          Quote("Nous agirons.", None, "p2", "direct"))
EVENTS = (
    Event("2021-03", "month", "en mars dernier",
          "Les alliés attribuent les attaques menées en mars dernier à Pékin.", "p1",
          "les attaques menées en mars dernier"),
    Event(None, None, "ce lundi", "Le département a annoncé ce lundi une inculpation.", "p2"),
)


def test_cache_round_trip_through_json():
    text = json.dumps(dump(ENTITIES, QUOTES, EVENTS), ensure_ascii=False)
    assert undump(json.loads(text)) == (ENTITIES, QUOTES, EVENTS)


def test_export_keeps_every_field_and_reads_back():
    art = Article(id="a", source="a.txt", date="2021-07", date_precision="month",
                  paragraphs=(Paragraph("p1", "body", "x"), Paragraph("p2", "body", "y")),
                  entities=ENTITIES, quotes=QUOTES, events=EVENTS)
    point = SummarySentence("Ce dernier a refusé de commenter.", (SourceRef("a", "p2"),), "2021-07", "month",
                            context="Le ministre a été interrogé.", topic="t")
    plain = SummarySentence("Les alliés attribuent les attaques à Pékin.", (SourceRef("a", "p1"),), "2021-07-19", "day")
    b = Briefing(articles=(art,), topics=(Topic("t", "T", summary=(plain,)),), executive_summary=(point, plain))
    data = json.loads(json.dumps(briefing_data(b), ensure_ascii=False))
    exported = data["articles"][0]
    assert undump(exported) == (ENTITIES, QUOTES, EVENTS)  # the export is what the cache stores
    assert exported["events"][0]["sentence"] == EVENTS[0].sentence
    assert exported["quotes"][0]["kind"] == "partial"
    assert exported["entities"][0]["aliases"] == ["M. Blinken", "Blinken"]
    first, second = data["executive_summary"]
    assert first["date"] == "2021-07" and first["date_precision"] == "month"
    assert first["context"] == "Le ministre a été interrogé."
    assert "context" not in second  # only when a preceding sentence is shown
    assert data["topics"][0]["summary"][0]["date_precision"] == "day"
    assert tuple(summary_from(x) for x in data["executive_summary"]) == (point, plain)


def test_key_point_corroboration_fields_round_trip():
    point = SummarySentence("Le volcan est entré en éruption mardi.", (SourceRef("a", "p1"),), "2024-05-14", "day",
                            corroborated_by=(SourceRef("b", "p3"), SourceRef("c", "p1")), anonymous=True,
                            relayed_from="New York Times")
    b = Briefing(articles=(Article(id="a", source="a.txt"),), executive_summary=(point,))
    data = json.loads(json.dumps(briefing_data(b), ensure_ascii=False))
    exported = data["executive_summary"][0]
    assert exported["corroborated_by"] == [{"article": "b", "paragraph": "p3"}, {"article": "c", "paragraph": "p1"}]
    assert exported["anonymous"] is True and exported["relayed_from"] == "New York Times"
    assert summary_from(exported) == point
    assert data["edition"] is None  # editions off: no edition in the export


def test_export_keeps_paragraph_lines_and_the_article_reads_back():
    art = Article(id="a", source="a.txt", title="T", date="2021-07-19", date_precision="day",
                  authors=("A. B",), provenance={"title": "extracted", "date": "editor", "authors": "extracted"},
                  paragraphs=(Paragraph("p1", "lead", "x", line=3), Paragraph("p2", "body", "y", line=5)),
                  dropped=(DroppedLine("navigation", "Accueil", "menu line", 1),),
                  same_story=("b",), fuller_than=("b",),
                  entities=ENTITIES, quotes=QUOTES, events=EVENTS)
    data = json.loads(json.dumps(briefing_data(Briefing(articles=(art,))), ensure_ascii=False))
    exported = data["articles"][0]
    assert [p["line"] for p in exported["paragraphs"]] == [3, 5]
    assert exported["provenance"]["place"] == "unknown"
    assert article_from(exported) == art


def test_seed_articles_round_trip_through_the_export(seeds_dir):
    articles, _ = read_corpus(seeds_dir)
    assert articles and any(p.line for a in articles for p in a.paragraphs)
    for a in articles:
        text = json.dumps(article_data(a), ensure_ascii=False)
        assert article_from(json.loads(text)) == a, a.id
