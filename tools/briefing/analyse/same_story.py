"""Same story, several outlets: find articles that carry the same wire copy.

Republished agency copy is trimmed, re-ordered and topped with the outlet's own
lead, so the Jaccard similarity of two versions is modest (0.5–0.6) while
nearly all of the shorter version is found in the longer one. The test is
therefore *containment*: the share of the shorter article's word shingles that
occur in the other. Templated articles (two match reports written from the same
mould, with different facts) also reach high containment, but their shared text
is spread thin over every paragraph; republished copy shares whole paragraphs.
So a pair must also pass a second test: most of the shorter article's text sits
in paragraphs copied (nearly) whole into the other. Candidates come from an
index of shingles probed with each article's rarest shingles (prefix
filtering, exact for the containment threshold); every candidate pair is then
checked exactly on the shingle sets.

Pure: articles in, articles out, with ``same_story`` (every other member of the
group, both ways) and ``fuller_than`` (members with less text) set.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain

from ..model import Article
from ..text import fold

#: Words per shingle.
SHINGLE_WORDS = 5
#: Minimum containment of the shorter article in the longer one.
CONTAINMENT_THRESHOLD = 0.8
#: A paragraph counts as copied when this share of its shingles is in the other article…
PARAGRAPH_COPIED = 0.8
#: …and a same-story pair needs this share of the shorter text in copied paragraphs.
COPIED_SHARE = 0.6
#: Articles with fewer shingles than this are too short to compare.
MIN_SHINGLES = 20
#: Below this many articles every pair is compared (cheaper than an index).
EXACT_BELOW = 60

_WORD = re.compile(r"\w+")


def story_text(article: Article) -> str:
    """The text compared: lead and body paragraphs (no captions, no headings)."""
    return "\n".join(p.text for p in article.paragraphs if p.kind in ("lead", "body"))


def shingles(text: str, k: int = SHINGLE_WORDS) -> frozenset[str]:
    """Normalised word k-grams: case, accents and punctuation ignored."""
    words = _WORD.findall(fold(text))
    if len(words) < k:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the other."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def copied_share(shorter: Article, other: frozenset[str]) -> float:
    """Share of ``shorter``'s shingles that sit in paragraphs found (nearly) whole in ``other``."""
    total = copied = 0
    for p in shorter.paragraphs:
        if p.kind not in ("lead", "body"):
            continue
        s = shingles(p.text)
        total += len(s)
        if s and len(s & other) >= PARAGRAPH_COPIED * len(s):
            copied += len(s)
    return copied / total if total else 0.0


def is_same_story(a: Article, b: Article, sa: frozenset[str], sb: frozenset[str]) -> bool:
    """Containment of the shorter in the longer, shared in whole paragraphs."""
    if min(len(sa), len(sb)) < MIN_SHINGLES or containment(sa, sb) < CONTAINMENT_THRESHOLD:
        return False
    shorter, other = (a, sb) if len(sa) <= len(sb) else (b, sa)
    return copied_share(shorter, other) >= COPIED_SHARE


def _candidate_pairs(sets: list[frozenset[str]]) -> set[tuple[int, int]]:
    """Every pair that can reach CONTAINMENT_THRESHOLD, found by prefix filtering.

    If the smaller set A has at least ``t·|A|`` shingles in B, then B holds
    one of A's ``|A| - ⌈t·|A|⌉ + 1`` rarest shingles (rarest in the corpus):
    each article probes an index of all shingles with that short prefix only.
    Exact — no pair that passes the test is missed — and cheap, since rare
    shingles have short posting lists.
    """
    usable = [i for i, s in enumerate(sets) if len(s) >= MIN_SHINGLES]
    if len(usable) < EXACT_BELOW:
        return {(i, j) for x, i in enumerate(usable) for j in usable[x + 1 :]}
    # how many articles hold each shingle; an article's prefix is its rarest
    # shingles, ties by the shingle (sorted by shingle, then stably by count)
    df = Counter(chain.from_iterable(sets[i] for i in usable))
    prefixes = {}
    for i in usable:
        s = sets[i]
        need = math.ceil(CONTAINMENT_THRESHOLD * len(s))
        prefixes[i] = sorted(sorted(s), key=df.__getitem__)[: len(s) - need + 1]
    # the articles holding each shingle of a prefix (no other is probed)
    probed = set().union(*prefixes.values())
    postings: dict[str, list[int]] = {}
    for i in usable:
        for sh in sets[i] & probed:
            postings.setdefault(sh, []).append(i)
    pairs = set()
    for i in usable:
        s = sets[i]
        for sh in prefixes[i]:
            for j in postings[sh]:
                if j != i and len(sets[j]) >= len(s):  # i is the smaller side (or as large)
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def same_story_groups(articles: list[Article], sets: list[frozenset[str]] | None = None) -> list[list[int]]:
    """Groups (indexes into ``articles``) of two or more same-story articles.

    Every two members of a group pass the pair test (complete linkage): a
    group never grows by chaining, A like B and B like C putting A and C
    together although they share nothing (recombined or templated copy would
    otherwise chain a whole corpus into one "story"). Pairs are taken from the
    most contained to the least; two groups merge only when every pair across
    them is one story, so an article between two stories joins the closer.
    """
    if sets is None:
        sets = [shingles(story_text(a)) for a in articles]
    verdicts: dict[tuple[int, int], bool] = {}

    def same(i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        if key not in verdicts:
            verdicts[key] = is_same_story(articles[key[0]], articles[key[1]], sets[key[0]], sets[key[1]])
        return verdicts[key]

    links = [
        (-containment(sets[i], sets[j]), i, j)
        for i, j in sorted(_candidate_pairs(sets)) if same(i, j)
    ]
    group_of: dict[int, list[int]] = {}
    for _, i, j in sorted(links):
        gi, gj = group_of.get(i, [i]), group_of.get(j, [j])
        if gi is gj or not all(same(x, y) for x in gi for y in gj):
            continue
        merged = sorted(gi + gj)
        for x in merged:
            group_of[x] = merged
    groups = {id(g): g for g in group_of.values()}
    return sorted(groups.values())


def mark_same_story(articles: list[Article]) -> list[Article]:
    articles = list(articles)
    sets = [shingles(story_text(a)) for a in articles]
    sizes = [len(s) for s in sets]
    out = list(articles)
    for group in same_story_groups(articles, sets):
        for i in group:
            others = [j for j in group if j != i]
            out[i] = out[i].with_(
                same_story=tuple(articles[j].id for j in others),
                fuller_than=tuple(articles[j].id for j in others if sizes[j] < sizes[i]),
            )
    return out
