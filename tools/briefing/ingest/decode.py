"""Bytes → text: UTF-8 (with or without BOM) first, then UTF-16/32 by BOM, then
charset-normalizer for legacy encodings (cp1252, Latin-1…). Line ends → LF."""

from __future__ import annotations

import codecs
import re


class UnreadableFile(Exception):
    """The file cannot be read as an article; the message says why."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Legacy encodings tried first, in this order of preference on a tie.
PREFERRED_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")
#: Above this chaos (charset-normalizer's mess measure) a preferred encoding is not trusted.
MAX_PREFERRED_CHAOS = 0.1

#: Share of control characters (other than tab/newline) above which decoded text
#: is taken for binary data; below it, stray controls are removed and counted.
_MAX_CONTROL_SHARE = 0.10
#: Control characters removed from text: C0 but tab/newline/form feed/vertical
#: tab, DEL, C1.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    return len(_CONTROLS.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, invalid sequences replaced) when ``data`` is UTF-8 with a few
    invalid bytes: more correctly encoded non-ASCII characters than damaged
    sequences. A legacy (cp1252…) text has almost no valid multi-byte sequence."""
    text = data.decode("utf-8", "replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if damaged > 0 and valid >= 2 * damaged:
        return text, damaged
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise UnreadableFile with a clear reason."""
    text, encoding, _notes = decode_with_notes(data)
    return text, encoding


def decode_with_notes(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, notes on what was repaired). Raise UnreadableFile."""
    notes: list[str] = []
    text, encoding = _decode(data, notes)
    text, removed = _CONTROLS.subn("", text)
    text = text.replace("\f", "\n").replace("\v", "\n")
    if removed:
        notes.append(f"{removed} stray control character(s) removed from the text")
    return text, encoding, notes


def _decode(data: bytes, notes: list[str]) -> tuple[str, str]:
    if not data.strip():
        raise UnreadableFile("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"the file starts with a {encoding} BOM but is not valid {encoding}: {exc.reason}") from None
            return _checked(normalise_newlines(text.lstrip("\ufeff")), encoding)
    if b"\x00" in data[:8192]:
        # UTF-16/32 saved without BOM is full of NULs too: let charset-normalizer
        # judge those encodings only; anything else with NULs is binary.
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]).best()
        if best is None:
            raise UnreadableFile("the file looks binary (NUL bytes), not text; save it as UTF-8 text")
        return _checked(normalise_newlines(str(best).lstrip("\ufeff")), best.encoding)
    try:
        return _checked(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        notes.append(f"{mostly[1]} byte sequence(s) are not valid UTF-8 and were replaced by \ufffd "
                     "(the rest of the file is UTF-8)")
        return _checked(normalise_newlines(mostly[0]), "utf-8")
    from charset_normalizer import from_bytes  # only for non-UTF-8 input

    # French corpora: Western European code pages first (charset-normalizer
    # still judges them); short texts are otherwise often read as cp1250 or
    # mac_latin2, which tie with cp1252 on a few accented letters.
    best = from_bytes(data, cp_isolation=list(PREFERRED_ENCODINGS)).best()
    if best is None or best.chaos > MAX_PREFERRED_CHAOS:
        best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("the file is not text in any known encoding; save it as UTF-8 text")
    return _checked(normalise_newlines(str(best)), best.encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise UnreadableFile("the file has no text")
    if _looks_binary(text):
        raise UnreadableFile(f"the file decodes as {encoding} but contains control characters: it looks binary")
    return text, encoding
