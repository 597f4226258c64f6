"""Articles read by a previous build are not cleaned again (``read_corpus(store=…)``)."""

from __future__ import annotations

from briefing.cache import KeyedStore
from briefing.ingest import article as article_mod
from briefing.ingest import read_corpus

TEXT = "Titre de l'article\n\nPARIS, 12 mars 2021 — Premier paragraphe du texte, assez long pour compter.\n"
LATIN1 = "Deuxième article\n\nUn paragraphe écrit en Latin-1, avec des accents à réparer.\n".encode("latin-1")


def _corpus(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_bytes(LATIN1)
    (src / "vide.txt").write_bytes(b"")
    return src


def test_a_second_read_gives_the_same_articles_and_problems_without_cleaning(tmp_path, monkeypatch):
    src = _corpus(tmp_path)
    plain = read_corpus(src)
    store = KeyedStore(tmp_path / "cache", "articles", ("briefing.ingest",))
    assert read_corpus(src, store=store) == plain
    store.save()
    assert [p.kind for p in plain[1]] == ["unreadable"]  # the empty file, reported each time
    assert "écrit en Latin-1" in next(a for a in plain[0] if a.source == "b.txt").paragraphs[-1].text

    def fail(*args, **kwargs):
        raise AssertionError("cleaned again")

    monkeypatch.setattr(article_mod, "article_from_text", fail)
    again = KeyedStore(tmp_path / "cache", "articles", ("briefing.ingest",))
    assert read_corpus(src, store=again) == plain


def test_a_file_s_own_problems_come_back_with_it(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    # a BOM and a NUL byte: repaired, and said so
    (src / "a.txt").write_bytes(b"\xef\xbb\xbfTitre\n\nUn paragraphe avec un octet nul\x00 au milieu du texte.\n")
    plain = read_corpus(src)
    assert plain[1], "the repair must be reported for this test to mean anything"
    store = KeyedStore(tmp_path / "cache", "articles", ("briefing.ingest",))
    read_corpus(src, store=store)
    monkeypatch.setattr(article_mod, "article_from_text", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    assert read_corpus(src, store=store) == plain


def test_a_changed_file_is_read_again(tmp_path):
    src = _corpus(tmp_path)
    store = KeyedStore(tmp_path / "cache", "articles", ("briefing.ingest",))
    read_corpus(src, store=store)
    (src / "a.txt").write_text(TEXT.replace("Premier", "Nouveau premier"), encoding="utf-8")
    articles, _ = read_corpus(src, store=store)
    assert "Nouveau premier" in next(a for a in articles if a.source == "a.txt").paragraphs[-1].text


def test_the_same_bytes_under_another_name_are_another_article(tmp_path):
    src = _corpus(tmp_path)
    store = KeyedStore(tmp_path / "cache", "articles", ("briefing.ingest",))
    read_corpus(src, store=store)
    (src / "c.txt").write_text(TEXT, encoding="utf-8")
    articles, _ = read_corpus(src, store=store)
    assert sorted(a.id for a in articles) == ["a", "b", "c"]
    assert {a.source for a in articles} == {"a.txt", "b.txt", "c.txt"}


def test_an_unreadable_file_is_not_kept(tmp_path):
    src = _corpus(tmp_path)
    store = KeyedStore(tmp_path / "cache", "articles", ("briefing.ingest",))
    read_corpus(src, store=store)
    assert len(store) == 2  # a.txt and b.txt; the empty file is not stored
