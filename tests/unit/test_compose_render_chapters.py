"""Chapter and Synthèse pages (render/chapters.py): structure, links, escaping."""

from __future__ import annotations

from briefing.model import Article, Briefing, Event, Paragraph, Quote, SourceRef, SummarySentence, Topic
from briefing.render.chapters import render_chapters
from briefing.render.myst import literal

HOSTILE = "Il a dit {eval-rst}`x` puis <script>alert(1)</script> et [lien](http://x) $x$ *gras*."


def briefing() -> Briefing:
    arts = (
        Article(id="a", source="a.txt", title="Titre A", date="2023-07-13",
                paragraphs=(Paragraph("p1", "body", HOSTILE), Paragraph("p2", "body", "Deuxième phrase longue du texte ici."))),
        Article(id="b", source="b.txt", title=None, paragraphs=(Paragraph("p1", "body", HOSTILE),)),
        Article(id="c", source="c.txt", title="Hors chapitre"),
    )
    point = SummarySentence(HOSTILE, (SourceRef("a", "p1"), SourceRef("b", "p1")), "2023-07-13")
    event = Event("2023-07-13", "day", "jeudi", HOSTILE, "p1")
    event2 = Event("2023-07", "month", "en juillet", "Deuxième phrase longue du texte ici.", "p2")
    topic = Topic(
        id="cyber", title="Cyber *titre*", description="Une description.", terms=("pirates",),
        articles=("a", "b"), paragraphs=(SourceRef("a", "p1"), SourceRef("a", "p2"), SourceRef("b", "p1")),
        summary=(point,), chronology=((event2, "a"), (event, "a"), (event, "b")),
        quotes=((Quote("« Nous y veillerons »", "Antony Blinken", "p1"), "a"),
                (Quote("Nous y veillerons", None, "p1"), "b"),
                (Quote("puis <script>alert(1)</script> et", "X", "p1"), "a")),  # inside the key point
        actors=("Antony Blinken",),
    )
    return Briefing(articles=arts, topics=(topic,), executive_summary=(point,))


def test_pages_and_toctree():
    files = render_chapters(briefing())
    assert set(files) == {"synthese.md", "chapitres/index.md", "chapitres/cyber.md"}
    index = files["chapitres/index.md"]
    assert ":::{toctree}" in index and "\ncyber\n" in index
    assert "Hors chapitre" in index  # articles no chapter took are listed


def test_key_point_is_literal_sentence_then_citation_then_paragraph_links():
    page = render_chapters(briefing())["chapitres/cyber.md"]
    line = next(l for l in page.splitlines() if l.startswith("- " + literal(HOSTILE)))
    assert line == (
        f"- {literal(HOSTILE)} {{cite:p}}`a,b` [¶](#art-a-p1) [¶](#art-b-p1)"
    )
    assert ":::{container} briefing-points" in page
    assert "{eval-rst}`x`" not in page and "<script>" not in page


def test_no_sentence_twice_on_a_page():
    page = render_chapters(briefing())["chapitres/cyber.md"]
    assert page.count(literal(HOSTILE)) == 1  # the chronology shows the date expression instead
    assert "« jeudi »" in page
    assert "Deuxième phrase longue du texte ici" in page  # not a key point: shown in full
    assert page.count("Nous y veillerons") == 1  # one quote, two carriers
    assert "Antony Blinken" in page


def test_chronology_shows_dates_in_french_oldest_first():
    page = render_chapters(briefing())["chapitres/cyber.md"]
    assert page.index("juillet 2023 \\(au mois près\\)") < page.index("13 juillet 2023")


def test_synthese_links_each_point_to_its_chapter_and_has_a_guide():
    page = render_chapters(briefing())["synthese.md"]
    assert "(#briefing-topic-cyber)" in page
    assert "## Guide des chapitres" in page
    assert literal("Cyber *titre*") in page
