"""Same story, several outlets: containment of shingles after cleaning."""

from __future__ import annotations

import csv

import pytest

from briefing.analyse import same_story as ss
from briefing.ingest import article_id, read_article, read_corpus
from briefing.model import Article, Paragraph


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    return read_corpus(seeds_dir)[0]


def test_shingles_ignore_case_accents_punctuation():
    assert ss.shingles("Les États-Unis, dit-il.", k=3) == {"les etats unis", "etats unis dit", "unis dit il"}
    assert ss.shingles("les etats unis dit il", k=3) == {"les etats unis", "etats unis dit", "unis dit il"}
    assert ss.shingles("un deux", k=3) == frozenset({"un deux"})
    assert ss.shingles("", k=3) == frozenset()


def _article(*paragraphs: tuple[str, str]) -> Article:
    return Article(id="a", source="a.txt",
                   paragraphs=tuple(Paragraph(f"p{i + 1}", kind, text) for i, (kind, text) in enumerate(paragraphs)))


def test_containment_is_the_share_of_the_smaller_set_found_in_the_other():
    # 7 words: 3 five-word shingles; 8 words: 4 shingles, the first two shared
    a = ss.shingles("un deux trois quatre cinq six sept")
    b = ss.shingles("un deux trois quatre cinq six huit neuf")
    assert (len(a), len(b)) == (3, 4)
    assert ss.containment(a, b) == ss.containment(b, a) == 2 / 3
    assert ss.containment(a, a) == 1.0
    assert ss.containment(a, frozenset()) == ss.containment(frozenset(), b) == 0.0


def test_copied_share_counts_paragraphs_found_nearly_whole():
    other = frozenset({
        # all 3 shingles of the first paragraph
        "un deux trois quatre cinq", "deux trois quatre cinq six", "trois quatre cinq six sept",
        # 4 of the 5 shingles of the second (0.8: copied)
        "a b c d e", "b c d e f", "c d e f g", "d e f g h",
        # 3 of the 5 shingles of the third (0.6: not copied)
        "p q r s t", "q r s t u", "r s t u v",
        # the caption's one shingle: captions are not story text
        "photo de l agence afp",
    })
    shorter = _article(
        ("lead", "Un deux trois quatre cinq six sept."),
        ("body", "A b c d e f g h i."),
        ("body", "P q r s t u v w x."),
        ("caption", "Photo de l'agence AFP"),
    )
    # copied: 3 + 5 shingles of 3 + 5 + 5
    assert ss.copied_share(shorter, other) == 8 / 13
    assert ss.copied_share(_article(("caption", "Photo de l'agence AFP")), other) == 0.0


def test_seed_001_is_mostly_contained_in_000(seeds):
    """001 republishes 000's wire copy: its text is mostly in 000, in whole paragraphs."""
    s000, s001 = (ss.shingles(ss.story_text(a)) for a in seeds[:2])
    assert len(s001) < len(s000)
    assert ss.containment(s000, s001) >= ss.CONTAINMENT_THRESHOLD
    assert ss.copied_share(seeds[1], s000) >= ss.COPIED_SHARE


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


@pytest.mark.slow  # reads ../shared/corpora
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


@pytest.mark.slow  # reads ../shared/corpora
def test_lsh_path_finds_the_pair_in_a_larger_corpus(seeds, wikinews_dir):
    rows = list(csv.DictReader((wikinews_dir / "metadata.csv").open(encoding="utf-8")))[:100]
    corpus = [read_article(wikinews_dir / r["file"], article_id(r["file"]), r["file"])[0] for r in rows]
    corpus[40:40] = seeds
    assert len(corpus) >= ss.EXACT_BELOW  # takes the MinHash LSH path
    groups = ss.same_story_groups(corpus)
    assert [sorted(corpus[i].id[:3] for i in g) for g in groups] == [["000", "001"]]


def test_lsh_path_finds_a_copied_pair_among_unrelated_articles():
    """From EXACT_BELOW articles on, candidates come from MinHash LSH: the one
    republished pair is still found, and nothing else."""
    def words(prefix: str, n: int) -> str:
        return " ".join(f"{prefix}{j}" for j in range(n)) + "."

    corpus = [
        Article(id=f"x{i:03d}", source=f"x{i:03d}.txt", paragraphs=(Paragraph("p1", "body", words(f"m{i}y", 40)),))
        for i in range(ss.EXACT_BELOW + 5)
    ]
    wire = (Paragraph("p1", "body", words("depeche", 60)), Paragraph("p2", "body", words("suite", 30)))
    corpus[10] = Article(id="wire", source="wire.txt", paragraphs=wire)
    corpus[50] = Article(id="copy", source="copy.txt",
                         paragraphs=(Paragraph("p0", "lead", words("chapeau", 12)), *wire))
    assert len(corpus) >= ss.EXACT_BELOW
    assert ss.same_story_groups(corpus) == [[10, 50]]
