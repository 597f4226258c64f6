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
def test_indexed_path_finds_the_pair_in_a_larger_corpus(seeds, wikinews_dir):
    rows = list(csv.DictReader((wikinews_dir / "metadata.csv").open(encoding="utf-8")))[:100]
    corpus = [read_article(wikinews_dir / r["file"], article_id(r["file"]), r["file"])[0] for r in rows]
    corpus[40:40] = seeds
    assert len(corpus) >= ss.EXACT_BELOW  # takes the indexed path
    groups = ss.same_story_groups(corpus)
    assert [sorted(corpus[i].id[:3] for i in g) for g in groups] == [["000", "001"]]


def test_indexed_path_finds_a_copied_pair_among_unrelated_articles():
    """From EXACT_BELOW articles on, candidates come from the shingle index: the one
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


# --- groups are bounded: complete linkage, never chains ----------------------

def _para(k: int, words: int = 40) -> str:
    """A paragraph of words found in no other constructed paragraph."""
    return " ".join(f"mot{k}x{n}" for n in range(words))


def _constructed(aid: str, *paragraphs: str) -> Article:
    return Article(
        id=aid, source=f"{aid}.txt", title=aid,
        paragraphs=tuple(Paragraph(f"p{n}", "body", t) for n, t in enumerate(paragraphs, start=1)),
    )


def _chain(links: int) -> list[Article]:
    """short_k = [P_k], long_k = [P_k, P_k+1]: each short is contained whole in
    two longs, so pair by pair the corpus is one chain short_0 – long_0 –
    short_1 – long_1 – …, though short_0 and short_5 share no word."""
    out = []
    for k in range(links):
        out.append(_constructed(f"short-{k}", _para(k)))
        out.append(_constructed(f"long-{k}", _para(k), _para(k + 1)))
    return out


def _all_pairs_same(corpus: list[Article], group: list[int]) -> bool:
    sets = [ss.shingles(ss.story_text(corpus[i])) for i in group]
    return all(
        ss.is_same_story(corpus[group[x]], corpus[group[y]], sets[x], sets[y])
        for x in range(len(group)) for y in range(x + 1, len(group))
    )


@pytest.mark.parametrize("links", [10, 40])  # 20 articles: all pairs; 80: the shingle index
def test_a_chain_of_contained_articles_is_not_one_story(links):
    corpus = _chain(links)
    sets = [ss.shingles(ss.story_text(a)) for a in corpus]
    # the chain is real: each short is the same story as the long before and after it
    assert ss.is_same_story(corpus[2], corpus[1], sets[2], sets[1])
    assert ss.is_same_story(corpus[2], corpus[3], sets[2], sets[3])
    assert not ss.is_same_story(corpus[0], corpus[2], sets[0], sets[2])
    groups = ss.same_story_groups(corpus)
    assert groups, "contained pairs are still found"
    assert max(len(g) for g in groups) == 2
    assert all(_all_pairs_same(corpus, g) for g in groups)
    assert len({i for g in groups for i in g}) == sum(len(g) for g in groups)  # one group per article
    # every long article is grouped (with one of its two shorts)
    grouped = {corpus[i].id for g in groups for i in g}
    assert {f"long-{k}" for k in range(links)} <= grouped


def test_one_wire_story_in_many_outlets_stays_one_group():
    """Six outlets run the same three-paragraph wire under their own lead, some
    trimming its last paragraph: every pair is one story, so one group of six."""
    wire = [_para(1000), _para(1001), _para(1002)]
    corpus = [_constructed("other-a", _para(5), _para(6)), _constructed("other-b", _para(7))]
    for k in range(6):
        body = wire if k % 2 else wire[:2]
        corpus.append(_constructed(f"outlet-{k}", _para(2000 + k, 8), *body))
    groups = ss.same_story_groups(corpus)
    assert [sorted(corpus[i].id for i in g) for g in groups] == [[f"outlet-{k}" for k in range(6)]]
    marked = {a.id: a for a in ss.mark_same_story(corpus)}
    assert len(marked["outlet-0"].same_story) == 5
    # the full versions are fuller than the trimmed ones
    assert set(marked["outlet-1"].fuller_than) == {"outlet-0", "outlet-2", "outlet-4"}


def test_an_article_between_two_stories_joins_the_closer():
    """A round-up made of story X's paragraphs and a little of story Y is
    contained in neither alone as much as in X: it joins X, and Y's copies stay
    together without it."""
    x = [_para(1), _para(2), _para(3), _para(4)]
    y = [_para(11), _para(12), _para(13), _para(14)]
    corpus = [
        _constructed("x-full", *x), _constructed("x-copy", *x[:3]),
        _constructed("y-full", *y), _constructed("y-copy", *y[1:]),
        _constructed("roundup", x[0], x[1], x[2], _para(11, 20)),
    ]
    groups = [sorted(corpus[i].id for i in g) for g in ss.same_story_groups(corpus)]
    assert sorted(groups) == [["roundup", "x-copy", "x-full"], ["y-copy", "y-full"]]


def test_the_index_finds_every_pair_that_passes_the_containment_test():
    """Prefix filtering is exact: on a corpus with copies, excerpts and
    strangers, it proposes every pair whose containment reaches the threshold."""
    corpus = _chain(30)
    wire = [_para(1000), _para(1001), _para(1002), _para(1003)]
    for k in range(10):
        corpus.append(_constructed(f"cut-{k}", *wire[: 1 + k % 4], _para(3000 + k, 5 + k)))
    sets = [ss.shingles(ss.story_text(a)) for a in corpus]
    assert len(corpus) >= ss.EXACT_BELOW
    reaching = {
        (i, j) for i in range(len(sets)) for j in range(i + 1, len(sets))
        if min(len(sets[i]), len(sets[j])) >= ss.MIN_SHINGLES
        and ss.containment(sets[i], sets[j]) >= ss.CONTAINMENT_THRESHOLD
    }
    assert len(reaching) > 60
    assert reaching <= ss._candidate_pairs(sets)
