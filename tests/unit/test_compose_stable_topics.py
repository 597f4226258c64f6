"""Discovered topics keep their ids, labels and members when articles are added."""

from __future__ import annotations

import json

from briefing.pipeline import compose_stage
from briefing.pipeline import STATE_FILE, forget_discovered_topics
from briefing.config import BriefingConfig
from briefing.model import Article, Paragraph

from .test_compose_discovery import STORIES, small_corpus


def config(tmp_path, **kw):
    return BriefingConfig(source_dir=tmp_path / "src", output_dir=tmp_path / "gen", analyse=False, **kw)


def story_article(story: str, i: int) -> Article:
    texts = STORIES[story]
    paras = tuple(Paragraph(f"p{j + 1}", "body", f"{t} Nouvelle dépêche {i}.") for j, t in enumerate(texts))
    return Article(id=f"{story}-new{i}", source=f"{story}-new{i}.txt", title=f"{story} new {i}", paragraphs=paras)


def members(briefing):
    return {t.id: (t.title, set(t.paragraphs)) for t in briefing.topics}


def test_one_added_article_joins_its_story_and_nothing_else_moves(tmp_path):
    conf = config(tmp_path)
    before = compose_stage(small_corpus(), conf)
    state = tmp_path / ".briefing-cache" / STATE_FILE
    assert state.is_file()  # next to the generated folder, not in the working folder
    added = story_article("seisme", 1)
    after = compose_stage(small_corpus() + [added], conf)
    old, new = members(before), members(after)
    assert old.keys() == new.keys()
    for tid, (title, paras) in old.items():
        assert new[tid][0] == title
        assert paras <= new[tid][1]  # nobody left
        assert {r for r in new[tid][1] if r.article != added.id} == paras  # nobody else came
    home = [t for t in after.topics if added.id in t.articles]
    assert home and all("seisme-0" in t.articles for t in home)


def test_large_growth_rediscovers_but_keeps_the_ids_of_the_same_stories(tmp_path):
    conf = config(tmp_path, topics_regrowth=0.25)
    before = compose_stage(small_corpus(), conf)
    grown = small_corpus() + [story_article(s, i) for s in STORIES for i in range(2)]  # +50 %
    after = compose_stage(grown, conf)
    stored = json.loads((tmp_path / ".briefing-cache" / STATE_FILE).read_text())
    assert stored["discovered_with"] == len(grown)  # it did re-discover
    for story in STORIES:
        old = {t.id for t in before.topics if f"{story}-0" in t.articles}
        new = {t.id for t in after.topics if f"{story}-0" in t.articles}
        assert old & new, story


def test_rediscover_forgets_the_stored_topics(tmp_path):
    conf = config(tmp_path)
    compose_stage(small_corpus(), conf)
    removed = forget_discovered_topics(conf.resolved_cache_dir)
    assert [p.name for p in removed] == [STATE_FILE]
    assert not (tmp_path / ".briefing-cache" / STATE_FILE).exists()


def test_nothing_is_stored_for_a_relative_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    compose_stage(small_corpus(), BriefingConfig(source_dir=tmp_path, analyse=False))
    assert not any(tmp_path.rglob(STATE_FILE))


def test_cli_rediscover_removes_the_projects_stored_topics(tmp_path):
    from briefing.cli import main

    docs = tmp_path / "docs"
    conf = BriefingConfig(source_dir=tmp_path / "src", output_dir=docs / "_generated", analyse=False)
    compose_stage(small_corpus(), conf)
    state = docs / ".briefing-cache" / STATE_FILE
    assert state.is_file()
    assert main(["topics", "--rediscover", "--docs", str(docs)]) == 0
    assert not state.exists()


def test_growth_fraction_given_as_text_on_the_sphinx_command_line(tmp_path):
    """sphinx-build -D briefing_topics_regrowth=0 passes the text "0": any new
    article then re-discovers, and the topics are still those of the stories."""
    conf = config(tmp_path, topics_regrowth="0")
    compose_stage(small_corpus(), conf)
    grown = small_corpus() + [story_article("seisme", 1)]
    compose_stage(grown, conf)
    stored = json.loads((tmp_path / ".briefing-cache" / STATE_FILE).read_text())
    assert stored["discovered_with"] == len(grown)


def test_chapters_the_added_articles_do_not_join_stay_exactly_as_they_were(tmp_path):
    """The corpus is vectorised in the space of the last discovery: an added
    article moves no weight of the other articles, so a chapter it does not
    join keeps its key points, dates, quotes and description — over two
    successive additions (the profile of a chapter is recomputed from its
    stored members as it was computed at discovery)."""
    conf = config(tmp_path)
    builds = [compose_stage(small_corpus(), conf)]
    space = json.loads((tmp_path / ".briefing-cache" / STATE_FILE).read_text())["space"]
    added = [story_article("seisme", 1), story_article("seisme", 2)]
    for n in (1, 2):
        builds.append(compose_stage(small_corpus() + added[:n], conf))
        stored = json.loads((tmp_path / ".briefing-cache" / STATE_FILE).read_text())
        assert stored["space"] == space  # kept, not refitted
    for before, after in zip(builds, builds[1:]):
        untouched = [t for t in after.topics if not any(a.id in t.articles for a in added)]
        assert untouched  # the corpus has other stories than the one added
        old = {t.id: t for t in before.topics}
        for t in untouched:
            assert t == old[t.id]


def test_a_broken_stored_space_is_refitted(tmp_path):
    conf = config(tmp_path)
    compose_stage(small_corpus(), conf)
    path = tmp_path / ".briefing-cache" / STATE_FILE
    stored = json.loads(path.read_text())
    stored["space"] = {"features": ["a", "a"], "idf": [1.0]}
    path.write_text(json.dumps(stored))
    after = compose_stage(small_corpus() + [story_article("seisme", 1)], conf)
    assert after.topics and all(t.summary for t in after.topics)
    assert len(json.loads(path.read_text())["space"]["features"]) > 2
