"""The PDF cover: facts of the corpus, the editor's text escaped for LaTeX."""

from __future__ import annotations

from types import SimpleNamespace

from briefing.model import Article, Briefing
from briefing.render.front import book_facts, counts_text, latex_cover, period_text


def _briefing():
    return Briefing(articles=(
        Article(id="a", source="a.txt", title="A", date="2013-06-02", agency="AFP", same_story=("b",)),
        Article(id="b", source="b.txt", title="B", date="2013-06-03", outlet="Le Monde", same_story=("a",)),
        Article(id="c", source="c.txt", title="C", date="2023-07", outlet="le  monde"),
        Article(id="d", source="d.txt", title="D"),
    ))


def test_facts_count_stories_once_and_outlets_or_agencies_once():
    facts = book_facts(_briefing())
    assert (facts.articles, facts.stories, facts.outlets, facts.undated) == (4, 3, 2, 1)
    assert (facts.first, facts.last) == ("2013-06-02", "2023-07")
    assert period_text(facts) == "Du 2 juin 2013 à juillet 2023"
    assert counts_text(facts) == "4 articles · 3 informations distinctes · 2 médias et agences"


def test_cover_escapes_the_editors_title_and_shows_no_version(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023
    config = SimpleNamespace(project=r"Dossier 50 % & \input{/etc/passwd} #1", author="")
    tex = latex_cover(config, book_facts(_briefing()))
    assert r"\input{/etc/passwd}" not in tex and r"50 \% \&" in tex
    assert "Édition du 14 novembre 2023" in tex
    assert "Version" not in tex and "briefing" not in tex
