"""Damaged text is repaired and reported, never silently mangled or rejected
whole. Issue 13, finding 9 (mojibake, stray control characters)."""

from __future__ import annotations

import pytest

from briefing.ingest import read_corpus
from briefing.ingest.decode import UnreadableFile, decode_bytes

TEXT = (
    "Un titre d’article sur l’été\n\n"
    "Le président a présenté mardi à Genève un accord « historique » sur la sécurité "
    "des réseaux, élaboré après des années de négociations très délicates entre États.\n\n"
    "Les délégués étrangers ont salué une étape décisive, a précisé le ministère.\n"
)


def test_a_few_invalid_bytes_do_not_turn_utf8_into_mojibake(tmp_path):
    data = TEXT.encode("utf-8")
    cut = data.index(b"Les")
    data = data[:cut] + b"\xff\xfe\x81" + data[cut:]
    (tmp_path / "a.txt").write_bytes(data)
    articles, problems = read_corpus(tmp_path)
    text = " ".join(p.text for p in articles[0].paragraphs)
    assert "président" in text and "Genève" in text  # not "prÃ©sident"
    assert "\ufffd" in text
    named = [p for p in problems if p.kind == "repaired"]
    assert len(named) == 1 and "3" in named[0].message, problems


def test_stray_control_characters_are_stripped_and_counted(tmp_path):
    text = TEXT.replace("présenté", "pré\x01sen\x08té").replace("salué", "sa\x1blué")
    short = "Titre\n\nUn texte court\x07 avec\x0e deux contrôles parasites.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(short, encoding="utf-8")
    articles, problems = read_corpus(tmp_path)
    assert len(articles) == 2  # more than 1 % controls, still real text
    joined = " ".join(p.text for a in articles for p in a.paragraphs)
    assert "présenté" in joined and "salué" in joined and "court avec deux" in joined
    assert not any(ch < " " for ch in joined)
    counts = {p.location.rsplit("/", 1)[-1]: p.message for p in problems if p.kind == "repaired"}
    assert set(counts) == {"a.txt", "b.txt"}, problems
    assert "3" in counts["a.txt"] and "2" in counts["b.txt"]


def test_binary_is_still_rejected():
    with pytest.raises(UnreadableFile):
        decode_bytes(bytes(range(1, 32)) * 200)


def test_legacy_encoding_is_still_decoded():
    decoded, encoding = decode_bytes(TEXT.replace("’", "'").encode("cp1252"))
    assert "président" in decoded and encoding == "cp1252"
