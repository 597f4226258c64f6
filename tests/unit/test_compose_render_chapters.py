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
    event = Event("2023-07-13", "day", "Jeudi", "Jeudi, les deux pays ont signé un accord.", "p1")
    event2 = Event("2023-07", "month", "en juillet", "Deuxième phrase longue du texte ici.", "p2")
    event3 = Event("2023-07-20", "day", "le 20 juillet", "Les attaques menées le 20 juillet ont été attribuées hier.",
                   "p2", clause="Les attaques menées le 20 juillet")
    topic = Topic(
        id="cyber", title="Cyber *titre*", description="Une description.", terms=("pirates",),
        articles=("a", "b"), paragraphs=(SourceRef("a", "p1"), SourceRef("a", "p2"), SourceRef("b", "p1")),
        # as compose gives them: copies of one event grouped, nothing that repeats the key point
        summary=(point,), chronology=(((event2, "a"),), ((event, "a"), (event, "b")), ((event3, "a"),)),
        quotes=((Quote("« Nous y veillerons »", "Antony Blinken", "p1"), "a"),
                (Quote("Nous y veillerons", None, "p1"), "b")),
        actors=("Antony Blinken",),
    )
    return Briefing(articles=arts, topics=(topic,), executive_summary=(point,))


def test_pages_and_toctree():
    files = render_chapters(briefing())
    assert set(files) == {"synthese.md", "chapitres/index.md", "chapitres/cyber.md"}
    index = files["chapitres/index.md"]
    assert ":::{toctree}" in index and "\ncyber\n" in index
    assert "Hors chapitre" in index  # articles no chapter took are listed


def test_key_point_is_date_then_literal_sentence_then_citation_then_paragraph_links():
    page = render_chapters(briefing())["chapitres/cyber.md"]
    line = next(l for l in page.splitlines() if literal(HOSTILE) in l)
    assert line == (
        f"- **13 juillet 2023** — {literal(HOSTILE)} {{cite:p}}`a,b` [¶](#art-a-p1) [¶](#art-b-p1)"
        " *(source unique)*"
    )


def test_key_point_shows_its_corroboration_and_caveats():
    from dataclasses import replace

    b = briefing()
    point = replace(b.executive_summary[0], corroborated_by=(SourceRef("c", "p2"), SourceRef("d", "p1")),
                    anonymous=True, relayed_from="New York Times")
    page = render_chapters(replace(b, executive_summary=(point,)))["synthese.md"]
    line = next(l for l in page.splitlines() if literal(HOSTILE) in l)
    assert ("*(confirmé par 2 autres sources [¶](#art-c-p2) [¶](#art-d-p1) ; repose sur une source "
            "anonyme ; rapporté d’après New York Times)*") in line
    assert ":::{container} briefing-points" in page
    assert "{eval-rst}`x`" not in page and "<script>" not in page


def test_a_context_sentence_comes_first_in_one_point():
    point = SummarySentence("Ce dernier a refusé de commenter.", (SourceRef("a", "p1"),), "2021-07", "month",
                            context="Le ministre a été interrogé.")
    b = briefing()
    b = Briefing(articles=b.articles, topics=b.topics, executive_summary=(point,))
    page = render_chapters(b)["synthese.md"]
    assert ("- **juillet 2021** — " + literal("Le ministre a été interrogé. Ce dernier a refusé de commenter.")
            + " {cite:p}`a` [¶](#art-a-p1)") in page


def test_copies_are_shown_once_citing_every_carrier():
    page = render_chapters(briefing())["chapitres/cyber.md"]
    assert page.count(literal(HOSTILE)) == 1
    assert page.count("les deux pays ont signé") == 1  # one event, two carriers
    assert ("— **Jeudi**\\, les deux pays ont signé un accord\\. {cite:p}`a,b` [¶](#art-a-p1) [¶](#art-b-p1)"
            in page)
    assert "« jeudi »" not in page  # never the bare date phrase
    assert "Deuxième phrase longue du texte ici" in page  # not a key point: shown in full
    assert page.count("Nous y veillerons") == 1  # one quote, two carriers
    assert "Antony Blinken" in page


def test_chronology_shows_dates_in_french_oldest_first_with_the_dated_words():
    page = render_chapters(briefing())["chapitres/cyber.md"]
    chrono = page[page.index("briefing-chronology"):]
    assert chrono.index("juillet 2023 \\(au mois près\\)") < chrono.index("20 juillet 2023")
    # a subordinate clause's date shows that clause, the expression in bold
    assert "— Les attaques menées **le 20 juillet** {cite:p}`a` [¶](#art-a-p2)" in chrono
    assert "Deuxième phrase longue du texte ici\\. {cite" in chrono  # expression not in it: plain sentence


def test_highlighted_keeps_the_spaces_around_the_expression():
    from briefing.render.chapters import highlighted

    assert highlighted("Samedi, il a parlé.", "Samedi") == "**Samedi**\\, il a parlé\\."
    assert highlighted("Il a parlé en mars (2021).", "en mars") == "Il a parlé **en mars** \\(2021\\)\\."
    assert highlighted("Rien ici.", "hier") == "Rien ici\\."


def test_synthese_links_each_point_to_its_chapter_and_has_a_guide():
    page = render_chapters(briefing())["synthese.md"]
    assert "(#briefing-topic-cyber)" in page
    assert "## Guide des chapitres" in page
    assert literal("Cyber *titre*") in page


# --- what compose leaves out so that render shows no sentence twice -------------------

KEY = "Les deux pays ont signé jeudi un accord sur la cybersécurité à Washington."
OTHER = "Les attaques menées le 20 juillet contre des banques ont été attribuées hier à Pékin."
CLAUSE = "Les attaques menées le 20 juillet contre des banques"


def _composed(events_a, quotes_a=()):
    import numpy as np

    from briefing.compose.corpus import CorpusVectors
    from briefing.compose.topic_config import TopicSpec
    from briefing.compose.topics import TopicDraft

    copy = Event("2023-07-13", "day", "jeudi", KEY, "p1")
    arts = [
        Article(id="a", source="a.txt", date="2023-07-14",
                paragraphs=(Paragraph("p1", "body", KEY), Paragraph("p2", "body", OTHER)),
                events=tuple(events_a), quotes=tuple(quotes_a)),
        Article(id="b", source="b.txt", date="2023-07-14", paragraphs=(Paragraph("p1", "body", KEY),),
                events=(copy,)),
    ]
    vectors = CorpusVectors.build(arts)
    n = vectors.paragraphs.shape[1]
    draft = TopicDraft(TopicSpec("t", "T"), False, tuple(range(len(vectors.units))), np.ones(n) / np.sqrt(n))
    return draft, vectors, arts


def _dated(groups):
    return [[(e.dated_text, aid) for e, aid in g] for g in groups]


def test_compose_groups_copies_and_leaves_an_event_of_a_key_point_to_the_key_point():
    from briefing.compose.chronology import topic_chronology
    from briefing.keys import sentence_key

    events = [Event("2023-07-13", "day", "jeudi", KEY, "p1"),
              Event("2023-07-20", "day", "le 20 juillet", OTHER, "p2", clause=CLAUSE)]
    draft, vectors, arts = _composed(events)
    assert _dated(topic_chronology(draft, vectors, arts)) == [[(KEY, "a"), (KEY, "b")], [(CLAUSE, "a")]]
    # the sentence is a key point: its event goes, with every copy
    shown = frozenset({sentence_key(KEY)})
    assert _dated(topic_chronology(draft, vectors, arts, shown)) == [[(CLAUSE, "a")]]
    # a clause of a key point keeps its own entry (its date is not the key point's)...
    shown = frozenset({sentence_key(OTHER)})
    assert _dated(topic_chronology(draft, vectors, arts, shown)) == [[(KEY, "a"), (KEY, "b")], [(CLAUSE, "a")]]
    # ...but a clause too short to show alone would show the key point's sentence: left out
    short = [events[0], Event("2023-07-20", "day", "le 20 juillet", OTHER, "p2", clause="Les attaques le 20 juillet")]
    draft, vectors, arts = _composed(short)
    assert _dated(topic_chronology(draft, vectors, arts, shown)) == [[(KEY, "a"), (KEY, "b")]]


def test_compose_leaves_out_a_quote_that_is_part_of_a_key_point():
    from briefing.compose.chronology import topic_quotes

    inside = Quote("un accord sur la cybersécurité", "X", "p1", "partial")
    other = Quote("Nous agirons contre les pirates informatiques", "Y", "p2")
    draft, vectors, arts = _composed([], [inside, other])
    assert [q for q, _ in topic_quotes(draft, vectors, arts)] == [inside, other]
    assert [q for q, _ in topic_quotes(draft, vectors, arts, [KEY])] == [other]
