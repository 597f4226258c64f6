"""Topic configuration: loading, validation, fallback to discovery; per-paragraph assignment."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.pipeline import compose_stage
from briefing.compose.topic_config import (
    TopicConfigError, TopicSpec, dump_topic_config, parse_topic_config, term_pattern,
)
from briefing.compose.vocabulary import fold
from briefing.config import BriefingConfig
from briefing.model import Article, Paragraph

SEEDS_TOPICS = Path(__file__).resolve().parents[2] / "seeds" / "topics.yaml"


def test_seed_topics_file_is_valid_and_names_the_chapters():
    specs = parse_topic_config(SEEDS_TOPICS.read_text(encoding="utf-8"))
    assert [s.id for s in specs] == [
        "attribution", "dialogue-sino-americain", "reponse-des-allies", "inculpations-et-sanctions",
        "fentanyl", "canaux-militaires", "mer-de-chine-meridionale",
    ]
    assert all(s.label and s.description and s.terms for s in specs)


def test_defaults_id_from_label_and_accepts_single_term():
    specs = parse_topic_config("topics:\n  - label: La mer de Chine méridionale\n    terms: Asean\n")
    assert specs == [TopicSpec("la-mer-de-chine-meridionale", "La mer de Chine méridionale", "", ("Asean",))]


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("topics: [\n", "not valid YAML", 2),
        ("- label: x\n", "expected a mapping", 1),
        ("topics: []\n", "non-empty list", 1),
        ("topic:\n  - label: x\n", "unknown top-level", 1),
        ("topics:\n  - label: x\n", "'terms'", 2),
        ("topics:\n  - terms: [a]\n", "'label'", 2),
        ("topics:\n  - label: A\n    terms: [a]\n  - label: B\n    terms: [b]\n    colour: red\n", "unknown key", 4),
        ("topics:\n  - label: A\n    terms: [a]\n  - label: A\n    terms: [b]\n", "duplicate id", 4),
        ("topics:\n  - id: Bad Id\n    label: A\n    terms: [a]\n", "'id'", 2),
        ("topics:\n  - label: Index\n    terms: [a]\n", "reserved", 2),
    ],
)
def test_malformed_config_is_rejected_with_a_line(text, message, line):
    with pytest.raises(TopicConfigError) as exc:
        parse_topic_config(text)
    assert message in str(exc.value)
    assert exc.value.line == line


def test_term_patterns_fold_case_accents_plural_and_prefix():
    assert term_pattern("Otan").search(fold("l’OTAN a réagi"))
    assert term_pattern("sanction").search(fold("des sanctions"))
    assert term_pattern("inculp*").search(fold("ils ont été inculpés"))
    assert term_pattern("mer de Chine").search(fold("en mer  de Chine méridionale"))
    assert term_pattern("Etats-Unis").search(fold("les États-Unis"))
    assert not term_pattern("UE").search(fold("une statue"))
    assert not term_pattern("arme").search(fold("les armées"))


def _articles():
    return [
        Article(id="a", source="a.txt", paragraphs=(
            Paragraph("p1", "body", "Le fentanyl arrive de Chine, selon des experts américains inquiets."),
            Paragraph("p2", "body", "L'Otan a condamné la cyberattaque et ses alliés ont suivi sans attendre."),
        )),
        Article(id="b", source="b.txt", paragraphs=(
            Paragraph("p1", "body", "Les alliés européens, dont la France, ont dénoncé l'attaque informatique."),
        )),
    ]


def _cfg(tmp_path, text):
    (tmp_path / "topics.yaml").write_text(text, encoding="utf-8")
    return BriefingConfig(source_dir=tmp_path, analyse=False)


def test_topics_are_assigned_per_paragraph(tmp_path):
    cfg = _cfg(tmp_path, """topics:
  - id: fentanyl
    label: Fentanyl
    terms: [fentanyl]
  - id: allies
    label: Les alliés
    terms: [Otan, alliés]
""")
    b = compose_stage(_articles(), cfg)
    fentanyl, allies = b.topics
    assert [(r.article, r.paragraph) for r in fentanyl.paragraphs] == [("a", "p1")]
    assert [(r.article, r.paragraph) for r in allies.paragraphs] == [("a", "p2"), ("b", "p1")]
    assert allies.articles == ("a", "b") and not allies.discovered
    assert b.problems == ()


def test_malformed_file_is_a_problem_and_topics_are_discovered(tmp_path):
    cfg = _cfg(tmp_path, "topics:\n  - label: Sans termes\n")
    b = compose_stage(_articles(), cfg)
    assert [p.kind for p in b.problems] == ["bad_topics"]
    assert b.problems[0].location == f"{tmp_path.name}/topics.yaml:2"
    assert "terms" in b.problems[0].message
    assert b.topics and all(t.discovered for t in b.topics)


def test_dump_round_trips(tmp_path):
    specs = [TopicSpec("a-b", "Label: avec deux-points", "Une « description ».", ("mot", "mot*", "deux mots"))]
    text = dump_topic_config(specs, "En-tête\nsur deux lignes")
    assert text.startswith("# En-tête\n# sur deux lignes\n")
    assert parse_topic_config(text) == specs
    assert yaml.safe_load(text)["topics"][0]["label"] == "Label: avec deux-points"


def test_topic_file_is_read_once_as_bytes_crlf_or_not(tmp_path):
    from briefing.pipeline import read_topic_config

    text = "topics:\n  - id: fentanyl\n    label: Fentanyl\n    terms: [fentanyl]\n"
    (tmp_path / "topics.yaml").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    raw, specs, problems = read_topic_config(tmp_path, "topics.yaml")
    assert raw == (tmp_path / "topics.yaml").read_bytes()  # the bytes that key the compose cache
    assert [s.id for s in specs] == ["fentanyl"] and problems == []


def test_undecodable_topic_file_is_a_problem_and_topics_are_discovered(tmp_path):
    from briefing.pipeline import read_topic_config

    (tmp_path / "topics.yaml").write_bytes(b"topics:\n  - label: \xff\xfe\n")
    raw, specs, problems = read_topic_config(tmp_path, "topics.yaml")
    assert specs is None and raw is not None
    assert [p.kind for p in problems] == ["bad_topics"]
    assert problems[0].message.startswith("cannot read the topic file (")
    assert problems[0].location == f"{tmp_path.name}/topics.yaml"


@pytest.mark.parametrize("term", ["Otan", "sanction", "inculp*", "mer de Chine", "Etats-Unis", "UE", "arme", "*", "a"])
def test_a_term_pattern_finds_what_its_regex_finds(term):
    # the pattern skips texts without its first word: never a match its regex would find
    texts = ["l’OTAN a réagi", "des sanctions", "ils ont été inculpés", "en mer  de Chine méridionale",
             "les États-Unis", "une statue", "les armées", "l'arme", "a", "", "mer-de-chine", "ue!"]
    pattern = term_pattern(term)
    for text in map(fold, texts):
        assert bool(pattern.search(text)) == bool(pattern.regex.search(text)), (term, text)
