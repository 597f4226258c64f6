"""The corpus-stage memo: reused for the same inputs, recomputed when they change."""

from __future__ import annotations

from briefing.cache import code_fingerprint, memo


def test_memo_reuses_and_recomputes(tmp_path):
    calls = []

    def compute(value):
        calls.append(value)
        return {"result": value * 2}

    code = ("briefing.analyse.same_story",)
    assert memo(tmp_path, "stage", code, 21, lambda: compute(21)) == {"result": 42}
    assert memo(tmp_path, "stage", code, 21, lambda: compute(21)) == {"result": 42}
    assert calls == [21]
    assert memo(tmp_path, "stage", code, 5, lambda: compute(5)) == {"result": 10}
    assert calls == [21, 5]
    assert len(list((tmp_path / "stages").glob("stage-*.pickle"))) == 1


def test_memo_without_cache_dir_always_computes():
    calls = []
    for _ in range(2):
        memo(None, "stage", (), 1, lambda: calls.append(1))
    assert calls == [1, 1]


def test_fingerprint_covers_a_package_and_differs_between_modules():
    assert code_fingerprint("briefing.compose") != code_fingerprint("briefing.analyse.same_story")
    assert code_fingerprint("briefing.compose") == code_fingerprint("briefing.compose")


def test_corrupt_entry_is_recomputed(tmp_path):
    memo(tmp_path, "stage", (), 1, lambda: "first")
    for f in (tmp_path / "stages").glob("*.pickle"):
        f.write_bytes(b"not a pickle")
    assert memo(tmp_path, "stage", (), 1, lambda: "again") == "again"


def test_equal_inputs_reuse_the_entry_however_they_were_built(tmp_path):
    """An article read back from the analysis cache equals the freshly analysed
    one but does not share its string objects: pickle writes the two
    differently, the memo key must not (else the build after an added article
    composes the whole corpus once more)."""
    import pickle

    from briefing.model import Article, Paragraph, ProblemKind

    shared = "Le Conseil de sécurité s'est réuni à Genève."
    fresh = [Article(id="a", source="a.txt", title=shared, paragraphs=(Paragraph("p1", "lead", shared),))]
    copy = [Article(id="a", source="a.txt", title="".join(shared),
                    paragraphs=(Paragraph("p1", "lead", shared.encode().decode()),))]
    assert fresh == copy
    assert pickle.dumps(fresh) != pickle.dumps(copy)  # the case is real
    calls = []
    code = ("briefing.model",)
    memo(tmp_path, "stage", code, fresh, lambda: calls.append(1) or "x")
    memo(tmp_path, "stage", code, copy, lambda: calls.append(2) or "x")
    assert calls == [1]
    # and content still counts: another text, another entry; an enum is not its string
    memo(tmp_path, "stage", code, [fresh[0].with_(title="Autre titre")], lambda: calls.append(3) or "y")
    assert calls == [1, 3]
    memo(tmp_path, "stage", code, ProblemKind("bad_topics"), lambda: calls.append(4) or "z")
    memo(tmp_path, "stage", code, "bad_topics", lambda: calls.append(5) or "z")
    assert calls == [1, 3, 4, 5]


def test_content_digest_feeds_the_documented_bytes():
    """The encoding behind every stage key, written out by hand: a change to
    it would silently invalidate every user's cache."""
    import hashlib

    from briefing.cache import _digest_value

    def digest(value):
        h = hashlib.sha256()
        _digest_value(h, value)
        return h.hexdigest()

    assert digest(("a", 1, None, [True, 2.5])) == hashlib.sha256(
        b"seq:4:str:1:aint::1NoneType::Noneseq:2:bool::Truefloat::2.5").hexdigest()
    assert digest({"k": frozenset({"y", "x"})}) == hashlib.sha256(
        b"map:1:str:1:kset:2:str:1:xstr:1:y").hexdigest()
