"""Quotation marks found on the paragraph text, before any sentence
splitting: « … », “ … ” (and ” … ”), "…" (``find_quote_spans``)."""

from __future__ import annotations

import re
from dataclasses import dataclass


_OPEN_CLOSE = {"«": "»"}
_TOGGLES = "\"“”"
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles"})
_CLITIC_RE = re.compile(r"^-(?:t-)?(il|elle|ils|elles)\b", re.I)
_AUX = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "as", "eut", "aura", "est", "s'est", "se", "s'",
                  "sont", "s'etait", "etait"})
_SPEAKER_STOP = frozenset({"qui", "que", "dont", "sous", "lors", "après", "avant", "dans", "en", "sur", "pour",
                           "avec", "selon", "interrogé", "interrogée", "précisant", "ajoutant", "soulignant"})


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (the paragraph's end for a quotation left open)
    closed: bool = True

    def inner(self, text: str) -> str:
        return text[self.start + 1:self.end - 1 if self.closed else self.end].strip()


def find_quote_spans(text: str, continued: bool = False) -> list[QuoteSpan]:
    """Quoted stretches of a paragraph; « » nest-safe, " “ ” paired in order.
    ``continued``: the next paragraph opens on « (the press's way of running a
    quotation over paragraphs): a « with no closing mark after it runs to the end of
    this paragraph."""
    spans: list[QuoteSpan] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "«":
            # nested « … « … » … »: the outer quotation runs to its own closing mark
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] == "«":
                    depth += 1
                elif text[j] == "»":
                    depth -= 1
                j += 1
            if depth:
                j = text.find("»", i + 1) + 1  # unbalanced: the first closing mark
                if j <= 0:
                    if continued and text[i + 1:].strip():
                        spans.append(QuoteSpan(i, len(text.rstrip()), closed=False))
                    break
            spans.append(QuoteSpan(i, j))
            i = j
            continue
        if c in _TOGGLES and not _unit_mark(text, i):
            # an opening mark is not glued to a preceding letter, except after an elision (d'”)
            k = i + 1
            while k < n and (text[k] not in _TOGGLES or _unit_mark(text, k)) and text[k] != "«":
                k += 1
            if k < n and text[k] in _TOGGLES and text[i + 1:k].strip():
                spans.append(QuoteSpan(i, k + 1))
                i = k + 1
                continue
        i += 1
    return spans


def _unit_mark(text: str, i: int) -> bool:
    """A straight double quote between two digits is a unit (seconds, inches: 43"18), not a
    quotation mark."""
    return text[i] == '"' and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
