"""Speed settings of the analysis that must not change what it finds."""

from __future__ import annotations

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
