"""What a chapter gathers beyond its key points — dated events, quotes, actors —
and the chronology of the whole corpus.

All three come from the analysis (``Article.events``, ``quotes``, ``entities``)
restricted to the paragraphs the topic took; when the analysis did not run
they are empty and the chapter says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from ..keys import quote_key, sentence_key
from ..model import Article, EntityType, Event, EventGroup, Quote
from .corpus import TEXT_KINDS, CorpusVectors
from .topics import TopicDraft

MAX_EVENTS = 40
MAX_QUOTES = 6
MAX_ACTORS = 15
ACTOR_TYPES = (EntityType.PER, EntityType.ORG)


def _paragraphs_by_article(draft: TopicDraft, vectors: CorpusVectors) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for i in draft.units:
        ref = vectors.units[i].ref
        out[ref.article].add(ref.paragraph)
    return out


def _in_topic(draft: TopicDraft, vectors: CorpusVectors, articles: list[Article], records: str) -> list:
    """(record, article id) of the analysis ``records`` ("events", "quotes") found
    in the topic's paragraphs, in the articles' order."""
    taken = _paragraphs_by_article(draft, vectors)
    return [(x, a.id) for a in articles if a.id in taken
            for x in getattr(a, records) if x.paragraph in taken[a.id]]


def topic_chronology(
    draft: TopicDraft, vectors: CorpusVectors, articles: list[Article], shown: frozenset[str] = frozenset(),
) -> tuple[EventGroup, ...]:
    """Dated events of the topic's paragraphs, oldest first, as the chapter shows them.

    Copies of one event (same date, same dated words) in several articles are
    one group, so the page cites every source once. Of the first ``MAX_EVENTS``
    groups, one that dates nothing shown, or whose words are a key point of the
    chapter (``shown``: their ``sentence_key``), is left out: the key point
    shows its date. One that dates a clause of a key point stays (its date is
    not the key point's).
    """
    rank = {a.id: i for i, a in enumerate(articles)}
    events = [(e, aid) for e, aid in _in_topic(draft, vectors, articles, "events") if e.date]
    events.sort(key=lambda ea: (ea[0].date, sentence_key(ea[0].dated_text), rank[ea[1]]))
    return tuple(
        tuple(g) for g in event_groups(events)[:MAX_EVENTS]
        if g[0][0].dated_text.strip() and sentence_key(g[0][0].dated_text) not in shown
    )


def _same_event(a: Event, b: Event) -> bool:
    return a.date == b.date and sentence_key(a.dated_text) == sentence_key(b.dated_text)


def corpus_chronology(articles: list[Article]) -> tuple[EventGroup, ...]:
    """Every dated event of the corpus's lead and body paragraphs, oldest first.

    Copies of one event (same date, same dated words) in several articles — a
    wire carried by several outlets — are one group, the first first, so the
    page shows it once and cites every carrier.
    """
    rank = {a.id: i for i, a in enumerate(articles)}
    events = [
        (e, a.id)
        for a in articles
        for e in a.events
        if e.date and e.dated_text.strip() and _kind(a, e.paragraph) in TEXT_KINDS
    ]
    events.sort(key=lambda ea: (ea[0].date, sentence_key(ea[0].dated_text), rank[ea[1]]))
    return tuple(tuple(g) for g in event_groups(events))


def _kind(article: Article, pid: str) -> str | None:
    try:
        return article.paragraph(pid).kind
    except KeyError:
        return None


def event_groups(events) -> list[list[tuple[Event, str]]]:
    """Consecutive copies of one event (see ``corpus_chronology``) as one group."""
    groups: list[list[tuple[Event, str]]] = []
    for ea in events:
        if groups and _same_event(groups[-1][0][0], ea[0]):
            groups[-1].append(ea)
        else:
            groups.append([ea])
    return groups


def repeats(quote: str, shown: list[str]) -> bool:
    """Whether a quote would repeat a key point of the page (or contain one);
    both as ``quote_key`` gives them."""
    return any(quote in k or k in quote for k in shown if k)


def topic_quotes(
    draft: TopicDraft, vectors: CorpusVectors, articles: list[Article], shown: list[str] = ()
) -> tuple[tuple[Quote, str], ...]:
    """The topic's most relevant quotes (one per wording, every carrier kept).

    A quote that is already part of a key point (``shown``) is left out.
    """
    shown_keys = [quote_key(s) for s in shown]
    found = [
        (q, aid) for q, aid in _in_topic(draft, vectors, articles, "quotes")
        if len(q.text.split()) >= 4 and not repeats(quote_key(q.text), shown_keys)
    ]
    if not found:
        return ()
    groups: dict[str, list[tuple[Quote, str]]] = {}
    for qa in found:
        groups.setdefault(quote_key(qa[0].text), []).append(qa)
    keys = list(groups)
    Q = vectors.transform([groups[k][0][0].text for k in keys])
    score = np.asarray(Q @ draft.profile).ravel()
    score += np.array([0.2 if any(q.speaker for q, _ in groups[k]) else 0.0 for k in keys])
    best = [keys[i] for i in np.argsort(-score, kind="stable")[:MAX_QUOTES]]
    order = {k: i for i, k in enumerate(keys)}  # keep the articles' order on the page
    return tuple(qa for k in sorted(best, key=order.get) for qa in groups[k])


def topic_actors(draft: TopicDraft, vectors: CorpusVectors, articles: list[Article]) -> tuple[str, ...]:
    """People and organisations named in the topic's paragraphs, most cited first.

    The press itself (an article's agency or outlet: AFP, Reuters…) is a
    source, not an actor.
    """
    taken = _paragraphs_by_article(draft, vectors)
    press = {x.casefold() for a in articles for x in (a.agency, a.outlet) if x}
    count: Counter[str] = Counter()
    for a in articles:
        if a.id not in taken:
            continue
        names = {
            e.name
            for e in a.entities
            if e.type in ACTOR_TYPES and set(e.mentions) & taken[a.id]
            and e.name.casefold() not in press
        }
        count.update(names)
    ranked = sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(name for name, _ in ranked[:MAX_ACTORS])
