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
    double: bool = False  # closed by two characters ("’’")

    def inner(self, text: str) -> str:
        return text[self.start + 1:self.end - (1 + self.double) if self.closed else self.end].strip()


def find_quote_spans(text: str, continued: bool = False) -> list[QuoteSpan]:
    """Quoted stretches of a paragraph; « » nest-safe, " “ ” paired in order.
    ``continued``: the next paragraph opens on a quotation mark (the press's way of
    running a quotation over paragraphs): an opening mark with no closing mark after it
    runs to the end of this paragraph."""
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
        if c in _TOGGLES and not _unit_mark(text, i) and not _closing_only(text, i):
            # an opening mark is not glued to a preceding letter, except after an elision (d'”)
            k, depth = i + 1, 0
            while k < n and text[k] != "«":
                if text[k] == "»" and not depth:
                    break  # "“On va faire un bilan et voir », indiquent-ils": a closing guillemet closes it
                if c == "“" and text.startswith("’’", k) and not depth and not _unit_mark(text, k, 2):
                    break  # "“la mise en accusation’’ de …": two apostrophes close it
                if text[k] in _TOGGLES and not _unit_mark(text, k):
                    if _nested_opening(text, k):
                        depth += 1  # "… On dit qu'elles sont "en cigare", ça veut dire …"
                    elif depth:
                        depth -= 1
                    else:
                        break
                k += 1
            if k < n and (text[k] in _TOGGLES or text[k] == "»") and text[i + 1:k].strip():
                spans.append(QuoteSpan(i, k + 1))
                i = k + 1
                continue
            if k < n and text[k] == "’" and text[i + 1:k].strip():
                spans.append(QuoteSpan(i, k + 2, double=True))
                i = k + 2
                continue
            if k >= n and continued and (i == 0 or text[i - 1].isspace()) and text[i + 1:].strip():
                # '"Après, il y a …' ¶ '"C'est un match raté …': straight marks run a quotation
                # over paragraphs as « does, each paragraph opening on a mark, the last closing it
                spans.append(QuoteSpan(i, len(text.rstrip()), closed=False))
                break
        i += 1
    return spans


def _closing_only(text: str, i: int) -> bool:
    """A straight or right double quote glued to the word or the sentence's end before it and
    followed by a comma, a period, a space or nothing ("… fonctionnels", a indiqué X" whose
    opening mark the page lost) closes a quotation and opens none: taken as an opening mark,
    it would pair with the next quotation's opening mark and make a quotation of the narrative
    between them."""
    if text[i] not in "\"”" or i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".!?…"):
        return False
    return i + 1 >= len(text) or text[i + 1] in " ,.;:!?)\n"


def _nested_opening(text: str, k: int) -> bool:
    """Inside a quotation in straight marks, a mark between a word and the next word, a space
    before it, opens a quotation within it ("… elles sont "en cigare", ça veut dire …"), whose
    closing mark follows; after a sentence's end it closes the quotation ("…, sourit-il. "On a
    besoin …": the page opened the next one without closing this one); a right mark (”) never
    opens."""
    return text[k] != "”" and 1 < k < len(text) - 1 and text[k - 1].isspace() and text[k + 1].isalnum() \
        and text[k - 2].isalnum()


def _unit_mark(text: str, i: int, width: int = 1) -> bool:
    """A straight double quote (or two apostrophes, ``width`` 2) between two digits is a unit
    (seconds, inches: 43"18, 11’’01), not a quotation mark."""
    return text[i] in "\"’" and 0 < i < len(text) - width and text[i - 1].isdigit() and text[i + width].isdigit()
