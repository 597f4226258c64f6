"""Text from articles and file names, made safe to print on a terminal or to
write as UTF-8: control characters (ESC, BEL, OSC sequences…), bidirectional
overrides and lone surrogates are shown as escapes instead of acting."""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, C1 controls, bidi embeddings and
#: overrides, lone surrogates (from undecodable file names).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with every unsafe character written as ``\\xNN`` / ``\\uNNNN``."""
    return _UNSAFE.sub(_escape, str(text))


def utf8_clean(value):
    """A JSON-ready value with lone surrogates replaced by U+FFFD in every string,
    so it always encodes as valid UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {utf8_clean(k): utf8_clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [utf8_clean(v) for v in value]
    return value
