"""A paragraph's sentences and phrases are kept between builds (``KeyedStore``)."""

from __future__ import annotations

import pickle

import pytest

from briefing.cache import KeyedStore
from briefing.compose import corpus as corpus_mod
from briefing.compose.corpus import CorpusVectors
from briefing.model import Article, DatePrecision, Event, Paragraph


def art(aid, *texts, events=()):
    return Article(
        id=aid, source=f"{aid}.txt", title=f"Titre {aid}", date="2023-07-13",
        paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)), events=events,
    )


CORPUS = [
    art("a", "Le ministre a annoncé jeudi un nouveau plan contre les cyberattaques visant les hôpitaux.",
        "Cette décision fait suite à une série d'attaques. Elle a été saluée par les syndicats du secteur."),
    art("b", "Les hôpitaux de la région ont été visés par une cyberattaque de grande ampleur lundi.",
        "Le ministre a annoncé jeudi un nouveau plan contre les cyberattaques visant les hôpitaux."),
]


def _same(x: CorpusVectors, y: CorpusVectors) -> None:
    assert x.candidates == y.candidates
    assert x.unit_phrases == y.unit_phrases
    assert (x.paragraphs != y.paragraphs).nnz == 0 and (x.sentences != y.sentences).nnz == 0


def test_vectors_are_the_same_with_a_store_and_the_store_is_read_back(monkeypatch):
    plain = CorpusVectors.build(CORPUS)
    store: dict = {}
    _same(CorpusVectors.build(CORPUS, store=store), plain)
    assert len(store) == 4  # one entry per paragraph

    def fail(u):
        raise AssertionError(f"paragraph analysed again: {u.text[:30]}")

    monkeypatch.setattr(corpus_mod, "unit_sentences", fail)
    _same(CorpusVectors.build(CORPUS, store=store), plain)  # every paragraph came from the store


def test_a_paragraph_whose_time_expressions_change_is_analysed_again():
    text = "Depuis lundi, les négociations se poursuivent. Elles ont repris hier à Genève."
    undated = art("c", text, events=(Event(None, None, "hier", "Elles ont repris hier à Genève.", "p1"),))
    dated = art("c", text, events=(Event("2023-07-12", DatePrecision.DAY, "hier", "Elles ont repris hier à Genève.", "p1"),))
    units = corpus_mod.paragraph_units([undated]) + corpus_mod.paragraph_units([dated])
    assert corpus_mod.unit_key(units[0]) != corpus_mod.unit_key(units[1])


def test_keyed_store_keeps_what_a_build_used_and_drops_the_rest(tmp_path):
    code = ("briefing.compose.corpus",)
    first = KeyedStore(tmp_path, "paragraphs", code)
    first["a"], first["b"] = (1,), (2,)
    first.save()
    second = KeyedStore(tmp_path, "paragraphs", code)
    assert second.get("a") == (1,)  # read back
    second["c"] = (3,)
    second.save()  # "b" was not used by this build
    third = KeyedStore(tmp_path, "paragraphs", code)
    assert (third.get("a"), third.get("b"), third.get("c")) == ((1,), None, (3,))
    assert len(list((tmp_path / "stages").glob("paragraphs-*.pickle"))) == 1


def test_other_rules_start_an_empty_store(tmp_path):
    code = ("briefing.compose.corpus",)
    store = KeyedStore(tmp_path, "paragraphs", code, extra="rules-1")
    store["a"] = (1,)
    store.save()
    assert KeyedStore(tmp_path, "paragraphs", code, extra="rules-2").get("a") is None
    assert len(list((tmp_path / "stages").glob("paragraphs-*.pickle"))) == 1  # the old file went


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["a", "list"]), pickle.dumps((2, "other", {}))])
def test_a_broken_store_is_an_empty_one(tmp_path, content):
    code = ("briefing.compose.corpus",)
    store = KeyedStore(tmp_path, "paragraphs", code)
    store["a"] = (1,)
    store.save()
    path = next((tmp_path / "stages").glob("paragraphs-*.pickle"))
    path.write_bytes(content)
    assert KeyedStore(tmp_path, "paragraphs", code).get("a") is None


def test_folded_sentences_and_features_come_from_the_store_as_computed():
    from briefing.text import fold

    store: dict = {}
    CorpusVectors.build(CORPUS, store=store)
    kept = CorpusVectors.build(CORPUS, store=store)
    assert kept.folded_sentences == [fold(c.text) for c in kept.candidates]
    for row, feats in enumerate(kept.candidate_features):
        assert feats and kept.folded_features(row) == frozenset(fold(f) for f in feats)


def test_a_texts_features_and_a_paragraphs_press_titles_are_kept_in_the_store(monkeypatch):
    from briefing.compose import sourcing
    from briefing.compose.vocabulary import features

    press = [art("p", "« Les négociations sont rompues », écrit le New York Times dans son édition de lundi.",
                 "Le Monde cité par l’AFP rapporte que les discussions reprendront.")]
    quote = "Les négociations sont rompues depuis lundi soir"
    store: dict = {}
    vectors = CorpusVectors.build(CORPUS, store=store)
    titles = sourcing.press_titles(press)
    assert "New York Times" in titles
    assert vectors.features_of(quote) == features(quote)
    assert sourcing.press_titles(press, store) == titles

    def fail(*args):
        raise AssertionError("computed again")

    monkeypatch.setattr(corpus_mod, "features", fail)
    monkeypatch.setattr(sourcing, "_paragraph_titles", fail)
    assert vectors.features_of(quote) == features(quote)
    assert sourcing.press_titles(press, store) == titles


def test_a_build_that_only_adds_entries_appends_them_and_the_next_reads_both(tmp_path):
    code = ("briefing.compose.corpus",)
    first = KeyedStore(tmp_path, "paragraphs", code)
    for k in "abcdefghij":
        first[k] = (k * 200,)
    first.save()
    base = next((tmp_path / "stages").glob("paragraphs-*.pickle"))
    written = base.stat()
    second = KeyedStore(tmp_path, "paragraphs", code)
    for k in "abcdefghij":
        assert second.get(k) == (k * 200,)
    second["k"] = ("new",)
    second.save()
    assert (base.stat().st_mtime_ns, base.stat().st_ino) == (written.st_mtime_ns, written.st_ino)  # not rewritten
    assert base.with_suffix(".additions").is_file()
    third = KeyedStore(tmp_path, "paragraphs", code)
    assert third.get("k") == ("new",) and third.get("a") == ("a" * 200,)
    # a build that leaves an entry unused writes the store whole and drops the additions
    third["l"] = ("other",)
    third.save()
    assert not base.with_suffix(".additions").exists()
    fourth = KeyedStore(tmp_path, "paragraphs", code)
    assert (fourth.get("a"), fourth.get("k"), fourth.get("l"), fourth.get("b")) == (("a" * 200,), ("new",), ("other",), None)


def test_additions_cut_short_are_read_up_to_the_last_whole_record_and_overwritten_there(tmp_path):
    code = ("briefing.compose.corpus",)
    store = KeyedStore(tmp_path, "paragraphs", code)
    for k in "abcdefghij":
        store[k] = (k * 200,)
    store.save()
    for new in ("k", "l"):
        s = KeyedStore(tmp_path, "paragraphs", code)
        for k in "abcdefghij" + "k" * (new == "l"):
            s.get(k)
        s[new] = (new,)
        s.save()
    additions = next((tmp_path / "stages").glob("paragraphs-*.additions"))
    whole = additions.read_bytes()
    additions.write_bytes(whole[:-5])  # the last record cut short
    s = KeyedStore(tmp_path, "paragraphs", code)
    assert s.get("k") == ("k",) and s.get("l") is None
    for k in "abcdefghij":
        s.get(k)
    s["m"] = ("m",)
    s.save()
    again = KeyedStore(tmp_path, "paragraphs", code)
    assert (again.get("k"), again.get("m")) == (("k",), ("m",))


def test_additions_past_a_quarter_of_the_store_are_folded_into_it(tmp_path):
    code = ("briefing.compose.corpus",)
    store = KeyedStore(tmp_path, "paragraphs", code)
    store["a"] = ("x" * 1000,)
    store.save()
    s = KeyedStore(tmp_path, "paragraphs", code)
    s.get("a")
    s["big"] = ("y" * 2000,)  # more than a quarter of the store
    s.save()
    assert not list((tmp_path / "stages").glob("*.additions"))
    again = KeyedStore(tmp_path, "paragraphs", code)
    assert again.get("big") == ("y" * 2000,) and again.get("a") == ("x" * 1000,)
