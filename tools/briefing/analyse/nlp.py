"""French NLP analysis: entities, quotes and dated events for every article.

``analyse_articles`` reads each article's analysis from the cache when it
can, analyses the others only — spaCy (``nlp.pipe``, one Doc per paragraph)
then the rule passes (entities, quotes, events), both inside worker
processes for a large corpus — then merges entity names across the corpus.
The model loads lazily, from site-packages, and only when some article is not
cached.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata

from ..config import BriefingConfig
from ..model import Article, Quote
from ..text import split_sentences
from . import cache, warm
from .limits import analysable
from .model_load import grouped_entry_points, quick_tables
from .patterns import PATTERNS_DIR, keep_in, stored_patterns
from .role_phrases import resolve_role_phrases
from .entities import article_entities, article_spans, merge_corpus
from .events import article_events
from .quotes import article_quotes
from .quotes.spans import find_quote_spans

#: Below this many articles to analyse, worker processes cost more than they save.
MIN_ARTICLES_FOR_PROCESSES = 50


@lru_cache(maxsize=4)
def load_model(name: str):
    """The spaCy pipeline, loaded once per process."""
    import spacy

    with memoised_charsets(), stored_patterns(), quick_tables(), grouped_entry_points():
        nlp = spacy.load(name)
    _index_as_sets(nlp)
    _numpy_matrix_products(nlp)
    nlp.tokenizer = JoinedNames(nlp.tokenizer)
    LOADED.add(name)
    return nlp


#: Models ``load_model`` has loaded in this process (a resident build process
#: loads its model before forking each build: ``briefing.resident``).
LOADED: set[str] = set()


def forget_models() -> None:
    """Let this process's models go (``load_model`` loads them again if asked)."""
    load_model.cache_clear()
    LOADED.clear()


class JoinedNames:
    """spaCy's French tokenizer, then hyphenated capitalised names made one token.

    The tokenizer splits at a hyphen between letters unless its exception
    pattern knows the word: "Jean-Marc" stays whole, "I-Télé", "BFM-TV",
    "Royaume-Uni" or "Al-Qaïda" become three tokens, and the parser then
    reads "la direction d'I-Télé annonce" with "Télé" as the subject. Parts
    written together with hyphens, each starting with a capital letter, are
    merged back into one token before the pipeline runs ("a-t-il" and
    "peut-être" are left as they are). So are "O’" and the capitalised word glued after
    it ("O’Neill").
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)

    def __call__(self, text):
        doc = self.tokenizer(text)
        runs = []
        i, n = 0, len(doc)
        while i < n - 2:
            j = i
            while j + 2 < n and _joined(doc[j], doc[j + 1], doc[j + 2]):
                j += 2
            if j > i:
                runs.append(doc[i:j + 1])
                i = j + 1
            else:
                i += 1
        # "O’Neill", "O'Brien": the tokenizer splits after the apostrophe as after an elided
        # article, and the parser then reads "O’" as a word of its own; a capital O is no elision
        runs.extend(doc[k:k + 2] for k in range(n - 1) if doc[k].text in ("O'", "O’")
                    and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper() and doc[k + 1].text.isalpha()
                    and not any(r.start <= k < r.end or r.start <= k + 1 < r.end for r in runs))
        if runs:
            with doc.retokenize() as retokenizer:
                for span in runs:
                    retokenizer.merge(span)
        _our_sentences(doc, text)
        return doc

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)


def _our_sentences(doc, text: str) -> None:
    """The parser starts a sentence where the quote rules do (``split_sentences``): it
    keeps boundaries set before it runs and may add others."""
    starts = {s.start for s in split_sentences(text, find_quote_spans(text))}
    for tok in doc:
        if tok.i > 0 and tok.idx in starts:
            tok.is_sent_start = True


def _joined(left, hyphen, right) -> bool:
    """``left-right`` written without spaces, both parts capitalised words."""
    return (
        hyphen.text == "-"
        and not left.whitespace_
        and not hyphen.whitespace_
        and left.text[:1].isupper()
        and right.text[:1].isupper()
        and left.text.replace("'", "").isalpha()
        and right.text.isalpha()
    )


@contextmanager
def memoised_charsets():
    """Compile regular expressions with the character-class optimiser memoised.

    Importing ``spacy.lang.fr`` compiles the French tokenizer's token pattern:
    one case-insensitive expression whose alternatives repeat the same large
    Unicode letter classes. Python's ``re`` optimises each class afresh (1,721
    calls, 216 distinct classes): 2.2 s of the model's 4.4 s load, paid by
    every build that analyses even one article. The optimiser
    (``re._compiler._optimize_charset``) is a pure function of its arguments,
    so within this block each distinct class is optimised once and its result
    reused: the same compiled code, sooner. Where that function is not there
    (another Python), nothing changes."""
    try:
        from re import _compiler as sre
        original = sre._optimize_charset
    except (ImportError, AttributeError):
        yield
        return
    seen: dict = {}

    def optimise(charset, iscased=None, fixup=None, fixes=None):
        key = (repr(charset), iscased, fixup, id(fixes))
        if key not in seen:
            seen[key] = original(charset, iscased, fixup, fixes)
        out, hascased = seen[key]
        return list(out), hascased

    sre._optimize_charset = optimise
    try:
        yield
    finally:
        sre._optimize_charset = original


def _numpy_matrix_products(nlp) -> None:
    """Matrix products through numpy (OpenBLAS) instead of thinc's default BLIS.

    They were half of the parse's time, and on the build machine (AMD EPYC,
    AVX-512) OpenBLAS computes them about three times faster than BLIS. Only
    the library changes, not the layers, weights or inputs; on the 964
    Wikinews articles the analysis is byte-identical either way
    (``tools/scripts/bench_analysis.py --dump``), and a test compares the
    seeds' annotations."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # CPU only: a GPU's ops stay
                node.ops = ops


def _index_as_sets(nlp) -> None:
    """spaCy's rule lemmatizer (French) keeps its word index as lists and tests
    ``word in index`` for each new word, a scan of up to 66,000 entries: it
    took longer than the rest of the pipeline. As sets, the lemmas are the
    same and the lemmatizer costs next to nothing."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def model_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def analyse_one(article: Article, docs):
    """(entities, quotes, events) of one article from its paragraph docs; when a rule fails
    on the article, (``FAILED``, what failed): one article's failure never stops the
    analysis of the others, and the article is published unanalysed."""
    try:
        spans = article_spans(docs)
        entities, name_of = article_entities(article, docs, spans)
        quotes = article_quotes(article, docs, entities, name_of, spans)
        events = article_events(article, docs)
    except Exception as exc:  # noqa: BLE001 (any rule's error on any input: reported, not fatal)
        return FAILED, f"{type(exc).__name__}: {exc}"[:300]
    return entities, quotes, events


#: First item of ``analyse_one``'s result when the analysis failed on the article.
FAILED = "failed"


#: Articles sent to a worker process at a time.
CHUNK_ARTICLES = 24


def _analyse_chunk(args) -> list[tuple]:
    """Parse and analyse a few articles; returns plain (entities, quotes, events).

    Runs inside a worker process: the spaCy Docs never leave it, only the
    small frozen records of the analysis do.
    """
    from threadpoolctl import threadpool_limits

    model_name, articles = args
    nlp = load_model(model_name)
    texts = [(analysable(p.text), i) for i, a in enumerate(articles) for p in a.paragraphs]
    docs: list[list] = [[] for _ in articles]
    # One BLAS thread per process: the parallelism is the worker processes;
    # with two BLAS threads per process the parse ran 1.5 times slower.
    with threadpool_limits(limits=1):
        for doc, i in nlp.pipe(texts, as_tuples=True, batch_size=128):
            docs[i].append(doc)
    return [analyse_one(a, d) for a, d in zip(articles, docs)]


def _analyse_warm_or_here(model_name: str, chunk: list[Article]) -> list[tuple]:
    """A chunk's analysis by the model loading since the build started
    (``warm``), else in this process."""
    child = warm.take(model_name)
    result = child.analyse(chunk) if child is not None else None
    if result is None:
        warm.stop()
        result = _analyse_chunk((model_name, chunk))
    return result


def _run_analysis(todo: list[Article], config: BriefingConfig):
    """Yield (entities, quotes, events) for each article to analyse, in order.

    With several processes, the workers parse and run the rule passes on
    chunks of articles (parse and rules both in parallel); the parent only
    stores the results. Where workers are forked (Linux), the parent loads
    the model once before forking them and they share it, instead of each
    loading its own (5 CPU-seconds a load, most of it compiling spaCy's
    French tokenizer patterns); the parent then lets its copy go.
    """
    n_process = max(1, config.n_process) if len(todo) > MIN_ARTICLES_FOR_PROCESSES else 1
    chunks = [todo[i:i + CHUNK_ARTICLES] for i in range(0, len(todo), CHUNK_ARTICLES)]
    bar = None
    if config.progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="analyse", leave=False)
    try:
        if n_process == 1:
            results = (_analyse_warm_or_here(config.spacy_model, c) for c in chunks)
            for chunk_result in results:
                yield from chunk_result
                if bar:
                    bar.update(len(chunk_result))
            return
        import gc
        import multiprocessing

        warm.stop()  # the workers load their own (below)
        context = multiprocessing.get_context()
        loaded_here = False
        if context.get_start_method() == "fork":
            cached = load_model.cache_info().currsize
            load_model(config.spacy_model)
            loaded_here = load_model.cache_info().currsize > cached
        with context.Pool(n_process) as pool:
            if loaded_here:
                forget_models()  # the workers hold it now
                gc.collect()
            for chunk_result in pool.imap(_analyse_chunk, ((config.spacy_model, c) for c in chunks)):
                yield from chunk_result
                if bar:
                    bar.update(len(chunk_result))
    finally:
        if bar:
            bar.close()


def analyse_articles(articles: list[Article], config: BriefingConfig,
                     failed: dict[str, str] | None = None) -> list[Article]:
    """The articles with their entities, quotes and events. ``failed`` (when given)
    receives, for each article the analysis failed on, its source and what failed."""
    failed = {} if failed is None else failed
    cache_dir = config.resolved_cache_dir
    keep_in(cache_dir / PATTERNS_DIR)
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
        for k, result in enumerate(_run_analysis(todo, config)):
            n = index_of[k]
            if result[0] == FAILED:
                # published unanalysed, never cached (a fixed rule analyses it again)
                failed[articles[n].source] = result[1]
                results[n] = ((), (), ())
                continue
            results[n] = result
            cache.save(cache_dir, keys[n], *result)
    warm.stop()  # every analysis is in: let the model go
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
