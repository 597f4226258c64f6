"""Same story, several outlets: containment of shingles after cleaning."""

from __future__ import annotations

import csv

import pytest

from briefing.analyse import same_story as ss
from briefing.ingest import article_id, read_article, read_corpus


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    return read_corpus(seeds_dir)[0]


def test_shingles_ignore_case_accents_punctuation():
    assert ss.shingles("Les États-Unis, dit-il.", k=3) == ss.shingles("les etats unis dit il", k=3)
    assert ss.shingles("un deux", k=3) == frozenset({"un deux"})
    assert ss.shingles("", k=3) == frozenset()


def test_pinned_values_for_the_seed_pair(seeds):
    s000, s001 = (ss.shingles(ss.story_text(a)) for a in seeds[:2])
    assert (len(s000), len(s001)) == (607, 354)
    assert round(ss.jaccard(s000, s001), 3) == 0.443  # republished copy: modest Jaccard…
    assert round(ss.containment(s000, s001), 3) == 0.833  # …but most of it is contained
    assert round(ss.copied_share(seeds[1], s000), 3) == 0.862


def test_other_seed_pairs_stay_far_below(seeds):
    sets = [ss.shingles(ss.story_text(a)) for a in seeds]
    for i in range(len(seeds)):
        for j in range(i + 1, len(seeds)):
            if (i, j) != (0, 1):
                assert ss.containment(sets[i], sets[j]) < 0.1


def test_seed_000_and_001_are_one_story_linked_both_ways(seeds):
    marked = {a.id[:3]: a for a in ss.mark_same_story(seeds)}
    assert marked["000"].same_story == (marked["001"].id,)
    assert marked["001"].same_story == (marked["000"].id,)
    assert marked["000"].fuller_than == (marked["001"].id,)  # 000 carries more of the story
    assert marked["001"].fuller_than == ()
    for key in ("002", "003", "004"):
        assert marked[key].same_story == () and marked[key].fuller_than == ()


def test_mark_same_story_is_pure(seeds):
    before = list(seeds)
    ss.mark_same_story(seeds)
    assert seeds == before and all(a.same_story == () for a in seeds)


def test_templated_articles_with_different_facts_are_not_one_story(wikinews_dir):
    """Two Eurovision semi-final reports written from one mould: containment
    0.80 at the shingle level, but no paragraph is copied whole."""
    pair = []
    for rel in ("2017/2017_05_09-002.txt", "2017/2017_05_11-001.txt"):
        pair.append(read_article(wikinews_dir / rel, article_id(rel), rel)[0])
    a, b = (ss.shingles(ss.story_text(x)) for x in pair)
    assert ss.containment(a, b) >= 0.8
    assert ss.copied_share(pair[0], b) < ss.COPIED_SHARE
    assert not ss.is_same_story(pair[0], pair[1], a, b)
    assert ss.same_story_groups(pair) == []


def test_lsh_path_finds_the_pair_in_a_larger_corpus(seeds, wikinews_dir):
    rows = list(csv.DictReader((wikinews_dir / "metadata.csv").open(encoding="utf-8")))[:100]
    corpus = [read_article(wikinews_dir / r["file"], article_id(r["file"]), r["file"])[0] for r in rows]
    corpus[40:40] = seeds
    assert len(corpus) >= ss.EXACT_BELOW  # takes the MinHash LSH path
    groups = ss.same_story_groups(corpus)
    assert [sorted(corpus[i].id[:3] for i in g) for g in groups] == [["000", "001"]]
