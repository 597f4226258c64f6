"""French NLP analysis: entities, quotes and dated events for every article.

``analyse_articles`` reads each article's analysis from the cache when it
can, runs spaCy (``nlp.pipe``, one Doc per paragraph) on the others only,
then merges entity names across the corpus. The model loads lazily, from
site-packages, and only when some article is not cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata

from ..config import BriefingConfig
from ..model import Article, Quote
from . import cache
from .limits import analysable
from .role_phrases import resolve_role_phrases
from .entities import article_entities, merge_corpus, news_spans
from .events import article_events
from .quotes import article_quotes

#: Below this many articles to analyse, worker processes cost more than they save.
MIN_ARTICLES_FOR_PROCESSES = 50


@lru_cache(maxsize=4)
def load_model(name: str):
    """The spaCy pipeline, loaded once per process."""
    import spacy

    return spacy.load(name)


def model_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def analyse_one(article: Article, docs):
    """(entities, quotes, events) of one article from its paragraph docs."""
    spans = [news_spans(doc) for doc in docs]
    entities, name_of = article_entities(article, docs, spans)
    quotes = article_quotes(article, docs, entities, name_of, spans)
    events = article_events(article, docs)
    return entities, quotes, events


def _run_model(todo: list[Article], config: BriefingConfig):
    """Yield (article, docs) for each article to analyse, in order."""
    nlp = load_model(config.spacy_model)
    n_process = max(1, config.n_process) if len(todo) > MIN_ARTICLES_FOR_PROCESSES else 1
    texts = ((analysable(p.text), i) for i, a in enumerate(todo) for p in a.paragraphs)
    stream = nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=64)
    bar = None
    if config.progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="analyse", leave=False)
    pending = iter(enumerate(todo))
    current, docs = next(pending, (None, None)), []
    try:
        for doc, i in stream:
            while current[1] is not None and current[0] < i:
                yield current[1], docs
                if bar:
                    bar.update(1)
                current, docs = next(pending, (None, None)), []
            docs.append(doc)
        while current[1] is not None:
            yield current[1], docs
            if bar:
                bar.update(1)
            current, docs = next(pending, (None, None)), []
    finally:
        if bar:
            bar.close()


def analyse_articles(articles: list[Article], config: BriefingConfig) -> list[Article]:
    cache_dir = config.resolved_cache_dir
    version = model_version(config.spacy_model)
    results: dict[int, tuple] = {}
    keys: dict[int, str] = {}
    todo: list[Article] = []
    index_of: dict[int, int] = {}
    for n, a in enumerate(articles):
        key = cache.cache_key(a, config.spacy_model, version)
        keys[n] = key
        hit = cache.load(cache_dir, key)
        if hit is not None:
            results[n] = hit
        else:
            index_of[len(todo)] = n
            todo.append(a)
    if todo:
        for k, (article, docs) in enumerate(_run_model(todo, config)):
            n = index_of[k]
            results[n] = analyse_one(article, docs)
            cache.save(cache_dir, keys[n], *results[n])
    analysed = [
        a.with_(entities=results[n][0], quotes=results[n][1], events=results[n][2]) for n, a in enumerate(articles)
    ]
    merged, renames = merge_corpus(analysed)
    out = []
    for a in merged:
        changed = renames.get(a.id) or {}
        if changed:
            a = a.with_(quotes=tuple(
                Quote(q.text, changed.get(q.speaker, q.speaker), q.paragraph, q.kind) for q in a.quotes
            ))
        out.append(a)
    return resolve_role_phrases(out)
