"""Key points: MMR selection, wire copy merged into one cited sentence, reading order."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from briefing.pipeline import compose_stage
from briefing.compose.corpus import CorpusVectors
from briefing.compose.summarise import ReadingOrder, mmr_select
from briefing.config import BriefingConfig
from briefing.model import Article, Paragraph, SourceRef

WIRE = (
    "Le secrétaire d'Etat américain Antony Blinken a averti jeudi le chef de la diplomatie "
    "chinoise que Washington demanderait des comptes aux responsables d'une cyberattaque."
)


def art(aid, *texts, date=None, same_story=()):
    return Article(
        id=aid, source=f"{aid}.txt", title=f"Titre {aid}", date=date,
        paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)),
        same_story=same_story,
    )


def corpus():
    return [
        art("a", WIRE, "Le fentanyl et ses précurseurs chimiques arrivent de Chine par le Mexique, selon des experts.",
            date="2023-07-13", same_story=("b",)),
        art("b", "Un paragraphe d'introduction sur la rencontre de Jakarta entre les deux ministres.",
            WIRE.replace("'", "’"), date="2023-07-14", same_story=("a",)),
        art("c", "La justice américaine a inculpé cinq officiers chinois pour piratage informatique présumé.",
            date="2014-05-19"),
    ]


def config(tmp_path: Path, topics: str | None) -> BriefingConfig:
    if topics is not None:
        (tmp_path / "topics.yaml").write_text(topics, encoding="utf-8")
    return BriefingConfig(source_dir=tmp_path, analyse=False)


TOPICS = """
topics:
  - id: attribution
    label: Attribution des cyberattaques
    terms: [cyberattaque, piratage, inculp*]
  - id: fentanyl
    label: Le fentanyl
    terms: [fentanyl, précurseurs]
"""


def test_wire_copy_is_one_sentence_citing_every_carrier():
    vectors = CorpusVectors.build(corpus())
    copies = [c for c in vectors.candidates if "averti jeudi" in c.text]
    assert len(copies) == 1
    assert copies[0].sources == (SourceRef("a", "p1"), SourceRef("b", "p2"))
    assert copies[0].text == WIRE  # verbatim from the first source


def test_chapters_cite_the_wire_once_and_in_reading_order(tmp_path):
    b = compose_stage(corpus(), config(tmp_path, TOPICS))
    assert [t.id for t in b.topics] == ["attribution", "fentanyl"]
    attribution = b.topics[0]
    texts = [s.text for s in attribution.summary]
    assert sum("averti jeudi" in t for t in texts) == 1
    wire = next(s for s in attribution.summary if "averti jeudi" in s.text)
    assert {r.article for r in wire.sources} == {"a", "b"}
    # oldest first: the 2014 indictment before the 2023 meeting
    assert texts.index(next(t for t in texts if "inculpé" in t)) < texts.index(wire.text)
    assert wire.date == "2023-07-13"
    fentanyl = b.topics[1]
    assert fentanyl.articles == ("a",)
    assert [s.text for s in fentanyl.summary] == [corpus()[0].paragraphs[1].text]


def test_every_summary_sentence_is_verbatim_in_its_sources(tmp_path):
    arts = corpus()
    b = compose_stage(arts, config(tmp_path, TOPICS))
    by_id = {a.id: a for a in arts}
    sentences = [s for t in b.topics for s in t.summary] + list(b.executive_summary)
    assert sentences
    for s in sentences:
        first = s.sources[0]
        assert s.text in by_id[first.article].paragraph(first.paragraph).text


def test_executive_summary_has_no_repeats_and_takes_every_story_lead(tmp_path):
    b = compose_stage(corpus(), config(tmp_path, TOPICS))
    texts = [s.text for s in b.executive_summary]
    assert len(texts) == len(set(texts)) >= 2
    # two stories (a+b one, c another): a sentence from the lead of each
    assert corpus()[2].paragraphs[0].text in texts
    assert any(t in texts for t in (WIRE, "Un paragraphe d'introduction sur la rencontre de Jakarta entre les deux ministres."))
    # dated, in date order
    dates = [s.date for s in b.executive_summary]
    assert all(dates) and dates == sorted(dates)


def test_mmr_skips_near_duplicates_and_prefers_relevance():
    rel = np.array([0.9, 0.85, 0.5, 0.01])
    sim = np.array([
        [1.0, 0.9, 0.1, 0.0],
        [0.9, 1.0, 0.1, 0.0],
        [0.1, 0.1, 1.0, 0.0],
        [0.0, 0.0, 0.0, 1.0],
    ])
    # 1 says what 0 says; 3 is irrelevant
    assert mmr_select([10, 11, 12, 13], rel, sim, k=4) == [0, 2]
    assert mmr_select([10, 11, 12, 13], rel, sim, k=1) == [0]


def test_near_identical_paragraphs_give_one_key_point(tmp_path):
    text1 = ("Les Etats-Unis et la Chine se sont mis d'accord pour instituer dès juillet des rencontres "
             "régulières de haut niveau sur la cybersécurité, a confirmé la Maison Blanche dimanche.")
    text2 = text1.replace("dimanche", "ce dimanche soir")
    arts = [art("x", text1, date="2013-06-02"), art("y", text2, date="2013-06-02")]
    b = compose_stage(arts, config(tmp_path, "topics:\n  - label: Dialogue\n    terms: [rencontres]\n"))
    assert len(b.topics[0].summary) == 1


def test_a_lesser_copy_of_a_story_adds_no_rewording_of_it(tmp_path):
    arts = corpus()
    arts[0] = arts[0].with_(fuller_than=("b",))
    topics = "topics:\n  - label: Rencontre\n    terms: [rencontre, cyberattaque, ministres]\n"
    b = compose_stage(arts, config(tmp_path, topics))
    texts = [s.text for s in b.topics[0].summary]
    assert not any("introduction" in t for t in texts)  # b's own chapô
    wire = next(s for s in b.topics[0].summary if "averti jeudi" in s.text)
    assert {r.article for r in wire.sources} == {"a", "b"}  # the shared wire still cites b
    # without the same-story link, b's own sentence is a key point of its own
    b2 = compose_stage(corpus(), config(tmp_path, None))
    assert any("introduction" in s.text for t in b2.topics for s in t.summary)


def test_a_point_is_dated_by_its_main_clause_else_by_its_article():
    from briefing.model import Event

    s1 = "Les alliés attribuent formellement les attaques massives menées en mars dernier à Pékin, a-t-on appris."
    s2 = "Les Etats-Unis et la Chine se sont mis d'accord sur des rencontres régulières, a confirmé dimanche la Maison Blanche."
    a = art("a", s1, s2, date="2021-07").with_(
        date_precision="month",
        events=(Event("2021-03", "month", "en mars dernier", s1, "p1", "les attaques massives menées en mars dernier"),
                Event("2021-07-18", "day", "dimanche", s2, "p2")),
    )
    vectors = CorpusVectors.build([a])
    order = ReadingOrder([a], vectors)
    by_text = {c.text: c for c in vectors.candidates}
    assert order.sentence_date(by_text[s1]) == ("2021-07", "month")  # March dates the attacks, not the news
    assert order.sentence_date(by_text[s2]) == ("2021-07-18", "day")


def test_one_shared_generic_word_does_not_make_a_chapter_point(tmp_path):
    one_word = ("La cyber-défense est inscrite au rang des priorités de l'Otan, qui a qualifié la Chine "
                "de défi systémique pour l'Alliance atlantique.")
    two = ("Les armées chinoise et américaine n'ont toujours pas rétabli leur ligne de communication "
           "directe, faute d'accord sur la défense.")
    arts = [art("a", one_word, date="2021-07-01"), art("b", two, date="2023-07-13")]
    topics = ("topics:\n  - label: Les canaux militaires\n    description: La communication entre les armées"
              " chinoise et américaine, le Pentagone et la défense.\n    terms: [armées, défense, Pentagone]\n")
    b = compose_stage(arts, config(tmp_path, topics))
    texts = [s.text for s in b.topics[0].summary]
    assert texts == [two]


def test_synthese_takes_the_lead_of_every_story_then_orders_by_date(tmp_path):
    stories = [
        art("s1", "Le Parlement européen a adopté mardi une résolution sur la protection des câbles sous-marins.",
            "Le texte appelle les États membres à surveiller les navires suspects près des côtes.",
            date="2020-02-04"),
        art("s2", "La Norvège a convoqué l'ambassadeur de Chine après le piratage de son Parlement.",
            "Le gouvernement norvégien réclame des explications détaillées sur l'intrusion informatique.",
            date="2021-07-20"),
        art("s3", "Washington et Pékin ont repris leurs entretiens militaires après dix mois d'interruption.",
            "Les deux délégations se sont retrouvées à Honolulu pour deux jours de discussions techniques.",
            date="2023-11-02"),
    ]
    b = compose_stage(stories, config(tmp_path, None))
    texts = [s.text for s in b.executive_summary]
    for a in stories:
        assert a.paragraphs[0].text in texts, a.id
    assert len(texts) == len(set(texts)) <= 10
    assert [s.date for s in b.executive_summary] == sorted(s.date for s in b.executive_summary)
    assert all(s.date_precision == "day" for s in b.executive_summary)


def test_a_term_and_its_own_words_are_one_piece_of_evidence(tmp_path):
    """"ministre de la Défense" is one term: its words and word pairs do not count again."""
    sanctions = ("La Chine a exigé que les États-Unis lèvent les sanctions imposées à son ministre de la Défense, "
                 "en raison de l'achat d'armes à la Russie.")
    channels = ("Les armées chinoise et américaine n'ont toujours pas rétabli leur ligne de communication "
                "directe, faute d'accord sur la défense.")
    arts = [art("a", sanctions, date="2023-07-13"), art("b", channels, date="2023-07-14")]
    topics = ("topics:\n  - label: Les canaux militaires\n    description: La communication entre les armées"
              " chinoise et américaine.\n    terms: [armées, ministre de la Défense]\n")
    b = compose_stage(arts, config(tmp_path, topics))
    assert [s.text for s in b.topics[0].summary] == [channels]
