"""Hostile and careless YAML (front matter, metadata.yaml, topics.yaml): each
bad field or file becomes a located warning and the rest of the corpus reads.
Issue 13, findings 4 (impossible dates, deep nesting, surrogates), 5 (alias
bomb) and 9 (field types)."""

from __future__ import annotations

import time

from briefing.pipeline import load_topic_config
from briefing.ingest import read_corpus

BODY = (
    "Un titre d’article ordinaire\n\n"
    "Le gouvernement a présenté mardi un plan de relance pour les collectivités locales, "
    "selon un communiqué publié dans la matinée.\n"
)

BOMB = """\
a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: [*i,*i,*i,*i,*i,*i,*i,*i,*i]
"""


def _front(tmp_path, front: str, name: str = "a.md"):
    (tmp_path / name).write_text("---\n" + front + "---\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.replace("plan", "budget"), encoding="utf-8")
    return read_corpus(tmp_path)


def _messages(problems, kind="bad_override"):
    return [f"{p.location}: {p.message}" for p in problems if p.kind == kind]


def test_impossible_unquoted_date_in_front_matter_is_reported(tmp_path):
    articles, problems = _front(tmp_path, "date: 2023-02-30\n")
    assert len(articles) == 2
    assert [a.date for a in articles if a.source == "a.md"] == [None]
    msgs = _messages(problems)
    assert len(msgs) == 1 and "a.md:1" in msgs[0] and "2023-02-30" in msgs[0], msgs


def test_impossible_unquoted_date_in_metadata_file_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.yaml").write_text("a.txt:\n  date: 2023-02-30\n  outlet: RFI\n", encoding="utf-8")
    articles, problems = read_corpus(tmp_path)
    assert len(articles) == 1 and articles[0].outlet == "RFI"
    msgs = _messages(problems)
    assert len(msgs) == 1 and "2023-02-30" in msgs[0], msgs


def test_valid_unquoted_date_still_works(tmp_path):
    articles, problems = _front(tmp_path, "date: 2023-02-28\n")
    assert problems == []
    assert [a.date for a in articles if a.source == "a.md"] == ["2023-02-28"]


def test_impossible_date_in_topics_file_is_a_warning_not_a_crash(tmp_path):
    (tmp_path / "topics.yaml").write_text(
        "topics:\n  - label: Budget\n    terms: [budget, 2023-02-30]\n", encoding="utf-8"
    )
    specs, problems = load_topic_config(tmp_path, "topics.yaml")
    # the date is kept as the text the editor wrote: a term like any other
    assert specs is not None and specs[0].terms == ("budget", "2023-02-30")
    assert problems == []


def test_deeply_nested_yaml_is_rejected_with_a_warning(tmp_path):
    deep = "title: " + "[" * 3000 + "]" * 3000 + "\n"
    articles, problems = _front(tmp_path, deep)
    assert len(articles) == 2
    msgs = _messages(problems)
    assert len(msgs) == 1 and "a.md:1" in msgs[0] and "nest" in msgs[0], msgs
    (tmp_path / "topics.yaml").write_text("topics: " + "[" * 3000 + "]" * 3000 + "\n")
    specs, problems = load_topic_config(tmp_path, "topics.yaml")
    assert specs is None and len(problems) == 1


def test_lone_surrogate_in_authors_is_replaced_and_reported(tmp_path):
    articles, problems = _front(tmp_path, 'authors: ["Jean \\ud800 Dupont"]\n')
    a = [a for a in articles if a.source == "a.md"][0]
    assert a.authors == ("Jean \ufffd Dupont",)
    a.authors[0].encode("utf-8")  # no lone surrogate left anywhere
    msgs = _messages(problems)
    assert len(msgs) == 1 and "a.md:1" in msgs[0], msgs


def test_alias_bomb_in_front_matter_is_rejected_quickly(tmp_path):
    started = time.perf_counter()
    articles, problems = _front(tmp_path, BOMB)
    assert time.perf_counter() - started < 5
    assert len(articles) == 2
    a = [a for a in articles if a.source == "a.md"][0]
    assert a.title == "Un titre d’article ordinaire"  # the text's own title stays
    msgs = _messages(problems)
    assert len(msgs) == 1 and "alias" in msgs[0], msgs


def test_alias_bomb_in_metadata_and_topics_files(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.yaml").write_text("a.txt:\n  outlet: RFI\n" + BOMB.replace("\n", "\n  ").replace("a: &a", "x: &a", 1).replace("a: &a", "x: &a"), encoding="utf-8")
    started = time.perf_counter()
    articles, problems = read_corpus(tmp_path)
    assert len(articles) == 1
    assert any("alias" in m for m in _messages(problems)), problems
    (tmp_path / "topics.yaml").write_text(BOMB.replace("title:", "topics:"), encoding="utf-8")
    specs, problems = load_topic_config(tmp_path, "topics.yaml")
    assert specs is None and "alias" in problems[0].message
    assert time.perf_counter() - started < 5


def test_title_must_be_text(tmp_path):
    articles, problems = _front(tmp_path, "title: [1, 2]\noutlet: !!binary aGVsbG8=\n")
    a = [a for a in articles if a.source == "a.md"][0]
    assert a.title == "Un titre d’article ordinaire"
    assert a.outlet is None
    msgs = _messages(problems)
    assert len(msgs) == 2, msgs
    assert any("title" in m for m in msgs) and any("outlet" in m for m in msgs)


def test_numbers_are_still_accepted_as_text_fields(tmp_path):
    articles, problems = _front(tmp_path, "outlet: 20\n")
    assert problems == []
    assert [a.outlet for a in articles if a.source == "a.md"] == ["20"]
