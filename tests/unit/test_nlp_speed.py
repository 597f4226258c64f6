"""Speed settings of the analysis that must not change what it finds."""

from __future__ import annotations

import pytest

from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from briefing.analyse.limits import analysable
from briefing.analyse.nlp import load_model
from briefing.ingest import read_corpus


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_)
            for t in doc]


def _set_ops(nlp, ops) -> None:
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def test_the_model_multiplies_with_numpy_not_blis():
    nlp = load_model("fr_core_news_md")
    nodes = [node for _, pipe in nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk")
             for node in pipe.model.walk()]
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)


def test_numpy_products_annotate_the_seeds_as_blis_does(seeds_dir):
    """Every token's tag, morphology, lemma, dependency, sentence start and
    entity: the same with thinc's default BLIS products as with numpy's."""
    nlp = load_model("fr_core_news_md")
    articles, _ = read_corpus(seeds_dir)
    texts = [analysable(p.text) for a in articles for p in a.paragraphs]
    numpy_ops = next(node.ops for _, pipe in nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk")
                     for node in pipe.model.walk())
    with threadpool_limits(limits=1):
        fast = [_annotations(d) for d in nlp.pipe(texts, batch_size=128)]
        _set_ops(nlp, NumpyOps(use_blis=True))
        try:
            blis = [_annotations(d) for d in nlp.pipe(texts, batch_size=128)]
        finally:
            _set_ops(nlp, numpy_ops)
    assert len(fast) == len(texts) > 20
    assert fast == blis


def test_alongside_computes_in_a_child_process_and_falls_back_to_the_caller():
    import os

    from briefing.analyse.background import Alongside

    assert Alongside(os.getpid).result() != os.getpid()  # forked on Linux
    calls = []

    def fails_in_the_child():
        calls.append(os.getpid())
        if len(calls) == 1 and os.getpid() != parent:
            raise RuntimeError("child failure")
        return "value"

    parent = os.getpid()
    assert Alongside(fails_in_the_child).result() == "value"


@pytest.mark.slow  # (0.7 s: worker processes)
def test_same_story_links_found_alongside_the_workers_equal_the_in_process_ones(tmp_path):
    """A corpus large enough for worker processes: same-story links found in a
    child process are the links found in-process, and the analysis is the same."""
    import random

    from briefing.analyse import analyse_corpus
    from briefing.analyse.nlp import MIN_ARTICLES_FOR_PROCESSES
    from briefing.config import BriefingConfig
    from briefing.model import Article, Paragraph

    rng = random.Random(11)
    words = ("la commission européenne a publié mardi un rapport sur les échanges commerciaux entre "
             "la France et le Canada selon lequel les exportations agricoles ont fortement progressé "
             "depuis deux ans dans plusieurs régions").split()

    def text(n: int) -> str:
        return f"Le ministre Jean Dupont{n} a déclaré : « " + " ".join(rng.sample(words, 25)) + " »."

    n = MIN_ARTICLES_FOR_PROCESSES + 10
    bodies = [text(i) for i in range(n)]
    articles = [Article(id=f"a{i:03d}", source=f"a{i:03d}.txt",
                        paragraphs=(Paragraph("p1", "body", bodies[i]),)) for i in range(n)]
    for i in range(5):  # five wire copies, each with a lead of its own: fuller than the original
        articles[n - 1 - i] = Article(id=f"copy{i}", source=f"copy{i}.txt", paragraphs=(
            Paragraph("p1", "lead", text(1000 + i)), Paragraph("p2", "body", bodies[i])))

    def run(n_process: int):
        config = BriefingConfig(cache_dir=tmp_path / str(n_process), n_process=n_process, progress=False)
        return [(a.id, a.same_story, a.fuller_than, a.entities, a.quotes) for a in analyse_corpus(articles, config)]

    two, one = run(2), run(1)
    assert two == one
    linked = {r[0]: r[1:3] for r in two if r[1]}
    assert linked["a000"] == (("copy0",), ()) and linked["copy0"] == (("a000",), ("a000",))
    assert len(linked) == 10
