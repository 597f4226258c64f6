"""Analysis orchestration: per-article cache, corpus-level names, the seeds' figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.analyse import cache
from briefing.analyse.cache import CODE_VERSION, cache_key, dump
from briefing.analyse.nlp import analyse_articles
from briefing.config import BriefingConfig
from briefing.export import article_data
from briefing.ingest import read_corpus
from briefing.model import Article, Paragraph


def article(aid: str, *texts: str, date: str | None = "2013-06-02") -> Article:
    return Article(id=aid, source=f"{aid}.txt", date=date, date_precision="day" if date else None,
                   paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)))


def test_cache_key_depends_on_text_date_model_and_code():
    a = article("a", "Texte.")
    k = cache_key(a, "fr_core_news_md", "3.8.0")
    assert k != cache_key(a.with_(date="2013-06-03"), "fr_core_news_md", "3.8.0")
    assert k != cache_key(a, "fr_core_news_sm", "3.8.0")
    # the entity rules read the article's agency and outlet (is_news_source)
    assert k != cache_key(a.with_(outlet="Le Monde"), "fr_core_news_md", "3.8.0")
    assert k != cache_key(a.with_(agency="AFP"), "fr_core_news_md", "3.8.0")
    assert k != cache_key(a.with_(paragraphs=(Paragraph("p1", "body", "Autre."),)), "fr_core_news_md", "3.8.0")
    assert k == cache_key(article("a", "Texte."), "fr_core_news_md", "3.8.0")  # same inputs, same key


def test_a_new_code_version_or_edited_analysis_code_invalidates_the_cache(monkeypatch):
    a = article("a", "Texte.")
    k = cache_key(a, "fr_core_news_md", "3.8.0")
    monkeypatch.setattr(cache, "CODE_VERSION", CODE_VERSION + "-bumped")
    assert cache_key(a, "fr_core_news_md", "3.8.0") != k
    monkeypatch.undo()
    assert cache_key(a, "fr_core_news_md", "3.8.0") == k
    # the analysis modules' source is part of the key: an edit changes it
    monkeypatch.setattr(cache, "analysis_code", lambda: "source of an edited analysis")
    assert cache_key(a, "fr_core_news_md", "3.8.0") != k


def test_an_edited_rule_file_invalidates_the_analysis_cache(monkeypatch):
    """The analysis reads rule files (abbreviations for sentence splitting): an
    edit to one must not reuse cached results."""
    from briefing import rules

    a = article("a", "Texte.")
    cache.analysis_code.cache_clear()
    k = cache_key(a, "fr_core_news_md", "3.8.0")
    monkeypatch.setattr(rules, "fingerprint", lambda: "rules after an edit")
    cache.analysis_code.cache_clear()
    try:
        assert cache_key(a, "fr_core_news_md", "3.8.0") != k
    finally:
        monkeypatch.undo()
        cache.analysis_code.cache_clear()
    assert cache_key(a, "fr_core_news_md", "3.8.0") == k


def test_adding_one_article_analyses_one_article(tmp_path: Path):
    config = BriefingConfig(cache_dir=tmp_path, progress=False)
    a = article("a", "Samedi, le chef du Pentagone Chuck Hagel a accusé Pékin.")
    b = article("b", "“Nous avons besoin de règles”, a déclaré M. Hagel vendredi.")
    first = analyse_articles([a], config)
    files = sorted((tmp_path / "analysis").glob("*.json"))
    assert len(files) == 1
    # a cache hit is read from the file: mark it and see the mark come back
    data = json.loads(files[0].read_text(encoding="utf-8"))
    data["events"][0]["text"] = "SAMEDI (du cache)"
    files[0].write_text(json.dumps(data), encoding="utf-8")
    both = analyse_articles([a, b], config)
    assert len(list((tmp_path / "analysis").glob("*.json"))) == 2
    assert both[0].events[0].text == "SAMEDI (du cache)"
    assert any(e.name == "Chuck Hagel" for e in first[0].entities)
    # corpus-level naming: "M. Hagel" in b is Chuck Hagel
    assert both[1].quotes[0].speaker == "Chuck Hagel"
    assert any(e.name == "Chuck Hagel" for e in both[1].entities)


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory):
    articles, _ = read_corpus(seeds_dir)
    config = BriefingConfig(cache_dir=tmp_path_factory.mktemp("cache"), progress=False)
    return {a.id[:3]: a for a in analyse_articles(articles, config)}


def test_seed_004_dates(seeds):
    a = seeds["004"]
    # the dateline "[02/06/2013 16:01:44] NEW YORK (AFP)": relative dates count from it
    assert (a.date, a.date_precision) == ("2013-06-02", "day")
    got = {(e.text.lower(), e.date, e.precision) for e in a.events}
    assert ("en avril", "2013-04", "month") in got
    assert ("samedi", "2013-06-01", "day") in got
    assert ("vendredi prochain", "2013-06-07", "day") in got
    assert ("début mai", "2013-05", "month") in got
    assert ("dès juillet", "2013-07", "month") in got


def test_seed_002_dates_and_quotes(seeds):
    a = seeds["002"]
    got = {(e.text.lower(), e.date) for e in a.events}
    assert ("en mars dernier", "2021-03") in got
    assert ("ce lundi", None) in got  # a month-precision date cannot give the day
    speakers = {q.text: q.speaker for q in a.quotes}
    assert speakers["une menace majeure pour l'économie et la sécurité"] == "Antony Blinken"


def test_seed_people_and_roles(seeds):
    people = {e.name: e for a in seeds.values() for e in a.entities if e.type == "PER"}
    for name in ("Antony Blinken", "John Kerry", "Chuck Hagel", "Barack Obama", "Xi Jinping",
                 "Daniel Russel", "Yang Jiechi", "Wang Yang", "Li Shangfu", "Wang Yi", "Joe Biden", "Josep Borrell"):
        assert name in people, name
    assert people["Chuck Hagel"].role == "chef du Pentagone"
    journalists = {e.name for a in seeds.values() for e in a.entities if e.type == "JOURNALIST"}
    assert not journalists & set(people)


def test_export_shape(seeds):
    data = article_data(seeds["004"])
    assert set(data["entities"][0]) == {"name", "type", "role", "mentions", "aliases"}
    assert set(data["quotes"][0]) == {"text", "speaker", "paragraph", "kind"}
    assert set(data["events"][0]) == {"date", "precision", "text", "sentence", "clause", "paragraph"}


def test_export_and_cache_write_the_same_records(seeds):
    a = seeds["000"]
    data = article_data(a)
    cached = dump(a.entities, a.quotes, a.events)
    for part in ("entities", "quotes", "events"):
        assert data[part] == cached[part]


def test_a_date_in_a_subordinate_clause_dates_that_clause(seeds):
    """"attribuent … les attaques menées en mars dernier": March 2021 is the attacks'
    date, shown with the clause; the attribution is not dated March."""
    march = next(e for e in seeds["002"].events if e.text == "en mars dernier")
    assert march.date == "2021-03"
    assert march.clause.startswith("les attaques massives menées contre les usagers")
    assert "en mars dernier" in march.clause and "attribuent" not in march.clause
    assert march.clause in march.sentence
    # "dès juillet" modifies "pour instituer…", "dimanche" the main verb
    events = {e.text: e for e in seeds["004"].events}
    assert events["dès juillet"].clause.startswith("pour instituer dès juillet des rencontres")
    assert events["dimanche"].clause == ""
    assert events["Samedi"].clause == ""



@pytest.mark.slow
def test_worker_processes_give_the_in_process_analysis(wikinews_dir, tmp_path: Path):
    """Parse and rules in two worker processes: same entities, quotes and events
    as one process, article by article, in the corpus order."""
    from briefing.analyse import nlp

    articles, _ = read_corpus(wikinews_dir / "2016")
    articles = articles[: nlp.MIN_ARTICLES_FOR_PROCESSES + 10]
    one = analyse_articles(articles, BriefingConfig(cache_dir=tmp_path / "one", n_process=1, progress=False))
    two = analyse_articles(articles, BriefingConfig(cache_dir=tmp_path / "two", n_process=2, progress=False))
    assert [a.id for a in two] == [a.id for a in articles]
    assert [(a.entities, a.quotes, a.events) for a in one] == [(a.entities, a.quotes, a.events) for a in two]
    assert sum(len(a.entities) for a in two) > 100
