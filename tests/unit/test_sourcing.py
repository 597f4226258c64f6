"""How a key point is sourced (rules/sourcing.yaml): one case per pattern, positive and
negative, and the corroboration of a point by other stories (wire copies count once)."""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from briefing.compose.corpus import CorpusVectors
from briefing.compose.corroboration import Corroboration
from briefing.compose.sourcing import anonymous_pattern, relayed_from, sourcing_rules
from briefing.model import Article, Entity, Paragraph, SummarySentence

RULES = yaml.safe_load(files("briefing").joinpath("rules/sourcing.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "sentence, pattern",
    [
        ("Le projet a été abandonné, a confié sous couvert de l’anonymat un membre du cabinet.", "anonymity_formula"),
        ("« Nous avons besoin de règles », avait déclaré anonymement vendredi un conseiller.", "anonymity_formula"),
        ("Selon des sources concordantes, l'armée a quitté la ville dans la nuit.", "unnamed_sources"),
        ("L'accord serait signé lundi, de source proche du dossier.", "unnamed_sources"),
        ("Une source proche de l'enquête affirme que les deux hommes ont été arrêtés.", "unnamed_sources"),
        ("Selon un haut responsable américain, la visite aura lieu en juillet.", "indefinite_attribution"),
        ("La réunion a été reportée, a indiqué une porte-parole du ministère.", "indefinite_attribution"),
    ],
)
def test_anonymous_patterns(sentence, pattern):
    assert anonymous_pattern(sentence) == pattern


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon Antony Blinken, la visite aura lieu en juillet.",  # a named speaker
        "La réunion a été reportée, a indiqué Marie Dupont, porte-parole du ministère.",
        "Selon des sources de Reuters, l'accord est prêt.",  # a source with a name: not unnamed
        "Le ministre a présenté les sources de financement du projet.",  # 'sources' not as attribution
        "Selon un premier bilan de la Préfecture, il y aurait cinq morts.",  # owned by a name
    ],
)
def test_named_sources_are_not_anonymous(sentence):
    assert anonymous_pattern(sentence) is None


def test_every_pattern_has_a_case():
    assert set(RULES["anonymous"]) == {"anonymity_formula", "unnamed_sources", "indefinite_attribution"}
    assert set(RULES["relayed"]) == {"inverted_press_verb", "media_noun", "known_title"}
    assert set(sourcing_rules().relayed) == set(RULES["relayed"])


def test_inverted_press_verb():
    s = "Le président a quitté la réunion en colère, écrit le New York Times."
    assert relayed_from(s) == "New York Times"
    assert relayed_from("« C'est fini », rapporte Le Monde dans son édition de lundi.") == "Le Monde"
    # a verb of writing with a lower-case subject is not a publication
    assert relayed_from("Le texte est clair, écrit le ministre dans sa lettre.") is None


def test_media_noun():
    assert relayed_from("Selon le quotidien Asahi Shimbun, le sommet est annulé.") == "Asahi Shimbun"
    assert relayed_from("D’après l’agence Reuters, le navire a coulé.") == "Reuters"
    assert relayed_from("Selon le ministre de la Défense, le navire a coulé.") is None


def test_known_title():
    known = frozenset({"New York Times"})
    assert relayed_from("Selon le Times, la décision est prise.", known) == "Times"
    # an institution the corpus does not show as a publication is a first-hand source
    assert relayed_from("Selon le Pentagone, la décision est prise.", known) is None
    assert relayed_from("Selon le Times, la décision est prise.") is None


# --- corroboration -------------------------------------------------------------------

FACT = "Le volcan Merapi est entré en éruption mardi près de Yogyakarta, forçant l'évacuation de dix mille habitants."
OTHER = ("Le volcan Merapi, près de Yogyakarta, est entré en éruption mardi, forçant l'évacuation "
         "de dix mille habitants des villages voisins.")
ELSEWHERE = ("Le volcan Semeru, près de Lumajang, est entré en éruption mardi, forçant l'évacuation "
             "de dix mille habitants des villages voisins.")
UNRELATED = "Le parlement a adopté le budget de l'année prochaine après un long débat sur les retraites."


def _article(aid, text, same=(), entities=True):
    ents = (Entity("Merapi", "LOC", mentions=("p1",)), Entity("Yogyakarta", "LOC", mentions=("p1",))) if entities else ()
    return Article(aid, f"{aid}.txt", title=aid, date="2024-05-14", date_precision="day",
                   paragraphs=(Paragraph("p1", "body", text), Paragraph("p2", "body", UNRELATED + " " + aid)),
                   same_story=tuple(same), entities=ents)


def _point(vectors, text):
    c = next(c for c in vectors.candidates if c.text == text)
    return SummarySentence(c.text, c.sources)


def test_a_point_reported_by_another_story_is_corroborated():
    articles = [_article("a", FACT), _article("b", OTHER)]
    vectors = CorpusVectors.build(articles)
    check = Corroboration(articles, vectors)
    point = check.apply(_point(vectors, FACT))
    assert [(r.article, r.paragraph) for r in point.corroborated_by] == [("b", "p1")]
    assert not point.anonymous and point.relayed_from is None


def test_a_wire_copy_is_not_a_second_source():
    # the same two texts, but the articles carry the same story: one source
    articles = [_article("a", FACT, same=("b",)), _article("b", OTHER, same=("a",))]
    vectors = CorpusVectors.build(articles)
    assert Corroboration(articles, vectors).apply(_point(vectors, FACT)).corroborated_by == ()


def test_the_same_words_about_another_place_do_not_corroborate():
    articles = [_article("a", FACT), _article("b", ELSEWHERE)]
    vectors = CorpusVectors.build(articles)
    assert Corroboration(articles, vectors).apply(_point(vectors, FACT)).corroborated_by == ()
