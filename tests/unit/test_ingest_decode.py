"""Reading any file a user has: encodings, BOMs, line ends; unreadable files
get one clear problem naming them and the rest of the corpus still builds."""

from __future__ import annotations

import codecs

import pytest

from briefing.ingest import read_corpus
from briefing.ingest.decode import UnreadableFile, decode_bytes

TEXT = (
    "Sécurité : l’État français renforce ses contrôles\n"
    "\n"
    "[02/06/2013 16:01:44] PARIS (AFP) Le ministère a annoncé dimanche des contrôles "
    "renforcés « dès cette semaine » dans les aéroports, à la suite d’une série d’incidents.\n"
    "\n"
    "Les syndicats de l’aéroport ont été reçus à Matignon ; ils réclament des effectifs supplémentaires.\n"
)
# the same text without characters outside Latin-1 (for cp1252 / latin-1)
TEXT_LATIN = TEXT.replace("’", "'")


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8", TEXT),
        ("utf-8-sig", TEXT),
        ("cp1252", TEXT),  # ’ is 0x92 in cp1252
        ("latin-1", TEXT_LATIN),
        ("utf-16", TEXT),  # with BOM (little-endian on this platform)
        ("utf-16-be-bom", TEXT),
        ("utf-32", TEXT),
    ],
)
def test_decodes_each_encoding(encoding, text):
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    decoded, _ = decode_bytes(data)
    assert decoded == text


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_are_normalised(newline):
    decoded, _ = decode_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    assert decoded == TEXT
    assert "\r" not in decoded


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding):
    decoded, _ = decode_bytes(TEXT.encode(encoding))
    assert decoded == TEXT


def test_bom_is_not_part_of_the_text():
    decoded, encoding = decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert decoded.startswith("Sécurité") and encoding == "utf-8-sig"


def test_legacy_encoding_goes_through_charset_normalizer():
    decoded, encoding = decode_bytes(TEXT.encode("cp1252"))
    assert "l’État" in decoded
    assert encoding.replace("_", "").lower() in {"cp1252", "windows1252"}


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200, "binary"),
    ],
)
def test_unreadable_bytes_raise_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode_bytes(data)


def test_undecodable_bytes_are_unreadable():
    # every high byte, no text structure: no encoding makes sense of it
    with pytest.raises(UnreadableFile, match="not text in any known encoding"):
        decode_bytes(bytes(range(128, 256)) * 10)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_short_french_legacy_text_is_not_read_as_central_european(encoding):
    text = "Le ministère a annoncé dimanche « dès cette semaine » des contrôles à l'aéroport."
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_corrupt_utf16_is_unreadable():
    with pytest.raises(UnreadableFile, match="utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8a\x00")  # lone surrogate


def test_every_encoding_reads_the_same_article(tmp_path):
    variants = {
        "utf8.txt": TEXT.encode("utf-8"),
        "bom.txt": TEXT.encode("utf-8-sig"),
        "cp1252.txt": TEXT.encode("cp1252"),
        "utf16.txt": TEXT.encode("utf-16"),
        "crlf.txt": TEXT.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    articles, problems = read_corpus(tmp_path)
    assert problems == []
    assert len(articles) == len(variants)
    for a in articles:
        assert a.title == "Sécurité : l’État français renforce ses contrôles", a.source
        assert (a.date, a.date_precision, a.time, a.place, a.agency) == ("2013-06-02", "day", "16:01:44", "Paris", "AFP")
        assert [p.kind for p in a.paragraphs] == ["lead", "body"]
        assert a.paragraphs[0].line == 3


def test_bad_files_are_named_once_and_the_rest_builds(tmp_path, seeds_dir):
    good = sorted(seeds_dir.glob("*.txt"))[3]
    (tmp_path / good.name).write_bytes(good.read_bytes())
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "blancs.md").write_bytes(b" \n\n\t\n")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "menu.txt").write_text("Accueil Actu Monde International\n\nÀ lire aussi\n", encoding="utf-8")
    articles, problems = read_corpus(tmp_path)
    assert [a.source for a in articles] == [good.name]
    named = {p.location.split("/")[-1]: p for p in problems}
    assert sorted(named) == ["blancs.md", "image.txt", "menu.txt", "vide.txt"]
    assert all(p.kind == "unreadable" for p in problems)
    assert "empty" in named["vide.txt"].message
    assert "binary" in named["image.txt"].message
    assert "no article text" in named["menu.txt"].message
