"""The model loads with re's character-class optimiser memoised: same compiled code."""

from __future__ import annotations

import re
import re._compiler as sre
import re._parser as sre_parse

from briefing.analyse.nlp import memoised_charsets

# alternatives repeating large case-insensitive Unicode classes, as the French
# tokenizer's token pattern does
LETTERS = "a-zà-öø-ÿĀ-ſƀ-ɏА-я"
PATTERN = "(?iu)" + "|".join(f"(?:[{LETTERS}]+-{w}[{LETTERS}]*)" for w in ("t", "il", "elle", "on", "là", "ci"))


def _code(pattern: str) -> list[int]:
    parsed = sre_parse.parse(pattern, 0)
    return sre._code(parsed, parsed.state.flags)


def test_the_compiled_code_is_the_same_and_each_class_is_optimised_once():
    plain = _code(PATTERN)
    calls = []
    original = sre._optimize_charset

    def counting(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    sre._optimize_charset = counting
    try:
        _code(PATTERN)
        unmemoised = len(calls)
        calls.clear()
        with memoised_charsets():
            memoised = _code(PATTERN)
    finally:
        sre._optimize_charset = original
    assert memoised == plain
    assert len(calls) < unmemoised / 3  # the repeated classes were not optimised again


def test_the_optimiser_is_restored_after_the_block():
    original = sre._optimize_charset
    with memoised_charsets():
        assert sre._optimize_charset is not original
    assert sre._optimize_charset is original
    assert re.compile("(?iu)[é-ë]x").match("Ëx") is not None
