"""A rule that fails on one article never stops the analysis of the corpus: the article
is published unanalysed, reported by name, and analysed again next time (never cached).
The failure is injected: every input known to fail has been fixed."""

from __future__ import annotations

from briefing.analyse import nlp
from briefing.analyse.nlp import analyse_articles
from briefing.config import BriefingConfig
from briefing.model import Article, Paragraph


def article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", date="2013-06-02", date_precision="day",
                   paragraphs=(Paragraph("p1", "body", text),))


ARTICLES = [
    article("a", "« Nous partirons demain matin avec toute l'équipe », a déclaré le maire Paul Durand."),
    article("b", "« Nous resterons ici jusqu'à la fin de la semaine », a déclaré la préfète Anne Roux."),
]


def test_the_article_a_rule_fails_on_is_reported_and_the_others_analysed(tmp_path, monkeypatch):
    real = nlp.article_quotes

    def failing(art, *args):
        if art.id == "b":
            raise IndexError("injected")
        return real(art, *args)

    monkeypatch.setattr(nlp, "article_quotes", failing)
    config = BriefingConfig(cache_dir=tmp_path, progress=False, n_process=1)
    failed: dict[str, str] = {}
    out = analyse_articles(ARTICLES, config, failed)
    assert failed == {"b.txt": "IndexError: injected"}
    assert [q.speaker for q in out[0].quotes] == ["Paul Durand"]
    assert (out[1].entities, out[1].quotes, out[1].events) == ((), (), ())
    # not cached: once the rule is mended, the article is analysed
    monkeypatch.setattr(nlp, "article_quotes", real)
    again: dict[str, str] = {}
    out = analyse_articles(ARTICLES, config, again)
    assert again == {}
    assert [q.speaker for q in out[1].quotes] == ["Anne Roux"]
