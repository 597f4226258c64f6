"""Topic discovery: deterministic, readable labels, every article in a chapter."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from briefing.pipeline import compose_stage
from briefing.compose.discovery import topic_count
from briefing.compose.sentences import sentence_key
from briefing.pipeline import suggest_topics
from briefing.compose.topic_config import parse_topic_config
from briefing.compose.vocabulary import STOP_WORDS, phrases, word_key
from briefing.config import BriefingConfig
from briefing.model import Article, Paragraph
from briefing.pipeline import build_briefing

STORIES = {
    "football": [
        "Le club de football de Lyon a remporté le match contre Marseille au stade.",
        "L'entraîneur du club de football a salué ses joueurs après le match.",
        "Les supporters du club ont envahi la pelouse du stade après le match de football.",
    ],
    "seisme": [
        "Un séisme de magnitude 6 a frappé la région, selon les sismologues.",
        "Les secours recherchent des survivants après le séisme de magnitude 6.",
        "Les sismologues redoutent des répliques du séisme dans la région.",
    ],
    "election": [
        "Le candidat socialiste a remporté la primaire avec une large avance.",
        "La primaire socialiste a mobilisé des électeurs dans tout le pays.",
        "Le candidat a remercié les électeurs de la primaire socialiste.",
    ],
}


def small_corpus() -> list[Article]:
    out = []
    for story, texts in STORIES.items():
        for i in range(4):
            paras = tuple(
                Paragraph(f"p{j + 1}", "body", f"{t} Le fait {i} est rapporté." if j == 0 else t)
                for j, t in enumerate(texts)
            )
            out.append(Article(id=f"{story}-{i}", source=f"{story}-{i}.txt", title=f"{story} {i}", paragraphs=paras))
    return out


def discover(articles, tmp_path):
    return compose_stage(articles, BriefingConfig(source_dir=tmp_path, analyse=False))


def readable(label: str) -> bool:
    phrases_ = [p.strip() for p in label.split(",")]
    return (
        0 < len(label) <= 90
        and label[0].isupper()
        and all(re.search(r"[^\W\d_]{3}", p) for p in phrases_)
        and not any(word_key(p) in STOP_WORDS for p in phrases_)
    )


def test_discovery_is_deterministic_and_separates_stories(tmp_path):
    first = discover(small_corpus(), tmp_path)
    second = discover(small_corpus(), tmp_path)
    assert [(t.id, t.title, t.paragraphs) for t in first.topics] == [
        (t.id, t.title, t.paragraphs) for t in second.topics
    ]
    assert all(t.discovered for t in first.topics)
    fed = {a for t in first.topics for a in t.articles}
    assert fed == {a.id for a in small_corpus()}
    # each story's articles share a chapter whose label names the story
    for story, words in (("football", "football|match|club"), ("seisme", "séisme|magnitude|sismologues"),
                         ("election", "primaire|socialiste|candidat|électeurs")):
        homes = [t for t in first.topics if all(f"{story}-{i}" in t.articles for i in range(4))]
        assert any(re.search(words, t.title, re.IGNORECASE) for t in homes), (story, [t.title for t in first.topics])
    assert all(readable(t.title) for t in first.topics), [t.title for t in first.topics]


def test_topic_count_grows_with_the_corpus_within_bounds():
    assert topic_count(10, 3) == 3
    assert topic_count(60, 5) == 5
    assert 20 <= topic_count(3500, 964) <= 40
    assert topic_count(10**6, 10**5) == 40


def test_key_phrases_keep_the_articles_spelling():
    text = "Les tensions en mer de Chine inquiètent l'Union européenne."
    found = {f: text[a:b] for f, a, b in phrases(text)}
    assert found["mer chine"] == "mer de Chine"
    assert found["union européenne"] == "Union européenne"
    assert word_key("États-Unis") == word_key("Etats-Unis") == "etats-unis"
    assert "les" not in found and "tensions" in found


def test_suggest_prints_a_valid_config(seeds_dir):
    text = suggest_topics(BriefingConfig(source_dir=seeds_dir, analyse=False))
    specs = parse_topic_config(text)
    assert 1 <= len(specs) <= 10
    assert all(readable(s.label) and s.terms for s in specs)


@pytest.mark.slow
def test_wikinews_without_topic_config(wikinews_dir):
    """964 articles, no topics.yaml: readable labels, every article in a chapter, a few seconds."""
    started = time.perf_counter()
    b = build_briefing(BriefingConfig(source_dir=wikinews_dir, analyse=False))
    elapsed = time.perf_counter() - started
    assert not (Path(wikinews_dir) / "topics.yaml").exists()
    assert 5 <= len(b.topics) <= 40
    fed = {a for t in b.topics for a in t.articles}
    assert fed == {a.id for a in b.articles}
    labels = [t.title for t in b.topics]
    assert len(set(labels)) == len(labels)
    assert all(readable(label) for label in labels), labels
    assert all(t.discovered and t.summary for t in b.topics)
    assert 5 <= len(b.executive_summary) <= 10
    assert elapsed < 60
    paragraphs = {(a.id, p.id): p.text for a in b.articles for p in a.paragraphs}
    for t in b.topics:
        texts = [s.text for s in t.summary]
        assert len(texts) == len(set(texts))
        for s in t.summary:
            assert all(s.text in paragraphs[(r.article, r.paragraph)] or
                       sentence_key(s.text) in sentence_key(paragraphs[(r.article, r.paragraph)])
                       for r in s.sources)
