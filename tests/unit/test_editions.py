"""Editions: the manifest of each build and what is new since the previous one."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from briefing.config import BriefingConfig
from briefing.editions import resolve_edition, with_edition
from briefing.export import briefing_data
from briefing.model import Article, Briefing, Event, Paragraph, Quote, SourceRef, SummarySentence, Topic
from briefing.render.book import render_book


def article(aid: str, *texts: str) -> Article:
    return Article(aid, f"{aid}.txt", title=f"Titre {aid}", date="2024-05-14", date_precision="day",
                   paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)))


OLD = article("old", "Le parlement a adopté la loi de finances mardi soir.", "Le vote a été serré.")
NEW = article("new", "Le volcan Merapi est entré en éruption jeudi matin.", "Dix mille habitants ont fui.")


def point(aid: str, text: str) -> SummarySentence:
    return SummarySentence(text, (SourceRef(aid, "p1"),), "2024-05-14", "day")


def book(*articles: Article, points=(), quotes=(), events=()) -> Briefing:
    groups = tuple((ea,) for ea in events)  # one carrier per event
    topic = Topic("t", "Thème", articles=tuple(a.id for a in articles), summary=tuple(points),
                  quotes=tuple(quotes), chronology=groups)
    return Briefing(articles=tuple(articles), topics=(topic,), executive_summary=tuple(points),
                    chronology=groups)


def config(tmp_path: Path, **kw) -> BriefingConfig:
    return BriefingConfig(source_dir=tmp_path, output_dir=tmp_path / "docs" / "dossier", **kw)


def test_first_edition_marks_nothing_and_records_a_manifest(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28
    e = resolve_edition(book(OLD), config(tmp_path))
    assert (e.number, e.date, e.previous) == (1, "2026-05-28", None)
    assert not (e.new_articles or e.new_points or e.new_events or e.new_quotes)
    manifest = json.loads((tmp_path / "docs" / "editions" / "1.json").read_text())
    assert manifest["edition"] == 1 and list(manifest["articles"]) == ["old"]


def test_an_unchanged_rebuild_is_the_same_edition_with_the_same_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    b1 = book(OLD)
    resolve_edition(b1, config(tmp_path))
    b2 = book(OLD, NEW, points=[point("new", NEW.paragraphs[0].text)])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")  # 2026-09-21
    first = resolve_edition(b2, config(tmp_path))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # a later rebuild, nothing changed
    again = resolve_edition(b2, config(tmp_path))
    assert first == again
    assert (again.number, again.date, again.previous) == (2, "2026-09-21", (1, "2026-05-28"))
    assert sorted(p.name for p in (tmp_path / "docs" / "editions").iterdir()) == ["1.json", "2.json"]
    pages = render_book(replace(b2, edition=first))
    assert pages == render_book(replace(b2, edition=again))


def test_new_article_and_its_points_events_quotes_are_new_not_the_old_ones(tmp_path):
    resolve_edition(book(OLD, points=[point("old", OLD.paragraphs[0].text)]), config(tmp_path))
    old_point, old_later = point("old", OLD.paragraphs[0].text), point("old", OLD.paragraphs[1].text)
    new_point = point("new", NEW.paragraphs[0].text)
    event = Event("2024-05-16", "day", "jeudi matin", NEW.paragraphs[0].text, "p1")
    quote = Quote("Nous avons tout perdu", "Un habitant", "p2")
    b = book(OLD, NEW, points=[old_point, old_later, new_point], quotes=[(quote, "new")], events=[(event, "new")])
    e = resolve_edition(b, config(tmp_path))
    assert e.number == 2 and e.new_articles == ("new",) and e.updated_articles == ()
    # a point of the old article that the selection shows now is not news
    assert len(e.new_points) == 1 and len(e.new_events) == 1 and len(e.new_quotes) == 1
    pages = render_book(replace(b, edition=e))
    news = pages["nouveautes.md"]
    assert news.startswith("(briefing-nouveautes)=\n# Nouveautés de l’édition 2")
    assert "Le volcan Merapi" in news and "Le parlement" not in news and "Le vote a été serré" not in news
    assert "Nous avons tout perdu" in news
    synthese = [line for line in pages["synthese.md"].splitlines() if line.startswith("- **")]
    assert [("{bdg-success}`Nouveau`" in line) for line in synthese] == [False, False, True]
    assert "Depuis l’édition 1" in pages["accueil.txt"]
    article_pages = {k: v for k, v in pages.items() if k.startswith("articles/") and "Source :" in v}
    marked = [v for v in article_pages.values() if "{bdg-success}`Nouveau` Article ajouté dans l’édition 2" in v]
    assert len(marked) == 1 and "Titre new" in marked[0]
    exported = briefing_data(replace(b, edition=e))["edition"]
    assert exported["number"] == 2 and exported["new"]["articles"] == ["new"]
    assert exported["previous"]["number"] == 1


def test_an_edited_article_is_updated_not_new(tmp_path):
    resolve_edition(book(OLD), config(tmp_path))
    edited = replace(OLD, paragraphs=(OLD.paragraphs[0], Paragraph("p2", "body", "Le vote a été très serré."),
                                      Paragraph("p3", "body", "L'opposition saisit le Conseil.")))
    e = resolve_edition(book(edited), config(tmp_path))
    assert e.new_articles == () and e.updated_articles == (("old", 1, 1, 0),)
    pages = render_book(replace(book(edited), edition=e))
    assert "mis à jour : 1 paragraphe ajouté, 1 paragraphe modifié" in pages["nouveautes.md"]
    page = next(v for k, v in pages.items() if k.startswith("articles/") and "Titre old" in v)
    assert "Mis à jour dans l’édition 2 : 1 paragraphe ajouté, 1 paragraphe modifié" in page
    assert "Nouveau" not in page


def test_edition_of_and_no_edition(tmp_path):
    resolve_edition(book(OLD), config(tmp_path))
    resolve_edition(book(OLD, NEW), config(tmp_path))
    first = tmp_path / "docs" / "editions" / "1.json"
    e = resolve_edition(book(OLD, NEW), config(tmp_path, edition_of=str(first)))
    assert e.number == 2 and e.new_articles == ("new",)
    assert resolve_edition(book(OLD, NEW), config(tmp_path, editions=False)) is None
    assert with_edition(book(OLD), config(tmp_path, editions=False)).edition is None


def test_a_broken_manifest_is_ignored(tmp_path):
    folder = tmp_path / "docs" / "editions"
    folder.mkdir(parents=True)
    (folder / "1.json").write_text("{not json")
    (folder / "7.json").write_text(json.dumps({"edition": 3, "date": "2020-01-01"}))
    e = resolve_edition(book(OLD), config(tmp_path))
    assert e.number == 1 and e.previous is None
